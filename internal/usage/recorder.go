// Package usage meters the /v1 API: a bounded, batched writer records every
// authenticated call off the request path into the request log and
// per-minute rollups; analytics read the rollups; quota thresholds and
// anomalies raise notifications.
package usage

import (
	"cmp"
	"context"
	"log/slog"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/keyip"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/redact"
)

// Entry is one authenticated /v1 call.
type Entry struct {
	TenantID      string
	Environment   environment.Environment
	KeyID         string
	ApplicationID string
	Method        string
	Route         string
	Status        int
	ErrorCode     string
	Latency       time.Duration
	ClientIP      string
	UserAgent     string
	RequestID     string
	At            time.Time
	// RequestBody and ResponseBody are the bodies' first bytes as they
	// passed (at most redact.CaptureLimit), RequestBodySeen and
	// ResponseBodySeen their full lengths. They are raw: the writer redacts
	// them off the request path before anything is stored.
	RequestBody      []byte
	RequestBodySeen  int
	ResponseBody     []byte
	ResponseBodySeen int
}

// RecorderOptions configure a Recorder.
type RecorderOptions struct {
	Log *slog.Logger
	// Buffer bounds the queue; a full queue makes Record wait (back-pressure)
	// instead of dropping entries.
	Buffer    int
	BatchSize int
	Interval  time.Duration
	// AfterFlush, when set, is called with the tenants a flush wrote rows for
	// (quota and anomaly checks hang off it).
	AfterFlush func(ctx context.Context, f Flushed)
}

// Flushed says what one flush wrote.
type Flushed struct {
	Tenants []string
	// NewIPs lists keys seen from an address for the first time, when the key
	// had been used from other addresses before.
	NewIPs []NewIP
	// LiveTenants are tenants with LIVE calls in the batch.
	LiveTenants []string
}

// NewIP is a key's first use from an address.
type NewIP struct{ TenantID, KeyID, IP string }

// Recorder is the batched request-log writer.
type Recorder struct {
	client  *ent.Client
	bus     *events.Bus
	opts    RecorderOptions
	queue   chan Entry
	mu      sync.Mutex
	started bool
	closing bool
	stop    chan struct{} // closed by Close: drain the queue and exit
	done    chan struct{} // closed when the writer has exited
	// accessed remembers the day each key's key.accessed entry was last
	// written.
	accessed accessLog
}

// NewRecorder returns a recorder; Start runs the writer.
func NewRecorder(client *ent.Client, bus *events.Bus, opts RecorderOptions) *Recorder {
	if opts.Buffer <= 0 {
		opts.Buffer = 10000
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 2000
	}
	if opts.Interval <= 0 {
		opts.Interval = 200 * time.Millisecond
	}
	return &Recorder{client: client, bus: bus, opts: opts, queue: make(chan Entry, opts.Buffer),
		stop: make(chan struct{}), done: make(chan struct{}), accessed: accessLog{day: map[string]string{}}}
}

// Record queues e. When the queue is full it waits for room, slowing the
// caller rather than losing the entry; it gives up only when ctx ends or the
// recorder is shut down, and says so in the log. It holds no lock while it
// waits.
func (r *Recorder) Record(ctx context.Context, e Entry) {
	select {
	case <-r.stop:
		r.opts.Log.Error("request log entry after shutdown; not recorded", "request_id", e.RequestID)
		return
	default:
	}
	select {
	case r.queue <- e:
	case <-r.stop:
		r.opts.Log.Error("request log entry after shutdown; not recorded", "request_id", e.RequestID)
	case <-ctx.Done():
		r.opts.Log.Error("request log queue full; entry not recorded", "request_id", e.RequestID)
	}
}

// Start runs the writer in the background until Close.
func (r *Recorder) Start() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.started {
		return
	}
	r.started = true
	go r.run()
}

// Close stops accepting entries and returns once every queued entry is
// written (or, if the database refuses, reported lost in the log). Call it
// after the HTTP server has stopped. A recorder never started writes its
// queue here.
func (r *Recorder) Close() {
	r.mu.Lock()
	if !r.closing {
		r.closing = true
		close(r.stop)
		if !r.started {
			r.started = true
			go r.run()
		}
	}
	r.mu.Unlock()
	<-r.done
}

