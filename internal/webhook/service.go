package webhook

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/predicate"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/webhookdelivery"
	"github.com/keybs/platform/ent/webhookendpoint"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/pulid"
	"github.com/keybs/platform/internal/secretbox"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// MaxSecretGrace bounds how long an old signing secret stays valid.
const MaxSecretGrace = 7 * 24 * time.Hour

// Service runs endpoint and delivery operations for the viewer in context.
type Service struct {
	client *ent.Client
	bus    *events.Bus
	box    *secretbox.Box
	now    func() time.Time
	guard  Guard
	reauth Reauthenticator
}

// NewService wires a Service. guard decides which endpoint URLs may be saved;
// the dispatcher must be given the same Policy.
func NewService(client *ent.Client, bus *events.Bus, box *secretbox.Box, now func() time.Time, guard Guard) *Service {
	return &Service{client: client, bus: bus, box: box, now: now, guard: guard}
}

// binding ties a sealed secret to its endpoint and column.
func binding(endpointID, column string) string {
	return "webhook_endpoint:" + endpointID + ":" + column
}

// EndpointInput describes an endpoint. Nil fields are unchanged on update.
type EndpointInput struct {
	URL         *string
	Description *string
	EventTypes  []string
	Environment environment.Environment // create only
}

// WithSecret is an endpoint with its signing secret, shown once.
type WithSecret struct {
	Endpoint *ent.WebhookEndpoint
	Secret   string
}

// CreateEndpoint adds an endpoint and returns its new signing secret.
func (s *Service) CreateEndpoint(ctx context.Context, in EndpointInput) (*WithSecret, error) {
	p, err := viewer.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if !in.Environment.Valid() {
		return nil, fault.InvalidField("environment", "{field} must be TEST or LIVE")
	}
	if in.URL == nil {
		return nil, fault.InvalidField("url", "{field} is required")
	}
	u, err := s.endpointURL(ctx, *in.URL, in.Environment)
	if err != nil {
		return nil, err
	}
	desc, types, err := describe(in)
	if err != nil {
		return nil, err
	}
	secret := NewSecret()
	var ep *ent.WebhookEndpoint
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		// The id is chosen first: the sealed secret is bound to it.
		endpointID := pulid.New("WebhookEndpoint")
		ep, err = tx.WebhookEndpoint.Create().SetID(endpointID).SetTenantID(p.TenantID).SetEnvironment(in.Environment).
			SetURL(u).SetDescription(desc).SetEventTypes(types).
			SetSecretCiphertext(s.box.Seal([]byte(secret), binding(endpointID, "secret"))).Save(ctx)
		if err != nil {
			return database.Err(err, "create endpoint")
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: p.TenantID, Action: "webhook.endpoint_created",
			TargetType: "WebhookEndpoint", TargetID: ep.ID, Metadata: map[string]any{"url": u, "environment": string(in.Environment)}})
	})
	if err != nil {
		return nil, err
	}
	return &WithSecret{Endpoint: ep.Unwrap(), Secret: secret}, nil
}

// UpdateEndpoint changes an endpoint's URL, description or event types.
func (s *Service) UpdateEndpoint(ctx context.Context, id string, in EndpointInput) (*ent.WebhookEndpoint, error) {
	newURL := ""
	if in.URL != nil {
		// The URL is checked (and its host resolved) before the transaction,
		// so no lookup holds a database connection. The environment it is
		// checked for cannot change: it is immutable.
		cur, err := s.endpoint(ctx, s.client, id)
		if err != nil {
			return nil, err
		}
		if newURL, err = s.endpointURL(ctx, *in.URL, cur.Environment); err != nil {
			return nil, err
		}
	}
	return s.change(ctx, id, "webhook.endpoint_updated", func(_ *ent.Tx, _ *ent.WebhookEndpoint, u *ent.WebhookEndpointUpdateOne) error {
		if newURL != "" {
			u.SetURL(newURL)
		}
		desc, types, err := describe(in)
		if err != nil {
			return err
		}
		if in.Description != nil {
			u.SetDescription(desc)
		}
		if in.EventTypes != nil {
			u.SetEventTypes(types)
		}
		return nil
	})
}

// SetEnabled enables or disables an endpoint. Enabling clears the failure run;
// disabling cancels the endpoint's pending attempts, retries included, so
// nothing is sent to it once it is disabled (recoverFailedDeliveries can queue
// them again after it is enabled).
func (s *Service) SetEnabled(ctx context.Context, id string, enabled bool) (*ent.WebhookEndpoint, error) {
	action := "webhook.endpoint_disabled"
	if enabled {
		action = "webhook.endpoint_enabled"
	}
	return s.change(ctx, id, action, func(tx *ent.Tx, cur *ent.WebhookEndpoint, u *ent.WebhookEndpointUpdateOne) error {
		if enabled {
			u.SetStatus(webhookendpoint.StatusENABLED).ClearDisabledReason().ClearFailingSince()
			return nil
		}
		u.SetStatus(webhookendpoint.StatusDISABLED).SetDisabledReason("disabled by a user")
		_, err := cancelPending(ctx, tx, s.bus, s.now(), "cancelled: the endpoint was disabled",
			webhookdelivery.EndpointID(cur.ID))
		return err
	})
}

