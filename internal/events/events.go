// Package events holds the outbox and the bus. Emit writes an event row in the
// transaction of the change that causes it; the bus tells every replica's
// subscribers and dispatcher about committed events and delivery attempts:
// in-process on SQLite (one replica), through PostgreSQL NOTIFY, sent inside
// the same transaction and so only on commit, across replicas.
package events

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	"github.com/lib/pq"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/pulid"
)

// Type is an event type with its description, for the portal's picker.
type Type struct {
	Name        string
	Description string
}

// Types is the catalog of event types: seed 002's twelve, then the platform's.
var Types = []Type{
	{"verification.submitted", "New verification case created (API or portal)."},
	{"verification.in_review", "Case picked up by an analyst."},
	{"verification.rfi_requested", "Analyst requested more information from the client."},
	{"verification.rfi_resolved", "RFI items have been provided and the case is back in review."},
	{"verification.approved", "Case approved (with or without controls). Report not yet signed."},
	{"verification.declined", "Case declined. No report will be issued."},
	{"report.signed", "Senior Analyst signed the report. Cryptographic digest available."},
	{"report.published", "Signed report published — verify_url is live."},
	{"report.revoked", "Report revoked. Public verify page shows a revoked warning."},
	{"report.expiring", "Report is within 30 days of valid_until."},
	{"report.expired", "Report has passed valid_until — verify page marked expired."},
	{"webhook.test", "Sent only by a manual test from the portal or POST /v1/webhooks/test."},
	{"report.disputed", "Report placed under client or regulator dispute; treat it as not current."},
	{"report.dispute_cleared", "A report's dispute was resolved; the report is current again."},
	{"key.created", "An API key was created."},
	{"key.rotated", "An API key was rotated; the payload names its successor."},
	{"key.revoked", "An API key was revoked."},
	{"key.expiring", "An API key expires within 7 days."},
	{"usage.quota_warning", "Live usage reached 80% of the monthly quota."},
	{"usage.quota_exceeded", "Live usage reached 100% of the monthly quota."},
	{"member.invited", "Someone was invited to the organization by email; the payload names the role."},
	{"member.invitation_revoked", "A pending invitation was revoked before it was accepted."},
	{"member.added", "An invitation was accepted: the organization has a new member."},
	{"member.role_changed", "A member's role changed; from_role is the old one."},
	{"member.removed", "A member was removed from the organization, or left it."},
	{"kyc.status_changed", "A KYC check took a status (pending, verified, rejected or review): when it is made and when it is completed; previous_status is the one before."},
	{"escrow.funded", `An escrow was funded (initiated → funded). Payload: {"escrow_id":"esc_01…","status":"funded","previous_status":"initiated","amount":12500,"currency":"EUR","buyer_id":"buyer-1","seller_id":"seller-9","reference":"order-7"}.`},
	{"escrow.released", `An escrow's money went to the seller: released by the partner, or by a lost dispute (previous_status disputed). Payload: {"escrow_id":"esc_01…","status":"released","previous_status":"funded","amount":12500,"currency":"EUR","buyer_id":"buyer-1","seller_id":"seller-9","reference":"order-7"}.`},
	{"escrow.refunded", `An escrow's money went back to the buyer: refunded by the partner, or by a won dispute (previous_status disputed). Payload: {"escrow_id":"esc_01…","status":"refunded","previous_status":"funded","amount":12500,"currency":"EUR","buyer_id":"buyer-1","seller_id":"seller-9","reference":"order-7"}.`},
	{"dispute.updated", `A dispute changed: it opened (previous_status null), its review started (under_review) or it was decided (won or lost). Payload: {"dispute_id":"dsp_01…","status":"won","previous_status":"under_review","reason":"product_not_received","escrow_id":"esc_01…","transaction_check_id":null,"reference":"claim-3"}.`},
}

// KnownType reports whether name is in the catalog.
func KnownType(name string) bool {
	for _, t := range Types {
		if t.Name == name {
			return true
		}
	}
	return false
}

// Kind says what a bus message is about.
type Kind string

