package signing_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/signing"
	"github.com/keybs/platform/internal/testdb"
)

// clock is a settable test clock.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func seed(b byte) []byte { return bytes.Repeat([]byte{b}, signing.SeedSize) }

func mustOpenDB(t *testing.T, dbURL string) *database.DB {
	t.Helper()
	db, err := database.Open(context.Background(), dbURL)
	if err != nil {
		t.Fatalf("open database: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

func mustOpenKeyring(t *testing.T, db *database.DB, s []byte, c *clock) *signing.Keyring {
	t.Helper()
	k, err := signing.Open(context.Background(), db.Client, s, c.now)
	if err != nil {
		t.Fatalf("signing.Open: %v", err)
	}
	return k
}

func mustSign(t *testing.T, k *signing.Keyring) signing.Signed {
	t.Helper()
	at := time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)
	s, err := k.Sign(signing.Report{
		VerificationID: "KBS-VR-7F3A", SupplierName: "Acme Trading Co.", CountryCode: "IN", TrustScore: 78,
		RiskBand: "medium", Environment: environment.Live, SignedAt: at, ValidUntil: at.AddDate(1, 0, 0),
	})
	if err != nil {
		t.Fatalf("Sign: %v", err)
	}
	return s
}

func mustKeys(t *testing.T, k *signing.Keyring) []signing.PublicKey {
	t.Helper()
	keys, err := k.Keys(context.Background())
	if err != nil {
		t.Fatalf("Keys: %v", err)
	}
	return keys
}

func kids(keys []signing.PublicKey) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k.KeyID
		if k.Retired() {
			out[i] += " (retired)"
		}
	}
	return out
}

func TestKeyring(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		ctx := context.Background()
		db := mustOpenDB(t, dbURL)
		c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
		first := mustOpenKeyring(t, db, seed(1), c)
		oldReport := mustSign(t, first)

		t.Run("StartRecordsTheKeyAsCurrent", func(t *testing.T) {
			keys := mustKeys(t, first)
			if len(keys) != 1 || keys[0].KeyID != first.KeyID() || keys[0].Retired() {
				t.Fatalf("keys = %v, want only %s, current", kids(keys), first.KeyID())
			}
			if !keys[0].CreatedAt.Equal(c.t) {
				t.Errorf("CreatedAt = %v, want the clock's %v", keys[0].CreatedAt, c.t)
			}
		})

		t.Run("ARoundTripVerifies", func(t *testing.T) {
			if err := first.Verify(ctx, oldReport); err != nil {
				t.Errorf("Verify: %v", err)
			}
		})

		t.Run("ASecondReplicaWithTheSameKeyAddsNoKey", func(t *testing.T) {
			c.t = c.t.Add(time.Hour)
			replica := mustOpenKeyring(t, db, seed(1), c)
			keys := mustKeys(t, replica)
			if len(keys) != 1 || keys[0].KeyID != first.KeyID() || keys[0].Retired() {
				t.Fatalf("keys = %v, want only %s, current", kids(keys), first.KeyID())
			}
			if err := replica.Verify(ctx, oldReport); err != nil {
				t.Errorf("the replica does not verify the first one's report: %v", err)
			}
		})

		c.t = c.t.Add(24 * time.Hour)
		rotated := mustOpenKeyring(t, db, seed(2), c)
		newReport := mustSign(t, rotated)

		t.Run("AChangedKeyIsCurrentAndTheOldOneRetired", func(t *testing.T) {
			keys := mustKeys(t, rotated)
			want := []string{rotated.KeyID(), first.KeyID() + " (retired)"}
			if got := kids(keys); strings.Join(got, ",") != strings.Join(want, ",") {
				t.Fatalf("keys = %v, want %v", got, want)
			}
			if !keys[1].RetiredAt.Equal(c.t) {
				t.Errorf("RetiredAt = %v, want %v", keys[1].RetiredAt, c.t)
			}
		})

		t.Run("TheRetiredKeyStillVerifiesItsOldReports", func(t *testing.T) {
			if err := rotated.Verify(ctx, oldReport); err != nil {
				t.Errorf("Verify(old report): %v", err)
			}
			if err := rotated.Verify(ctx, newReport); err != nil {
				t.Errorf("Verify(new report): %v", err)
			}
		})

		t.Run("TheJWKSetListsBothCurrentFirst", func(t *testing.T) {
			set, err := rotated.JWKS(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(set.Keys) != 2 || set.Keys[0].Kid != rotated.KeyID() || set.Keys[0].Status != "" ||
				set.Keys[1].Kid != first.KeyID() || set.Keys[1].Status != "retired" {
				t.Fatalf("JWKS = %+v", set)
			}
			keys, err := set.PublicKeys()
			if err != nil {
				t.Fatal(err)
			}
			if err := signing.Verify(keys, oldReport); err != nil {
				t.Errorf("the old report does not verify against the published set: %v", err)
			}
		})

		t.Run("AnUnknownKeyFailsWithAReason", func(t *testing.T) {
			stranger, err := signing.NewSigner(seed(9))
			if err != nil {
				t.Fatal(err)
			}
			s, err := stranger.Sign(map[string]any{"verification_id": "KBS-VR-7F3A"})
			if err != nil {
				t.Fatal(err)
			}
			if err := rotated.Verify(ctx, s); !errors.Is(err, signing.ErrUnknownKey) {
				t.Errorf("Verify = %v, want ErrUnknownKey", err)
			}
		})

		t.Run("ATamperedReportFails", func(t *testing.T) {
			s := oldReport
			s.Canonical = strings.Replace(s.Canonical, `"trust_score":78`, `"trust_score":99`, 1)
			if err := rotated.Verify(ctx, s); !errors.Is(err, signing.ErrDigestMismatch) {
				t.Errorf("Verify = %v, want ErrDigestMismatch", err)
			}
		})

		t.Run("GoingBackToTheOldKeyMakesItCurrentAgain", func(t *testing.T) {
			c.t = c.t.Add(time.Hour)
			back := mustOpenKeyring(t, db, seed(1), c)
			want := []string{first.KeyID(), rotated.KeyID() + " (retired)"}
			if got := kids(mustKeys(t, back)); strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("keys = %v, want %v", got, want)
			}
		})

		t.Run("ACorruptedKeyRowIsAnError", func(t *testing.T) {
			sys := privacy.DecisionContext(ctx, privacy.Allow)
			if err := db.Client.SigningKey.Create().SetKid("not-a-thumbprint").SetPublicKey(seed(3)).Exec(sys); err != nil {
				t.Fatal(err)
			}
			if _, err := rotated.Keys(ctx); err == nil || !strings.Contains(err.Error(), "does not match its kid") {
				t.Errorf("Keys = %v, want an error about the corrupted row", err)
			}
			bad := oldReport
			bad.KeyID = "not-a-thumbprint"
			bad.Canonical = strings.Replace(bad.Canonical, first.KeyID(), bad.KeyID, 1)
			if err := rotated.Verify(ctx, bad); err == nil || !strings.Contains(err.Error(), "does not match its kid") {
				t.Errorf("Verify = %v, want an error about the corrupted row", err)
			}
		})

		t.Run("KeysAreInvisibleOutsideASystemContext", func(t *testing.T) {
			if n, err := db.Client.SigningKey.Query().Count(ctx); err == nil {
				t.Errorf("an ordinary context counted %d signing keys", n)
			}
		})
	})
}

