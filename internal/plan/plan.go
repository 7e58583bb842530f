// Package plan holds the pricing tiers: which tier an application's expected
// monthly volume suggests, with its monthly call quota and default rate limit.
package plan

// Tier is one pricing tier.
type Tier struct {
	ID               string
	Name             string
	MaxMonthlyVolume int64 // inclusive upper bound of expected calls; 0 = unbounded
	MonthlyQuota     int64 // live calls included per month; 0 = by contract
	// MonthlyUnits is the live billable module units (internal/metering)
	// included per month, alerted on at 80 and 100 %; 0 = by contract.
	MonthlyUnits       int64
	RateLimitPerMinute int // default live rate limit, capped by the industry's
	PriceModel         string
	HardQuota          bool // true: calls past the quota are refused (429 quota_exceeded)
}

// Tiers, from smallest to largest.
var Tiers = []Tier{
	{ID: "STARTER", Name: "Starter", MaxMonthlyVolume: 10_000, MonthlyQuota: 10_000, MonthlyUnits: 2_000, RateLimitPerMinute: 120,
		PriceModel: "Free developer tier: live calls stop at the monthly quota until next month or an upgrade",
		HardQuota:  true},
	{ID: "GROWTH", Name: "Growth", MaxMonthlyVolume: 100_000, MonthlyQuota: 100_000, MonthlyUnits: 50_000, RateLimitPerMinute: 300,
		PriceModel: "Monthly commitment with volume discounts"},
	{ID: "SCALE", Name: "Scale", MaxMonthlyVolume: 1_000_000, MonthlyQuota: 1_000_000, MonthlyUnits: 500_000, RateLimitPerMinute: 600,
		PriceModel: "Annual commitment with tiered volume pricing"},
	{ID: "ENTERPRISE", Name: "Enterprise", MonthlyQuota: 0, RateLimitPerMinute: 1000,
		PriceModel: "Custom contract; rate caps lifted on request"},
}

// Suggest returns the smallest tier whose volume covers expected calls a month.
func Suggest(expectedMonthlyVolume int64) Tier {
	for _, t := range Tiers {
		if t.MaxMonthlyVolume == 0 || expectedMonthlyVolume <= t.MaxMonthlyVolume {
			return t
		}
	}
	return Tiers[len(Tiers)-1]
}
