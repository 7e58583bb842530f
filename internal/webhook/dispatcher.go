package webhook

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/webhookdelivery"
	"github.com/keybs/platform/ent/webhookendpoint"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/secretbox"
)

// Dispatcher settings.
const (
	// DefaultWorkers is the server's Workers, half of them for any one
	// endpoint. A claim is a transaction of several round trips, slower than
	// a request to a fast endpoint, and takes at most an endpoint's free
	// slots: with 8 workers (4 to an endpoint) a claim leased 2 attempts on
	// average, and the claiming loop bounded deliveries to one endpoint.
	DefaultWorkers = 16
	// DefaultTimeout bounds one attempt, connection to last byte.
	DefaultTimeout = 15 * time.Second
	// FailingLimit disables an endpoint that has failed continuously this long.
	FailingLimit = 5 * 24 * time.Hour
	excerptLimit = 1024
	// fanOutBatch is how many new events one fan-out transaction takes;
	// insertChunk how many attempts one INSERT writes (well under SQLite's
	// bound on statement parameters).
	fanOutBatch = 100
	insertChunk = 50
)

// DispatcherOptions configure a Dispatcher.
type DispatcherOptions struct {
	Dialect string
	Log     *slog.Logger
	Now     func() time.Time
	// Rand returns [0,1) for retry jitter; nil uses math/rand.
	Rand func() float64
	// Policy decides which addresses deliveries may connect to; the zero
	// Policy allows public addresses only. It must be the Service's.
	Policy Policy
	// Workers bounds the requests out at once (1 when zero); as many
	// attempts again may be recording their outcome meanwhile, so a slow
	// database does not hold a request's slot and a slow endpoint holds no
	// more of the others' than its PerEndpoint requests.
	Workers int
	// PerEndpoint bounds one endpoint's concurrent sends, so a slow
	// endpoint holds at most that many workers and the others keep the rest
	// (half the workers, at least one, when zero).
	PerEndpoint int
	// Poll is how often due retries are looked for without a wake-up.
	Poll time.Duration
	// Timeout bounds one attempt (DefaultTimeout when zero). A claimed
	// attempt is leased for twice as long: after a crash another worker takes
	// it over once the lease ends and sends it again with the same event id.
	// A clean stop waits for the attempts in flight instead, at most until
	// their leases end.
	Timeout time.Duration
	// Notifier tells the tenant when an endpoint is disabled.
	Notifier *notify.Notifier
}

// Dispatcher delivers events at least once: committed events are fanned out
// into delivery rows, and workers claim due rows with a lease, send them and
// record the outcome, scheduling the next attempt on failure.
type Dispatcher struct {
	client  *ent.Client
	bus     *events.Bus
	box     *secretbox.Box
	opts    DispatcherOptions
	clients map[Reach]*http.Client

	mu          sync.Mutex
	sending     int            // attempts whose request is out
	recording   int            // attempts answered, their outcome being recorded
	perEndpoint map[string]int // of which to each endpoint
	sends       sync.WaitGroup
	freed       chan struct{} // a send finished (one pending signal at most)

	// The claiming loop's alone (Run or RunOnce):
	fronts frontiers
	events *eventCache
}

// NewDispatcher wires a Dispatcher.
func NewDispatcher(client *ent.Client, bus *events.Bus, box *secretbox.Box, opts DispatcherOptions) *Dispatcher {
	if opts.Rand == nil {
		opts.Rand = defaultRand
	}
	if opts.Workers < 1 {
		opts.Workers = 1
	}
	if opts.PerEndpoint < 1 {
		opts.PerEndpoint = max(1, opts.Workers/2)
	}
	if opts.Poll == 0 {
		opts.Poll = time.Second
	}
	if opts.Timeout == 0 {
		opts.Timeout = DefaultTimeout
	}
	return &Dispatcher{
		client: client, bus: bus, box: box, opts: opts,
		perEndpoint: map[string]int{}, freed: make(chan struct{}, 1), fronts: frontiers{}, events: newEventCache(),
		clients: map[Reach]*http.Client{
			PublicOnly:  newClient(PublicOnly, opts.Timeout),
			LoopbackToo: newClient(LoopbackToo, opts.Timeout),
			Anywhere:    newClient(Anywhere, opts.Timeout),
		},
	}
}