// Replicas sharing one key may start at the same moment; each opens its own
// connection pool, as separate processes would.
func TestReplicasStartingTogetherShareOneKey(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		mustOpenDB(t, dbURL) // migrate once, as the first replica would
		c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
		const replicas = 4
		errs := make(chan error, replicas)
		var wg sync.WaitGroup
		for range replicas {
			db := mustOpenDB(t, dbURL)
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := signing.Open(context.Background(), db.Client, seed(1), c.now)
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Errorf("Open: %v", err)
			}
		}
		k := mustOpenKeyring(t, mustOpenDB(t, dbURL), seed(1), c)
		if keys := mustKeys(t, k); len(keys) != 1 || keys[0].Retired() {
			t.Errorf("keys = %v, want one current key", kids(keys))
		}
	})
}

func TestKeyringFailures(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
		t.Run("ABadSeedIsRefused", func(t *testing.T) {
			db := mustOpenDB(t, dbURL)
			if _, err := signing.Open(context.Background(), db.Client, seed(1)[:31], c.now); err == nil {
				t.Error("Open accepted a 31-byte seed")
			}
		})
		t.Run("AnUnreachableDatabaseIsNotAVerdict", func(t *testing.T) {
			db, err := database.Open(context.Background(), dbURL)
			if err != nil {
				t.Fatal(err)
			}
			k := mustOpenKeyring(t, db, seed(1), c)
			s := mustSign(t, k)
			_ = db.Close()
			err = k.Verify(context.Background(), s)
			for _, reason := range []error{signing.ErrUnknownKey, signing.ErrBadSignature, signing.ErrDigestMismatch, signing.ErrNotCanonical, signing.ErrKeyIDMismatch} {
				if errors.Is(err, reason) {
					t.Errorf("Verify on a closed database = %v, a verdict", err)
				}
			}
			if err == nil {
				t.Error("Verify on a closed database succeeded")
			}
			if _, err := k.JWKS(context.Background()); err == nil {
				t.Error("JWKS on a closed database succeeded")
			}
			if _, err := signing.Open(context.Background(), db.Client, seed(2), c.now); err == nil {
				t.Error("Open on a closed database succeeded")
			}
		})
	})
}
