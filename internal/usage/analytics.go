package usage

import (
	"context"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/predicate"
	"github.com/keybs/platform/ent/usagerollup"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/plan"
	"github.com/keybs/platform/internal/viewer"
)

// Granularity is the width of a series point.
type Granularity string

// The granularities.
const (
	Minute Granularity = "MINUTE"
	Hour   Granularity = "HOUR"
	Day    Granularity = "DAY"
)

func (g Granularity) step() time.Duration {
	switch g {
	case Hour:
		return time.Hour
	case Day:
		return 24 * time.Hour
	}
	return time.Minute
}

// MarshalGQL writes the granularity as a GraphQL enum value.
func (g Granularity) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(g))) }

// UnmarshalGQL reads a GraphQL enum value.
func (g *Granularity) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch Granularity(s) {
	case Minute, Hour, Day:
		*g = Granularity(s)
		return nil
	}
	return fmt.Errorf("%v is not a valid Granularity", v)
}

// maxPoints bounds a series; a wider range needs a coarser granularity.
const maxPoints = 1500

// Filter selects the calls to analyse. Zero values mean "all" (and the last
// 24 hours by the minute for the range).
type Filter struct {
	From          *time.Time
	To            *time.Time
	Granularity   *Granularity
	Environment   *environment.Environment
	KeyID         *string
	ApplicationID *string
	Route         *string
}

// Point is one time bucket (or the totals).
type Point struct {
	Time      time.Time
	Requests  int64
	Errors    int64
	ErrorRate float64
	P50       float64 // milliseconds
	P95       float64
	P99       float64
	hist      Histogram
}

func (p *Point) add(r *ent.UsageRollup) {
	p.Requests += r.Requests
	p.Errors += r.Errors
	p.hist.Add(Histogram{r.B0, r.B1, r.B2, r.B3, r.B4, r.B5, r.B6, r.B7, r.B8, r.B9, r.B10, r.B11})
}

func (p *Point) finish() {
	if p.Requests > 0 {
		p.ErrorRate = math.Round(float64(p.Errors)/float64(p.Requests)*10000) / 10000
	}
	p.P50, p.P95, p.P99 = p.hist.Quantile(0.50), p.hist.Quantile(0.95), p.hist.Quantile(0.99)
}

// Breakdown is the count for one key, route or status.
type Breakdown struct {
	Value     string
	Requests  int64
	Errors    int64
	ErrorRate float64
}

// Report is the analytics answer.
type Report struct {
	From        time.Time
	To          time.Time
	Granularity Granularity
	Series      []*Point
	Totals      *Point
	ByKey       []*Breakdown
	ByRoute     []*Breakdown
	ByStatus    []*Breakdown
}

// Service answers analytics for the viewer's tenant.
type Service struct {
	client *ent.Client
	bus    *events.Bus
	now    func() time.Time
	// FollowInterval is the most often Follow sends an update (a second
	// unless set).
	FollowInterval time.Duration
}

// NewService wires a Service; bus tells Follow when usage was recorded.
func NewService(client *ent.Client, bus *events.Bus, now func() time.Time) *Service {
	return &Service{client: client, bus: bus, now: now, FollowInterval: time.Second}
}

// Usage aggregates the rollups matching f into a series, totals and
// breakdowns. Percentiles come from the merged latency histograms.
func (s *Service) Usage(ctx context.Context, f Filter) (*Report, error) {
	if _, err := viewer.RequireMember(ctx); err != nil {
		return nil, err
	}
	rep, rows, err := s.query(ctx, f)
	if err != nil {
		return nil, err
	}
	step := rep.Granularity.step()
	points := map[time.Time]*Point{}
	keys, routes, statuses := map[string]*Breakdown{}, map[string]*Breakdown{}, map[string]*Breakdown{}
	rep.Totals = &Point{Time: rep.From}
	for _, r := range rows {
		t := r.Minute.UTC().Truncate(step)
		p := points[t]
		if p == nil {
			p = &Point{Time: t}
			points[t] = p
		}
		p.add(r)
		rep.Totals.add(r)
		tally(keys, r.KeyID, r)
		tally(routes, r.Route, r)
		tally(statuses, strconv.Itoa(r.Status), r)
	}
	// A continuous series: empty buckets are zeros, so a chart has no gaps.
	for t := rep.From.Truncate(step); t.Before(rep.To); t = t.Add(step) {
		p := points[t]
		if p == nil {
			p = &Point{Time: t}
		}
		p.finish()
		rep.Series = append(rep.Series, p)
	}
	rep.Totals.finish()
	rep.ByKey, rep.ByRoute, rep.ByStatus = sorted(keys), sorted(routes), sorted(statuses)
	return rep, nil
}