// run writes batches until stop, then drains the queue. While a batch cannot
// be written it takes no more entries, so the queue's bound holds and callers
// wait; the batch is retried at each tick.
func (r *Recorder) run() {
	defer close(r.done)
	ticker := time.NewTicker(r.opts.Interval)
	defer ticker.Stop()
	batch := make([]Entry, 0, r.opts.BatchSize)
	flush := func() bool {
		if len(batch) == 0 {
			return true
		}
		start := time.Now()
		err := r.flush(context.Background(), batch)
		if took := time.Since(start); took > time.Second {
			r.opts.Log.Warn("request log flush was slow", "rows", len(batch), "took", took, "queued", len(r.queue))
		}
		if err != nil {
			r.opts.Log.Error("request log flush failed; will retry", "rows", len(batch), "error", err)
			return false
		}
		batch = batch[:0]
		return true
	}
	for {
		in := r.queue
		if len(batch) >= r.opts.BatchSize {
			in = nil // full and unwritten: wait for the next tick's retry
		}
		select {
		case e := <-in:
			batch = append(batch, e)
			if len(batch) >= r.opts.BatchSize {
				flush()
			}
		case <-ticker.C:
			flush()
		case <-r.stop:
			r.drain(&batch, flush)
			return
		}
	}
}

// drain writes the batch and whatever is queued, retrying a few times before
// reporting the rows it could not write.
func (r *Recorder) drain(batch *[]Entry, flush func() bool) {
	for attempt := 0; attempt < 5; attempt++ {
		for len(*batch) < r.opts.BatchSize {
			select {
			case e := <-r.queue:
				*batch = append(*batch, e)
				continue
			default:
			}
			break
		}
		if flush() {
			if len(r.queue) == 0 {
				return
			}
			attempt = -1 // progress: keep going until the queue is empty
			continue
		}
		time.Sleep(time.Duration(attempt+1) * 200 * time.Millisecond)
	}
	if lost := len(*batch) + len(r.queue); lost > 0 {
		r.opts.Log.Error("request log rows could not be written at shutdown and are lost", "rows", lost)
	}
}

// rollupKey identifies one rollup row.
type rollupKey struct {
	tenant, env, key, route string
	minute                  time.Time
	status                  int
}

type rollup struct {
	app                          string
	requests, errors, latencySum int64
	hist                         Histogram
}

