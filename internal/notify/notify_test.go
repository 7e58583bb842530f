package notify_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/notification"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
)

var sys = testkit.System()

// mustTenant creates a tenant with members of the given roles, named
// role@slug.test.
func mustTenant(t *testing.T, db *database.DB, slug string, roles ...membership.Role) string {
	t.Helper()
	return testkit.MustTenant(t, db.Client, slug, roles...).ID
}

func newNotifier(db *database.DB, m notify.Mailer, log *slog.Logger) *notify.Notifier {
	if log == nil {
		log = testkit.DiscardLog()
	}
	return notify.New(db.Client, events.NewBus(db.Dialect, testkit.DiscardLog()), m, log)
}

func notice(tenant, dedupe string) notify.Notice {
	return notify.Notice{TenantID: tenant, Kind: "key.rotation_due", Title: "Rotate API key \"ci\"", Body: "It is old.", TargetID: "key_1", DedupeKey: dedupe}
}

func TestRaise(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("ADedupeKeyRaisesOnce", func(t *testing.T) {
			db := testkit.Open(t, fresh(t))
			tn := mustTenant(t, db, "acme", membership.RoleOWNER)
			mb := &testkit.Mailbox{}
			n := newNotifier(db, mb, nil)
			nt := notice(tn, "rotation:key_1")
			nt.Event = &events.Event{TenantID: tn, Environment: environment.Live, Type: "key.expiring", Payload: map[string]any{"k": "v"}}
			for i, want := range []bool{true, false, false} {
				created, err := n.Raise(context.Background(), nt)
				if err != nil || created != want {
					t.Fatalf("raise %d: %v, %v; want %v", i, created, err, want)
				}
			}
			if c := db.Client.Notification.Query().CountX(sys); c != 1 {
				t.Fatalf("%d notifications, want 1", c)
			}
			if c := db.Client.Event.Query().Where(event.Type("key.expiring")).CountX(sys); c != 1 {
				t.Fatalf("%d events, want 1: the event goes out only with a new alert", c)
			}
			if len(mb.Sent()) != 1 {
				t.Fatalf("%d emails, want 1", len(mb.Sent()))
			}
		})
		t.Run("ConcurrentRaisesWithOneDedupeKeyInsertOneRow", func(t *testing.T) {
			url := fresh(t)
			db := testkit.Open(t, url)
			tn := mustTenant(t, db, "acme", membership.RoleOWNER)
			mb := &testkit.Mailbox{}
			const replicas = 5
			notifiers := make([]*notify.Notifier, replicas)
			for i := range notifiers { // each with its own connection pool, as replicas are
				notifiers[i] = newNotifier(testkit.Open(t, url), mb, nil)
			}
			nt := notice(tn, "quota:"+tn+":2026-11:80")
			nt.Event = &events.Event{TenantID: tn, Environment: environment.Live, Type: "usage.quota_warning", Payload: map[string]any{}}
			type result struct {
				created bool
				err     error
			}
			results := make(chan result, replicas)
			start := make(chan struct{})
			var wg sync.WaitGroup
			for _, n := range notifiers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					created, err := n.Raise(context.Background(), nt)
					results <- result{created, err}
				}()
			}
			close(start)
			wg.Wait()
			close(results)
			newCount := 0
			for r := range results {
				if r.err != nil {
					t.Fatalf("a concurrent raise failed: %v", r.err)
				}
				if r.created {
					newCount++
				}
			}
			if newCount != 1 {
				t.Fatalf("%d raises reported a new notification, want exactly 1", newCount)
			}
			if c := db.Client.Notification.Query().CountX(sys); c != 1 {
				t.Fatalf("%d notifications, want 1", c)
			}
			if c := db.Client.Event.Query().CountX(sys); c != 1 {
				t.Fatalf("%d events, want 1", c)
			}
			if len(mb.Sent()) != 1 {
				t.Fatalf("%d emails, want 1", len(mb.Sent()))
			}
		})
		t.Run("WithoutADedupeKeyEveryRaiseIsNew", func(t *testing.T) {
			db := testkit.Open(t, fresh(t))
			tn := mustTenant(t, db, "acme", membership.RoleOWNER)
			n := newNotifier(db, &testkit.Mailbox{}, nil)
			for i := range 3 {
				if created, err := n.Raise(context.Background(), notice(tn, "")); err != nil || !created {
					t.Fatalf("raise %d: %v, %v", i, created, err)
				}
			}
			if c := db.Client.Notification.Query().Where(notification.TenantID(tn)).CountX(sys); c != 3 {
				t.Fatalf("%d notifications, want 3", c)
			}
		})
		t.Run("OwnersAndAdminsAreEmailedNotOtherRolesOrTenants", func(t *testing.T) {
			db := testkit.Open(t, fresh(t))
			tn := mustTenant(t, db, "acme", membership.RoleOWNER, membership.RoleADMIN, membership.RoleDEVELOPER, membership.RoleVIEWER)
			mustTenant(t, db, "globex", membership.RoleOWNER)
			mb := &testkit.Mailbox{}
			if _, err := newNotifier(db, mb, nil).Raise(context.Background(), notice(tn, "")); err != nil {
				t.Fatal(err)
			}
			got := mb.Sent()
			if len(got) != 1 {
				t.Fatalf("%d emails, want 1", len(got))
			}
			to := slices.Sorted(slices.Values(got[0].To))
			if !slices.Equal(to, []string{"admin@acme.test", "owner@acme.test"}) {
				t.Fatalf("emailed %v, want the owner and admin of acme only", to)
			}
			if got[0].Subject != "[KeyBS] Rotate API key \"ci\"" || got[0].Body != "It is old." {
				t.Fatalf("subject %q body %q", got[0].Subject, got[0].Body)
			}
		})
		t.Run("AFailingMailerStillRaisesAndLogsAWarning", func(t *testing.T) {
			db := testkit.Open(t, fresh(t))
			tn := mustTenant(t, db, "acme", membership.RoleOWNER)
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			addr := ln.Addr().String()
			_ = ln.Close() // nothing listens there now
			m, err := notify.NewMailer("smtp://"+addr+"?from=alerts@keybs.test", testkit.DiscardLog())
			if err != nil {
				t.Fatal(err)
			}
			logs := &testkit.LogBuffer{}
			created, err := newNotifier(db, m, slog.New(slog.NewTextHandler(logs, nil))).Raise(context.Background(), notice(tn, "k"))
			if err != nil || !created {
				t.Fatalf("raise with the mail server down: %v, %v; want true, nil", created, err)
			}
			if !strings.Contains(logs.String(), "could not email") {
				t.Fatalf("log %q does not say the email failed", logs.String())
			}
		})
		t.Run("AnUnknownEventTypeRaisesNothing", func(t *testing.T) {
			db := testkit.Open(t, fresh(t))
			tn := mustTenant(t, db, "acme", membership.RoleOWNER)
			mb := &testkit.Mailbox{}
			nt := notice(tn, "k")
			nt.Event = &events.Event{TenantID: tn, Environment: environment.Live, Type: "no.such_type"}
			if created, err := newNotifier(db, mb, nil).Raise(context.Background(), nt); err == nil || created {
				t.Fatalf("raise with a bad event: %v, %v; want an error", created, err)
			}
			if c := db.Client.Notification.Query().CountX(sys); c != 0 || len(mb.Sent()) != 0 {
				t.Fatalf("%d notifications and %d emails after a failed raise, want none: the event and the notification commit together", c, len(mb.Sent()))
			}
		})
		t.Run("TheBusAnnouncesANewNotification", func(t *testing.T) {
			url := fresh(t)
			db := testkit.Open(t, url)
			tn := mustTenant(t, db, "acme", membership.RoleOWNER)
			bus := events.NewBus(db.Dialect, testkit.DiscardLog())
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if db.Dialect == "postgres" {
				if err := bus.Listen(ctx, url); err != nil {
					t.Fatal(err)
				}
			}
			msgs := bus.Subscribe(ctx, 4, func(m events.Message) bool { return m.Kind == events.KindNotification })
			n := notify.New(db.Client, bus, &testkit.Mailbox{}, testkit.DiscardLog())
			if _, err := n.Raise(context.Background(), notice(tn, "k")); err != nil {
				t.Fatal(err)
			}
			id := db.Client.Notification.Query().OnlyIDX(sys)
			select {
			case m := <-msgs:
				if m.ID != id || m.TenantID != tn || m.Type != "key.rotation_due" {
					t.Fatalf("message %+v, want notification %s of %s", m, id, tn)
				}
			case <-waitCtx(t).Done():
				t.Fatal("no bus message within 10s")
			}
		})
	})
}

