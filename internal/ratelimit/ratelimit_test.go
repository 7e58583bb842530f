package ratelimit

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/testdb"
)

// t0 is aligned to the minute, so a one-minute window starting at t0 ends at
// t0+1m.
var t0 = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

// eachStore runs fn against the in-memory store and the PostgreSQL one, each
// newStore call giving an empty store (a fresh database for PostgreSQL).
func eachStore(t *testing.T, fn func(t *testing.T, newStore func(*testing.T) Store)) {
	t.Run("memory", func(t *testing.T) { fn(t, func(*testing.T) Store { return NewMemory() }) })
	t.Run("postgres", func(t *testing.T) {
		if _, ok := testdb.PostgresURL(t); !ok {
			t.Skip("TEST_DATABASE_URL is not set; PostgreSQL tests skipped (CI sets it)")
		}
		fn(t, func(t *testing.T) Store { return newPostgres(t) })
	})
}

// newPostgres returns a store on a fresh, migrated PostgreSQL database.
func newPostgres(t *testing.T) *Postgres {
	t.Helper()
	url, _ := testdb.PostgresURL(t)
	db, err := database.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	p, err := NewPostgres(db.SQL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Close() })
	return p
}

func mustTake(t *testing.T, s Store, now time.Time, limits ...Limit) Decision {
	t.Helper()
	d, err := s.Take(context.Background(), now, limits...)
	if err != nil {
		t.Fatalf("Take: %v", err)
	}
	return d
}

func mustPeek(t *testing.T, s Store, now time.Time, limits ...Limit) Decision {
	t.Helper()
	d, err := s.Peek(context.Background(), now, limits...)
	if err != nil {
		t.Fatalf("Peek: %v", err)
	}
	return d
}

func TestTake(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func(*testing.T) Store) {
		lim := Limit{Key: "k", Max: 3, Window: time.Minute}

		t.Run("AllowsExactlyMaxThenRefusesUntilWindowEnd", func(t *testing.T) {
			m := newStore(t)
			now := t0.Add(20 * time.Second)
			for i := range lim.Max {
				d := mustTake(t, m, now, lim)
				if !d.Allowed {
					t.Fatalf("take %d refused, want allowed", i+1)
				}
				if want := lim.Max - i - 1; d.Remaining != want {
					t.Errorf("take %d: Remaining = %d, want %d", i+1, d.Remaining, want)
				}
				if d.RetryAfter != 0 || d.Exceeded != "" {
					t.Errorf("take %d: allowed decision has RetryAfter %v, Exceeded %q", i+1, d.RetryAfter, d.Exceeded)
				}
			}
			d := mustTake(t, m, now, lim)
			if d.Allowed {
				t.Fatal("take beyond Max allowed, want refused")
			}
			if d.Remaining != 0 {
				t.Errorf("Remaining = %d, want 0", d.Remaining)
			}
			if want := 40 * time.Second; d.RetryAfter != want {
				t.Errorf("RetryAfter = %v, want %v (time to window end)", d.RetryAfter, want)
			}
			if want := t0.Add(time.Minute); !d.Reset.Equal(want) {
				t.Errorf("Reset = %v, want %v", d.Reset, want)
			}
			if d.Exceeded != "k" || d.Limit != 3 {
				t.Errorf("Exceeded = %q, Limit = %d; want \"k\", 3", d.Exceeded, d.Limit)
			}
			// Still refused at the last instant of the window.
			if d := mustTake(t, m, t0.Add(time.Minute-time.Nanosecond), lim); d.Allowed {
				t.Error("take at the last instant of the window allowed, want refused")
			} else if d.RetryAfter != time.Nanosecond {
				t.Errorf("RetryAfter at last instant = %v, want 1ns", d.RetryAfter)
			}
		})

		t.Run("NewWindowResetsTheCount", func(t *testing.T) {
			m := newStore(t)
			for range lim.Max {
				mustTake(t, m, t0, lim)
			}
			if d := mustTake(t, m, t0.Add(59*time.Second), lim); d.Allowed {
				t.Fatal("exhausted window allowed a take")
			}
			d := mustTake(t, m, t0.Add(time.Minute), lim)
			if !d.Allowed {
				t.Fatal("take in the next window refused")
			}
			if d.Remaining != lim.Max-1 {
				t.Errorf("Remaining = %d, want %d", d.Remaining, lim.Max-1)
			}
			if want := t0.Add(2 * time.Minute); !d.Reset.Equal(want) {
				t.Errorf("Reset = %v, want %v", d.Reset, want)
			}
		})

		t.Run("KeysAreIndependent", func(t *testing.T) {
			m := newStore(t)
			a := Limit{Key: "a", Max: 1, Window: time.Minute}
			b := Limit{Key: "b", Max: 1, Window: time.Minute}
			mustTake(t, m, t0, a)
			if d := mustTake(t, m, t0, b); !d.Allowed {
				t.Error("take on key b refused after key a was exhausted")
			}
		})
	})
}

