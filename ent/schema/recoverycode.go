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

// RecoveryCode is one of the ten single-use codes that stand in for a TOTP
// code when the authenticator is lost. Only its SHA-256 hash is stored.
type RecoveryCode struct{ ent.Schema }

// Mixin of the RecoveryCode.
func (RecoveryCode) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "RecoveryCode"}}
}

// Fields of the RecoveryCode.
func (RecoveryCode) Fields() []ent.Field {
	return []ent.Field{
		field.String("user_id").NotEmpty().Immutable(),
		field.String("code_hash").NotEmpty().Sensitive().Immutable(),
		field.Time("created_at").Immutable().Default(time.Now),
		field.Time("used_at").Optional().Nillable(),
	}
}

// Indexes of the RecoveryCode.
func (RecoveryCode) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "code_hash").Unique()}
}

// Policy of the RecoveryCode: only package auth touches it, as the system.
func (RecoveryCode) Policy() ent.Policy { return rule.SystemOnlyPolicy() }

// Annotations of the RecoveryCode: never exposed over GraphQL.
func (RecoveryCode) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
