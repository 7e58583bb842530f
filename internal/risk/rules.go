package risk

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/keybs/platform/internal/currency"
	"github.com/keybs/platform/internal/finding"
)

// The rules engine. Each rule looks at one Facts and returns a finding: a
// hit adds its Score to the transaction's risk score, a pass adds nothing.
// The score is the sum of the hits, capped at 100; the decision follows
// from it with the thresholds below. One engine serves TEST and LIVE; only
// the sandbox's magic amounts (magic.go) bypass it, in TEST only.

// Decision thresholds: a score of ReviewAt or more is reviewed, DeclineAt or
// more declined.
const (
	ReviewAt  = 40
	DeclineAt = 70
)

// Amount thresholds in the currency's major unit (no FX conversion: 10 000
// is 10 000 dollars, euros or bitcoin alike, so a crypto key's thresholds
// are stricter in value — a known simplification of this first engine).
const (
	LargeAmount     = 10_000 // "amount_threshold" hits with LargeScore
	VeryLargeAmount = 50_000 // … and with VeryLargeScore from here
	LargeScore      = 25
	VeryLargeScore  = 45
)

// Velocity: how many earlier checks of the same party within VelocityWindow
// make the next one suspicious.
const (
	VelocityWindow    = 1 * 60 * 60 // seconds
	VelocityElevated  = 5           // earlier checks in the window: VelocityScore
	VelocityHigh      = 10          // … and VelocityHighScore from here
	VelocityScore     = 20
	VelocityHighScore = 40
)

// Jurisdiction and currency scores.
const (
	BlacklistScore        = 70 // FATF "call for action": declined on its own
	GreylistScore         = 30 // FATF "increased monitoring"
	CurrencyMismatchScore = 15
)

// Facts is what the rules look at: the transaction and the party's history.
type Facts struct {
	Amount              int64 // minor units
	Currency            string
	AccountCurrency     string // "" when the caller did not say
	PartyCountry        string
	CounterpartyCountry string
	// RecentChecks is how many checks of the same party were made in the
	// VelocityWindow before this one (read from the stored checks).
	RecentChecks int
}

// Rule is one named rule.
type Rule struct {
	Name        string
	Description string
	Apply       func(Facts) finding.Finding
}

// Rules is the engine, in the order its findings are reported.
var Rules = []Rule{
	{"amount_threshold", fmt.Sprintf("Amounts of %d or more in the currency's major unit add %d, of %d or more %d.", LargeAmount, LargeScore, VeryLargeAmount, VeryLargeScore), amountRule},
	{"velocity", fmt.Sprintf("%d or more earlier checks of the same party within the last hour add %d, %d or more add %d.", VelocityElevated, VelocityScore, VelocityHigh, VelocityHighScore), velocityRule},
	{"high_risk_jurisdiction", fmt.Sprintf("A party in a FATF call-for-action jurisdiction adds %d, one under FATF increased monitoring %d.", BlacklistScore, GreylistScore), jurisdictionRule},
	{"currency_mismatch", fmt.Sprintf("A transaction in another currency than the paying account's adds %d.", CurrencyMismatchScore), currencyRule},
}

// Evaluate runs every rule: the findings, the score (0–100) and the decision.
func Evaluate(f Facts) ([]finding.Finding, int, Decision) {
	out := make([]finding.Finding, 0, len(Rules))
	score := 0
	for _, r := range Rules {
		res := r.Apply(f)
		res.Name = r.Name
		score += res.Score
		out = append(out, res)
	}
	score = min(score, 100)
	return out, score, DecisionFor(score)
}

// Decision is a check's outcome.
type Decision string

// The decisions, as the API spells them.
const (
	Approve Decision = "approve"
	Review  Decision = "review"
	Decline Decision = "decline"
)

// DecisionFor maps a score to its decision.
func DecisionFor(score int) Decision {
	switch {
	case score >= DeclineAt:
		return Decline
	case score >= ReviewAt:
		return Review
	}
	return Approve
}

func hit(score int, format string, args ...any) finding.Finding {
	return finding.Finding{Result: finding.Hit, Score: score, Detail: fmt.Sprintf(format, args...)}
}

func pass(format string, args ...any) finding.Finding {
	return finding.Finding{Result: finding.Pass, Detail: fmt.Sprintf(format, args...)}
}

// major is amount in the currency's major unit, rounded down, without
// overflowing for 18-decimal tokens.
func major(amount int64, code string) int64 {
	digits, _ := currency.MinorUnits(code)
	q := new(big.Int).Quo(big.NewInt(amount), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits)), nil))
	return q.Int64()
}

func amountRule(f Facts) finding.Finding {
	m := major(f.Amount, f.Currency)
	switch {
	case m >= VeryLargeAmount:
		return hit(VeryLargeScore, "%d %s is at least the very large amount of %d", m, f.Currency, VeryLargeAmount)
	case m >= LargeAmount:
		return hit(LargeScore, "%d %s is at least the large amount of %d", m, f.Currency, LargeAmount)
	}
	return pass("%d %s is below the large amount of %d", m, f.Currency, LargeAmount)
}

func velocityRule(f Facts) finding.Finding {
	switch {
	case f.RecentChecks >= VelocityHigh:
		return hit(VelocityHighScore, "the party had %d checks in the last hour (high velocity from %d)", f.RecentChecks, VelocityHigh)
	case f.RecentChecks >= VelocityElevated:
		return hit(VelocityScore, "the party had %d checks in the last hour (elevated from %d)", f.RecentChecks, VelocityElevated)
	}
	return pass("the party had %d checks in the last hour", f.RecentChecks)
}

func jurisdictionRule(f Facts) finding.Finding {
	countries := slices.Compact(slices.DeleteFunc([]string{f.PartyCountry, f.CounterpartyCountry}, func(c string) bool { return c == "" }))
	for _, c := range countries {
		if slices.Contains(FATFCallForAction, c) {
			return hit(BlacklistScore, "%s is a FATF high-risk jurisdiction subject to a call for action", c)
		}
	}
	for _, c := range countries {
		if slices.Contains(FATFIncreasedMonitoring, c) {
			return hit(GreylistScore, "%s is a FATF jurisdiction under increased monitoring", c)
		}
	}
	return pass("no party is in a FATF high-risk or monitored jurisdiction")
}

func currencyRule(f Facts) finding.Finding {
	switch {
	case f.AccountCurrency == "":
		return pass("no account currency given")
	case f.AccountCurrency != f.Currency:
		return hit(CurrencyMismatchScore, "the transaction is in %s but the paying account holds %s", f.Currency, f.AccountCurrency)
	}
	return pass("the transaction is in the paying account's currency %s", f.Currency)
}

// FATFCallForAction is FATF's list of "High-Risk Jurisdictions subject to a
// Call for Action" (the "black list"), and FATFIncreasedMonitoring its
// "Jurisdictions under Increased Monitoring" (the "grey list"), as FATF
// published them after its plenary of June 2025
// (https://www.fatf-gafi.org/en/countries/black-and-grey-lists.html). FATF
// revises both three times a year; keep them current, or the rule is wrong.
var (
	FATFCallForAction       = []string{"IR", "KP", "MM"}
	FATFIncreasedMonitoring = []string{"DZ", "AO", "BO", "BG", "BF", "CM", "CD", "CI", "HT", "KE", "LA", "LB",
		"MC", "MZ", "NA", "NP", "NG", "ZA", "SS", "SY", "VE", "VN", "VG", "YE"}
)
