// Package rule holds the ent privacy rules that enforce tenant isolation. Every
// tenant-owned type uses TenantPolicy, so the tenant filter is written once and
// applied by ent to every query, edge load and mutation.
package rule

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/viewer"
)

// TenantPolicy limits reads and writes of tenant-owned rows to the viewer's
// tenant, and refuses to create a row for another tenant.
func TenantPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			filter(func(p *viewer.Principal) entql.P { return entql.FieldEQ("tenant_id", p.TenantID) }),
		},
		Mutation: privacy.MutationPolicy{
			denyForeignCreate("tenant_id"),
			filter(func(p *viewer.Principal) entql.P { return entql.FieldEQ("tenant_id", p.TenantID) }),
		},
	}
}

// TenantPolicyStaffReadable is TenantPolicy for the types platform staff
// read across tenants: verification cases and their documents, reports,
// timelines and RFI items, and applications.
func TenantPolicyStaffReadable() ent.Policy {
	p := TenantPolicy().(privacy.Policy)
	p.Query = append(privacy.QueryPolicy{allowStaffRead()}, p.Query...)
	return p
}

// allowStaffRead lets a platform staff principal read any tenant's rows.
func allowStaffRead() privacy.QueryRule {
	return privacy.QueryRuleFunc(func(ctx context.Context, _ ent.Query) error {
		if viewer.FromContext(ctx).IsStaff() {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// TenantSelfPolicy governs the Tenant type: a viewer reads the tenants it is a
// member of and changes only its current tenant; platform staff read every
// tenant (KYC reviews, case queues).
func TenantSelfPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			allowStaffRead(),
			filter(func(p *viewer.Principal) entql.P {
				return entql.Or(
					entql.FieldEQ("id", p.TenantID),
					entql.HasEdgeWith("memberships", entql.FieldEQ("user_id", p.UserID)),
				)
			}),
		},
		Mutation: privacy.MutationPolicy{
			denyCreate(),
			filter(func(p *viewer.Principal) entql.P { return entql.FieldEQ("id", p.TenantID) }),
		},
	}
}

// UserPolicy governs the User type: a viewer reads itself and the members of its
// tenant, and changes only itself.
func UserPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			filterOwn(userSelf, func(p *viewer.Principal) entql.P {
				return entql.Or(
					entql.FieldEQ("id", p.UserID),
					entql.HasEdgeWith("memberships", entql.FieldEQ("tenant_id", p.TenantID)),
				)
			}),
		},
		Mutation: privacy.MutationPolicy{
			denyCreate(),
			filterOwn(userSelf, userSelf),
		},
	}
}

// MembershipPolicy governs memberships: a viewer reads its tenant's members and
// its own memberships elsewhere, and changes only its tenant's.
func MembershipPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			filterOwn(
				func(p *viewer.Principal) entql.P { return entql.FieldEQ("user_id", p.UserID) },
				func(p *viewer.Principal) entql.P {
					return entql.Or(
						entql.FieldEQ("tenant_id", p.TenantID),
						entql.FieldEQ("user_id", p.UserID),
					)
				}),
		},
		Mutation: privacy.MutationPolicy{
			denyForeignCreate("tenant_id"),
			filter(func(p *viewer.Principal) entql.P { return entql.FieldEQ("tenant_id", p.TenantID) }),
		},
	}
}

func userSelf(p *viewer.Principal) entql.P { return entql.FieldEQ("id", p.UserID) }

// EnvironmentPolicy limits an API key's reads and writes to its own
// environment (TEST or LIVE); portal users see both.
func EnvironmentPolicy() ent.Policy {
	envFilter := privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		p := viewer.FromContext(ctx)
		if p != nil && p.Environment != "" {
			f.Where(entql.FieldEQ("environment", p.Environment))
		}
		return privacy.Skip
	})
	return privacy.Policy{
		Query:    privacy.QueryPolicy{envFilter},
		Mutation: privacy.MutationPolicy{envFilter},
	}
}

// SystemOnlyPolicy denies every read and write that does not run in a system
// context (privacy.DecisionContext with Allow); credentials such as refresh
// tokens are only ever touched by their own package.
func SystemOnlyPolicy() ent.Policy {
	deny := privacy.AlwaysDenyRule()
	return privacy.Policy{
		Query:    privacy.QueryPolicy{deny},
		Mutation: privacy.MutationPolicy{deny},
	}
}

// filter narrows a query or mutation with the predicate built from the viewer.
// An anonymous caller is denied. So is a caller without a tenant (staff outside
// a system context): staff tools run through domain functions that check the
// staff role.
func filter(pred func(*viewer.Principal) entql.P) privacy.QueryMutationRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		p := viewer.FromContext(ctx)
		if p == nil || p.TenantID == "" {
			return privacy.Denyf("no tenant in context")
		}
		f.Where(pred(p))
		return privacy.Skip
	})
}

// filterOwn is filter for types a caller without a tenant (platform staff) may
// still read for itself: its own user row and memberships. own builds that
// caller's predicate; pred the usual tenant-bound one.
func filterOwn(own, pred func(*viewer.Principal) entql.P) privacy.QueryMutationRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		p := viewer.FromContext(ctx)
		switch {
		case p == nil || p.UserID == "":
			return privacy.Denyf("no viewer in context")
		case p.TenantID == "":
			f.Where(own(p))
		default:
			f.Where(pred(p))
		}
		return privacy.Skip
	})
}

// denyForeignCreate refuses to create a row whose tenant field is not the
// viewer's tenant.
func denyForeignCreate(tenantField string) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if !m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		p := viewer.FromContext(ctx)
		v, ok := m.Field(tenantField)
		if p == nil || p.TenantID == "" || !ok || v != p.TenantID {
			return privacy.Denyf("create outside the viewer's tenant")
		}
		return privacy.Skip
	})
}

// denyCreate refuses creation outside a system context.
func denyCreate() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if m.Op().Is(ent.OpCreate) {
			return privacy.Denyf("%s is created by the system only", m.Type())
		}
		return privacy.Skip
	})
}