// The message kinds.
const (
	KindEvent        Kind = "event"        // an event row committed
	KindDelivery     Kind = "delivery"     // a webhook delivery attempt recorded
	KindResync       Kind = "resync"       // messages may have been lost: catch up
	KindKey          Kind = "key"          // an API key changed (Type says how)
	KindNotification Kind = "notification" // a notification was raised
	KindUsage        Kind = "usage"        // request-log rows were recorded for a tenant
	KindCase         Kind = "case"         // a verification case moved (ID is the case's)
	KindMember       Kind = "member"       // a membership changed (ID is its id, EndpointID its user's)
	KindEndpoint     Kind = "endpoint"     // a webhook endpoint changed: settings, status, health, deletion
)

// Message is what the bus carries: enough to route it to the right
// subscribers without a database read; they load the row themselves, under
// their own viewer.
type Message struct {
	Kind        Kind
	ID          string
	TenantID    string
	Environment environment.Environment
	Type        string // the event type, or the delivery's event type
	EndpointID  string // deliveries only
	// Seq numbers the deliveries of this process's bus, so the subscribers
	// that received one delivery can share the work it causes (Shared).
	// The bus sets it; it is not sent to other replicas.
	Seq uint64
}

func (m Message) encode() string {
	return strings.Join([]string{string(m.Kind), m.ID, m.TenantID, string(m.Environment), m.Type, m.EndpointID}, "|")
}

func decode(s string) (Message, bool) {
	p := strings.Split(s, "|")
	if len(p) != 6 {
		return Message{}, false
	}
	return Message{Kind: Kind(p[0]), ID: p[1], TenantID: p[2], Environment: environment.Environment(p[3]), Type: p[4], EndpointID: p[5]}, true
}

// channel is the PostgreSQL NOTIFY channel.
const channel = "keybs_bus"

// Bus fans messages out to subscribers in this process. Publishers never wait
// for a subscriber: a subscriber that falls behind loses messages, not the
// publisher its time.
type Bus struct {
	dialect string
	log     *slog.Logger
	mu      sync.Mutex
	subs    map[*subscriber]struct{}
	seq     uint64 // the last delivery's Message.Seq
}

// subscriber is one Subscribe or Follow: push hands it a delivery without
// blocking (false when it is full and the message is dropped for it), end
// tells it no more will come. The bus calls both with its lock held, so no
// push follows end.
type subscriber struct {
	filter func(Message) bool
	push   func(*Message) bool
	end    func()
}

// NewBus returns a bus for a database of the given dialect.
func NewBus(dia string, log *slog.Logger) *Bus {
	return &Bus{dialect: dia, log: log, subs: map[*subscriber]struct{}{}}
}

// Dialect is the database dialect the bus was made for.
func (b *Bus) Dialect() string { return b.dialect }

// Subscribe returns a channel of the messages filter accepts, until ctx ends;
// then the channel is closed. buffer bounds how far the subscriber may lag.
//
// Every subscriber of one delivery receives the same *Message, which nobody
// may modify: one allocation per delivery instead of a copy per subscriber,
// and a channel slot of one pointer, so the buffer an idle socket holds is
// 8 bytes a message instead of the struct's 104.
func (b *Bus) Subscribe(ctx context.Context, buffer int, filter func(Message) bool) <-chan *Message {
	ch := make(chan *Message, buffer)
	b.add(ctx, &subscriber{
		filter: filter,
		push: func(m *Message) bool {
			select {
			case ch <- m:
				return true
			default:
				return false
			}
		},
		end: func() { close(ch) },
	})
	return ch
}

// add registers s until ctx ends. No goroutine waits for the end: with one
// subscription per open socket, one parked goroutine each was thousands of
// stacks.
func (b *Bus) add(ctx context.Context, s *subscriber) {
	b.mu.Lock()
	b.subs[s] = struct{}{}
	b.mu.Unlock()
	context.AfterFunc(ctx, func() {
		b.mu.Lock()
		delete(b.subs, s)
		s.end()
		b.mu.Unlock()
	})
}

