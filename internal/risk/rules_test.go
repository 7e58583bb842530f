package risk_test

import (
	"testing"

	"github.com/keybs/platform/internal/finding"
	"github.com/keybs/platform/internal/risk"
)

// calm is a transaction no rule fires on.
func calm() risk.Facts {
	return risk.Facts{Amount: 12_500, Currency: "EUR", AccountCurrency: "EUR", PartyCountry: "DE", CounterpartyCountry: "FR"}
}

func with(change func(*risk.Facts)) risk.Facts { f := calm(); change(&f); return f }

// ruleOf finds the named rule's finding.
func ruleOf(t *testing.T, fs []finding.Finding, name string) finding.Finding {
	t.Helper()
	for _, f := range fs {
		if f.Name == name {
			return f
		}
	}
	t.Fatalf("no finding %s in %+v", name, fs)
	return finding.Finding{}
}

// TestRules pins each rule: the boundary on either side and the score it
// adds.
func TestRules(t *testing.T) {
	for _, c := range []struct {
		name, rule string
		facts      risk.Facts
		result     string
		score      int
	}{
		{"AmountBelowLargePasses", "amount_threshold", with(func(f *risk.Facts) { f.Amount = 999_999 }), finding.Pass, 0},
		{"AmountAtLargeHits", "amount_threshold", with(func(f *risk.Facts) { f.Amount = 1_000_000 }), finding.Hit, risk.LargeScore},
		{"AmountAtVeryLargeHitsHarder", "amount_threshold", with(func(f *risk.Facts) { f.Amount = 5_000_000 }), finding.Hit, risk.VeryLargeScore},
		{"ZeroDecimalCurrencyCountsWholeUnits", "amount_threshold", with(func(f *risk.Facts) { f.Amount, f.Currency, f.AccountCurrency = 10_000, "JPY", "JPY" }), finding.Hit, risk.LargeScore},
		{"EighteenDecimalTokenDoesNotOverflow", "amount_threshold", with(func(f *risk.Facts) { f.Amount, f.Currency, f.AccountCurrency = 9_000_000_000_000_000_000, "ETH", "ETH" }), finding.Pass, 0},
		{"FourEarlierChecksPass", "velocity", with(func(f *risk.Facts) { f.RecentChecks = 4 }), finding.Pass, 0},
		{"FiveEarlierChecksHit", "velocity", with(func(f *risk.Facts) { f.RecentChecks = 5 }), finding.Hit, risk.VelocityScore},
		{"TenEarlierChecksHitHarder", "velocity", with(func(f *risk.Facts) { f.RecentChecks = 10 }), finding.Hit, risk.VelocityHighScore},
		{"OrdinaryCountriesPass", "high_risk_jurisdiction", calm(), finding.Pass, 0},
		{"ABlacklistedPayerHits", "high_risk_jurisdiction", with(func(f *risk.Facts) { f.PartyCountry = "KP" }), finding.Hit, risk.BlacklistScore},
		{"ABlacklistedPayeeHits", "high_risk_jurisdiction", with(func(f *risk.Facts) { f.CounterpartyCountry = "IR" }), finding.Hit, risk.BlacklistScore},
		{"AGreylistedPartyHits", "high_risk_jurisdiction", with(func(f *risk.Facts) { f.CounterpartyCountry = "VN" }), finding.Hit, risk.GreylistScore},
		{"BlackOutranksGrey", "high_risk_jurisdiction", with(func(f *risk.Facts) { f.PartyCountry, f.CounterpartyCountry = "SY", "MM" }), finding.Hit, risk.BlacklistScore},
		{"SameCurrencyPasses", "currency_mismatch", calm(), finding.Pass, 0},
		{"NoAccountCurrencyPasses", "currency_mismatch", with(func(f *risk.Facts) { f.AccountCurrency = "" }), finding.Pass, 0},
		{"AnotherAccountCurrencyHits", "currency_mismatch", with(func(f *risk.Facts) { f.AccountCurrency = "USD" }), finding.Hit, risk.CurrencyMismatchScore},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs, _, _ := risk.Evaluate(c.facts)
			got := ruleOf(t, fs, c.rule)
			if got.Result != c.result || got.Score != c.score || got.Detail == "" {
				t.Fatalf("%s = %+v, want %s scoring %d with a detail", c.rule, got, c.result, c.score)
			}
		})
	}
}

// TestScoreAndDecision: the score is the sum of the hits, capped at 100,
// and the thresholds decide.
func TestScoreAndDecision(t *testing.T) {
	for _, c := range []struct {
		name     string
		facts    risk.Facts
		score    int
		decision risk.Decision
	}{
		{"NothingFiresIsApproved", calm(), 0, risk.Approve},
		{"OneLargeAmountIsStillApproved", with(func(f *risk.Facts) { f.Amount = 1_000_000 }), risk.LargeScore, risk.Approve},
		{"LargeAmountAndMismatchIsReviewed", with(func(f *risk.Facts) { f.Amount, f.AccountCurrency = 1_000_000, "USD" }), risk.LargeScore + risk.CurrencyMismatchScore, risk.Review},
		{"ABlacklistedPartyIsDeclined", with(func(f *risk.Facts) { f.PartyCountry = "KP" }), risk.BlacklistScore, risk.Decline},
		{"EverythingIsCappedAt100", with(func(f *risk.Facts) {
			f.Amount, f.RecentChecks, f.PartyCountry, f.AccountCurrency = 9_000_000, 12, "IR", "GBP"
		}), 100, risk.Decline},
	} {
		t.Run(c.name, func(t *testing.T) {
			fs, score, d := risk.Evaluate(c.facts)
			if score != c.score || d != c.decision || len(fs) != len(risk.Rules) {
				t.Fatalf("score %d decision %s (%d findings), want %d %s", score, d, len(fs), c.score, c.decision)
			}
		})
	}
	for _, c := range []struct {
		score int
		want  risk.Decision
	}{{0, risk.Approve}, {risk.ReviewAt - 1, risk.Approve}, {risk.ReviewAt, risk.Review}, {risk.DeclineAt - 1, risk.Review}, {risk.DeclineAt, risk.Decline}, {100, risk.Decline}} {
		if got := risk.DecisionFor(c.score); got != c.want {
			t.Errorf("DecisionFor(%d) = %s, want %s", c.score, got, c.want)
		}
	}
}
