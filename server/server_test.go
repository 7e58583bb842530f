package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

func get(t *testing.T, s *servertest.Server, path string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, s.URL+path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := s.HTTP.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, body
}

func TestHTTPSurface(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL, func(c *server.Config) {
			c.CORSOrigins = []string{"https://app.trust.keybs.io"}
			c.MaxBodyBytes = 64 << 10
		})

		t.Run("HealthzAndReadyzAreOK", func(t *testing.T) {
			for _, p := range []string{"/healthz", "/readyz"} {
				if res, body := get(t, s, p, nil); res.StatusCode != 200 || !strings.Contains(string(body), `"ok"`) {
					t.Errorf("%s = %d %s", p, res.StatusCode, body)
				}
			}
		})
		t.Run("EveryResponseHasARequestID", func(t *testing.T) {
			for _, p := range []string{"/healthz", "/v1/unknown", "/graphql?query={__typename}", "/"} {
				if res, _ := get(t, s, p, nil); !strings.HasPrefix(res.Header.Get("X-Request-Id"), "req_") {
					t.Errorf("%s has X-Request-Id %q", p, res.Header.Get("X-Request-Id"))
				}
			}
		})
		t.Run("SaneIncomingRequestIDIsEchoedAndUsedInTheEnvelope", func(t *testing.T) {
			res, body := get(t, s, "/v1/unknown", map[string]string{"X-Request-Id": "partner-trace-42"})
			var env struct {
				Error struct {
					Code      string
					RequestID string `json:"request_id"`
				}
			}
			servertest.Must(t, json.Unmarshal(body, &env))
			if res.StatusCode != 404 || res.Header.Get("X-Request-Id") != "partner-trace-42" || env.Error.RequestID != "partner-trace-42" || env.Error.Code != "not_found" {
				t.Fatalf("%d %v %s", res.StatusCode, res.Header, body)
			}
		})
		t.Run("CORSAllowsOnlyTheAllowlist", func(t *testing.T) {
			res, _ := get(t, s, "/healthz", map[string]string{"Origin": "https://app.trust.keybs.io"})
			if res.Header.Get("Access-Control-Allow-Origin") != "https://app.trust.keybs.io" {
				t.Errorf("allowed origin not echoed: %v", res.Header)
			}
			res, _ = get(t, s, "/healthz", map[string]string{"Origin": "https://evil.example"})
			if res.Header.Get("Access-Control-Allow-Origin") != "" {
				t.Errorf("foreign origin allowed: %v", res.Header)
			}
			res, _ = get(t, s, "/healthz", nil)
			if res.StatusCode != 200 {
				t.Errorf("server-to-server call without Origin refused: %d", res.StatusCode)
			}
		})
		t.Run("OversizeGraphQLBodyIs413", func(t *testing.T) {
			body := `{"query":"{ __typename }","variables":{"pad":"` + strings.Repeat("x", 70<<10) + `"}}`
			res, err := s.HTTP.Client().Post(s.URL+"/graphql", "application/json", strings.NewReader(body))
			servertest.Must(t, err)
			defer res.Body.Close()
			raw, _ := io.ReadAll(res.Body)
			if res.StatusCode != 413 || !strings.Contains(string(raw), "payload_too_large") {
				t.Fatalf("%d %s", res.StatusCode, raw)
			}
		})
		t.Run("OversizeChunkedBodyIsAClientError", func(t *testing.T) {
			body := io.MultiReader(strings.NewReader(`{"query":"{ __typename }","variables":{"pad":"`), bytes.NewReader(bytes.Repeat([]byte("x"), 70<<10)), strings.NewReader(`"}}`))
			req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", body)
			req.Header.Set("Content-Type", "application/json")
			res, err := s.HTTP.Client().Do(req)
			servertest.Must(t, err)
			defer res.Body.Close()
			raw, _ := io.ReadAll(res.Body)
			if res.StatusCode != 413 || !strings.Contains(string(raw), "payload_too_large") {
				t.Fatalf("chunked oversize body got %d %s", res.StatusCode, raw)
			}
		})
		t.Run("PortalRoutesFallBackToTheApp", func(t *testing.T) {
			// A deep link gets exactly what / gets: the app when it is built
			// into this binary, the "not built" notice when it is not.
			root, rootBody := get(t, s, "/", nil)
			deep, deepBody := get(t, s, "/keys/some-deep-link", nil)
			if deep.StatusCode != root.StatusCode || string(deepBody) != string(rootBody) ||
				deep.Header.Get("Content-Type") != root.Header.Get("Content-Type") {
				t.Fatalf("deep link = %d %q, / = %d %q", deep.StatusCode, deepBody, root.StatusCode, rootBody)
			}
			if res, _ := get(t, s, "/assets/missing-file.js", nil); res.StatusCode != 404 {
				t.Fatalf("missing asset = %d, want 404", res.StatusCode)
			}
		})
		for _, tc := range []struct {
			name, body, code string
			status           int
		}{
			{"MalformedJSONBodyIs400", `{"query": "{ viewer { `, "", 400},
			{"MalformedGraphQLIsParseFailed", `{"query": "{ viewer { "}`, "GRAPHQL_PARSE_FAILED", 200},
			{"UnknownFieldIsValidationFailed", `{"query": "{ nope }"}`, "GRAPHQL_VALIDATION_FAILED", 200},
		} {
			t.Run(tc.name, func(t *testing.T) {
				res, err := s.HTTP.Client().Post(s.URL+"/graphql", "application/json", strings.NewReader(tc.body))
				servertest.Must(t, err)
				defer res.Body.Close()
				raw, _ := io.ReadAll(res.Body)
				if res.StatusCode != tc.status || !strings.Contains(string(raw), `"errors"`) || !strings.Contains(string(raw), tc.code) {
					t.Fatalf("got %d %s, want %d with errors %s", res.StatusCode, raw, tc.status, tc.code)
				}
			})
		}
		t.Run("HugeQueryIsRefusedAsTooComplex", func(t *testing.T) {
			var q strings.Builder
			q.WriteString("{")
			for i := 0; i < 600; i++ {
				fmt.Fprintf(&q, " t%d: termsOfService { version }", i)
			}
			q.WriteString(" }")
			res := s.GraphQL(t, "", q.String(), nil)
			if len(res.Errors) == 0 || res.Errors[0].Code() != "query_too_complex" {
				t.Fatalf("got %+v", res.Errors)
			}
		})
	})
}

func TestAPQ(t *testing.T) {
	s := servertest.Start(t, testdb.SQLiteURL(t))
	const q = "{ termsOfService { version } }"
	const hash = "2f2c0d5bd7b0e0c9c63a77f1b0d05a5b0bb6fa8efe22d2e9d6e1bd7c2f7fd0d9" // deliberately wrong
	body := func(withQuery bool, h string) string {
		m := map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": h}}}
		if withQuery {
			m["query"] = q
		}
		b, _ := json.Marshal(m)
		return string(b)
	}
	post := func(b string) string {
		res, err := s.HTTP.Client().Post(s.URL+"/graphql", "application/json", strings.NewReader(b))
		servertest.Must(t, err)
		defer res.Body.Close()
		raw, _ := io.ReadAll(res.Body)
		return string(raw)
	}
	if got := post(body(false, hash)); !strings.Contains(got, "PersistedQueryNotFound") {
		t.Fatalf("unknown hash: %s", got)
	}
	if got := post(body(true, hash)); !strings.Contains(got, "provided APQ hash does not match query") {
		t.Fatalf("mismatched hash accepted: %s", got)
	}
}
