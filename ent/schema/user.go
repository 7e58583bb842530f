package schema

import (
	"context"
	"strings"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	gen "github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/hook"
	"github.com/keybs/platform/ent/schema/rule"
)

// User is a person who logs into the portal. A user may belong to several
// tenants through memberships; platform staff carry a staff role instead.
type User struct{ ent.Schema }

// Mixin of the User.
func (User) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "User"}, TimeMixin{}}
}

// Fields of the User.
func (User) Fields() []ent.Field {
	return []ent.Field{
		// Stored lower-cased (see Hooks), so the unique index is case-insensitive.
		field.String("email").NotEmpty().MaxLen(254).Unique(),
		field.String("name").NotEmpty().MaxLen(800),
		field.String("password_hash").Sensitive().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("staff_role").Values("ANALYST", "SENIOR_ANALYST", "OPS").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Time("last_login_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		// TOTP second factor. The secret is sealed with the server's
		// encryption key (it must be read back to check a code); the pending
		// one waits for its first code before it replaces the active one.
		field.String("mfa_secret").Optional().Nillable().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("mfa_pending_secret").Optional().Nillable().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("mfa_enabled_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Int64("mfa_last_step").Optional().
			Comment("The last TOTP time step accepted, so a code works once (RFC 6238 5.2)").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("password_changed_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the User.
func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("memberships", Membership.Type).Ref("user"),
	}
}

// Hooks of the User.
func (User) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(func(next ent.Mutator) ent.Mutator {
			return hook.UserFunc(func(ctx context.Context, m *gen.UserMutation) (ent.Value, error) {
				if email, ok := m.Email(); ok {
					m.SetEmail(strings.ToLower(strings.TrimSpace(email)))
				}
				return next.Mutate(ctx, m)
			})
		}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne),
	}
}

// Policy of the User.
func (User) Policy() ent.Policy { return rule.UserPolicy() }
