package usage

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent/keyip"
	"github.com/keybs/platform/ent/requestlog"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/redact"
	"github.com/keybs/platform/internal/testkit"
)

// spread returns n entries over the tenants, both environments, three keys
// per tenant, four routes, 2xx/4xx/5xx statuses, three minutes and a range
// of latencies (whole milliseconds, so the microseconds stored in the log
// fall in the same bucket as the duration recorded).
func spread(n int, tenants []tenantFixture, seed uint64, prefix string) []Entry {
	r := rand.New(rand.NewPCG(seed, 7))
	routes := []string{"GET /v1/verifications/{id}", "POST /v1/verifications", "GET /v1/reports/{id}", "POST /v1/webhooks/test"}
	statuses := []int{200, 200, 201, 400, 404, 429, 500, 503}
	latencies := []time.Duration{1, 5, 6, 30, 120, 400, 900, 3000, 12000}
	out := make([]Entry, n)
	for i := range out {
		tn := tenants[r.IntN(len(tenants))]
		env := environment.Test
		if r.IntN(2) == 0 {
			env = environment.Live
		}
		out[i] = Entry{
			TenantID: tn.ID, Environment: env, KeyID: fmt.Sprintf("key_%s_%d", tn.ID, r.IntN(3)), ApplicationID: tn.AppID,
			Method: "GET", Route: routes[r.IntN(len(routes))], Status: statuses[r.IntN(len(statuses))],
			Latency: latencies[r.IntN(len(latencies))] * time.Millisecond, ClientIP: fmt.Sprintf("198.51.100.%d", r.IntN(3)),
			UserAgent: "test", RequestID: fmt.Sprintf("%s-%d", prefix, i),
			At: t0.Add(time.Duration(r.IntN(3))*time.Minute + time.Duration(r.IntN(60))*time.Second),
		}
	}
	return out
}

type groupKey struct {
	tenant, env, key, route string
	minute                  string
	status                  int
}

type group struct {
	requests, errors, latencySum int64
	hist                         Histogram
}

// assertRollupsMatchLogs checks the request log holds wantRows rows and that
// every rollup row is exactly the aggregate of the log rows of its minute,
// key, route and status, with one rollup row per such group.
func assertRollupsMatchLogs(t *testing.T, db *database.DB, wantRows int) {
	t.Helper()
	logs := db.Client.RequestLog.Query().AllX(sys)
	if len(logs) != wantRows {
		t.Fatalf("%d request_logs rows, want %d", len(logs), wantRows)
	}
	ids := map[string]bool{}
	groups := map[groupKey]*group{}
	for _, l := range logs {
		if ids[l.RequestID] {
			t.Fatalf("request %s logged twice", l.RequestID)
		}
		ids[l.RequestID] = true
		k := groupKey{l.TenantID, string(l.Environment), l.KeyID, l.Route, l.CreatedAt.UTC().Truncate(time.Minute).Format(time.RFC3339), l.Status}
		g := groups[k]
		if g == nil {
			g = &group{}
			groups[k] = g
		}
		g.requests++
		if l.Status >= 400 {
			g.errors++
		}
		g.latencySum += int64(l.LatencyUs)
		g.hist[bucket(time.Duration(l.LatencyUs)*time.Microsecond)]++
	}
	rollups := db.Client.UsageRollup.Query().AllX(sys)
	if len(rollups) != len(groups) {
		t.Fatalf("%d rollup rows for %d (tenant, env, minute, key, route, status) groups of the log", len(rollups), len(groups))
	}
	for _, r := range rollups {
		k := groupKey{r.TenantID, string(r.Environment), r.KeyID, r.Route, r.Minute.UTC().Format(time.RFC3339), r.Status}
		g := groups[k]
		if g == nil {
			t.Fatalf("rollup %+v has no log rows", k)
		}
		h := Histogram{r.B0, r.B1, r.B2, r.B3, r.B4, r.B5, r.B6, r.B7, r.B8, r.B9, r.B10, r.B11}
		var hsum int64
		for _, c := range h {
			hsum += c
		}
		if r.Requests != g.requests || r.Errors != g.errors || hsum != r.Requests || h != g.hist || r.LatencySumUs != g.latencySum {
			t.Fatalf("rollup %+v: requests %d errors %d histogram %v (sum %d) latency %dµs; the log says %d, %d, %v, %dµs",
				k, r.Requests, r.Errors, h, hsum, r.LatencySumUs, g.requests, g.errors, g.hist, g.latencySum)
		}
	}
}

