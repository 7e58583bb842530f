package usage

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/usagerollup"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/metering"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/plan"
	"github.com/keybs/platform/internal/ratelimit"
)

// Quotas watches each tenant's monthly LIVE calls against its plan: at 80%
// and 100% it raises a notification, an email and an event, once per
// threshold per billing period (a calendar month, UTC), and for plans with a
// hard quota it refuses further LIVE calls until the month ends. The refusal
// is a budget in the shared rate limiter (Limit), so it is exact across
// replicas: of the quota's last N calls arriving at once on several
// replicas, exactly N pass.
type Quotas struct {
	client   *ent.Client
	notifier *notify.Notifier
	log      *slog.Logger
	now      func() time.Time
	limiter  ratelimit.Store
	mu       sync.Mutex
	checked  map[string]time.Time // tenant -> last CheckDue
	budgets  map[string]budget    // tenant -> its hard quota's budget, briefly cached
}

// budget is a tenant's cached hard-quota budget. The plan and the calls
// already made only seed a new billing period's counter, so a stale entry
// cannot let a call through that the shared counter would refuse.
type budget struct {
	limit  ratelimit.Limit
	hard   bool
	loaded time.Time
}

// budgetTTL is how long a tenant's plan is trusted before it is read again.
const budgetTTL = time.Minute

// NewQuotas wires Quotas; limiter holds the hard quotas' counters (the
// store every replica shares).
func NewQuotas(client *ent.Client, notifier *notify.Notifier, limiter ratelimit.Store, log *slog.Logger, now func() time.Time) *Quotas {
	return &Quotas{client: client, notifier: notifier, limiter: limiter, log: log, now: now,
		checked: map[string]time.Time{}, budgets: map[string]budget{}}
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
// Calls its credentials did not allow (401, 403) are logged but not counted:
// a revoked key hammered by someone else must not spend the tenant's quota.
func (q *Quotas) Used(ctx context.Context, tenantID string) (int64, error) {
	start := periodStart(q.now())
	var rows []struct {
		Sum int64 `json:"sum"`
	}
	err := q.client.UsageRollup.Query().Where(
		usagerollup.TenantID(tenantID), usagerollup.EnvironmentEQ(environment.Live), usagerollup.MinuteGTE(start),
		usagerollup.StatusNotIn(http.StatusUnauthorized, http.StatusForbidden),
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
	if err != nil {
		return err
	}
	if err := q.checkCalls(ctx, tenantID, tier); err != nil {
		return err
	}
	return q.checkUnits(ctx, tenantID, tier)
}

// checkCalls raises the thresholds of the plan's live calls.
func (q *Quotas) checkCalls(ctx context.Context, tenantID string, tier plan.Tier) error {
	if tier.MonthlyQuota == 0 {
		return nil
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
				"measure": "calls", "period": period, "used": used, "quota": tier.MonthlyQuota, "plan": tier.ID,
			}},
		}); err != nil {
			return err
		}
	}
	return nil
}

// UsedUnits returns the tenant's LIVE billable module units
// (internal/metering) in the billing period containing now: one per
// billable call, whatever its pricing model prices it by.
func (q *Quotas) UsedUnits(ctx context.Context, tenantID string) (int64, error) {
	return metering.Count(ctx, q.client, tenantID, environment.Live, periodStart(q.now()))
}

// checkUnits raises the thresholds of the plan's live billable units: the
// same notifications and events as the calls', their payload's measure
// "units", each once per billing period.
func (q *Quotas) checkUnits(ctx context.Context, tenantID string, tier plan.Tier) error {
	if tier.MonthlyUnits == 0 {
		return nil
	}
	used, err := q.UsedUnits(ctx, tenantID)
	if err != nil {
		return err
	}
	period := q.now().UTC().Format("2006-01")
	pct := float64(used) / float64(tier.MonthlyUnits)
	for _, th := range []struct {
		at           float64
		label, event string
	}{{0.8, "80", "usage.quota_warning"}, {1.0, "100", "usage.quota_exceeded"}} {
		if pct < th.at {
			continue
		}
		title := fmt.Sprintf("You have used %s%% of this month's billable module units", th.label)
		body := fmt.Sprintf("Your organization has used %d of the %d live billable units (KYC, fraud, transaction, escrow and dispute calls) its %s plan includes for %s.",
			used, tier.MonthlyUnits, tier.Name, period)
		if th.label == "100" {
			body += " Calls keep working; units above the plan are billed at your industry's prices."
		}
		if _, err := q.notifier.Raise(ctx, notify.Notice{
			TenantID: tenantID, Kind: th.event, Title: title, Body: body,
			DedupeKey: "units:" + tenantID + ":" + period + ":" + th.label,
			Event: &events.Event{TenantID: tenantID, Environment: environment.Live, Type: th.event, Payload: map[string]any{
				"measure": "units", "period": period, "used": used, "quota": tier.MonthlyUnits, "plan": tier.ID,
			}},
		}); err != nil {
			return err
		}
	}
	return nil
}

// Limit returns the budget of LIVE calls the tenant's hard quota leaves
// this billing period, to be taken with the call's other budgets; ok is
// false when its plan has no hard quota.
func (q *Quotas) Limit(ctx context.Context, tenantID string) (l ratelimit.Limit, ok bool, err error) {
	now := q.now()
	period := now.UTC().Format("2006-01")
	q.mu.Lock()
	b, cached := q.budgets[tenantID]
	q.mu.Unlock()
	if cached && now.Sub(b.loaded) < budgetTTL && b.limit.Key == "quota:"+tenantID+":"+period {
		return b.limit, b.hard, nil
	}
	tier, err := q.Plan(ctx, tenantID)
	if err != nil {
		return l, false, err
	}
	b = budget{hard: tier.HardQuota && tier.MonthlyQuota > 0, loaded: now}
	if b.hard {
		used, err := q.Used(ctx, tenantID)
		if err != nil {
			return l, false, err
		}
		b.limit = ratelimit.Limit{Key: "quota:" + tenantID + ":" + period, Max: int(tier.MonthlyQuota),
			Until: periodStart(now).AddDate(0, 1, 0), Initial: int(used)}
	}
	q.mu.Lock()
	q.budgets[tenantID] = b
	q.mu.Unlock()
	return b.limit, b.hard, nil
}

// Exceeded reports whether the tenant's hard quota is spent: a LIVE call now
// would be refused.
func (q *Quotas) Exceeded(ctx context.Context, tenantID string) (bool, error) {
	l, ok, err := q.Limit(ctx, tenantID)
	if err != nil || !ok {
		return false, err
	}
	used, err := q.Used(ctx, tenantID) // the cached seed may be stale: read the period's calls afresh
	if err != nil {
		return false, err
	}
	l.Initial = int(used)
	d, err := q.limiter.Peek(ctx, q.now(), l)
	return !d.Allowed, err
}

func periodStart(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}