// Subscribers reports how many subscriptions are open in this process: a
// gauge for operators, and how a test knows a subscription is live.
func (b *Bus) Subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}

// deliver hands m to every interested subscriber without blocking.
func (b *Bus) deliver(m Message) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.seq++
	m.Seq = b.seq
	shared := &m
	for s := range b.subs {
		if s.filter != nil && !s.filter(m) {
			continue
		}
		if !s.push(shared) {
			b.log.Warn("bus subscriber is behind; message dropped for it", "kind", m.Kind, "id", m.ID)
		}
	}
}

// Publish arranges for m to reach every replica's subscribers once tx
// commits, and never if it rolls back.
func (b *Bus) Publish(ctx context.Context, tx *ent.Tx, m Message) error {
	if b.dialect == dialect.Postgres {
		// NOTIFY is transactional: sent on commit, dropped on rollback, and
		// received by every listening replica, this one included.
		if _, err := tx.ExecContext(ctx, "SELECT pg_notify($1, $2)", channel, m.encode()); err != nil {
			return fault.Wrap(err, "notify")
		}
		return nil
	}
	tx.OnCommit(func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
			err := next.Commit(ctx, tx)
			if err == nil {
				b.deliver(m)
			}
			return err
		})
	})
	return nil
}

// Execer runs a statement outside a transaction (a *sql.DB).
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// PublishNow sends m at once on db, for a change written outside an ent
// transaction (a key's last use): every replica's subscribers get it.
func (b *Bus) PublishNow(ctx context.Context, db Execer, m Message) error {
	if b.dialect == dialect.Postgres {
		if _, err := db.ExecContext(ctx, "SELECT pg_notify($1, $2)", channel, m.encode()); err != nil {
			return fault.Wrap(err, "notify")
		}
		return nil
	}
	b.deliver(m)
	return nil
}

// Querier runs a statement outside a transaction and returns its rows (an
// *ent.Client or a *sql.DB).
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// WriteAndPublish runs write, one INSERT, UPDATE or DELETE with $1…
// placeholders ending in RETURNING, as a transaction of its own, and
// publishes m if it changed a row; it reports how many rows it changed. It is
// one round trip where a transaction with Publish takes four: on PostgreSQL
// the NOTIFY is part of the statement, so it is sent exactly when the change
// commits; on SQLite m is delivered once the statement has committed.
func (b *Bus) WriteAndPublish(ctx context.Context, db Querier, write string, args []any, m Message) (int, error) {
	q := write
	if b.dialect == dialect.Postgres {
		q = fmt.Sprintf("WITH w AS (%s) SELECT pg_notify($%d, $%d) FROM w", write, len(args)+1, len(args)+2)
		args = append(slices.Clip(args), channel, m.encode())
	}
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	n := 0
	for rows.Next() {
		n++
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return 0, err
	}
	if n > 0 && b.dialect != dialect.Postgres {
		b.deliver(m)
	}
	return n, nil
}

// Event is an event to emit.
type Event struct {
	TenantID    string
	Environment environment.Environment
	Type        string
	// Payload holds the type's fields; the envelope fields (event_id,
	// event_type, created_at, tenant_id) are added by Emit.
	Payload map[string]any
}

// Emit writes e in tx, the transaction of the change that causes it, and
// publishes it on commit.
func (b *Bus) Emit(ctx context.Context, tx *ent.Tx, e Event) (*ent.Event, error) {
	if !KnownType(e.Type) {
		return nil, fmt.Errorf("events: unknown event type %q", e.Type)
	}
	create := tx.Event.Create().SetTenantID(e.TenantID).SetEnvironment(e.Environment).SetType(e.Type)
	now := time.Now().UTC()
	payload := map[string]any{}
	for k, v := range e.Payload {
		payload[k] = v
	}
	evtID := pulid.New("Event")
	payload["event_id"] = evtID
	payload["event_type"] = e.Type
	payload["created_at"] = now.Format(time.RFC3339)
	payload["tenant_id"] = e.TenantID
	payload["environment"] = e.Environment.Lower()
	row, err := create.SetID(evtID).SetPayload(payload).SetCreatedAt(now).
		Save(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return nil, fault.Wrap(err, "emit event")
	}
	if err := b.Publish(ctx, tx, Message{Kind: KindEvent, ID: row.ID, TenantID: e.TenantID, Environment: e.Environment, Type: e.Type}); err != nil {
		return nil, err
	}
	return row, nil
}

