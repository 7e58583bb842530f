// Package viewer holds the Principal: who is making a request (a portal user,
// platform staff, an API key, a share token or an SDK access token), for
// which tenant and with which roles. The
// credential chain (package auth) resolves every request into one Principal and
// stores it in the request context; the ent privacy rules read it from there,
// so tenant isolation is decided in one place.
package viewer

import (
	"context"
	"slices"
	"strings"

	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
)

// Role is a member's role inside a tenant.
type Role string

// Tenant roles, from most to least privileged.
const (
	RoleOwner     Role = "OWNER"
	RoleAdmin     Role = "ADMIN"
	RoleDeveloper Role = "DEVELOPER"
	RoleViewer    Role = "VIEWER"
)

// StaffRole is a platform staff role for internal tooling.
type StaffRole string

// Platform staff roles.
const (
	StaffAnalyst       StaffRole = "ANALYST"
	StaffSeniorAnalyst StaffRole = "SENIOR_ANALYST"
	StaffOps           StaffRole = "OPS"
)

// Kind is the kind of credential a principal was resolved from.
type Kind uint8

// The credential kinds, as bits so a transport can accept a set of them.
const (
	KindSession    Kind = 1 << iota // a portal access token (JWT)
	KindAPIKey                      // a secret, restricted or publishable API key
	KindShareToken                  // a share token revealing some fields of one report
	KindSDKToken                    // an SDK access token opening one case from the hosted page
)

func (k Kind) String() string {
	switch k {
	case KindSession:
		return "portal session"
	case KindAPIKey:
		return "API key"
	case KindShareToken:
		return "share token"
	case KindSDKToken:
		return "SDK access token"
	}
	return "credential"
}

// Kinds is a set of credential kinds.
type Kinds uint8

// Accept returns the set of the given kinds.
func Accept(kinds ...Kind) Kinds {
	var s Kinds
	for _, k := range kinds {
		s |= Kinds(k)
	}
	return s
}

// Has reports whether k is in the set.
func (s Kinds) Has(k Kind) bool { return s&Kinds(k) != 0 }

// Principal is the authenticated caller.
type Principal struct {
	// Kind is the credential the principal was resolved from.
	Kind      Kind
	UserID    string
	TenantID  string // empty for staff without a tenant
	Role      Role   // the role in TenantID; empty without a tenant
	StaffRole StaffRole
	// SessionID names the portal session (refresh-token family) the
	// principal's access token belongs to (the JWT's sid).
	SessionID string
	// MFASetupFor is set when TenantID requires a second factor the user has
	// not set up yet: the principal then acts without a tenant (TenantID and
	// Role empty) until they enrol, and this names the tenant that asks.
	MFASetupFor string

	// Set when the caller authenticated with an API key.
	KeyID         string
	KeyKind       string // SECRET, RESTRICTED or PUBLISHABLE
	ApplicationID string
	// Environment is TEST or LIVE for an API key, which sees only that
	// environment's data; empty for a portal user, who sees both.
	Environment environment.Environment
	Scopes      []string
	// CurrencyType is the key's currency type, FIAT or CRYPTO (package
	// currency checks codes against it); empty for a portal session.
	CurrencyType string
	// RateLimitPerMinute is the key's request budget.
	RateLimitPerMinute int

	// TokenID is the share token or SDK access token the principal was
	// resolved from. Such a principal acts for its tenant and environment
	// but is no member of it: it may do the one thing its token grants,
	// through the one route that takes it, and nothing a Require… allows.
	TokenID string
}

// IsAPIKey reports whether the principal authenticated with an API key.
func (p *Principal) IsAPIKey() bool { return p != nil && p.KeyID != "" }

// IsToken reports whether the principal was resolved from a share token or
// an SDK access token.
func (p *Principal) IsToken() bool { return p != nil && p.TokenID != "" }

// ActorID names the principal in audit entries: the user, the API key or
// the token.
func (p *Principal) ActorID() string {
	switch {
	case p.IsAPIKey():
		return p.KeyID
	case p.IsToken():
		return p.TokenID
	}
	return p.UserID
}

// CanWrite reports whether the principal may change the tenant's resources.
func (p *Principal) CanWrite() bool {
	return p != nil && p.TenantID != "" && !p.IsAPIKey() && !p.IsToken() && p.Role != RoleViewer && p.Role != ""
}

// CanAdminister reports whether the principal may change tenant-level settings
// (terms, KYC details, members).
func (p *Principal) CanAdminister() bool {
	return p != nil && !p.IsAPIKey() && !p.IsToken() && (p.Role == RoleOwner || p.Role == RoleAdmin)
}

// IsStaff reports whether the principal is platform staff.
func (p *Principal) IsStaff() bool { return p != nil && p.StaffRole != "" }

// Roles lists the principal's roles as they appear in a token's roles claim.
func (p *Principal) Roles() []string {
	var roles []string
	if p.Role != "" {
		roles = append(roles, string(p.Role))
	}
	if p.StaffRole != "" {
		roles = append(roles, "staff:"+string(p.StaffRole))
	}
	return roles
}

type ctxKey struct{}

// NewContext returns ctx carrying p.
func NewContext(ctx context.Context, p *Principal) context.Context {
	return context.WithValue(ctx, ctxKey{}, p)
}

// FromContext returns the principal in ctx, or nil for an anonymous caller.
func FromContext(ctx context.Context) *Principal {
	p, _ := ctx.Value(ctxKey{}).(*Principal)
	return p
}

