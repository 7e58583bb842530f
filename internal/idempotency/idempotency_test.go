package idempotency_test

import (
	"context"
	"testing"
	"time"

	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/idempotency"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
)

func TestStore(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		ctx := context.Background()
		db := testkit.Open(t, url)
		clock := testkit.NewClock(testkit.Epoch)
		s := idempotency.NewStore(db.Client, clock.Now)
		req := idempotency.Request{TenantID: "tnt_1", Environment: environment.Test, Key: "k1", Method: "POST", Path: "/v1/x", Body: []byte(`{"a":1}`)}

		claim, replay, err := s.Begin(ctx, req)
		if err != nil || claim == nil || replay != nil {
			t.Fatalf("first Begin: %v %v %v", claim, replay, err)
		}
		t.Run("WhileRunningTheKeyIsAConflict", func(t *testing.T) {
			_, _, err := s.Begin(ctx, req)
			testkit.WantFault(t, err, fault.IdempotencyConflict, "")
		})
		if err := claim.Finish(ctx, idempotency.Response{Status: 201, ContentType: "application/json", Body: []byte(`{"id":"x"}`)}); err != nil {
			t.Fatal(err)
		}
		t.Run("AFinishedKeyReplays", func(t *testing.T) {
			c, r, err := s.Begin(ctx, req)
			if err != nil || c != nil || r == nil || r.Status != 201 || string(r.Body) != `{"id":"x"}` || r.ContentType != "application/json" {
				t.Fatalf("replay %+v %v %v", r, c, err)
			}
		})
		t.Run("AnotherPathIsAnotherRequest", func(t *testing.T) {
			other := req
			other.Path = "/v1/y"
			_, _, err := s.Begin(ctx, other)
			testkit.WantFault(t, err, fault.IdempotencyConflict, "")
		})
		t.Run("AReleasedKeyRunsAgain", func(t *testing.T) {
			r2 := req
			r2.Key = "k2"
			c, _, err := s.Begin(ctx, r2)
			if err != nil {
				t.Fatal(err)
			}
			if err := c.Release(ctx); err != nil {
				t.Fatal(err)
			}
			if c, _, err := s.Begin(ctx, r2); err != nil || c == nil {
				t.Fatalf("after release: %v %v", c, err)
			}
		})
		t.Run("ExpiredKeysAreSwept", func(t *testing.T) {
			clock.Advance(idempotency.TTL + time.Second)
			if err := s.Sweep(ctx); err != nil {
				t.Fatal(err)
			}
			if c, r, err := s.Begin(ctx, req); err != nil || c == nil || r != nil {
				t.Fatalf("after expiry: %v %v %v", c, r, err)
			}
		})
	})
}
