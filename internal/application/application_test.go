package application_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/application"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
)

func ptr[T any](v T) *T { return &v }

type harness struct {
	db    *database.DB
	clock *testkit.Clock
	svc   *application.Service
	seq   atomic.Int64
}

func newHarness(t *testing.T, url string) *harness {
	t.Helper()
	db := testkit.Open(t, url)
	c := testkit.NewClock(testkit.Epoch)
	return &harness{db: db, clock: c, svc: application.NewService(db.Client, c.Now)}
}

// tenant makes a tenant with a member of every role.
func (h *harness) tenant(t *testing.T) testkit.Tenant {
	t.Helper()
	return testkit.MustTenant(t, h.db.Client, fmt.Sprintf("t%d", h.seq.Add(1)),
		membership.RoleOWNER, membership.RoleADMIN, membership.RoleDEVELOPER, membership.RoleVIEWER)
}

func (h *harness) load(t *testing.T, id string) *ent.Application {
	t.Helper()
	return h.db.Client.Application.GetX(testkit.System(), id)
}

func (h *harness) audits(t *testing.T, targetID string) []string {
	t.Helper()
	var actions []string
	for _, e := range h.db.Client.AuditLog.Query().Where(auditlog.TargetID(targetID)).Order(ent.Asc(auditlog.FieldCreatedAt)).AllX(testkit.System()) {
		actions = append(actions, e.Action)
	}
	return actions
}

func TestAllowedScopes(t *testing.T) {
	for _, c := range []struct {
		name string
		app  *ent.Application
		want []string
	}{
		{"OtherWithoutModulesGetsTheCoreAndThePlatformScopes", &ent.Application{Industry: industry.Other},
			[]string{"document:create", "report:read", "share:manage", "verification:create", "verification:read", "webhook:manage"}},
		// Modules, not industries, decide: an industry's preset grants
		// nothing by itself.
		{"AnIndustryWithoutModulesGetsTheCoreAndThePlatformScopes", &ent.Application{Industry: industry.Ecommerce},
			[]string{"document:create", "report:read", "share:manage", "verification:create", "verification:read", "webhook:manage"}},
		{"ModulesAddTheirScopesOnceEach", &ent.Application{Industry: industry.IGaming, RequiredModules: []scope.Module{scope.ModuleKYC, scope.ModuleFraudSignals}},
			[]string{"document:create", "fraud:score", "fraud:signals", "kyc:agecheck", "kyc:verify", "report:read", "share:manage",
				"user:verify", "verification:create", "verification:read", "webhook:manage"}},
		// ESCROW gives escrow:initiate and escrow:funds whatever the
		// industry (e-commerce's preset names only escrow:funds).
		{"AModuleGrantsAllItsScopesWhateverTheIndustry", &ent.Application{Industry: industry.Ecommerce, RequiredModules: []scope.Module{scope.ModuleEscrow}},
			[]string{"document:create", "escrow:funds", "escrow:initiate", "report:read", "share:manage", "verification:create", "verification:read", "webhook:manage"}},
		{"AModuleOutsideTheIndustrysPresetIsGrantable", &ent.Application{Industry: industry.Fintech, RequiredModules: []scope.Module{scope.ModuleDisputes}},
			[]string{"disputes:open", "document:create", "report:read", "share:manage", "verification:create", "verification:read", "webhook:manage"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := application.AllowedScopes(c.app); !slices.Equal(got, c.want) {
				t.Fatalf("AllowedScopes = %v, want %v", got, c.want)
			}
		})
	}
	t.Run("ItDoesNotChangeTheCore", func(t *testing.T) {
		before := slices.Clone(scope.Core)
		application.AllowedScopes(&ent.Application{Industry: industry.Fintech, RequiredModules: []scope.Module{scope.ModuleEscrow}})
		if !slices.Equal(scope.Core, before) {
			t.Fatalf("scope.Core became %v", scope.Core)
		}
	})
}

