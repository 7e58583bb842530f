package rest_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

// kycBody is a valid POST /v1/kyc/verify body with changes.
func kycBody(changes map[string]any) map[string]any {
	b := map[string]any{"first_name": "Ada", "last_name": "Lovelace", "date_of_birth": "1990-05-17", "country": "GB",
		"document_type": "passport", "document_number": "123456789", "reference": "cust-7"}
	for k, v := range changes {
		if v == nil {
			delete(b, k)
			continue
		}
		b[k] = v
	}
	return b
}

// TestKYCEndpoints is the scenario table of the KYC module's endpoints:
// success, each validation failure, missing scope, module not enabled, other
// tenant's and environment's ids, every magic value, the test helper, and
// the kyc.status_changed webhooks a real receiver gets.
func TestKYCEndpoints(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL, servertest.AllowPrivateWebhooks)
		cs := &contractServer{Server: s, api: v1Client{base: s.URL, client: s.HTTP.Client()}}
		cs.Owner = s.SignUp(t, "owner@kyc.example", "KYC Fintech") // FINTECH: the KYC module is on
		key := cs.mustTestKey(t).Secret
		noScope := cs.mustRestrictedKey(t, "verification:read").Secret
		live := cs.mustLiveKey(t, cs.Owner).Secret
		other := s.SignUp(t, "owner@other.example", "Other Fintech")
		otherKey := cs.mustKey(t, other.AccessToken, nil).Secret

		// A webhook receiver for the sandbox's events.
		got := make(chan map[string]any, 64)
		receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			raw, _ := io.ReadAll(r.Body)
			var e map[string]any
			if json.Unmarshal(raw, &e) == nil {
				got <- e
			}
			w.WriteHeader(http.StatusNoContent)
		}))
		t.Cleanup(receiver.Close)
		s.GraphQL(t, cs.Owner.AccessToken, `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
			map[string]any{"input": map[string]any{"url": receiver.URL + "/hooks", "environment": "TEST", "eventTypes": []string{"kyc.status_changed"}}}).Decode(t, &map[string]any{})

		verify := func(t *testing.T, k string, body map[string]any) v1Response {
			t.Helper()
			return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/kyc/verify", Key: k, Body: body})
		}

		t.Run("Verify", func(t *testing.T) {
			for _, c := range []struct {
				name       string
				key        string
				body       map[string]any
				wantStatus string
			}{
				{"AWellFormedAdultIsVerified", key, kycBody(nil), "verified"},
				{"AMalformedPassportIsRejected", key, kycBody(map[string]any{"document_number": "AB12"}), "rejected"},
				{"AListedNameGoesToReview", key, kycBody(map[string]any{"first_name": "Ivan", "last_name": "Sidorov"}), "review"},
				{"AMinorIsRejected", key, kycBody(map[string]any{"date_of_birth": time.Now().AddDate(-17, 0, 0).Format(time.DateOnly)}), "rejected"},
				{"MagicRejected", key, kycBody(map[string]any{"last_name": "Rejected"}), "rejected"},
				{"MagicReview", key, kycBody(map[string]any{"last_name": "Review"}), "review"},
				{"MagicPending", key, kycBody(map[string]any{"last_name": "pending"}), "pending"},
				{"MagicVerifiedOverridesAFailure", key, kycBody(map[string]any{"last_name": "Verified", "document_number": "x1"}), "verified"},
				{"ALiveKeyIgnoresMagicValues", live, kycBody(map[string]any{"last_name": "Rejected"}), "verified"},
				{"APortalSessionWorksInTheSandbox", cs.Owner.AccessToken, kycBody(map[string]any{"last_name": "Review"}), "review"},
			} {
				t.Run(c.name, func(t *testing.T) {
					obj := verify(t, c.key, c.body).wantOK(t, http.StatusCreated)
					if obj["status"] != c.wantStatus || !strings.HasPrefix(obj["id"].(string), "kyc_") {
						t.Fatalf("status %v id %v, want %s: %v", obj["status"], obj["id"], c.wantStatus, obj)
					}
					if doc := obj["document"].(map[string]any); len(doc["last4"].(string)) > 4 {
						t.Errorf("document %v keeps more than four characters", doc)
					}
				})
			}
		})

		t.Run("ValidationFailuresNameTheField", func(t *testing.T) {
			for _, c := range []struct {
				field string
				body  any
			}{
				{"first_name", kycBody(map[string]any{"first_name": nil})},
				{"last_name", kycBody(map[string]any{"last_name": "  "})},
				{"date_of_birth", kycBody(map[string]any{"date_of_birth": "17/05/1990"})},
				{"date_of_birth", kycBody(map[string]any{"date_of_birth": "2999-01-01"})},
				{"country", kycBody(map[string]any{"country": "ZZ"})},
				{"document_type", kycBody(map[string]any{"document_type": "library_card"})},
				{"document_number", kycBody(map[string]any{"document_number": nil})},
				{"first_name", kycBody(map[string]any{"first_name": 7})},
				{"nickname", kycBody(map[string]any{"nickname": "Ada"})},
			} {
				t.Run(c.field, func(t *testing.T) {
					env := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/kyc/verify", Key: key, Body: c.body}).wantError(t, 422, "validation_error")
					if !strings.Contains(env.Message, c.field) {
						t.Fatalf("message %q does not name %s", env.Message, c.field)
					}
				})
			}
		})

		created := verify(t, key, kycBody(map[string]any{"last_name": "Pending"})).wantOK(t, http.StatusCreated)
		id := created["id"].(string)
		liveCheck := verify(t, live, kycBody(nil)).wantOK(t, http.StatusCreated)["id"].(string)

		t.Run("Get", func(t *testing.T) {
			for _, c := range []struct {
				name, key, id string
				status        int
				code          string
			}{
				{"TheCallersCheckIs200", key, id, 200, ""},
				{"ALiveCheckWithATestKeyIs404", key, liveCheck, 404, "not_found"},
				{"ATestCheckWithALiveKeyIs404", live, id, 404, "not_found"},
				{"AnotherTenantsCheckIs404", otherKey, id, 404, "not_found"},
				{"AnUnknownIdIs404", key, "kyc_01jd000000000000000000000", 404, "not_found"},
				{"WithoutTheScopeIs403InvalidScope", noScope, id, 403, "invalid_scope"},
			} {
				t.Run(c.name, func(t *testing.T) {
					res := cs.api.do(t, v1Request{Method: "GET", Path: "/v1/kyc/" + c.id, Key: c.key})
					if c.code == "" {
						if obj := res.wantOK(t, c.status); obj["id"] != c.id {
							t.Fatalf("read %v, want %s", obj["id"], c.id)
						}
						return
					}
					res.wantError(t, c.status, c.code)
				})
			}
		})

		t.Run("TestHelperComplete", func(t *testing.T) {
			pending := func(t *testing.T) string {
				t.Helper()
				return verify(t, key, kycBody(map[string]any{"last_name": "Pending"})).wantOK(t, 201)["id"].(string)
			}
			for _, c := range []struct {
				name   string
				key    string
				id     string
				body   any
				status int
				want   string // the check's status, or the error code
			}{
				{"WithoutABodyItIsVerified", key, pending(t), nil, 200, "verified"},
				{"RejectedOnRequest", key, pending(t), map[string]any{"status": "rejected"}, 200, "rejected"},
				{"AnUnknownStatusIs422", key, pending(t), map[string]any{"status": "maybe"}, 422, "validation_error"},
				{"ADecidedCheckIs409", key, verify(t, key, kycBody(nil)).wantOK(t, 201)["id"].(string), nil, 409, "conflict"},
				{"ALiveKeyIs403", live, liveCheck, nil, 403, "forbidden"},
				{"AnotherTenantsCheckIs404", otherKey, pending(t), nil, 404, "not_found"},
				{"WithoutTheScopeIs403InvalidScope", noScope, pending(t), nil, 403, "invalid_scope"},
			} {
				t.Run(c.name, func(t *testing.T) {
					res := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/test_helpers/kyc/" + c.id + "/complete", Key: c.key, Body: c.body})
					if c.status != 200 {
						res.wantError(t, c.status, c.want)
						return
					}
					if obj := res.wantOK(t, 200); obj["status"] != c.want || obj["decided_at"] == nil {
						t.Fatalf("completed: %v", obj)
					}
				})
			}
		})

		t.Run("AMissingScopeIs403InvalidScope", func(t *testing.T) {
			env := verify(t, noScope, kycBody(nil)).wantError(t, 403, "invalid_scope")
			if !strings.Contains(env.Message, "kyc:verify") {
				t.Fatalf("message %q does not name the scope", env.Message)
			}
		})

		t.Run("WebhooksArriveForEveryStatus", func(t *testing.T) {
			made := verify(t, key, kycBody(map[string]any{"last_name": "Pending", "reference": "hook-ref"})).wantOK(t, 201)["id"].(string)
			cs.api.do(t, v1Request{Method: "POST", Path: "/v1/test_helpers/kyc/" + made + "/complete", Key: key,
				Body: map[string]any{"status": "rejected"}}).wantStatus(t, 200)
			var seen []string
			deadline := time.After(20 * time.Second)
			for len(seen) < 2 {
				select {
				case e := <-got:
					if e["event_type"] == "kyc.status_changed" && e["kyc_id"] == made {
						if e["reference"] != "hook-ref" || e["environment"] != "test" {
							t.Errorf("event %v", e)
						}
						seen = append(seen, e["status"].(string))
					}
				case <-deadline:
					t.Fatalf("kyc.status_changed webhooks received for %s: %v, want pending and rejected", made, seen)
				}
			}
			if !(seen[0] == "pending" && seen[1] == "rejected") && !(seen[0] == "rejected" && seen[1] == "pending") {
				t.Fatalf("statuses %v, want pending and rejected", seen)
			}
		})

		// Last: it turns the module off for the owner's application.
		t.Run("AModuleNotEnabledIs403ForbiddenNamingModuleAndApplication", func(t *testing.T) {
			if err := cs.DB.Client.Application.Update().Where(entapp.TenantID(cs.Owner.TenantID)).
				SetRequiredModules([]scope.Module{scope.ModuleEscrow}).Exec(testkit.System()); err != nil {
				t.Fatal(err)
			}
			for _, req := range []v1Request{
				{Method: "POST", Path: "/v1/kyc/verify", Key: key, Body: kycBody(nil)},
				{Method: "GET", Path: "/v1/kyc/" + id, Key: key},
				{Method: "POST", Path: "/v1/test_helpers/kyc/" + id + "/complete", Key: key},
			} {
				env := cs.api.do(t, req).wantError(t, 403, "forbidden")
				if !strings.Contains(env.Message, "KYC") || !strings.Contains(env.Message, "application") {
					t.Errorf("%s %s: message %q does not name the module and application", req.Method, req.Path, env.Message)
				}
			}
			// A portal session has no application: the module does not gate it.
			cs.api.do(t, v1Request{Method: "GET", Path: "/v1/kyc/" + id, Key: cs.Owner.AccessToken}).wantStatus(t, 200)
		})
	})
}
