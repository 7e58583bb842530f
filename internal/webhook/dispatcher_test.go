package webhook_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/notification"
	"github.com/keybs/platform/ent/webhookdelivery"
	"github.com/keybs/platform/ent/webhookendpoint"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/secretbox"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/webhook"
)

// received is one request a receiver got.
type received struct {
	header http.Header
	body   []byte
}

// receiver is a loopback endpoint whose answer the test sets.
type receiver struct {
	*httptest.Server
	mu     sync.Mutex
	got    []received
	answer func(w http.ResponseWriter)
}

func newReceiver(t testing.TB, answer func(w http.ResponseWriter)) *receiver {
	rc := &receiver{answer: answer}
	rc.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		rc.mu.Lock()
		rc.got = append(rc.got, received{header: r.Header.Clone(), body: body})
		answer := rc.answer
		rc.mu.Unlock()
		answer(w)
	}))
	t.Cleanup(rc.Close)
	return rc
}

func (rc *receiver) requests() []received {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return append([]received(nil), rc.got...)
}

func status(code int) func(w http.ResponseWriter) {
	return func(w http.ResponseWriter) { w.WriteHeader(code) }
}

type harness struct {
	db     *database.DB
	bus    *events.Bus
	svc    *webhook.Service
	d      *webhook.Dispatcher
	clock  *testkit.Clock
	ctx    context.Context // the tenant owner's
	sys    context.Context
	tenant string
}

var t0 = testkit.Epoch

// devGuard is KEYBS_ENV=development's policy: TEST endpoints may reach the
// loopback receivers these tests use, LIVE ones only public addresses.
var devGuard = webhook.Guard{Policy: webhook.Policy{TestLoopback: true}}

// newHarness wires a service and a dispatcher with development's policy.
func newHarness(t testing.TB, url string) *harness {
	t.Helper()
	return newHarnessWith(t, url, devGuard)
}

// newHarnessWith wires a service that checks URLs with guard and a dispatcher
// with the same policy.
func newHarnessWith(t testing.TB, url string, guard webhook.Guard) *harness {
	t.Helper()
	db := testkit.Open(t, url)
	sys := testkit.System()
	tn := testkit.MustTenant(t, db.Client, fmt.Sprintf("hooks-%x", sha256.Sum256([]byte(t.Name())))[:18])
	box, _ := secretbox.New(bytes.Repeat([]byte{3}, 32))
	log := testkit.DiscardLog()
	c := testkit.NewClock(t0)
	bus := testkit.Bus(t, db, url) // listening on PostgreSQL, as the server's
	mailer, _ := notify.NewMailer("", log)
	notifier := notify.New(db.Client, bus, mailer, log)
	return &harness{
		db: db, bus: bus, clock: c, sys: sys, tenant: tn.ID,
		svc: webhook.NewService(db.Client, bus, box, c.Now, guard),
		d: webhook.NewDispatcher(db.Client, bus, box, webhook.DispatcherOptions{
			Dialect: db.Dialect, Log: log, Now: c.Now, Rand: func() float64 { return 0.5 }, Timeout: 2 * time.Second, Workers: 4,
			Notifier: notifier, Policy: guard.Policy,
		}),
		ctx: testkit.Owner(tn.ID),
	}
}

