package webhook_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/internal/testdb"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/webhookdelivery"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/webhook"
)

// answerWith switches what a receiver answers from now on.
func (rc *receiver) answerWith(answer func(w http.ResponseWriter)) {
	rc.mu.Lock()
	rc.answer = answer
	rc.mu.Unlock()
}

// attempts returns the log of one event to one endpoint, by attempt number.
func (h *harness) attempts(t *testing.T, eventID, endpointID string) []*ent.WebhookDelivery {
	t.Helper()
	return h.db.Client.WebhookDelivery.Query().
		Where(webhookdelivery.EventID(eventID), webhookdelivery.EndpointID(endpointID)).
		Order(ent.Asc(webhookdelivery.FieldAttempt)).AllX(h.sys)
}

func TestCancellation(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("ASuccessfulResendCancelsTheScheduledRetry", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(500))
			ep := h.endpoint(t, rc.URL, environment.Test)
			e := h.emit(t, "verification.submitted")
			h.runAt(t, t0) // attempt 1 fails; attempt 2 is due at +5s
			rc.answerWith(status(200))
			first := h.attempts(t, e.ID, ep.Endpoint.ID)[0]
			if _, err := h.svc.Resend(h.ctx, first.ID); err != nil {
				t.Fatal(err)
			}
			h.runAt(t, t0.Add(time.Second)) // the resend (attempt 3) is delivered
			h.runAt(t, t0.Add(time.Hour))   // long after the retry was due
			if n := len(rc.requests()); n != 2 {
				t.Fatalf("receiver got %d requests, want 2 (the failure and the resend)", n)
			}
			log := h.attempts(t, e.ID, ep.Endpoint.ID)
			if len(log) != 3 || log[2].Trigger != webhookdelivery.TriggerMANUAL || log[2].Status != webhookdelivery.StatusSUCCEEDED {
				t.Fatalf("log %+v", log)
			}
			retry := log[1]
			if retry.Trigger != webhookdelivery.TriggerSCHEDULED || retry.Status != webhookdelivery.StatusCANCELLED ||
				retry.ErrorMessage != "cancelled: attempt 3 delivered the event" || retry.AttemptedAt != nil {
				t.Fatalf("scheduled retry %s %q, want CANCELLED because attempt 3 delivered the event", retry.Status, retry.ErrorMessage)
			}
		})

		t.Run("AFailedResendLeavesTheScheduleRunning", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(500))
			ep := h.endpoint(t, rc.URL, environment.Test)
			e := h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			if _, err := h.svc.Resend(h.ctx, h.attempts(t, e.ID, ep.Endpoint.ID)[0].ID); err != nil {
				t.Fatal(err)
			}
			h.runAt(t, t0.Add(time.Second)) // the resend fails too
			rc.answerWith(status(200))
			h.runAt(t, t0.Add(10*time.Second)) // the scheduled retry is sent
			log := h.attempts(t, e.ID, ep.Endpoint.ID)
			if len(rc.requests()) != 3 || len(log) != 3 || log[1].Status != webhookdelivery.StatusSUCCEEDED || log[2].Status != webhookdelivery.StatusFAILED {
				t.Fatalf("%d requests, log %+v", len(rc.requests()), log)
			}
		})

		t.Run("ARetryThatFailsAfterTheEventWasDeliveredIsNotRetried", func(t *testing.T) {
			// As if a resend delivered the event while the scheduled retry
			// was on the wire (too late to cancel): that retry fails, and no
			// further retry is scheduled.
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(500))
			ep := h.endpoint(t, rc.URL, environment.Test)
			e := h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			h.db.Client.WebhookDelivery.Create().SetTenantID(h.tenant).SetEnvironment(environment.Test).
				SetEventID(e.ID).SetEventType(e.Type).SetEndpointID(ep.Endpoint.ID).SetAttempt(3).
				SetTrigger(webhookdelivery.TriggerMANUAL).SetStatus(webhookdelivery.StatusSUCCEEDED).
				SetScheduledAt(t0).SetAttemptedAt(t0).ExecX(h.sys)
			h.runAt(t, t0.Add(10*time.Second)) // attempt 2 fails
			h.runAt(t, t0.Add(time.Hour))
			log := h.attempts(t, e.ID, ep.Endpoint.ID)
			if len(rc.requests()) != 2 || len(log) != 3 || log[1].Status != webhookdelivery.StatusFAILED || log[1].NextRetryAt != nil {
				t.Fatalf("%d requests, log %+v", len(rc.requests()), log)
			}
		})

		t.Run("DisablingCancelsPendingRetriesAndRecoverQueuesThemAgain", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(500))
			ep := h.endpoint(t, rc.URL, environment.Test)
			e := h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			if _, err := h.svc.SetEnabled(h.ctx, ep.Endpoint.ID, false); err != nil {
				t.Fatal(err)
			}
			log := h.attempts(t, e.ID, ep.Endpoint.ID)
			if len(log) != 2 || log[1].Status != webhookdelivery.StatusCANCELLED || !strings.Contains(log[1].ErrorMessage, "disabled") {
				t.Fatalf("log after disabling %+v", log)
			}
			rc.answerWith(status(200))
			if _, err := h.svc.SetEnabled(h.ctx, ep.Endpoint.ID, true); err != nil {
				t.Fatal(err)
			}
			h.runAt(t, t0.Add(time.Hour))
			if n := len(rc.requests()); n != 1 {
				t.Fatalf("a cancelled retry was sent after enabling: %d requests", n)
			}
			n, err := h.svc.RecoverFailed(h.ctx, ep.Endpoint.ID, t0.Add(-time.Minute))
			if err != nil || n != 1 {
				t.Fatalf("recovered %d (%v), want the cancelled event", n, err)
			}
			h.runAt(t, t0.Add(time.Hour+time.Second))
			if n, _ := h.svc.RecoverFailed(h.ctx, ep.Endpoint.ID, t0.Add(-time.Minute)); n != 0 {
				t.Fatalf("recovered a delivered event again: %d", n)
			}
			if log = h.attempts(t, e.ID, ep.Endpoint.ID); len(rc.requests()) != 2 || log[len(log)-1].Status != webhookdelivery.StatusSUCCEEDED {
				t.Fatalf("%d requests, log %+v", len(rc.requests()), log)
			}
		})

		t.Run("AResendToADisabledEndpointIsAConflict", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(500))
			ep := h.endpoint(t, rc.URL, environment.Test)
			e := h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			if _, err := h.svc.SetEnabled(h.ctx, ep.Endpoint.ID, false); err != nil {
				t.Fatal(err)
			}
			_, err := h.svc.Resend(h.ctx, h.attempts(t, e.ID, ep.Endpoint.ID)[0].ID)
			if !fault.Is(err, fault.Conflict) {
				t.Fatalf("resend to a disabled endpoint: %v, want a conflict", err)
			}
		})

		t.Run("DeletingKeepsTheLogAndSendsNothingMore", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc := newReceiver(t, status(500))
			ep := h.endpoint(t, rc.URL, environment.Test)
			id := ep.Endpoint.ID
			e := h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			if err := h.svc.DeleteEndpoint(h.ctx, id); err != nil {
				t.Fatal(err)
			}
			log := h.attempts(t, e.ID, id)
			if len(log) != 2 || log[0].Status != webhookdelivery.StatusFAILED || log[1].Status != webhookdelivery.StatusCANCELLED ||
				!strings.Contains(log[1].ErrorMessage, "deleted") {
				t.Fatalf("log after deleting %+v", log)
			}
			owner, err := log[0].QueryEndpoint().Only(h.sys)
			if err != nil || owner.ID != id || owner.DeletedAt == nil || !owner.DeletedAt.Equal(t0) {
				t.Fatalf("the log's endpoint: %+v %v, want it marked deleted", owner, err)
			}
			rc.answerWith(status(200))
			h.emit(t, "verification.submitted")
			h.runAt(t, t0.Add(time.Hour))
			if n := len(rc.requests()); n != 1 {
				t.Fatalf("a deleted endpoint got %d requests, want only the one before", n)
			}
			desc := "x"
			for name, err := range map[string]error{
				"Update":   second(h.svc.UpdateEndpoint(h.ctx, id, webhook.EndpointInput{Description: &desc})),
				"Enable":   second(h.svc.SetEnabled(h.ctx, id, true)),
				"Rotate":   second(h.svc.RotateSecret(h.ctx, id, 0)),
				"SendTest": second(h.svc.SendTest(h.ctx, id)),
				"Recover":  second(h.svc.RecoverFailed(h.ctx, id, t0.Add(-time.Hour))),
				"Delete":   h.svc.DeleteEndpoint(h.ctx, id),
			} {
				if !fault.Is(err, fault.NotFound) {
					t.Errorf("%s on a deleted endpoint: %v, want not_found", name, err)
				}
			}
			if _, err := h.svc.Resend(h.ctx, log[0].ID); !fault.Is(err, fault.Conflict) {
				t.Errorf("resend to a deleted endpoint: %v, want a conflict", err)
			}
			if n := len(rc.requests()); n != 1 {
				t.Fatalf("a deleted endpoint got %d requests", n)
			}
		})

		t.Run("AnAttemptWhoseEndpointIsGoneWhenClaimedIsCancelled", func(t *testing.T) {
			for _, tc := range []struct {
				name   string
				change func(h *harness, id string)
				reason string
			}{
				{"Disabled", func(h *harness, id string) {
					h.db.Client.WebhookEndpoint.UpdateOneID(id).SetStatus("DISABLED").ExecX(h.sys)
				}, "cancelled: the endpoint was disabled"},
				{"Deleted", func(h *harness, id string) {
					h.db.Client.WebhookEndpoint.UpdateOneID(id).SetDeletedAt(t0).ExecX(h.sys)
				}, "cancelled: the endpoint was deleted"},
			} {
				t.Run(tc.name, func(t *testing.T) {
					h := newHarness(t, fresh(t))
					rc := newReceiver(t, status(200))
					ep := h.endpoint(t, rc.URL, environment.Test)
					e := h.emit(t, "verification.submitted")
					// A pending attempt whose endpoint changes behind the
					// service's back, as between another replica's claim
					// and send.
					h.db.Client.Event.UpdateOneID(e.ID).SetFannedOutAt(t0).ExecX(h.sys)
					h.db.Client.WebhookDelivery.Create().SetTenantID(h.tenant).SetEnvironment(environment.Test).
						SetEventID(e.ID).SetEventType(e.Type).SetEndpointID(ep.Endpoint.ID).SetAttempt(1).
						SetTrigger(webhookdelivery.TriggerSCHEDULED).SetScheduledAt(t0).ExecX(h.sys)
					tc.change(h, ep.Endpoint.ID)
					h.runAt(t, t0)
					log := h.attempts(t, e.ID, ep.Endpoint.ID)
					if len(rc.requests()) != 0 || len(log) != 1 || log[0].Status != webhookdelivery.StatusCANCELLED || log[0].ErrorMessage != tc.reason {
						t.Fatalf("%d requests, log %+v", len(rc.requests()), log)
					}
				})
			}
		})
	})
}