func TestDefaultModules(t *testing.T) {
	for _, c := range []struct {
		name string
		ind  industry.Industry
		want []scope.Module
	}{
		{"Fintech", industry.Fintech, []scope.Module{scope.ModuleFraudSignals, scope.ModuleKYC, scope.ModuleTransactionMonitoring, scope.ModuleTrustScoring}},
		{"Payments", industry.Payments, []scope.Module{scope.ModuleDisputes, scope.ModuleEscrow, scope.ModuleFraudSignals, scope.ModuleTransactionMonitoring}},
		{"Ecommerce", industry.Ecommerce, []scope.Module{scope.ModuleEscrow, scope.ModuleKYC, scope.ModuleTrustBadges}},
		{"IGaming", industry.IGaming, []scope.Module{scope.ModuleFraudSignals, scope.ModuleKYC, scope.ModuleTransactionMonitoring}},
		{"OtherStartsWithNone", industry.Other, []scope.Module{}},
	} {
		t.Run(c.name+"StartsWithItsPresetsModules", func(t *testing.T) {
			got := application.DefaultModules(c.ind)
			if !slices.Equal(got, c.want) {
				t.Fatalf("DefaultModules(%s) = %v, want %v", c.ind, got, c.want)
			}
			// Every preset scope is then grantable.
			allowed := application.AllowedScopes(&ent.Application{Industry: c.ind, RequiredModules: got})
			for _, s := range industry.ProfileOf(c.ind).PresetScopes {
				if !slices.Contains(allowed, s) {
					t.Errorf("preset scope %q is not grantable with the default modules", s)
				}
			}
		})
	}
}

func TestSuggestedTier(t *testing.T) {
	if got := application.SuggestedTier(&ent.Application{ExpectedMonthlyVolume: 50_000}); got.ID != "GROWTH" {
		t.Fatalf("50k calls suggest %s, want GROWTH", got.ID)
	}
}

