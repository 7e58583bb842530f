package webhook

import (
	"testing"
	"time"
)

func TestFrontiers(t *testing.T) {
	wall := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	sched := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	found := sched.Add(time.Minute) // the oldest due attempt a claim saw
	at := found.Add(-frontierSlack) // the frontier it leaves
	t.Run("AClaimFromTheStartSetsAFrontierForTheSameEndpointsOrMore", func(t *testing.T) {
		fs := frontiers{}
		fs.saw([]string{"a"}, time.Time{}, time.Time{}, found, wall)
		for _, c := range []struct {
			full []string
			want time.Time
		}{
			{[]string{"a"}, at},
			{[]string{"b", "a"}, at},     // leaving out more: a's others include b's others
			{[]string{"b"}, time.Time{}}, // a is no longer full: its attempts may be older
			{nil, time.Time{}},           // leaving out nothing is the plain claim
		} {
			if from, _ := fs.scanFrom(c.full, wall); !from.Equal(c.want) {
				t.Errorf("scanFrom(%q) = %v, want %v", c.full, from, c.want)
			}
		}
	})
	t.Run("AFrontierIsTrustedForFrontierForFromTheScanThatSetIt", func(t *testing.T) {
		fs := frontiers{}
		fs.saw([]string{"a"}, time.Time{}, time.Time{}, found, wall)
		from, until := fs.scanFrom([]string{"a"}, wall.Add(frontierFor/2))
		// A claim from the frontier moves it on, but not its end.
		fs.saw([]string{"a"}, from, until, found.Add(time.Hour), wall.Add(frontierFor/2))
		if from, _ := fs.scanFrom([]string{"a"}, wall.Add(frontierFor/2)); !from.Equal(found.Add(time.Hour - frontierSlack)) {
			t.Fatalf("the frontier did not move on: %v", from)
		}
		if from, _ := fs.scanFrom([]string{"a"}, wall.Add(frontierFor+time.Millisecond)); !from.IsZero() {
			t.Fatalf("the frontier outlived frontierFor: %v", from)
		}
	})
	t.Run("AFrontierNeverMovesBack", func(t *testing.T) {
		fs := frontiers{}
		fs.saw([]string{"a"}, time.Time{}, time.Time{}, found, wall)
		from, until := fs.scanFrom([]string{"a"}, wall)
		fs.saw([]string{"a"}, from, until, found.Add(-time.Hour), wall) // a row queued late, with an older schedule
		if from, _ := fs.scanFrom([]string{"a"}, wall); !from.Equal(at) {
			t.Fatalf("frontier %v, want %v", from, at)
		}
	})
	t.Run("ASupersetLearnsItsOwnFrontierAndExpiresWithItsSource", func(t *testing.T) {
		fs := frontiers{}
		fs.saw([]string{"a"}, time.Time{}, time.Time{}, found, wall)
		from, until := fs.scanFrom([]string{"a", "b"}, wall)
		fs.saw([]string{"a", "b"}, from, until, found.Add(time.Hour), wall)
		if from, _ := fs.scanFrom([]string{"b", "a"}, wall); !from.Equal(found.Add(time.Hour - frontierSlack)) {
			t.Fatalf("a+b frontier %v", from)
		}
		if from, _ := fs.scanFrom([]string{"a"}, wall); !from.Equal(at) {
			t.Fatalf("a's frontier moved with a+b's: %v", from)
		}
		if from, _ := fs.scanFrom([]string{"a", "b"}, wall.Add(frontierFor)); !from.IsZero() {
			t.Fatalf("a+b's frontier outlived the scan it came from: %v", from)
		}
	})
	t.Run("OnlyMaxFrontiersAreKept", func(t *testing.T) {
		fs := frontiers{}
		for i := range 3 * maxFrontiers {
			fs.saw([]string{string(rune('a' + i))}, time.Time{}, time.Time{}, found, wall)
		}
		if len(fs) > maxFrontiers {
			t.Fatalf("%d frontiers kept", len(fs))
		}
	})
}
