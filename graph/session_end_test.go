package graph_test

import (
	"testing"
	"time"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// A subscription lasts no longer than the session it was opened with: a
// logged-out session's websocket closes with 4403, while another session of
// the same user keeps streaming until it is logged out too.
func TestSubscriptionsEndWithTheirSession(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		first := s.SignUp(t, "ann@example.com", "Acme")
		var second struct{ LogIn servertest.Session }
		s.GraphQL(t, "", logInMutation, map[string]any{"email": "ann@example.com", "password": "correct horse battery"}).Decode(t, &second)

		const follow = `subscription { events { id } }`
		ended := subscribe(t, s, first.AccessToken, follow)
		kept := subscribe(t, s, second.LogIn.AccessToken, follow)

		s.GraphQL(t, first.AccessToken, `mutation($t: String) { logOut(refreshToken: $t) }`,
			map[string]any{"t": first.RefreshToken}).Decode(t, &struct{}{})

		t.Run("TheLoggedOutSessionsSocketClosesWith4403", func(t *testing.T) {
			if code := closeCode(t, ended); code != 4403 {
				t.Fatalf("close code %d, want 4403", code)
			}
		})
		t.Run("AnotherSessionOfTheUserKeepsStreaming", func(t *testing.T) {
			// Several rechecks (every 100 ms under servertest) later.
			time.Sleep(400 * time.Millisecond)
			servertest.Must(t, kept.WriteJSON(wsMessage{Type: "ping"}))
			readUntil(t, kept, "pong")
		})
		t.Run("TheLoggedOutTokenCannotOpenANewSocket", func(t *testing.T) {
			conn := dialWS(t, s, "graphql-transport-ws")
			servertest.Must(t, conn.WriteJSON(wsMessage{Type: "connection_init", Payload: map[string]any{"Authorization": "Bearer " + first.AccessToken}}))
			if code := closeCode(t, conn); code != 4403 {
				t.Fatalf("close code %d, want 4403", code)
			}
		})
		t.Run("LoggingOutEverywhereEndsTheOtherToo", func(t *testing.T) {
			s.GraphQL(t, second.LogIn.AccessToken, `mutation { logOut }`, nil).Decode(t, &struct{}{})
			if code := closeCode(t, kept); code != 4403 {
				t.Fatalf("close code %d, want 4403", code)
			}
		})
	})
}
