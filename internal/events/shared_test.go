package events_test

import (
	"sync"
	"sync/atomic"
	"testing"

	"github.com/keybs/platform/internal/events"
)

func TestShared(t *testing.T) {
	type call struct {
		seq   uint64
		scope string
	}
	tests := []struct {
		name  string
		calls []call
		loads int32
	}{
		{"OneDeliveryOneScopeLoadsOnce", []call{{1, "a"}, {1, "a"}, {1, "a"}}, 1},
		{"ALaterDeliveryOfTheSameRowLoadsAgain", []call{{1, "a"}, {2, "a"}}, 2},
		{"AnotherScopeLoadsOnItsOwn", []call{{1, "a"}, {1, "b"}, {1, "a"}}, 2},
		{"AMessageWithoutSeqIsNeverShared", []call{{0, "a"}, {0, "a"}}, 2},
		{"AForgottenDeliveryLoadsAgain", []call{{1, "a"}, {2, "a"}, {3, "a"}, {1, "a"}}, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := events.NewShared[int](2)
			var loads atomic.Int32
			for _, c := range tc.calls {
				v, ok := s.Load(events.Message{ID: "k", Seq: c.seq}, c.scope, func() (int, bool) { return int(loads.Add(1)), true })
				if !ok || v == 0 {
					t.Fatalf("Load = %d, %v", v, ok)
				}
			}
			if got := loads.Load(); got != tc.loads {
				t.Fatalf("%d loads, want %d", got, tc.loads)
			}
		})
	}
	t.Run("ConcurrentSubscribersShareOneLoadAndItsResult", func(t *testing.T) {
		s := events.NewShared[int](8)
		var loads atomic.Int32
		release := make(chan struct{})
		var wg sync.WaitGroup
		results := make([]int, 50)
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i], _ = s.Load(events.Message{Seq: 7}, "a", func() (int, bool) { <-release; return 40 + int(loads.Add(1)), true })
			}()
		}
		close(release)
		wg.Wait()
		if n := loads.Load(); n != 1 {
			t.Fatalf("%d loads, want 1", n)
		}
		for i, r := range results {
			if r != 41 {
				t.Fatalf("subscriber %d got %d, want 41", i, r)
			}
		}
	})
	t.Run("AFailedLoadIsAFailureForEveryoneSharingIt", func(t *testing.T) {
		s := events.NewShared[int](8)
		_, _ = s.Load(events.Message{Seq: 3}, "a", func() (int, bool) { return 0, false })
		if _, ok := s.Load(events.Message{Seq: 3}, "a", func() (int, bool) { return 1, true }); ok {
			t.Fatal("the second subscriber of a failed load got a result")
		}
	})
}
