package events_test

import (
	"context"
	"database/sql"
	"log/slog"
	"maps"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
)

// wait bounds how long a test waits for a message that should come. It is a
// deadline for failure, never a pause: every wait ends as soon as the message
// arrives.
const wait = 10 * time.Second

// recv returns the next message on ch, failing the test if none comes.
func recv[T any](t *testing.T, ch <-chan T) T {
	t.Helper()
	select {
	case m, ok := <-ch:
		if !ok {
			t.Fatal("channel closed, want a message")
		}
		return m
	case <-time.After(wait):
		t.Fatalf("no message after %s", wait)
	}
	panic("unreachable")
}

// empty fails the test if a message is waiting on ch right now.
func empty(t *testing.T, ch <-chan *events.Message, why string) {
	t.Helper()
	select {
	case m := <-ch:
		t.Fatalf("%s: got %+v", why, m)
	default:
	}
}

// closed fails the test unless ch is closed (after draining what is
// buffered).
func closed[T any](t *testing.T, ch <-chan T) {
	t.Helper()
	deadline := time.After(wait)
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				return
			}
		case <-deadline:
			t.Fatalf("channel still open after %s", wait)
		}
	}
}

type fixture struct {
	url    string
	db     *database.DB
	bus    *events.Bus
	tenant testkit.Tenant
}

func newFixture(t *testing.T, url string) *fixture {
	t.Helper()
	db := testkit.Open(t, url)
	return &fixture{url: url, db: db, bus: testkit.Bus(t, db, url), tenant: testkit.MustTenant(t, db.Client, "acme", membership.RoleOWNER)}
}

