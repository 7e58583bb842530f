package webhook

import (
	"context"
	"testing"
)

// TestFillWaitsForRecordingToCatchUp: while as many outcomes as there are
// workers are still being recorded, the loop claims nothing (this dispatcher
// has no database: a claim would fail the test), and it does not report
// idle, since attempts are still in flight.
func TestFillWaitsForRecordingToCatchUp(t *testing.T) {
	d := &Dispatcher{opts: DispatcherOptions{Workers: 2, PerEndpoint: 1}, perEndpoint: map[string]int{}, recording: 2}
	idle, err := d.fill(context.Background())
	if err != nil || idle {
		t.Fatalf("fill = idle %v, %v; want not idle, no error and no claim", idle, err)
	}
}
