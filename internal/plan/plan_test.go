package plan_test

import (
	"math"
	"testing"

	"github.com/keybs/platform/internal/plan"
)

func TestSuggest(t *testing.T) {
	for _, c := range []struct {
		name   string
		volume int64
		want   string
	}{
		{"NoVolumeIsStarter", 0, "STARTER"},
		{"ANegativeVolumeIsStarter", -5, "STARTER"},
		{"StartersBoundIsInclusive", 10_000, "STARTER"},
		{"OneCallMoreIsGrowth", 10_001, "GROWTH"},
		{"GrowthsBoundIsInclusive", 100_000, "GROWTH"},
		{"OneCallMoreIsScale", 100_001, "SCALE"},
		{"ScalesBoundIsInclusive", 1_000_000, "SCALE"},
		{"OneCallMoreIsEnterprise", 1_000_001, "ENTERPRISE"},
		{"AnyVolumeFitsEnterprise", math.MaxInt64, "ENTERPRISE"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := plan.Suggest(c.volume); got.ID != c.want {
				t.Fatalf("Suggest(%d) = %s, want %s", c.volume, got.ID, c.want)
			}
		})
	}
}

func TestTiers(t *testing.T) {
	last := len(plan.Tiers) - 1
	t.Run("VolumesAndRateLimitsGrowAndOnlyTheLastIsUnbounded", func(t *testing.T) {
		for i, tr := range plan.Tiers {
			if tr.ID == "" || tr.Name == "" || tr.PriceModel == "" {
				t.Errorf("tier %d %+v lacks an id, name or price model", i, tr)
			}
			if (tr.MaxMonthlyVolume == 0) != (i == last) {
				t.Errorf("tier %s: max volume %d; only the last tier is unbounded", tr.ID, tr.MaxMonthlyVolume)
			}
			if i == 0 {
				continue
			}
			prev := plan.Tiers[i-1]
			if i != last && tr.MaxMonthlyVolume <= prev.MaxMonthlyVolume {
				t.Errorf("tier %s covers %d calls, not more than %s's %d", tr.ID, tr.MaxMonthlyVolume, prev.ID, prev.MaxMonthlyVolume)
			}
			if tr.RateLimitPerMinute <= prev.RateLimitPerMinute {
				t.Errorf("tier %s allows %d/min, not more than %s's %d", tr.ID, tr.RateLimitPerMinute, prev.ID, prev.RateLimitPerMinute)
			}
		}
	})
	t.Run("BoundedTiersIncludeTheVolumeTheySuggestFor", func(t *testing.T) {
		for _, tr := range plan.Tiers[:last] {
			if tr.MonthlyQuota < tr.MaxMonthlyVolume {
				t.Errorf("tier %s is suggested for %d calls but includes only %d", tr.ID, tr.MaxMonthlyVolume, tr.MonthlyQuota)
			}
		}
		if plan.Tiers[last].MonthlyQuota != 0 {
			t.Errorf("the top tier's quota is %d; it is set by contract (0)", plan.Tiers[last].MonthlyQuota)
		}
	})
	t.Run("OnlyTheFreeTierStopsAtItsQuota", func(t *testing.T) {
		for i, tr := range plan.Tiers {
			if tr.HardQuota != (i == 0) {
				t.Errorf("tier %s hard quota %v", tr.ID, tr.HardQuota)
			}
		}
	})
}