func TestCreate(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		tn := h.tenant(t)
		t.Run("TheDefaultApplicationIsMadeAtSignUp", func(t *testing.T) {
			app, err := application.CreateDefault(context.Background(), h.db.Client, tn.ID, industry.Payments)
			if err != nil {
				t.Fatal(err)
			}
			if !app.IsDefault || app.Name != "Default application" || app.Industry != industry.Payments || app.Status != entapp.StatusDRAFT {
				t.Fatalf("default application %+v", app)
			}
			if want := application.DefaultModules(industry.Payments); !slices.Equal(app.RequiredModules, want) {
				t.Fatalf("default application modules %v, want the industry's %v", app.RequiredModules, want)
			}
		})
		t.Run("TheProfileIsStoredNormalisedAndAudited", func(t *testing.T) {
			app, err := h.svc.Create(tn.As(membership.RoleDEVELOPER), application.Input{
				Name: ptr("  Checkout  "), Description: ptr("Pays."), RegulatoryCategory: ptr("EMI"),
				CallbackURLs: []string{" http://localhost:3000/cb "}, IPAllowlist: []string{"10.1.2.3/8", "2001:db8::1"},
				ExpectedMonthlyVolume: ptr(int64(250_000)),
				RequiredModules:       []scope.Module{scope.ModuleKYC, scope.ModuleEscrow, scope.ModuleKYC},
			})
			if err != nil {
				t.Fatal(err)
			}
			got := h.load(t, app.ID)
			if got.Name != "Checkout" || got.TenantID != tn.ID || got.Status != entapp.StatusDRAFT || got.IsDefault ||
				got.Description != "Pays." || got.RegulatoryCategory != "EMI" || got.ExpectedMonthlyVolume != 250_000 {
				t.Fatalf("application %+v", got)
			}
			if !slices.Equal(got.CallbackUrls, []string{"http://localhost:3000/cb"}) ||
				!slices.Equal(got.IPAllowlist, []string{"10.0.0.0/8", "2001:db8::1/128"}) ||
				!slices.Equal(got.RequiredModules, []scope.Module{scope.ModuleEscrow, scope.ModuleKYC}) {
				t.Fatalf("lists %v %v %v", got.CallbackUrls, got.IPAllowlist, got.RequiredModules)
			}
			if got.Industry != industry.Fintech {
				t.Fatalf("industry %s, want the tenant's FINTECH", got.Industry)
			}
			if a := h.audits(t, app.ID); !slices.Equal(a, []string{"application.created"}) {
				t.Fatalf("audit %v", a)
			}
		})
		t.Run("AnExplicitIndustryWins", func(t *testing.T) {
			app, err := h.svc.Create(tn.As(membership.RoleOWNER), application.Input{Name: ptr("Casino"), Industry: ptr(industry.IGaming)})
			if err != nil || app.Industry != industry.IGaming {
				t.Fatalf("Create = %+v, %v", app, err)
			}
			if want := application.DefaultModules(industry.IGaming); !slices.Equal(h.load(t, app.ID).RequiredModules, want) {
				t.Fatalf("modules %v, want the iGaming preset's %v", h.load(t, app.ID).RequiredModules, want)
			}
		})
		t.Run("WithoutModulesTheTenantsIndustryPresetIsTheDefault", func(t *testing.T) {
			app, err := h.svc.Create(tn.As(membership.RoleOWNER), application.Input{Name: ptr("Wallet")})
			if err != nil {
				t.Fatal(err)
			}
			if want := application.DefaultModules(industry.Fintech); !slices.Equal(h.load(t, app.ID).RequiredModules, want) {
				t.Fatalf("modules %v, want the fintech preset's %v", h.load(t, app.ID).RequiredModules, want)
			}
		})
		t.Run("AnEmptyModuleListMeansNoModules", func(t *testing.T) {
			app, err := h.svc.Create(tn.As(membership.RoleOWNER), application.Input{Name: ptr("Bare"), RequiredModules: []scope.Module{}})
			if err != nil {
				t.Fatal(err)
			}
			if got := h.load(t, app.ID).RequiredModules; len(got) != 0 {
				t.Fatalf("modules %v, want none", got)
			}
		})
		for _, c := range []struct {
			name, field string
			in          application.Input
		}{
			{"NoName", "name", application.Input{}},
			{"ABlankName", "name", application.Input{Name: ptr("   ")}},
			{"AnOverlongName", "name", application.Input{Name: ptr(strings.Repeat("n", 101))}},
			{"AnOverlongDescription", "description", application.Input{Name: ptr("A"), Description: ptr(strings.Repeat("d", 1001))}},
			{"AnUnknownIndustry", "industry", application.Input{Name: ptr("A"), Industry: ptr(industry.Industry("BANKING"))}},
			{"AnOverlongRegulatoryCategory", "regulatory_category", application.Input{Name: ptr("A"), RegulatoryCategory: ptr(strings.Repeat("r", 101))}},
			{"ARelativeCallbackURL", "callback_urls", application.Input{Name: ptr("A"), CallbackURLs: []string{"/cb"}}},
			{"ABadAllowlistEntry", "ip_allowlist", application.Input{Name: ptr("A"), IPAllowlist: []string{"10.0.0.300"}}},
			{"ANegativeVolume", "expected_monthly_volume", application.Input{Name: ptr("A"), ExpectedMonthlyVolume: ptr(int64(-1))}},
			{"AnUnknownModule", "required_modules", application.Input{Name: ptr("A"), RequiredModules: []scope.Module{"PAYROLL"}}},
		} {
			t.Run(c.name+"IsInvalidAndCreatesNothing", func(t *testing.T) {
				n := h.db.Client.Application.Query().CountX(testkit.System())
				_, err := h.svc.Create(tn.As(membership.RoleOWNER), c.in)
				testkit.WantFault(t, err, fault.Invalid, c.field)
				if m := h.db.Client.Application.Query().CountX(testkit.System()); m != n {
					t.Fatalf("%d applications after a refused create, want %d", m, n)
				}
			})
		}
		for _, c := range []struct {
			name string
			ctx  context.Context
			kind fault.Kind
		}{
			{"AViewerIsForbidden", tn.As(membership.RoleVIEWER), fault.Forbidden},
			{"AnAPIKeyIsForbidden", testkit.APIKey(tn.ID, environment.Test), fault.Forbidden},
			{"StaffAreForbidden", testkit.Staff(viewer.StaffOps), fault.Forbidden},
			{"AnonymousIsUnauthorized", context.Background(), fault.Unauthorized},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, err := h.svc.Create(c.ctx, application.Input{Name: ptr("Nope")})
				testkit.WantFault(t, err, c.kind, "")
			})
		}
	})
}

