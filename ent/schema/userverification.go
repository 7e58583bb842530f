package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/keybs/platform/internal/userverify/check"
)

// UserVerification is one POST /v1/user/verify (internal/userverify): a
// marketplace buyer or seller checked on email, phone, name and country,
// without any network lookup. Status is the decision (verified, review,
// rejected); level says how much was verified (basic: the formats; enhanced:
// everything, screening clear).
type UserVerification struct{ ent.Schema }

// Mixin of the UserVerification.
func (UserVerification) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "UserVerification"}, TimeMixin{}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the UserVerification.
func (UserVerification) Fields() []ent.Field {
	return append(callerFields(),
		field.String("email").Immutable().MaxLen(1280),
		field.String("phone").Immutable().MaxLen(256),
		field.String("name").Immutable().MaxLen(1600),
		field.String("country").Immutable().MaxLen(8),
		field.Enum("role").Values("BUYER", "SELLER").Optional().Nillable().Immutable(),
		field.Enum("status").Values("VERIFIED", "REVIEW", "REJECTED").Immutable(),
		field.Enum("level").Values("BASIC", "ENHANCED").Optional().Nillable().Immutable(),
		field.JSON("checks", []check.Result{}).Immutable(),
	)
}

// Indexes of the UserVerification.
func (UserVerification) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "environment", "created_at")}
}

// Annotations of the UserVerification: REST only.
func (UserVerification) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
