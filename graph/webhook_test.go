package graph_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/webhook"
	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

const createEndpoint = `mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { endpoint { id url status eventTypes environment } secret } }`

// hookReceiver collects webhook deliveries on loopback.
func hookReceiver(t *testing.T) (*httptest.Server, chan http.Header) {
	got := make(chan http.Header, 16)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		got <- r.Header.Clone()
		w.WriteHeader(200)
	}))
	t.Cleanup(srv.Close)
	return srv, got
}

func TestWebhookEndpointsGraphQL(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL, servertest.AllowPrivateWebhooks)
		a := s.SignUp(t, "a@a.example", "A")
		b := s.SignUp(t, "b@b.example", "B")
		rc, got := hookReceiver(t)

		var created struct {
			CreateWebhookEndpoint struct {
				Endpoint struct{ ID, URL, Status, Environment string }
				Secret   string
			}
		}
		s.GraphQL(t, a.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": rc.URL + "/hook", "environment": "TEST"}}).Decode(t, &created)
		ep := created.CreateWebhookEndpoint
		if !strings.HasPrefix(ep.Secret, "whsec_") || !strings.HasPrefix(ep.Endpoint.ID, "wh_") || ep.Endpoint.Status != "ENABLED" {
			t.Fatalf("created %+v", ep)
		}

		t.Run("TheSecretIsNeverReturnedAgain", func(t *testing.T) {
			res := s.GraphQL(t, a.AccessToken, `{ webhookEndpoints { edges { node { id url description status } } } }`, nil)
			if strings.Contains(string(res.Data), ep.Secret) || strings.Contains(string(res.Data), "whsec_") {
				t.Fatal("secret listed")
			}
			if e := s.GraphQL(t, a.AccessToken, `{ webhookEndpoints { edges { node { secretCiphertext } } } }`, nil); len(e.Errors) == 0 {
				t.Fatal("the sealed secret is queryable")
			}
		})

		t.Run("SendTestWebhookDeliversAndLogsApart", func(t *testing.T) {
			var sent struct{ SendTestWebhook struct{ ID, Type string } }
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id type } }`, map[string]any{"id": ep.Endpoint.ID}).Decode(t, &sent)
			select {
			case h := <-got:
				if h.Get("X-KeyBS-Event-Id") != sent.SendTestWebhook.ID {
					t.Fatalf("delivered %s, sent %s", h.Get("X-KeyBS-Event-Id"), sent.SendTestWebhook.ID)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("no delivery within 10 s")
			}
			var log struct {
				WebhookDeliveries struct {
					Edges []struct {
						Node struct{ Trigger, EventType, Status string }
					}
				}
			}
			deadline := time.Now().Add(5 * time.Second)
			for {
				s.GraphQL(t, a.AccessToken, `{ webhookDeliveries(where: {trigger: TEST}) { edges { node { trigger eventType status } } } }`, nil).Decode(t, &log)
				if len(log.WebhookDeliveries.Edges) == 1 && log.WebhookDeliveries.Edges[0].Node.Status == "SUCCEEDED" {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("log %+v", log)
				}
				time.Sleep(50 * time.Millisecond)
			}
			if n := log.WebhookDeliveries.Edges[0].Node; n.EventType != "webhook.test" {
				t.Fatalf("log %+v", n)
			}
		})

		failures := []struct {
			name, token, query string
			vars               map[string]any
			code               string
		}{
			{"LiveEndpointNeedsHTTPS", a.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": "http://hooks.example.com", "environment": "LIVE"}}, "validation_error"},
			{"UnknownEventTypeIsRejected", a.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": rc.URL, "environment": "TEST", "eventTypes": []string{"payment.made"}}}, "validation_error"},
			{"CredentialsInTheURLAreRejected", a.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": "https://u:p@hooks.example.com", "environment": "LIVE"}}, "validation_error"},
			{"OtherTenantCannotUpdate", b.AccessToken, `mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: {description: "x"}) { id } }`, map[string]any{"id": ep.Endpoint.ID}, "not_found"},
			{"OtherTenantCannotSendTests", b.AccessToken, `mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }`, map[string]any{"id": ep.Endpoint.ID}, "not_found"},
			{"OtherTenantCannotRotate", b.AccessToken, `mutation($id: ID!) { rotateWebhookSecret(id: $id, graceSeconds: 0) { secret } }`, map[string]any{"id": ep.Endpoint.ID}, "not_found"},
			{"OtherTenantCannotDelete", b.AccessToken, `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`, map[string]any{"id": ep.Endpoint.ID}, "not_found"},
			{"GraceOverSevenDaysIsRejected", a.AccessToken, `mutation($id: ID!) { rotateWebhookSecret(id: $id, graceSeconds: 604801) { secret } }`, map[string]any{"id": ep.Endpoint.ID}, "validation_error"},
			{"AnonymousIsUnauthorized", "", `mutation($id: ID!) { disableWebhookEndpoint(id: $id) { id } }`, map[string]any{"id": ep.Endpoint.ID}, "unauthorized"},
		}
		for _, tc := range failures {
			t.Run(tc.name, func(t *testing.T) {
				if e := s.GraphQL(t, tc.token, tc.query, tc.vars).Err(t); e.Code() != tc.code {
					t.Fatalf("got %+v, want %s", e, tc.code)
				}
			})
		}

		t.Run("DisableEnableRotateDelete", func(t *testing.T) {
			var d struct{ DisableWebhookEndpoint struct{ Status string } }
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { disableWebhookEndpoint(id: $id) { status } }`, map[string]any{"id": ep.Endpoint.ID}).Decode(t, &d)
			if d.DisableWebhookEndpoint.Status != "DISABLED" {
				t.Fatalf("%+v", d)
			}
			if e := s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }`, map[string]any{"id": ep.Endpoint.ID}).Err(t); e.Code() != "conflict" {
				t.Fatalf("test event to a disabled endpoint: %+v", e)
			}
			var en struct{ EnableWebhookEndpoint struct{ Status string } }
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { enableWebhookEndpoint(id: $id) { status } }`, map[string]any{"id": ep.Endpoint.ID}).Decode(t, &en)
			var rot struct{ RotateWebhookSecret struct{ Secret string } }
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { rotateWebhookSecret(id: $id, graceSeconds: 3600) { secret } }`, map[string]any{"id": ep.Endpoint.ID}).Decode(t, &rot)
			if rot.RotateWebhookSecret.Secret == ep.Secret || !strings.HasPrefix(rot.RotateWebhookSecret.Secret, "whsec_") {
				t.Fatal("rotation kept the secret")
			}
			var del struct{ DeleteWebhookEndpoint string }
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`, map[string]any{"id": ep.Endpoint.ID}).Decode(t, &del)
			var list struct{ WebhookEndpoints struct{ TotalCount int } }
			s.GraphQL(t, a.AccessToken, `{ webhookEndpoints { totalCount } }`, nil).Decode(t, &list)
			if list.WebhookEndpoints.TotalCount != 0 {
				t.Fatal("endpoint not deleted")
			}
			s.GraphQL(t, a.AccessToken, `query($id: ID!) { webhookEndpoints(where: {id: $id}) { totalCount } }`, map[string]any{"id": ep.Endpoint.ID}).Decode(t, &list)
			if list.WebhookEndpoints.TotalCount != 0 {
				t.Fatal("a deleted endpoint is found by id")
			}
			if e := s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { enableWebhookEndpoint(id: $id) { status } }`, map[string]any{"id": ep.Endpoint.ID}).Err(t); e.Code() != "not_found" {
				t.Fatalf("enabling a deleted endpoint: %+v", e)
			}
		})

		t.Run("ADeletedEndpointsLogStaysReadableAndMarked", func(t *testing.T) {
			var log struct {
				WebhookDeliveries struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							Status   string
							Endpoint struct {
								ID        string
								DeletedAt *string
							}
						}
					}
				}
			}
			s.GraphQL(t, a.AccessToken, `query($id: ID!) { webhookDeliveries(where: {hasEndpointWith: {id: $id}}) { totalCount
				edges { node { status endpoint { id deletedAt } } } } }`, map[string]any{"id": ep.Endpoint.ID}).Decode(t, &log)
			if log.WebhookDeliveries.TotalCount == 0 {
				t.Fatal("deleting the endpoint deleted its delivery log")
			}
			for _, e := range log.WebhookDeliveries.Edges {
				if e.Node.Endpoint.ID != ep.Endpoint.ID || e.Node.Endpoint.DeletedAt == nil {
					t.Fatalf("delivery %+v does not show its endpoint as deleted", e.Node)
				}
			}
		})
	})
}

// TestWebhookSSRFDefaults proves that outside development, without
// KEYBS_WEBHOOK_ALLOW_PRIVATE, no endpoint (TEST ones included) can make the
// server read an internal service into a delivery log.
func TestWebhookSSRFDefaults(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		for _, mode := range []struct {
			name   string
			mutate []func(*server.Config)
		}{{"Test", nil}, {"Production", []func(*server.Config){servertest.Production}}} {
			t.Run(mode.name, func(t *testing.T) {
				s := servertest.Start(t, dbURL, mode.mutate...)
				a := s.SignUp(t, strings.ToLower(mode.name)+"@a.example", "A "+mode.name)
				hits := make(chan struct{}, 16)
				secret := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
					hits <- struct{}{}
					_, _ = w.Write([]byte("db_password=hunter2"))
				}))
				t.Cleanup(secret.Close)

				refused := []struct {
					name, url, env, says string
				}{
					{"TestEndpointOnLoopbackIsRefused", secret.URL + "/hook", "TEST", "loopback"},
					{"TestEndpointOnLocalhostIsRefused", strings.Replace(secret.URL, "127.0.0.1", "localhost", 1), "TEST", "localhost resolves to an address that is private, loopback"},
					{"TestEndpointOnMetadataIsRefused", "http://169.254.169.254/latest/meta-data/", "TEST", "link-local"},
					{"LiveEndpointOnPrivateNetworkIsRefused", "https://10.0.0.5/hook", "LIVE", "10.0.0.5 is a private network address"},
				}
				for _, tc := range refused {
					t.Run(tc.name, func(t *testing.T) {
						e := s.GraphQL(t, a.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": tc.url, "environment": tc.env}}).Err(t)
						if e.Code() != "validation_error" || e.Field() != "url" || !strings.Contains(e.Message, tc.says) {
							t.Fatalf("got %+v, want a validation_error on url saying %q", e, tc.says)
						}
					})
				}

				t.Run("ALoopbackServiceIsNeverReadIntoTheLog", func(t *testing.T) {
					// An endpoint that points at loopback anyway (saved by an
					// older version, or a name that re-resolved) is refused
					// when the dispatcher connects.
					var created struct {
						CreateWebhookEndpoint struct{ Endpoint struct{ ID string } }
					}
					s.GraphQL(t, a.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": "http://93.184.215.14/hook", "environment": "TEST"}}).Decode(t, &created)
					id := created.CreateWebhookEndpoint.Endpoint.ID
					sys := privacy.DecisionContext(context.Background(), privacy.Allow)
					s.DB.Client.WebhookEndpoint.UpdateOneID(id).SetURL(secret.URL + "/hook").ExecX(sys)
					s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }`, map[string]any{"id": id}).Decode(t, &map[string]any{})
					var log struct {
						WebhookDeliveries struct {
							Edges []struct {
								Node struct {
									Status, ErrorMessage, ResponseExcerpt string
									ResponseStatus                        *int
								}
							}
						}
					}
					deadline := time.Now().Add(10 * time.Second)
					for {
						s.GraphQL(t, a.AccessToken, `query($id: ID!) { webhookDeliveries(where: {hasEndpointWith: {id: $id}}) { edges { node {
							status errorMessage responseExcerpt responseStatus } } } }`, map[string]any{"id": id}).Decode(t, &log)
						if len(log.WebhookDeliveries.Edges) == 1 && log.WebhookDeliveries.Edges[0].Node.Status != "PENDING" {
							break
						}
						if time.Now().After(deadline) {
							t.Fatalf("log %+v", log)
						}
						time.Sleep(50 * time.Millisecond) // polling the log, not waiting for time to pass
					}
					d := log.WebhookDeliveries.Edges[0].Node
					if d.Status != "FAILED" || d.ErrorMessage != webhook.RefusedByPolicy || d.ResponseExcerpt != "" || d.ResponseStatus != nil {
						t.Fatalf("delivery %+v, want FAILED %q with no response", d, webhook.RefusedByPolicy)
					}
					if len(hits) != 0 {
						t.Fatalf("the loopback service got %d requests", len(hits))
					}
				})
			})
		}
	})
}