func TestUpdate(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		tn := h.tenant(t)
		t.Run("OnlyTheGivenFieldsChange", func(t *testing.T) {
			app, err := h.svc.Update(tn.As(membership.RoleADMIN), tn.AppID, application.Input{Description: ptr("Now described."), IPAllowlist: []string{}})
			if err != nil {
				t.Fatal(err)
			}
			got := h.load(t, app.ID)
			if got.Name != "App" || got.Description != "Now described." || len(got.IPAllowlist) != 0 || got.Industry != industry.Fintech {
				t.Fatalf("application %+v", got)
			}
			if a := h.audits(t, app.ID); !slices.Equal(a, []string{"application.updated"}) {
				t.Fatalf("audit %v", a)
			}
		})
		t.Run("ADraftMayUsePlainHTTPCallbacks", func(t *testing.T) {
			if _, err := h.svc.Update(tn.As(membership.RoleOWNER), tn.AppID, application.Input{CallbackURLs: []string{"http://dev.example/cb"}}); err != nil {
				t.Fatal(err)
			}
		})
		t.Run("AnApprovedApplicationRefusesPlainHTTPCallbacks", func(t *testing.T) {
			h.db.Client.Application.UpdateOneID(tn.AppID).SetStatus(entapp.StatusAPPROVED).SetCallbackUrls([]string{"https://live.example/cb"}).ExecX(testkit.System())
			_, err := h.svc.Update(tn.As(membership.RoleOWNER), tn.AppID, application.Input{CallbackURLs: []string{"http://live.example/cb"}})
			testkit.WantFault(t, err, fault.Invalid, "callback_urls")
			if got := h.load(t, tn.AppID).CallbackUrls; !slices.Equal(got, []string{"https://live.example/cb"}) {
				t.Fatalf("callbacks became %v", got)
			}
			if _, err := h.svc.Update(tn.As(membership.RoleOWNER), tn.AppID, application.Input{CallbackURLs: []string{"https://live.example/v2"}}); err != nil {
				t.Fatalf("an https callback: %v", err)
			}
		})
		t.Run("AnInvalidFieldChangesNothing", func(t *testing.T) {
			_, err := h.svc.Update(tn.As(membership.RoleOWNER), tn.AppID, application.Input{Name: ptr("Renamed"), ExpectedMonthlyVolume: ptr(int64(-5))})
			testkit.WantFault(t, err, fault.Invalid, "expected_monthly_volume")
			if got := h.load(t, tn.AppID); got.Name != "App" {
				t.Fatalf("name became %q", got.Name)
			}
		})
		t.Run("AnotherTenantsApplicationIsNotFound", func(t *testing.T) {
			other := h.tenant(t)
			_, err := h.svc.Update(other.As(membership.RoleOWNER), tn.AppID, application.Input{Name: ptr("Mine now")})
			testkit.WantFault(t, err, fault.NotFound, "")
			if _, err := h.svc.Get(other.As(membership.RoleVIEWER), tn.AppID); !fault.Is(err, fault.NotFound) {
				t.Fatalf("Get of another tenant's application: %v, want not_found", err)
			}
			if h.load(t, tn.AppID).Name != "App" {
				t.Fatal("another tenant renamed the application")
			}
		})
		t.Run("AViewerMayReadButNotUpdate", func(t *testing.T) {
			if app, err := h.svc.Get(tn.As(membership.RoleVIEWER), tn.AppID); err != nil || app.ID != tn.AppID {
				t.Fatalf("Get = %v, %v", app, err)
			}
			_, err := h.svc.Update(tn.As(membership.RoleVIEWER), tn.AppID, application.Input{Name: ptr("Viewer's")})
			testkit.WantFault(t, err, fault.Forbidden, "")
		})
		t.Run("AnAPIKeyCannotRead", func(t *testing.T) {
			_, err := h.svc.Get(testkit.APIKey(tn.ID, environment.Test), tn.AppID)
			testkit.WantFault(t, err, fault.Forbidden, "")
		})
	})
}