// query validates f and loads the matching rollups.
func (s *Service) query(ctx context.Context, f Filter) (*Report, []*ent.UsageRollup, error) {
	rep := &Report{To: s.now().UTC(), Granularity: Minute}
	if f.To != nil {
		rep.To = f.To.UTC()
	}
	rep.From = rep.To.Add(-24 * time.Hour)
	if f.From != nil {
		rep.From = f.From.UTC()
	}
	if f.Granularity != nil {
		rep.Granularity = *f.Granularity
	}
	if !rep.From.Before(rep.To) {
		return nil, nil, fault.InvalidField("from", "{field} must be before to")
	}
	if n := rep.To.Sub(rep.From) / rep.Granularity.step(); n > maxPoints {
		return nil, nil, fault.InvalidField("granularity", "the range has %d %s points; choose a coarser {field} or a shorter range (at most %d)", n, rep.Granularity, maxPoints)
	}
	preds := []predicate.UsageRollup{usagerollup.MinuteGTE(rep.From.Truncate(time.Minute)), usagerollup.MinuteLT(rep.To)}
	if f.Environment != nil {
		preds = append(preds, usagerollup.EnvironmentEQ(*f.Environment))
	}
	if f.KeyID != nil {
		preds = append(preds, usagerollup.KeyID(*f.KeyID))
	}
	if f.ApplicationID != nil {
		preds = append(preds, usagerollup.ApplicationID(*f.ApplicationID))
	}
	if f.Route != nil {
		preds = append(preds, usagerollup.Route(*f.Route))
	}
	rows, err := s.client.UsageRollup.Query().Where(preds...).All(ctx)
	if err != nil {
		return nil, nil, database.Err(err, "load usage")
	}
	return rep, rows, nil
}

func tally(m map[string]*Breakdown, value string, r *ent.UsageRollup) {
	b := m[value]
	if b == nil {
		b = &Breakdown{Value: value}
		m[value] = b
	}
	b.Requests += r.Requests
	b.Errors += r.Errors
}

func sorted(m map[string]*Breakdown) []*Breakdown {
	out := make([]*Breakdown, 0, len(m))
	for _, b := range m {
		if b.Requests > 0 {
			b.ErrorRate = math.Round(float64(b.Errors)/float64(b.Requests)*10000) / 10000
		}
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Requests != out[j].Requests {
			return out[i].Requests > out[j].Requests
		}
		return out[i].Value < out[j].Value
	})
	return out
}

// Totals returns the counts matching f since the given time, for live
// increments.
func (s *Service) Totals(ctx context.Context, f Filter) (*Point, error) {
	_, rows, err := s.query(ctx, f)
	if err != nil {
		return nil, err
	}
	p := &Point{}
	for _, r := range rows {
		p.add(r)
	}
	p.finish()
	return p, nil
}

// Update is one push of usageUpdated.
type Update struct {
	At       time.Time
	Requests int64
	Errors   int64
	Totals   *Point
}

// Follow pushes usage matching f as calls are recorded, at most once per
// FollowInterval, until ctx ends. The recorder's bus messages for the
// viewer's tenant wake it; bursts of them coalesce into one update.
func (s *Service) Follow(ctx context.Context, f Filter) (<-chan *Update, error) {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return nil, err
	}
	msgs := s.bus.Subscribe(ctx, 16, func(m events.Message) bool {
		return m.Kind == events.KindUsage && m.TenantID == p.TenantID
	})
	return s.follow(ctx, f, coalesce(msgs), s.FollowInterval)
}

// coalesce turns a stream of messages into wake-ups: a pending wake-up
// absorbs further messages, so a burst costs one reload. The result closes
// when msgs does.
func coalesce(msgs <-chan *events.Message) <-chan struct{} {
	wake := make(chan struct{}, 1)
	go func() {
		defer close(wake)
		for range msgs {
			select {
			case wake <- struct{}{}:
			default:
			}
		}
	}()
	return wake
}

// follow sends an update after each wake-up, at most once per interval.
func (s *Service) follow(ctx context.Context, f Filter, wake <-chan struct{}, interval time.Duration) (<-chan *Update, error) {
	since := s.now().UTC().Truncate(time.Minute)
	f.From, f.To, f.Granularity = &since, nil, nil
	last, err := s.totalsSince(ctx, f)
	if err != nil {
		return nil, err
	}
	out := make(chan *Update, 1)
	go func() {
		defer close(out)
		t := time.NewTicker(interval)
		defer t.Stop()
		dirty := false
		for {
			select {
			case <-ctx.Done():
				return
			case _, ok := <-wake:
				if !ok {
					return
				}
				dirty = true
			case <-t.C:
				if !dirty {
					continue
				}
				dirty = false
				cur, err := s.totalsSince(ctx, f)
				if err != nil {
					continue
				}
				u := &Update{At: s.now().UTC(), Requests: cur.Requests - last.Requests, Errors: cur.Errors - last.Errors, Totals: cur}
				last = cur
				select {
				case out <- u:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
}

// totalsSince sums f up to now (To left open so new minutes count).
func (s *Service) totalsSince(ctx context.Context, f Filter) (*Point, error) {
	to := s.now().UTC().Add(time.Minute)
	f.To = &to
	g := Minute
	if to.Sub(*f.From) > maxPoints*time.Minute {
		g = Day
	}
	f.Granularity = &g
	return s.Totals(ctx, f)
}

// QuotaStatus is a tenant's plan and its live calls this period.
type QuotaStatus struct {
	Plan   *plan.Tier
	Period string
	Used   int64
	Quota  int64
}

// Status returns the viewer's tenant's quota status.
func (q *Quotas) Status(ctx context.Context) (*QuotaStatus, error) {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return nil, err
	}
	tier, err := q.Plan(ctx, p.TenantID)
	if err != nil {
		return nil, err
	}
	used, err := q.Used(ctx, p.TenantID)
	if err != nil {
		return nil, err
	}
	return &QuotaStatus{Plan: &tier, Period: q.now().UTC().Format("2006-01"), Used: used, Quota: tier.MonthlyQuota}, nil
}