// Run dispatches until ctx ends, woken by committed events, by a finished
// send (a worker free again) and polling for due retries. Sends run beside
// the loop, so new events are fanned out and claimed while a slow endpoint's
// attempts are still in flight. When ctx ends it claims nothing more, but
// returns only once the attempts it has started are sent and recorded (each
// within its lease), so a clean stop never leaves a sent attempt unrecorded
// to be sent again later.
func (d *Dispatcher) Run(ctx context.Context) {
	wake := d.bus.Subscribe(ctx, 64, func(m events.Message) bool {
		return m.Kind == events.KindEvent || m.Kind == events.KindResync
	})
	tick := time.NewTicker(d.opts.Poll)
	defer tick.Stop()
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	fan := true
	for {
		if fan {
			if err := d.fanOut(ctx); err != nil && ctx.Err() == nil {
				d.opts.Log.Error("webhook dispatch", "error", err)
			}
		}
		if _, err := d.fill(ctx); err != nil && ctx.Err() == nil {
			d.opts.Log.Error("webhook dispatch", "error", err)
		}
		fan = true
		select {
		case <-ctx.Done():
			d.sends.Wait()
			return
		case <-wake:
		case <-tick.C:
		case <-d.freed:
			fan = false // a worker is free: claim, no new events to look for
		}
	}
}

// RunOnce fans out new events and sends every attempt that is due now, with
// up to Workers attempts in flight and up to PerEndpoint of them to one
// endpoint; it returns when none is due and none is in flight. Attempts are
// claimed only when a worker is free to send them at once: a claimed attempt
// never waits, leased, behind a slow one (where its lease could run out and
// another replica take it too), and a stop strands none.
func (d *Dispatcher) RunOnce(ctx context.Context) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	if err := d.fanOut(ctx); err != nil {
		return err
	}
	for {
		idle, err := d.fill(ctx)
		if err != nil {
			d.sends.Wait()
			return err
		}
		if idle {
			return nil
		}
		// A send that ends from here on leaves a signal in freed; one that
		// ended before left one too, so no wake-up is lost.
		select {
		case <-d.freed:
		case <-ctx.Done():
			d.sends.Wait()
			return nil
		}
	}
}

// fill claims due attempts while workers are free and starts sending each,
// leaving out endpoints that have PerEndpoint attempts in flight already: a
// slow endpoint holds at most its own slots, never the other endpoints'. It
// reports idle when it found nothing due with nothing in flight.
func (d *Dispatcher) fill(ctx context.Context) (idle bool, err error) {
	for ctx.Err() == nil {
		d.mu.Lock()
		free := d.opts.Workers - d.sending
		if d.recording >= d.opts.Workers {
			free = 0 // the database is behind: claim no more until it catches up
		}
		busy := make(map[string]int, len(d.perEndpoint))
		var full []string
		for ep, n := range d.perEndpoint {
			busy[ep] = n
			if n >= d.opts.PerEndpoint {
				full = append(full, ep)
			}
		}
		nothingInFlight := d.sending+d.recording == 0
		d.mu.Unlock()
		if free <= 0 {
			return false, nil
		}
		claimed, more, err := d.claim(ctx, free, full, func(del *ent.WebhookDelivery) bool {
			if busy[del.EndpointID] >= d.opts.PerEndpoint {
				return false
			}
			busy[del.EndpointID]++
			return true
		})
		if err != nil {
			return false, err
		}
		for _, j := range claimed {
			d.start(ctx, j)
		}
		if !more {
			return nothingInFlight && len(claimed) == 0, nil
		}
	}
	return false, nil
}

