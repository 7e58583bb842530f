package risk_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/riskcheck"
	"github.com/keybs/platform/internal/currency"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/risk"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
)

func amount(n int64) *int64 { return &n }

// payment is a valid input no rule fires on.
func payment(change func(*risk.TransactionInput)) risk.TransactionInput {
	in := risk.TransactionInput{Amount: amount(12_500), Currency: "eur", AccountCurrency: "EUR",
		Party: risk.Party{ID: "cust-1", Country: "de"}, Counterparty: risk.Party{ID: "shop-1", Country: "FR"}, Reference: "order-1"}
	if change != nil {
		change(&in)
	}
	return in
}

// keyOf is an API key context with a currency type.
func keyOf(tenantID string, env environment.Environment, currencyType string) context.Context {
	return testkit.As(&viewer.Principal{Kind: viewer.KindAPIKey, TenantID: tenantID, KeyID: "key_" + env.Lower(), KeyKind: "SECRET",
		ApplicationID: "app_1", Environment: env, Scopes: []string{"transaction:check"}, CurrencyType: currencyType, RateLimitPerMinute: 120})
}

func TestCheckTransaction(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		clock := testkit.NewClock(testkit.Epoch)
		svc := risk.NewService(db.Client, clock.Now)
		tn := testkit.MustTenant(t, db.Client, "risk", membership.RoleOWNER, membership.RoleVIEWER)
		testKey := keyOf(tn.ID, environment.Test, currency.Fiat)
		liveKey := keyOf(tn.ID, environment.Live, currency.Fiat)
		cryptoKey := keyOf(tn.ID, environment.Test, currency.Crypto)

		t.Run("Outcomes", func(t *testing.T) {
			for _, c := range []struct {
				name     string
				ctx      context.Context
				in       risk.TransactionInput
				decision riskcheck.Decision
				score    int
			}{
				{"ACalmPaymentIsApproved", testKey, payment(nil), riskcheck.DecisionAPPROVE, 0},
				{"ABlacklistedPayeeIsDeclined", testKey, payment(func(i *risk.TransactionInput) { i.Counterparty.Country = "KP" }), riskcheck.DecisionDECLINE, risk.BlacklistScore},
				{"ALargeCrossCurrencyPaymentIsReviewed", liveKey, payment(func(i *risk.TransactionInput) { i.Amount, i.AccountCurrency = amount(2_000_000), "USD" }), riskcheck.DecisionREVIEW, risk.LargeScore + risk.CurrencyMismatchScore},
				{"ACryptoKeyChecksBTC", cryptoKey, payment(func(i *risk.TransactionInput) { i.Currency, i.AccountCurrency = "BTC", "btc" }), riskcheck.DecisionAPPROVE, 0},
				{"MagicDeclineInTest", testKey, payment(func(i *risk.TransactionInput) { i.Amount = amount(66600) }), riskcheck.DecisionDECLINE, 100},
				{"MagicReviewInTest", testKey, payment(func(i *risk.TransactionInput) { i.Amount = amount(44400) }), riskcheck.DecisionREVIEW, 50},
				{"MagicApproveOverridesABlacklist", testKey, payment(func(i *risk.TransactionInput) { i.Amount, i.Party.Country = amount(22200), "IR" }), riskcheck.DecisionAPPROVE, 0},
				{"LiveIgnoresMagicDecline", liveKey, payment(func(i *risk.TransactionInput) { i.Amount = amount(66600) }), riskcheck.DecisionAPPROVE, 0},
				{"LiveIgnoresMagicApprove", liveKey, payment(func(i *risk.TransactionInput) { i.Amount, i.Party.Country = amount(22200), "IR" }), riskcheck.DecisionDECLINE, risk.BlacklistScore},
				{"APortalSessionChecksInTheSandbox", testkit.Owner(tn.ID), payment(func(i *risk.TransactionInput) { i.Amount = amount(44400) }), riskcheck.DecisionREVIEW, 50},
			} {
				t.Run(c.name, func(t *testing.T) {
					got, err := svc.CheckTransaction(c.ctx, c.in)
					if err != nil {
						t.Fatal(err)
					}
					if got.Decision != c.decision || got.RiskScore != c.score || !strings.HasPrefix(got.ID, "txc_") || len(got.Reasons) < len(risk.Rules) {
						t.Fatalf("check %s: %s %d %+v; want %s %d", got.ID, got.Decision, got.RiskScore, got.Reasons, c.decision, c.score)
					}
				})
			}
		})

		t.Run("VelocityIsReadFromStoredHistory", func(t *testing.T) {
			in := payment(func(i *risk.TransactionInput) { i.Party.ID = "fast-payer" })
			scores := []int{}
			for range risk.VelocityElevated + 1 {
				got, err := svc.CheckTransaction(testKey, in)
				if err != nil {
					t.Fatal(err)
				}
				scores = append(scores, got.RiskScore)
				clock.Advance(time.Minute)
			}
			if scores[risk.VelocityElevated-1] != 0 || scores[risk.VelocityElevated] != risk.VelocityScore {
				t.Fatalf("scores %v: the check after %d earlier ones should add %d", scores, risk.VelocityElevated, risk.VelocityScore)
			}
			// Another environment's and tenant's checks of the same party id
			// are not this party's history.
			got, err := svc.CheckTransaction(liveKey, in)
			if err != nil || got.RiskScore != 0 {
				t.Fatalf("live check of the party: %v %v, want score 0", got, err)
			}
			other := testkit.MustTenant(t, db.Client, "risk-other", membership.RoleOWNER)
			got, err = svc.CheckTransaction(keyOf(other.ID, environment.Test, currency.Fiat), in)
			if err != nil || got.RiskScore != 0 {
				t.Fatalf("another tenant's check of the party: %v %v, want score 0", got, err)
			}
			// An hour later the window has passed.
			clock.Advance(time.Hour)
			got, err = svc.CheckTransaction(testKey, in)
			if err != nil || got.RiskScore != 0 {
				t.Fatalf("an hour later: %v %v, want score 0", got, err)
			}
		})

		t.Run("RefusalsNameTheField", func(t *testing.T) {
			for _, c := range []struct {
				name, field string
				ctx         context.Context
				in          risk.TransactionInput
			}{
				{"MissingAmount", "amount", testKey, payment(func(i *risk.TransactionInput) { i.Amount = nil })},
				{"ZeroAmount", "amount", testKey, payment(func(i *risk.TransactionInput) { i.Amount = amount(0) })},
				{"NegativeAmount", "amount", testKey, payment(func(i *risk.TransactionInput) { i.Amount = amount(-5) })},
				{"MissingCurrency", "currency", testKey, payment(func(i *risk.TransactionInput) { i.Currency = "" })},
				{"UnknownCurrency", "currency", testKey, payment(func(i *risk.TransactionInput) { i.Currency = "EUX" })},
				{"CryptoOnAFiatKey", "currency", testKey, payment(func(i *risk.TransactionInput) { i.Currency = "BTC" })},
				{"FiatOnACryptoKey", "currency", cryptoKey, payment(func(i *risk.TransactionInput) { i.AccountCurrency = "" })},
				{"CryptoAccountOnAFiatKey", "account_currency", testKey, payment(func(i *risk.TransactionInput) { i.AccountCurrency = "ETH" })},
				{"MissingParty", "party.id", testKey, payment(func(i *risk.TransactionInput) { i.Party.ID = " " })},
				{"MissingPartyCountry", "party.country", testKey, payment(func(i *risk.TransactionInput) { i.Party.Country = "" })},
				{"InvalidPartyCountry", "party.country", testKey, payment(func(i *risk.TransactionInput) { i.Party.Country = "XX" })},
				{"InvalidCounterpartyCountry", "counterparty.country", testKey, payment(func(i *risk.TransactionInput) { i.Counterparty.Country = "Germany" })},
				{"ACounterpartyCountryWithoutId", "counterparty.id", testKey, payment(func(i *risk.TransactionInput) { i.Counterparty.ID = "" })},
				{"OverlongReference", "reference", testKey, payment(func(i *risk.TransactionInput) { i.Reference = strings.Repeat("r", 401) })},
			} {
				t.Run(c.name, func(t *testing.T) {
					_, err := svc.CheckTransaction(c.ctx, c.in)
					fe := fault.From(err)
					if err == nil || fe.Kind != fault.Invalid || fe.Field != c.field || !strings.Contains(fe.Message, c.field) {
						t.Fatalf("err = %v, want a 422 naming %s", err, c.field)
					}
				})
			}
		})

		t.Run("AViewerSessionMayNotCheck", func(t *testing.T) {
			_, err := svc.CheckTransaction(testkit.As(&viewer.Principal{Kind: viewer.KindSession, UserID: "usr_v", TenantID: tn.ID, Role: viewer.RoleViewer}), payment(nil))
			if !fault.Is(err, fault.Forbidden) {
				t.Fatalf("err = %v, want forbidden", err)
			}
		})
	})
}
