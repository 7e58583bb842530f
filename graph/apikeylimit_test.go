package graph_test

import (
	"net/http"
	"testing"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// TestAPIKeyRateLimitAndLiveUse: APIKey.rateLimit says the limit the API
// enforces and its source; a call with the key reaches apiKeyChanged as USED
// with lastUsedAt set (the portal's "Last used" moves without a reload);
// rotateApiKey refuses a bad notifyEmails naming the field; another tenant's
// key is not found.
func TestAPIKeyRateLimitAndLiveUse(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		a := s.SignUp(t, "a@limits.example", "Limits A")
		b := s.SignUp(t, "b@limits.example", "Limits B")
		var created struct {
			CreateApiKey struct {
				Secret string
				ApiKey struct{ ID string }
			}
		}
		s.GraphQL(t, a.AccessToken, `mutation { createApiKey(input: {name: "used", environment: TEST}) { secret apiKey { id } } }`, nil).Decode(t, &created)
		id, secret := created.CreateApiKey.ApiKey.ID, created.CreateApiKey.Secret

		t.Run("RateLimitNamesItsSource", func(t *testing.T) {
			var data struct {
				APIKey struct {
					RateLimit struct {
						PerMinute int
						Source    string
						Plan      struct{ ID string }
					}
				}
			}
			s.GraphQL(t, a.AccessToken, `query($id: ID!) { apiKey(id: $id) { rateLimit { perMinute source plan { id } } } }`,
				map[string]any{"id": id}).Decode(t, &data)
			if l := data.APIKey.RateLimit; l.PerMinute != 120 || l.Source != "DEFAULT" || l.Plan.ID != "STARTER" {
				t.Fatalf("rateLimit %+v, want 120 from DEFAULT on STARTER", l)
			}
		})

		t.Run("AnotherTenantsKeyIsNotFound", func(t *testing.T) {
			if err := s.GraphQL(t, b.AccessToken, `query($id: ID!) { apiKey(id: $id) { id rateLimit { perMinute } } }`,
				map[string]any{"id": id}).Err(t); err.Code() != "not_found" {
				t.Fatalf("reading another tenant's key: %+v", err)
			}
			err := s.GraphQL(t, b.AccessToken, `mutation($id: ID!) { rotateApiKey(id: $id, gracePeriodSeconds: 0, notifyEmails: ["x@b.example"]) { secret } }`,
				map[string]any{"id": id}).Err(t)
			if err.Code() != "not_found" {
				t.Fatalf("rotating another tenant's key: %+v", err)
			}
		})

		t.Run("BadNotifyEmailsAreRefusedNamingTheField", func(t *testing.T) {
			err := s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { rotateApiKey(id: $id, gracePeriodSeconds: 3600, notifyEmails: ["ops@a.example", "nope"]) { secret } }`,
				map[string]any{"id": id}).Err(t)
			if err.Code() != "validation_error" || err.Field() != "notifyEmails" {
				t.Fatalf("error %+v, want validation_error on notifyEmails", err)
			}
		})

		t.Run("ACallWithTheKeyIsSeenLive", func(t *testing.T) {
			conn := subscribe(t, s, a.AccessToken, `subscription { apiKeyChanged { type apiKeyId apiKey { lastUsedAt } } }`)
			req, _ := http.NewRequest("GET", s.URL+"/v1/verifications", nil)
			req.Header.Set("Authorization", "Bearer "+secret)
			res, err := s.HTTP.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			_ = res.Body.Close()
			if res.StatusCode != http.StatusOK {
				t.Fatalf("call with the key: %d", res.StatusCode)
			}
			change := next(t, conn)["apiKeyChanged"].(map[string]any)
			if change["type"] != "USED" || change["apiKeyId"] != id || change["apiKey"].(map[string]any)["lastUsedAt"] == nil {
				t.Fatalf("change %+v, want USED with lastUsedAt", change)
			}
		})
	})
}