// action is one step of an application's production-access lifecycle.
type action struct {
	name string
	run  func(h *harness, tn testkit.Tenant, id string) (*ent.Application, error)
}

var (
	request = action{"Request", func(h *harness, tn testkit.Tenant, id string) (*ent.Application, error) {
		return h.svc.RequestProductionAccess(tn.As(membership.RoleDEVELOPER), id)
	}}
	approve = action{"Approve", func(h *harness, _ testkit.Tenant, id string) (*ent.Application, error) {
		return h.svc.Review(testkit.Staff(viewer.StaffOps), id, application.Approve, "")
	}}
	reject = action{"Reject", func(h *harness, _ testkit.Tenant, id string) (*ent.Application, error) {
		return h.svc.Review(testkit.Staff(viewer.StaffSeniorAnalyst), id, application.Reject, "Callback host is not yours.")
	}}
	archive = action{"Archive", func(h *harness, tn testkit.Tenant, id string) (*ent.Application, error) {
		return h.svc.Archive(tn.As(membership.RoleADMIN), id)
	}}
)

// TestProductionAccessTransitions tries every action from every state, an
// archived application being a state of its own: legal steps move the
// status (or archive) and are audited; illegal ones are a conflict that
// changes nothing.
func TestProductionAccessTransitions(t *testing.T) {
	type state struct {
		status   entapp.Status
		archived bool
	}
	const refused = entapp.Status("")
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		for _, c := range []struct {
			from   state
			action action
			to     state // status refused: a conflict
		}{
			{state{entapp.StatusDRAFT, false}, request, state{entapp.StatusPENDING_REVIEW, false}},
			{state{entapp.StatusDRAFT, false}, approve, state{refused, false}},
			{state{entapp.StatusDRAFT, false}, reject, state{refused, false}},
			{state{entapp.StatusDRAFT, false}, archive, state{entapp.StatusDRAFT, true}},
			{state{entapp.StatusPENDING_REVIEW, false}, request, state{refused, false}},
			{state{entapp.StatusPENDING_REVIEW, false}, approve, state{entapp.StatusAPPROVED, false}},
			{state{entapp.StatusPENDING_REVIEW, false}, reject, state{entapp.StatusREJECTED, false}},
			{state{entapp.StatusPENDING_REVIEW, false}, archive, state{entapp.StatusPENDING_REVIEW, true}},
			{state{entapp.StatusAPPROVED, false}, request, state{refused, false}},
			{state{entapp.StatusAPPROVED, false}, approve, state{refused, false}},
			{state{entapp.StatusAPPROVED, false}, reject, state{refused, false}},
			{state{entapp.StatusAPPROVED, false}, archive, state{entapp.StatusAPPROVED, true}},
			{state{entapp.StatusREJECTED, false}, request, state{entapp.StatusPENDING_REVIEW, false}},
			{state{entapp.StatusREJECTED, false}, approve, state{refused, false}},
			{state{entapp.StatusREJECTED, false}, reject, state{refused, false}},
			{state{entapp.StatusREJECTED, false}, archive, state{entapp.StatusREJECTED, true}},
			// An archived application is frozen: nothing moves it again.
			{state{entapp.StatusDRAFT, true}, request, state{refused, false}},
			{state{entapp.StatusDRAFT, true}, archive, state{refused, false}},
			{state{entapp.StatusREJECTED, true}, request, state{refused, false}},
			{state{entapp.StatusPENDING_REVIEW, true}, approve, state{refused, false}},
			{state{entapp.StatusPENDING_REVIEW, true}, reject, state{refused, false}},
		} {
			from := string(c.from.status)
			if c.from.archived {
				from = "Archived" + from
			}
			outcome := "Makes" + string(c.to.status)
			switch {
			case c.to.status == refused:
				outcome = "IsAConflict"
			case c.to.archived:
				outcome = "Archives"
			}
			t.Run(from+"/"+c.action.name+outcome, func(t *testing.T) {
				tn := h.tenant(t)
				set := h.db.Client.Application.UpdateOneID(tn.AppID).SetStatus(c.from.status)
				if c.from.archived {
					set.SetArchivedAt(testkit.Epoch.Add(-time.Hour))
				}
				set.ExecX(testkit.System())
				h.clock.Advance(time.Minute)
				before := h.load(t, tn.AppID)
				got, err := c.action.run(h, tn, tn.AppID)
				after := h.load(t, tn.AppID)
				if c.to.status == refused {
					testkit.WantFault(t, err, fault.Conflict, "")
					if after.Status != before.Status || !sameTime(after.ArchivedAt, before.ArchivedAt) || after.ReviewedAt != nil {
						t.Fatalf("a refused %s changed the application: %+v", c.action.name, after)
					}
					if a := h.audits(t, tn.AppID); len(a) != 0 {
						t.Fatalf("a refused %s was audited: %v", c.action.name, a)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if got.Status != c.to.status || after.Status != c.to.status || (after.ArchivedAt != nil) != c.to.archived {
					t.Fatalf("status %s archived %v (stored %s), want %s archived %v", got.Status, after.ArchivedAt, after.Status, c.to.status, c.to.archived)
				}
				if c.to.archived && !after.ArchivedAt.Equal(h.clock.Now()) {
					t.Fatalf("archived at %v, want %v", after.ArchivedAt, h.clock.Now())
				}
				if a := h.audits(t, tn.AppID); len(a) != 1 {
					t.Fatalf("audit %v, want one entry", a)
				}
			})
		}
	})
}

