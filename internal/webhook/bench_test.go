package webhook_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/benchrig"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/secretbox"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/webhook"
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

// BenchmarkDispatch runs the dispatcher as the server does (Run, DefaultWorkers,
// woken by commits; on PostgreSQL through LISTEN) while 4 writers commit b.N
// events, each signed and sent to a loopback receiver (run with -benchtime
// 2000x or so). It reports
//
//   - deliveries/s: first attempts received per second, from the first commit
//     to the last arrival;
//   - first_p99_ms: the 99th percentile of commit → arrival at the receiver;
//   - commits/s: how fast the writers committed the events meanwhile, which
//     deliveries/s cannot exceed for long;
//   - SlowEndpoint/…: the same with a second endpoint of the tenant answering
//     after 2 s; slow_loss_% is how much of the fast endpoint's rate it cost,
//     against runs without it in the same benchmark (the mean of two of each,
//     interleaved).
//
// Run with:
//
//	TEST_DATABASE_URL=postgres://… go test -run '^$' -bench Dispatch -benchtime 2000x ./internal/webhook/
func BenchmarkDispatch(b *testing.B) {
	for _, db := range []string{"sqlite", "postgres"} {
		b.Run(db, func(b *testing.B) {
			rate, p99, commits := dispatchRun(b, db, false)
			b.ReportMetric(rate, "deliveries/s")
			b.ReportMetric(p99, "first_p99_ms")
			b.ReportMetric(commits, "commits/s")
		})
	}
	b.Run("SlowEndpoint", func(b *testing.B) {
		// Two interleaved pairs: one pair's difference moved by ±15 % here,
		// either way, as much as the 10 % it is checked against.
		var alone, withSlow, p99 float64
		for range 2 {
			r, _, _ := dispatchRun(b, "sqlite", false)
			alone += r / 2
			r, p, _ := dispatchRun(b, "sqlite", true)
			withSlow += r / 2
			p99 = max(p99, p)
		}
		b.ReportMetric(alone, "alone_deliveries/s")
		b.ReportMetric(withSlow, "deliveries/s")
		b.ReportMetric(p99, "first_p99_ms")
		b.ReportMetric(max(0, 100*(1-withSlow/alone)), "slow_loss_%")
	})
}

