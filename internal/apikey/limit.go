package apikey

import (
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/keybs/platform/ent"
	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/plan"
)

// LimitSource says which rule gave a key its per-minute limit.
type LimitSource string

// The sources, in precedence order: the first that applies wins.
const (
	// LimitKeyOverride: an enterprise override set by ops on the key.
	LimitKeyOverride LimitSource = "KEY_OVERRIDE"
	// LimitTenantOverride: an enterprise override set on the tenant.
	LimitTenantOverride LimitSource = "TENANT_OVERRIDE"
	// LimitPlan: a LIVE key's rate from the tenant's pricing tier, capped
	// by the rate the key was issued with (its industry's live cap).
	LimitPlan LimitSource = "PLAN"
	// LimitDefault: the rate the key was issued with: 120 for TEST keys,
	// the industry's live cap for LIVE ones.
	LimitDefault LimitSource = "DEFAULT"
)

// MarshalGQL writes the source as a GraphQL enum value.
func (s LimitSource) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(s))) }

// UnmarshalGQL reads a GraphQL enum value.
func (s *LimitSource) UnmarshalGQL(v any) error {
	str, _ := v.(string)
	switch LimitSource(str) {
	case LimitKeyOverride, LimitTenantOverride, LimitPlan, LimitDefault:
		*s = LimitSource(str)
		return nil
	}
	return fmt.Errorf("%v is not a valid APIKeyRateLimitSource", v)
}

// Limit is a key's effective per-minute budget and where it comes from.
type Limit struct {
	PerMinute int
	Source    LimitSource
	// Plan is the tenant's pricing tier, whichever source won.
	Plan *plan.Tier
}

// LimitFacts is what a key's limit depends on.
type LimitFacts struct {
	KeyOverride    *int
	TenantOverride *int
	Environment    environment.Environment
	// Plan is the tenant's tier; nil when unknown (the default applies).
	Plan *plan.Tier
	// Issued is the rate the key was issued with (rate_limit_per_minute).
	Issued int
}

// EffectiveLimit is the one precedence for a key's per-minute limit, used
// by authentication and shown on the key: the key's override, else the
// tenant's, else (LIVE keys only) the plan tier's rate capped by the rate
// the key was issued with, else the rate it was issued with.
func EffectiveLimit(f LimitFacts) Limit {
	l := Limit{Plan: f.Plan}
	switch {
	case f.KeyOverride != nil && *f.KeyOverride > 0:
		l.PerMinute, l.Source = *f.KeyOverride, LimitKeyOverride
	case f.TenantOverride != nil && *f.TenantOverride > 0:
		l.PerMinute, l.Source = *f.TenantOverride, LimitTenantOverride
	case f.Environment == environment.Live && f.Plan != nil && f.Plan.RateLimitPerMinute > 0:
		l.PerMinute, l.Source = min(f.Plan.RateLimitPerMinute, f.Issued), LimitPlan
	default:
		l.PerMinute, l.Source = f.Issued, LimitDefault
	}
	return l
}

// TenantPlan is the tenant's pricing tier: the one the largest expected
// monthly volume of its applications in use suggests (as usage.Quotas.Plan
// bills it).
func TenantPlan(volume int64) *plan.Tier {
	t := plan.Suggest(volume)
	return &t
}

// RateLimit returns key k's effective limit (see EffectiveLimit).
func (s *Service) RateLimit(ctx context.Context, k *ent.APIKey) (Limit, error) {
	ls, err := s.RateLimits(ctx, []*ent.APIKey{k})
	if err != nil {
		return Limit{}, err
	}
	return ls[0], nil
}

// RateLimits returns the effective limits of keys of one tenant, reading
// the tenant and its plan once.
func (s *Service) RateLimits(ctx context.Context, keys []*ent.APIKey) ([]Limit, error) {
	out := make([]Limit, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	tenantID := keys[0].TenantID
	t, err := s.client.Tenant.Get(sys, tenantID)
	if err != nil {
		return nil, database.Err(err, "load tenant")
	}
	apps, err := s.client.Application.Query().
		Where(entapp.TenantID(tenantID), entapp.ArchivedAtIsNil()).All(sys)
	if err != nil {
		return nil, database.Err(err, "load plan")
	}
	var volume int64
	for _, a := range apps {
		volume = max(volume, a.ExpectedMonthlyVolume)
	}
	tier := TenantPlan(volume)
	for i, k := range keys {
		if k.TenantID != tenantID {
			return nil, fault.New(fault.Internal, "rate limits of keys of two tenants")
		}
		out[i] = EffectiveLimit(LimitFacts{KeyOverride: k.RateLimitOverride, TenantOverride: t.RateLimitOverride,
			Environment: k.Environment, Plan: tier, Issued: k.RateLimitPerMinute})
	}
	return out, nil
}
