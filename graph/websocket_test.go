package graph_test

import (
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

type wsMessage struct {
	ID      string         `json:"id,omitempty"`
	Type    string         `json:"type"`
	Payload map[string]any `json:"payload,omitempty"`
}

func dialWS(t *testing.T, s *servertest.Server, protocol string) *websocket.Conn {
	t.Helper()
	d := websocket.Dialer{Subprotocols: []string{protocol}, HandshakeTimeout: 5 * time.Second}
	conn, res, err := d.Dial("ws"+strings.TrimPrefix(s.URL, "http")+"/graphql", nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	if got := res.Header.Get("Sec-Websocket-Protocol"); got != protocol {
		t.Fatalf("negotiated protocol %q, want %q", got, protocol)
	}
	t.Cleanup(func() { _ = conn.Close() })
	return conn
}

// readUntil reads messages until one of type typ arrives, skipping keep-alives.
func readUntil(t *testing.T, conn *websocket.Conn, typ string) wsMessage {
	t.Helper()
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		var m wsMessage
		if err := conn.ReadJSON(&m); err != nil {
			t.Fatalf("waiting for %q: %v", typ, err)
		}
		if m.Type == typ {
			return m
		}
		if m.Type != "ka" && m.Type != "ping" && m.Type != "pong" && m.Type != "connection_ack" {
			t.Fatalf("waiting for %q, got %+v", typ, m)
		}
	}
}

// closeCode reads until the server closes the socket and returns the code.
func closeCode(t *testing.T, conn *websocket.Conn) int {
	t.Helper()
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		if _, _, err := conn.ReadMessage(); err != nil {
			if ce, ok := err.(*websocket.CloseError); ok {
				return ce.Code
			}
			t.Fatalf("connection ended without a close frame: %v", err)
		}
	}
}

func TestWebsocket(t *testing.T) {
	s := servertest.Start(t, testdb.SQLiteURL(t))
	sess := s.SignUp(t, "ann@example.com", "Acme")
	leaks := testkit.CountGoroutines()

	protocols := []struct{ name, subprotocol, start, data string }{
		{"GraphQLTransportWS", "graphql-transport-ws", "subscribe", "next"},
		{"LegacyGraphQLWS", "graphql-ws", "start", "data"},
	}
	for _, p := range protocols {
		t.Run(p.name+"AuthenticatesInConnectionInit", func(t *testing.T) {
			conn := dialWS(t, s, p.subprotocol)
			servertest.Must(t, conn.WriteJSON(wsMessage{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + sess.AccessToken}}))
			readUntil(t, conn, "connection_ack")
			servertest.Must(t, conn.WriteJSON(wsMessage{ID: "1", Type: p.start, Payload: map[string]any{"query": "{ viewer { email } }"}}))
			m := readUntil(t, conn, p.data)
			data, _ := m.Payload["data"].(map[string]any)
			v, _ := data["viewer"].(map[string]any)
			if v["email"] != "ann@example.com" {
				t.Fatalf("payload = %+v", m.Payload)
			}
			readUntil(t, conn, "complete")
		})
		for name, auth := range map[string]any{
			"BadTokenClosesWith4403":     "Bearer " + sess.AccessToken + "x",
			"MissingTokenClosesWith4403": nil,
			"WrongSchemeClosesWith4403":  "Basic " + sess.AccessToken,
		} {
			t.Run(p.name+name, func(t *testing.T) {
				conn := dialWS(t, s, p.subprotocol)
				payload := map[string]any{}
				if auth != nil {
					payload["Authorization"] = auth
				}
				servertest.Must(t, conn.WriteJSON(wsMessage{Type: "connection_init", Payload: payload}))
				if code := closeCode(t, conn); code != 4403 {
					t.Fatalf("close code %d, want 4403", code)
				}
			})
		}
	}

	t.Run("ForeignOriginIsRefused", func(t *testing.T) {
		d := websocket.Dialer{Subprotocols: []string{"graphql-transport-ws"}}
		_, res, err := d.Dial("ws"+strings.TrimPrefix(s.URL, "http")+"/graphql", map[string][]string{"Origin": {"https://evil.example"}})
		if err == nil || res == nil || res.StatusCode != 403 {
			t.Fatalf("foreign origin upgraded: err %v", err)
		}
	})

	t.Run("ClosedConnectionsLeaveNoGoroutines", func(t *testing.T) {
		s.HTTP.CloseClientConnections()
		leaks.Settle(t, 2)
	})
}