func (f *fixture) begin(t *testing.T) *ent.Tx {
	t.Helper()
	tx, err := f.db.Client.Tx(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func (f *fixture) event(typ string) events.Event {
	return events.Event{TenantID: f.tenant.ID, Environment: environment.Test, Type: typ,
		Payload: map[string]any{"verification_id": "KBS-VR-AAAAAAAAAA"}}
}

// emit commits one event of typ in its own transaction.
func (f *fixture) emit(t *testing.T, typ string) *ent.Event {
	t.Helper()
	var row *ent.Event
	if err := database.WithTx(context.Background(), f.db.Client, func(tx *ent.Tx) error {
		var err error
		row, err = f.bus.Emit(context.Background(), tx, f.event(typ))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return row
}

func (f *fixture) subscribe(t *testing.T, buffer int) <-chan *events.Message {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	return f.bus.Subscribe(ctx, buffer, func(m events.Message) bool { return m.Kind == events.KindEvent })
}

func TestCatalog(t *testing.T) {
	t.Run("Seed002sTwelveComeFirstInOrder", func(t *testing.T) {
		want := []string{"verification.submitted", "verification.in_review", "verification.rfi_requested",
			"verification.rfi_resolved", "verification.approved", "verification.declined", "report.signed",
			"report.published", "report.revoked", "report.expiring", "report.expired", "webhook.test"}
		for i, name := range want {
			if events.Types[i].Name != name {
				t.Fatalf("type %d is %q, want %q", i, events.Types[i].Name, name)
			}
		}
	})
	t.Run("NamesAreUniqueAndDescribed", func(t *testing.T) {
		seen := map[string]bool{}
		for _, ty := range events.Types {
			if seen[ty.Name] || ty.Description == "" || !strings.Contains(ty.Name, ".") {
				t.Errorf("type %+v is repeated, undescribed or not resource.action", ty)
			}
			seen[ty.Name] = true
			if !events.KnownType(ty.Name) {
				t.Errorf("KnownType(%q) = false", ty.Name)
			}
		}
	})
	for _, name := range []string{"", "verification", "Verification.Submitted", "key.deleted", "webhook.test "} {
		t.Run("UnknownTypeIsUnknown/"+name, func(t *testing.T) {
			if events.KnownType(name) {
				t.Fatalf("KnownType(%q) = true", name)
			}
		})
	}
}

func TestEmit(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		f := newFixture(t, url)
		t.Run("TheRowIsWrittenInTheTransactionWithItsEnvelope", func(t *testing.T) {
			tx := f.begin(t)
			in := f.event("verification.submitted")
			before := time.Now().UTC().Add(-time.Second)
			row, err := f.bus.Emit(context.Background(), tx, in)
			if err != nil {
				t.Fatal(err)
			}
			// The transaction sees its own row before it commits.
			if _, err := tx.Event.Get(testkit.System(), row.ID); err != nil {
				t.Fatalf("the row is not in the transaction: %v", err)
			}
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			got := f.db.Client.Event.GetX(testkit.System(), row.ID)
			if got.TenantID != f.tenant.ID || got.Environment != environment.Test || got.Type != "verification.submitted" {
				t.Fatalf("row %+v", got)
			}
			if !strings.HasPrefix(got.ID, "evt_") {
				t.Fatalf("event id %q lacks the evt_ prefix", got.ID)
			}
			if got.CreatedAt.Before(before) || got.CreatedAt.After(time.Now().Add(time.Second)) {
				t.Fatalf("created_at %v is not now", got.CreatedAt)
			}
			want := map[string]any{
				"verification_id": "KBS-VR-AAAAAAAAAA", "event_id": got.ID, "event_type": "verification.submitted",
				"created_at": got.CreatedAt.UTC().Format(time.RFC3339), "tenant_id": f.tenant.ID, "environment": "test",
			}
			if !maps.Equal(got.Payload, want) {
				t.Fatalf("payload %v, want %v", got.Payload, want)
			}
			if len(in.Payload) != 1 {
				t.Fatalf("Emit changed the caller's payload map: %v", in.Payload)
			}
		})
		t.Run("EnvelopeFieldsOverrideThePayloads", func(t *testing.T) {
			var row *ent.Event
			in := f.event("key.created")
			in.Payload = map[string]any{"event_id": "forged", "tenant_id": "tnt_other", "environment": "live"}
			err := database.WithTx(context.Background(), f.db.Client, func(tx *ent.Tx) (err error) {
				row, err = f.bus.Emit(context.Background(), tx, in)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if row.Payload["event_id"] != row.ID || row.Payload["tenant_id"] != f.tenant.ID || row.Payload["environment"] != "test" {
				t.Fatalf("payload %v lets the caller forge the envelope", row.Payload)
			}
		})
		t.Run("AnUnknownTypeIsRefusedAndWritesNothing", func(t *testing.T) {
			n := f.db.Client.Event.Query().CountX(testkit.System())
			tx := f.begin(t)
			if _, err := f.bus.Emit(context.Background(), tx, f.event("kyc.nope")); err == nil {
				t.Fatal("an unknown event type was emitted")
			}
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			if m := f.db.Client.Event.Query().CountX(testkit.System()); m != n {
				t.Fatalf("%d events after refusing one, want %d", m, n)
			}
		})
		t.Run("ARolledBackEventLeavesNoRow", func(t *testing.T) {
			tx := f.begin(t)
			row, err := f.bus.Emit(context.Background(), tx, f.event("key.revoked"))
			if err != nil {
				t.Fatal(err)
			}
			if err := tx.Rollback(); err != nil {
				t.Fatal(err)
			}
			if f.db.Client.Event.Query().Where(event.ID(row.ID)).ExistX(testkit.System()) {
				t.Fatal("a rolled-back event is in the outbox")
			}
		})
	})
}

func TestPublish(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		f := newFixture(t, url)
		t.Run("AMessageIsPublishedOnlyAfterCommit", func(t *testing.T) {
			msgs := f.subscribe(t, 16)
			tx := f.begin(t)
			row, err := f.bus.Emit(context.Background(), tx, f.event("verification.approved"))
			if err != nil {
				t.Fatal(err)
			}
			if f.db.Dialect == dialect.Postgres {
				// NOTIFY arrives asynchronously: prove the open
				// transaction's message has not come by committing a later
				// one and seeing it arrive alone.
				marker := f.emit(t, "webhook.test")
				if m := recv(t, msgs); m.ID != marker.ID {
					t.Fatalf("got %+v before the transaction committed, want the marker %s", m, marker.ID)
				}
			}
			// On SQLite the commit hook delivers synchronously, so an
			// empty channel now is proof.
			empty(t, msgs, "a message of an uncommitted transaction arrived")
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			m := recv(t, msgs)
			want := events.Message{Kind: events.KindEvent, ID: row.ID, TenantID: f.tenant.ID, Environment: environment.Test, Type: "verification.approved"}
			if withoutSeq(t, m) != want {
				t.Fatalf("message %+v, want %+v", m, want)
			}
		})
		t.Run("WhenAMessageArrivesItsRowCanBeLoaded", func(t *testing.T) {
			// Subscribers load the row a message announces, so it must be
			// committed by the time the message is handed out. The filter
			// runs as the bus delivers: it looks the row up from another
			// connection at that very moment.
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			visible := make(chan bool, 1)
			f.bus.Subscribe(ctx, 1, func(m events.Message) bool {
				if m.Kind == events.KindEvent && m.Type == "verification.declined" {
					visible <- f.db.Client.Event.Query().Where(event.ID(m.ID)).ExistX(testkit.System())
				}
				return false
			})
			f.emit(t, "verification.declined")
			if !recv(t, visible) {
				t.Fatal("the message was delivered before its row was committed")
			}
		})
		t.Run("NothingIsPublishedOnRollback", func(t *testing.T) {
			msgs := f.subscribe(t, 16)
			err := database.WithTx(context.Background(), f.db.Client, func(tx *ent.Tx) error {
				if _, err := f.bus.Emit(context.Background(), tx, f.event("report.revoked")); err != nil {
					return err
				}
				return context.Canceled // any error rolls back
			})
			if err != context.Canceled {
				t.Fatalf("WithTx = %v", err)
			}
			marker := f.emit(t, "webhook.test")
			if m := recv(t, msgs); m.ID != marker.ID {
				t.Fatalf("got %+v, want only the later marker %s", m, marker.ID)
			}
			empty(t, msgs, "a message after the marker")
		})
		t.Run("EveryFieldArrivesIntact", func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			msgs := f.bus.Subscribe(ctx, 4, func(m events.Message) bool { return m.Kind == events.KindDelivery })
			want := events.Message{Kind: events.KindDelivery, ID: "whd_01", TenantID: f.tenant.ID, Environment: environment.Live, Type: "report.published", EndpointID: "whe_01"}
			if err := database.WithTx(context.Background(), f.db.Client, func(tx *ent.Tx) error {
				return f.bus.Publish(context.Background(), tx, want)
			}); err != nil {
				t.Fatal(err)
			}
			if got := recv(t, msgs); withoutSeq(t, got) != want {
				t.Fatalf("message %+v, want %+v", got, want)
			}
		})
		t.Run("AFilterSeesEveryMessageAndPassesOnlyWhatItAccepts", func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			only := f.bus.Subscribe(ctx, 16, func(m events.Message) bool { return m.Type == "key.rotated" })
			all := f.bus.Subscribe(ctx, 16, nil)
			f.emit(t, "key.created")
			rotated := f.emit(t, "key.rotated")
			if m := recv(t, all); m.Type != "key.created" {
				t.Fatalf("an unfiltered subscriber got %+v first", m)
			}
			if m := recv(t, all); m.ID != rotated.ID {
				t.Fatalf("an unfiltered subscriber got %+v second", m)
			}
			if m := recv(t, only); m.ID != rotated.ID {
				t.Fatalf("the filtered subscriber got %+v", m)
			}
			empty(t, only, "the filter let another type through")
		})
	})
}