func TestTakeIsAllOrNothing(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func(*testing.T) Store) {
		first := Limit{Key: "tenant", Max: 10, Window: time.Minute}
		second := Limit{Key: "user", Max: 2, Window: time.Minute}
		m := newStore(t)

		for i := range second.Max {
			if d := mustTake(t, m, t0, first, second); !d.Allowed {
				t.Fatalf("take %d refused", i+1)
			}
		}
		before := mustPeek(t, m, t0, first)
		if before.Remaining != first.Max-second.Max {
			t.Fatalf("first limit Remaining = %d before refusal, want %d", before.Remaining, first.Max-second.Max)
		}

		d := mustTake(t, m, t0, first, second)
		t.Run("RefusedByTheExhaustedLimit", func(t *testing.T) {
			if d.Allowed {
				t.Fatal("allowed although the second limit is exhausted")
			}
			if d.Exceeded != "user" {
				t.Errorf("Exceeded = %q, want %q", d.Exceeded, "user")
			}
			if d.Limit != second.Max || d.Remaining != 0 {
				t.Errorf("Limit/Remaining = %d/%d, want %d/0", d.Limit, d.Remaining, second.Max)
			}
		})
		t.Run("FirstLimitIsNotConsumed", func(t *testing.T) {
			after := mustPeek(t, m, t0, first)
			if after.Remaining != before.Remaining {
				t.Errorf("first limit Remaining = %d after refused take, want %d", after.Remaining, before.Remaining)
			}
		})
	})
}

func TestPeek(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func(*testing.T) Store) {
		lim := Limit{Key: "k", Max: 2, Window: time.Minute}

		t.Run("PeekNeverConsumes", func(t *testing.T) {
			m := newStore(t)
			for i := range 10 {
				d := mustPeek(t, m, t0, lim)
				if !d.Allowed || d.Remaining != lim.Max {
					t.Fatalf("peek %d: Allowed=%v Remaining=%d, want true %d", i+1, d.Allowed, d.Remaining, lim.Max)
				}
			}
			for i := range lim.Max {
				if d := mustTake(t, m, t0, lim); !d.Allowed {
					t.Fatalf("take %d after peeks refused", i+1)
				}
			}
		})

		t.Run("PeekReportsRefusalWithoutConsuming", func(t *testing.T) {
			m := newStore(t)
			for range lim.Max {
				mustTake(t, m, t0, lim)
			}
			d := mustPeek(t, m, t0.Add(15*time.Second), lim)
			if d.Allowed || d.Remaining != 0 || d.RetryAfter != 45*time.Second || d.Exceeded != "k" {
				t.Errorf("peek on exhausted limit = %+v, want refused, Remaining 0, RetryAfter 45s, Exceeded k", d)
			}
		})
	})
}

func TestDecisionReportsFirstLimit(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func(*testing.T) Store) {
		first := Limit{Key: "first", Max: 5, Window: time.Hour}
		second := Limit{Key: "second", Max: 100, Window: time.Minute}
		m := newStore(t)
		now := t0.Add(90 * time.Second)

		tests := []struct {
			name string
			call func() Decision
			rem  int
		}{
			{"TakeReportsFirstLimit", func() Decision { return mustTake(t, m, now, first, second) }, 4},
			{"PeekReportsFirstLimit", func() Decision { return mustPeek(t, m, now, first, second) }, 4},
			{"SecondTakeDecrementsFirstRemaining", func() Decision { return mustTake(t, m, now, first, second) }, 3},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				d := tc.call()
				if !d.Allowed {
					t.Fatal("refused, want allowed")
				}
				if d.Limit != first.Max {
					t.Errorf("Limit = %d, want %d", d.Limit, first.Max)
				}
				if d.Remaining != tc.rem {
					t.Errorf("Remaining = %d, want %d", d.Remaining, tc.rem)
				}
				if want := t0.Truncate(time.Hour).Add(time.Hour); !d.Reset.Equal(want) {
					t.Errorf("Reset = %v, want %v (the first limit's window end)", d.Reset, want)
				}
			})
		}
	})
}