func sameTime(a, b *time.Time) bool {
	return (a == nil && b == nil) || (a != nil && b != nil && a.Equal(*b))
}

func TestRequestProductionAccess(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		t.Run("PlainHTTPCallbacksMustBecomeHTTPSFirst", func(t *testing.T) {
			tn := h.tenant(t)
			h.db.Client.Application.UpdateOneID(tn.AppID).SetCallbackUrls([]string{"https://a.example", "http://b.example"}).ExecX(testkit.System())
			_, err := request.run(h, tn, tn.AppID)
			testkit.WantFault(t, err, fault.Invalid, "callback_urls")
			if h.load(t, tn.AppID).Status != entapp.StatusDRAFT {
				t.Fatal("an application with http callbacks went up for review")
			}
		})
		t.Run("ARequestAfterARejectionClearsTheOldReview", func(t *testing.T) {
			tn := h.tenant(t)
			for _, a := range []action{request, reject, request} {
				if _, err := a.run(h, tn, tn.AppID); err != nil {
					t.Fatalf("%s: %v", a.name, err)
				}
			}
			got := h.load(t, tn.AppID)
			if got.Status != entapp.StatusPENDING_REVIEW || got.ReviewReason != nil || got.ReviewedAt != nil {
				t.Fatalf("status %s reason %v reviewed %v", got.Status, got.ReviewReason, got.ReviewedAt)
			}
			want := []string{"application.production_access_requested", "application.reviewed", "application.production_access_requested"}
			if a := h.audits(t, tn.AppID); !slices.Equal(a, want) {
				t.Fatalf("audit %v, want %v", a, want)
			}
		})
		t.Run("AViewerCannotRequest", func(t *testing.T) {
			tn := h.tenant(t)
			_, err := h.svc.RequestProductionAccess(tn.As(membership.RoleVIEWER), tn.AppID)
			testkit.WantFault(t, err, fault.Forbidden, "")
		})
		t.Run("AnotherTenantCannotRequestOrArchive", func(t *testing.T) {
			tn, other := h.tenant(t), h.tenant(t)
			_, err := h.svc.RequestProductionAccess(other.As(membership.RoleOWNER), tn.AppID)
			testkit.WantFault(t, err, fault.NotFound, "")
			_, err = h.svc.Archive(other.As(membership.RoleOWNER), tn.AppID)
			testkit.WantFault(t, err, fault.NotFound, "")
			if got := h.load(t, tn.AppID); got.Status != entapp.StatusDRAFT || got.ArchivedAt != nil {
				t.Fatalf("another tenant changed the application: %+v", got)
			}
		})
	})
}