// start sends a claimed attempt in its own goroutine. A started attempt
// outlives ctx: it is finished and recorded before its lease ends, stop or no
// stop. The attempt holds a worker and its endpoint's slot while its request
// is out (what Workers and PerEndpoint bound), then a recording slot until
// its outcome is stored.
func (d *Dispatcher) start(ctx context.Context, j job) {
	del := j.del
	d.mu.Lock()
	d.sending++
	d.perEndpoint[del.EndpointID]++
	d.mu.Unlock()
	d.sends.Add(1)
	go func() {
		defer d.sends.Done()
		var once sync.Once
		answered := func() {
			once.Do(func() {
				d.mu.Lock()
				d.sending--
				d.recording++
				if d.perEndpoint[del.EndpointID]--; d.perEndpoint[del.EndpointID] <= 0 {
					delete(d.perEndpoint, del.EndpointID)
				}
				d.mu.Unlock()
				d.wakeFill()
			})
		}
		attemptCtx, cancel := context.WithDeadline(context.WithoutCancel(ctx), time.Now().Add(d.lease()))
		if err := d.send(attemptCtx, j, answered); err != nil {
			d.opts.Log.Error("webhook delivery", "delivery_id", del.ID, "error", err)
		}
		cancel()
		answered() // an attempt that ended before its request did
		d.mu.Lock()
		d.recording--
		d.mu.Unlock()
		d.wakeFill()
	}()
}

// wakeFill tells the claiming loop a slot is free (one signal pending at
// most).
func (d *Dispatcher) wakeFill() {
	select {
	case d.freed <- struct{}{}:
	default:
	}
}

// lease is how long a claimed attempt is held: twice the attempt timeout,
// room to send it and record the outcome.
func (d *Dispatcher) lease() time.Duration { return 2 * d.opts.Timeout }

// fanOut creates the first attempt of every new event for each enabled
// endpoint that wants its type, and marks the events fanned out, in one
// transaction per batch of 100: one query for the batch's endpoints, bulk
// inserts and one update, whatever the batch holds. It remembers the events
// for the claims of their attempts (see eventCache).
func (d *Dispatcher) fanOut(ctx context.Context) error {
	for {
		var evts []*ent.Event
		err := database.WithTx(ctx, d.client, func(tx *ent.Tx) error {
			q := tx.Event.Query().Where(event.FannedOutAtIsNil()).Order(ent.Asc(event.FieldCreatedAt)).Limit(fanOutBatch)
			if d.opts.Dialect == dialect.Postgres {
				q = q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
			}
			var err error
			if evts, err = q.All(ctx); err != nil || len(evts) == 0 {
				return database.Err(err, "load new events")
			}
			tenants := make([]string, 0, len(evts))
			ids := make([]string, len(evts))
			for i, e := range evts {
				ids[i] = e.ID
				if !slices.Contains(tenants, e.TenantID) {
					tenants = append(tenants, e.TenantID)
				}
			}
			eps, err := tx.WebhookEndpoint.Query().Where(
				webhookendpoint.TenantIDIn(tenants...),
				webhookendpoint.StatusEQ(webhookendpoint.StatusENABLED),
				webhookendpoint.DeletedAtIsNil(),
			).Order(ent.Asc(webhookendpoint.FieldID)).All(ctx)
			if err != nil {
				return database.Err(err, "load endpoints")
			}
			now := d.opts.Now()
			var creates []*ent.WebhookDeliveryCreate
			for _, e := range evts {
				for _, ep := range eps {
					if ep.TenantID != e.TenantID || ep.Environment != e.Environment ||
						(len(ep.EventTypes) > 0 && !slices.Contains(ep.EventTypes, e.Type)) {
						continue
					}
					creates = append(creates, newAttempt(tx, e, ep.ID, 1, webhookdelivery.TriggerSCHEDULED, now))
				}
			}
			for chunk := range slices.Chunk(creates, insertChunk) {
				if err := tx.WebhookDelivery.CreateBulk(chunk...).Exec(privacy.DecisionContext(ctx, privacy.Allow)); err != nil {
					return database.Err(err, "queue deliveries")
				}
			}
			if err := tx.Event.Update().Where(event.IDIn(ids...)).SetFannedOutAt(now).Exec(ctx); err != nil {
				return database.Err(err, "mark events fanned out")
			}
			return nil
		})
		if err != nil {
			return err
		}
		d.events.put(evts) // their first attempts are claimed next
		if len(evts) < fanOutBatch {
			return nil
		}
	}
}

