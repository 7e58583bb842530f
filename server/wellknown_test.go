package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/signing"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

const jwksPath = "/.well-known/keybs-signing-keys.json"

func withSigningKey(b byte) func(*server.Config) {
	return func(c *server.Config) { c.SigningKey = bytes.Repeat([]byte{b}, signing.SeedSize) }
}

// fetchJWKS gets the JWK set with no credentials, as any verifier would.
func fetchJWKS(t *testing.T, s *servertest.Server) (*http.Response, signing.JWKSet) {
	t.Helper()
	res, body := get(t, s, jwksPath, nil)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d %s", jwksPath, res.StatusCode, body)
	}
	var set signing.JWKSet
	if err := json.Unmarshal(body, &set); err != nil {
		t.Fatalf("JWK set %s: %v", body, err)
	}
	return res, set
}

func signSample(t *testing.T, s *servertest.Server) signing.Signed {
	t.Helper()
	at := time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)
	signed, err := s.Signing.Sign(signing.Report{
		VerificationID: "KBS-VR-7F3A", SupplierName: "Acme Trading Co.", CountryCode: "IN", TrustScore: 78,
		RiskBand: "medium", Environment: environment.Live, SignedAt: at, ValidUntil: at.AddDate(1, 0, 0),
	})
	if err != nil {
		t.Fatalf("Sign: %v", err)
	}
	return signed
}

func TestSigningKeysRoute(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		first := servertest.Start(t, dbURL, withSigningKey(1), func(c *server.Config) {
			c.CORSOrigins = []string{"https://app.trust.keybs.io"}
		})
		oldReport := signSample(t, first)

		t.Run("IsAPublicCacheableJWKSet", func(t *testing.T) {
			res, set := fetchJWKS(t, first)
			checks := map[string]string{
				"Content-Type":                "application/json; charset=utf-8",
				"Cache-Control":               "public, max-age=300",
				"Access-Control-Allow-Origin": "*",
			}
			for h, want := range checks {
				if got := res.Header.Get(h); got != want {
					t.Errorf("%s = %q, want %q", h, got, want)
				}
			}
			if len(set.Keys) != 1 || set.Keys[0].Kid != first.Signing.KeyID() || set.Keys[0].Kty != "OKP" ||
				set.Keys[0].Crv != "Ed25519" || set.Keys[0].Status != "" {
				t.Errorf("JWK set = %+v, want the one current key %s", set, first.Signing.KeyID())
			}
		})

		t.Run("AnyBrowserOriginMayReadIt", func(t *testing.T) {
			res, _ := get(t, first, jwksPath, map[string]string{"Origin": "https://partner.example"})
			if got := res.Header.Get("Access-Control-Allow-Origin"); got != "*" {
				t.Errorf("Access-Control-Allow-Origin = %q, want *", got)
			}
		})

		t.Run("ASignatureVerifiesAgainstThePublishedSet", func(t *testing.T) {
			_, set := fetchJWKS(t, first)
			keys, err := set.PublicKeys()
			if err != nil {
				t.Fatal(err)
			}
			if err := signing.Verify(keys, oldReport); err != nil {
				t.Errorf("Verify: %v", err)
			}
		})

		t.Run("PostIsNotServedAsTheSet", func(t *testing.T) {
			res, err := first.HTTP.Client().Post(first.URL+jwksPath, "application/json", nil)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode == http.StatusOK && res.Header.Get("Cache-Control") == "public, max-age=300" {
				t.Error("POST answered with the JWK set")
			}
		})

		// A restart with a new KEYBS_SIGNING_KEY on the same database; the
		// first server keeps running, as a replica not yet restarted would.
		second := servertest.Start(t, dbURL, withSigningKey(2))

		t.Run("AfterAKeyChangeBothKeysArePublishedCurrentFirst", func(t *testing.T) {
			for name, s := range map[string]*servertest.Server{"new": second, "old": first} {
				_, set := fetchJWKS(t, s)
				if len(set.Keys) != 2 || set.Keys[0].Kid != second.Signing.KeyID() || set.Keys[0].Status != "" ||
					set.Keys[1].Kid != first.Signing.KeyID() || set.Keys[1].Status != "retired" {
					t.Errorf("%s server publishes %+v, want %s then %s (retired)", name, set.Keys, second.Signing.KeyID(), first.Signing.KeyID())
				}
			}
		})

		t.Run("AReportSignedWithTheRetiredKeyStillVerifies", func(t *testing.T) {
			_, set := fetchJWKS(t, second)
			keys, err := set.PublicKeys()
			if err != nil {
				t.Fatal(err)
			}
			if err := signing.Verify(keys, oldReport); err != nil {
				t.Errorf("Verify against the published set: %v", err)
			}
			if err := second.Signing.Verify(t.Context(), oldReport); err != nil {
				t.Errorf("Keyring.Verify on the restarted server: %v", err)
			}
			if err := signing.Verify(keys, signSample(t, second)); err != nil {
				t.Errorf("a new report does not verify: %v", err)
			}
		})

		t.Run("ADatabaseFailureIsA500ThatIsNotCached", func(t *testing.T) {
			broken := servertest.Start(t, testdb.SQLiteURL(t))
			_ = broken.DB.Close()
			res, body := get(t, broken, jwksPath, nil)
			if res.StatusCode != http.StatusInternalServerError || !bytes.Contains(body, []byte(`"server_error"`)) {
				t.Errorf("GET = %d %s, want 500 server_error", res.StatusCode, body)
			}
			if cc := res.Header.Get("Cache-Control"); cc == "public, max-age=300" {
				t.Errorf("an error is cacheable: Cache-Control %q", cc)
			}
		})
	})
}
