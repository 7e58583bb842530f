package server_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

// TestShutdownClosesWebsocketsAsGoingAway serves on a real listener and
// stops the server with sockets open in each state a client can be in.
func TestShutdownClosesWebsocketsAsGoingAway(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		secret := hex.EncodeToString(bytes.Repeat([]byte{7}, 32))
		env := map[string]string{"KEYBS_ENV": "test", "KEYBS_DATA_DIR": t.TempDir(), "DATABASE_URL": dbURL,
			"KEYBS_JWT_SECRET": secret, "KEYBS_ENCRYPTION_KEY": secret}
		log := servertest.Logger(t)
		cfg, err := server.LoadConfig(func(k string) string { return env[k] }, log)
		servertest.Must(t, err)
		s, err := server.New(context.Background(), cfg, log)
		servertest.Must(t, err)
		t.Cleanup(func() { _ = s.Close() })
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		servertest.Must(t, err)
		ctx, stop := context.WithCancel(context.Background())
		defer stop()
		served := make(chan error, 1)
		go func() { served <- s.Serve(ctx, ln) }()

		token := signUp(t, "http://"+ln.Addr().String())
		dial := func(protocol string) *websocket.Conn {
			d := websocket.Dialer{Subprotocols: []string{protocol}, HandshakeTimeout: 5 * time.Second}
			conn, _, err := d.Dial("ws://"+ln.Addr().String()+"/graphql", nil)
			servertest.Must(t, err)
			t.Cleanup(func() { _ = conn.Close() })
			return conn
		}
		await := func(conn *websocket.Conn, typ string) {
			_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
			for {
				var m struct{ Type string }
				servertest.Must(t, conn.ReadJSON(&m))
				if m.Type == typ {
					return
				}
			}
		}
		initMsg := map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + token}}

		subscribed := dial("graphql-transport-ws")
		servertest.Must(t, subscribed.WriteJSON(initMsg))
		await(subscribed, "connection_ack")
		servertest.Must(t, subscribed.WriteJSON(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": "subscription { notificationAdded { id } }"}}))
		legacy := dial("graphql-ws")
		servertest.Must(t, legacy.WriteJSON(initMsg))
		await(legacy, "connection_ack")
		servertest.Must(t, legacy.WriteJSON(map[string]any{"id": "1", "type": "start", "payload": map[string]any{"query": "subscription { notificationAdded { id } }"}}))
		uninitialised := dial("graphql-transport-ws")
		// A round trip on the subscribed socket, so its subscription is
		// surely running before the server stops.
		servertest.Must(t, subscribed.WriteJSON(map[string]any{"type": "ping"}))
		await(subscribed, "pong")

		stop()
		for name, conn := range map[string]*websocket.Conn{"Subscribed": subscribed, "Legacy": legacy, "Uninitialised": uninitialised} {
			t.Run(name+"SocketClosesWith1001", func(t *testing.T) {
				_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
				for {
					_, _, err := conn.ReadMessage()
					if err == nil {
						continue
					}
					if !websocket.IsCloseError(err, websocket.CloseGoingAway) {
						t.Fatalf("read ended with %v, want close 1001", err)
					}
					return
				}
			})
		}
		t.Run("ServeReturnsOnceTheSocketsAreClosed", func(t *testing.T) {
			select {
			case err := <-served:
				servertest.Must(t, err)
			case <-time.After(10 * time.Second):
				t.Fatal("Serve did not return")
			}
		})
	})
}

func signUp(t *testing.T, base string) string {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": servertest.SignUpMutation, "variables": map[string]any{"input": map[string]any{
		"email": "ann@example.com", "password": "correct horse battery", "name": "Ann",
		"organizationName": "Acme", "industry": "FINTECH", "acceptTerms": true,
	}}})
	res, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	servertest.Must(t, err)
	defer res.Body.Close()
	var out struct {
		Data struct{ SignUp struct{ AccessToken string } }
	}
	servertest.Must(t, json.NewDecoder(res.Body).Decode(&out))
	if out.Data.SignUp.AccessToken == "" {
		t.Fatal("sign-up returned no token")
	}
	return out.Data.SignUp.AccessToken
}