// claim leases up to n due attempts, oldest first, of endpoints not in
// full and that keep accepts; more says due attempts may be left (the query
// filled its limit, or keep turned one down). Leaving full out, it scans
// from the frontier (see frontiers) and moves it on. On PostgreSQL the rows are
// locked with SKIP LOCKED, so replicas claiming at once take different rows;
// SQLite's transactions take the write lock up front, so claims run one at a
// time.
func (d *Dispatcher) claim(ctx context.Context, n int, full []string, keep func(*ent.WebhookDelivery) bool) (out []job, more bool, err error) {
	wall := time.Now()
	from, until := d.fronts.scanFrom(full, wall)
	began := time.Time{} // the oldest due attempt found, or now
	err = database.WithTx(ctx, d.client, func(tx *ent.Tx) error {
		now := d.opts.Now()
		began = now
		q := tx.WebhookDelivery.Query().Where(
			webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING),
			webhookdelivery.ScheduledAtLTE(now),
			webhookdelivery.Or(webhookdelivery.LeaseUntilIsNil(), webhookdelivery.LeaseUntilLT(now)),
		).Order(ent.Asc(webhookdelivery.FieldScheduledAt), ent.Asc(webhookdelivery.FieldID)).Limit(n)
		if len(full) > 0 {
			q = q.Where(webhookdelivery.EndpointIDNotIn(full...))
		}
		if !from.IsZero() {
			q = q.Where(webhookdelivery.ScheduledAtGTE(from))
		}
		if d.opts.Dialect == dialect.Postgres {
			q = q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
		}
		// The endpoints come with the rows (one more query, not one per
		// attempt): the send needs their URL, state and secret.
		rows, err := q.WithEndpoint().All(ctx)
		if err != nil || len(rows) == 0 {
			return database.Err(err, "claim deliveries")
		}
		began = rows[0].ScheduledAt
		more = len(rows) == n
		kept := rows[:0]
		for _, r := range rows {
			if keep(r) {
				kept = append(kept, r)
			} else {
				more = true
			}
		}
		if len(kept) == 0 {
			return nil
		}
		ids := make([]string, len(kept))
		for i, r := range kept {
			ids[i] = r.ID
		}
		if err := tx.WebhookDelivery.Update().Where(webhookdelivery.IDIn(ids...)).
			SetLeaseUntil(now.Add(d.lease())).Exec(ctx); err != nil {
			return database.Err(err, "lease deliveries")
		}
		out = make([]job, len(kept))
		var missing []string // events the fan-out of this replica did not load
		for i, r := range kept {
			out[i] = job{del: r, evt: d.events.get(r.EventID)}
			if out[i].evt == nil && !slices.Contains(missing, r.EventID) {
				missing = append(missing, r.EventID)
			}
		}
		if len(missing) == 0 {
			return nil
		}
		evts, err := tx.Event.Query().Where(event.IDIn(missing...)).All(ctx)
		if err != nil {
			return database.Err(err, "load events")
		}
		d.events.put(evts) // events never change: a retry's is as good later
		for i := range out {
			if out[i].evt == nil {
				out[i].evt = d.events.get(out[i].del.EventID)
			}
		}
		return nil
	})
	if err != nil {
		return nil, false, err
	}
	if len(full) > 0 {
		d.fronts.saw(full, from, until, began, wall)
	}
	return out, more, nil
}

// outcome is what one attempt produced.
type outcome struct {
	// cancelled: the attempt was not made, and will not be (err says why).
	cancelled  bool
	status     int
	excerpt    string
	duration   time.Duration
	err        string
	retryAfter time.Duration
	headers    map[string]string
	body       string
}

func (o outcome) ok() bool { return o.err == "" && o.status >= 200 && o.status < 300 }

// job is a claimed attempt with what sending it needs: the delivery row, its
// endpoint (an edge loaded with it) and its event, as read in the claim.
type job struct {
	del *ent.WebhookDelivery
	evt *ent.Event
}

