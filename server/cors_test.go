package server_test

import (
	"net/http"
	"testing"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

// TestCORS: a browser page may call the API only from an allowlisted origin;
// with no allowlist, from none. Server-to-server calls (no Origin) are not
// affected.
func TestCORS(t *testing.T) {
	preflight := func(t *testing.T, s *servertest.Server, origin string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest(http.MethodOptions, s.URL+"/v1/verifications", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
		res, err := s.HTTP.Client().Do(req)
		servertest.Must(t, err)
		res.Body.Close()
		return res
	}
	t.Run("AnEmptyAllowlistAllowsNoOrigin", func(t *testing.T) {
		s := servertest.Start(t, testdb.SQLiteURL(t))
		if got := preflight(t, s, "https://evil.example").Header.Get("Access-Control-Allow-Origin"); got != "" {
			t.Fatalf("Access-Control-Allow-Origin %q with no allowlist, want none", got)
		}
	})
	s := servertest.Start(t, testdb.SQLiteURL(t), func(c *server.Config) { c.CORSOrigins = []string{"https://app.trust.keybs.io"} })
	t.Run("AnAllowlistedOriginIsAllowed", func(t *testing.T) {
		res := preflight(t, s, "https://app.trust.keybs.io")
		if res.Header.Get("Access-Control-Allow-Origin") != "https://app.trust.keybs.io" {
			t.Fatalf("preflight headers %v", res.Header)
		}
	})
	t.Run("AnotherOriginIsNot", func(t *testing.T) {
		if got := preflight(t, s, "https://trust.keybs.io.evil.example").Header.Get("Access-Control-Allow-Origin"); got != "" {
			t.Fatalf("Access-Control-Allow-Origin %q for an origin not in the list", got)
		}
	})
	t.Run("ServerToServerCallsAreUnaffected", func(t *testing.T) {
		res, err := s.HTTP.Client().Get(s.URL + "/v1/openapi.json")
		servertest.Must(t, err)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d", res.StatusCode)
		}
	})
}
