package graph_test

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/keybs/platform/graph"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

const longSubscription = `subscription { notificationAdded { id } }`

func TestGraphQLTransportWSCloseCodes(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		sess := s.SignUp(t, "ann@example.com", "Acme")
		init := wsMessage{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + sess.AccessToken}}
		subscribe := func(id, query string) wsMessage {
			return wsMessage{ID: id, Type: "subscribe", Payload: map[string]any{"query": query}}
		}

		for _, tc := range []struct {
			name string
			code int
			// initialised sends connection_init and waits for the ack first.
			initialised bool
			send        []any // JSON messages, or raw strings sent as text
		}{
			{"InvalidJSONClosesWith4400", 4400, false, []any{"not json"}},
			{"InvalidJSONAfterInitClosesWith4400", 4400, true, []any{"{"}},
			{"UnknownTypeClosesWith4400", 4400, true, []any{map[string]any{"type": "next", "id": "1"}}},
			{"MissingTypeClosesWith4400", 4400, true, []any{map[string]any{"id": "1"}}},
			{"SubscribeWithoutIDClosesWith4400", 4400, true, []any{map[string]any{"type": "subscribe", "payload": map[string]any{"query": "{ __typename }"}}}},
			{"SubscribeWithoutPayloadClosesWith4400", 4400, true, []any{map[string]any{"type": "subscribe", "id": "1"}}},
			{"SubscribeWithAStringPayloadClosesWith4400", 4400, true, []any{map[string]any{"type": "subscribe", "id": "1", "payload": "{ __typename }"}}},
			{"CompleteWithoutIDClosesWith4400", 4400, true, []any{map[string]any{"type": "complete"}}},
			{"InitWithAStringPayloadClosesWith4400", 4400, false, []any{map[string]any{"type": "connection_init", "payload": "Bearer x"}}},
			{"SubscribeBeforeInitClosesWith4401", 4401, false, []any{subscribe("1", "{ __typename }")}},
			{"CompleteBeforeInitClosesWith4401", 4401, false, []any{map[string]any{"type": "complete", "id": "1"}}},
			{"BadTokenStillClosesWith4403", 4403, false, []any{wsMessage{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer nope"}}}},
			{"DuplicateOperationIDClosesWith4409", 4409, true, []any{subscribe("a", longSubscription), subscribe("a", longSubscription)}},
			{"SecondInitClosesWith4429", 4429, true, []any{init}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				conn := dialWS(t, s, "graphql-transport-ws")
				if tc.initialised {
					servertest.Must(t, conn.WriteJSON(init))
					readUntil(t, conn, "connection_ack")
				}
				for _, m := range tc.send {
					if raw, ok := m.(string); ok {
						servertest.Must(t, conn.WriteMessage(websocket.TextMessage, []byte(raw)))
					} else {
						servertest.Must(t, conn.WriteJSON(m))
					}
				}
				if code := closeCode(t, conn); code != tc.code {
					t.Fatalf("close code %d, want %d", code, tc.code)
				}
			})
		}

		t.Run("PingBeforeInitIsAnsweredAndInitStillWorks", func(t *testing.T) {
			conn := dialWS(t, s, "graphql-transport-ws")
			servertest.Must(t, conn.WriteJSON(wsMessage{Type: "ping"}))
			readUntil(t, conn, "pong")
			servertest.Must(t, conn.WriteJSON(wsMessage{Type: "pong"}))
			servertest.Must(t, conn.WriteJSON(init))
			readUntil(t, conn, "connection_ack")
		})
		t.Run("AnIDIsFreeAgainOnceTheServerCompletedIt", func(t *testing.T) {
			conn := dialWS(t, s, "graphql-transport-ws")
			servertest.Must(t, conn.WriteJSON(init))
			readUntil(t, conn, "connection_ack")
			for range 3 {
				servertest.Must(t, conn.WriteJSON(subscribe("1", "{ viewer { email } }")))
				readUntil(t, conn, "next")
				readUntil(t, conn, "complete")
			}
		})
		t.Run("AnIDIsFreeAgainOnceTheServerConfirmsTheClientsComplete", func(t *testing.T) {
			conn := dialWS(t, s, "graphql-transport-ws")
			servertest.Must(t, conn.WriteJSON(init))
			readUntil(t, conn, "connection_ack")
			servertest.Must(t, conn.WriteJSON(subscribe("a", longSubscription)))
			servertest.Must(t, conn.WriteJSON(wsMessage{ID: "a", Type: "complete"}))
			if m := readUntil(t, conn, "complete"); m.ID != "a" {
				t.Fatalf("got %+v", m)
			}
			servertest.Must(t, conn.WriteJSON(subscribe("a", "{ viewer { email } }")))
			if m := readUntil(t, conn, "next"); m.ID != "a" {
				t.Fatalf("got %+v", m)
			}
		})
		t.Run("ARefusedOperationFreesItsID", func(t *testing.T) {
			conn := dialWS(t, s, "graphql-transport-ws")
			servertest.Must(t, conn.WriteJSON(init))
			readUntil(t, conn, "connection_ack")
			servertest.Must(t, conn.WriteJSON(subscribe("1", "{"+strings.Repeat(" __typename", 20)+" }")))
			var e struct {
				ID, Type string
				Payload  []struct{ Extensions map[string]any }
			}
			_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
			servertest.Must(t, conn.ReadJSON(&e))
			if e.ID != "1" || e.Type != "error" || len(e.Payload) != 1 || e.Payload[0].Extensions["code"] != "query_too_complex" {
				t.Fatalf("got %+v", e)
			}
			readUntil(t, conn, "complete") // gqlgen follows the error with a complete
			servertest.Must(t, conn.WriteJSON(subscribe("1", "{ viewer { email } }")))
			readUntil(t, conn, "next")
		})
		t.Run("LegacyInitWithAStringPayloadIsClosed", func(t *testing.T) {
			// gqlgen gives up on this message without closing the socket;
			// the handler closes it rather than leave it open and unread.
			conn := dialWS(t, s, "graphql-ws")
			servertest.Must(t, conn.WriteJSON(map[string]any{"type": "connection_init", "payload": "x"}))
			_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
			for {
				if _, _, err := conn.ReadMessage(); err != nil {
					if ne, ok := err.(interface{ Timeout() bool }); ok && ne.Timeout() {
						t.Fatal("the socket stayed open")
					}
					return
				}
			}
		})
	})
}