// RotateSecret issues a new signing secret; the old one keeps signing (second)
// until grace ends, at most seven days.
func (s *Service) RotateSecret(ctx context.Context, id string, grace time.Duration) (*WithSecret, error) {
	if grace < 0 || grace > MaxSecretGrace {
		return nil, fault.InvalidField("grace_seconds", "{field} must be between 0 and 7 days")
	}
	secret := NewSecret()
	ep, err := s.change(ctx, id, "webhook.secret_rotated", func(_ *ent.Tx, cur *ent.WebhookEndpoint, u *ent.WebhookEndpointUpdateOne) error {
		old, err := s.box.Open(cur.SecretCiphertext, binding(cur.ID, "secret"))
		if err != nil {
			return fault.Wrap(err, "open signing secret")
		}
		u.SetSecretCiphertext(s.box.Seal([]byte(secret), binding(cur.ID, "secret")))
		if grace > 0 {
			u.SetPreviousSecretCiphertext(s.box.Seal(old, binding(cur.ID, "previous_secret"))).
				SetPreviousSecretExpiresAt(s.now().Add(grace))
		} else {
			u.ClearPreviousSecretCiphertext().ClearPreviousSecretExpiresAt()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &WithSecret{Endpoint: ep, Secret: secret}, nil
}

// DeleteEndpoint deletes an endpoint: it leaves every list, receives nothing
// more (its pending attempts are cancelled) and can no longer be changed, but
// the row stays, marked deleted, so its delivery log remains readable.
func (s *Service) DeleteEndpoint(ctx context.Context, id string) error {
	p, err := viewer.RequireWriter(ctx)
	if err != nil {
		return err
	}
	return database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		ep, err := s.endpoint(ctx, tx.Client(), id)
		if err != nil {
			return err
		}
		now := s.now()
		// DISABLED as well as deleted: every query for endpoints that may
		// receive events asks for ENABLED ones.
		if err := tx.WebhookEndpoint.UpdateOne(ep).SetDeletedAt(now).SetStatus(webhookendpoint.StatusDISABLED).
			SetDisabledReason("deleted by a user").Exec(ctx); err != nil {
			return database.Err(err, "delete endpoint")
		}
		if _, err := cancelPending(ctx, tx, s.bus, now, "cancelled: the endpoint was deleted", webhookdelivery.EndpointID(id)); err != nil {
			return err
		}
		if err := publishEndpoint(ctx, tx, s.bus, ep); err != nil {
			return err
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: p.TenantID, Action: "webhook.endpoint_deleted",
			TargetType: "WebhookEndpoint", TargetID: id, Metadata: map[string]any{"url": ep.URL}})
	})
}

// endpoint loads an endpoint of the viewer's tenant that has not been
// deleted; a deleted one is not_found, as if it were gone.
func (s *Service) endpoint(ctx context.Context, client *ent.Client, id string) (*ent.WebhookEndpoint, error) {
	ep, err := client.WebhookEndpoint.Query().Where(webhookendpoint.ID(id), webhookendpoint.DeletedAtIsNil()).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, fault.New(fault.NotFound, "no such webhook endpoint")
	}
	return ep, database.Err(err, "load endpoint")
}