// takeAtOnce starts n takes of limits together and returns the decisions of
// those that did not fail.
func takeAtOnce(t *testing.T, s Store, n int, limits ...Limit) []Decision {
	t.Helper()
	out := make(chan Decision, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for range n {
		wg.Go(func() {
			<-start
			d, err := s.Take(context.Background(), t0, limits...)
			if err != nil {
				t.Errorf("Take: %v", err)
				return
			}
			out <- d
		})
	}
	close(start)
	wg.Wait()
	close(out)
	var ds []Decision
	for d := range out {
		ds = append(ds, d)
	}
	return ds
}

func TestTakeConcurrentAllowsExactlyMax(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func(*testing.T) Store) {
		const n = 50
		lim := Limit{Key: "k", Max: n, Window: time.Minute}
		m := newStore(t)

		allowed := 0
		for _, d := range takeAtOnce(t, m, 2*n, lim) {
			if d.Allowed {
				allowed++
			}
		}
		if allowed != n {
			t.Errorf("%d of %d concurrent takes allowed, want exactly %d", allowed, 2*n, n)
		}
	})
}

// Concurrent takes of one budget (which PostgreSQL combines into fewer
// calls) each see their own remaining count: together exactly the numbers
// a one-at-a-time sequence would show, none twice.
func TestTakeConcurrentRemainingIsEachRequestsOwn(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func(*testing.T) Store) {
		const n, max = 40, 100
		lim := Limit{Key: "k", Max: max, Window: time.Minute, Cost: 2}
		m := newStore(t)
		seen := map[int]bool{}
		for _, d := range takeAtOnce(t, m, n, lim) {
			r := d.Remaining
			if !d.Allowed || seen[r] || r%2 != 0 || r < max-2*n || r > max-2 {
				t.Errorf("%+v: refused, its remaining seen twice, or not one of %d, %d … %d", d, max-2, max-4, max-2*n)
			}
			seen[r] = true
		}
		if len(seen) != n {
			t.Errorf("%d distinct remaining counts, want %d", len(seen), n)
		}
		if d := mustPeek(t, m, t0, lim); d.Remaining != max-2*n {
			t.Errorf("after %d takes of 2: remaining %d, want %d", n, d.Remaining, max-2*n)
		}
	})
}

// A combined take that does not fit whole still gives the budget's last
// units to single requests: with 7 of 10 left, 30 at once get exactly 7.
func TestTakeConcurrentNearTheEndGetsWhatIsLeft(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func(*testing.T) Store) {
		lim := Limit{Key: "k", Max: 10, Window: time.Minute}
		m := newStore(t)
		for range 3 {
			mustTake(t, m, t0, lim)
		}
		allowed := 0
		for _, d := range takeAtOnce(t, m, 30, lim) {
			if d.Allowed {
				allowed++
			} else if d.Exceeded != "k" || d.RetryAfter != time.Minute {
				t.Errorf("refusal names %q, retry after %s; want k, 1m", d.Exceeded, d.RetryAfter)
			}
		}
		if allowed != 7 {
			t.Errorf("%d of 30 allowed with 7 left, want 7", allowed)
		}
	})
}

// When the database fails, every request of a combined call gets the error
// (none waits forever, none is allowed), and nothing is left waiting for a
// turn that will not come.
func TestPostgresFailedCallFailsEveryMember(t *testing.T) {
	url, ok := testdb.PostgresURL(t)
	if !ok {
		t.Skip("TEST_DATABASE_URL is not set; PostgreSQL tests skipped (CI sets it)")
	}
	db, err := database.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewPostgres(db.SQL)
	if err != nil {
		t.Fatal(err)
	}
	lim := Limit{Key: "k", Max: 100, Window: time.Minute}
	mustTake(t, p, t0, lim)
	_ = db.Close()

	var failed atomic.Int64
	var wg sync.WaitGroup
	start := make(chan struct{})
	for range 30 {
		wg.Go(func() {
			<-start
			if d, err := p.Take(context.Background(), t0, lim); err != nil {
				failed.Add(1)
			} else {
				t.Errorf("Take on a closed database: %+v, want an error", d)
			}
		})
	}
	close(start)
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-time.After(30 * time.Second):
		t.Fatalf("after 30 s only %d of 30 takes had returned their error; the rest still wait for a turn", failed.Load())
	}
	if failed.Load() != 30 {
		t.Errorf("%d of 30 takes failed, want all", failed.Load())
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.waiting) != 0 {
		t.Errorf("%d budget sets still marked as being decided", len(p.waiting))
	}
}

