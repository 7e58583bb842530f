package webhook

import (
	"context"
	"encoding/base64"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/predicate"
	"github.com/keybs/platform/ent/webhookdelivery"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// MessageFilter narrows the message log. Nil and empty fields match all.
type MessageFilter struct {
	EndpointID  *string
	Environment *environment.Environment
	EventTypes  []string
	// Status is the message's status (see Message.Status).
	Status *webhookdelivery.Status
	Since  *time.Time
	Until  *time.Time
	// Search matches an event id, or the verification id (or verification
	// case id) an event is about.
	Search *string
}

// Message is one event as the webhook log shows it (Svix's "message"): the
// event, and every attempt to deliver it (to the filter's endpoint, or to any
// endpoint), oldest first.
type Message struct {
	Event    *ent.Event
	Attempts []*ent.WebhookDelivery
}

// ID is the event's id.
func (m *Message) ID() string { return m.Event.ID }

// EventType is the event's type.
func (m *Message) EventType() string { return m.Event.Type }

// CreatedAt is when the event was committed.
func (m *Message) CreatedAt() time.Time { return m.Event.CreatedAt }

// Status is where the message stands: SUCCEEDED once any attempt delivered
// it, else PENDING while an attempt is still to be made, else FAILED when an
// attempt failed (for good), else CANCELLED.
func (m *Message) Status() webhookdelivery.Status {
	return messageStatus(m.Attempts)
}

func messageStatus(attempts []*ent.WebhookDelivery) webhookdelivery.Status {
	has := map[webhookdelivery.Status]bool{}
	for _, a := range attempts {
		has[a.Status] = true
	}
	for _, s := range []webhookdelivery.Status{webhookdelivery.StatusSUCCEEDED, webhookdelivery.StatusPENDING, webhookdelivery.StatusFAILED} {
		if has[s] {
			return s
		}
	}
	return webhookdelivery.StatusCANCELLED
}

// MessagePage is one page of the message log, newest first.
type MessagePage struct {
	Messages    []*Message
	Cursors     []string
	HasNextPage bool
	EndCursor   *string
	TotalCount  int
}

// MaxMessagePage bounds one page of the message log.
const MaxMessagePage = 100

// Messages lists the viewer's events that have delivery attempts (to the
// filter's endpoint, when it names one), newest first, each with its
// attempts, after the cursor of a previous page.
func (s *Service) Messages(ctx context.Context, first int, after *string, f MessageFilter) (*MessagePage, error) {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return nil, err
	}
	if first <= 0 {
		first = 25
	}
	if first > MaxMessagePage {
		return nil, fault.InvalidField("first", "{field} must be at most %d", MaxMessagePage)
	}
	if f.EndpointID != nil {
		// Another tenant's endpoint, or none: not_found, not an empty log.
		if _, err := s.client.WebhookEndpoint.Get(ctx, *f.EndpointID); err != nil {
			return nil, database.Err(err, "load endpoint")
		}
	}
	for _, t := range f.EventTypes {
		if !events.KnownType(t) {
			return nil, fault.InvalidField("event_types", "%q is not an event type (see the eventTypes query)", t)
		}
	}
	if f.Since != nil && f.Until != nil && f.Until.Before(*f.Since) {
		return nil, fault.InvalidField("until", "{field} must not be before since")
	}
	where := []predicate.Event{attempted(p.TenantID, f.EndpointID)}
	if f.Environment != nil {
		where = append(where, event.EnvironmentEQ(*f.Environment))
	}
	if len(f.EventTypes) > 0 {
		where = append(where, event.TypeIn(f.EventTypes...))
	}
	if f.Since != nil {
		where = append(where, event.CreatedAtGTE(*f.Since))
	}
	if f.Until != nil {
		where = append(where, event.CreatedAtLT(*f.Until))
	}
	if f.Search != nil {
		if q := strings.TrimSpace(*f.Search); q != "" {
			where = append(where, event.Or(event.ID(q),
				predicate.Event(func(s *sql.Selector) {
					s.Where(sql.Or(
						sqljson.ValueEQ(s.C(event.FieldPayload), q, sqljson.Path("verification_id")),
						sqljson.ValueEQ(s.C(event.FieldPayload), q, sqljson.Path("verification_case_id")),
					))
				})))
		}
	}
	if f.Status != nil {
		if webhookdelivery.StatusValidator(*f.Status) != nil {
			return nil, fault.InvalidField("status", "{field} must be PENDING, SUCCEEDED, FAILED or CANCELLED")
		}
		where = append(where, statusIs(p.TenantID, f.EndpointID, *f.Status))
	}
	total, err := s.client.Event.Query().Where(where...).Count(ctx)
	if err != nil {
		return nil, database.Err(err, "count messages")
	}
	if after != nil && *after != "" {
		at, id, ok := decodeCursor(*after)
		if !ok {
			return nil, fault.InvalidField("after", "{field} is not a cursor from this list")
		}
		where = append(where, event.Or(event.CreatedAtLT(at), event.And(event.CreatedAt(at), event.IDLT(id))))
	}
	evts, err := s.client.Event.Query().Where(where...).
		Order(ent.Desc(event.FieldCreatedAt), ent.Desc(event.FieldID)).Limit(first + 1).All(ctx)
	if err != nil {
		return nil, database.Err(err, "list messages")
	}
	page := &MessagePage{TotalCount: total, HasNextPage: len(evts) > first}
	if page.HasNextPage {
		evts = evts[:first]
	}
	ids := make([]string, len(evts))
	for i, e := range evts {
		ids[i] = e.ID
	}
	dq := s.client.WebhookDelivery.Query().Where(webhookdelivery.EventIDIn(ids...))
	if f.EndpointID != nil {
		dq = dq.Where(webhookdelivery.EndpointID(*f.EndpointID))
	}
	attempts, err := dq.Order(ent.Asc(webhookdelivery.FieldAttempt), ent.Asc(webhookdelivery.FieldCreatedAt)).All(ctx)
	if err != nil {
		return nil, database.Err(err, "load attempts")
	}
	byEvent := map[string][]*ent.WebhookDelivery{}
	for _, a := range attempts {
		byEvent[a.EventID] = append(byEvent[a.EventID], a)
	}
	for _, e := range evts {
		page.Messages = append(page.Messages, &Message{Event: e, Attempts: byEvent[e.ID]})
		page.Cursors = append(page.Cursors, encodeCursor(e.CreatedAt, e.ID))
	}
	if n := len(page.Cursors); n > 0 {
		page.EndCursor = &page.Cursors[n-1]
	}
	return page, nil
}

