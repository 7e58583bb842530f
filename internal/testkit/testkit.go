// Package testkit holds the fixtures that tests of several packages share: a
// settable clock, the viewer contexts a test acts in (the system, a tenant's
// members, staff, an API key), a migrated database per test, a bus that hears
// its own PostgreSQL notifications, log sinks, a mailbox, tenants with members
// and a goroutine-leak check. Only _test.go files import it.
//
// It is a package of its own rather than part of testdb because it depends on
// the platform (ent, viewer, events, database), while testdb depends on
// nothing of ours: any package's in-package tests can use testdb, but a
// package that testkit imports (viewer, events, database, ent) must test
// itself from an external _test package to use testkit.
package testkit

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/application"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/signing"
	"github.com/keybs/platform/internal/viewer"
)

// Epoch is a default "now" for tests: mid-month, so a month of history fits
// before it and the month does not roll over after it.
var Epoch = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

// Clock is a settable time source, safe for concurrent use. Pass its Now
// method where code takes a func() time.Time.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a clock stopped at t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now returns the clock's time.
func (c *Clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

// Set moves the clock to t.
func (c *Clock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

// System returns a context in which the privacy rules allow everything, for
// setup and inspection that play the part of the platform itself.
func System() context.Context { return privacy.DecisionContext(context.Background(), privacy.Allow) }

// As returns a context whose viewer is p.
func As(p *viewer.Principal) context.Context { return viewer.NewContext(context.Background(), p) }

// Owner returns a context whose viewer is an owner of tenantID (a user that
// need not exist, for code that only reads the principal).
func Owner(tenantID string) context.Context {
	return As(&viewer.Principal{UserID: "usr_owner", TenantID: tenantID, Role: viewer.RoleOwner})
}

// Staff returns a context whose viewer is platform staff of role, outside any
// tenant.
func Staff(role viewer.StaffRole) context.Context {
	return As(&viewer.Principal{UserID: "usr_staff_" + strings.ToLower(string(role)), StaffRole: role})
}

// APIKey returns a context whose viewer is a secret API key of tenantID in env
// with scopes.
func APIKey(tenantID string, env environment.Environment, scopes ...string) context.Context {
	return As(&viewer.Principal{TenantID: tenantID, KeyID: "key_" + strings.ToLower(env.Lower()), KeyKind: "SECRET",
		Environment: env, Scopes: scopes, RateLimitPerMinute: 120})
}

// Open opens and migrates the database at url, closing it when the test ends.
func Open(t testing.TB, url string) *database.DB {
	t.Helper()
	db, err := database.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// Bus returns a bus for db. On PostgreSQL it listens at url until the test
// ends, so this process's subscribers hear what it publishes, as a replica's
// do.
func Bus(t testing.TB, db *database.DB, url string) *events.Bus {
	t.Helper()
	return BusLogging(t, db, url, DiscardLog())
}

// BusLogging is Bus with a logger of the test's choosing.
func BusLogging(t testing.TB, db *database.DB, url string, log *slog.Logger) *events.Bus {
	t.Helper()
	bus := events.NewBus(db.Dialect, log)
	if db.Dialect == dialect.Postgres {
		ctx, cancel := context.WithCancel(context.Background())
		t.Cleanup(cancel)
		if err := bus.Listen(ctx, url); err != nil {
			t.Fatal(err)
		}
	}
	return bus
}

// DiscardLog returns a logger that writes nowhere.
func DiscardLog() *slog.Logger { return slog.New(slog.DiscardHandler) }

// LogBuffer is a goroutine-safe sink for a slog handler, for tests that read
// what was logged.
type LogBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

// Write appends p.
func (l *LogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// String returns everything written so far.
func (l *LogBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

// Mail is one email a Mailbox received.
type Mail struct {
	To      []string
	Subject string
	Body    string
}

// Mailbox is a mailer (notify.Mailer) that keeps what it is asked to send.
type Mailbox struct {
	mu   sync.Mutex
	sent []Mail
}

// Send keeps the email.
func (m *Mailbox) Send(_ context.Context, to []string, subject, body string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sent = append(m.sent, Mail{To: slices.Clone(to), Subject: subject, Body: body})
	return nil
}

// Sent returns the emails received so far, oldest first.
func (m *Mailbox) Sent() []Mail { m.mu.Lock(); defer m.mu.Unlock(); return slices.Clone(m.sent) }

// Count returns how many emails were received.
func (m *Mailbox) Count() int { m.mu.Lock(); defer m.mu.Unlock(); return len(m.sent) }

// Tenant is a tenant made by MustTenant.
type Tenant struct {
	ID string
	// AppID is the tenant's one application, "App".
	AppID string
	// Users are its members, one per role asked for.
	Users map[membership.Role]*ent.User
}

// Email returns the address of the member with role: role@slug.test.
func (tn Tenant) Email(role membership.Role) string { return tn.Users[role].Email }

// As returns a context whose viewer is the tenant's member with role, as a
// portal session would make it.
func (tn Tenant) As(role membership.Role) context.Context {
	u := tn.Users[role]
	if u == nil {
		panic("testkit: the tenant has no member with role " + string(role))
	}
	return As(&viewer.Principal{UserID: u.ID, TenantID: tn.ID, Role: viewer.Role(role)})
}

// MustTenant creates a FINTECH tenant named and slugged slug with one
// application (with the fintech preset's modules, as a new one gets) and a
// member of each role, named role@slug.test (owner@acme.test).
func MustTenant(t testing.TB, client *ent.Client, slug string, roles ...membership.Role) Tenant {
	t.Helper()
	sys := System()
	tn, err := client.Tenant.Create().SetName(slug).SetSlug(slug).SetIndustry("FINTECH").Save(sys)
	if err != nil {
		t.Fatalf("create tenant %s: %v", slug, err)
	}
	app, err := client.Application.Create().SetTenantID(tn.ID).SetName("App").SetIndustry("FINTECH").
		SetRequiredModules(application.DefaultModules("FINTECH")).Save(sys)
	if err != nil {
		t.Fatalf("create application of %s: %v", slug, err)
	}
	out := Tenant{ID: tn.ID, AppID: app.ID, Users: map[membership.Role]*ent.User{}}
	for _, r := range roles {
		u, err := client.User.Create().SetEmail(strings.ToLower(string(r)) + "@" + slug + ".test").
			SetName(string(r)).SetPasswordHash("x").Save(sys)
		if err != nil {
			t.Fatalf("create %s of %s: %v", r, slug, err)
		}
		if err := client.Membership.Create().SetUserID(u.ID).SetTenantID(tn.ID).SetRole(r).Exec(sys); err != nil {
			t.Fatalf("make %s a member of %s: %v", u.Email, slug, err)
		}
		out.Users[r] = u
	}
	return out
}

// Goroutines is a count of running goroutines to compare with later.
type Goroutines struct{ before int }

// CountGoroutines records how many goroutines run now.
func CountGoroutines() Goroutines { return Goroutines{before: runtime.NumGoroutine()} }

// Settle fails the test unless, within five seconds, at most slack more
// goroutines run than were counted. It waits for goroutines to finish, not
// for time to pass: it returns as soon as they have.
func (g Goroutines) Settle(t testing.TB, slack int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > g.before+slack && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > g.before+slack {
		buf := make([]byte, 1<<16)
		t.Fatalf("%d goroutines, %d before:\n%s", n, g.before, buf[:runtime.Stack(buf, true)])
	}
}

// WantFault fails the test unless err is a fault of kind and, when field is
// not empty, names field as the input at fault.
func WantFault(t testing.TB, err error, kind fault.Kind, field string) {
	t.Helper()
	var fe *fault.Error
	if !errors.As(err, &fe) {
		t.Fatalf("error %v, want a %s fault", err, kind)
	}
	if fe.Kind != kind || (field != "" && fe.Field != field) {
		t.Fatalf("error %v (field %q), want %s on field %q", err, fe.Field, kind, field)
	}
}

// Concurrently runs fn(0) … fn(n-1) in goroutines released together, and
// returns their errors by index once all have returned.
func Concurrently(n int, fn func(i int) error) []error {
	errs := make([]error, n)
	var start, done sync.WaitGroup
	start.Add(1)
	for i := range n {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait()
			errs[i] = fn(i)
		}()
	}
	start.Done()
	done.Wait()
	return errs
}

// WantOneWinner fails the test unless exactly one of errs is nil and every
// other is a fault of loser: of competing transitions, exactly one wins.
func WantOneWinner(t testing.TB, errs []error, loser fault.Kind) {
	t.Helper()
	wins := 0
	for _, err := range errs {
		switch {
		case err == nil:
			wins++
		case !fault.Is(err, loser):
			t.Fatalf("a losing call failed with %v, want %s", err, loser)
		}
	}
	if wins != 1 {
		t.Fatalf("%d of %d competing calls won: %v", wins, len(errs), errs)
	}
}

// Keyring opens a report-signing keyring on db with a fixed test seed.
func Keyring(t testing.TB, db *database.DB) *signing.Keyring {
	t.Helper()
	k, err := signing.Open(context.Background(), db.Client, bytes.Repeat([]byte{0x5e}, signing.SeedSize), time.Now)
	if err != nil {
		t.Fatalf("signing keyring: %v", err)
	}
	return k
}
