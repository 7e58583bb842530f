package fraud

import (
	"fmt"

	"github.com/keybs/platform/internal/fraud/reason"
	"github.com/keybs/platform/internal/risk"
)

// The fraud rules. Each looks at the Signals read from the tenant's stored
// history in one environment and, when it fires, gives a reason with its
// weight; the score is the sum of the weights, capped at 100, and the
// decision follows risk's thresholds (risk.ReviewAt, risk.DeclineAt), so a
// fraud score and a transaction score of 55 mean the same thing.

// Weights and thresholds of the rules.
const (
	DisposableEmailWeight = 30

	DeclinesElevated   = 1 // earlier declined transaction checks of the party
	DeclinesHigh       = 3
	DeclinesWeight     = 25
	DeclinesHighWeight = 40

	DisputesElevated   = 1 // disputes against the party's checks and escrows
	DisputesHigh       = 3
	DisputesWeight     = 20
	DisputesHighWeight = 35

	Velocity1hElevated   = 5 // earlier fraud checks of one identifier in the last hour
	Velocity1hHigh       = 10
	Velocity1hWeight     = 20
	Velocity1hHighWeight = 35
	Velocity24h          = 20 // … in the last 24 hours
	Velocity24hWeight    = 15

	ConfirmedFraudWeight = 60 // feedback confirmed fraud on a shared identifier
)

// Signals is what the stored history says about the identifiers of one
// request, in the caller's tenant and environment only.
type Signals struct {
	// DisposableEmail: the email's domain is on the disposable list.
	DisposableEmail bool `json:"disposable_email"`
	// EarlierDeclines counts transaction checks (txc_…) declined with the
	// party as payer or payee.
	EarlierDeclines int `json:"earlier_declines"`
	// Disputes counts disputes against the party's transaction checks or
	// escrows (as buyer or seller).
	Disputes int `json:"disputes"`
	// Checks1h and Checks24h count earlier fraud checks (frd_…) of the
	// busiest identifier (VelocityOf) in the last hour and day.
	Checks1h   int    `json:"checks_1h"`
	Checks24h  int    `json:"checks_24h"`
	VelocityOf string `json:"velocity_of,omitempty"`
	// ConfirmedFraud and ConfirmedLegitimate count feedback on earlier
	// checks sharing an identifier with this request.
	ConfirmedFraud      int `json:"confirmed_fraud"`
	ConfirmedLegitimate int `json:"confirmed_legitimate"`
}

// Reasons are the rules that fire on s, in a fixed order, and the score.
func Reasons(s Signals) ([]reason.Reason, int) {
	out := []reason.Reason{}
	add := func(code string, weight int, format string, args ...any) {
		out = append(out, reason.Reason{Code: code, Message: fmt.Sprintf(format, args...), Weight: weight})
	}
	if s.DisposableEmail {
		add("disposable_email", DisposableEmailWeight, "the email address is at a disposable email domain")
	}
	switch {
	case s.EarlierDeclines >= DeclinesHigh:
		add("earlier_declines", DeclinesHighWeight, "the party had %d declined transaction checks (high from %d)", s.EarlierDeclines, DeclinesHigh)
	case s.EarlierDeclines >= DeclinesElevated:
		add("earlier_declines", DeclinesWeight, "the party had %d declined transaction check(s)", s.EarlierDeclines)
	}
	switch {
	case s.Disputes >= DisputesHigh:
		add("disputes", DisputesHighWeight, "the party's transactions and escrows had %d disputes (high from %d)", s.Disputes, DisputesHigh)
	case s.Disputes >= DisputesElevated:
		add("disputes", DisputesWeight, "the party's transactions and escrows had %d dispute(s)", s.Disputes)
	}
	switch {
	case s.Checks1h >= Velocity1hHigh:
		add("velocity_1h", Velocity1hHighWeight, "the %s was checked %d times in the last hour (high from %d)", s.VelocityOf, s.Checks1h, Velocity1hHigh)
	case s.Checks1h >= Velocity1hElevated:
		add("velocity_1h", Velocity1hWeight, "the %s was checked %d times in the last hour (elevated from %d)", s.VelocityOf, s.Checks1h, Velocity1hElevated)
	}
	if s.Checks24h >= Velocity24h {
		add("velocity_24h", Velocity24hWeight, "the %s was checked %d times in the last 24 hours (elevated from %d)", s.VelocityOf, s.Checks24h, Velocity24h)
	}
	if s.ConfirmedFraud > 0 {
		add("confirmed_fraud", ConfirmedFraudWeight, "%d earlier check(s) sharing an identifier were confirmed as fraud", s.ConfirmedFraud)
	}
	if s.ConfirmedLegitimate > 0 {
		add("confirmed_legitimate", 0, "%d earlier check(s) sharing an identifier were confirmed as legitimate (reported, not counted)", s.ConfirmedLegitimate)
	}
	score := 0
	for _, r := range out {
		score += r.Weight
	}
	return out, min(score, 100)
}

// DecisionFor maps a score to its decision with the risk engine's thresholds.
func DecisionFor(score int) risk.Decision { return risk.DecisionFor(score) }