func TestWebsocketInitTimeout(t *testing.T) {
	h := bareHandler(t, graph.HandlerOptions{WebsocketInitTimeout: 50 * time.Millisecond})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	s := &servertest.Server{HTTP: srv, URL: srv.URL}
	for _, tc := range []struct {
		protocol string
		code     int
	}{{"graphql-transport-ws", 4408}, {"graphql-ws", websocket.CloseProtocolError}} {
		t.Run(tc.protocol+"ClosesWith"+map[int]string{4408: "4408", 1002: "1002"}[tc.code], func(t *testing.T) {
			conn := dialWS(t, s, tc.protocol)
			if code := closeCode(t, conn); code != tc.code {
				t.Fatalf("close code %d, want %d", code, tc.code)
			}
		})
	}
	t.Run("AnInitInTimeIsAcknowledged", func(t *testing.T) {
		h := bareHandler(t, graph.HandlerOptions{WebsocketInitTimeout: time.Minute})
		srv := httptest.NewServer(h)
		t.Cleanup(srv.Close)
		conn := dialWS(t, &servertest.Server{HTTP: srv, URL: srv.URL}, "graphql-transport-ws")
		// No Authorization: refused with 4403, which proves the init
		// reached gqlgen rather than timing out.
		servertest.Must(t, conn.WriteJSON(wsMessage{Type: "connection_init"}))
		if code := closeCode(t, conn); code != 4403 {
			t.Fatalf("close code %d, want 4403", code)
		}
	})
}
