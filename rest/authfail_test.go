package rest_test

import (
	"net/http"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

// TestInvalidKeysAreThrottledPerAddress: 60 invalid API keys a minute from
// one client address, then 429 for that address only.
func TestInvalidKeysAreThrottledPerAddress(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		// The test client is a trusted proxy, so X-Forwarded-For picks the
		// client address; the clock stands mid-minute, so the budget's
		// window cannot roll over during the test.
		clock := testkit.NewClock(time.Now().UTC().Truncate(time.Minute).Add(30 * time.Second))
		s := servertest.Start(t, dbURL, func(c *server.Config) {
			c.Clock = clock.Now
			c.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
		})
		cs := &contractServer{Server: s, api: v1Client{base: s.URL, client: s.HTTP.Client()}}
		cs.Owner = s.SignUp(t, "owner@acme.example", "Acme")
		good := cs.mustTestKey(t)
		from := func(ip, key string) v1Response {
			return cs.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: key, Header: map[string]string{"X-Forwarded-For": ip}})
		}
		// A mistyped key, which fails its checksum: the last character
		// changed (to x, or to y when it already is an x).
		last := "x"
		if strings.HasSuffix(good.Secret, "x") {
			last = "y"
		}
		bad := good.Secret[:len(good.Secret)-1] + last

		t.Run("TheBudgetOfFailuresIsAnswered401", func(t *testing.T) {
			for i := range 60 {
				if res := from("203.0.113.7", bad); res.Status != http.StatusUnauthorized {
					t.Fatalf("invalid key %d: %s, want 401", i+1, res)
				}
			}
		})
		t.Run("ThenTheAddressIsRefusedEvenWithAValidKey", func(t *testing.T) {
			from("203.0.113.7", bad) // the 61st failure spends the budget
			for _, key := range []string{bad, good.Secret} {
				res := from("203.0.113.7", key)
				if res.Status != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" {
					t.Fatalf("after 61 failures: %s, want 429 with Retry-After", res)
				}
				res.wantError(t, http.StatusTooManyRequests, "rate_limited")
			}
		})
		t.Run("OtherAddressesAreNotAffected", func(t *testing.T) {
			from("203.0.113.8", good.Secret).wantOK(t, http.StatusOK)
		})
		t.Run("PortalSessionsAreNotAffected", func(t *testing.T) {
			from("203.0.113.7", cs.Owner.AccessToken).wantOK(t, http.StatusOK)
		})
	})
}

// TestUnauthorizedCarriesAChallenge: every 401 says, per RFC 6750, to use a
// Bearer credential, and whether the one sent was refused.
func TestUnauthorizedCarriesAChallenge(t *testing.T) {
	cs := startContract(t, testdb.SQLiteURL(t))
	for _, tc := range []struct {
		name, key, want string
	}{
		{"NoCredential", "", `Bearer realm="KeyBS API"`},
		{"AnInvalidKey", "kbs_test_nope", `Bearer realm="KeyBS API", error="invalid_token"`},
		{"AnInvalidJWT", "eyJhbGciOiJIUzI1NiJ9.e30.x", `Bearer realm="KeyBS API", error="invalid_token"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := cs.api.do(t, v1Request{Path: "/v1/verifications", Key: tc.key})
			res.wantError(t, http.StatusUnauthorized, "unauthorized")
			if got := res.Header.Get("WWW-Authenticate"); got != tc.want {
				t.Fatalf("WWW-Authenticate %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("OtherErrorsHaveNone", func(t *testing.T) {
		res := cs.api.do(t, v1Request{Path: "/v1/verifications/vrc_none", Key: cs.mustTestKey(t).Secret})
		if res.Status != http.StatusNotFound || strings.Contains(res.Header.Get("WWW-Authenticate"), "Bearer") {
			t.Fatalf("%s", res)
		}
	})
}
