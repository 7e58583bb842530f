package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Invitation asks someone, by email, to join a tenant with a role. Only the
// SHA-256 hash of the emailed token is stored; the token works once, until
// expires_at, and only for the invited email.
type Invitation struct{ ent.Schema }

// Mixin of the Invitation.
func (Invitation) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "Invitation"}, TimeMixin{}, TenantMixin{}}
}

// Fields of the Invitation.
func (Invitation) Fields() []ent.Field {
	return []ent.Field{
		// Stored lower-cased, the form users' emails are stored in.
		field.String("email").NotEmpty().MaxLen(254).Immutable(),
		field.Enum("role").Values("OWNER", "ADMIN", "DEVELOPER", "VIEWER").Immutable(),
		field.String("token_hash").NotEmpty().Sensitive().Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("invited_by_id").NotEmpty().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("expires_at").Immutable(),
		field.Time("accepted_at").Optional().Nillable(),
		field.String("accepted_by_id").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("revoked_at").Optional().Nillable(),
	}
}

// Edges of the Invitation.
func (Invitation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("invited_by", User.Type).Field("invited_by_id").Unique().Required().Immutable(),
	}
}

// Indexes of the Invitation.
func (Invitation) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "email")}
}