func TestReadState(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		setup := func(t *testing.T) (*database.DB, *notify.Notifier, string, string, *ent.Notification) {
			t.Helper()
			db := testkit.Open(t, fresh(t))
			a, b := mustTenant(t, db, "acme"), mustTenant(t, db, "globex")
			n := newNotifier(db, &testkit.Mailbox{}, nil)
			for _, nt := range []notify.Notice{notice(a, "a1"), notice(a, "a2"), notice(b, "b1")} {
				if _, err := n.Raise(context.Background(), nt); err != nil {
					t.Fatal(err)
				}
			}
			first := db.Client.Notification.Query().Where(notification.DedupeKey("a1")).OnlyX(sys)
			return db, n, a, b, first
		}
		unread := func(t *testing.T, n *notify.Notifier, tenant string, want int) {
			t.Helper()
			if c, err := n.Unread(testkit.Owner(tenant)); err != nil || c != want {
				t.Fatalf("unread for %s: %d, %v; want %d", tenant, c, err, want)
			}
		}
		t.Run("MarkReadMarksTheViewersNotification", func(t *testing.T) {
			_, n, a, b, first := setup(t)
			unread(t, n, a, 2)
			got, err := n.MarkRead(testkit.Owner(a), first.ID)
			if err != nil || got.ReadAt == nil {
				t.Fatalf("mark read: %+v, %v", got, err)
			}
			unread(t, n, a, 1)
			unread(t, n, b, 1)
			if _, err := n.MarkRead(testkit.Owner(a), first.ID); err != nil {
				t.Fatalf("marking a read notification read again: %v", err)
			}
		})
		t.Run("AnotherTenantCannotMarkItRead", func(t *testing.T) {
			db, n, a, b, first := setup(t)
			_, err := n.MarkRead(testkit.Owner(b), first.ID)
			if !fault.Is(err, fault.NotFound) {
				t.Fatalf("tenant B marking A's notification: %v, want not_found", err)
			}
			if db.Client.Notification.GetX(sys, first.ID).ReadAt != nil {
				t.Fatal("tenant B marked tenant A's notification read")
			}
			unread(t, n, a, 2)
		})
		t.Run("MarkAllReadTouchesOnlyTheViewersTenant", func(t *testing.T) {
			_, n, a, b, _ := setup(t)
			c, err := n.MarkAllRead(testkit.Owner(b))
			if err != nil || c != 1 {
				t.Fatalf("mark all read for B: %d, %v; want 1", c, err)
			}
			unread(t, n, b, 0)
			unread(t, n, a, 2)
			if c, err := n.MarkAllRead(testkit.Owner(a)); err != nil || c != 2 {
				t.Fatalf("mark all read for A: %d, %v; want 2", c, err)
			}
			unread(t, n, a, 0)
			if c, err := n.MarkAllRead(testkit.Owner(a)); err != nil || c != 0 {
				t.Fatalf("mark all read again: %d, %v; want 0", c, err)
			}
		})
		t.Run("AnonymousIsUnauthorized", func(t *testing.T) {
			_, n, _, _, first := setup(t)
			anon := context.Background()
			if _, err := n.MarkRead(anon, first.ID); !fault.Is(err, fault.Unauthorized) {
				t.Fatalf("mark read: %v", err)
			}
			if _, err := n.MarkAllRead(anon); !fault.Is(err, fault.Unauthorized) {
				t.Fatalf("mark all read: %v", err)
			}
			if _, err := n.Unread(anon); !fault.Is(err, fault.Unauthorized) {
				t.Fatalf("unread: %v", err)
			}
		})
	})
}

