package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/keybs/platform/ent/schema/rule"
)

// RefreshToken is one link of a rotating refresh-token family. Only the SHA-256
// hash of the token is stored. Using a token marks it used; using a used token
// again is a replay and revokes the whole family.
type RefreshToken struct{ ent.Schema }

// Mixin of the RefreshToken.
func (RefreshToken) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "RefreshToken"}}
}

// Fields of the RefreshToken.
func (RefreshToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("user_id").Immutable().NotEmpty(),
		field.String("tenant_id").Optional().Immutable().
			Comment("The tenant the session is for; empty for staff sessions"),
		field.String("token_hash").Immutable().NotEmpty().Sensitive().Unique(),
		field.String("family_id").Immutable().NotEmpty(),
		field.Time("family_created_at").Optional().Nillable().Immutable().
			Comment("When the session (the family) signed in; carried along rotations"),
		field.Time("created_at").Immutable().Default(time.Now),
		field.Time("expires_at").Immutable(),
		field.Time("used_at").Optional().Nillable().
			Comment("Set when the token was exchanged for its successor"),
		field.Time("revoked_at").Optional().Nillable(),
		field.String("ip").Optional().MaxLen(64),
		field.String("user_agent").Optional().MaxLen(512),
	}
}

// Indexes of the RefreshToken.
func (RefreshToken) Indexes() []ent.Index {
	return []ent.Index{index.Fields("family_id"), index.Fields("user_id")}
}

// Policy of the RefreshToken.
func (RefreshToken) Policy() ent.Policy { return rule.SystemOnlyPolicy() }

// Annotations of the RefreshToken: never exposed over GraphQL.
func (RefreshToken) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