func TestMemorySweep(t *testing.T) {
	lim := Limit{Key: "k", Max: 1, Window: time.Second}

	t.Run("EndedWindowIsDropped", func(t *testing.T) {
		m := NewMemory()
		mustTake(t, m, t0, lim)
		// Another key's take, a minute later, triggers the sweep.
		mustTake(t, m, t0.Add(2*time.Minute), Limit{Key: "other", Max: 1, Window: time.Second})
		m.mu.Lock()
		_, kept := m.windows["k"]
		m.mu.Unlock()
		if kept {
			t.Error("sweep kept a window that had ended")
		}
	})

	t.Run("KeyStartsFreshAfterItsWindowEnds", func(t *testing.T) {
		m := NewMemory()
		if d := mustTake(t, m, t0, lim); !d.Allowed {
			t.Fatal("first take refused")
		}
		if d := mustTake(t, m, t0.Add(500*time.Millisecond), lim); d.Allowed {
			t.Fatal("second take in the same window allowed")
		}
		later := t0.Add(2 * time.Minute)
		d := mustTake(t, m, later, lim)
		if !d.Allowed {
			t.Fatal("take after the window ended refused")
		}
		if want := later.Add(time.Second); !d.Reset.Equal(want) {
			t.Errorf("Reset = %v, want %v (a fresh window)", d.Reset, want)
		}
	})

	t.Run("LiveWindowSurvivesTheSweep", func(t *testing.T) {
		m := NewMemory()
		long := Limit{Key: "long", Max: 1, Window: time.Hour}
		mustTake(t, m, t0, long)
		// Two minutes later the sweep runs, but the hour window is still live.
		mustTake(t, m, t0.Add(2*time.Minute), Limit{Key: "other", Max: 1, Window: time.Second})
		if d := mustTake(t, m, t0.Add(3*time.Minute), long); d.Allowed {
			t.Error("sweep dropped a live window: its exhausted key allowed a take")
		}
	})
}

func TestCalendarWindowsAndInitialCounts(t *testing.T) {
	eachStore(t, func(t *testing.T, newStore func(*testing.T) Store) {
		monthEnd := time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)
		quota := Limit{Key: "quota:tnt_1:2025-03", Max: 10, Until: monthEnd, Initial: 8}
		m := newStore(t)
		t.Run("ANewWindowStartsFromItsInitialCount", func(t *testing.T) {
			d := mustTake(t, m, t0, quota)
			if !d.Allowed || d.Remaining != 1 || !d.Reset.Equal(monthEnd) {
				t.Fatalf("first take %+v, want allowed with 1 left until %v", d, monthEnd)
			}
		})
		t.Run("InitialCountsOnlyWhenTheWindowIsNew", func(t *testing.T) {
			again := quota
			again.Initial = 0 // a replica that thinks nothing was used yet
			if d := mustTake(t, m, t0.Add(time.Hour), again); !d.Allowed || d.Remaining != 0 {
				t.Fatalf("second take %+v, want the last call allowed", d)
			}
			d := mustTake(t, m, t0.Add(2*time.Hour), again)
			if d.Allowed || d.RetryAfter != monthEnd.Sub(t0.Add(2*time.Hour)) {
				t.Fatalf("third take %+v, want refused until the month ends", d)
			}
		})
	})
}

// TestPostgresReplicasShareBudgets runs two stores on separate connection
// pools to one database, as two replicas do: of 2N concurrent takes on a
// budget of N, spread over both, exactly N pass.
func TestPostgresReplicasShareBudgets(t *testing.T) {
	url, ok := testdb.PostgresURL(t)
	if !ok {
		t.Skip("TEST_DATABASE_URL is not set; PostgreSQL tests skipped (CI sets it)")
	}
	replica := func() *Postgres {
		db, err := database.Open(context.Background(), url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = db.Close() })
		p, err := NewPostgres(db.SQL)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = p.Close() })
		return p
	}
	a, b := replica(), replica()
	const n = 60
	key := Limit{Key: "key:k", Max: n, Window: time.Minute}
	route := Limit{Key: "key:k:documents", Max: n / 2, Window: time.Minute}
	var keyOnly, both atomic.Int64
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range 2 * n {
		store := Store(a)
		if i%2 == 1 {
			store = b
		}
		wg.Go(func() {
			<-start
			limits := []Limit{key}
			counter := &keyOnly
			if i%4 < 2 {
				// Half the calls also spend a route budget, listed after
				// the key's: locks are taken in key order, so no deadlock.
				limits, counter = []Limit{key, route}, &both
			}
			d, err := store.Take(context.Background(), t0, limits...)
			if err != nil {
				t.Errorf("Take: %v", err)
				return
			}
			if d.Allowed {
				counter.Add(1)
			}
		})
	}
	close(start)
	wg.Wait()
	if total := keyOnly.Load() + both.Load(); total != n {
		t.Errorf("%d of %d takes over two replicas allowed, want exactly %d", total, 2*n, n)
	}
	if both.Load() > n/2 {
		t.Errorf("%d takes passed the route budget of %d", both.Load(), n/2)
	}
	t.Run("SweepDropsEndedWindows", func(t *testing.T) {
		if err := a.Sweep(context.Background(), t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if d := mustTake(t, b, t0, key); !d.Allowed || d.Remaining != n-1 {
			t.Fatalf("after the sweep the window starts again: %+v", d)
		}
	})
}