func TestReview(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		pending := func(t *testing.T) testkit.Tenant {
			t.Helper()
			tn := h.tenant(t)
			h.db.Client.Application.UpdateOneID(tn.AppID).SetStatus(entapp.StatusPENDING_REVIEW).ExecX(testkit.System())
			return tn
		}
		t.Run("ARejectionKeepsItsReasonAndIsAuditedForTheTenant", func(t *testing.T) {
			tn := pending(t)
			got, err := h.svc.Review(testkit.Staff(viewer.StaffOps), tn.AppID, application.Reject, "  Not yet.  ")
			if err != nil {
				t.Fatal(err)
			}
			if got.Status != entapp.StatusREJECTED || got.ReviewReason == nil || *got.ReviewReason != "Not yet." || !got.ReviewedAt.Equal(h.clock.Now()) {
				t.Fatalf("review %s %v %v", got.Status, got.ReviewReason, got.ReviewedAt)
			}
			e := h.db.Client.AuditLog.Query().Where(auditlog.TargetID(tn.AppID)).OnlyX(testkit.System())
			if e.TenantID != tn.ID || e.ActorType != auditlog.ActorTypeSTAFF || e.Metadata["decision"] != "REJECT" {
				t.Fatalf("audit %+v", e)
			}
		})
		for _, c := range []struct {
			name, field string
			decision    application.Decision
			reason      string
		}{
			{"ARejectionWithoutAReason", "reason", application.Reject, " "},
			{"AnUnknownDecision", "decision", "LATER", ""},
		} {
			t.Run(c.name+"IsInvalidAndChangesNothing", func(t *testing.T) {
				tn := pending(t)
				_, err := h.svc.Review(testkit.Staff(viewer.StaffOps), tn.AppID, c.decision, c.reason)
				testkit.WantFault(t, err, fault.Invalid, c.field)
				if h.load(t, tn.AppID).Status != entapp.StatusPENDING_REVIEW {
					t.Fatal("a refused review changed the status")
				}
			})
		}
		tn := pending(t)
		for _, c := range []struct {
			name string
			ctx  context.Context
			kind fault.Kind
		}{
			{"AnAnalystIsForbidden", testkit.Staff(viewer.StaffAnalyst), fault.Forbidden},
			{"TheTenantsOwnerIsForbidden", tn.As(membership.RoleOWNER), fault.Forbidden},
			{"AnonymousIsUnauthorized", context.Background(), fault.Unauthorized},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, err := h.svc.Review(c.ctx, tn.AppID, application.Approve, "")
				testkit.WantFault(t, err, c.kind, "")
				if h.load(t, tn.AppID).Status != entapp.StatusPENDING_REVIEW {
					t.Fatal("a refused caller reviewed the application")
				}
			})
		}
		t.Run("AnUnknownApplicationIsNotFound", func(t *testing.T) {
			_, err := h.svc.Review(testkit.Staff(viewer.StaffOps), "app_01NOSUCHAPP", application.Approve, "")
			testkit.WantFault(t, err, fault.NotFound, "")
		})
		t.Run("OfTwoConcurrentReviewsOneWins", func(t *testing.T) {
			for range 5 {
				tn := pending(t)
				errs := testkit.Concurrently(2, func(i int) error {
					_, err := []action{approve, reject}[i].run(h, tn, tn.AppID)
					return err
				})
				testkit.WantOneWinner(t, errs, fault.Conflict)
				if a := h.audits(t, tn.AppID); len(a) != 1 {
					t.Fatalf("%d reviews audited, want 1", len(a))
				}
			}
		})
		t.Run("OfTwoConcurrentRequestsOneWins", func(t *testing.T) {
			for range 5 {
				tn := h.tenant(t)
				errs := testkit.Concurrently(2, func(int) error {
					_, err := request.run(h, tn, tn.AppID)
					return err
				})
				testkit.WantOneWinner(t, errs, fault.Conflict)
			}
		})
	})
}

