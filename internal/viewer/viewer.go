// Package viewer holds the Principal: who is making a request (a portal user,
// platform staff, or later an API key), for which tenant and with which roles.
// Every transport resolves its credentials into one Principal and stores it in
// the request context; the ent privacy rules read it from there, so tenant
// isolation is decided in one place.
package viewer

import "context"

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

// Principal is the authenticated caller.
type Principal struct {
	UserID    string
	TenantID  string // empty for staff without a tenant
	Role      Role   // the role in TenantID; empty without a tenant
	StaffRole StaffRole
	// SessionID identifies the token the principal was built from (the JWT's jti).
	SessionID string
}

// CanWrite reports whether the principal may change the tenant's resources.
func (p *Principal) CanWrite() bool {
	return p != nil && p.TenantID != "" && p.Role != RoleViewer && p.Role != ""
}

// CanAdminister reports whether the principal may change tenant-level settings
// (terms, KYC details, members).
func (p *Principal) CanAdminister() bool {
	return p != nil && (p.Role == RoleOwner || p.Role == RoleAdmin)
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
