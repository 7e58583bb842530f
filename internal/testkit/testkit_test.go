package testkit_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
)

// recorder is a testing.TB whose Fatal ends only the goroutine it runs in,
// so a test can check that a helper fails.
type recorder struct {
	testing.TB
	mu     sync.Mutex
	failed string
}

func (r *recorder) Helper() {}

func (r *recorder) Fatalf(format string, args ...any) {
	r.mu.Lock()
	r.failed = fmt.Sprintf(format, args...)
	r.mu.Unlock()
	runtime.Goexit()
}

func (r *recorder) Fatal(args ...any) { r.Fatalf("%s", fmt.Sprint(args...)) }

// failure runs fn with a recorder and returns what it failed with ("" if it
// did not fail).
func failure(t *testing.T, fn func(tb testing.TB)) string {
	t.Helper()
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(r)
	}()
	<-done
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.failed
}

func TestClock(t *testing.T) {
	t0 := testkit.Epoch
	c := testkit.NewClock(t0)
	if !c.Now().Equal(t0) {
		t.Fatalf("a new clock reads %v", c.Now())
	}
	c.Advance(90 * time.Second)
	if want := t0.Add(90 * time.Second); !c.Now().Equal(want) {
		t.Fatalf("after Advance: %v, want %v", c.Now(), want)
	}
	c.Set(t0.Add(-time.Hour))
	if want := t0.Add(-time.Hour); !c.Now().Equal(want) {
		t.Fatalf("after Set: %v, want %v", c.Now(), want)
	}
	t.Run("ConcurrentUseIsSafe", func(t *testing.T) {
		c := testkit.NewClock(t0)
		var wg sync.WaitGroup
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 100 {
					c.Advance(time.Second)
					_ = c.Now()
				}
			}()
		}
		wg.Wait()
		if want := t0.Add(800 * time.Second); !c.Now().Equal(want) {
			t.Fatalf("after 800 concurrent advances: %v, want %v", c.Now(), want)
		}
	})
}

func TestContexts(t *testing.T) {
	for _, c := range []struct {
		name string
		ctx  context.Context
		want viewer.Principal
	}{
		{"OwnerIsAnOwnerOfTheTenant", testkit.Owner("tnt_1"), viewer.Principal{UserID: "usr_owner", TenantID: "tnt_1", Role: viewer.RoleOwner}},
		{"StaffHaveNoTenant", testkit.Staff(viewer.StaffSeniorAnalyst), viewer.Principal{UserID: "usr_staff_senior_analyst", StaffRole: viewer.StaffSeniorAnalyst}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := viewer.FromContext(c.ctx)
			if p == nil || p.UserID != c.want.UserID || p.TenantID != c.want.TenantID || p.Role != c.want.Role || p.StaffRole != c.want.StaffRole {
				t.Fatalf("principal %+v, want %+v", p, c.want)
			}
		})
	}
	t.Run("AnAPIKeyActsInItsEnvironmentWithItsScopes", func(t *testing.T) {
		p := viewer.FromContext(testkit.APIKey("tnt_1", environment.Live, "report:read"))
		if !p.IsAPIKey() || p.TenantID != "tnt_1" || p.Environment != environment.Live || !slices.Equal(p.Scopes, []string{"report:read"}) || p.UserID != "" {
			t.Fatalf("principal %+v", p)
		}
	})
}

func TestMailbox(t *testing.T) {
	var m testkit.Mailbox
	to := []string{"a@x.test"}
	if err := m.Send(context.Background(), to, "Hi", "Body"); err != nil {
		t.Fatal(err)
	}
	to[0] = "changed@x.test" // the mailbox keeps its own copy
	if m.Count() != 1 {
		t.Fatalf("count %d", m.Count())
	}
	got := m.Sent()
	if len(got) != 1 || !slices.Equal(got[0].To, []string{"a@x.test"}) || got[0].Subject != "Hi" || got[0].Body != "Body" {
		t.Fatalf("sent %+v", got)
	}
}