// flush writes a batch: log rows, rollup increments and first-seen IPs in
// one transaction, announced on the bus for live charts.
func (r *Recorder) flush(ctx context.Context, batch []Entry) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	rollups := map[rollupKey]*rollup{}
	tenants := map[string]environment.Environment{}
	live := map[string]bool{}
	type kip struct{ tenant, key, ip string }
	type firstCall struct{ at int } // its index in the batch
	ips := map[kip]firstCall{}      // the first call of each key from each address
	for i, e := range batch {
		// The application is not part of the row's identity (a key belongs
		// to one application); the first one seen is stored.
		k := rollupKey{e.TenantID, string(e.Environment), e.KeyID, e.Route, e.At.UTC().Truncate(time.Minute), e.Status}
		ru := rollups[k]
		if ru == nil {
			ru = &rollup{app: e.ApplicationID}
			rollups[k] = ru
		}
		ru.requests++
		if e.Status >= 400 {
			ru.errors++
		}
		ru.latencySum += e.Latency.Microseconds()
		ru.hist[bucket(e.Latency)]++
		tenants[e.TenantID] = e.Environment
		if e.Environment == environment.Live {
			live[e.TenantID] = true
		}
		// A refused call (a revoked key, an address outside the allowlist)
		// teaches the key no address and is no access.
		refused := e.Status == http.StatusUnauthorized || e.Status == http.StatusForbidden
		if _, seen := ips[kip{e.TenantID, e.KeyID, e.ClientIP}]; e.KeyID != "" && e.ClientIP != "" && !seen && !refused {
			ips[kip{e.TenantID, e.KeyID, e.ClientIP}] = firstCall{i}
		}
	}
	var newIPs []NewIP
	var accessedDays map[string]string
	err := database.WithTx(ctx, r.client, func(tx *ent.Tx) error {
		logs := make([]logRow, len(batch))
		for i := range batch {
			e := &batch[i]
			reqBody, reqCut := redact.Body(e.RequestBody, e.RequestBodySeen)
			resBody, resCut := redact.Body(e.ResponseBody, e.ResponseBodySeen)
			logs[i] = logRow{e: e, reqBody: reqBody, reqCut: reqCut, resBody: resBody, resCut: resCut,
				latencyUs: e.Latency.Microseconds(), status: int64(e.Status)}
		}
		if err := insertLogs(ctx, tx, r.dialect(), logs); err != nil {
			return err
		}
		if err := upsertRollups(ctx, tx, r.dialect(), rollups); err != nil {
			return err
		}
		// One query for the addresses every key of the batch is known
		// from, then the batch's pairs in the order they were first seen:
		// a key's first address ever is no "new address", a second one is.
		pairs := make([]kip, 0, len(ips))
		keys := make([]string, 0, len(ips))
		for k := range ips {
			pairs = append(pairs, k)
			keys = append(keys, k.key)
		}
		slices.SortFunc(pairs, func(a, b kip) int { return cmp.Compare(ips[a].at, ips[b].at) })
		slices.Sort(keys)
		keys = slices.Compact(keys)
		var rows []struct {
			KeyID string `json:"key_id"`
			IP    string `json:"ip"`
		}
		if len(keys) > 0 {
			if err := tx.KeyIP.Query().Where(keyip.KeyIDIn(keys...)).Select(keyip.FieldKeyID, keyip.FieldIP).Scan(ctx, &rows); err != nil {
				return database.Err(err, "load key ips")
			}
		}
		known := map[string][]string{}
		for _, row := range rows {
			known[row.KeyID] = append(known[row.KeyID], row.IP)
		}
		var accesses []access
		for _, k := range pairs {
			first := batch[ips[k].at]
			if slices.Contains(known[k.key], k.ip) {
				accesses = append(accesses, access{first, false})
				continue
			}
			accesses = append(accesses, access{first, true})
			if err := tx.KeyIP.Create().SetTenantID(k.tenant).SetKeyID(k.key).SetIP(k.ip).SetFirstSeenAt(time.Now()).
				OnConflictColumns(keyip.FieldKeyID, keyip.FieldIP).DoNothing().Exec(ctx); err != nil && !isNoRows(err) {
				return database.Err(err, "record key ip")
			}
			if len(known[k.key]) > 0 {
				newIPs = append(newIPs, NewIP{TenantID: k.tenant, KeyID: k.key, IP: k.ip})
			}
			known[k.key] = append(known[k.key], k.ip)
		}
		days, err := r.accessed.record(ctx, tx, accesses)
		if err != nil {
			return err
		}
		accessedDays = days
		for t, env := range tenants {
			if err := r.bus.Publish(ctx, tx, events.Message{Kind: events.KindUsage, TenantID: t, Environment: env}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	r.accessed.remember(accessedDays)
	if r.opts.AfterFlush != nil {
		f := Flushed{NewIPs: newIPs}
		for t := range tenants {
			f.Tenants = append(f.Tenants, t)
		}
		for t := range live {
			f.LiveTenants = append(f.LiveTenants, t)
		}
		sort.Strings(f.Tenants)
		r.opts.AfterFlush(ctx, f)
	}
	return nil
}

// rollupColumns are added to on conflict.
var rollupColumns = []string{"requests", "errors", "latency_sum_us", "b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11"}

// upsertRollups adds the batch's counts to the per-minute rows, creating
// them as needed; the addition happens in the database, so concurrent
// writers (several replicas) never lose an increment.
func upsertRollups(ctx context.Context, tx *ent.Tx, dia string, rollups map[rollupKey]*rollup) error {
	rows := make([]rollupIncrement, 0, len(rollups))
	for k, v := range rollups {
		rows = append(rows, rollupIncrement{k, v})
	}
	slices.SortFunc(rows, func(a, b rollupIncrement) int {
		return cmp.Or(strings.Compare(a.k.tenant, b.k.tenant), strings.Compare(a.k.env, b.k.env),
			a.k.minute.Compare(b.k.minute), strings.Compare(a.k.key, b.k.key), strings.Compare(a.k.route, b.k.route),
			cmp.Compare(a.k.status, b.k.status))
	})
	return upsertRollupRows(ctx, tx, dia, rows)
}

// dialect is the database's dialect, which the bulk statements are written for.
func (r *Recorder) dialect() string { return r.bus.Dialect() }

func isNoRows(err error) bool { return err != nil && strings.Contains(err.Error(), "no rows") }