// subscribe opens a graphql-transport-ws subscription on s for token and
// returns once the server is listening for it (the protocol acknowledges no
// subscribe, so it waits for the bus to gain the subscriber), so that what
// the test does next cannot be missed.
func subscribe(t *testing.T, s *servertest.Server, token, query string) *websocket.Conn {
	t.Helper()
	return subscribeWith(t, s, token, query, nil, true)
}

// subscribeWith is subscribe with variables; live false returns at once, for
// a subscription the server will refuse.
func subscribeWith(t *testing.T, s *servertest.Server, token, query string, vars map[string]any, live bool) *websocket.Conn {
	t.Helper()
	conn := dialWS(t, s, "graphql-transport-ws")
	servertest.Must(t, conn.WriteJSON(wsMessage{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + token}}))
	readUntil(t, conn, "connection_ack")
	before := settledSubscribers(s)
	servertest.Must(t, conn.WriteJSON(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": query, "variables": vars}}))
	for deadline := time.Now().Add(5 * time.Second); live && s.Bus.Subscribers() <= before; {
		if time.Now().After(deadline) {
			t.Fatal("the subscription did not start within 5s")
		}
		time.Sleep(2 * time.Millisecond)
	}
	return conn
}

// settledSubscribers is the bus's subscriber count once it has stopped
// changing: subscriptions of connections an earlier subtest closed end
// asynchronously.
func settledSubscribers(s *servertest.Server) int {
	n := s.Bus.Subscribers()
	for range 100 {
		time.Sleep(20 * time.Millisecond)
		m := s.Bus.Subscribers()
		if m == n {
			return n
		}
		n = m
	}
	return n
}

// next reads the next data payload of a subscription.
func next(t *testing.T, conn *websocket.Conn) map[string]any {
	t.Helper()
	m := readUntil(t, conn, "next")
	data, _ := m.Payload["data"].(map[string]any)
	if data == nil {
		t.Fatalf("payload without data: %+v", m.Payload)
	}
	return data
}

func createKey(t *testing.T, s *servertest.Server, token string) string {
	t.Helper()
	var k struct {
		CreateApiKey struct{ ApiKey struct{ ID string } }
	}
	s.GraphQL(t, token, `mutation { createApiKey(input: {name: "live view", environment: TEST}) { apiKey { id } } }`, nil).Decode(t, &k)
	return k.CreateApiKey.ApiKey.ID
}

func TestSubscriptions(t *testing.T) {
	s := servertest.Start(t, testdb.SQLiteURL(t), servertest.AllowPrivateWebhooks)
	a := s.SignUp(t, "a@a.example", "A")
	b := s.SignUp(t, "b@b.example", "B")
	leaks := testkit.CountGoroutines()

	t.Run("APIKeyChangedSeesOwnKeysOnly", func(t *testing.T) {
		conn := subscribe(t, s, a.AccessToken, `subscription { apiKeyChanged { type apiKeyId apiKey { name state } } }`)
		createKey(t, s, b.AccessToken) // another tenant's key is never seen
		id := createKey(t, s, a.AccessToken)
		change := next(t, conn)["apiKeyChanged"].(map[string]any)
		if change["type"] != "CREATED" || change["apiKeyId"] != id {
			t.Fatalf("change %+v", change)
		}
		s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, map[string]any{"id": id})
		change = next(t, conn)["apiKeyChanged"].(map[string]any)
		if change["type"] != "REVOKED" || change["apiKey"].(map[string]any)["state"] != "REVOKED" {
			t.Fatalf("change %+v", change)
		}
	})

	t.Run("EventsFilterByType", func(t *testing.T) {
		conn := subscribe(t, s, a.AccessToken, `subscription { events(types: ["key.revoked"]) { id type payload } }`)
		id := createKey(t, s, a.AccessToken)
		s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, map[string]any{"id": id})
		evt := next(t, conn)["events"].(map[string]any)
		payload, _ := json.Marshal(evt["payload"])
		if evt["type"] != "key.revoked" || !strings.Contains(string(payload), id) {
			t.Fatalf("event %+v", evt)
		}
	})

	t.Run("UnknownEventTypeIsRefused", func(t *testing.T) {
		conn := subscribeWith(t, s, a.AccessToken, `subscription { events(types: ["nope"]) { id } }`, nil, false)
		m := readUntil(t, conn, "next")
		if m.Payload["data"] != nil || !strings.Contains(fmt2(m.Payload["errors"]), "not an event type") ||
			!strings.Contains(fmt2(m.Payload["errors"]), "validation_error") {
			t.Fatalf("%+v", m)
		}
	})

	t.Run("DeliveryLogIsLive", func(t *testing.T) {
		rc, _ := hookReceiver(t)
		var created struct {
			CreateWebhookEndpoint struct{ Endpoint struct{ ID string } }
		}
		s.GraphQL(t, a.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": rc.URL, "environment": "TEST"}}).Decode(t, &created)
		epID := created.CreateWebhookEndpoint.Endpoint.ID
		conn2 := subscribeWith(t, s, a.AccessToken,
			`subscription($id: ID) { webhookDeliveryLogged(endpointId: $id) { eventType status responseStatus attempt trigger } }`,
			map[string]any{"id": epID}, true)
		s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }`, map[string]any{"id": epID})
		d := next(t, conn2)["webhookDeliveryLogged"].(map[string]any)
		if d["eventType"] != "webhook.test" || d["status"] != "SUCCEEDED" || d["trigger"] != "TEST" {
			t.Fatalf("delivery %+v", d)
		}
	})

	t.Run("ClosedSubscriptionsLeaveNoGoroutines", func(t *testing.T) {
		s.HTTP.CloseClientConnections()
		leaks.Settle(t, 2)
	})
}

// TestEventsCrossReplicas runs two servers on one PostgreSQL database: an
// event committed through A reaches a subscriber connected to B.
func TestEventsCrossReplicas(t *testing.T) {
	url, ok := testdb.PostgresURL(t)
	if !ok {
		t.Skip("TEST_DATABASE_URL is not set; the cross-replica test needs PostgreSQL (CI sets it)")
	}
	a := servertest.Start(t, url)
	b := servertest.Start(t, url)
	sess := a.SignUp(t, "a@a.example", "A")
	conn := subscribe(t, b, sess.AccessToken, `subscription { events(types: ["key.created"]) { id type } }`)
	// A subscription is registered asynchronously; retry the change until B
	// sees one (each attempt is a new key, so nothing is double-counted).
	deadline := time.Now().Add(10 * time.Second)
	for {
		id := createKey(t, a, sess.AccessToken)
		_ = conn.SetReadDeadline(time.Now().Add(time.Second))
		var m wsMessage
		if err := conn.ReadJSON(&m); err == nil && m.Type == "next" {
			evt := m.Payload["data"].(map[string]any)["events"].(map[string]any)
			if evt["type"] != "key.created" {
				t.Fatalf("event %+v", evt)
			}
			_ = id
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("replica B never saw an event committed through replica A")
		}
	}
}

func fmt2(v any) string { b, _ := json.Marshal(v); return string(b) }