func (h *harness) endpoint(t testing.TB, url string, env environment.Environment, types ...string) *webhook.WithSecret {
	t.Helper()
	ws, err := h.svc.CreateEndpoint(h.ctx, webhook.EndpointInput{URL: &url, Environment: env, EventTypes: types})
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// emit commits an event of typ in the TEST environment.
func (h *harness) emit(t testing.TB, typ string) *ent.Event {
	t.Helper()
	return h.emitIn(t, environment.Test, typ)
}

// emitIn commits an event of typ in env.
func (h *harness) emitIn(t testing.TB, env environment.Environment, typ string) *ent.Event {
	t.Helper()
	var e *ent.Event
	err := database.WithTx(h.ctx, h.db.Client, func(tx *ent.Tx) error {
		var err error
		e, err = h.bus.Emit(h.ctx, tx, events.Event{TenantID: h.tenant, Environment: env, Type: typ,
			Payload: map[string]any{"verification_id": "KBS-VR-TESTTESTTE", "status": "submitted"}})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func (h *harness) runAt(t testing.TB, at time.Time) {
	t.Helper()
	h.clock.Set(at)
	if err := h.d.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func (h *harness) deliveries(t *testing.T) []*ent.WebhookDelivery {
	t.Helper()
	return h.db.Client.WebhookDelivery.Query().Order(ent.Asc(webhookdelivery.FieldAttempt)).AllX(h.sys)
}

func keybsSignatureValid(secret string, r received) bool {
	sig := r.header.Get("X-KeyBS-Signature")
	parts := strings.Split(sig, ",")
	ts := strings.TrimPrefix(parts[0], "t=")
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(ts + "."))
	mac.Write(r.body)
	return len(parts) > 1 && hmac.Equal([]byte(strings.TrimPrefix(parts[1], "v1=")), []byte(hex.EncodeToString(mac.Sum(nil))))
}

func TestDispatcher(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("DeliversASignedEventAndLogsTheAttempt", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, func(w http.ResponseWriter) { w.WriteHeader(200); _, _ = w.Write([]byte(`{"ok":true}`)) })
			ep := h.endpoint(t, rc.URL+"/hook", environment.Test)
			e := h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			reqs := rc.requests()
			if len(reqs) != 1 {
				t.Fatalf("receiver got %d requests, want 1", len(reqs))
			}
			r := reqs[0]
			if r.header.Get("X-KeyBS-Event-Id") != e.ID || r.header.Get("webhook-id") != e.ID || !keybsSignatureValid(ep.Secret, r) {
				t.Fatalf("headers %v do not identify and sign event %s", r.header, e.ID)
			}
			if !bytes.Contains(r.body, []byte(`"event_id":"`+e.ID+`"`)) || !bytes.Contains(r.body, []byte(`"event_type":"verification.submitted"`)) {
				t.Fatalf("body %s", r.body)
			}
			ds := h.deliveries(t)
			if len(ds) != 1 || ds[0].Status != webhookdelivery.StatusSUCCEEDED || *ds[0].ResponseStatus != 200 ||
				ds[0].ResponseExcerpt != `{"ok":true}` || ds[0].DurationMs == nil || ds[0].RequestHeaders["X-Keybs-Event-Id"] != e.ID {
				t.Fatalf("log %+v", ds)
			}
			h.runAt(t, t0.Add(time.Hour))
			if len(rc.requests()) != 1 {
				t.Fatal("a delivered event was sent again")
			}
		})

		t.Run("AnnouncesEveryRecordedAttemptToTheLiveLog", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			ok := h.endpoint(t, newReceiver(t, status(204)).URL, environment.Test)
			failing := h.endpoint(t, newReceiver(t, status(500)).URL, environment.Test)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			heard := h.bus.Subscribe(ctx, 8, func(m events.Message) bool { return m.Kind == events.KindDelivery })
			h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			want := map[string]string{} // delivery id → endpoint id
			for _, d := range h.deliveries(t) {
				if d.Attempt == 1 {
					want[d.ID] = d.EndpointID
				}
				if d.Attempt == 1 && d.EndpointID == ok.Endpoint.ID && (d.Status != webhookdelivery.StatusSUCCEEDED || d.LeaseUntil != nil ||
					d.AttemptedAt == nil || !d.AttemptedAt.Equal(t0) || d.ErrorMessage != "" || d.RequestBody == "") {
					t.Fatalf("the success is recorded as %+v", d)
				}
			}
			if len(want) != 2 {
				t.Fatalf("%d first attempts, want one to each endpoint", len(want))
			}
			for len(want) > 0 {
				select {
				case m := <-heard:
					if ep, found := want[m.ID]; !found || m.EndpointID != ep || m.TenantID != h.tenant || m.Environment != environment.Test {
						t.Fatalf("announced %+v, want one of %v", m, want)
					}
					delete(want, m.ID)
				case <-time.After(5 * time.Second):
					t.Fatalf("no announcement of %v (endpoints %s succeeding, %s failing)", want, ok.Endpoint.ID, failing.Endpoint.ID)
				}
			}
		})

		t.Run("RetriesOnTheScheduleThenFailsForGood", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(500))
			h.endpoint(t, rc.URL, environment.Test)
			h.emit(t, "verification.submitted")
			at := t0
			h.runAt(t, at)
			for i, wait := range webhook.Schedule {
				h.runAt(t, at.Add(wait-time.Second))
				if n := len(rc.requests()); n != i+1 {
					t.Fatalf("a second early: %d requests, want %d", n, i+1)
				}
				at = at.Add(wait)
				h.runAt(t, at)
				if n := len(rc.requests()); n != i+2 {
					t.Fatalf("at +%v: %d requests, want %d", wait, n, i+2)
				}
			}
			h.runAt(t, at.Add(48*time.Hour))
			ds := h.deliveries(t)
			if len(rc.requests()) != webhook.MaxAttempts || len(ds) != webhook.MaxAttempts {
				t.Fatalf("%d requests, %d log rows, want %d", len(rc.requests()), len(ds), webhook.MaxAttempts)
			}
			for i, d := range ds {
				if d.Status != webhookdelivery.StatusFAILED || d.Attempt != i+1 || d.ErrorMessage != "the endpoint answered 500" {
					t.Fatalf("attempt %d: %+v", i+1, d)
				}
				if last := i == len(ds)-1; last != (d.NextRetryAt == nil) {
					t.Fatalf("attempt %d next_retry_at %v", i+1, d.NextRetryAt)
				}
			}
		})

		t.Run("RetryAfterIsHonoured", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, func(w http.ResponseWriter) { w.Header().Set("Retry-After", "600"); w.WriteHeader(503) })
			h.endpoint(t, rc.URL, environment.Test)
			h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			if ds := h.deliveries(t); ds[0].NextRetryAt == nil || !ds[0].NextRetryAt.Equal(t0.Add(10*time.Minute)) {
				t.Fatalf("next retry %v, want +10m", ds[0].NextRetryAt)
			}
		})

		t.Run("GoneDisablesTheEndpointAndTellsTheTenant", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(410))
			ep := h.endpoint(t, rc.URL, environment.Test)
			h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			got := h.db.Client.WebhookEndpoint.GetX(h.sys, ep.Endpoint.ID)
			if got.Status != webhookendpoint.StatusDISABLED || !strings.Contains(*got.DisabledReason, "410") {
				t.Fatalf("endpoint %s (%v)", got.Status, got.DisabledReason)
			}
			if ds := h.deliveries(t); len(ds) != 1 || ds[0].NextRetryAt != nil {
				t.Fatalf("410 was retried: %+v", ds)
			}
			if n := h.db.Client.Notification.Query().Where(notification.TargetID(ep.Endpoint.ID)).CountX(h.sys); n != 1 {
				t.Fatalf("%d notifications", n)
			}
			h.emit(t, "verification.submitted")
			h.runAt(t, t0.Add(time.Minute))
			if len(rc.requests()) != 1 {
				t.Fatal("a disabled endpoint received an event")
			}
		})

		t.Run("FiveDaysOfFailuresDisableTheEndpoint", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(500))
			ep := h.endpoint(t, rc.URL, environment.Test)
			h.db.Client.WebhookEndpoint.UpdateOneID(ep.Endpoint.ID).SetFailingSince(t0.Add(-webhook.FailingLimit + time.Minute)).ExecX(h.sys)
			h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			if got := h.db.Client.WebhookEndpoint.GetX(h.sys, ep.Endpoint.ID); got.Status != webhookendpoint.StatusENABLED {
				t.Fatal("disabled before five days")
			}
			h.runAt(t, t0.Add(5*time.Minute)) // the second attempt fails after five days
			got := h.db.Client.WebhookEndpoint.GetX(h.sys, ep.Endpoint.ID)
			if got.Status != webhookendpoint.StatusDISABLED || !strings.Contains(*got.DisabledReason, "5 days") {
				t.Fatalf("endpoint %s", got.Status)
			}
		})

		t.Run("ASuccessEndsTheFailureRun", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(500))
			ep := h.endpoint(t, rc.URL, environment.Test)
			h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			if h.db.Client.WebhookEndpoint.GetX(h.sys, ep.Endpoint.ID).FailingSince == nil {
				t.Fatal("failure run not started")
			}
			rc.mu.Lock()
			rc.answer = status(204)
			rc.mu.Unlock()
			h.runAt(t, t0.Add(5*time.Second))
			if h.db.Client.WebhookEndpoint.GetX(h.sys, ep.Endpoint.ID).FailingSince != nil {
				t.Fatal("failure run not cleared by a 204")
			}
		})

		t.Run("RedirectsAreNotFollowed", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			target := newReceiver(t, status(200))
			rc := newReceiver(t, func(w http.ResponseWriter) { w.Header().Set("Location", target.URL); w.WriteHeader(302) })
			h.endpoint(t, rc.URL, environment.Test)
			h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			if len(target.requests()) != 0 || h.deliveries(t)[0].Status != webhookdelivery.StatusFAILED {
				t.Fatal("redirect followed or counted as success")
			}
		})

		t.Run("ResponseExcerptIsAtMostOneKiB", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, func(w http.ResponseWriter) { w.WriteHeader(500); _, _ = w.Write(bytes.Repeat([]byte("é"), 4000)) })
			h.endpoint(t, rc.URL, environment.Test)
			h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			if ex := h.deliveries(t)[0].ResponseExcerpt; len(ex) > 1024 || len(ex) < 1000 {
				t.Fatalf("excerpt of %d bytes", len(ex))
			}
		})

		t.Run("EventTypeFilterIsRespected", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(200))
			h.endpoint(t, rc.URL, environment.Test, "key.created")
			h.emit(t, "verification.submitted")
			h.emit(t, "key.created")
			h.runAt(t, t0)
			reqs := rc.requests()
			if len(reqs) != 1 || !bytes.Contains(reqs[0].body, []byte(`"key.created"`)) {
				t.Fatalf("%d requests", len(reqs))
			}
		})

		t.Run("FanOutMatchesEachEventToItsTenantsEndpointsAcrossBatches", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(200))
			all := h.endpoint(t, rc.URL+"/all", environment.Test)
			keysOnly := h.endpoint(t, rc.URL+"/keys", environment.Test, "key.created")
			disabled := h.endpoint(t, rc.URL+"/disabled", environment.Test)
			deleted := h.endpoint(t, rc.URL+"/deleted", environment.Test)
			h.db.Client.WebhookEndpoint.UpdateOneID(disabled.Endpoint.ID).SetStatus(webhookendpoint.StatusDISABLED).ExecX(h.sys)
			h.db.Client.WebhookEndpoint.UpdateOneID(deleted.Endpoint.ID).SetDeletedAt(t0).ExecX(h.sys)
			other := testkit.MustTenant(t, h.db.Client, "hooks-other-tenant")
			url := rc.URL + "/other"
			theirs, err := h.svc.CreateEndpoint(testkit.Owner(other.ID), webhook.EndpointInput{URL: &url, Environment: environment.Test})
			if err != nil {
				t.Fatal(err)
			}
			// More events than one fan-out batch holds, of two tenants, two
			// environments and two types, interleaved.
			for i := range 130 {
				typ := "verification.submitted"
				if i%3 == 0 {
					typ = "key.created"
				}
				h.emit(t, typ)
				if i%10 == 0 {
					h.emitIn(t, environment.Live, typ)
				}
			}
			for range 5 {
				err := database.WithTx(h.sys, h.db.Client, func(tx *ent.Tx) error {
					_, err := h.bus.Emit(h.sys, tx, events.Event{TenantID: other.ID, Environment: environment.Test,
						Type: "key.created", Payload: map[string]any{}})
					return err
				})
				if err != nil {
					t.Fatal(err)
				}
			}
			h.runAt(t, t0)
			want := map[string]int{all.Endpoint.ID: 130, keysOnly.Endpoint.ID: 44, theirs.Endpoint.ID: 5}
			for id, n := range want {
				if got := h.db.Client.WebhookDelivery.Query().Where(webhookdelivery.EndpointID(id)).CountX(h.sys); got != n {
					t.Errorf("endpoint %s: %d deliveries, want %d", id, got, n)
				}
			}
			if n := h.db.Client.WebhookDelivery.Query().CountX(h.sys); n != 179 {
				t.Errorf("%d deliveries in all, want 179 (none to the disabled, deleted or LIVE side)", n)
			}
			if n := h.db.Client.Event.Query().Where(event.FannedOutAtIsNil()).CountX(h.sys); n != 0 {
				t.Errorf("%d events left to fan out", n)
			}
			if n := len(rc.requests()); n != 179 {
				t.Errorf("receiver got %d requests, want 179", n)
			}
		})

		t.Run("DuringASecretRotationBothSecretsSignOldFirst", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(200))
			ep := h.endpoint(t, rc.URL, environment.Test)
			rotated, err := h.svc.RotateSecret(h.ctx, ep.Endpoint.ID, time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			r := rc.requests()[0]
			if !keybsSignatureValid(ep.Secret, r) {
				t.Fatal("the old secret's signature is not first")
			}
			parts := strings.Split(r.header.Get("X-KeyBS-Signature"), ",")
			second := received{header: http.Header{"X-Keybs-Signature": {parts[0] + "," + parts[2]}}, body: r.body}
			if len(parts) != 3 || !keybsSignatureValid(rotated.Secret, second) {
				t.Fatalf("the new secret does not sign second: %q", r.header.Get("X-KeyBS-Signature"))
			}
			if n := len(strings.Fields(r.header.Get("webhook-signature"))); n != 2 {
				t.Fatalf("webhook-signature carries %d signatures", n)
			}
			h.emit(t, "verification.submitted")
			h.runAt(t, t0.Add(2*time.Hour)) // grace over: only the new secret
			last := rc.requests()[1]
			if !keybsSignatureValid(rotated.Secret, last) || strings.Count(last.header.Get("X-KeyBS-Signature"), "v1=") != 1 {
				t.Fatalf("after the grace period: %q", last.header.Get("X-KeyBS-Signature"))
			}
		})

		t.Run("ALeasedAttemptIsTakenOverWhenTheLeaseEnds", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(200))
			ep := h.endpoint(t, rc.URL, environment.Test)
			e := h.emit(t, "verification.submitted")
			// As if a worker had claimed the attempt, sent it and crashed
			// before recording: the attempt is pending under a lease.
			evt := h.db.Client.Event.GetX(h.sys, e.ID)
			h.db.Client.Event.UpdateOne(evt).SetFannedOutAt(t0).ExecX(h.sys)
			h.db.Client.WebhookDelivery.Create().SetTenantID(h.tenant).SetEnvironment(environment.Test).
				SetEventID(e.ID).SetEventType(e.Type).SetEndpointID(ep.Endpoint.ID).SetAttempt(1).
				SetTrigger(webhookdelivery.TriggerSCHEDULED).SetScheduledAt(t0).SetLeaseUntil(t0.Add(4 * time.Second)).
				ExecX(h.sys)
			h.runAt(t, t0.Add(3*time.Second))
			if len(rc.requests()) != 0 {
				t.Fatal("a leased attempt was sent before its lease ended")
			}
			h.runAt(t, t0.Add(5*time.Second))
			reqs := rc.requests()
			if len(reqs) != 1 || reqs[0].header.Get("X-KeyBS-Event-Id") != e.ID {
				t.Fatalf("the attempt was not taken over after its lease: %d requests", len(reqs))
			}
		})

		t.Run("ResendAndRecoverQueueManualAttempts", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(500))
			ep := h.endpoint(t, rc.URL, environment.Test)
			h.emit(t, "verification.submitted")
			at := t0
			h.runAt(t, at)
			for _, wait := range webhook.Schedule {
				at = at.Add(wait)
				h.runAt(t, at)
			}
			n, err := h.svc.RecoverFailed(h.ctx, ep.Endpoint.ID, t0.Add(-time.Hour))
			if err != nil || n != 1 {
				t.Fatalf("recovered %d (%v), want 1", n, err)
			}
			rc.mu.Lock()
			rc.answer = status(200)
			rc.mu.Unlock()
			h.runAt(t, at.Add(time.Second))
			ds := h.deliveries(t)
			last := ds[len(ds)-1]
			if last.Trigger != webhookdelivery.TriggerMANUAL || last.Status != webhookdelivery.StatusSUCCEEDED || last.Attempt != webhook.MaxAttempts+1 {
				t.Fatalf("recovered attempt %+v", last)
			}
			if n, _ := h.svc.RecoverFailed(h.ctx, ep.Endpoint.ID, t0.Add(-time.Hour)); n != 0 {
				t.Fatalf("recovered a delivered event again: %d", n)
			}
			resent, err := h.svc.Resend(h.ctx, last.ID)
			if err != nil || resent.Attempt != last.Attempt+1 || resent.Trigger != webhookdelivery.TriggerMANUAL {
				t.Fatalf("resend %+v %v", resent, err)
			}
		})

		t.Run("ARolledBackChangeEmitsNothing", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			msgs := h.bus.Subscribe(ctx, 8, nil)
			err := database.WithTx(h.ctx, h.db.Client, func(tx *ent.Tx) error {
				if _, err := h.bus.Emit(h.ctx, tx, events.Event{TenantID: h.tenant, Environment: environment.Test, Type: "verification.submitted", Payload: map[string]any{}}); err != nil {
					return err
				}
				return errors.New("the change failed")
			})
			if err == nil {
				t.Fatal("want the error")
			}
			if n := h.db.Client.Event.Query().Where(event.TenantID(h.tenant)).CountX(h.sys); n != 0 {
				t.Fatalf("%d events after a rollback", n)
			}
			select {
			case m := <-msgs:
				t.Fatalf("published %+v after a rollback", m)
			default:
			}
		})
	})
}