// RequireWriter returns the viewer when it may change its tenant's resources
// from the portal (owner, admin or developer; not an API key).
func RequireWriter(ctx context.Context) (*Principal, error) {
	p := FromContext(ctx)
	switch {
	case p == nil:
		return nil, fault.New(fault.Unauthorized, "log in first")
	case p.IsAPIKey():
		return nil, fault.New(fault.Forbidden, "this action needs a portal session, not an API key")
	case p.TenantID == "":
		return nil, noTenant(p)
	case p.IsToken():
		return nil, fault.New(fault.Forbidden, "this action needs a portal session; a %s cannot do it", p.Kind)
	case !p.CanWrite():
		return nil, fault.New(fault.Forbidden, "your role cannot change this organization's applications and keys")
	}
	return p, nil
}

// RequireAdmin returns the viewer when it is an owner or admin of its tenant.
func RequireAdmin(ctx context.Context) (*Principal, error) {
	p := FromContext(ctx)
	switch {
	case p == nil:
		return nil, fault.New(fault.Unauthorized, "log in first")
	case p.TenantID == "" || p.IsAPIKey() || p.IsToken():
		return nil, noTenant(p)
	case !p.CanAdminister():
		return nil, fault.New(fault.Forbidden, "only an owner or admin of the organization can do this")
	}
	return p, nil
}

// RequireReviewer returns the viewer when it is ops or senior-analyst staff,
// who review partners' KYC and production access.
func RequireReviewer(ctx context.Context) (*Principal, error) {
	p := FromContext(ctx)
	switch {
	case p == nil:
		return nil, fault.New(fault.Unauthorized, "log in first")
	case p.StaffRole != StaffOps && p.StaffRole != StaffSeniorAnalyst:
		return nil, fault.New(fault.Forbidden, "only ops or senior analyst staff can review this")
	}
	return p, nil
}

// RequireOwner returns the viewer when it is an owner of its tenant.
func RequireOwner(ctx context.Context) (*Principal, error) {
	p, err := RequireAdmin(ctx)
	if err != nil {
		return nil, err
	}
	if p.Role != RoleOwner {
		return nil, fault.New(fault.Forbidden, "only an owner of the organization can do this")
	}
	return p, nil
}

// RequireUser returns the viewer when it is a signed-in portal user, with or
// without an organization, for the operations on their own account.
func RequireUser(ctx context.Context) (*Principal, error) {
	p := FromContext(ctx)
	switch {
	case p == nil || p.UserID == "":
		return nil, fault.New(fault.Unauthorized, "log in first")
	case p.IsAPIKey():
		return nil, fault.New(fault.Forbidden, "this action needs a portal session, not an API key")
	}
	return p, nil
}

// RequireMember returns the viewer when it is a portal member of a
// tenant (any role, including VIEWER), for read-only operations.
func RequireMember(ctx context.Context) (*Principal, error) {
	p := FromContext(ctx)
	switch {
	case p == nil:
		return nil, fault.New(fault.Unauthorized, "log in first")
	case p.IsAPIKey() || p.IsToken() || p.TenantID == "":
		return nil, noTenant(p)
	}
	return p, nil
}

// noTenant explains why a portal principal has no organization to act in.
func noTenant(p *Principal) error {
	if p.MFASetupFor != "" {
		return fault.New(fault.Forbidden, "your organization requires two-factor authentication: set it up in Account settings first")
	}
	return fault.New(fault.Forbidden, "this action needs a portal session in an organization")
}

// RequireStaff returns the viewer when it is platform staff in one of roles.
func RequireStaff(ctx context.Context, roles ...StaffRole) (*Principal, error) {
	p := FromContext(ctx)
	switch {
	case p == nil:
		return nil, fault.New(fault.Unauthorized, "log in first")
	case !p.IsStaff() || !slices.Contains(roles, p.StaffRole):
		names := make([]string, len(roles))
		for i, r := range roles {
			names[i] = strings.ToLower(string(r))
		}
		return nil, fault.New(fault.Forbidden, "only KeyBS %s staff can do this", strings.Join(names, " or "))
	}
	return p, nil
}

// RequireModuleCaller returns the principal of a module call (KYC, risk,
// escrow, disputes …) and the environment its records belong to: an API
// key's own environment, or the sandbox for a portal session, which acts in
// the test environment on partner routes.
func RequireModuleCaller(ctx context.Context) (*Principal, environment.Environment, error) {
	p := FromContext(ctx)
	if p == nil || p.TenantID == "" {
		return nil, "", fault.New(fault.Unauthorized, "missing or invalid credentials")
	}
	if p.Environment != "" {
		return p, p.Environment, nil
	}
	return p, environment.Test, nil
}

// RequireModuleWriter is RequireModuleCaller for changes: an API key's scope
// and module were checked by the transport; a portal session needs a role
// that may write.
func RequireModuleWriter(ctx context.Context) (*Principal, environment.Environment, error) {
	p, env, err := RequireModuleCaller(ctx)
	if err == nil && !p.IsAPIKey() {
		_, err = RequireWriter(ctx)
	}
	return p, env, err
}

// RequireModuleReader returns the member reading an organization's module
// records (escrows, disputes) in the portal and the environment to read:
// the one asked for, or the sandbox when none is.
func RequireModuleReader(ctx context.Context, want environment.Environment) (*Principal, environment.Environment, error) {
	p, err := RequireMember(ctx)
	if err != nil {
		return nil, "", err
	}
	if want == "" {
		return p, environment.Test, nil
	}
	if !want.Valid() {
		return nil, "", fault.InvalidField("environment", "{field} must be TEST or LIVE")
	}
	return p, want, nil
}