// SendTest emits a webhook.test event for one endpoint, or for every enabled
// endpoint of the caller's environment when endpointID is empty, and queues
// its deliveries (kept apart from lifecycle ones by their TEST trigger).
func (s *Service) SendTest(ctx context.Context, endpointID string) (*ent.Event, error) {
	p := viewer.FromContext(ctx)
	if p == nil || p.TenantID == "" {
		return nil, fault.New(fault.Unauthorized, "log in first")
	}
	if !p.IsAPIKey() {
		if _, err := viewer.RequireWriter(ctx); err != nil {
			return nil, err
		}
	}
	var evt *ent.Event
	err := database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		q := tx.WebhookEndpoint.Query().Where(webhookendpoint.StatusEQ(webhookendpoint.StatusENABLED), webhookendpoint.DeletedAtIsNil())
		if endpointID != "" {
			q = tx.WebhookEndpoint.Query().Where(webhookendpoint.ID(endpointID), webhookendpoint.DeletedAtIsNil())
		} else if p.Environment != "" {
			q = q.Where(webhookendpoint.EnvironmentEQ(p.Environment))
		}
		eps, err := q.All(ctx)
		if err != nil {
			return database.Err(err, "load endpoints")
		}
		if endpointID != "" && len(eps) == 0 {
			return fault.New(fault.NotFound, "no such webhook endpoint")
		}
		if len(eps) == 0 {
			return fault.New(fault.NotFound, "no enabled webhook endpoint to test")
		}
		if eps[0].Status == webhookendpoint.StatusDISABLED {
			return fault.New(fault.Conflict, "the endpoint is disabled; enable it to send a test event")
		}
		env := eps[0].Environment
		evt, err = s.bus.Emit(ctx, tx, events.Event{TenantID: p.TenantID, Environment: env, Type: "webhook.test",
			Payload: map[string]any{"endpoint_id": endpointID, "message": "This is a test event from KeyBS."}})
		if err != nil {
			return err
		}
		if err := tx.Event.UpdateOne(evt).SetFannedOutAt(s.now()).Exec(privacy.DecisionContext(ctx, privacy.Allow)); err != nil {
			return database.Err(err, "mark test event")
		}
		for _, ep := range eps {
			if ep.Environment != env {
				continue
			}
			if _, err := queueAttempt(ctx, tx, evt, ep.ID, 1, webhookdelivery.TriggerTEST, s.now()); err != nil {
				return err
			}
		}
		return nil
	})
	return database.Unwrap(evt, err)
}

// Resend queues a new, manual attempt of a delivery's event to its endpoint.
// Once it succeeds, the dispatcher cancels the event's scheduled retry to the
// endpoint, so a resend never leads to a second delivery.
func (s *Service) Resend(ctx context.Context, deliveryID string) (*ent.WebhookDelivery, error) {
	if _, err := viewer.RequireWriter(ctx); err != nil {
		return nil, err
	}
	var d *ent.WebhookDelivery
	err := database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		prev, err := tx.WebhookDelivery.Get(ctx, deliveryID)
		if err != nil {
			return database.Err(err, "load delivery")
		}
		ep, err := tx.WebhookEndpoint.Get(ctx, prev.EndpointID)
		if err != nil {
			return database.Err(err, "load endpoint")
		}
		switch {
		case ep.DeletedAt != nil:
			return fault.New(fault.Conflict, "the endpoint was deleted; its deliveries cannot be resent")
		case ep.Status == webhookendpoint.StatusDISABLED:
			return fault.New(fault.Conflict, "the endpoint is disabled; enable it to resend a delivery")
		}
		evt, err := tx.Event.Get(privacy.DecisionContext(ctx, privacy.Allow), prev.EventID)
		if err != nil {
			return database.Err(err, "load event")
		}
		attempt, err := s.lastAttempt(ctx, tx, prev.EventID, prev.EndpointID)
		if err != nil {
			return err
		}
		d, err = queueAttempt(ctx, tx, evt, prev.EndpointID, attempt+1, webhookdelivery.TriggerMANUAL, s.now())
		return err
	})
	return database.Unwrap(d, err)
}

