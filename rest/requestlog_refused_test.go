package rest_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// loggedCall is a request log row as the portal reads it.
type loggedCall struct {
	KeyID        *string
	Route        string
	Status       int
	ErrorCode    *string
	ResponseBody *string
}

// waitForLoggedCall polls the request log (the writer is batched) until the
// call with requestID is stored, as token's tenant sees it.
func waitForLoggedCall(t *testing.T, s *servertest.Server, token, requestID string) loggedCall {
	t.Helper()
	const q = `query($r: String!) { requestLogs(first: 2, where: {requestID: $r}) { edges { node {
		keyID route status errorCode responseBody } } } }`
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		var data struct {
			RequestLogs struct{ Edges []struct{ Node loggedCall } }
		}
		s.GraphQL(t, token, q, map[string]any{"r": requestID}).Decode(t, &data)
		if len(data.RequestLogs.Edges) == 1 {
			return data.RequestLogs.Edges[0].Node
		}
		if time.Now().After(deadline) {
			t.Fatalf("request %s is not in the request log 5 s later (%d rows)", requestID, len(data.RequestLogs.Edges))
		}
	}
}

// Every /v1 call by an identified caller is in its request log, whatever
// refused it: the credential, its kind, a budget, the body limit or the route.
func TestRefusedCallsAreInTheRequestLog(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		tok := s.SignUp(t, "owner@refused.example", "Refused Co").AccessToken
		other := s.SignUp(t, "owner@bystander.example", "Bystander Co").AccessToken
		key := createRESTKey(t, s, tok, `{"name":"Busy key","environment":"test"}`)
		gone := createRESTKey(t, s, tok, `{"name":"Revoked key","environment":"test"}`)
		keysDo(t, s, keysReq{method: "POST", path: "/v1/api-keys/" + gone.ID + "/revoke", token: tok}).decodeInto(t, http.StatusOK, &restKey{})

		call := func(t *testing.T, r keysReq, requestID string, status int, code string) loggedCall {
			t.Helper()
			if r.header == nil {
				r.header = map[string]string{}
			}
			r.header["X-Request-Id"] = requestID
			keysDo(t, s, r).wantError(t, status, code)
			got := waitForLoggedCall(t, s, tok, requestID)
			if got.Status != status || got.ErrorCode == nil || *got.ErrorCode != code {
				t.Fatalf("logged %+v, want %d %s", got, status, code)
			}
			return got
		}
		wantKey := func(t *testing.T, got loggedCall, id string) {
			t.Helper()
			if got.KeyID == nil || *got.KeyID != id {
				t.Fatalf("logged under key %v, want %s", got.KeyID, id)
			}
		}

		t.Run("ARevokedKeysCallIsLoggedUnderTheKey", func(t *testing.T) {
			got := call(t, keysReq{method: "GET", path: "/v1/verifications", token: gone.Key}, "req_refused_revoked", 401, "unauthorized")
			wantKey(t, got, gone.ID)
			if got.Route != "GET /v1/verifications" {
				t.Fatalf("route %q", got.Route)
			}
		})
		t.Run("AMistypedKeyIsLoggedUnderTheKeyItImitates", func(t *testing.T) {
			// One character changed in the middle: the checksum fails, the
			// display prefix and the last four still name the key.
			b := []byte(key.Key)
			if b[20] == 'a' {
				b[20] = 'b'
			} else {
				b[20] = 'a'
			}
			typo := string(b)
			env := keysDo(t, s, keysReq{method: "GET", path: "/v1/verifications", token: typo,
				header: map[string]string{"X-Request-Id": "req_refused_typo"}}).wantError(t, 401, "unauthorized")
			stranger := keysDo(t, s, keysReq{method: "GET", path: "/v1/verifications", token: "kbs_test_" + strings.Repeat("Z", 40)}).
				wantError(t, 401, "unauthorized")
			if env.Error.Message != stranger.Error.Message {
				t.Fatalf("a look-alike is answered %q, an unknown key %q: the answer must not tell them apart", env.Error.Message, stranger.Error.Message)
			}
			wantKey(t, waitForLoggedCall(t, s, tok, "req_refused_typo"), key.ID)
		})
		t.Run("AForbiddenCallIsLogged", func(t *testing.T) {
			got := call(t, keysReq{method: "GET", path: "/v1/api-keys", token: key.Key}, "req_refused_forbidden", 403, "forbidden")
			wantKey(t, got, key.ID)
		})
		t.Run("AnOversizeBodyIsLoggedUnderItsRoute", func(t *testing.T) {
			big := `{"supplier_name":"` + strings.Repeat("x", 1<<20) + `"}`
			got := call(t, keysReq{method: "POST", path: "/v1/verifications", token: key.Key, body: big}, "req_refused_oversize", 413, "payload_too_large")
			wantKey(t, got, key.ID)
			if got.Route != "POST /v1/verifications" {
				t.Fatalf("route %q, want the route the call was meant for", got.Route)
			}
		})
		t.Run("AnOversizeChunkedBodyIsLoggedToo", func(t *testing.T) {
			big := `{"supplier_name":"` + strings.Repeat("x", 1<<20) + `"}`
			got := call(t, keysReq{method: "POST", path: "/v1/verifications", token: key.Key, body: big, chunked: true}, "req_refused_oversize_chunked", 413, "payload_too_large")
			wantKey(t, got, key.ID)
		})
		t.Run("AnOversizeBodyOnTheMirrorIsLogged", func(t *testing.T) {
			big := strings.Repeat("x", 1<<20+1)
			got := call(t, keysReq{method: "POST", path: "/api/public/v1/verifications", token: key.Key, body: big}, "req_refused_oversize_mirror", 413, "payload_too_large")
			wantKey(t, got, key.ID)
		})
		t.Run("AnUnknownRouteIsLogged", func(t *testing.T) {
			got := call(t, keysReq{method: "GET", path: "/v1/verificatons", token: key.Key}, "req_refused_no_route", 404, "not_found")
			wantKey(t, got, key.ID)
			if got.ResponseBody == nil || !strings.Contains(*got.ResponseBody, "/v1/verificatons") {
				t.Fatalf("response body %v does not name the path that was called", got.ResponseBody)
			}
		})
		t.Run("AWrongMethodIsLogged", func(t *testing.T) {
			got := call(t, keysReq{method: "PUT", path: "/v1/verifications", token: key.Key, body: `{}`}, "req_refused_method", 405, "method_not_allowed")
			wantKey(t, got, key.ID)
		})
		t.Run("ARateLimitedCallIsLogged", func(t *testing.T) {
			// Document uploads have their own budget of 10 a minute per key,
			// taken before the case is looked up.
			path := "/v1/verifications/ver_01jd0000000000000000000000/documents"
			for i := range 10 {
				res := keysDo(t, s, keysReq{method: "POST", path: path, token: key.Key, body: `{}`})
				if res.status == http.StatusTooManyRequests {
					t.Fatalf("call %d was already rate limited", i+1)
				}
			}
			got := call(t, keysReq{method: "POST", path: path, token: key.Key, body: `{}`}, "req_refused_limited", 429, "rate_limited")
			wantKey(t, got, key.ID)
		})
		t.Run("AnotherTenantSeesNoneOfThem", func(t *testing.T) {
			for _, id := range []string{"req_refused_revoked", "req_refused_oversize", "req_refused_no_route"} {
				var data struct {
					RequestLogs struct{ Edges []struct{ Node loggedCall } }
				}
				s.GraphQL(t, other, `query($r: String!) { requestLogs(first: 1, where: {requestID: $r}) { edges { node { status } } } }`,
					map[string]any{"r": id}).Decode(t, &data)
				if len(data.RequestLogs.Edges) != 0 {
					t.Fatal(fmt.Sprintf("another tenant sees %s", id))
				}
			}
		})
		t.Run("AnOversizeAnonymousCallIsStill413", func(t *testing.T) {
			keysDo(t, s, keysReq{method: "POST", path: "/v1/kyc-share/verify", body: strings.Repeat("x", 1<<20+1)}).
				wantError(t, http.StatusRequestEntityTooLarge, "payload_too_large")
		})
	})
}