func TestTenant(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		tn := testkit.MustTenant(t, db.Client, "acme", membership.RoleOWNER, membership.RoleVIEWER)
		t.Run("MembersAreNamedByRole", func(t *testing.T) {
			if tn.Email(membership.RoleOWNER) != "owner@acme.test" || tn.Email(membership.RoleVIEWER) != "viewer@acme.test" {
				t.Fatalf("emails %q %q", tn.Email(membership.RoleOWNER), tn.Email(membership.RoleVIEWER))
			}
		})
		t.Run("AMembersContextSeesItsTenantOnly", func(t *testing.T) {
			other := testkit.MustTenant(t, db.Client, "globex")
			apps := db.Client.Application.Query().IDsX(tn.As(membership.RoleVIEWER))
			if !slices.Equal(apps, []string{tn.AppID}) {
				t.Fatalf("the viewer sees applications %v, want only %s (not %s)", apps, tn.AppID, other.AppID)
			}
			p := viewer.FromContext(tn.As(membership.RoleVIEWER))
			if p.UserID != tn.Users[membership.RoleVIEWER].ID || p.Role != viewer.RoleViewer {
				t.Fatalf("principal %+v", p)
			}
		})
		t.Run("TheSystemSeesEverything", func(t *testing.T) {
			if n := db.Client.Tenant.Query().CountX(testkit.System()); n != 2 {
				t.Fatalf("the system sees %d tenants, want 2", n)
			}
		})
		t.Run("AMissingRoleIsAMistakeInTheTest", func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Fatal("As of a role the tenant lacks did not panic")
				}
			}()
			tn.As(membership.RoleADMIN)
		})
		t.Run("ADuplicateSlugFailsTheTest", func(t *testing.T) {
			if msg := failure(t, func(tb testing.TB) { testkit.MustTenant(tb, db.Client, "acme") }); !strings.Contains(msg, "create tenant acme") {
				t.Fatalf("failure %q", msg)
			}
		})
	})
}

func TestWantFault(t *testing.T) {
	for _, c := range []struct {
		name        string
		err         error
		kind        fault.Kind
		field, fail string // fail: part of the failure message, "" for a pass
	}{
		{"TheRightKindPasses", fault.New(fault.NotFound, "gone"), fault.NotFound, "", ""},
		{"TheRightFieldPasses", fault.InvalidField("name", "bad"), fault.Invalid, "name", ""},
		{"AWrappedFaultPasses", fmt.Errorf("ctx: %w", fault.New(fault.Conflict, "x")), fault.Conflict, "", ""},
		{"NilFails", nil, fault.NotFound, "", "want a not_found fault"},
		{"APlainErrorFails", errors.New("boom"), fault.Internal, "", "want a server_error fault"},
		{"AnotherKindFails", fault.New(fault.Forbidden, "no"), fault.Unauthorized, "", "want unauthorized"},
		{"AnotherFieldFails", fault.InvalidField("email", "bad"), fault.Invalid, "name", `want validation_error on field "name"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			msg := failure(t, func(tb testing.TB) { testkit.WantFault(tb, c.err, c.kind, c.field) })
			if (msg == "") != (c.fail == "") || !strings.Contains(msg, c.fail) {
				t.Fatalf("failure %q, want one containing %q", msg, c.fail)
			}
		})
	}
}

func TestConcurrentlyAndWantOneWinner(t *testing.T) {
	t.Run("EveryCallRunsAndReportsByIndex", func(t *testing.T) {
		errs := testkit.Concurrently(4, func(i int) error {
			if i%2 == 1 {
				return fmt.Errorf("odd %d", i)
			}
			return nil
		})
		if errs[0] != nil || errs[2] != nil || errs[1] == nil || errs[3].Error() != "odd 3" {
			t.Fatalf("errors %v", errs)
		}
	})
	conflict := fault.New(fault.Conflict, "lost")
	for _, c := range []struct {
		name string
		errs []error
		fail string
	}{
		{"OneWinnerAndConflictsPass", []error{conflict, nil, conflict}, ""},
		{"TwoWinnersFail", []error{nil, nil}, "2 of 2"},
		{"NoWinnerFails", []error{conflict, conflict}, "0 of 2"},
		{"ALoserWithAnotherErrorFails", []error{nil, errors.New("deadlock")}, "deadlock"},
	} {
		t.Run(c.name, func(t *testing.T) {
			msg := failure(t, func(tb testing.TB) { testkit.WantOneWinner(tb, c.errs, fault.Conflict) })
			if (msg == "") != (c.fail == "") || !strings.Contains(msg, c.fail) {
				t.Fatalf("failure %q, want one containing %q", msg, c.fail)
			}
		})
	}
}

// TestSettle allows a slack of one goroutine: the one failure runs Settle in.
func TestSettle(t *testing.T) {
	t.Run("ItWaitsForGoroutinesThatAreFinishing", func(t *testing.T) {
		g := testkit.CountGoroutines()
		release := make(chan struct{})
		go func() { <-release }()
		go func() { close(release) }()
		if msg := failure(t, func(tb testing.TB) { g.Settle(tb, 1) }); msg != "" {
			t.Fatalf("Settle failed: %s", msg)
		}
	})
	t.Run("ALeakedGoroutineFailsWithItsStack", func(t *testing.T) {
		g := testkit.CountGoroutines()
		stop := make(chan struct{})
		t.Cleanup(func() { close(stop) })
		// Several, so that a goroutine of an earlier test still ending when
		// the count was taken cannot hide the leak.
		for range 5 {
			go leak(stop)
		}
		msg := failure(t, func(tb testing.TB) { g.Settle(tb, 1) })
		if !strings.Contains(msg, "goroutines") || !strings.Contains(msg, "testkit_test.leak") {
			t.Fatalf("failure %q, want the leaked goroutine's stack", msg)
		}
	})
}

func leak(stop chan struct{}) { <-stop }