// RecoverFailed re-queues, as manual attempts, every event whose delivery to
// the endpoint failed for good, or was cancelled (by disabling the endpoint),
// since the given time and has not been delivered since. It returns how many.
func (s *Service) RecoverFailed(ctx context.Context, endpointID string, since time.Time) (int, error) {
	if _, err := viewer.RequireWriter(ctx); err != nil {
		return 0, err
	}
	n := 0
	err := database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		if _, err := s.endpoint(ctx, tx.Client(), endpointID); err != nil {
			return err
		}
		picks, err := s.recoverable(ctx, tx, endpointID, since)
		if err != nil {
			return err
		}
		for _, d := range picks {
			last := d.Attempt
			evt, err := tx.Event.Get(privacy.DecisionContext(ctx, privacy.Allow), d.EventID)
			if err != nil {
				return database.Err(err, "load event")
			}
			if _, err := queueAttempt(ctx, tx, evt, endpointID, last+1, webhookdelivery.TriggerMANUAL, s.now()); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

func (s *Service) lastAttempt(ctx context.Context, tx *ent.Tx, eventID, endpointID string) (int, error) {
	last, err := tx.WebhookDelivery.Query().
		Where(webhookdelivery.EventID(eventID), webhookdelivery.EndpointID(endpointID)).
		Order(ent.Desc(webhookdelivery.FieldAttempt)).First(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return 0, database.Err(err, "load attempts")
	}
	return last.Attempt, nil
}

// queueAttempt inserts a pending attempt of evt to endpointID due at when.
func queueAttempt(ctx context.Context, tx *ent.Tx, evt *ent.Event, endpointID string, attempt int, trigger webhookdelivery.Trigger, when time.Time) (*ent.WebhookDelivery, error) {
	d, err := newAttempt(tx, evt, endpointID, attempt, trigger, when).Save(privacy.DecisionContext(ctx, privacy.Allow))
	return d, database.Err(err, "queue delivery")
}

// newAttempt is the unsaved row of an attempt, for queueAttempt and for the
// fan-out's bulk inserts.
func newAttempt(tx *ent.Tx, evt *ent.Event, endpointID string, attempt int, trigger webhookdelivery.Trigger, when time.Time) *ent.WebhookDeliveryCreate {
	return tx.WebhookDelivery.Create().
		SetTenantID(evt.TenantID).SetEnvironment(evt.Environment).
		SetEventID(evt.ID).SetEventType(evt.Type).SetEndpointID(endpointID).
		SetAttempt(attempt).SetTrigger(trigger).SetScheduledAt(when).SetCreatedAt(when)
}

// cancelPending marks the pending attempts that match where CANCELLED, with
// reason as their error message, and announces each to the live log. An
// attempt a worker holds under a live lease is left alone: it may already be
// on the wire, and its outcome is recorded when it comes.
func cancelPending(ctx context.Context, tx *ent.Tx, bus *events.Bus, now time.Time, reason string, where ...predicate.WebhookDelivery) (int, error) {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	where = append(where,
		webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING),
		webhookdelivery.Or(webhookdelivery.LeaseUntilIsNil(), webhookdelivery.LeaseUntilLT(now)),
	)
	rows, err := tx.WebhookDelivery.Query().Where(where...).All(ctx)
	if err != nil || len(rows) == 0 {
		return 0, database.Err(err, "find pending deliveries")
	}
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	// The same conditions again: a worker may have claimed a row since.
	n, err := tx.WebhookDelivery.Update().Where(append(where, webhookdelivery.IDIn(ids...))...).
		SetStatus(webhookdelivery.StatusCANCELLED).SetErrorMessage(reason).ClearLeaseUntil().Save(ctx)
	if err != nil {
		return 0, database.Err(err, "cancel deliveries")
	}
	for _, r := range rows {
		if err := bus.Publish(ctx, tx, attemptMessage(r)); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// delivered reports whether an attempt of the event to the endpoint succeeded.
func delivered(ctx context.Context, tx *ent.Tx, eventID, endpointID string) (bool, error) {
	ok, err := tx.WebhookDelivery.Query().Where(webhookdelivery.EventID(eventID), webhookdelivery.EndpointID(endpointID),
		webhookdelivery.StatusEQ(webhookdelivery.StatusSUCCEEDED)).Exist(privacy.DecisionContext(ctx, privacy.Allow))
	return ok, database.Err(err, "look for a successful attempt")
}

// change loads an endpoint of the viewer's tenant, applies edit and audits.
func (s *Service) change(ctx context.Context, id, action string, edit func(*ent.Tx, *ent.WebhookEndpoint, *ent.WebhookEndpointUpdateOne) error) (*ent.WebhookEndpoint, error) {
	p, err := viewer.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	var ep *ent.WebhookEndpoint
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		cur, err := s.endpoint(ctx, tx.Client(), id)
		if err != nil {
			return err
		}
		u := tx.WebhookEndpoint.UpdateOne(cur)
		if err := edit(tx, cur, u); err != nil {
			return err
		}
		if ep, err = u.Save(ctx); err != nil {
			return database.Err(err, "update endpoint")
		}
		if err := publishEndpoint(ctx, tx, s.bus, ep); err != nil {
			return err
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: p.TenantID, Action: action,
			TargetType: "WebhookEndpoint", TargetID: ep.ID})
	})
	return database.Unwrap(ep, err)
}

// endpointURL validates an endpoint URL: https for live endpoints; no
// credentials in it; a host the guard lets deliveries reach.
func (s *Service) endpointURL(ctx context.Context, raw string, env environment.Environment) (string, error) {
	urls, err := validate.URLs("url", []string{raw}, env == environment.Live)
	if err != nil {
		return "", err
	}
	u, _ := url.Parse(urls[0])
	if u.User != nil {
		return "", fault.InvalidField("url", "{field} must not contain credentials")
	}
	if err := s.guard.Check(ctx, urls[0], env); err != nil {
		return "", err
	}
	return urls[0], nil
}

// describe validates the description and event types of an input.
func describe(in EndpointInput) (string, []string, error) {
	desc := ""
	if in.Description != nil {
		d, err := validate.Text("description", *in.Description, 500, false)
		if err != nil {
			return "", nil, err
		}
		desc = d
	}
	types := make([]string, 0, len(in.EventTypes))
	for _, t := range in.EventTypes {
		t = strings.TrimSpace(t)
		if !events.KnownType(t) {
			return "", nil, fault.InvalidField("event_types", "%q is not an event type (see the eventTypes query)", t)
		}
		types = append(types, t)
	}
	slices.Sort(types)
	return desc, slices.Compact(types), nil
}