// send makes one attempt and records it, calling answered once the request
// is over, before the outcome is recorded.
func (d *Dispatcher) send(ctx context.Context, j job, answered func()) error {
	del, ep, evt := j.del, j.del.Edges.Endpoint, j.evt
	switch {
	case ep == nil || ep.DeletedAt != nil:
		return d.record(ctx, del, nil, outcome{cancelled: true, err: "cancelled: the endpoint was deleted"})
	case ep.Status == webhookendpoint.StatusDISABLED:
		return d.record(ctx, del, ep, outcome{cancelled: true, err: "cancelled: the endpoint was disabled"})
	case evt == nil:
		return fmt.Errorf("event %s of delivery %s is missing", del.EventID, del.ID)
	}
	secrets, err := d.secrets(ep)
	if err != nil {
		return d.record(ctx, del, ep, outcome{err: "the signing secret could not be opened"})
	}
	body, err := json.Marshal(evt.Payload)
	if err != nil {
		return err
	}
	now := d.opts.Now()
	headers, err := Sign(secrets, evt.ID, now.Unix(), body)
	if err != nil {
		return err
	}
	o := d.post(ctx, ep, headers, body)
	answered()
	return d.record(ctx, del, ep, o)
}

// secrets returns the endpoint's signing secrets, the previous one first while
// its rotation grace lasts.
func (d *Dispatcher) secrets(ep *ent.WebhookEndpoint) ([]string, error) {
	cur, err := d.box.Open(ep.SecretCiphertext, binding(ep.ID, "secret"))
	if err != nil {
		return nil, err
	}
	if ep.PreviousSecretCiphertext != nil && ep.PreviousSecretExpiresAt != nil && d.opts.Now().Before(*ep.PreviousSecretExpiresAt) {
		prev, err := d.box.Open(*ep.PreviousSecretCiphertext, binding(ep.ID, "previous_secret"))
		if err != nil {
			return nil, err
		}
		return []string{string(prev), string(cur)}, nil
	}
	return []string{string(cur)}, nil
}

// post sends the request and reads at most excerptLimit bytes of the answer.
func (d *Dispatcher) post(ctx context.Context, ep *ent.WebhookEndpoint, headers http.Header, body []byte) outcome {
	reach := d.opts.Policy.Reach(ep.Environment)
	o := outcome{headers: map[string]string{}, body: string(body)}
	for k := range headers {
		o.headers[k] = headers.Get(k)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep.URL, strings.NewReader(string(body)))
	if err != nil {
		o.err = "invalid endpoint URL"
		return o
	}
	req.Header = headers
	start := time.Now()
	res, err := d.clients[reach].Do(req)
	o.duration = time.Since(start)
	if err != nil {
		o.err = describeError(err, d.opts.Timeout)
		return o
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(res.Body, excerptLimit))
	o.status = res.StatusCode
	o.excerpt = strings.ToValidUTF8(string(raw), "\uFFFD")
	for !utf8.ValidString(o.excerpt) || len(o.excerpt) > excerptLimit {
		o.excerpt = o.excerpt[:len(o.excerpt)-1]
	}
	if res.StatusCode == http.StatusTooManyRequests || res.StatusCode == http.StatusServiceUnavailable {
		o.retryAfter = parseRetryAfter(res.Header.Get("Retry-After"), d.opts.Now())
	}
	if !o.ok() {
		o.err = fmt.Sprintf("the endpoint answered %d", res.StatusCode)
	}
	return o
}

// describeError turns a transport error into a message fit for the log the
// partner reads: no internal addresses beyond the one it configured, and one
// message for every address the policy refuses, so the log cannot be used to
// map what listens where.
func describeError(err error, timeout time.Duration) string {
	switch {
	case errors.As(err, new(errBlocked)):
		return RefusedByPolicy
	case errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "Client.Timeout"):
		return fmt.Sprintf("timed out after %s", timeout)
	case strings.Contains(err.Error(), "connection refused"):
		return "connection refused"
	case strings.Contains(err.Error(), "no such host"):
		return "the host name does not resolve"
	case strings.Contains(err.Error(), "certificate"):
		return "TLS certificate verification failed"
	default:
		return "the connection failed"
	}
}

