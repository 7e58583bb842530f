package graph

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// countingRechecker is a session resolver whose rechecks are counted and
// whose answer a test sets.
type countingRechecker struct {
	calls   atomic.Int32
	refuse  atomic.Bool
	release chan struct{} // when set, each recheck waits for it
}

func (*countingRechecker) Kind() viewer.Kind            { return viewer.KindSession }
func (*countingRechecker) Claims(auth.Credentials) bool { return false }
func (*countingRechecker) Resolve(context.Context, auth.Credentials) (*viewer.Principal, error) {
	return nil, nil
}
func (r *countingRechecker) Recheck(context.Context, *viewer.Principal) (*viewer.Principal, error) {
	r.calls.Add(1)
	if r.release != nil {
		<-r.release
	}
	if r.refuse.Load() {
		return nil, fault.New(fault.Unauthorized, "signed out")
	}
	return nil, nil
}

func TestSessionChecks(t *testing.T) {
	session := &viewer.Principal{Kind: viewer.KindSession, UserID: "usr_1", SessionID: "ses_1", TenantID: "tnt_1", Role: "OWNER"}
	other := &viewer.Principal{Kind: viewer.KindSession, UserID: "usr_1", SessionID: "ses_2", TenantID: "tnt_1", Role: "OWNER"}
	setUp := func(t *testing.T) (*sessionChecks, *countingRechecker, *time.Time) {
		t.Helper()
		rc := &countingRechecker{}
		c := newSessionChecks(auth.NewChain(rc), time.Second)
		now := time.Unix(1_000_000, 0)
		c.now = func() time.Time { return now }
		return c, rc, &now
	}
	t.Run("SocketsOfOneSessionShareAFreshCheck", func(t *testing.T) {
		c, rc, _ := setUp(t)
		for range 100 {
			if err := c.check(context.Background(), session); err != nil {
				t.Fatal(err)
			}
		}
		if n := rc.calls.Load(); n != 1 {
			t.Fatalf("%d rechecks, want 1", n)
		}
	})
	t.Run("AnotherSessionIsCheckedOnItsOwn", func(t *testing.T) {
		c, rc, _ := setUp(t)
		_ = c.check(context.Background(), session)
		_ = c.check(context.Background(), other)
		if n := rc.calls.Load(); n != 2 {
			t.Fatalf("%d rechecks, want 2", n)
		}
	})
	t.Run("AStaleResultIsCheckedAgainAndASignOutSeen", func(t *testing.T) {
		c, rc, now := setUp(t)
		_ = c.check(context.Background(), session)
		rc.refuse.Store(true)
		*now = now.Add(time.Second)
		if err := c.check(context.Background(), session); !fault.Is(err, fault.Unauthorized) {
			t.Fatalf("err %v, want Unauthorized once the result is stale", err)
		}
		if n := rc.calls.Load(); n != 2 {
			t.Fatalf("%d rechecks, want 2", n)
		}
	})
	t.Run("ARefusalIsSharedToo", func(t *testing.T) {
		c, rc, _ := setUp(t)
		rc.refuse.Store(true)
		for range 3 {
			if err := c.check(context.Background(), session); !fault.Is(err, fault.Unauthorized) {
				t.Fatalf("err %v, want Unauthorized", err)
			}
		}
	})
	t.Run("ConcurrentSocketsWaitForTheCheckInFlight", func(t *testing.T) {
		c, rc, _ := setUp(t)
		rc.release = make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { defer wg.Done(); _ = c.check(context.Background(), session) }()
		// The first check is in flight once the rechecker has been called.
		for rc.calls.Load() == 0 {
			runtime.Gosched()
		}
		for range 20 {
			wg.Add(1)
			go func() { defer wg.Done(); _ = c.check(context.Background(), session) }()
		}
		close(rc.release)
		wg.Wait()
		if n := rc.calls.Load(); n != 1 {
			t.Fatalf("%d rechecks, want 1", n)
		}
	})
	t.Run("OldResultsAreForgotten", func(t *testing.T) {
		c, _, now := setUp(t)
		_ = c.check(context.Background(), session)
		*now = now.Add(2 * time.Second)
		_ = c.check(context.Background(), other)
		c.mu.Lock()
		defer c.mu.Unlock()
		if _, ok := c.entries[sessionKeyOf(session)]; ok || len(c.entries) != 1 {
			t.Fatalf("entries %v, want only the other session's", c.entries)
		}
	})
}