// dispatchRun commits b.N events and waits until the fast receiver has the
// first attempt of each; it returns that receiver's rate and p99 latency, and
// the writers' commit rate.
func dispatchRun(b *testing.B, db string, slow bool) (rate, p99ms, commits float64) {
	b.Helper()
	dsn := "sqlite://" + b.TempDir() + "/bench.db"
	if db == "postgres" {
		dsn = scratchPostgres(b)
	}
	d := testkit.Open(b, dsn)
	log := testkit.DiscardLog()
	bus := testkit.Bus(b, d, dsn)
	tn := testkit.MustTenant(b, d.Client, fmt.Sprintf("bench-%d", time.Now().UnixNano()))
	box, _ := secretbox.New(bytes.Repeat([]byte{3}, 32))
	svc := webhook.NewService(d.Client, bus, box, time.Now, devGuard)
	owner := testkit.Owner(tn.ID)

	n := b.N
	var mu sync.Mutex
	arrived := make(map[string]time.Time, n)
	all := make(chan struct{})
	fast := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		now := time.Now()
		mu.Lock()
		id := r.Header.Get("X-KeyBS-Event-Id")
		if _, dup := arrived[id]; !dup {
			arrived[id] = now
			if len(arrived) == n {
				close(all)
			}
		}
		mu.Unlock()
		w.WriteHeader(204)
	}))
	b.Cleanup(fast.Close)
	release := make(chan struct{})
	slowSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-release:
		}
		w.WriteHeader(204)
	}))
	b.Cleanup(slowSrv.Close)
	urls := []string{fast.URL}
	if slow {
		urls = append(urls, slowSrv.URL)
	}
	for _, u := range urls {
		if _, err := svc.CreateEndpoint(owner, webhook.EndpointInput{URL: &u, Environment: environment.Test}); err != nil {
			b.Fatal(err)
		}
	}
	disp := webhook.NewDispatcher(d.Client, bus, box, webhook.DispatcherOptions{
		Dialect: d.Dialect, Log: log, Now: time.Now, Policy: devGuard.Policy, Workers: webhook.DefaultWorkers,
	})
	ctx, stop := context.WithCancel(context.Background())
	ran := make(chan struct{})
	go func() { defer close(ran); disp.Run(ctx) }()

	committed := make(map[string]time.Time, n)
	var cmu sync.Mutex
	// SlowEndpoint runs four times per b.N: the timer must run in each, or the
	// framework sees no time and asks for a million events next.
	b.ResetTimer()
	b.StartTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += 4 {
				var e *ent.Event
				err := database.WithTx(owner, d.Client, func(tx *ent.Tx) error {
					var err error
					e, err = bus.Emit(owner, tx, events.Event{TenantID: tn.ID, Environment: environment.Test,
						Type: "verification.submitted", Payload: map[string]any{"verification_id": "KBS-VR-TESTTESTTE", "status": "submitted"}})
					return err
				})
				if err != nil {
					b.Error(err)
					return
				}
				at := time.Now()
				cmu.Lock()
				committed[e.ID] = at
				cmu.Unlock()
			}
		}()
	}
	wg.Wait()
	commits = float64(n) / time.Since(start).Seconds()
	select {
	case <-all:
	case <-time.After(5 * time.Minute):
		mu.Lock()
		got := len(arrived)
		mu.Unlock()
		b.Fatalf("only %d of %d events arrived", got, n)
	}
	b.StopTimer()
	close(release)
	stop()
	<-ran

	mu.Lock()
	defer mu.Unlock()
	var last time.Time
	lat := make([]time.Duration, 0, n)
	for id, at := range arrived {
		if at.After(last) {
			last = at
		}
		if c, ok := committed[id]; ok {
			lat = append(lat, max(0, at.Sub(c)))
		}
	}
	slices.Sort(lat)
	if len(lat) == 0 {
		return 0, 0, commits
	}
	return float64(n) / last.Sub(start).Seconds(), float64(lat[(len(lat)*99)/100]) / float64(time.Millisecond), commits
}

// scratchPostgres creates a database on the TEST_DATABASE_URL server for one
// benchmark, dropped after it, or skips.
func scratchPostgres(b *testing.B) string {
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
	return u.String()
}

// BenchmarkDispatchFloor is the ceiling of BenchmarkDispatch on this machine
// and database: the least a durable, signed delivery needs, with nothing of
// the dispatcher in between. Four writers commit b.N events as
// BenchmarkDispatch's do, each with its delivery row; eight workers each claim one due row in one
// statement (UPDATE … RETURNING, SKIP LOCKED on PostgreSQL), sign and send it
// to a loopback receiver, and mark it delivered in a second statement. No
// fan-out step, no per-endpoint bound, no history, no outbox notification,
// one table with one index: fewer statements than the contract needs, so a
// ceiling.
func BenchmarkDispatchFloor(b *testing.B) {
	for _, db := range []string{"sqlite", "postgres"} {
		b.Run(db, func(b *testing.B) {
			dsn := "sqlite://" + b.TempDir() + "/floor.db"
			if db == "postgres" {
				dsn = scratchPostgres(b)
			}
			delivered, committed := floorRun(b, testkit.Open(b, dsn), dsn)
			b.ReportMetric(delivered, "deliveries/s")
			b.ReportMetric(committed, "commits/s")
		})
	}
}

