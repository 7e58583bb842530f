package rest_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
)

// usvBody is a valid POST /v1/user/verify body every check passes, with
// changes (nil deletes a field).
func usvBody(changes map[string]any) map[string]any {
	b := map[string]any{"email": "ana@shop.example", "phone": "+49301234567", "name": "Ana Lopez", "country": "DE", "role": "seller"}
	for k, v := range changes {
		if v == nil {
			delete(b, k)
			continue
		}
		b[k] = v
	}
	return b
}

func checkResult(obj map[string]any, code string) string {
	cs, _ := obj["checks"].([]any)
	for _, c := range cs {
		if m := c.(map[string]any); m["code"] == code {
			return m["result"].(string)
		}
	}
	return ""
}

// TestUserVerifyEndpoint is the scenario table of POST /v1/user/verify:
// statuses and levels, every magic value on a TEST key and the same on a
// LIVE key, each validation failure, missing scope and module not enabled.
func TestUserVerifyEndpoint(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startFraudServer(t, dbURL)
		key := cs.mustTestKey(t).Secret
		live := cs.mustLiveKey(t, cs.Owner).Secret
		noScope := cs.mustRestrictedKey(t, "kyc:verify").Secret
		verify := func(t *testing.T, k string, body any) v1Response {
			t.Helper()
			return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/user/verify", Key: k, Body: body})
		}

		t.Run("Outcomes", func(t *testing.T) {
			for _, c := range []struct {
				name          string
				key           string
				body          map[string]any
				status, level any
				check, result string
			}{
				{"EverythingPassesIsVerifiedEnhanced", key, usvBody(nil), "verified", "enhanced", "name_screening", "pass"},
				{"ADisposableEmailIsReviewedBasic", key, usvBody(map[string]any{"email": "ana@yopmail.com"}), "review", "basic", "email_domain", "review"},
				{"AScreeningMatchIsReviewedBasic", key, usvBody(map[string]any{"name": "Ivan Sidorov"}), "review", "basic", "name_screening", "review"},
				{"APhoneOfAnotherCountryIsRejected", key, usvBody(map[string]any{"phone": "+33612345678"}), "rejected", nil, "phone_country", "fail"},
				{"ABadPhoneIsRejected", key, usvBody(map[string]any{"phone": "12345"}), "rejected", nil, "phone_format", "fail"},
				{"ABadEmailIsRejected", key, usvBody(map[string]any{"email": "ana at shop"}), "rejected", nil, "email_syntax", "fail"},
				{"AnUnknownCountryIsRejected", key, usvBody(map[string]any{"country": "ZZ"}), "rejected", nil, "country_known", "fail"},
				{"ABlacklistedCountryIsRejected", key, usvBody(map[string]any{"country": "KP", "phone": "+85021234567"}), "rejected", "basic", "country_risk", "fail"},
				{"ABuyerWithoutRole", key, usvBody(map[string]any{"role": nil}), "verified", "enhanced", "email_syntax", "pass"},
				{"MagicNameRejected", key, usvBody(map[string]any{"name": "Rejected"}), "rejected", nil, "sandbox", "fail"},
				{"MagicNameReview", key, usvBody(map[string]any{"name": "Review"}), "review", "basic", "sandbox", "review"},
				{"MagicNameVerified", key, usvBody(map[string]any{"name": "Verified", "email": "x@mailinator.com"}), "verified", "enhanced", "sandbox", "pass"},
				{"MagicPhoneReview", key, usvBody(map[string]any{"phone": "+15005550006", "country": "US"}), "review", "basic", "sandbox", "review"},
				{"MagicPhoneRejected", key, usvBody(map[string]any{"phone": "+15005550001", "country": "US"}), "rejected", nil, "sandbox", "fail"},
				{"ALiveKeyIgnoresNameRejected", live, usvBody(map[string]any{"name": "Rejected"}), "verified", "enhanced", "sandbox", ""},
				{"ALiveKeyIgnoresNameReview", live, usvBody(map[string]any{"name": "Review"}), "verified", "enhanced", "sandbox", ""},
				{"ALiveKeyIgnoresNameVerified", live, usvBody(map[string]any{"name": "Verified", "email": "x@mailinator.com"}), "review", "basic", "sandbox", ""},
				{"ALiveKeyIgnoresPhone0006", live, usvBody(map[string]any{"phone": "+15005550006", "country": "US"}), "verified", "enhanced", "sandbox", ""},
				{"ALiveKeyIgnoresPhone0001", live, usvBody(map[string]any{"phone": "+15005550001", "country": "US"}), "verified", "enhanced", "sandbox", ""},
				{"APortalSessionWorksInTheSandbox", cs.Owner.AccessToken, usvBody(map[string]any{"name": "Rejected"}), "rejected", nil, "sandbox", "fail"},
			} {
				t.Run(c.name, func(t *testing.T) {
					obj := verify(t, c.key, c.body).wantOK(t, http.StatusCreated)
					if obj["status"] != c.status || obj["level"] != c.level || !strings.HasPrefix(obj["id"].(string), "usv_") || checkResult(obj, c.check) != c.result {
						t.Fatalf("verification %v, want %v %v with %s %q", obj, c.status, c.level, c.check, c.result)
					}
				})
			}
		})

		t.Run("ValidationFailuresNameTheField", func(t *testing.T) {
			for _, c := range []struct {
				name, field string
				body        any
			}{
				{"MissingEmail", "email", usvBody(map[string]any{"email": nil})},
				{"MissingPhone", "phone", usvBody(map[string]any{"phone": nil})},
				{"MissingName", "name", usvBody(map[string]any{"name": " "})},
				{"MissingCountry", "country", usvBody(map[string]any{"country": nil})},
				{"ACountryName", "country", usvBody(map[string]any{"country": "Germany"})},
				{"UnknownRole", "role", usvBody(map[string]any{"role": "broker"})},
				{"PhoneAsANumber", "phone", usvBody(map[string]any{"phone": 4930123})},
				{"UnknownField", "date_of_birth", usvBody(map[string]any{"date_of_birth": "1990-01-01"})},
			} {
				t.Run(c.name, func(t *testing.T) {
					env := verify(t, key, c.body).wantError(t, 422, "validation_error")
					if !strings.Contains(env.Message, c.field) {
						t.Fatalf("message %q does not name %s", env.Message, c.field)
					}
				})
			}
		})

		t.Run("AMissingScopeIs403InvalidScope", func(t *testing.T) {
			env := verify(t, noScope, usvBody(nil)).wantError(t, 403, "invalid_scope")
			if !strings.Contains(env.Message, "user:verify") {
				t.Fatalf("message %q does not name the scope", env.Message)
			}
		})

		t.Run("ARevokedKeyAndNoKeyAre401", func(t *testing.T) {
			revoked := cs.mustTestKey(t)
			cs.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/api-keys/" + revoked.ID + "/revoke", Key: cs.Owner.AccessToken}).wantStatus(t, http.StatusOK)
			verify(t, revoked.Secret, usvBody(nil)).wantError(t, 401, "unauthorized")
			verify(t, "", usvBody(nil)).wantError(t, 401, "unauthorized")
		})

		// Last: it turns the module off for the owner's applications.
		t.Run("AModuleNotEnabledIs403ForbiddenNamingModuleAndApplication", func(t *testing.T) {
			enableModules(t, cs, cs.Owner.TenantID, scope.ModuleFraudSignals)
			env := verify(t, key, usvBody(nil)).wantError(t, 403, "forbidden")
			if !strings.Contains(env.Message, "KYC") || !strings.Contains(env.Message, "application") {
				t.Errorf("message %q does not name the module and application", env.Message)
			}
		})
	})
}
