package webhook_test

import (
	"testing"
	"time"

	"github.com/keybs/platform/internal/environment"
)

// BenchmarkDeliveries measures deliveries per second to a local receiver on
// SQLite: each iteration commits an event, and the dispatcher fans it out,
// signs, sends and records it. EmitOnly, the outbox write alone, is the
// baseline measured in the same run.
func BenchmarkDeliveries(b *testing.B) {
	setup := func(b *testing.B) *harness {
		h := newHarness(b, "sqlite://"+b.TempDir()+"/bench.db")
		rc := newReceiver(b, status(204))
		h.endpoint(b, rc.URL, environment.Test)
		return h
	}
	b.Run("EmitOnly", func(b *testing.B) {
		h := setup(b)
		for b.Loop() {
			h.emit(b, "verification.submitted")
		}
	})
	b.Run("EmitAndDeliver", func(b *testing.B) {
		h := setup(b)
		for b.Loop() {
			h.emit(b, "verification.submitted")
			h.runAt(b, time.Now())
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "deliveries/s")
	})
}