// TestConcurrentDispatchersSendEachAttemptOnce runs several dispatchers, as
// several replicas would, on one PostgreSQL database.
func TestConcurrentDispatchersSendEachAttemptOnce(t *testing.T) {
	url, ok := testdb.PostgresURL(t)
	if !ok {
		t.Skip("needs PostgreSQL (TEST_DATABASE_URL); CI sets it")
	}
	h := newHarness(t, url) // SQLite serializes claims itself
	var mu sync.Mutex
	seen := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen[r.Header.Get("X-KeyBS-Event-Id")]++
		mu.Unlock()
		w.WriteHeader(200)
	}))
	defer srv.Close()
	h.endpoint(t, srv.URL, environment.Test)
	const n = 40
	for range n {
		h.emit(t, "verification.submitted")
	}
	others := make([]*webhook.Dispatcher, 3)
	for i := range others {
		others[i] = webhook.NewDispatcher(h.db.Client, h.bus, mustBox(t), webhook.DispatcherOptions{
			Dialect: h.db.Dialect, Log: testkit.DiscardLog(), Now: h.clock.Now, Timeout: 2 * time.Second, Workers: 4,
			Policy: devGuard.Policy,
		})
	}
	var wg sync.WaitGroup
	for _, d := range append(others, h.d) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := d.RunOnce(context.Background()); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	if len(seen) != n {
		t.Fatalf("%d distinct events delivered, want %d", len(seen), n)
	}
	for id, c := range seen {
		if c != 1 {
			t.Fatalf("event %s sent %d times", id, c)
		}
	}
}