func TestSlowSubscriberNeverBlocksAPublisher(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		logs := &testkit.LogBuffer{}
		f := &fixture{url: url, db: db, bus: testkit.BusLogging(t, db, url, slog.New(slog.NewTextHandler(logs, nil))),
			tenant: testkit.MustTenant(t, db.Client, "acme")}
		slow := f.subscribe(t, 1) // never read
		fast := f.subscribe(t, 16)
		const n = 5
		done := make(chan []string)
		go func() {
			// On SQLite deliver runs inside Commit, so a blocking send would
			// hang the commit itself; on PostgreSQL it would stall the
			// listener and with it the fast subscriber.
			var ids []string
			for range n {
				var row *ent.Event
				err := database.WithTx(context.Background(), f.db.Client, func(tx *ent.Tx) (err error) {
					row, err = f.bus.Emit(context.Background(), tx, f.event("verification.in_review"))
					return err
				})
				if err != nil {
					t.Error(err)
					break
				}
				ids = append(ids, row.ID)
			}
			done <- ids
		}()
		var ids []string
		select {
		case ids = <-done:
		case <-time.After(wait):
			t.Fatalf("%d commits did not finish within %s: the publisher waited for a subscriber", n, wait)
		}
		for i := range n {
			if m := recv(t, fast); m.ID != ids[i] {
				t.Fatalf("fast subscriber's message %d is %s, want %s", i, m.ID, ids[i])
			}
		}
		// deliver holds the bus's lock while it visits every subscriber, and
		// Subscribe takes that lock: once it returns, the delivery of the last
		// message (to the slow subscriber too) is over.
		f.subscribe(t, 1)
		if len(slow) != 1 || (<-slow).ID != ids[0] {
			t.Fatalf("the slow subscriber holds %d messages, want only the first (its buffer)", len(slow))
		}
		if got := strings.Count(logs.String(), "bus subscriber is behind"); got != n-1 {
			t.Fatalf("%d drop warnings logged, want %d:\n%s", got, n-1, logs.String())
		}
	})
}

