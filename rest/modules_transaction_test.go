package rest_test

import (
	"net/http"
	"strings"
	"testing"

	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

// txcBody is a valid POST /v1/transaction/check body no rule fires on, with
// changes (nil deletes a field).
func txcBody(changes map[string]any) map[string]any {
	b := map[string]any{"amount": 12500, "currency": "EUR", "account_currency": "EUR",
		"party": map[string]any{"id": "cust-1", "country": "DE"}, "counterparty": map[string]any{"id": "shop-1", "country": "FR"}, "reference": "order-1"}
	for k, v := range changes {
		if v == nil {
			delete(b, k)
			continue
		}
		b[k] = v
	}
	return b
}

// TestTransactionCheckEndpoint is the scenario table of POST
// /v1/transaction/check: decisions, every magic value in TEST and not in
// LIVE, the key's currency type, each validation failure, missing scope and
// module not enabled.
func TestTransactionCheckEndpoint(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		cs := &contractServer{Server: s, api: v1Client{base: s.URL, client: s.HTTP.Client()}}
		cs.Owner = s.SignUp(t, "owner@payments.example", "Risky Fintech") // FINTECH: transaction monitoring is on
		key := cs.mustTestKey(t).Secret
		crypto := cs.mustKey(t, cs.Owner.AccessToken, map[string]any{"currency_type": "crypto"}).Secret
		live := cs.mustLiveKey(t, cs.Owner).Secret
		noScope := cs.mustRestrictedKey(t, "kyc:verify").Secret
		check := func(t *testing.T, k string, body any) v1Response {
			t.Helper()
			return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/transaction/check", Key: k, Body: body})
		}

		t.Run("Decisions", func(t *testing.T) {
			for _, c := range []struct {
				name     string
				key      string
				body     map[string]any
				decision string
				score    float64
			}{
				{"ACalmPaymentIsApproved", key, txcBody(nil), "approve", 0},
				{"ALargeCrossCurrencyPaymentIsReviewed", key, txcBody(map[string]any{"amount": 1_250_000, "account_currency": "USD"}), "review", 40},
				{"ABlacklistedCounterpartyIsDeclined", key, txcBody(map[string]any{"counterparty": map[string]any{"id": "x", "country": "KP"}}), "decline", 70},
				{"ACryptoKeyChecksUSDC", crypto, txcBody(map[string]any{"currency": "usdc", "account_currency": "USDC"}), "approve", 0},
				{"Magic66600IsDeclined", key, txcBody(map[string]any{"amount": 66600}), "decline", 100},
				{"Magic44400IsReviewed", key, txcBody(map[string]any{"amount": 44400}), "review", 50},
				{"Magic22200IsApprovedDespiteTheRules", key, txcBody(map[string]any{"amount": 22200, "party": map[string]any{"id": "p", "country": "IR"}}), "approve", 0},
				{"ALiveKeyIgnores66600", live, txcBody(map[string]any{"amount": 66600}), "approve", 0},
				{"ALiveKeyIgnores22200", live, txcBody(map[string]any{"amount": 22200, "party": map[string]any{"id": "p", "country": "IR"}}), "decline", 70},
				{"APortalSessionWorksInTheSandbox", cs.Owner.AccessToken, txcBody(map[string]any{"amount": 44400}), "review", 50},
			} {
				t.Run(c.name, func(t *testing.T) {
					obj := check(t, c.key, c.body).wantOK(t, http.StatusCreated)
					if obj["decision"] != c.decision || obj["risk_score"] != c.score || !strings.HasPrefix(obj["id"].(string), "txc_") {
						t.Fatalf("check %v, want %s with score %v", obj, c.decision, c.score)
					}
				})
			}
		})

		t.Run("ValidationFailuresNameTheField", func(t *testing.T) {
			for _, c := range []struct {
				name, key, field string
				body             any
			}{
				{"MissingAmount", key, "amount", txcBody(map[string]any{"amount": nil})},
				{"ZeroAmount", key, "amount", txcBody(map[string]any{"amount": 0})},
				{"FractionalAmount", key, "amount", txcBody(map[string]any{"amount": 12.5})},
				{"AmountAsAString", key, "amount", txcBody(map[string]any{"amount": "125"})},
				{"MissingCurrency", key, "currency", txcBody(map[string]any{"currency": nil})},
				{"UnknownCurrency", key, "currency", txcBody(map[string]any{"currency": "EUX"})},
				{"CryptoOnAFiatKey", key, "currency", txcBody(map[string]any{"currency": "BTC"})},
				{"FiatOnACryptoKey", crypto, "currency", txcBody(map[string]any{"account_currency": nil})},
				{"CryptoAccountOnAFiatKey", key, "account_currency", txcBody(map[string]any{"account_currency": "ETH"})},
				{"MissingParty", key, "party.id", txcBody(map[string]any{"party": nil})},
				{"InvalidPartyCountry", key, "party.country", txcBody(map[string]any{"party": map[string]any{"id": "p", "country": "XX"}})},
				{"CounterpartyCountryWithoutId", key, "counterparty.id", txcBody(map[string]any{"counterparty": map[string]any{"country": "FR"}})},
				{"UnknownPartyField", key, "iban", txcBody(map[string]any{"party": map[string]any{"id": "p", "country": "DE", "iban": "x"}})},
				{"UnknownField", key, "card_number", txcBody(map[string]any{"card_number": "4242"})},
			} {
				t.Run(c.name, func(t *testing.T) {
					env := check(t, c.key, c.body).wantError(t, 422, "validation_error")
					if !strings.Contains(env.Message, c.field) {
						t.Fatalf("message %q does not name %s", env.Message, c.field)
					}
				})
			}
		})

		t.Run("VelocityCountsThePartysStoredChecks", func(t *testing.T) {
			body := txcBody(map[string]any{"party": map[string]any{"id": "velocity-party", "country": "DE"}})
			var last map[string]any
			for range 6 {
				last = check(t, key, body).wantOK(t, http.StatusCreated)
			}
			if last["risk_score"] != float64(20) {
				t.Fatalf("the sixth check in a row: %v, want the velocity rule's 20", last)
			}
			// The same party id under another key type's environment is
			// not this party: LIVE starts from nothing.
			if obj := check(t, live, body).wantOK(t, http.StatusCreated); obj["risk_score"] != float64(0) {
				t.Fatalf("live check of the party: %v, want score 0", obj)
			}
		})

		t.Run("AMissingScopeIs403InvalidScope", func(t *testing.T) {
			env := check(t, noScope, txcBody(nil)).wantError(t, 403, "invalid_scope")
			if !strings.Contains(env.Message, "transaction:check") {
				t.Fatalf("message %q does not name the scope", env.Message)
			}
		})

		// Last: it turns the module off for the owner's application.
		t.Run("AModuleNotEnabledIs403ForbiddenNamingModuleAndApplication", func(t *testing.T) {
			if err := cs.DB.Client.Application.Update().Where(entapp.TenantID(cs.Owner.TenantID)).
				SetRequiredModules([]scope.Module{scope.ModuleKYC}).Exec(testkit.System()); err != nil {
				t.Fatal(err)
			}
			env := check(t, key, txcBody(nil)).wantError(t, 403, "forbidden")
			if !strings.Contains(env.Message, "TRANSACTION_MONITORING") || !strings.Contains(env.Message, "application") {
				t.Errorf("message %q does not name the module and application", env.Message)
			}
		})
	})
}
