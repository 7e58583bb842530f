package rest_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// startFraudServer is a server whose owner's applications enabled the
// fraud-signals and transaction-monitoring modules before any key was made.
func startFraudServer(t *testing.T, dbURL string) *contractServer {
	t.Helper()
	s := servertest.Start(t, dbURL)
	cs := &contractServer{Server: s, api: v1Client{base: s.URL, client: s.HTTP.Client()}}
	cs.Owner = s.SignUp(t, "owner@fraud.example", "Fraud Watch")
	enableModules(t, cs, cs.Owner.TenantID, scope.ModuleFraudSignals, scope.ModuleTransactionMonitoring, scope.ModuleKYC)
	return cs
}

func reasonCodes(obj map[string]any) []string {
	out := []string{}
	rs, _ := obj["reasons"].([]any)
	for _, r := range rs {
		out = append(out, r.(map[string]any)["code"].(string))
	}
	return out
}

// TestFraudEndpoints is the scenario table of POST /v1/fraud/score, /signals
// and /feedback: outcomes, every magic value on a TEST key and the same on a
// LIVE key, each validation failure, feedback raising a later score and its
// 404s for other tenants' and environments' checks, missing scope and module
// not enabled.
func TestFraudEndpoints(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startFraudServer(t, dbURL)
		key := cs.mustTestKey(t).Secret
		live := cs.mustLiveKey(t, cs.Owner).Secret
		noScope := cs.mustRestrictedKey(t, "transaction:check").Secret
		signalsOnly := cs.mustRestrictedKey(t, "fraud:signals").Secret
		other := cs.SignUp(t, "owner@other.example", "Other Shop")
		enableModules(t, cs, other.TenantID, scope.ModuleFraudSignals)
		theirs := cs.mustKey(t, other.AccessToken, nil).Secret
		post := func(t *testing.T, k, path string, body any) v1Response {
			t.Helper()
			return cs.api.do(t, v1Request{Method: "POST", Path: path, Key: k, Body: body})
		}
		score := func(t *testing.T, k string, body any) map[string]any {
			t.Helper()
			return post(t, k, "/v1/fraud/score", body).wantOK(t, http.StatusCreated)
		}

		t.Run("Score", func(t *testing.T) {
			for _, c := range []struct {
				name     string
				key      string
				body     map[string]any
				decision string
				score    float64
				reasons  string
			}{
				{"ACleanEmailIsApproved", key, map[string]any{"email": "ann@example.com"}, "approve", 0, ""},
				{"ADisposableEmailIsFlaggedInTheReasons", key, map[string]any{"email": "ann@mailinator.com"}, "approve", 30, "disposable_email"},
				{"MagicEmailFraudTestIsDeclined", key, map[string]any{"email": "x@fraud.test"}, "decline", 95, "sandbox"},
				{"MagicEmailReviewFraudTestIsReviewed", key, map[string]any{"email": "x@review.fraud.test"}, "review", 55, "sandbox"},
				{"MagicEmailApproveFraudTestIsApproved", key, map[string]any{"email": "x@approve.fraud.test"}, "approve", 0, "sandbox"},
				{"MagicIP66IsDeclined", key, map[string]any{"ip": "203.0.113.66"}, "decline", 95, "sandbox"},
				{"MagicIP44IsReviewed", key, map[string]any{"ip": "203.0.113.44"}, "review", 55, "sandbox"},
				{"ALiveKeyIgnoresFraudTest", live, map[string]any{"email": "x@fraud.test"}, "approve", 0, ""},
				{"ALiveKeyIgnoresReviewFraudTest", live, map[string]any{"email": "x@review.fraud.test"}, "approve", 0, ""},
				{"ALiveKeyIgnoresIP66", live, map[string]any{"ip": "203.0.113.66"}, "approve", 0, ""},
				{"ALiveKeyIgnoresIP44", live, map[string]any{"ip": "203.0.113.44"}, "approve", 0, ""},
				{"APortalSessionWorksInTheSandbox", cs.Owner.AccessToken, map[string]any{"ip": "203.0.113.66"}, "decline", 95, "sandbox"},
			} {
				t.Run(c.name, func(t *testing.T) {
					obj := score(t, c.key, c.body)
					if obj["decision"] != c.decision || obj["score"] != c.score || !strings.HasPrefix(obj["id"].(string), "frd_") ||
						strings.Join(reasonCodes(obj), ",") != c.reasons {
						t.Fatalf("check %v, want %s %v [%s]", obj, c.decision, c.score, c.reasons)
					}
				})
			}
		})

		t.Run("ValidationFailuresNameTheField", func(t *testing.T) {
			for _, path := range []string{"/v1/fraud/score", "/v1/fraud/signals"} {
				for _, c := range []struct {
					name, field string
					body        any
				}{
					{"NothingToScore", "email", map[string]any{}},
					{"BlankIdentifiers", "email", map[string]any{"email": "", "party": " "}},
					{"BadEmail", "email", map[string]any{"email": "nope"}},
					{"EmailAsANumber", "email", map[string]any{"email": 5}},
					{"BadIP", "ip", map[string]any{"ip": "10.0.0.300"}},
					{"LongDeviceID", "device_id", map[string]any{"device_id": strings.Repeat("d", 401)}},
					{"LongParty", "party", map[string]any{"party": strings.Repeat("p", 401)}},
					{"UnknownField", "phone", map[string]any{"email": "a@example.com", "phone": "+1"}},
				} {
					t.Run(path+"/"+c.name, func(t *testing.T) {
						env := post(t, key, path, c.body).wantError(t, 422, "validation_error")
						if !strings.Contains(env.Message, c.field) {
							t.Fatalf("message %q does not name %s", env.Message, c.field)
						}
					})
				}
			}
		})

		t.Run("SignalsHaveNoDecisionAndStoreNothing", func(t *testing.T) {
			body := map[string]any{"device_id": "dev-signals"}
			for range 3 {
				obj := post(t, key, "/v1/fraud/signals", body).wantOK(t, http.StatusOK)
				if _, ok := obj["decision"]; ok {
					t.Fatalf("signals answer a decision: %v", obj)
				}
				if sig := obj["signals"].(map[string]any); sig["checks_1h"] != float64(0) {
					t.Fatalf("signals counted themselves: %v", obj)
				}
			}
			score(t, key, body)
			obj := post(t, signalsOnly, "/v1/fraud/signals", body).wantOK(t, http.StatusOK)
			if sig := obj["signals"].(map[string]any); sig["checks_1h"] != float64(1) || obj["environment"] != "test" {
				t.Fatalf("after one score: %v", obj)
			}
		})

		t.Run("VelocityCountsStoredChecks", func(t *testing.T) {
			body := map[string]any{"email": "fast@example.com"}
			var last map[string]any
			for range 6 {
				last = score(t, key, body)
			}
			if last["score"] != float64(20) || strings.Join(reasonCodes(last), ",") != "velocity_1h" {
				t.Fatalf("sixth check: %v", last)
			}
			if obj := score(t, live, body); obj["score"] != float64(0) {
				t.Fatalf("live check: %v, want no test history", obj)
			}
		})

		t.Run("Feedback", func(t *testing.T) {
			first := score(t, key, map[string]any{"email": "mallory@example.com", "party": "cust-77"})
			fb := post(t, key, "/v1/fraud/feedback", map[string]any{"check_id": first["id"], "outcome": "fraud", "note": "chargeback"}).wantOK(t, http.StatusCreated)
			if !strings.HasPrefix(fb["id"].(string), "ffb_") || fb["outcome"] != "fraud" || fb["replaced"] != false || fb["check_id"] != first["id"] {
				t.Fatalf("feedback %v", fb)
			}
			later := score(t, key, map[string]any{"party": "cust-77"})
			if later["score"] != float64(60) || later["decision"] != "review" || strings.Join(reasonCodes(later), ",") != "confirmed_fraud" {
				t.Fatalf("a later check of the party: %v", later)
			}
			again := post(t, key, "/v1/fraud/feedback", map[string]any{"check_id": first["id"], "outcome": "legitimate"}).wantOK(t, http.StatusOK)
			if again["id"] != fb["id"] || again["replaced"] != true || again["outcome"] != "legitimate" || again["note"] != nil {
				t.Fatalf("replacing feedback %v", again)
			}
			if obj := score(t, key, map[string]any{"party": "cust-77"}); obj["score"] != float64(0) {
				t.Fatalf("after the replacement: %v", obj)
			}
			txc := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/transaction/check", Key: key,
				Body: txcBody(map[string]any{"party": map[string]any{"id": "payer-fb", "country": "DE"}})}).wantOK(t, http.StatusCreated)
			post(t, key, "/v1/fraud/feedback", map[string]any{"check_id": txc["id"], "outcome": "fraud"}).wantOK(t, http.StatusCreated)
			if obj := score(t, key, map[string]any{"party": "payer-fb"}); obj["score"] != float64(60) {
				t.Fatalf("the payer of a confirmed transaction check: %v", obj)
			}
		})

		t.Run("FeedbackFailures", func(t *testing.T) {
			mine := score(t, key, map[string]any{"email": "a@example.com"})["id"]
			liveCheck := score(t, live, map[string]any{"email": "a@example.com"})["id"]
			theirCheck := score(t, theirs, map[string]any{"email": "a@example.com"})["id"]
			for _, c := range []struct {
				name   string
				body   any
				status int
				code   string
				field  string
			}{
				{"MissingCheckID", map[string]any{"outcome": "fraud"}, 422, "validation_error", "check_id"},
				{"MissingOutcome", map[string]any{"check_id": mine}, 422, "validation_error", "outcome"},
				{"UnknownOutcome", map[string]any{"check_id": mine, "outcome": "chargeback"}, 422, "validation_error", "outcome"},
				{"NotACheckID", map[string]any{"check_id": "esc_01abc", "outcome": "fraud"}, 422, "validation_error", "check_id"},
				{"UnknownField", map[string]any{"check_id": mine, "outcome": "fraud", "amount": 5}, 422, "validation_error", "amount"},
				{"UnknownCheck", map[string]any{"check_id": "frd_01jzzzzzzzzzzzzzzzzzzzzzzz", "outcome": "fraud"}, 404, "not_found", ""},
				{"AnotherEnvironmentsCheck", map[string]any{"check_id": liveCheck, "outcome": "fraud"}, 404, "not_found", ""},
				{"AnotherTenantsCheck", map[string]any{"check_id": theirCheck, "outcome": "fraud"}, 404, "not_found", ""},
			} {
				t.Run(c.name, func(t *testing.T) {
					env := post(t, key, "/v1/fraud/feedback", c.body).wantError(t, c.status, c.code)
					if !strings.Contains(env.Message, c.field) {
						t.Fatalf("message %q does not name %s", env.Message, c.field)
					}
					if strings.Contains(env.Message, other.TenantID) {
						t.Fatalf("message %q leaks the other tenant", env.Message)
					}
				})
			}
			// The other tenant cannot confirm this tenant's check either.
			post(t, theirs, "/v1/fraud/feedback", map[string]any{"check_id": mine, "outcome": "fraud"}).wantError(t, 404, "not_found")
		})

		t.Run("AMissingScopeIs403InvalidScope", func(t *testing.T) {
			for _, c := range []struct{ key, path, scope string }{
				{noScope, "/v1/fraud/score", "fraud:score"},
				{noScope, "/v1/fraud/signals", "fraud:signals"},
				{signalsOnly, "/v1/fraud/feedback", "fraud:score"},
				{signalsOnly, "/v1/fraud/score", "fraud:score"},
			} {
				env := post(t, c.key, c.path, map[string]any{"email": "a@example.com"}).wantError(t, 403, "invalid_scope")
				if !strings.Contains(env.Message, c.scope) {
					t.Errorf("%s: message %q does not name %s", c.path, env.Message, c.scope)
				}
			}
		})

		t.Run("ARevokedKeyAndNoKeyAre401", func(t *testing.T) {
			revoked := cs.mustTestKey(t)
			cs.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/api-keys/" + revoked.ID + "/revoke", Key: cs.Owner.AccessToken}).wantStatus(t, http.StatusOK)
			for _, path := range []string{"/v1/fraud/score", "/v1/fraud/signals", "/v1/fraud/feedback"} {
				post(t, revoked.Secret, path, map[string]any{"email": "a@example.com"}).wantError(t, 401, "unauthorized")
				post(t, "", path, map[string]any{"email": "a@example.com"}).wantError(t, 401, "unauthorized")
			}
		})

		// Last: it turns the module off for the owner's applications.
		t.Run("AModuleNotEnabledIs403ForbiddenNamingModuleAndApplication", func(t *testing.T) {
			enableModules(t, cs, cs.Owner.TenantID, scope.ModuleKYC)
			for _, path := range []string{"/v1/fraud/score", "/v1/fraud/signals", "/v1/fraud/feedback"} {
				env := post(t, key, path, map[string]any{"email": "a@example.com"}).wantError(t, 403, "forbidden")
				if !strings.Contains(env.Message, "FRAUD_SIGNALS") || !strings.Contains(env.Message, "application") {
					t.Errorf("%s: message %q does not name the module and application", path, env.Message)
				}
			}
		})
	})
}
