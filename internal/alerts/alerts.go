// Package alerts runs the periodic checks that raise tenant notifications:
// keys due for rotation, keys about to expire (with the key.expiring event),
// a key's error rate far above its own baseline, and a key used from an
// address never seen for it; it also trims the raw request log to its
// retention. Every replica may run it: each alert carries a dedupe key, so it
// is raised once however many replicas notice it.
package alerts

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/requestlog"
	"github.com/keybs/platform/ent/usagerollup"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/usage"
)

// Thresholds of the checks.
const (
	ExpiryWarning = 7 * 24 * time.Hour
	// An error-rate anomaly: in the last RecentWindow a key made at least
	// MinRecentCalls calls with an error rate at least AnomalyFactor times
	// (and AnomalyMargin above) its rate over the BaselineWindow before.
	RecentWindow   = 15 * time.Minute
	BaselineWindow = 24 * time.Hour
	MinRecentCalls = 20
	AnomalyFactor  = 3.0
	AnomalyMargin  = 0.2
)

// Scheduler runs the checks.
type Scheduler struct {
	client    *ent.Client
	notifier  *notify.Notifier
	log       *slog.Logger
	now       func() time.Time
	retention time.Duration
}

// NewScheduler wires a Scheduler; retention is how long raw request-log rows
// are kept (rollups are kept for good).
func NewScheduler(client *ent.Client, notifier *notify.Notifier, log *slog.Logger, now func() time.Time, retention time.Duration) *Scheduler {
	return &Scheduler{client: client, notifier: notifier, log: log, now: now, retention: retention}
}