// record stores an attempt's outcome, schedules the next attempt when the
// schedule allows, updates the endpoint's health and announces the attempt.
// It changes nothing when another worker already recorded the attempt.
func (d *Dispatcher) record(ctx context.Context, del *ent.WebhookDelivery, ep *ent.WebhookEndpoint, o outcome) error {
	now := d.opts.Now()
	if o.ok() && del.Trigger == webhookdelivery.TriggerSCHEDULED && ep != nil && ep.FailingSince == nil {
		return d.recordDelivered(ctx, del, o, now)
	}
	disabled := ""
	err := database.WithTx(ctx, d.client, func(tx *ent.Tx) error {
		u := tx.WebhookDelivery.Update().
			Where(webhookdelivery.ID(del.ID), webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING)).
			SetAttemptedAt(now).ClearLeaseUntil().
			SetRequestHeaders(o.headers).SetRequestBody(o.body).
			SetResponseExcerpt(o.excerpt).SetErrorMessage(o.err)
		if o.status != 0 {
			u.SetResponseStatus(o.status)
		}
		if o.duration > 0 {
			u.SetDurationMs(int(o.duration.Milliseconds()))
		}
		var next *time.Time
		gone := o.status == http.StatusGone
		switch {
		case o.cancelled:
			u.SetStatus(webhookdelivery.StatusCANCELLED)
		case o.ok():
			u.SetStatus(webhookdelivery.StatusSUCCEEDED)
		default:
			u.SetStatus(webhookdelivery.StatusFAILED)
			if ep != nil && !gone && del.Trigger == webhookdelivery.TriggerSCHEDULED && ep.Status == webhookendpoint.StatusENABLED {
				// No retry of an event another attempt (a manual resend
				// that overtook this one) has delivered meanwhile.
				done, err := delivered(ctx, tx, del.EventID, del.EndpointID)
				if err != nil {
					return err
				}
				if at, ok := nextRetry(del.Attempt, now, o.retryAfter, d.opts.Rand); ok && !done {
					next = &at
					u.SetNextRetryAt(at)
				}
			}
		}
		n, err := u.Save(ctx)
		if err != nil {
			return database.Err(err, "record delivery")
		}
		if n == 0 {
			return nil // recorded by another worker after our lease ran out
		}
		// A scheduled attempt is created only by the fan-out (the first) and
		// by its predecessor's failure (the next), so while one is pending
		// it has no scheduled sibling: the look-up, one query a delivery, is
		// needed only when a manual or test attempt delivers the event.
		if o.ok() && del.Trigger != webhookdelivery.TriggerSCHEDULED {
			// The event has arrived: its automatic retries to this endpoint
			// are not sent (manual ones are; a person asked for them).
			if _, err := cancelPending(ctx, tx, d.bus, now, fmt.Sprintf("cancelled: attempt %d delivered the event", del.Attempt),
				webhookdelivery.EventID(del.EventID), webhookdelivery.EndpointID(del.EndpointID),
				webhookdelivery.TriggerEQ(webhookdelivery.TriggerSCHEDULED), webhookdelivery.IDNEQ(del.ID)); err != nil {
				return err
			}
		}
		if next != nil {
			evt, err := tx.Event.Get(ctx, del.EventID)
			if err != nil {
				return database.Err(err, "load event")
			}
			if _, err := queueAttempt(ctx, tx, evt, del.EndpointID, del.Attempt+1, webhookdelivery.TriggerSCHEDULED, *next); err != nil {
				return err
			}
		}
		if ep != nil && !o.cancelled {
			if disabled, err = d.health(ctx, tx, ep, o, gone, now); err != nil {
				return err
			}
		}
		return d.bus.Publish(ctx, tx, attemptMessage(del))
	})
	if err != nil || disabled == "" || d.opts.Notifier == nil {
		return err
	}
	_, err = d.opts.Notifier.Raise(ctx, notify.Notice{
		TenantID: ep.TenantID, Kind: "webhook.endpoint_disabled", Title: "Webhook endpoint disabled", TargetID: ep.ID,
		Body: fmt.Sprintf("KeyBS stopped sending events to %s: %s. Fix the endpoint, then enable it again in the portal; failed deliveries can be recovered from the delivery log.", ep.URL, disabled),
	})
	return err
}

// attemptMessage announces an attempt, new or with its outcome, to the live
// delivery log.
func attemptMessage(del *ent.WebhookDelivery) events.Message {
	return events.Message{Kind: events.KindDelivery, ID: del.ID, TenantID: del.TenantID,
		Environment: del.Environment, Type: del.EventType, EndpointID: del.EndpointID}
}

