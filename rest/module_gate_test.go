package rest

// The module gate of admit, table-tested against a fake module source: the
// route requirement, not each handler, decides module and scope.

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/viewer"
)

// fakeModules answers EnabledModules from a map and counts the look-ups.
type fakeModules struct {
	apps    map[string][]scope.Module
	err     error
	lookups int
}

func (f *fakeModules) EnabledModules(_ context.Context, id string) (string, []scope.Module, error) {
	f.lookups++
	if f.err != nil {
		return "", nil, f.err
	}
	return "Shop " + id, f.apps[id], nil
}

func TestModuleRequirement(t *testing.T) {
	key := func(app string, scopes ...string) *viewer.Principal {
		return &viewer.Principal{Kind: viewer.KindAPIKey, TenantID: "ten_1", KeyID: "key_" + app, KeyKind: "SECRET",
			ApplicationID: app, Environment: environment.Test, Scopes: scopes, RateLimitPerMinute: 100}
	}
	session := &viewer.Principal{Kind: viewer.KindSession, TenantID: "ten_1", UserID: "usr_1", Role: viewer.RoleOwner}
	apps := map[string][]scope.Module{"app_kyc": {scope.ModuleKYC}, "app_none": nil}
	for _, c := range []struct {
		name     string
		p        *viewer.Principal
		source   *fakeModules
		req      requirement
		wantKind fault.Kind // empty: admitted
		wantIn   []string   // words the message must contain
		lookups  int
	}{
		{"EnabledModuleAndScopeIsAdmitted", key("app_kyc", "kyc:verify"), &fakeModules{apps: apps},
			module(scope.ModuleKYC, "kyc:verify"), "", nil, 1},
		{"ModuleNotEnabledIs403ForbiddenNamingModuleAndApplication", key("app_none", "kyc:verify"), &fakeModules{apps: apps},
			module(scope.ModuleKYC, "kyc:verify"), fault.Forbidden, []string{"KYC", `"Shop app_none"`, "app_none"}, 1},
		{"AnotherModuleEnabledIsStillForbidden", key("app_kyc", "escrow:funds"), &fakeModules{apps: apps},
			module(scope.ModuleEscrow, "escrow:funds"), fault.Forbidden, []string{"ESCROW", "app_kyc"}, 1},
		{"MissingScopeIs403InvalidScope", key("app_kyc", "kyc:agecheck"), &fakeModules{apps: apps},
			module(scope.ModuleKYC, "kyc:verify"), fault.InvalidScope, []string{"kyc:verify"}, 1},
		{"ModuleIsCheckedBeforeScope", key("app_none"), &fakeModules{apps: apps},
			module(scope.ModuleKYC, "kyc:verify"), fault.Forbidden, []string{"KYC"}, 1},
		{"APortalSessionHasNoApplicationToCheck", session, &fakeModules{apps: apps},
			module(scope.ModuleKYC, "kyc:verify"), "", nil, 0},
		{"ARouteWithoutModuleLooksNothingUp", key("app_none", "verification:read"), &fakeModules{apps: apps},
			scoped("verification:read"), "", nil, 0},
		{"ALookupFailureIsAServerError", key("app_kyc", "kyc:verify"), &fakeModules{err: errors.New("database down")},
			module(scope.ModuleKYC, "kyc:verify"), fault.Internal, nil, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := &handler{Deps: Deps{Limiter: ratelimit.NewMemory(), Now: time.Now, Modules: c.source}}
			err := h.admit(context.Background(), httptest.NewRecorder(), c.p, c.req)
			if c.source.lookups != c.lookups {
				t.Errorf("%d module look-ups, want %d", c.source.lookups, c.lookups)
			}
			if c.wantKind == "" {
				if err != nil {
					t.Fatalf("admit = %v, want admitted", err)
				}
				return
			}
			var fe *fault.Error
			if !errors.As(err, &fe) || fe.Kind != c.wantKind {
				t.Fatalf("admit = %v, want a %s error", err, c.wantKind)
			}
			for _, w := range c.wantIn {
				if !strings.Contains(fe.Message, w) {
					t.Errorf("message %q does not name %s", fe.Message, w)
				}
			}
		})
	}
	t.Run("WithoutAModuleSourceAModuleRouteIsAServerError", func(t *testing.T) {
		h := &handler{Deps: Deps{Limiter: ratelimit.NewMemory(), Now: time.Now}}
		err := h.admit(context.Background(), httptest.NewRecorder(), key("app_kyc", "kyc:verify"), module(scope.ModuleKYC, "kyc:verify"))
		var fe *fault.Error
		if !errors.As(err, &fe) || fe.Kind != fault.Internal {
			t.Fatalf("admit = %v, want a server error", err)
		}
	})
}
