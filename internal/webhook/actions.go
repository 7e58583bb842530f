package webhook

import (
	"context"
	"slices"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/webhookdelivery"
	"github.com/keybs/platform/ent/webhookendpoint"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// Reauthenticator checks the signed-in user afresh (auth.Service is one).
type Reauthenticator interface {
	Reauthenticate(ctx context.Context, password, mfaCode, purpose string) error
}

// SetReauthenticator gives the service the fresh check RevealSecret needs.
func (s *Service) SetReauthenticator(r Reauthenticator) { s.reauth = r }

// RetryNow makes a pending attempt due now instead of at its scheduled time
// (the dispatcher sends it within its poll interval). An attempt already
// claimed by a worker, or no longer pending, is a conflict.
func (s *Service) RetryNow(ctx context.Context, deliveryID string) (*ent.WebhookDelivery, error) {
	p, err := viewer.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	var d *ent.WebhookDelivery
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		cur, err := tx.WebhookDelivery.Get(ctx, deliveryID)
		if err != nil {
			return database.Err(err, "load delivery")
		}
		if _, err := s.endpoint(ctx, tx.Client(), cur.EndpointID); err != nil {
			return fault.New(fault.Conflict, "the endpoint was deleted; its deliveries cannot be retried")
		}
		ep, err := tx.WebhookEndpoint.Get(ctx, cur.EndpointID)
		if err != nil {
			return database.Err(err, "load endpoint")
		}
		now := s.now()
		switch {
		case ep.Status == webhookendpoint.StatusDISABLED:
			return fault.New(fault.Conflict, "the endpoint is disabled; enable it to retry a delivery")
		case cur.Status != webhookdelivery.StatusPENDING:
			return fault.New(fault.Conflict, "only a pending attempt can be retried now; resend the delivery instead")
		case cur.LeaseUntil != nil && cur.LeaseUntil.After(now):
			return fault.New(fault.Conflict, "the attempt is being sent right now")
		}
		if cur.ScheduledAt.After(now) {
			n, err := tx.WebhookDelivery.Update().Where(webhookdelivery.ID(cur.ID), webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING),
				webhookdelivery.Or(webhookdelivery.LeaseUntilIsNil(), webhookdelivery.LeaseUntilLT(now))).
				SetScheduledAt(now).Save(ctx)
			if err != nil {
				return database.Err(err, "retry now")
			}
			if n == 0 {
				return fault.New(fault.Conflict, "the attempt is being sent right now")
			}
		}
		// The failed attempt that scheduled this one points at the new time.
		if err := tx.WebhookDelivery.Update().Where(webhookdelivery.EventID(cur.EventID), webhookdelivery.EndpointID(cur.EndpointID),
			webhookdelivery.Attempt(cur.Attempt-1), webhookdelivery.NextRetryAtNotNil()).
			SetNextRetryAt(now).Exec(ctx); err != nil {
			return database.Err(err, "retry now")
		}
		if d, err = tx.WebhookDelivery.Get(ctx, cur.ID); err != nil {
			return database.Err(err, "load delivery")
		}
		if err := s.bus.Publish(ctx, tx, attemptMessage(d)); err != nil {
			return err
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: p.TenantID, Action: "webhook.delivery_retried_now",
			TargetType: "WebhookDelivery", TargetID: d.ID, Metadata: map[string]any{"endpoint_id": d.EndpointID, "event_id": d.EventID, "attempt": d.Attempt}})
	})
	return database.Unwrap(d, err)
}

// RecoverPreview says what RecoverFailed would re-queue for the same
// endpoint and time, without queuing anything.
type RecoverPreview struct {
	Count      int
	EventTypes []string
	// Oldest and Newest are the creation times of the first and last
	// failed attempt that would be recovered; nil when Count is 0.
	Oldest, Newest *time.Time
}

