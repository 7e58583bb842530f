package apikey_test

import (
	"testing"

	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/plan"
)

// TestEffectiveLimit is the one precedence for a key's per-minute limit:
// key override > tenant override > the plan tier's rate (LIVE only, capped
// by the issued industry rate) > the issued default.
func TestEffectiveLimit(t *testing.T) {
	n := func(v int) *int { return &v }
	starter, scale, enterprise := &plan.Tiers[0], &plan.Tiers[2], &plan.Tiers[3]
	for _, tc := range []struct {
		name   string
		facts  apikey.LimitFacts
		want   int
		source apikey.LimitSource
	}{
		{"KeyOverrideWinsOverEverything", apikey.LimitFacts{KeyOverride: n(5000), TenantOverride: n(2000), Environment: environment.Live, Plan: scale, Issued: 1000}, 5000, apikey.LimitKeyOverride},
		{"KeyOverrideAppliesToTestKeysToo", apikey.LimitFacts{KeyOverride: n(7), Environment: environment.Test, Plan: scale, Issued: 120}, 7, apikey.LimitKeyOverride},
		{"TenantOverrideWinsOverThePlan", apikey.LimitFacts{TenantOverride: n(2000), Environment: environment.Live, Plan: scale, Issued: 1000}, 2000, apikey.LimitTenantOverride},
		{"TenantOverrideMayLowerTheBudget", apikey.LimitFacts{TenantOverride: n(10), Environment: environment.Live, Plan: enterprise, Issued: 1000}, 10, apikey.LimitTenantOverride},
		{"LiveKeyGetsItsPlansRate", apikey.LimitFacts{Environment: environment.Live, Plan: scale, Issued: 1000}, 600, apikey.LimitPlan},
		{"LiveStarterKeyGets120", apikey.LimitFacts{Environment: environment.Live, Plan: starter, Issued: 1000}, 120, apikey.LimitPlan},
		{"ThePlanIsCappedByTheIndustrysLiveRate", apikey.LimitFacts{Environment: environment.Live, Plan: enterprise, Issued: 500}, 500, apikey.LimitPlan},
		{"TestKeyIgnoresThePlan", apikey.LimitFacts{Environment: environment.Test, Plan: enterprise, Issued: 120}, 120, apikey.LimitDefault},
		{"LiveKeyWithoutAKnownPlanKeepsItsDefault", apikey.LimitFacts{Environment: environment.Live, Issued: 1000}, 1000, apikey.LimitDefault},
		{"ANonPositiveOverrideIsIgnored", apikey.LimitFacts{KeyOverride: n(0), TenantOverride: n(-1), Environment: environment.Test, Issued: 120}, 120, apikey.LimitDefault},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := apikey.EffectiveLimit(tc.facts)
			if got.PerMinute != tc.want || got.Source != tc.source {
				t.Fatalf("EffectiveLimit = %d from %s, want %d from %s", got.PerMinute, got.Source, tc.want, tc.source)
			}
			if got.Plan != tc.facts.Plan {
				t.Fatalf("plan %v, want the tenant's %v whichever source wins", got.Plan, tc.facts.Plan)
			}
		})
	}
}
