package viewer_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// The callers every requirement is tried against.
var (
	owner     = &viewer.Principal{UserID: "usr_o", TenantID: "tnt_a", Role: viewer.RoleOwner}
	admin     = &viewer.Principal{UserID: "usr_a", TenantID: "tnt_a", Role: viewer.RoleAdmin}
	developer = &viewer.Principal{UserID: "usr_d", TenantID: "tnt_a", Role: viewer.RoleDeveloper}
	readOnly  = &viewer.Principal{UserID: "usr_v", TenantID: "tnt_a", Role: viewer.RoleViewer}
	noRole    = &viewer.Principal{UserID: "usr_n", TenantID: "tnt_a"}
	apiKey    = &viewer.Principal{TenantID: "tnt_a", KeyID: "key_1", KeyKind: "SECRET", Environment: environment.Live, Scopes: []string{"verification:read"}}
	// A key resolved for a member still acts as a key, never as the member.
	apiKeyWithRole = &viewer.Principal{UserID: "usr_o", TenantID: "tnt_a", Role: viewer.RoleOwner, KeyID: "key_2"}
	// Token principals carry a tenant and an environment but no role; a
	// token resolved as if for the owner still never acts as a member.
	shareToken  = &viewer.Principal{Kind: viewer.KindShareToken, TenantID: "tnt_a", Environment: environment.Test, TokenID: "shr_1"}
	sdkToken    = &viewer.Principal{Kind: viewer.KindSDKToken, TenantID: "tnt_a", Environment: environment.Live, ApplicationID: "app_1", TokenID: "sdk_1"}
	tokenAsRole = &viewer.Principal{Kind: viewer.KindSDKToken, UserID: "usr_o", TenantID: "tnt_a", Role: viewer.RoleOwner, TokenID: "sdk_2"}
	ops         = &viewer.Principal{UserID: "usr_ops", StaffRole: viewer.StaffOps}
	senior      = &viewer.Principal{UserID: "usr_sa", StaffRole: viewer.StaffSeniorAnalyst}
	analyst     = &viewer.Principal{UserID: "usr_an", StaffRole: viewer.StaffAnalyst}
)

func TestPredicates(t *testing.T) {
	for _, c := range []struct {
		name                             string
		p                                *viewer.Principal
		isKey, canWrite, canAdmin, staff bool
		actor                            string
	}{
		{"NobodyCanDoAnything", nil, false, false, false, false, ""},
		{"AnOwnerWritesAndAdministers", owner, false, true, true, false, "usr_o"},
		{"AnAdminWritesAndAdministers", admin, false, true, true, false, "usr_a"},
		{"ADeveloperWritesButDoesNotAdminister", developer, false, true, false, false, "usr_d"},
		{"AViewerOnlyReads", readOnly, false, false, false, false, "usr_v"},
		{"AMemberWithoutARoleOnlyReads", noRole, false, false, false, false, "usr_n"},
		{"AnAPIKeyNeitherWritesNorAdministersInThePortal", apiKey, true, false, false, false, "key_1"},
		{"AKeyIsAKeyWhateverRoleItCarries", apiKeyWithRole, true, false, false, false, "key_2"},
		{"AShareTokenNeitherWritesNorAdministers", shareToken, false, false, false, false, "shr_1"},
		{"AnSDKTokenNeitherWritesNorAdministers", sdkToken, false, false, false, false, "sdk_1"},
		{"ATokenIsATokenWhateverRoleItCarries", tokenAsRole, false, false, false, false, "sdk_2"},
		{"StaffWithoutATenantDoNotWriteTenantResources", ops, false, false, false, true, "usr_ops"},
		{"AnAnalystIsStaff", analyst, false, false, false, true, "usr_an"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.p.IsAPIKey(); got != c.isKey {
				t.Errorf("IsAPIKey = %v, want %v", got, c.isKey)
			}
			if got := c.p.CanWrite(); got != c.canWrite {
				t.Errorf("CanWrite = %v, want %v", got, c.canWrite)
			}
			if got := c.p.CanAdminister(); got != c.canAdmin {
				t.Errorf("CanAdminister = %v, want %v", got, c.canAdmin)
			}
			if got := c.p.IsStaff(); got != c.staff {
				t.Errorf("IsStaff = %v, want %v", got, c.staff)
			}
			if c.p != nil {
				if got := c.p.ActorID(); got != c.actor {
					t.Errorf("ActorID = %q, want %q", got, c.actor)
				}
			}
		})
	}
}

