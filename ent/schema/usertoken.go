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

// UserToken is a single-use, expiring token emailed to a user: a password
// reset link, or the confirmation of a new email address. Only its SHA-256
// hash is stored.
type UserToken struct{ ent.Schema }

// Mixin of the UserToken.
func (UserToken) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "UserToken"}}
}

// Fields of the UserToken.
func (UserToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("user_id").NotEmpty().Immutable(),
		field.Enum("purpose").Values("PASSWORD_RESET", "EMAIL_CHANGE").Immutable(),
		field.String("token_hash").NotEmpty().Sensitive().Unique().Immutable(),
		field.String("new_email").Optional().MaxLen(254).Immutable().
			Comment("The address an EMAIL_CHANGE token confirms"),
		field.Time("created_at").Immutable().Default(time.Now),
		field.Time("expires_at").Immutable(),
		field.Time("used_at").Optional().Nillable(),
	}
}

// Indexes of the UserToken.
func (UserToken) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "purpose")}
}

// Policy of the UserToken: only package auth touches it, as the system.
func (UserToken) Policy() ent.Policy { return rule.SystemOnlyPolicy() }

// Annotations of the UserToken: never exposed over GraphQL.
func (UserToken) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
