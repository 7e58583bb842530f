// Package usage meters the /v1 API: a bounded, batched writer records every
// authenticated call off the request path into the request log and
// per-minute rollups; analytics read the rollups; quota thresholds and
// anomalies raise notifications.
package usage

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/keyip"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/usagerollup"
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
		opts.BatchSize = 500
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
	ips := map[kip]Entry{} // the first call of each key from each address
	for _, e := range batch {
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
			ips[kip{e.TenantID, e.KeyID, e.ClientIP}] = e
		}
	}
	var newIPs []NewIP
	var accessedDays map[string]string
	err := database.WithTx(ctx, r.client, func(tx *ent.Tx) error {
		logs := make([]*ent.RequestLogCreate, len(batch))
		for i, e := range batch {
			reqBody, reqCut := redact.Body(e.RequestBody, e.RequestBodySeen)
			resBody, resCut := redact.Body(e.ResponseBody, e.ResponseBodySeen)
			logs[i] = tx.RequestLog.Create().SetTenantID(e.TenantID).SetEnvironment(e.Environment).
				SetKeyID(e.KeyID).SetApplicationID(e.ApplicationID).SetMethod(e.Method).SetRoute(e.Route).
				SetStatus(e.Status).SetErrorCode(e.ErrorCode).SetLatencyUs(int(e.Latency.Microseconds())).
				SetClientIP(e.ClientIP).SetUserAgent(e.UserAgent).SetRequestID(e.RequestID).SetCreatedAt(e.At).
				SetRequestBody(reqBody).SetRequestBodyTruncated(reqCut).
				SetResponseBody(resBody).SetResponseBodyTruncated(resCut)
		}
		for i := 0; i < len(logs); i += 200 {
			if err := tx.RequestLog.CreateBulk(logs[i:min(i+200, len(logs))]...).Exec(ctx); err != nil {
				return database.Err(err, "write request log")
			}
		}
		if err := upsertRollups(ctx, tx, rollups); err != nil {
			return err
		}
		var accesses []access
		for k, first := range ips {
			known, err := tx.KeyIP.Query().Where(keyip.KeyID(k.key)).Select(keyip.FieldIP).Strings(ctx)
			if err != nil {
				return database.Err(err, "load key ips")
			}
			if slices.Contains(known, k.ip) {
				accesses = append(accesses, access{first, false})
				continue
			}
			accesses = append(accesses, access{first, true})
			if err := tx.KeyIP.Create().SetTenantID(k.tenant).SetKeyID(k.key).SetIP(k.ip).SetFirstSeenAt(time.Now()).
				OnConflictColumns(keyip.FieldKeyID, keyip.FieldIP).DoNothing().Exec(ctx); err != nil && !isNoRows(err) {
				return database.Err(err, "record key ip")
			}
			if len(known) > 0 {
				newIPs = append(newIPs, NewIP{TenantID: k.tenant, KeyID: k.key, IP: k.ip})
			}
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
func upsertRollups(ctx context.Context, tx *ent.Tx, rollups map[rollupKey]*rollup) error {
	creates := make([]*ent.UsageRollupCreate, 0, len(rollups))
	for k, v := range rollups {
		c := tx.UsageRollup.Create().SetTenantID(k.tenant).SetEnvironment(environment.Environment(k.env)).
			SetMinute(k.minute).SetKeyID(k.key).SetApplicationID(v.app).SetRoute(k.route).SetStatus(k.status).
			SetRequests(v.requests).SetErrors(v.errors).SetLatencySumUs(v.latencySum).
			SetB0(v.hist[0]).SetB1(v.hist[1]).SetB2(v.hist[2]).SetB3(v.hist[3]).SetB4(v.hist[4]).SetB5(v.hist[5]).
			SetB6(v.hist[6]).SetB7(v.hist[7]).SetB8(v.hist[8]).SetB9(v.hist[9]).SetB10(v.hist[10]).SetB11(v.hist[11])
		creates = append(creates, c)
	}
	for i := 0; i < len(creates); i += 100 {
		err := tx.UsageRollup.CreateBulk(creates[i:min(i+100, len(creates))]...).
			OnConflict(
				entsql.ConflictColumns(usagerollup.FieldTenantID, usagerollup.FieldEnvironment, usagerollup.FieldMinute,
					usagerollup.FieldKeyID, usagerollup.FieldRoute, usagerollup.FieldStatus),
				entsql.ResolveWith(func(u *entsql.UpdateSet) {
					for _, c := range rollupColumns {
						u.Set(c, entsql.Expr(fmt.Sprintf(`%q.%q + excluded.%q`, usagerollup.Table, c, c)))
					}
				}),
			).Exec(ctx)
		if err != nil {
			return database.Err(err, "write rollups")
		}
	}
	return nil
}

func isNoRows(err error) bool { return err != nil && strings.Contains(err.Error(), "no rows") }
