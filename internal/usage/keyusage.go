package usage

import (
	"context"
	"slices"
	"strings"

	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// KeyUsageParams are seed 003's getUsage parameters as a caller writes them:
// start and end as dates or RFC 3339 times, granularity minute|hour|day
// (default day), metrics a comma-separated subset of requests, errors,
// latency (default all).
type KeyUsageParams struct {
	Start, End, Granularity, Metrics string
}

// The metrics of a key's usage, in the order answers list them.
var keyMetrics = []string{"requests", "errors", "latency"}

// KeyUsage is one key's usage over a window, limited to the metrics asked
// for.
type KeyUsage struct {
	KeyID   string
	Metrics []string
	*Report
}

// Has reports whether the metric was asked for.
func (u *KeyUsage) Has(metric string) bool { return slices.Contains(u.Metrics, metric) }

// KeyUsage answers seed 003's getUsage for the viewer's key keyID: requests,
// errors and latency percentiles over [start, end), from the rollups. An end
// given as a date means the whole of that day.
func (s *Service) KeyUsage(ctx context.Context, keyID string, p KeyUsageParams) (*KeyUsage, error) {
	if _, err := viewer.RequireMember(ctx); err != nil {
		return nil, err
	}
	key, err := s.client.APIKey.Get(ctx, keyID)
	if err != nil {
		return nil, database.Err(err, "load key")
	}
	f := Filter{KeyID: &key.ID}
	if f.From, err = validate.Time("start", p.Start); err != nil {
		return nil, err
	}
	if f.To, err = validate.Time("end", p.End); err != nil {
		return nil, err
	}
	if f.To != nil && validate.IsDate(p.End) {
		end := f.To.AddDate(0, 0, 1)
		f.To = &end
	}
	gran, err := parseGranularity(p.Granularity)
	if err != nil {
		return nil, err
	}
	f.Granularity = &gran
	metrics, err := parseMetrics(p.Metrics)
	if err != nil {
		return nil, err
	}
	rep, err := s.Usage(ctx, f)
	if err != nil {
		return nil, err
	}
	return &KeyUsage{KeyID: key.ID, Metrics: metrics, Report: rep}, nil
}

func parseGranularity(v string) (Granularity, error) {
	switch strings.ToUpper(v) {
	case "", string(Day):
		return Day, nil
	case string(Hour):
		return Hour, nil
	case string(Minute):
		return Minute, nil
	}
	return "", fault.InvalidField("granularity", "{field} must be minute, hour or day")
}

func parseMetrics(v string) ([]string, error) {
	if v == "" {
		return keyMetrics, nil
	}
	asked := strings.Split(v, ",")
	for i, m := range asked {
		asked[i] = strings.TrimSpace(m)
		if !slices.Contains(keyMetrics, asked[i]) {
			return nil, fault.InvalidField("metrics", "{field} must be a comma-separated list of requests, errors, latency")
		}
	}
	var out []string
	for _, m := range keyMetrics {
		if slices.Contains(asked, m) {
			out = append(out, m)
		}
	}
	return out, nil
}
