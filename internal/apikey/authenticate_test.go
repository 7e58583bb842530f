package apikey_test

import (
	"context"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	entkey "github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
)

// mustKey stores a key for a fresh tenant and returns its plain secret.
func mustKey(t *testing.T, db *database.DB, mutate func(*ent.APIKeyCreate)) (string, *ent.APIKey) {
	t.Helper()
	ctx := testkit.System()
	tn := testkit.MustTenant(t, db.Client, "t-"+t.Name())
	secret, err := apikey.Generate(entkey.KindSECRET, environment.Test)
	if err != nil {
		t.Fatal(err)
	}
	create := db.Client.APIKey.Create().SetTenantID(tn.ID).SetApplicationID(tn.AppID).SetName("k").
		SetKind(entkey.KindSECRET).SetEnvironment(environment.Test).SetKeyHash(secret.Hash).
		SetPrefix(secret.Prefix).SetLast4(secret.Last4).SetScopes([]string{"verification:read"}).
		SetRateLimitPerMinute(120).SetRotationDueAt(time.Now().Add(90 * 24 * time.Hour))
	if mutate != nil {
		mutate(create)
	}
	return secret.Plain, create.SaveX(ctx)
}

// TestLastUsedIsAccurateToTheMinuteWithoutAWritePerRequest drives the
// authenticator with an injected clock and reads last_used_at back after
// closing it (which flushes its queue).
func TestLastUsedIsAccurateToTheMinuteWithoutAWritePerRequest(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		plain, key := mustKey(t, db, nil)
		t0 := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
		c := testkit.NewClock(t0)
		log := testkit.DiscardLog()
		sys := testkit.System()

		use := func(a *apikey.Authenticator, ip string) {
			t.Helper()
			if _, err := a.Authenticate(context.Background(), apikey.Request{Key: plain, ClientIP: ip}); err != nil {
				t.Fatal(err)
			}
		}
		a, err := apikey.NewAuthenticator(db.SQL, db.Dialect, c.Now, log)
		if err != nil {
			t.Fatal(err)
		}
		use(a, "198.51.100.7")
		for i := 0; i < 20; i++ { // a burst within the minute writes nothing more
			c.Advance(2 * time.Second)
			use(a, "198.51.100.7")
		}
		if err := a.Close(); err != nil {
			t.Fatal(err)
		}
		got := db.Client.APIKey.GetX(sys, key.ID)
		if got.LastUsedAt == nil || !got.LastUsedAt.Equal(t0) || *got.LastUsedIP != "198.51.100.7" {
			t.Fatalf("after a burst within one minute: last used %v from %v, want exactly the first use %v", got.LastUsedAt, got.LastUsedIP, t0)
		}

		a, err = apikey.NewAuthenticator(db.SQL, db.Dialect, c.Now, log)
		if err != nil {
			t.Fatal(err)
		}
		c.Set(t0.Add(61 * time.Second))
		use(a, "198.51.100.7")
		c.Advance(time.Second)
		use(a, "203.0.113.9") // a new IP is recorded at once
		if err := a.Close(); err != nil {
			t.Fatal(err)
		}
		got = db.Client.APIKey.GetX(sys, key.ID)
		if !got.LastUsedAt.Equal(t0.Add(62*time.Second)) || *got.LastUsedIP != "203.0.113.9" {
			t.Fatalf("last used %v from %v, want %v from 203.0.113.9", got.LastUsedAt, *got.LastUsedIP, t0.Add(62*time.Second))
		}
	})
}

func TestAuthenticateOutcomes(t *testing.T) {
	db := testkit.Open(t, testdb.SQLiteURL(t))
	now := time.Now()
	past, future := now.Add(-time.Minute), now.Add(time.Hour)
	log := testkit.DiscardLog()
	a, err := apikey.NewAuthenticator(db.SQL, db.Dialect, time.Now, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close() })

	cases := []struct {
		name   string
		mutate func(*ent.APIKeyCreate)
		ip     string
		kind   fault.Kind
	}{
		{"ActiveKeyIsAccepted", nil, "127.0.0.1", ""},
		{"RevokedKeyIsUnauthorized", func(c *ent.APIKeyCreate) { c.SetRevokedAt(past) }, "127.0.0.1", fault.Unauthorized},
		{"ExpiredKeyIsExpiredAPIKey", func(c *ent.APIKeyCreate) { c.SetExpiresAt(past) }, "127.0.0.1", fault.ExpiredAPIKey},
		{"RotatedKeyWorksDuringGrace", func(c *ent.APIKeyCreate) { c.SetGraceUntil(future) }, "127.0.0.1", ""},
		{"RotatedKeyAfterGraceIsUnauthorized", func(c *ent.APIKeyCreate) { c.SetGraceUntil(past) }, "127.0.0.1", fault.Unauthorized},
		{"IPInsideAllowlistIsAccepted", func(c *ent.APIKeyCreate) { c.SetIPAllowlist([]string{"10.0.0.0/8", "2001:db8::/32"}) }, "2001:db8::1", ""},
		{"IPOutsideAllowlistIsForbidden", func(c *ent.APIKeyCreate) { c.SetIPAllowlist([]string{"10.0.0.0/8"}) }, "127.0.0.1", fault.Forbidden},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			plain, key := mustKey(t, db, tc.mutate)
			p, err := a.Authenticate(context.Background(), apikey.Request{Key: plain, ClientIP: tc.ip})
			if tc.kind == "" {
				if err != nil || p.KeyID != key.ID || p.TenantID != key.TenantID || p.Environment != environment.Test {
					t.Fatalf("principal %+v, err %v", p, err)
				}
				return
			}
			if !fault.Is(err, tc.kind) {
				t.Fatalf("err = %v, want %s", err, tc.kind)
			}
		})
	}
	for _, ct := range []entkey.CurrencyType{entkey.CurrencyTypeFIAT, entkey.CurrencyTypeCRYPTO} {
		t.Run("PrincipalCarriesCurrencyType"+string(ct), func(t *testing.T) {
			plain, _ := mustKey(t, db, func(c *ent.APIKeyCreate) { c.SetCurrencyType(ct) })
			p, err := a.Authenticate(context.Background(), apikey.Request{Key: plain, ClientIP: "127.0.0.1"})
			if err != nil || p.CurrencyType != string(ct) {
				t.Fatalf("principal %+v, err %v; want currency type %s", p, err, ct)
			}
		})
	}
	t.Run("UnknownWellFormedKeyIsUnauthorized", func(t *testing.T) {
		s, _ := apikey.Generate(entkey.KindSECRET, environment.Live)
		if _, err := a.Authenticate(context.Background(), apikey.Request{Key: s.Plain}); !fault.Is(err, fault.Unauthorized) {
			t.Fatalf("err = %v", err)
		}
	})
}