func TestRoles(t *testing.T) {
	for _, c := range []struct {
		name string
		p    *viewer.Principal
		want []string
	}{
		{"AMemberHasItsTenantRole", developer, []string{"DEVELOPER"}},
		{"StaffArePrefixed", senior, []string{"staff:SENIOR_ANALYST"}},
		{"AMemberWhoIsStaffHasBoth", &viewer.Principal{UserID: "u", TenantID: "t", Role: viewer.RoleAdmin, StaffRole: viewer.StaffOps}, []string{"ADMIN", "staff:OPS"}},
		{"AnAPIKeyHasNone", apiKey, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.p.Roles(); !slices.Equal(got, c.want) {
				t.Fatalf("Roles = %q, want %q", got, c.want)
			}
		})
	}
}

func TestContext(t *testing.T) {
	t.Run("WhatIsStoredComesBack", func(t *testing.T) {
		if got := viewer.FromContext(viewer.NewContext(context.Background(), owner)); got != owner {
			t.Fatalf("FromContext = %+v, want the owner", got)
		}
	})
	t.Run("ABareContextIsAnonymous", func(t *testing.T) {
		if got := viewer.FromContext(context.Background()); got != nil {
			t.Fatalf("FromContext = %+v, want nil", got)
		}
	})
	t.Run("AnInnerPrincipalReplacesTheOuter", func(t *testing.T) {
		ctx := viewer.NewContext(viewer.NewContext(context.Background(), owner), readOnly)
		if got := viewer.FromContext(ctx); got != readOnly {
			t.Fatalf("FromContext = %+v, want the viewer", got)
		}
	})
	t.Run("StoringNilMakesTheCallerAnonymous", func(t *testing.T) {
		ctx := viewer.NewContext(viewer.NewContext(context.Background(), owner), nil)
		if got := viewer.FromContext(ctx); got != nil {
			t.Fatalf("FromContext = %+v, want nil", got)
		}
	})
}

// TestRequirements tries every requirement against every kind of caller. A
// want of "" means the caller passes and is returned.
func TestRequirements(t *testing.T) {
	type want struct{ writer, admin, reviewer, member fault.Kind }
	const (
		ok     = fault.Kind("")
		unauth = fault.Unauthorized
		forbid = fault.Forbidden
	)
	reqs := []struct {
		name string
		fn   func(context.Context) (*viewer.Principal, error)
		pick func(want) fault.Kind
	}{
		{"RequireWriter", viewer.RequireWriter, func(w want) fault.Kind { return w.writer }},
		{"RequireAdmin", viewer.RequireAdmin, func(w want) fault.Kind { return w.admin }},
		{"RequireReviewer", viewer.RequireReviewer, func(w want) fault.Kind { return w.reviewer }},
		{"RequireMember", viewer.RequireMember, func(w want) fault.Kind { return w.member }},
	}
	for _, c := range []struct {
		name string
		p    *viewer.Principal
		want want
	}{
		{"Anonymous", nil, want{unauth, unauth, unauth, unauth}},
		{"Owner", owner, want{ok, ok, forbid, ok}},
		{"Admin", admin, want{ok, ok, forbid, ok}},
		{"Developer", developer, want{ok, forbid, forbid, ok}},
		{"Viewer", readOnly, want{forbid, forbid, forbid, ok}},
		{"MemberWithoutRole", noRole, want{forbid, forbid, forbid, ok}},
		{"APIKey", apiKey, want{forbid, forbid, forbid, forbid}},
		{"APIKeyWithRole", apiKeyWithRole, want{forbid, forbid, forbid, forbid}},
		{"ShareToken", shareToken, want{forbid, forbid, forbid, forbid}},
		{"SDKToken", sdkToken, want{forbid, forbid, forbid, forbid}},
		{"TokenWithRole", tokenAsRole, want{forbid, forbid, forbid, forbid}},
		{"Ops", ops, want{forbid, forbid, ok, forbid}},
		{"SeniorAnalyst", senior, want{forbid, forbid, ok, forbid}},
		{"Analyst", analyst, want{forbid, forbid, forbid, forbid}},
	} {
		for _, r := range reqs {
			w := r.pick(c.want)
			outcome := "Passes"
			if w != ok {
				outcome = "Is" + string(w)
			}
			t.Run(r.name+"/"+c.name+outcome, func(t *testing.T) {
				ctx := context.Background()
				if c.p != nil {
					ctx = viewer.NewContext(ctx, c.p)
				}
				got, err := r.fn(ctx)
				if w == ok {
					if err != nil || got != c.p {
						t.Fatalf("%s(%s) = %+v, %v; want the caller", r.name, c.name, got, err)
					}
					return
				}
				var fe *fault.Error
				if !errors.As(err, &fe) || fe.Kind != w || got != nil {
					t.Fatalf("%s(%s) = %+v, %v; want %s", r.name, c.name, got, err, w)
				}
				if fe.Message == "" {
					t.Fatalf("%s(%s): a refusal without a message", r.name, c.name)
				}
			})
		}
	}
}