func TestEnabledModules(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		tn, other := h.tenant(t), h.tenant(t)
		app, err := h.svc.Create(tn.As(membership.RoleOWNER), application.Input{Name: ptr("Market"), Industry: ptr(industry.Ecommerce),
			RequiredModules: []scope.Module{scope.ModuleEscrow, scope.ModuleDisputes}})
		if err != nil {
			t.Fatal(err)
		}
		asKey := func(tenantID, appID string) context.Context {
			return viewer.NewContext(context.Background(), &viewer.Principal{Kind: viewer.KindAPIKey, TenantID: tenantID,
				KeyID: "key_x", ApplicationID: appID, Environment: environment.Test})
		}
		t.Run("AKeyReadsItsApplicationsNameAndModules", func(t *testing.T) {
			name, mods, err := h.svc.EnabledModules(asKey(tn.ID, app.ID), app.ID)
			if err != nil {
				t.Fatal(err)
			}
			if name != "Market" || !slices.Equal(mods, []scope.Module{scope.ModuleDisputes, scope.ModuleEscrow}) {
				t.Fatalf("EnabledModules = %q, %v", name, mods)
			}
		})
		t.Run("AnotherTenantsApplicationIsNotFound", func(t *testing.T) {
			if _, _, err := h.svc.EnabledModules(asKey(other.ID, other.AppID), app.ID); !fault.Is(err, fault.NotFound) {
				t.Fatalf("EnabledModules = %v, want not_found", err)
			}
		})
	})
}

// Application names are unique per tenant, trimmed and compared ignoring
// case: creating or renaming onto a taken name is a conflict naming the
// field, and changes nothing; another tenant may use the same name.
func TestApplicationNamesAreUniquePerTenant(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		tn := h.tenant(t)
		ctx := tn.As(membership.RoleOWNER)
		checkout, err := h.svc.Create(ctx, application.Input{Name: ptr("  Checkout  ")})
		if err != nil {
			t.Fatal(err)
		}
		t.Run("TheNameIsStoredTrimmed", func(t *testing.T) {
			if got := h.load(t, checkout.ID); got.Name != "Checkout" || got.NameKey != "checkout" {
				t.Fatalf("name %q key %q", got.Name, got.NameKey)
			}
		})
		t.Run("CreatingTheSameNameInAnotherCaseIsAConflict", func(t *testing.T) {
			_, err := h.svc.Create(ctx, application.Input{Name: ptr(" CHECKOUT")})
			testkit.WantFault(t, err, fault.Conflict, "name")
			if !strings.Contains(err.Error(), `"CHECKOUT" already exists`) {
				t.Fatalf("message %q does not name the taken name", err)
			}
			if n := h.db.Client.Application.Query().Where(entapp.TenantID(tn.ID)).CountX(testkit.System()); n != 2 {
				t.Fatalf("%d applications, want the default one and Checkout", n)
			}
		})
		t.Run("RenamingOntoATakenNameIsAConflict", func(t *testing.T) {
			_, err := h.svc.Update(ctx, tn.AppID, application.Input{Name: ptr("checkout")})
			testkit.WantFault(t, err, fault.Conflict, "name")
			if got := h.load(t, tn.AppID).Name; got != "App" {
				t.Fatalf("name became %q", got)
			}
		})
		t.Run("AnArchivedApplicationKeepsItsName", func(t *testing.T) {
			old, err := h.svc.Create(ctx, application.Input{Name: ptr("Legacy")})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := h.svc.Archive(ctx, old.ID); err != nil {
				t.Fatal(err)
			}
			_, err = h.svc.Create(ctx, application.Input{Name: ptr("legacy")})
			testkit.WantFault(t, err, fault.Conflict, "name")
		})
		t.Run("RenamingToItsOwnNameInAnotherCaseIsAllowed", func(t *testing.T) {
			app, err := h.svc.Update(ctx, checkout.ID, application.Input{Name: ptr("CheckOut")})
			if err != nil || app.Name != "CheckOut" {
				t.Fatalf("rename = %v, %v", app, err)
			}
		})
		t.Run("AnotherTenantMayUseTheName", func(t *testing.T) {
			other := h.tenant(t)
			if _, err := h.svc.Create(other.As(membership.RoleOWNER), application.Input{Name: ptr("Checkout")}); err != nil {
				t.Fatalf("another tenant's Checkout: %v", err)
			}
		})
	})
}
