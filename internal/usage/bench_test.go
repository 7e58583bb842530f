package usage

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
)

// Run with:
//
//	TEST_DATABASE_URL=postgres://… go test -run '^$' -bench . -benchmem ./internal/usage/

// benchEntry is a typical authenticated call.
func benchEntry(tenant, app string) Entry {
	return Entry{
		TenantID: tenant, Environment: environment.Live, KeyID: "key_01HZZZZZZZZZZZZZZZZZZZZZZZ", ApplicationID: app,
		Method: "GET", Route: "GET /v1/verifications/{id}", Status: 200, Latency: 12 * time.Millisecond,
		ClientIP: "198.51.100.7", UserAgent: "keybs-go/1.4.0 (linux; amd64)", RequestID: "req_01HZZZZZZZZZZZZZZZZZZZZZZZ",
		At: t0,
		// A verification as GET /v1/verifications/{id} answers it: the
		// writer redacts it before storing.
		ResponseBody: benchBody, ResponseBodySeen: len(benchBody),
	}
}

var benchBody = []byte(`{"id":"ver_01HZZZZZZZZZZZZZZZZZZZZZZZ","status":"in_review","tier":"standard",` +
	`"supplier":{"supplier_name":"Acme Trading GmbH","contact_email":"ops@acme.example","country_code":"DE",` +
	`"address":{"street":"Hauptstrasse 1","postal_code":"10115","city":"Berlin"}},` +
	`"documents":[{"id":"doc_1","kind":"registration","filename":"register.pdf"},{"id":"doc_2","kind":"id","filename":"passport.jpg"}],` +
	`"risk_band":"low","trust_score":82,"client_reference":"order-4411","created_at":"2026-01-05T14:07:31Z"}`)

// benchSQLite opens a fresh SQLite database for a benchmark.
func benchSQLite(b *testing.B) *database.DB {
	b.Helper()
	return mustOpen(b, "sqlite://"+filepath.Join(b.TempDir(), "keybs.db"))
}

// benchPostgres opens a fresh database on the TEST_DATABASE_URL server
// (testdb takes a *testing.T, so benchmarks create their own), or skips.
func benchPostgres(b *testing.B) *database.DB {
	b.Helper()
	base := os.Getenv("TEST_DATABASE_URL")
	if base == "" {
		b.Skip("TEST_DATABASE_URL is not set; PostgreSQL benchmark skipped")
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, 6)
	_, _ = rand.Read(buf)
	name := "keybs_bench_" + hex.EncodeToString(buf)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		_ = admin.Close()
		b.Fatal(err)
	}
	b.Cleanup(func() {
		_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		_ = admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		b.Fatal(err)
	}
	u.Path = "/" + name
	return mustOpen(b, u.String())
}

// BenchmarkRecord is the request path's cost of metering one call.
//
//   - drained: Record into a queue something empties at once — the overhead
//     a request pays when the writer keeps up.
//   - sqlite: Record with the real writer flushing to SQLite; when the
//     writer cannot keep up, back-pressure makes Record wait, and that wait
//     is in the figure.
func BenchmarkRecord(b *testing.B) {
	b.Run("drained", func(b *testing.B) {
		r := NewRecorder(nil, nil, RecorderOptions{Log: discardLog()})
		done, stopDrain := make(chan struct{}), make(chan struct{})
		go func() {
			defer close(done)
			for {
				select {
				case <-r.queue:
				case <-stopDrain:
					return
				}
			}
		}()
		e := benchEntry("tnt_bench", "app_bench")
		ctx := context.Background()
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			r.Record(ctx, e)
		}
		b.StopTimer()
		close(stopDrain)
		<-done
	})
	b.Run("sqlite", func(b *testing.B) {
		db := benchSQLite(b)
		tn := mustTenant(b, db, "bench", 0)
		r := NewRecorder(db.Client, events.NewBus(db.Dialect, discardLog()), RecorderOptions{Log: discardLog()})
		r.Start()
		e := benchEntry(tn.ID, tn.AppID)
		ctx := context.Background()
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			r.Record(ctx, e)
		}
		b.StopTimer()
		r.Close()
	})
}

// BenchmarkRecordBaseline is a plain buffered channel send of the same Entry,
// drained by a goroutine: the floor Record's overhead compares against.
func BenchmarkRecordBaseline(b *testing.B) {
	q := make(chan Entry, 10000)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for range q {
		}
	}()
	e := benchEntry("tnt_bench", "app_bench")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		q <- e
	}
	b.StopTimer()
	close(q)
	<-done
}

// BenchmarkWriterThroughput records b.N calls spread over keys, routes,
// statuses and minutes, closes the recorder (which writes them all) and
// reports rows written per second.
func BenchmarkWriterThroughput(b *testing.B) {
	for _, c := range []struct {
		name string
		open func(*testing.B) *database.DB
	}{{"sqlite", benchSQLite}, {"postgres", benchPostgres}} {
		b.Run(c.name, func(b *testing.B) {
			db := c.open(b)
			tenants := []tenantFixture{mustTenant(b, db, "bench-a", 0), mustTenant(b, db, "bench-b", 0)}
			entries := spread(4096, tenants, 42, "bench")
			r := NewRecorder(db.Client, events.NewBus(db.Dialect, discardLog()), RecorderOptions{Log: discardLog()})
			ctx := context.Background()
			b.ReportAllocs()
			b.ResetTimer()
			start := time.Now()
			r.Start()
			for i := 0; i < b.N; i++ {
				r.Record(ctx, entries[i%len(entries)])
			}
			r.Close()
			elapsed := time.Since(start)
			b.StopTimer()
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "rows/s")
			if n := db.Client.RequestLog.Query().CountX(sys); n != b.N {
				b.Fatalf("%d rows written, want %d", n, b.N)
			}
		})
	}
}
