package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// TestDatabaseOutage stops the server's own PostgreSQL under it: callers
// get 503 service_unavailable with Retry-After (REST envelope, GraphQL
// extensions.code), /readyz fails, and once the database is back the server
// serves again by itself, having lost no request-log row.
func TestDatabaseOutage(t *testing.T) {
	pg := testdb.NewCluster(t)
	s := servertest.Start(t, pg.URL(), servertest.AllowPrivateWebhooks)
	owner := s.SignUp(t, "owner@acme.example", "Acme")
	key := createTestKey(t, s, owner.AccessToken)
	events := make(chan string, 64)
	receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var e struct {
			EventType string `json:"event_type"`
		}
		_ = json.NewDecoder(r.Body).Decode(&e)
		events <- e.EventType
	}))
	t.Cleanup(receiver.Close)
	s.GraphQL(t, owner.AccessToken, `mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { secret } }`,
		map[string]any{"in": map[string]any{"url": receiver.URL, "environment": "TEST", "eventTypes": []string{"verification.submitted"}}}).
		Decode(t, &struct{}{})
	submit := func() {
		body, _ := json.Marshal(map[string]any{"supplier_name": "Outage Co", "country_code": "GB", "tier": "tier1",
			"package": "basic", "contact_email": "ops@outage.example"})
		req, _ := http.NewRequest(http.MethodPost, s.URL+"/v1/verifications", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+key)
		req.Header.Set("Content-Type", "application/json")
		res, err := s.HTTP.Client().Do(req)
		servertest.Must(t, err)
		res.Body.Close()
		if res.StatusCode != http.StatusCreated {
			t.Fatalf("submit: %d", res.StatusCode)
		}
	}
	call := func() (*http.Response, []byte) {
		req, _ := http.NewRequest(http.MethodGet, s.URL+"/v1/verifications?limit=1", nil)
		req.Header.Set("Authorization", "Bearer "+key)
		res, err := s.HTTP.Client().Do(req)
		servertest.Must(t, err)
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, b
	}
	ok := 0
	for range 3 {
		if res, b := call(); res.StatusCode != http.StatusOK {
			t.Fatalf("before the outage: %d %s", res.StatusCode, b)
		}
		ok++
	}

	submit() // its webhook may still be pending when the database goes
	pg.Stop()
	t.Run("RESTAnswers503WithRetryAfter", func(t *testing.T) {
		res, b := call()
		var env struct {
			Error struct{ Code, Message string }
		}
		_ = json.Unmarshal(b, &env)
		if res.StatusCode != http.StatusServiceUnavailable || env.Error.Code != "service_unavailable" || res.Header.Get("Retry-After") == "" {
			t.Fatalf("during the outage: %d %s (Retry-After %q)", res.StatusCode, b, res.Header.Get("Retry-After"))
		}
	})
	t.Run("GraphQLSaysServiceUnavailable", func(t *testing.T) {
		e := s.GraphQL(t, owner.AccessToken, `{ viewer { email } }`, nil).Err(t)
		if e.Code() != "service_unavailable" || e.Extensions["retryAfterSeconds"] == nil {
			t.Fatalf("during the outage: %+v", e)
		}
	})
	t.Run("ReadinessFails", func(t *testing.T) {
		res, err := s.HTTP.Client().Get(s.URL + "/readyz")
		servertest.Must(t, err)
		res.Body.Close()
		if res.StatusCode != http.StatusServiceUnavailable {
			t.Fatalf("/readyz during the outage: %d", res.StatusCode)
		}
	})

	pg.Start()
	t.Run("TheServerRecoversByItself", func(t *testing.T) {
		deadline := time.Now().Add(30 * time.Second)
		for {
			res, b := call()
			if res.StatusCode == http.StatusOK {
				ok++
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("30 s after the database came back: %d %s", res.StatusCode, b)
			}
			time.Sleep(100 * time.Millisecond)
		}
		res, err := s.HTTP.Client().Get(s.URL + "/readyz")
		servertest.Must(t, err)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("/readyz after recovery: %d", res.StatusCode)
		}
		s.GraphQL(t, owner.AccessToken, `{ viewer { email } }`, nil).Decode(t, &struct{}{})
	})
	t.Run("EveryCommittedEventIsDelivered", func(t *testing.T) {
		submit() // committed after the recovery, announced by a reconnected listener
		for got := 0; got < 2; {
			select {
			case typ := <-events:
				if typ == "verification.submitted" {
					got++
				}
			// An attempt claimed just before the outage, whose result could not
			// be recorded, is sent again once its lease (twice the 15 s attempt
			// time-out) ends: wait past that, not just for a fresh event.
			case <-time.After(90 * time.Second):
				t.Fatalf("%d of 2 verification.submitted webhooks within 90 s of the outage", got)
			}
		}
	})
	t.Run("NoRequestLogRowIsLost", func(t *testing.T) {
		ok++            // the submit after the recovery
		s.Usage.Close() // writes what is queued, as a clean stop does
		n := s.DB.Client.RequestLog.Query().CountX(privacy.DecisionContext(t.Context(), privacy.Allow))
		if n < ok {
			t.Fatalf("%d request-log rows for %d answered calls", n, ok)
		}
	})
}

// createTestKey creates a TEST secret key through GraphQL and returns it.
func createTestKey(t *testing.T, s *servertest.Server, token string) string {
	t.Helper()
	var k struct {
		CreateApiKey struct{ Secret string }
	}
	s.GraphQL(t, token, `mutation { createApiKey(input: {name: "outage", environment: TEST}) { secret } }`, nil).Decode(t, &k)
	return k.CreateApiKey.Secret
}