func mustBox(t *testing.T) *secretbox.Box {
	box, err := secretbox.New(bytes.Repeat([]byte{3}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return box
}

// A slow endpoint holds at most PerEndpoint workers: another endpoint's
// attempts are all sent while every one of the slow endpoint's is still
// waiting for its answer, and the slow one never has more in flight.
// countingReceiver is a loopback endpoint that answers 204 and closes all
// once it has had n requests.
func countingReceiver(t testing.TB, n int) (rc *httptest.Server, all <-chan struct{}) {
	t.Helper()
	var (
		mu   sync.Mutex
		seen int
	)
	done := make(chan struct{})
	rc = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		if seen++; seen == n {
			close(done)
		}
		mu.Unlock()
		w.WriteHeader(204)
	}))
	t.Cleanup(rc.Close)
	return rc, done
}

func TestASlowEndpointHoldsOnlyItsOwnSlots(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		const n = 12
		fast, fastDone := countingReceiver(t, n)
		var mu sync.Mutex
		inFlight, most := 0, 0
		slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			inFlight++
			most = max(most, inFlight)
			mu.Unlock()
			<-fastDone // answers only once the other endpoint has every event
			mu.Lock()
			inFlight--
			mu.Unlock()
			w.WriteHeader(204)
		}))
		defer slow.Close()
		h.endpoint(t, slow.URL, environment.Test)
		h.endpoint(t, fast.URL, environment.Test)
		h.d = webhook.NewDispatcher(h.db.Client, h.bus, mustBox(t), webhook.DispatcherOptions{
			Dialect: h.db.Dialect, Log: testkit.DiscardLog(), Now: h.clock.Now, Timeout: 2 * time.Minute,
			Workers: 4, PerEndpoint: 2, Policy: devGuard.Policy,
		})
		for range n {
			h.emit(t, "verification.submitted")
		}
		done := make(chan error, 1)
		go func() { done <- h.d.RunOnce(context.Background()) }()
		select {
		case <-fastDone:
		case <-time.After(time.Minute): // a guard against a hang, not a measurement
			t.Fatal("the fast endpoint's attempts waited behind the slow endpoint's")
		}
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		defer mu.Unlock()
		if most > 2 {
			t.Fatalf("%d attempts to the slow endpoint in flight at once; PerEndpoint is 2", most)
		}
		var ok int
		for _, d := range h.deliveries(t) {
			if d.Status == webhookdelivery.StatusSUCCEEDED {
				ok++
			}
		}
		if ok != 2*n {
			t.Fatalf("%d deliveries succeeded, want %d (each event to both endpoints once)", ok, 2*n)
		}
	})
}

