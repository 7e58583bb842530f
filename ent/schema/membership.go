package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/keybs/platform/ent/schema/rule"
)

// Membership gives a user a role in a tenant.
type Membership struct{ ent.Schema }

// Mixin of the Membership.
func (Membership) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "Membership"}, TimeMixin{}}
}

// Fields of the Membership.
func (Membership) Fields() []ent.Field {
	return []ent.Field{
		field.String("user_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("tenant_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("role").Values("OWNER", "ADMIN", "DEVELOPER", "VIEWER"),
	}
}

// Edges of the Membership.
func (Membership) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Field("user_id").Unique().Required().Immutable(),
		edge.To("tenant", Tenant.Type).Field("tenant_id").Unique().Required().Immutable(),
	}
}

// Indexes of the Membership.
func (Membership) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("user_id", "tenant_id").Unique(),
		index.Fields("tenant_id"),
	}
}

// Policy of the Membership.
func (Membership) Policy() ent.Policy { return rule.MembershipPolicy() }