func TestNewMailer(t *testing.T) {
	for _, c := range []struct {
		name, url string
	}{
		{"HTTPSchemeIsRejected", "http://x"},
		{"NoHostIsRejected", "smtp:///?from=alerts@keybs.test"},
		{"ABadFromIsRejected", "smtp://127.0.0.1:2525?from=not%20an%20address"},
		{"UnparsableIsRejected", "smtp://[::1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if m, err := notify.NewMailer(c.url, testkit.DiscardLog()); err == nil {
				t.Fatalf("NewMailer(%q) = %T, nil; want an error", c.url, m)
			}
		})
	}
	for _, c := range []struct {
		name, url string
	}{
		{"HostAndFromAreAccepted", "smtp://127.0.0.1:2525?from=alerts@keybs.test"},
		{"ANamedFromIsAccepted", "smtp://mail.example.com:587?from=KeyBS%20%3Calerts@keybs.test%3E"},
		{"CredentialsAreAccepted", "smtp://user:pass@mail.example.com:587"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := notify.NewMailer(c.url, testkit.DiscardLog()); err != nil {
				t.Fatalf("NewMailer(%q): %v", c.url, err)
			}
		})
	}
	t.Run("WithoutAURLMailIsWrittenToTheLog", func(t *testing.T) {
		logs := &testkit.LogBuffer{}
		m, err := notify.NewMailer("", slog.New(slog.NewJSONHandler(logs, nil)))
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Send(context.Background(), []string{"owner@acme.test", "admin@acme.test"}, "[KeyBS] Quota at 80%", "You used 8000 calls."); err != nil {
			t.Fatal(err)
		}
		s := logs.String()
		for _, want := range []string{`"to":"owner@acme.test, admin@acme.test"`, `"subject":"[KeyBS] Quota at 80%"`, `"body":"You used 8000 calls."`} {
			if !strings.Contains(s, want) {
				t.Fatalf("log %s lacks %s", s, want)
			}
		}
	})
	t.Run("TheSMTPMailerReportsAnUnreachableServer", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		_ = ln.Close()
		m, err := notify.NewMailer(fmt.Sprintf("smtp://%s?from=alerts@keybs.test", addr), testkit.DiscardLog())
		if err != nil {
			t.Fatal(err)
		}
		var opErr *net.OpError
		if err := m.Send(context.Background(), []string{"a@b.test"}, "s", "b"); err == nil || !errors.As(err, &opErr) {
			t.Fatalf("send to a closed port: %v, want a network error", err)
		}
	})
}

// waitCtx ends 10 seconds from now or with the test.
func waitCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10e9)
	t.Cleanup(cancel)
	return ctx
}

func TestDirMailer(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mail")
	m, err := notify.NewDirMailer(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Send(context.Background(), []string{"ann@example.com"}, "Réinitialiser", "link: https://x/reset?token=abc"); err != nil {
		t.Fatal(err)
	}
	files, err := os.ReadDir(dir)
	if err != nil || len(files) != 1 || !strings.HasSuffix(files[0].Name(), "-ann@example.com.eml") {
		t.Fatalf("files %v, %v; want one message named for its recipient", files, err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, files[0].Name()))
	if !strings.Contains(string(b), "To: ann@example.com") || !strings.Contains(string(b), "token=abc") {
		t.Fatalf("message %q", b)
	}
}