// FailedPreview previews RecoverFailed(endpointID, since).
func (s *Service) FailedPreview(ctx context.Context, endpointID string, since time.Time) (*RecoverPreview, error) {
	if _, err := viewer.RequireMember(ctx); err != nil {
		return nil, err
	}
	out := &RecoverPreview{EventTypes: []string{}}
	err := database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		if _, err := s.endpoint(ctx, tx.Client(), endpointID); err != nil {
			return err
		}
		picks, err := s.recoverable(ctx, tx, endpointID, since)
		if err != nil {
			return err
		}
		for _, d := range picks {
			out.Count++
			if !slices.Contains(out.EventTypes, d.EventType) {
				out.EventTypes = append(out.EventTypes, d.EventType)
			}
			at := d.CreatedAt
			if out.Oldest == nil || at.Before(*out.Oldest) {
				out.Oldest = &at
			}
			if out.Newest == nil || at.After(*out.Newest) {
				out.Newest = &at
			}
		}
		slices.Sort(out.EventTypes)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// recoverable returns, one per event, the final failed or cancelled attempt
// of each event RecoverFailed would re-queue.
func (s *Service) recoverable(ctx context.Context, tx *ent.Tx, endpointID string, since time.Time) ([]*ent.WebhookDelivery, error) {
	final, err := tx.WebhookDelivery.Query().Where(
		webhookdelivery.EndpointID(endpointID),
		webhookdelivery.Or(
			webhookdelivery.And(webhookdelivery.StatusEQ(webhookdelivery.StatusFAILED), webhookdelivery.NextRetryAtIsNil()),
			webhookdelivery.StatusEQ(webhookdelivery.StatusCANCELLED),
		),
		webhookdelivery.CreatedAtGTE(since),
	).Order(ent.Asc(webhookdelivery.FieldCreatedAt)).All(ctx)
	if err != nil {
		return nil, database.Err(err, "find failed deliveries")
	}
	var out []*ent.WebhookDelivery
	seen := map[string]bool{}
	for _, d := range final {
		if seen[d.EventID] {
			continue
		}
		seen[d.EventID] = true
		last, err := s.lastAttempt(ctx, tx, d.EventID, endpointID)
		if err != nil {
			return nil, err
		}
		// Skip events that have since been re-queued, or delivered (an
		// attempt cancelled because another one delivered the event).
		if last != d.Attempt {
			continue
		}
		ok, err := delivered(ctx, tx, d.EventID, endpointID)
		if err != nil {
			return nil, err
		}
		if !ok {
			out = append(out, d)
		}
	}
	return out, nil
}

// RevealSecret returns the endpoint's current signing secret again, after a
// fresh check of the signed-in user's password or second factor. The secret
// is stored encrypted, so it can be shown; the reveal is audited (the secret
// never is).
func (s *Service) RevealSecret(ctx context.Context, id, password, mfaCode string) (*WithSecret, error) {
	p, err := viewer.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if p.UserID == "" || p.IsAPIKey() {
		return nil, fault.New(fault.Forbidden, "only a signed-in user can reveal a signing secret")
	}
	ep, err := s.endpoint(ctx, s.client, id)
	if err != nil {
		return nil, err
	}
	if s.reauth == nil {
		return nil, fault.New(fault.Forbidden, "revealing a signing secret is not available")
	}
	if err := s.reauth.Reauthenticate(ctx, password, mfaCode, "webhook.secret_revealed"); err != nil {
		return nil, err
	}
	secret, err := s.box.Open(ep.SecretCiphertext, binding(ep.ID, "secret"))
	if err != nil {
		return nil, fault.Wrap(err, "open signing secret")
	}
	if err := audit.Record(ctx, s.client, audit.Entry{TenantID: p.TenantID, Action: "webhook.secret_revealed",
		TargetType: "WebhookEndpoint", TargetID: ep.ID}); err != nil {
		return nil, err
	}
	return &WithSecret{Endpoint: ep, Secret: string(secret)}, nil
}

// publishEndpoint announces a change of the endpoint (its status, health,
// settings or deletion) to FollowEndpoints.
func publishEndpoint(ctx context.Context, tx *ent.Tx, bus *events.Bus, ep *ent.WebhookEndpoint) error {
	return bus.Publish(privacy.DecisionContext(ctx, privacy.Allow), tx, events.Message{Kind: events.KindEndpoint, ID: ep.ID,
		TenantID: ep.TenantID, Environment: ep.Environment, EndpointID: ep.ID})
}

// FollowEndpoints streams the viewer's tenant's webhook endpoints as they
// change: settings, status (enabled, disabled, auto-disabled after a 410 or
// five failing days), health (failingSince) and deletion, until ctx ends.
func (s *Service) FollowEndpoints(ctx context.Context, endpointID *string) (<-chan *ent.WebhookEndpoint, error) {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return nil, err
	}
	if endpointID != nil {
		if _, err := s.client.WebhookEndpoint.Get(ctx, *endpointID); err != nil {
			return nil, database.Err(err, "load endpoint")
		}
	}
	return events.Follow(ctx, s.bus, 64, func(m events.Message) bool {
		return m.Kind == events.KindEndpoint && m.TenantID == p.TenantID && (endpointID == nil || m.ID == *endpointID)
	}, func(ctx context.Context, m events.Message) (*ent.WebhookEndpoint, bool) {
		ep, err := s.client.WebhookEndpoint.Get(ctx, m.ID)
		return ep, err == nil
	}), nil
}