func second[T any](_ T, err error) error { return err }

// holdingReceiver holds each request, after telling arrived, until release
// is called; then it answers 200.
func holdingReceiver(t *testing.T) (rc *receiver, arrived chan struct{}, release func()) {
	t.Helper()
	arrived, held := make(chan struct{}, 16), make(chan struct{})
	var once sync.Once
	release = func() { once.Do(func() { close(held) }) }
	rc = newReceiver(t, func(w http.ResponseWriter) {
		arrived <- struct{}{}
		<-held
		w.WriteHeader(200)
	})
	// Registered after the receiver's own cleanup, so it runs first and
	// Close does not wait for a held handler.
	t.Cleanup(release)
	return rc, arrived, release
}

func TestGracefulStop(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("ACleanStopMidDeliveryDeliversExactlyOnce", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rc, arrived, release := holdingReceiver(t)
			ep := h.endpoint(t, rc.URL, environment.Test)
			e := h.emit(t, "verification.submitted")
			ctx, stop := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() { h.d.Run(ctx); close(done) }()
			select {
			case <-arrived:
			case <-time.After(10 * time.Second):
				t.Fatal("no delivery within 10 s")
			}
			stop() // SIGTERM while the receiver has the request
			select {
			case <-done:
				t.Fatal("Run returned with an attempt in flight")
			default:
			}
			release()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Run did not return after the attempt finished")
			}
			log := h.attempts(t, e.ID, ep.Endpoint.ID)
			if len(log) != 1 || log[0].Status != webhookdelivery.StatusSUCCEEDED || log[0].LeaseUntil != nil {
				t.Fatalf("log after a clean stop %+v, want one SUCCEEDED attempt", log)
			}
			// The restart, long after any lease: nothing is sent again.
			h.runAt(t, t0.Add(time.Hour))
			if n := len(rc.requests()); n != 1 {
				t.Fatalf("receiver got %d requests, want exactly 1", n)
			}
		})

		t.Run("AStopWaitsForAHungAttemptOnlyUntilItsTimeout", func(t *testing.T) {
			h := newHarness(t, fresh(t)) // 2 s attempt timeout
			rc, arrived, _ := holdingReceiver(t)
			ep := h.endpoint(t, rc.URL, environment.Test)
			e := h.emit(t, "verification.submitted")
			ctx, stop := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() { h.d.Run(ctx); close(done) }()
			select {
			case <-arrived:
			case <-time.After(10 * time.Second):
				t.Fatal("no delivery within 10 s")
			}
			stop()
			select {
			case <-done:
			case <-time.After(15 * time.Second):
				t.Fatal("Run still waits for an attempt past its timeout")
			}
			log := h.attempts(t, e.ID, ep.Endpoint.ID)
			if len(log) != 2 || log[0].Status != webhookdelivery.StatusFAILED || !strings.Contains(log[0].ErrorMessage, "timed out") ||
				log[0].LeaseUntil != nil || log[1].Status != webhookdelivery.StatusPENDING || log[1].LeaseUntil != nil {
				t.Fatalf("log after stopping on a hung attempt %+v, want it failed and its retry scheduled", log)
			}
		})

	})
}
