package fraud_test

import (
	"testing"

	"github.com/keybs/platform/internal/fraud"
	"github.com/keybs/platform/internal/risk"
)

func TestDisposable(t *testing.T) {
	for domain, want := range map[string]bool{
		"mailinator.com": true, "MAILINATOR.COM": true, "eu.mailinator.com": true, "mailinator.com.": true,
		"example.com": false, "notmailinator.com": false, "com": false, "": false, "fraud.test": false,
	} {
		if got := fraud.Disposable(domain); got != want {
			t.Errorf("Disposable(%q) = %v, want %v", domain, got, want)
		}
	}
}

// TestReasons pins each rule's thresholds and weights on Signals alone.
func TestReasons(t *testing.T) {
	for _, c := range []struct {
		name     string
		s        fraud.Signals
		score    int
		decision risk.Decision
	}{
		{"NothingIsZero", fraud.Signals{}, 0, risk.Approve},
		{"OneDecline", fraud.Signals{EarlierDeclines: 1}, fraud.DeclinesWeight, risk.Approve},
		{"ThreeDeclines", fraud.Signals{EarlierDeclines: 3}, fraud.DeclinesHighWeight, risk.Review},
		{"OneDispute", fraud.Signals{Disputes: 1}, fraud.DisputesWeight, risk.Approve},
		{"ThreeDisputes", fraud.Signals{Disputes: 3}, fraud.DisputesHighWeight, risk.Approve},
		{"FourChecksInTheHourIsCalm", fraud.Signals{Checks1h: 4, Checks24h: 4, VelocityOf: "ip"}, 0, risk.Approve},
		{"FiveChecksInTheHour", fraud.Signals{Checks1h: 5, Checks24h: 5, VelocityOf: "ip"}, fraud.Velocity1hWeight, risk.Approve},
		{"TenChecksInTheHourAndTwentyInTheDay", fraud.Signals{Checks1h: 10, Checks24h: 20, VelocityOf: "ip"}, fraud.Velocity1hHighWeight + fraud.Velocity24hWeight, risk.Review},
		{"ConfirmedFraudIsReviewed", fraud.Signals{ConfirmedFraud: 1}, fraud.ConfirmedFraudWeight, risk.Review},
		{"ConfirmedLegitimateCountsNothing", fraud.Signals{ConfirmedLegitimate: 4}, 0, risk.Approve},
		{"ConfirmedFraudAndADisposableEmailIsDeclined", fraud.Signals{ConfirmedFraud: 1, DisposableEmail: true}, 90, risk.Decline},
		{"EverythingIsCappedAt100", fraud.Signals{DisposableEmail: true, EarlierDeclines: 5, Disputes: 5, Checks1h: 20, Checks24h: 40, ConfirmedFraud: 2}, 100, risk.Decline},
	} {
		t.Run(c.name, func(t *testing.T) {
			reasons, score := fraud.Reasons(c.s)
			if score != c.score || fraud.DecisionFor(score) != c.decision {
				t.Fatalf("score %d (%s), want %d (%s): %+v", score, fraud.DecisionFor(score), c.score, c.decision, reasons)
			}
			for _, r := range reasons {
				if r.Code == "" || r.Message == "" {
					t.Errorf("reason without code or message: %+v", r)
				}
			}
		})
	}
}
