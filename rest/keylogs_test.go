package rest_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// A key's log (seed 003's getLogs with eventTypes) filters by type and holds
// key.accessed entries: one for the key's first call from an address, and
// none more for calls from it the same day.
func TestKeyLogs(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		tok := s.SignUp(t, "owner@logs.example", "Logs Co").AccessToken
		k := createRESTKey(t, s, tok, `{"name":"Logged","environment":"test"}`)
		path := "/v1/api-keys/" + k.ID + "/logs"
		keysDo(t, s, keysReq{method: "PATCH", path: "/v1/api-keys/" + k.ID, token: tok, body: `{"name":"Logged again"}`}).decodeInto(t, http.StatusOK, &restKey{})

		type entry struct {
			Action    string         `json:"action"`
			ActorType string         `json:"actor_type"`
			ActorID   string         `json:"actor_id"`
			IP        string         `json:"ip"`
			Metadata  map[string]any `json:"metadata"`
		}
		logs := func(t *testing.T, query string) []entry {
			t.Helper()
			var out struct{ Data []entry }
			keysDo(t, s, keysReq{method: "GET", path: path + query, token: tok}).decodeInto(t, http.StatusOK, &out)
			return out.Data
		}
		actions := func(es []entry) []string {
			var out []string
			for _, e := range es {
				out = append(out, e.Action)
			}
			return out
		}

		t.Run("EventTypesNarrowTheLog", func(t *testing.T) {
			if got := actions(logs(t, "?event_types=key.created")); !slices.Equal(got, []string{"key.created"}) {
				t.Fatalf("event_types=key.created gave %v", got)
			}
			for _, q := range []string{"?event_types=key.updated,key.created", "?event_types=key.updated&event_types=key.created"} {
				if got := actions(logs(t, q)); !slices.Equal(got, []string{"key.updated", "key.created"}) {
					t.Fatalf("%s gave %v, want key.updated then key.created", q, got)
				}
			}
			if got := logs(t, "?event_types=key.revoked"); len(got) != 0 {
				t.Fatalf("a type with no entries gave %v", actions(got))
			}
		})
		t.Run("AnUnknownTypeIs422NamingEventTypes", func(t *testing.T) {
			env := keysDo(t, s, keysReq{method: "GET", path: path + "?event_types=key.created,key.exploded", token: tok}).
				wantError(t, http.StatusUnprocessableEntity, "validation_error")
			if !strings.Contains(env.Error.Message, "event_types") || !strings.Contains(env.Error.Message, "key.exploded") {
				t.Fatalf("message %q", env.Error.Message)
			}
		})
		t.Run("TheFirstCallFromAnAddressIsLoggedOnce", func(t *testing.T) {
			for range 3 {
				keysDo(t, s, keysReq{method: "GET", path: "/v1/reports", token: k.Key}).decodeInto(t, http.StatusOK, &struct{}{})
			}
			var got []entry
			for deadline := time.Now().Add(5 * time.Second); len(got) == 0; time.Sleep(50 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatal("no key.accessed entry 5 s after the calls")
				}
				got = logs(t, "?event_types=key.accessed")
			}
			// The usage writer flushes in batches: give it time for a second.
			time.Sleep(500 * time.Millisecond)
			got = logs(t, "?event_types=key.accessed")
			if len(got) != 1 {
				t.Fatalf("%d key.accessed entries for three calls from one address, want 1: %+v", len(got), got)
			}
			e := got[0]
			if e.ActorType != "api_key" || e.ActorID != k.ID || e.IP != "127.0.0.1" || e.Metadata["reason"] != "new_ip" || e.Metadata["request_id"] == "" {
				t.Fatalf("entry %+v", e)
			}
		})
		t.Run("ARevokedKeysRefusedCallIsInTheRequestLog", func(t *testing.T) {
			gone := createRESTKey(t, s, tok, `{"name":"Revoked and tried","environment":"test"}`)
			keysDo(t, s, keysReq{method: "POST", path: "/v1/api-keys/" + gone.ID + "/revoke", token: tok}).decodeInto(t, http.StatusOK, &restKey{})
			keysDo(t, s, keysReq{method: "GET", path: "/v1/reports", token: gone.Key}).wantError(t, http.StatusUnauthorized, "unauthorized")
			type row struct {
				Status    int
				ErrorCode string
				Route     string
				KeyID     string
			}
			var rows []row
			for deadline := time.Now().Add(5 * time.Second); len(rows) == 0; time.Sleep(50 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatal("the refused call is not in the request log 5 s later")
				}
				var data struct {
					RequestLogs struct{ Edges []struct{ Node row } }
				}
				s.GraphQL(t, tok, `query($k: String) { requestLogs(first: 10, where: {keyID: $k}) { edges { node { status errorCode route keyID } } } }`,
					map[string]any{"k": gone.ID}).Decode(t, &data)
				for _, e := range data.RequestLogs.Edges {
					rows = append(rows, e.Node)
				}
			}
			if len(rows) != 1 || rows[0].Status != 401 || rows[0].ErrorCode != "unauthorized" || rows[0].Route != "GET /v1/reports" {
				t.Fatalf("request log %+v, want the one 401 unauthorized on GET /v1/reports", rows)
			}
			// A refused call is no access.
			var accessed struct{ Data []entry }
			keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys/" + gone.ID + "/logs?event_types=key.accessed", token: tok}).
				decodeInto(t, http.StatusOK, &accessed)
			if len(accessed.Data) != 0 {
				t.Fatalf("a revoked key's refused call wrote key.accessed: %+v", accessed.Data)
			}
		})
	})
}
