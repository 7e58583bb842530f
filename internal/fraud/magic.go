package fraud

import (
	"github.com/keybs/platform/internal/fraud/reason"
	"github.com/keybs/platform/internal/risk"
)

// Magic is a sandbox value that forces a fraud score's outcome, as Stripe's
// test cards do. Only TEST keys and portal sessions (the sandbox) honour
// them; LIVE keys score the same input with the rules alone.
type Magic struct {
	Field    string // the input field, as the API spells it
	Value    string
	Score    int
	Decision risk.Decision
}

// MagicValues are every magic value, in the order they are looked for: the
// email's domain first, then the IP.
var MagicValues = []Magic{
	{"email", "fraud.test", 95, risk.Decline},
	{"email", "review.fraud.test", 55, risk.Review},
	{"email", "approve.fraud.test", 0, risk.Approve},
	{"ip", "203.0.113.66", 95, risk.Decline},
	{"ip", "203.0.113.44", 55, risk.Review},
}

// magicFor is the first magic value in v (exact email domain or IP).
func magicFor(v Input) (Magic, bool) {
	for _, m := range MagicValues {
		if (m.Field == "email" && v.emailDomain == m.Value) || (m.Field == "ip" && v.IP == m.Value) {
			return m, true
		}
	}
	return Magic{}, false
}

func (m Magic) reason() reason.Reason {
	what := "an email at " + m.Value
	if m.Field == "ip" {
		what = "the IP " + m.Value
	}
	return reason.Reason{Code: "sandbox", Weight: m.Score,
		Message: "test environment: " + what + " forces the decision " + string(m.Decision)}
}