// Listen subscribes to PostgreSQL notifications at dsn and delivers them to
// this process's subscribers until ctx ends, reconnecting on its own. It
// returns once listening has started, so a replica is ready to receive before
// it serves. After a reconnect it delivers a KindResync message, since
// notifications sent while disconnected are lost: readers then catch up from
// the tables.
func (b *Bus) Listen(ctx context.Context, dsn string) error {
	l := pq.NewListener(dsn, 100*time.Millisecond, 10*time.Second, func(ev pq.ListenerEventType, err error) {
		if err != nil {
			b.log.Warn("event bus listener", "event", ev, "error", err)
		}
	})
	if err := l.Listen(channel); err != nil {
		_ = l.Close()
		return fmt.Errorf("listen for events: %w", err)
	}
	go func() {
		defer l.Close()
		ping := time.NewTicker(60 * time.Second)
		defer ping.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case n := <-l.Notify:
				if n == nil {
					b.deliver(Message{Kind: KindResync})
					continue
				}
				if m, ok := decode(n.Extra); ok {
					b.deliver(m)
				}
			case <-ping.C:
				go func() { _ = l.Ping() }()
			}
		}
	}()
	return nil
}

// Follow subscribes to the messages filter accepts and turns each into the
// row it announces, loaded with ctx's viewer (so the privacy rules apply
// once more), until ctx ends; then the channel is closed. Loading happens
// here, never in the publisher; a row that cannot be loaded (gone, or not
// the viewer's) is skipped. buffer bounds how many messages may wait to be
// loaded, as Subscribe's does.
//
// A follower has no goroutine of its own while nothing arrives: a delivery
// starts one that loads what is waiting, in order, and ends when nothing
// is. An idle subscription (most of them, most of the time) holds a few
// hundred bytes instead of a parked goroutine's stack.
func Follow[T any](ctx context.Context, b *Bus, buffer int, filter func(Message) bool, load func(context.Context, Message) (T, bool)) <-chan T {
	f := &follower[T]{ctx: ctx, load: load, limit: max(1, buffer), out: make(chan T, 16)}
	b.add(ctx, &subscriber{filter: filter, push: f.push, end: f.end})
	return f.out
}

// follower is one Follow. At most one drain runs at a time, so the rows
// reach out in the order their messages arrived.
type follower[T any] struct {
	ctx   context.Context
	load  func(context.Context, Message) (T, bool)
	limit int
	out   chan T

	mu       sync.Mutex
	waiting  []*Message
	draining bool // a drain goroutine is at work; it closes out if ended
	ended    bool // ctx ended: nothing more is pushed
}

func (f *follower[T]) push(m *Message) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.waiting) >= f.limit {
		return false
	}
	f.waiting = append(f.waiting, m)
	if !f.draining {
		f.draining = true
		go f.drain()
	}
	return true
}

func (f *follower[T]) end() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ended = true
	f.waiting = nil
	if !f.draining {
		close(f.out)
	}
}

// drain loads and hands over what is waiting, then ends, closing out if the
// follower ended meanwhile.
func (f *follower[T]) drain() {
	for {
		f.mu.Lock()
		if f.ended || len(f.waiting) == 0 {
			f.draining = false
			f.waiting = nil // an idle follower keeps no backing array
			if f.ended {
				close(f.out)
			}
			f.mu.Unlock()
			return
		}
		m := f.waiting[0]
		f.waiting = f.waiting[1:]
		f.mu.Unlock()
		v, ok := f.load(f.ctx, *m)
		if !ok {
			continue
		}
		select {
		case f.out <- v:
		case <-f.ctx.Done():
		}
	}
}