// Run checks every interval until ctx ends.
func (s *Scheduler) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if err := s.RunOnce(ctx); err != nil && ctx.Err() == nil {
			s.log.Error("alert checks", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// RunOnce runs every check once.
func (s *Scheduler) RunOnce(ctx context.Context) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	for _, check := range []func(context.Context) error{s.rotationDue, s.expiring, s.errorRates, s.trim} {
		if err := check(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (s *Scheduler) rotationDue(ctx context.Context) error {
	now := s.now()
	keys, err := s.client.APIKey.Query().Where(
		apikey.RevokedAtIsNil(), apikey.RotatedToIsNil(), apikey.RotationDueAtLTE(now),
	).All(ctx)
	if err != nil {
		return err
	}
	for _, k := range keys {
		if _, err := s.notifier.Raise(ctx, notify.Notice{
			TenantID: k.TenantID, Kind: "key.rotation_due", TargetID: k.ID,
			Title:     fmt.Sprintf("Rotate API key %q", k.Name),
			Body:      fmt.Sprintf("The %s key %q (%s…%s) was created more than 90 days ago. Roll it from the API keys page; a grace period keeps the old key working while you deploy the new one.", k.Environment.Lower(), k.Name, k.Prefix, k.Last4),
			DedupeKey: "rotation:" + k.ID,
		}); err != nil {
			return err
		}
	}
	return nil
}

func (s *Scheduler) expiring(ctx context.Context) error {
	now := s.now()
	keys, err := s.client.APIKey.Query().Where(
		apikey.RevokedAtIsNil(), apikey.ExpiresAtGT(now), apikey.ExpiresAtLTE(now.Add(ExpiryWarning)),
	).All(ctx)
	if err != nil {
		return err
	}
	for _, k := range keys {
		if _, err := s.notifier.Raise(ctx, notify.Notice{
			TenantID: k.TenantID, Kind: "key.expiring", TargetID: k.ID,
			Title:     fmt.Sprintf("API key %q expires %s", k.Name, k.ExpiresAt.UTC().Format("2 Jan 2006 15:04 MST")),
			Body:      fmt.Sprintf("The %s key %q (%s…%s) stops working at %s. Extend its expiry or roll it before then.", k.Environment.Lower(), k.Name, k.Prefix, k.Last4, k.ExpiresAt.UTC().Format(time.RFC3339)),
			DedupeKey: "expiring:" + k.ID + ":" + k.ExpiresAt.UTC().Format(time.RFC3339),
			Event: &events.Event{TenantID: k.TenantID, Environment: k.Environment, Type: "key.expiring", Payload: map[string]any{
				"api_key":    map[string]any{"id": k.ID, "name": k.Name, "prefix": k.Prefix, "last4": k.Last4, "environment": k.Environment.Lower()},
				"expires_at": k.ExpiresAt.UTC().Format(time.RFC3339),
			}},
		}); err != nil {
			return err
		}
	}
	return nil
}

// errorRates flags keys whose recent error rate is far above their baseline.
func (s *Scheduler) errorRates(ctx context.Context) error {
	now := s.now()
	recent, err := s.rates(ctx, now.Add(-RecentWindow), now)
	if err != nil {
		return err
	}
	base, err := s.rates(ctx, now.Add(-RecentWindow-BaselineWindow), now.Add(-RecentWindow))
	if err != nil {
		return err
	}
	for key, r := range recent {
		if r.calls < MinRecentCalls {
			continue
		}
		b := base[key].rate()
		if r.rate() < AnomalyFactor*b || r.rate() < b+AnomalyMargin {
			continue
		}
		if _, err := s.notifier.Raise(ctx, notify.Notice{
			TenantID: r.tenant, Kind: "key.error_rate_anomaly", TargetID: key,
			Title: "Unusual error rate on an API key",
			Body: fmt.Sprintf("Key %s answered %.0f%% errors over the last %s (%d calls), against %.0f%% over the day before. Check the request log for the failing calls.",
				key, 100*r.rate(), RecentWindow, r.calls, 100*b),
			DedupeKey: "error-rate:" + key + ":" + now.UTC().Truncate(time.Hour).Format(time.RFC3339),
		}); err != nil {
			return err
		}
	}
	return nil
}

type rate struct {
	tenant        string
	calls, errors int64
}

func (r rate) rate() float64 {
	if r.calls == 0 {
		return 0
	}
	return float64(r.errors) / float64(r.calls)
}

func (s *Scheduler) rates(ctx context.Context, from, to time.Time) (map[string]rate, error) {
	rows, err := s.client.UsageRollup.Query().Where(
		usagerollup.MinuteGTE(from), usagerollup.MinuteLT(to), usagerollup.KeyIDNEQ(""),
	).All(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string]rate{}
	for _, r := range rows {
		v := out[r.KeyID]
		v.tenant = r.TenantID
		v.calls += r.Requests
		v.errors += r.Errors
		out[r.KeyID] = v
	}
	return out, nil
}

// trim deletes raw request-log rows past the retention, in bounded batches.
func (s *Scheduler) trim(ctx context.Context) error {
	if s.retention <= 0 {
		return nil
	}
	cutoff := s.now().Add(-s.retention)
	for range 20 {
		ids, err := s.client.RequestLog.Query().Where(requestlog.CreatedAtLT(cutoff)).Limit(1000).IDs(ctx)
		if err != nil || len(ids) == 0 {
			return err
		}
		if _, err := s.client.RequestLog.Delete().Where(requestlog.IDIn(ids...)).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// NewIPs raises the anomaly of keys used from addresses never seen for them;
// the usage recorder reports them after each flush.
func (s *Scheduler) NewIPs(ctx context.Context, f usage.Flushed) {
	for _, n := range f.NewIPs {
		if _, err := s.notifier.Raise(ctx, notify.Notice{
			TenantID: n.TenantID, Kind: "key.new_ip", TargetID: n.KeyID,
			Title:     "API key used from a new IP address",
			Body:      fmt.Sprintf("Key %s was used from %s for the first time. If that was not you, revoke the key now and roll a new one.", n.KeyID, n.IP),
			DedupeKey: "new-ip:" + n.KeyID + ":" + n.IP,
		}); err != nil {
			s.log.Error("new IP alert", "key_id", n.KeyID, "error", err)
		}
	}
}