func newRecorder(t *testing.T, db *database.DB, opts RecorderOptions) *Recorder {
	t.Helper()
	if opts.Log == nil {
		opts.Log = discardLog()
	}
	return NewRecorder(db.Client, events.NewBus(db.Dialect, discardLog()), opts)
}

func TestRecorder(t *testing.T) {
	eachFreshDB(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("EveryColumnIsStoredAsRecordedAndLaterBatchesAddToTheRollup", func(t *testing.T) {
			// The writer's bulk statements are hand-written SQL; each column
			// must read back through ent as ent itself would have stored it.
			db := mustOpen(t, fresh(t))
			tn := mustTenant(t, db, "acme", 0)
			at := t0.Add(90*time.Second + 123456*time.Microsecond)
			e := Entry{TenantID: tn.ID, Environment: environment.Live, KeyID: "key_x", ApplicationID: tn.AppID,
				Method: "POST", Route: "POST /v1/verifications", Status: 422, ErrorCode: "validation_failed",
				Latency: 4321 * time.Microsecond, ClientIP: "203.0.113.9", UserAgent: "ua/1 \"quoted\" 'x'",
				RequestID: "req-cols", At: at, RequestBody: []byte(`{"a":1}`), RequestBodySeen: 7}
			rec := newRecorder(t, db, RecorderOptions{BatchSize: 1, Interval: time.Hour})
			rec.Start()
			rec.Record(context.Background(), e)
			second := e
			second.RequestID, second.Status, second.Latency = "req-cols-2", 422, 2*time.Second
			rec.Record(context.Background(), second)
			rec.Close()
			row := db.Client.RequestLog.Query().Where(requestlog.RequestID("req-cols")).OnlyX(sys)
			if !strings.HasPrefix(row.ID, "rlg_") || row.TenantID != tn.ID || row.Environment != environment.Live ||
				row.KeyID != "key_x" || row.ApplicationID != tn.AppID || row.Method != "POST" ||
				row.Route != "POST /v1/verifications" || row.Status != 422 || row.ErrorCode != "validation_failed" ||
				row.LatencyUs != 4321 || row.ClientIP != "203.0.113.9" || row.UserAgent != e.UserAgent ||
				row.RequestBody != `{"a":1}` || row.RequestBodyTruncated || row.ResponseBody != "" || row.ResponseBodyTruncated ||
				!row.CreatedAt.Equal(at) {
				t.Fatalf("stored %+v, recorded %+v", row, e)
			}
			r := db.Client.UsageRollup.Query().OnlyX(sys)
			if r.Requests != 2 || r.Errors != 2 || r.LatencySumUs != 4321+2000000 || r.B2 != 1 || r.B10 != 1 ||
				!r.Minute.Equal(t0.Add(time.Minute)) || r.ApplicationID != tn.AppID || r.KeyID != "key_x" {
				t.Fatalf("rollup after two batches: %+v", r)
			}
		})
		t.Run("EveryEntryIsLoggedAndRollupsMatchTheLog", func(t *testing.T) {
			db := mustOpen(t, fresh(t))
			tenants := []tenantFixture{mustTenant(t, db, "acme", 0), mustTenant(t, db, "globex", 0)}
			entries := spread(1000, tenants, 1, "a")
			rec := newRecorder(t, db, RecorderOptions{BatchSize: 128, Interval: 5 * time.Millisecond})
			rec.Start()
			for _, e := range entries {
				rec.Record(context.Background(), e)
			}
			rec.Close()
			assertRollupsMatchLogs(t, db, len(entries))
			// and the rollups agree with what was recorded, not only with the log
			var want, errs int64
			for _, e := range entries {
				want++
				if e.Status >= 400 {
					errs++
				}
			}
			var got, gotErr int64
			minutes := map[int64]bool{}
			for _, r := range db.Client.UsageRollup.Query().AllX(sys) {
				got += r.Requests
				gotErr += r.Errors
				minutes[r.Minute.Unix()] = true
			}
			if got != want || gotErr != errs || len(minutes) != 3 {
				t.Fatalf("rollups count %d requests, %d errors over %d minutes; recorded %d, %d over 3", got, gotErr, len(minutes), want, errs)
			}
		})
		t.Run("BodiesAreStoredRedactedAndCapped", func(t *testing.T) {
			db := mustOpen(t, fresh(t))
			tn := mustTenant(t, db, "acme", 0)
			rec := newRecorder(t, db, RecorderOptions{Interval: 5 * time.Millisecond})
			rec.Start()
			base := spread(1, []tenantFixture{tn}, 3, "body")[0]
			big := `{"items":"` + strings.Repeat("x", redact.Limit) + `"}`
			cases := []struct {
				id         string
				req, res   string
				wantReq    string
				wantRes    string
				wantResCut bool
			}{
				{id: "secret", req: `{"name":"Ann","email":"a@b.c","country":"DE"}`, res: `{"id":"key_1","key":"kbs_test_abc"}`,
					wantReq: `{"name":"[REDACTED]","email":"[REDACTED]","country":"DE"}`, wantRes: `{"id":"key_1","key":"[REDACTED]"}`},
				{id: "big", res: big, wantRes: big[:redact.Limit], wantResCut: true},
				{id: "binary", req: "%PDF-1.7", wantReq: "[body of 8 bytes not kept: not JSON]"},
				{id: "empty"},
			}
			for _, c := range cases {
				e := base
				e.RequestID = c.id
				e.RequestBody, e.RequestBodySeen = []byte(c.req), len(c.req)
				e.ResponseBody, e.ResponseBodySeen = []byte(c.res), len(c.res)
				rec.Record(context.Background(), e)
			}
			rec.Close()
			for _, c := range cases {
				row := db.Client.RequestLog.Query().Where(requestlog.RequestID(c.id)).OnlyX(sys)
				if row.RequestBody != c.wantReq || row.ResponseBody != c.wantRes || row.ResponseBodyTruncated != c.wantResCut || row.RequestBodyTruncated {
					t.Errorf("%s: stored request %.80q response %.80q (cut %v/%v); want %.80q, %.80q (cut false/%v)", c.id,
						row.RequestBody, row.ResponseBody, row.RequestBodyTruncated, row.ResponseBodyTruncated, c.wantReq, c.wantRes, c.wantResCut)
				}
			}
		})
		t.Run("ASecondRecorderIncrementsTheSameRows", func(t *testing.T) {
			db := mustOpen(t, fresh(t))
			tenants := []tenantFixture{mustTenant(t, db, "acme", 0), mustTenant(t, db, "globex", 0)}
			first := newRecorder(t, db, RecorderOptions{})
			first.Start()
			for _, e := range spread(400, tenants, 2, "first") {
				first.Record(context.Background(), e)
			}
			first.Close()
			rows := db.Client.UsageRollup.Query().CountX(sys)

			second := newRecorder(t, db, RecorderOptions{})
			second.Start()
			for _, e := range spread(400, tenants, 2, "second") { // the same calls again
				second.Record(context.Background(), e)
			}
			second.Close()
			if n := db.Client.UsageRollup.Query().CountX(sys); n != rows {
				t.Fatalf("%d rollup rows after the second recorder, %d before: the upsert inserted duplicates", n, rows)
			}
			assertRollupsMatchLogs(t, db, 800)
		})
		t.Run("ConcurrentRecordersLoseNoIncrement", func(t *testing.T) {
			url := fresh(t)
			db := mustOpen(t, url)
			tenants := []tenantFixture{mustTenant(t, db, "acme", 0), mustTenant(t, db, "globex", 0)}
			logs := &testkit.LogBuffer{}
			var wg sync.WaitGroup
			for i := range 2 {
				// two replicas: their own client on the same database
				replica := mustOpen(t, url)
				rec := NewRecorder(replica.Client, events.NewBus(replica.Dialect, discardLog()), RecorderOptions{
					Log: slog.New(slog.NewTextHandler(logs, nil)), BatchSize: 40, Interval: time.Millisecond,
				})
				wg.Add(1)
				go func() {
					defer wg.Done()
					rec.Start()
					for _, e := range spread(600, tenants, 3, fmt.Sprintf("r%d", i)) { // same keys, same minutes
						rec.Record(context.Background(), e)
					}
					rec.Close()
				}()
			}
			wg.Wait()
			assertRollupsMatchLogs(t, db, 1200)
			if s := logs.String(); strings.Contains(s, "flush failed") {
				t.Logf("flushes were retried (no rows lost):\n%s", firstLines(s, 5))
			}
		})
		t.Run("CloseWritesEveryQueuedEntry", func(t *testing.T) {
			db := mustOpen(t, fresh(t))
			tenants := []tenantFixture{mustTenant(t, db, "acme", 0)}
			// the interval never fires and the batch never fills: only Close flushes
			rec := newRecorder(t, db, RecorderOptions{Buffer: 5000, BatchSize: 1000, Interval: time.Hour})
			entries := spread(1500, tenants, 4, "q")
			for _, e := range entries[:700] { // queued before the writer starts
				rec.Record(context.Background(), e)
			}
			rec.Start()
			for _, e := range entries[700:] {
				rec.Record(context.Background(), e)
			}
			rec.Close()
			assertRollupsMatchLogs(t, db, len(entries))
		})
		t.Run("RecordAfterCloseSaysItWasNotRecorded", func(t *testing.T) {
			db := mustOpen(t, fresh(t))
			tn := mustTenant(t, db, "acme", 0)
			logs := &testkit.LogBuffer{}
			rec := newRecorder(t, db, RecorderOptions{Log: slog.New(slog.NewTextHandler(logs, nil))})
			rec.Start()
			rec.Close()
			rec.Record(context.Background(), spread(1, []tenantFixture{tn}, 5, "late")[0])
			rec.Close() // a second Close is harmless
			if s := logs.String(); !strings.Contains(s, "not recorded") || !strings.Contains(s, "late-0") {
				t.Fatalf("log %q does not say late-0 was not recorded", s)
			}
			if n := db.Client.RequestLog.Query().CountX(sys); n != 0 {
				t.Fatalf("%d rows after shutdown", n)
			}
		})
		t.Run("AFullQueueMakesRecordWaitThenWritesTheEntry", func(t *testing.T) {
			db := mustOpen(t, fresh(t))
			tn := mustTenant(t, db, "acme", 0)
			rec := newRecorder(t, db, RecorderOptions{Buffer: 1, BatchSize: 1, Interval: time.Hour})
			e := spread(2, []tenantFixture{tn}, 6, "bp")
			rec.Record(context.Background(), e[0]) // fills the queue; no writer yet
			returned := make(chan struct{})
			go func() {
				rec.Record(context.Background(), e[1])
				close(returned)
			}()
			select {
			case <-returned:
				t.Fatal("Record returned while the queue was full and nothing drained it: the entry was dropped or overflowed the bound")
			case <-time.After(200 * time.Millisecond):
			}
			// Start the writer; neither Start nor the waiting Record may hang.
			started := make(chan struct{})
			go func() {
				rec.Start()
				close(started)
			}()
			select {
			case <-returned:
			case <-time.After(5 * time.Second):
				select {
				case <-started:
					t.Fatal("Record still blocked 5s after the writer started")
				default:
					t.Fatal("Start blocks while a Record waits on the full queue: Start takes r.mu.Lock, which the waiting Record holds as an RLock, so neither can proceed (deadlock)")
				}
			}
			<-started
			rec.Close()
			if !db.Client.RequestLog.Query().Where(requestlog.RequestID("bp-1")).ExistX(sys) {
				t.Fatal("the entry that waited was not written")
			}
			assertRollupsMatchLogs(t, db, 2)
		})
		t.Run("ARecordWhoseContextEndsOnAFullQueueReturnsAndLogsIt", func(t *testing.T) {
			db := mustOpen(t, fresh(t))
			tn := mustTenant(t, db, "acme", 0)
			logs := &testkit.LogBuffer{}
			rec := newRecorder(t, db, RecorderOptions{Log: slog.New(slog.NewTextHandler(logs, nil)), Buffer: 1, BatchSize: 1, Interval: time.Hour})
			e := spread(2, []tenantFixture{tn}, 7, "cx")
			rec.Record(context.Background(), e[0])
			ctx, cancel := context.WithCancel(context.Background())
			returned := make(chan struct{})
			go func() {
				rec.Record(ctx, e[1])
				close(returned)
			}()
			select {
			case <-returned:
				t.Fatal("Record returned before its context ended, with the queue full")
			case <-time.After(100 * time.Millisecond):
			}
			cancel()
			select {
			case <-returned:
			case <-time.After(10 * time.Second):
				t.Fatal("Record hangs after its context ended")
			}
			if s := logs.String(); !strings.Contains(s, "not recorded") || !strings.Contains(s, "request_id=cx-1") {
				t.Fatalf("log %q does not say cx-1 was not recorded", s)
			}
			rec.Start()
			rec.Close()
			assertRollupsMatchLogs(t, db, 1)
			if !db.Client.RequestLog.Query().Where(requestlog.RequestID("cx-0")).ExistX(sys) {
				t.Fatal("the queued entry was lost")
			}
		})
		t.Run("ShutdownThatCannotWriteReturnsAndSaysRowsWereLost", func(t *testing.T) {
			url := fresh(t)
			db := mustOpen(t, url)
			tn := mustTenant(t, db, "acme", 0)
			// a replica whose database goes away before shutdown
			replica, err := database.Open(context.Background(), url)
			if err != nil {
				t.Fatal(err)
			}
			logs := &testkit.LogBuffer{}
			rec := NewRecorder(replica.Client, events.NewBus(replica.Dialect, discardLog()), RecorderOptions{
				Log: slog.New(slog.NewTextHandler(logs, nil)), BatchSize: 1000, Interval: time.Hour,
			})
			rec.Start()
			for _, e := range spread(3, []tenantFixture{tn}, 8, "lost") {
				rec.Record(context.Background(), e)
			}
			_ = replica.Close()
			closed := make(chan struct{})
			go func() { rec.Close(); close(closed) }()
			select {
			case <-closed:
			case <-time.After(30 * time.Second):
				t.Fatal("Close hangs when the database cannot be written")
			}
			s := logs.String()
			if !strings.Contains(s, "flush failed") {
				t.Fatalf("log %q does not report the failed flush", s)
			}
			// Close gave up on the 3 rows; the last word in the log must not be
			// "retrying", or the loss is silent in all but name.
			lines := strings.Split(strings.TrimSpace(s), "\n")
			if last := lines[len(lines)-1]; strings.Contains(last, "retrying") {
				t.Errorf("after its final attempt Close dropped 3 request-log rows, but the last log line is %q: "+
					"nothing says the rows were lost (recorder.go run(): the closed-queue branch stops after 5 attempts without logging)", last)
			}
		})
		t.Run("AWriterThatCannotFlushStopsTakingEntries", func(t *testing.T) {
			url := fresh(t)
			db := mustOpen(t, url)
			tn := mustTenant(t, db, "acme", 0)
			replica, err := database.Open(context.Background(), url)
			if err != nil {
				t.Fatal(err)
			}
			_ = replica.Close() // every flush fails
			const buffer, batch, calls = 4, 2, 100
			logs := &testkit.LogBuffer{}
			rec := NewRecorder(replica.Client, events.NewBus(replica.Dialect, discardLog()), RecorderOptions{
				Log: slog.New(slog.NewTextHandler(logs, nil)), Buffer: buffer, BatchSize: batch, Interval: time.Hour,
			})
			rec.Start()
			t.Cleanup(rec.Close)
			refused := 0
			for _, e := range spread(calls, []tenantFixture{tn}, 9, "down") {
				ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
				rec.Record(ctx, e)
				// A Record that waited until its deadline was refused. (Timing
				// it from a start taken after the context was made miscounted
				// refusals as acceptances when the goroutine was descheduled
				// in between.)
				if ctx.Err() != nil {
					refused++
				}
				cancel()
			}
			// With nothing written, at most buffer+batch (+1 in hand) entries
			// may be held; every further Record must wait for room.
			if held := calls - refused; held > buffer+batch+1 {
				t.Errorf("with every flush failing, %d of %d Records were accepted at once (Buffer %d, BatchSize %d): "+
					"run() keeps failed batches and goes on appending to them, so the queue bound does not hold and memory grows without limit "+
					"instead of back-pressure (recorder.go run(): flush() returns with the batch kept and the loop keeps receiving)",
					held, calls, buffer, batch)
			}
		})
		t.Run("AfterFlushReportsLiveTenantsAndNewIPs", func(t *testing.T) {
			db := mustOpen(t, fresh(t))
			a, b := mustTenant(t, db, "acme", 0), mustTenant(t, db, "globex", 0)
			var mu sync.Mutex
			var flushes []Flushed
			rec := newRecorder(t, db, RecorderOptions{BatchSize: 1, Interval: time.Hour, AfterFlush: func(_ context.Context, f Flushed) {
				mu.Lock()
				defer mu.Unlock()
				flushes = append(flushes, f)
			}})
			rec.Start()
			call := func(tn tenantFixture, env environment.Environment, key, ip string) {
				rec.Record(context.Background(), Entry{TenantID: tn.ID, Environment: env, KeyID: key, ApplicationID: tn.AppID,
					Method: "GET", Route: "GET /v1/x", Status: 200, ClientIP: ip, RequestID: key + ip, At: t0})
			}
			call(a, environment.Live, "key_a", "203.0.113.1") // first IP of key_a: not new
			call(a, environment.Live, "key_a", "203.0.113.1") // known
			call(b, environment.Test, "key_b", "203.0.113.2") // first IP of key_b: not new
			call(a, environment.Test, "key_a", "203.0.113.9") // a second IP of key_a: new
			call(b, environment.Test, "key_b", "203.0.113.2") // known
			call(b, environment.Test, "", "203.0.113.3")      // a portal session: no key, no IP tracking
			rec.Close()

			mu.Lock()
			defer mu.Unlock()
			var newIPs []NewIP
			live, all := map[string]bool{}, map[string]bool{}
			for _, f := range flushes {
				newIPs = append(newIPs, f.NewIPs...)
				for _, tn := range f.LiveTenants {
					live[tn] = true
				}
				for _, tn := range f.Tenants {
					all[tn] = true
				}
			}
			if want := []NewIP{{TenantID: a.ID, KeyID: "key_a", IP: "203.0.113.9"}}; !slices.Equal(newIPs, want) {
				t.Fatalf("new IPs %v, want %v", newIPs, want)
			}
			if len(live) != 1 || !live[a.ID] {
				t.Fatalf("live tenants %v, want only %s", live, a.ID)
			}
			if len(all) != 2 || !all[a.ID] || !all[b.ID] {
				t.Fatalf("tenants %v, want both", all)
			}
			if ips := db.Client.KeyIP.Query().Where(keyip.KeyID("key_a")).Select(keyip.FieldIP).StringsX(sys); len(ips) != 2 {
				t.Fatalf("key_a remembers IPs %v, want 2", ips)
			}
			if n := db.Client.KeyIP.Query().CountX(sys); n != 3 {
				t.Fatalf("%d key IPs remembered, want 3", n)
			}
		})
	})
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}