func TestSubscriptionsCloseWhenTheirContextEnds(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		f := newFixture(t, url)
		keep := f.subscribe(t, 64) // a subscription of another context lives on
		leaks := testkit.CountGoroutines()
		ctx, cancel := context.WithCancel(context.Background())
		var subs []<-chan *events.Message
		for range 20 {
			subs = append(subs, f.bus.Subscribe(ctx, 1, nil))
		}
		cancel()
		for _, s := range subs {
			closed(t, s)
		}
		leaks.Settle(t, 0)
		// Publishing after the close must neither panic on a closed channel
		// nor lose the message for the subscriber that remains.
		row := f.emit(t, "report.expired")
		if m := recv(t, keep); m.ID != row.ID {
			t.Fatalf("the remaining subscriber got %+v", m)
		}
	})
}

func TestCancellingWhilePublishingIsSafe(t *testing.T) {
	// Run with -race: subscriptions end while commits deliver to them.
	testdb.Each(t, func(t *testing.T, url string) {
		f := newFixture(t, url)
		stop := make(chan struct{})
		published := make(chan struct{})
		go func() {
			defer close(published)
			for {
				select {
				case <-stop:
					return
				default:
					if err := database.WithTx(context.Background(), f.db.Client, func(tx *ent.Tx) error {
						_, err := f.bus.Emit(context.Background(), tx, f.event("key.created"))
						return err
					}); err != nil {
						t.Error(err)
						return
					}
				}
			}
		}()
		for range 50 {
			ctx, cancel := context.WithCancel(context.Background())
			ch := f.bus.Subscribe(ctx, 1, nil)
			cancel()
			closed(t, ch)
		}
		close(stop)
		<-published
	})
}

func TestListen(t *testing.T) {
	url, ok := testdb.PostgresURL(t)
	if !ok {
		t.Skip("TEST_DATABASE_URL is not set; PostgreSQL tests skipped (CI sets it)")
	}
	f := newFixture(t, url)
	t.Run("AnotherReplicaHearsACommittedEvent", func(t *testing.T) {
		replica := testkit.Bus(t, testkit.Open(t, url), url)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		msgs := replica.Subscribe(ctx, 4, nil)
		row := f.emit(t, "report.published")
		if m := recv(t, msgs); m.ID != row.ID || m.TenantID != f.tenant.ID || m.Type != "report.published" {
			t.Fatalf("the replica got %+v", m)
		}
	})
	t.Run("AfterAReconnectSubscribersAreToldToResync", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		// Only resyncs and the event sent after the cut: a notification of
		// an earlier subtest may still be on its way.
		msgs := f.bus.Subscribe(ctx, 16, func(m events.Message) bool {
			return m.Kind == events.KindResync || m.Type == "report.signed"
		})
		admin, err := sql.Open("postgres", url)
		if err != nil {
			t.Fatal(err)
		}
		defer admin.Close()
		// Cut the listener's connection, as a network failure or a server
		// restart would; pq reconnects on its own.
		var cut int
		if err := admin.QueryRow(`SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
			WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'`).Scan(&cut); err != nil {
			t.Fatal(err)
		}
		if cut == 0 {
			t.Fatal("found no listening connection to cut")
		}
		if m := recv(t, msgs); m.Kind != events.KindResync {
			t.Fatalf("first message after the cut is %+v, want a resync", m)
		}
		row := f.emit(t, "report.signed")
		for {
			if m := recv(t, msgs); m.ID == row.ID {
				break
			}
		}
	})
	t.Run("ListeningStopsWhenTheContextEnds", func(t *testing.T) {
		leaks := testkit.CountGoroutines()
		bus := events.NewBus(dialect.Postgres, testkit.DiscardLog())
		ctx, cancel := context.WithCancel(context.Background())
		if err := bus.Listen(ctx, url); err != nil {
			cancel()
			t.Fatal(err)
		}
		cancel()
		leaks.Settle(t, 0)
	})
}