// attempted matches events with an attempt (to endpointID, when set).
func attempted(tenantID string, endpointID *string, statuses ...webhookdelivery.Status) predicate.Event {
	return predicate.Event(func(s *sql.Selector) {
		t := sql.Table(webhookdelivery.Table)
		preds := []*sql.Predicate{sql.EQ(t.C(webhookdelivery.FieldTenantID), tenantID)}
		if endpointID != nil {
			preds = append(preds, sql.EQ(t.C(webhookdelivery.FieldEndpointID), *endpointID))
		}
		if len(statuses) > 0 {
			vs := make([]any, len(statuses))
			for i, st := range statuses {
				vs[i] = string(st)
			}
			preds = append(preds, sql.In(t.C(webhookdelivery.FieldStatus), vs...))
		}
		s.Where(sql.In(s.C(event.FieldID), sql.Select(t.C(webhookdelivery.FieldEventID)).From(t).Where(sql.And(preds...))))
	})
}

// statusIs matches events whose message status (Message.Status) is st.
func statusIs(tenantID string, endpointID *string, st webhookdelivery.Status) predicate.Event {
	order := []webhookdelivery.Status{webhookdelivery.StatusSUCCEEDED, webhookdelivery.StatusPENDING, webhookdelivery.StatusFAILED, webhookdelivery.StatusCANCELLED}
	where := []predicate.Event{attempted(tenantID, endpointID, st)}
	for _, higher := range order {
		if higher == st {
			break
		}
		where = append(where, event.Not(attempted(tenantID, endpointID, higher)))
	}
	return event.And(where...)
}

func encodeCursor(at time.Time, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(at.UTC().Format(time.RFC3339Nano) + "|" + id))
}

func decodeCursor(c string) (time.Time, string, bool) {
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return time.Time{}, "", false
	}
	at, id, ok := strings.Cut(string(raw), "|")
	if !ok || id == "" {
		return time.Time{}, "", false
	}
	t, err := time.Parse(time.RFC3339Nano, at)
	return t, id, err == nil
}
