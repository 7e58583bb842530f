package usage

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/usagerollup"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/plan"
)

// Quotas watches each tenant's monthly LIVE calls against its plan: at 80%
// and 100% it raises a notification, an email and an event, once per
// threshold per billing period (a calendar month, UTC), and for plans with a
// hard quota it refuses further LIVE calls until the month ends.
type Quotas struct {
	client   *ent.Client
	notifier *notify.Notifier
	log      *slog.Logger
	now      func() time.Time
	mu       sync.RWMutex
	blocked  map[string]string    // tenant -> billing period its hard quota is spent for
	checked  map[string]time.Time // tenant -> last CheckDue
}

// NewQuotas wires Quotas.
func NewQuotas(client *ent.Client, notifier *notify.Notifier, log *slog.Logger, now func() time.Time) *Quotas {
	return &Quotas{client: client, notifier: notifier, log: log, now: now, blocked: map[string]string{}, checked: map[string]time.Time{}}
}

// Plan returns the tenant's plan: the largest tier any of its live
// applications' expected volumes suggests.
func (q *Quotas) Plan(ctx context.Context, tenantID string) (plan.Tier, error) {
	apps, err := q.client.Application.Query().
		Where(application.TenantID(tenantID), application.ArchivedAtIsNil()).
		All(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return plan.Tier{}, fault.Wrap(err, "load applications")
	}
	best := 0
	for _, a := range apps {
		t := plan.Suggest(a.ExpectedMonthlyVolume)
		for i, tier := range plan.Tiers {
			if tier.ID == t.ID && i > best {
				best = i
			}
		}
	}
	return plan.Tiers[best], nil
}

// Used returns the tenant's LIVE calls in the billing period containing now.
func (q *Quotas) Used(ctx context.Context, tenantID string) (int64, error) {
	start := periodStart(q.now())
	var rows []struct {
		Sum int64 `json:"sum"`
	}
	err := q.client.UsageRollup.Query().Where(
		usagerollup.TenantID(tenantID), usagerollup.EnvironmentEQ(environment.Live), usagerollup.MinuteGTE(start),
	).Aggregate(ent.Sum(usagerollup.FieldRequests)).Scan(privacy.DecisionContext(ctx, privacy.Allow), &rows)
	if err != nil {
		return 0, fault.Wrap(err, "sum usage")
	}
	if len(rows) == 0 {
		return 0, nil
	}
	return rows[0].Sum, nil
}

// checkInterval spaces the checks that follow request-log flushes: a busy
// tenant's flushes come every 200 ms, its thresholds need not be summed as
// often.
const checkInterval = 10 * time.Second

// CheckDue is Check for the tenants not checked in the last checkInterval;
// the request-log writer calls it after each flush.
func (q *Quotas) CheckDue(ctx context.Context, tenants []string) {
	now := q.now()
	due := tenants[:0:0]
	q.mu.Lock()
	for _, t := range tenants {
		if last, ok := q.checked[t]; !ok || now.Sub(last) >= checkInterval {
			q.checked[t] = now
			due = append(due, t)
		}
	}
	q.mu.Unlock()
	q.Check(ctx, due)
}

// Check evaluates the thresholds of each tenant.
func (q *Quotas) Check(ctx context.Context, tenants []string) {
	for _, t := range tenants {
		if err := q.check(ctx, t); err != nil {
			q.log.Error("quota check", "tenant_id", t, "error", err)
		}
	}
}

func (q *Quotas) check(ctx context.Context, tenantID string) error {
	tier, err := q.Plan(ctx, tenantID)
	if err != nil || tier.MonthlyQuota == 0 {
		return err
	}
	used, err := q.Used(ctx, tenantID)
	if err != nil {
		return err
	}
	period := q.now().UTC().Format("2006-01")
	pct := float64(used) / float64(tier.MonthlyQuota)
	thresholds := []struct {
		at    float64
		label string
		event string
	}{{0.8, "80", "usage.quota_warning"}, {1.0, "100", "usage.quota_exceeded"}}
	for _, th := range thresholds {
		if pct < th.at {
			continue
		}
		title := fmt.Sprintf("You have used %s%% of this month's live API calls", th.label)
		body := fmt.Sprintf("Your organization has made %d of the %d live calls its %s plan includes for %s.", used, tier.MonthlyQuota, tier.Name, period)
		if th.label == "100" && tier.HardQuota {
			body += " Further live calls are refused with 429 quota_exceeded until next month or an upgrade."
		} else if th.label == "100" {
			body += " Calls keep working; usage above the quota is billed per your plan."
		}
		if _, err := q.notifier.Raise(ctx, notify.Notice{
			TenantID: tenantID, Kind: th.event, Title: title, Body: body,
			DedupeKey: "quota:" + tenantID + ":" + period + ":" + th.label,
			Event: &events.Event{TenantID: tenantID, Environment: environment.Live, Type: th.event, Payload: map[string]any{
				"period": period, "used": used, "quota": tier.MonthlyQuota, "plan": tier.ID,
			}},
		}); err != nil {
			return err
		}
	}
	q.mu.Lock()
	if tier.HardQuota && used >= tier.MonthlyQuota {
		q.blocked[tenantID] = period
	} else {
		delete(q.blocked, tenantID)
	}
	q.mu.Unlock()
	return nil
}

// Exceeded reports whether the tenant's hard quota is spent this period.
func (q *Quotas) Exceeded(tenantID string) bool {
	q.mu.RLock()
	defer q.mu.RUnlock()
	period, ok := q.blocked[tenantID]
	return ok && period == q.now().UTC().Format("2006-01")
}

func periodStart(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}