// TestATakenOverAttemptIsFoundBehindAFullEndpoint: while one endpoint has
// every slot it may have, claims leave it out and start from where the other
// endpoints' due attempts began last time (the dispatcher's frontier). An
// attempt older than that, leased by a replica that stopped answering, must
// still be taken over once its lease runs out.
func TestATakenOverAttemptIsFoundBehindAFullEndpoint(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		slow, slowArrived, releaseSlow := holdingReceiver(t)
		var (
			mu    sync.Mutex
			first = true
		)
		stuck, again := make(chan struct{}), make(chan struct{}, 4)
		other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			wasFirst := first
			first = false
			mu.Unlock()
			if wasFirst {
				<-stuck // the stopped replica's send: never answered
			} else {
				again <- struct{}{}
			}
			w.WriteHeader(204)
		}))
		t.Cleanup(other.Close)
		t.Cleanup(func() { close(stuck) }) // before other.Close, which waits for it
		h.endpoint(t, slow.URL, environment.Test)
		h.endpoint(t, other.URL, environment.Test, "verification.approved")
		opts := webhook.DispatcherOptions{
			Dialect: h.db.Dialect, Log: testkit.DiscardLog(), Now: h.clock.Now, Timeout: 2 * time.Second,
			Workers: 4, PerEndpoint: 1, Poll: 20 * time.Millisecond, Policy: devGuard.Policy,
		}
		var wg sync.WaitGroup
		t.Cleanup(wg.Wait) // after the receivers let go (cleanups run last first)
		ctx, cancel := context.WithCancel(context.Background())
		t.Cleanup(cancel)
		t.Cleanup(releaseSlow)

		// The replica that stops: it claims the first event's attempts to
		// both endpoints (leased until t0 + 4 s) and never records them.
		h.clock.Set(t0)
		h.emit(t, "verification.approved")
		stopped := webhook.NewDispatcher(h.db.Client, h.bus, mustBox(t), opts)
		wg.Go(func() { _ = stopped.RunOnce(ctx) })
		<-slowArrived
		for deadline := time.Now().Add(time.Minute); ; time.Sleep(10 * time.Millisecond) {
			mu.Lock()
			sent := !first
			mu.Unlock()
			if sent {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("the stopping replica never sent its attempt")
			}
		}

		// This replica fills the slow endpoint's one slot with the second
		// event, then claims leaving it out, many times over, while the
		// other endpoint's attempt is still leased: the frontier moves past
		// that attempt's schedule.
		h.clock.Set(t0.Add(time.Second))
		h.emit(t, "verification.submitted") // the slow endpoint's only
		live := webhook.NewDispatcher(h.db.Client, h.bus, mustBox(t), opts)
		wg.Go(func() { live.Run(ctx) })
		<-slowArrived
		time.Sleep(300 * time.Millisecond) // 15 polls: the claims this test is about, not a wait for a result

		h.clock.Set(t0.Add(5 * time.Second)) // the lease has run out
		select {
		case <-again:
		case <-time.After(30 * time.Second): // a guard against a hang, not a measurement
			t.Fatal("the attempt whose lease ran out was never taken over while the slow endpoint stayed full")
		}
	})
}