// deliveredSQL is recordDelivered's statement: the attempt succeeded, unless
// another worker recorded it first.
var deliveredSQL = fmt.Sprintf(
	"UPDATE %s SET %s = '%s', %s = $1, %s = NULL, %s = $2, %s = $3, %s = $4, %s = '', %s = $5, %s = $6"+
		" WHERE %s = $7 AND %s = '%s' RETURNING %s",
	webhookdelivery.Table, webhookdelivery.FieldStatus, webhookdelivery.StatusSUCCEEDED,
	webhookdelivery.FieldAttemptedAt, webhookdelivery.FieldLeaseUntil,
	webhookdelivery.FieldRequestHeaders, webhookdelivery.FieldRequestBody, webhookdelivery.FieldResponseExcerpt,
	webhookdelivery.FieldErrorMessage, webhookdelivery.FieldResponseStatus, webhookdelivery.FieldDurationMs,
	webhookdelivery.FieldID, webhookdelivery.FieldStatus, webhookdelivery.StatusPENDING, webhookdelivery.FieldID)

// recordDelivered stores the success of a scheduled attempt to a healthy
// endpoint, the delivery hot path. It changes nothing but the attempt (no
// retry to queue, no manual attempt's siblings to cancel, no health to mend),
// so it is one statement with its announcement, where record's transaction
// takes four round trips. Like record, it changes nothing when another
// worker recorded the attempt first.
func (d *Dispatcher) recordDelivered(ctx context.Context, del *ent.WebhookDelivery, o outcome, now time.Time) error {
	headers, err := json.Marshal(o.headers)
	if err != nil {
		return err
	}
	var ms any // NULL when no request was timed, as record leaves it
	if o.duration > 0 {
		ms = o.duration.Milliseconds()
	}
	_, err = d.bus.WriteAndPublish(ctx, d.client, deliveredSQL,
		[]any{now, headers, o.body, o.excerpt, o.status, ms, del.ID}, attemptMessage(del))
	return database.Err(err, "record delivery")
}

// health tracks an endpoint's failure run: a success ends it; a 410 Gone, or
// failing continuously for FailingLimit, disables the endpoint. It returns why
// the endpoint was disabled, or "".
func (d *Dispatcher) health(ctx context.Context, tx *ent.Tx, ep *ent.WebhookEndpoint, o outcome, gone bool, now time.Time) (string, error) {
	if o.ok() {
		if ep.FailingSince != nil {
			if err := tx.WebhookEndpoint.UpdateOneID(ep.ID).ClearFailingSince().Exec(ctx); err != nil {
				return "", database.Err(err, "mark endpoint healthy")
			}
			return "", publishEndpoint(ctx, tx, d.bus, ep)
		}
		return "", nil
	}
	since := now
	if ep.FailingSince != nil {
		since = *ep.FailingSince
	}
	reason := ""
	switch {
	case gone:
		reason = "the endpoint answered 410 Gone"
	case now.Sub(since) >= FailingLimit:
		reason = "deliveries have failed continuously for 5 days"
	}
	u := tx.WebhookEndpoint.Update().Where(webhookendpoint.ID(ep.ID)).SetFailingSince(since)
	if reason == "" {
		if err := u.Exec(ctx); err != nil {
			return "", database.Err(err, "mark endpoint failing")
		}
		if ep.FailingSince == nil {
			return "", publishEndpoint(ctx, tx, d.bus, ep)
		}
		return "", nil
	}
	n, err := u.Where(webhookendpoint.StatusEQ(webhookendpoint.StatusENABLED)).
		SetStatus(webhookendpoint.StatusDISABLED).SetDisabledReason(reason).Save(ctx)
	if err != nil || n == 0 {
		return "", database.Err(err, "disable endpoint")
	}
	if _, err := cancelPending(ctx, tx, d.bus, now, "cancelled: the endpoint was disabled ("+reason+")",
		webhookdelivery.EndpointID(ep.ID)); err != nil {
		return "", err
	}
	if err := publishEndpoint(ctx, tx, d.bus, ep); err != nil {
		return "", err
	}
	return reason, audit.Record(ctx, tx.Client(), audit.Entry{TenantID: ep.TenantID, Action: "webhook.endpoint_disabled",
		TargetType: "WebhookEndpoint", TargetID: ep.ID, ActorType: "SYSTEM", Metadata: map[string]any{"reason": reason}})
}
