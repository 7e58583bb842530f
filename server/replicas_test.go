package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// Two keybs processes on one PostgreSQL database behave as one: a session
// logged out on A is refused on B, a subscription on A sees what B changes,
// and each webhook event is delivered exactly once although both run a
// dispatcher. (Rate limits and quotas across replicas: rest/replicas_test.go.)
func TestTwoReplicas(t *testing.T) {
	url, ok := testdb.PostgresURL(t)
	if !ok {
		t.Skip("TEST_DATABASE_URL is not set; the two-replica tests need PostgreSQL (CI sets it)")
	}
	a := servertest.Start(t, url, servertest.AllowPrivateWebhooks)
	b := servertest.Start(t, url, servertest.AllowPrivateWebhooks)
	owner := a.SignUp(t, "owner@acme.example", "Acme")
	key := createTestKey(t, a, owner.AccessToken)

	submit := func(t *testing.T, s *servertest.Server, name string) {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"supplier_name": name, "country_code": "GB", "tier": "tier1",
			"package": "basic", "contact_email": "ops@replica.example", "client_reference": "sim_manual"})
		req, _ := http.NewRequest(http.MethodPost, s.URL+"/v1/verifications", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+key)
		req.Header.Set("Content-Type", "application/json")
		res, err := s.HTTP.Client().Do(req)
		servertest.Must(t, err)
		res.Body.Close()
		if res.StatusCode != http.StatusCreated {
			t.Fatalf("submit on %s: %d", s.URL, res.StatusCode)
		}
	}

	t.Run("ALogOutOnOneRefusesTheTokenOnTheOther", func(t *testing.T) {
		sess := a.SignUp(t, "leaver@other.example", "Other")
		const keys = `{ apiKeys(first: 1) { totalCount } }`
		b.GraphQL(t, sess.AccessToken, keys, nil).Decode(t, &struct{}{})
		a.GraphQL(t, sess.AccessToken, `mutation { logOut }`, nil).Decode(t, &struct{}{})
		if e := b.GraphQL(t, sess.AccessToken, keys, nil).Err(t); e.Code() != "unauthorized" {
			t.Fatalf("B after a log-out on A: %+v, want unauthorized", e)
		}
	})

	t.Run("ASubscriptionOnOneSeesAChangeMadeOnTheOther", func(t *testing.T) {
		conn, _, err := (&websocket.Dialer{Subprotocols: []string{"graphql-transport-ws"}}).
			Dial("ws"+strings.TrimPrefix(a.URL, "http")+"/graphql", nil)
		servertest.Must(t, err)
		defer conn.Close()
		servertest.Must(t, conn.WriteJSON(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + owner.AccessToken}}))
		servertest.Must(t, conn.WriteJSON(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{
			"query": `subscription { verificationChanged { supplierName } }`}}))
		// The protocol acknowledges no subscribe: submit on B until A's
		// subscription, once listening, reports one.
		got := make(chan string, 1)
		go func() {
			for {
				var m struct {
					Type    string
					Payload struct {
						Data struct{ VerificationChanged struct{ SupplierName string } }
					}
				}
				if conn.ReadJSON(&m) != nil {
					return
				}
				if m.Type == "next" {
					got <- m.Payload.Data.VerificationChanged.SupplierName
					return
				}
			}
		}()
		for deadline := time.Now().Add(10 * time.Second); ; {
			submit(t, b, "Made On B")
			select {
			case name := <-got:
				if name != "Made On B" {
					t.Fatalf("A's subscription saw %q", name)
				}
				return
			case <-time.After(300 * time.Millisecond):
			}
			if time.Now().After(deadline) {
				t.Fatal("A's subscription saw nothing of 10 s of submissions on B")
			}
		}
	})

	t.Run("EachWebhookEventIsDeliveredOnce", func(t *testing.T) {
		var mu sync.Mutex
		seen := map[string]int{}
		receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			var e struct {
				EventID   string `json:"event_id"`
				Supplier  string `json:"supplier_name"`
				EventType string `json:"event_type"`
			}
			_ = json.NewDecoder(r.Body).Decode(&e)
			mu.Lock()
			seen[e.EventID]++
			mu.Unlock()
		}))
		t.Cleanup(receiver.Close)
		a.GraphQL(t, owner.AccessToken, `mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { secret } }`,
			map[string]any{"in": map[string]any{"url": receiver.URL, "environment": "TEST", "eventTypes": []string{"verification.submitted"}}}).
			Decode(t, &struct{}{})
		const n = 20
		for i := range n {
			s := a
			if i%2 == 1 {
				s = b
			}
			submit(t, s, "Delivered Once")
		}
		distinct := func() int { mu.Lock(); defer mu.Unlock(); return len(seen) }
		for deadline := time.Now().Add(20 * time.Second); distinct() < n; time.Sleep(50 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%d of %d events delivered in 20 s", distinct(), n)
			}
		}
		// Both dispatchers have had time to claim anything twice.
		time.Sleep(2 * time.Second)
		mu.Lock()
		defer mu.Unlock()
		for id, c := range seen {
			if c != 1 || id == "" {
				t.Errorf("event %q delivered %d times", id, c)
			}
		}
		if len(seen) != n {
			t.Errorf("%d distinct events delivered, want %d", len(seen), n)
		}
	})
}
