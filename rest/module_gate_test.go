package rest

// The module gate of admit, table-tested against a fake module source: the
// route requirement, not each handler, decides module and scope.

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
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

// TestModuleRoutesMatchTheCatalog pins every module route to the module and
// scope scope.Endpoints (what the portal shows) says it requires.
func TestModuleRoutesMatchTheCatalog(t *testing.T) {
	h := &handler{mux: http.NewServeMux(), methods: map[string][]string{}}
	h.routes()
	for route, req := range h.required {
		if req.module == "" {
			continue
		}
		t.Run(route, func(t *testing.T) {
			method, path, _ := strings.Cut(route, " ")
			if strings.HasPrefix(path, "/v1/test_helpers/") {
				// Test helpers are not in the catalog; they need a scope
				// of their module.
				if !slices.Contains(req.module.Scopes(), req.scope) {
					t.Fatalf("requires %s of module %s, which does not unlock it", req.scope, req.module)
				}
				return
			}
			i := slices.IndexFunc(scope.Endpoints, func(e scope.Endpoint) bool { return e.Method == method && e.Path == path })
			if i < 0 {
				t.Fatalf("module route %s is not in scope.Endpoints", route)
			}
			if e := scope.Endpoints[i]; e.Module != req.module || e.Scope != req.scope {
				t.Fatalf("requires module %s scope %s, scope.Endpoints says %s %s", req.module, req.scope, e.Module, e.Scope)
			}
		})
	}
	for _, e := range scope.Endpoints {
		if req, ok := h.required[e.Method+" "+e.Path]; ok && req.module == "" {
			t.Errorf("%s %s is registered without its module %s", e.Method, e.Path, e.Module)
		}
	}
	if _, ok := h.required["POST /v1/kyc/verify"]; !ok {
		t.Fatal("POST /v1/kyc/verify is not registered; the test checks nothing")
	}
}
