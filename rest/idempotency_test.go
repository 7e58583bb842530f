package rest_test

import (
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

// TestIdempotencyKeys: a retried POST with the same Idempotency-Key creates
// one case and replays the first answer; every other use of the key is told
// apart.
func TestIdempotencyKeys(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		clock := testkit.NewClock(time.Now().UTC().Truncate(time.Minute).Add(30 * time.Second))
		s := servertest.Start(t, dbURL, func(c *server.Config) { c.Clock = clock.Now })
		cs := &contractServer{Server: s, api: v1Client{base: s.URL, client: s.HTTP.Client()}}
		cs.Owner = s.SignUp(t, "owner@acme.example", "Acme")
		key := cs.mustTestKey(t).Secret
		body := validCaseBody(map[string]any{"supplier_name": "Idempotent Trading", "client_reference": "sim_manual"})
		post := func(idem string, b any) v1Response {
			return cs.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/verifications", Key: key, Body: b,
				Header: map[string]string{"Idempotency-Key": idem}})
		}
		cases := func() int {
			return cs.DB.Client.VerificationCase.Query().Where(verificationcase.SupplierName("Idempotent Trading")).CountX(testkit.System())
		}

		first := post("order-1", body)
		first.wantOK(t, http.StatusCreated)
		t.Run("TheSameRequestReplaysTheFirstAnswer", func(t *testing.T) {
			again := post("order-1", body)
			if again.Status != http.StatusCreated || string(again.Body) != string(first.Body) || again.Header.Get("Idempotent-Replayed") != "true" {
				t.Fatalf("retry answered %s (replayed %q), want the first answer %s replayed", again, again.Header.Get("Idempotent-Replayed"), first.Body)
			}
			if first.Header.Get("Idempotent-Replayed") != "" {
				t.Fatal("the first answer says it was replayed")
			}
			if n := cases(); n != 1 {
				t.Fatalf("%d cases after a retry, want 1", n)
			}
		})
		t.Run("TheSameKeyWithAnotherBodyIsAConflict", func(t *testing.T) {
			other := validCaseBody(map[string]any{"supplier_name": "Idempotent Trading", "country_code": "GB"})
			post("order-1", other).wantError(t, http.StatusConflict, "idempotency_conflict")
			if n := cases(); n != 1 {
				t.Fatalf("%d cases, want 1", n)
			}
		})
		t.Run("ARefusalIsReplayedToo", func(t *testing.T) {
			bad := validCaseBody(map[string]any{"country_code": "ZZ"})
			post("order-bad", bad).wantError(t, http.StatusUnprocessableEntity, "validation_error")
			if res := post("order-bad", bad); res.Header.Get("Idempotent-Replayed") != "true" {
				t.Fatalf("retry of a refused request %s was not a replay", res)
			}
		})
		t.Run("ConcurrentRequestsWithOneKeyRunOnce", func(t *testing.T) {
			b := validCaseBody(map[string]any{"supplier_name": "Idempotent Trading", "client_reference": "race"})
			statuses := make([]int, 8)
			var wg sync.WaitGroup
			start := make(chan struct{})
			for i := range statuses {
				wg.Go(func() {
					<-start
					statuses[i] = post("order-race", b).Status
				})
			}
			close(start)
			wg.Wait()
			created := 0
			for _, st := range statuses {
				switch st {
				case http.StatusCreated:
					created++
				case http.StatusConflict:
				default:
					t.Fatalf("statuses %v: want 201 and 409 only", statuses)
				}
			}
			if n := cases(); n != 2 || created < 1 {
				t.Fatalf("%d cases (statuses %v), want the racing key to create exactly one", n, statuses)
			}
		})
		t.Run("KeysAreScopedToTheTenantAndEnvironment", func(t *testing.T) {
			other := s.SignUp(t, "owner@globex.example", "Globex")
			otherKey := cs.mustKey(t, other.AccessToken, nil).Secret
			res := cs.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/verifications", Key: otherKey, Body: body,
				Header: map[string]string{"Idempotency-Key": "order-1"}})
			if res.Status != http.StatusCreated || res.Header.Get("Idempotent-Replayed") != "" {
				t.Fatalf("another tenant's first use of the key: %s", res)
			}
		})
		t.Run("AfterADayTheKeyRunsAgain", func(t *testing.T) {
			clock.Advance(24*time.Hour + time.Minute)
			if res := post("order-1", body); res.Status != http.StatusCreated || res.Header.Get("Idempotent-Replayed") != "" {
				t.Fatalf("a day later: %s, want a new run", res)
			}
			if n := cases(); n != 4 {
				t.Fatalf("%d cases, want 4", n)
			}
		})
		t.Run("ABadKeyIs422", func(t *testing.T) {
			post("ünïcode key", body).wantError(t, http.StatusUnprocessableEntity, "validation_error")
		})
	})
}