// floorRun reports the floor's deliveries per second, and how fast its writers
// committed meanwhile (the most either benchmark can deliver).
func floorRun(b *testing.B, d *database.DB, dsn string) (delivered, committed float64) {
	b.Helper()
	bus := testkit.Bus(b, d, dsn)
	tn := testkit.MustTenant(b, d.Client, fmt.Sprintf("floor-%d", time.Now().UnixNano()))
	owner := testkit.Owner(tn.ID)
	ph := func(q string) string { return benchrig.Placeholders(d.Dialect, q) }
	skipLocked := ""
	if d.Dialect == "postgres" {
		skipLocked = " FOR UPDATE SKIP LOCKED"
	}
	for _, q := range []string{
		`CREATE TABLE floor_deliveries (id TEXT PRIMARY KEY, status TEXT NOT NULL, created_at TIMESTAMP NOT NULL, lease_until TIMESTAMP, body TEXT NOT NULL)`,
		`CREATE INDEX floor_deliveries_due ON floor_deliveries (status, created_at)`,
	} {
		if _, err := d.SQL.Exec(q); err != nil {
			b.Fatal(err)
		}
	}
	insert := ph(`INSERT INTO floor_deliveries (id, status, created_at, body) VALUES ($1, 'PENDING', $2, $3)`)
	claim := ph(`UPDATE floor_deliveries SET lease_until = $1 WHERE id = (SELECT id FROM floor_deliveries
		WHERE status = 'PENDING' AND lease_until IS NULL ORDER BY created_at LIMIT 1` + skipLocked + `) RETURNING id, body`)
	done := ph(`UPDATE floor_deliveries SET status = 'SUCCEEDED', lease_until = NULL WHERE id = $1`)

	n := b.N
	rc, all := countingReceiver(b, n)
	body := `{"type":"verification.submitted","data":{"verification_id":"KBS-VR-TESTTESTTE","status":"submitted"}}`
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var workers sync.WaitGroup
	for range 8 { // more pollers only slow its writers: 16 deliver 466-489/s where 8 do 640-860/s on PostgreSQL
		workers.Go(func() {
			for ctx.Err() == nil {
				var id, payload string
				err := d.SQL.QueryRowContext(ctx, claim, time.Now().Add(time.Minute)).Scan(&id, &payload)
				if errors.Is(err, sql.ErrNoRows) {
					time.Sleep(time.Millisecond) // nothing due: the dispatcher would wait for a wake-up
					continue
				}
				if err != nil {
					if ctx.Err() == nil {
						b.Error(err)
					}
					return
				}
				headers, err := webhook.Sign([]string{"whsec_" + base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{7}, 24))}, id, time.Now().Unix(), []byte(payload))
				if err != nil {
					b.Error(err)
					return
				}
				req, _ := http.NewRequestWithContext(ctx, http.MethodPost, rc.URL, strings.NewReader(payload))
				req.Header = headers
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					if ctx.Err() == nil {
						b.Error(err)
					}
					return
				}
				_ = res.Body.Close()
				if _, err := d.SQL.ExecContext(ctx, done, id); err != nil && ctx.Err() == nil {
					b.Error(err)
					return
				}
			}
		})
	}
	b.ResetTimer()
	start := time.Now()
	var writers sync.WaitGroup
	for w := range 4 {
		writers.Go(func() {
			for range (n - w + 3) / 4 {
				// The writers' transactions are BenchmarkDispatch's (the
				// event through the bus), with the delivery row in them.
				err := database.WithTx(owner, d.Client, func(tx *ent.Tx) error {
					e, err := bus.Emit(owner, tx, events.Event{TenantID: tn.ID, Environment: environment.Test,
						Type: "verification.submitted", Payload: map[string]any{"verification_id": "KBS-VR-TESTTESTTE", "status": "submitted"}})
					if err != nil {
						return err
					}
					_, err = tx.ExecContext(owner, insert, e.ID, time.Now(), body)
					return err
				})
				if err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	writers.Wait()
	committed = float64(n) / time.Since(start).Seconds()
	quit := make(chan struct{})
	go func() { workers.Wait(); close(quit) }()
	select {
	case <-all:
	case <-quit:
		b.Fatal("every floor worker stopped before the deliveries arrived")
	case <-time.After(5 * time.Minute):
		b.Fatal("the floor's deliveries did not all arrive")
	}
	elapsed := time.Since(start)
	b.StopTimer()
	stop()
	workers.Wait()
	return float64(n) / elapsed.Seconds(), committed
}