func TestFollow(t *testing.T) {
	type row struct{ id string }
	loadAll := func(_ context.Context, m events.Message) (row, bool) { return row{m.ID}, true }
	// A bus of one replica delivers PublishNow's message at once, in the
	// publisher's goroutine: what these tests publish has reached every
	// follower by the time PublishNow returns.
	newBus := func() *events.Bus { return events.NewBus(dialect.SQLite, testkit.DiscardLog()) }
	publish := func(t *testing.T, b *events.Bus, ids ...string) {
		t.Helper()
		for _, id := range ids {
			if err := b.PublishNow(context.Background(), nil, events.Message{Kind: events.KindEvent, ID: id}); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Run("EachMessageBecomesItsRowInOrder", func(t *testing.T) {
		b := newBus()
		ctx, cancel := context.WithCancel(context.Background())
		out := events.Follow(ctx, b, 64, nil, loadAll)
		publish(t, b, "a", "b", "c")
		for _, want := range []string{"a", "b", "c"} {
			if got := recv(t, out); got.id != want {
				t.Fatalf("got %q, want %q", got.id, want)
			}
		}
		cancel()
		closed(t, out)
	})
	t.Run("OnlyWhatTheFilterAcceptsIsLoaded", func(t *testing.T) {
		b := newBus()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var loaded []string
		out := events.Follow(ctx, b, 64, func(m events.Message) bool { return m.ID != "theirs" }, func(_ context.Context, m events.Message) (row, bool) {
			loaded = append(loaded, m.ID) // one drain at a time: no lock needed
			return row{m.ID}, true
		})
		publish(t, b, "theirs", "mine")
		if got := recv(t, out); got.id != "mine" {
			t.Fatalf("got %q, want mine", got.id)
		}
		if len(loaded) != 1 {
			t.Fatalf("loaded %q, want only mine", loaded)
		}
	})
	t.Run("ARowThatCannotBeLoadedIsSkipped", func(t *testing.T) {
		b := newBus()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		out := events.Follow(ctx, b, 64, nil, func(_ context.Context, m events.Message) (row, bool) {
			return row{m.ID}, m.ID != "gone"
		})
		publish(t, b, "mine", "gone", "mine-too")
		if a, b := recv(t, out), recv(t, out); a.id != "mine" || b.id != "mine-too" {
			t.Fatalf("got %q, %q", a.id, b.id)
		}
	})
	t.Run("TheLoaderGetsTheFollowersContext", func(t *testing.T) {
		type key struct{}
		b := newBus()
		ctx, cancel := context.WithCancel(context.WithValue(context.Background(), key{}, "viewer"))
		defer cancel()
		out := events.Follow(ctx, b, 64, nil, func(ctx context.Context, m events.Message) (row, bool) {
			v, _ := ctx.Value(key{}).(string)
			return row{v}, true
		})
		publish(t, b, "x")
		if got := recv(t, out); got.id != "viewer" {
			t.Fatalf("the loader saw context value %q", got.id)
		}
	})
	t.Run("AnIdleFollowerHoldsNoGoroutine", func(t *testing.T) {
		// What an open subscription costs while nothing happens: the
		// goroutine that loaded a message ends once nothing waits.
		b := newBus()
		leaks := testkit.CountGoroutines()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		out := events.Follow(ctx, b, 64, nil, loadAll)
		publish(t, b, "a")
		recv(t, out)
		leaks.Settle(t, 0)
		publish(t, b, "b")
		if got := recv(t, out); got.id != "b" {
			t.Fatalf("after idling the follower got %q, want b", got.id)
		}
	})
	t.Run("MessagesArrivingWhileOneLoadsKeepTheirOrder", func(t *testing.T) {
		b := newBus()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		release := make(chan struct{})
		out := events.Follow(ctx, b, 64, nil, func(_ context.Context, m events.Message) (row, bool) {
			if m.ID == "0" {
				<-release // the others arrive while the first is being loaded
			}
			return row{m.ID}, true
		})
		var ids []string
		for i := range 40 {
			ids = append(ids, strconv.Itoa(i))
		}
		publish(t, b, ids...)
		close(release)
		for _, want := range ids {
			if got := recv(t, out); got.id != want {
				t.Fatalf("got %q, want %q", got.id, want)
			}
		}
	})
	t.Run("AFollowerThatFallsBehindLosesMessagesNotThePublishersTime", func(t *testing.T) {
		b := newBus()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		loading, release := make(chan struct{}), make(chan struct{})
		out := events.Follow(ctx, b, 2, nil, func(_ context.Context, m events.Message) (row, bool) {
			if m.ID == "1" {
				close(loading)
				<-release
			}
			return row{m.ID}, true
		})
		// While 1 is being loaded, 2 and 3 fill the buffer of two and 4 is
		// dropped; PublishNow returns for each without waiting for the
		// loader.
		publish(t, b, "1")
		<-loading
		publish(t, b, "2", "3", "4")
		close(release)
		for _, want := range []string{"1", "2", "3"} {
			if got := recv(t, out); got.id != want {
				t.Fatalf("got %q, want %q", got.id, want)
			}
		}
		publish(t, b, "5")
		if got := recv(t, out); got.id != "5" {
			t.Fatalf("got %q after the buffer emptied, want 5 (4 was dropped)", got.id)
		}
	})
	t.Run("ItStopsWhenTheContextEndsWhileNobodyReads", func(t *testing.T) {
		b := newBus()
		leaks := testkit.CountGoroutines()
		ctx, cancel := context.WithCancel(context.Background())
		out := events.Follow(ctx, b, 64, nil, loadAll) // out holds 16 and is read once
		for i := range 64 {
			publish(t, b, strconv.Itoa(i))
		}
		recv(t, out)
		cancel()
		leaks.Settle(t, 0)
		closed(t, out)
		if n := b.Subscribers(); n != 0 {
			t.Fatalf("%d subscribers left on the bus", n)
		}
	})
	testdb.Each(t, func(t *testing.T, url string) {
		t.Run("RowsAreLoadedUnderTheFollowersViewer", func(t *testing.T) {
			f := newFixture(t, url)
			other := testkit.MustTenant(t, f.db.Client, "globex")
			viewerCtx, cancel := context.WithCancel(f.tenant.As(membership.RoleOWNER))
			defer cancel()
			// Subscribe without a tenant filter: the privacy rules applied by
			// the loader must hide the other tenant's event.
			out := events.Follow(viewerCtx, f.bus, 16, func(m events.Message) bool { return m.Kind == events.KindEvent }, func(ctx context.Context, m events.Message) (*ent.Event, bool) {
				e, err := f.db.Client.Event.Get(ctx, m.ID)
				return e, err == nil
			})
			var theirs *ent.Event
			if err := database.WithTx(context.Background(), f.db.Client, func(tx *ent.Tx) (err error) {
				theirs, err = f.bus.Emit(context.Background(), tx, events.Event{TenantID: other.ID, Environment: environment.Test, Type: "key.created"})
				return err
			}); err != nil {
				t.Fatal(err)
			}
			mine := f.emit(t, "key.created")
			if got := recv(t, out); got.ID != mine.ID {
				t.Fatalf("the follower got %s (the other tenant's is %s), want its own %s", got.ID, theirs.ID, mine.ID)
			}
			cancel()
			closed(t, out)
		})
	})
}

// withoutSeq returns m without the delivery number the bus stamps on it,
// failing when the bus stamped none.
func withoutSeq(t *testing.T, shared *events.Message) events.Message {
	t.Helper()
	m := *shared
	if m.Seq == 0 {
		t.Fatalf("message %+v has no delivery number", m)
	}
	m.Seq = 0
	return m
}
