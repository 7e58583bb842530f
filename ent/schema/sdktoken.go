package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// SDKToken is a short-lived SDK access token (seed 004): a partner's server
// mints it with a secret or restricted key for one end user, and the
// token's hosted page lets that user submit one verification case in the
// key's tenant and environment. Only the SHA-256 hash is stored; used_at is
// set, by a conditional update in the case's own transaction, when the case
// is submitted, so a token opens at most one case.
type SDKToken struct{ ent.Schema }

// Mixin of the SDKToken.
func (SDKToken) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "SDKToken"}, TimeMixin{}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the SDKToken.
func (SDKToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("application_id").Immutable().NotEmpty(),
		field.String("key_id").Immutable().NotEmpty().
			Comment("The API key that minted the token"),
		field.String("token_hash").Immutable().NotEmpty().Sensitive().Unique(),
		field.String("prefix").Immutable().NotEmpty().
			Comment("The first characters of the token, for display"),
		field.String("external_user_id").Immutable().NotEmpty().MaxLen(400).
			Comment("The partner's id of the end user; the case's client_reference"),
		field.String("email").Optional().Immutable().MaxLen(254).
			Comment("Prefills the contact email of the hosted form"),
		field.String("flow_name").Immutable().NotEmpty().MaxLen(100),
		field.String("redirect_url").Immutable().NotEmpty().MaxLen(2000).
			Comment("One of the application's callback URLs, checked when the token was minted"),
		field.Time("expires_at").Immutable(),
		field.Time("used_at").Optional().Nillable(),
		field.String("case_id").Optional().Nillable().
			Comment("The case the token's submission opened"),
	}
}

// Indexes of the SDKToken.
func (SDKToken) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "environment")}
}

// Annotations of the SDKToken: not exposed over GraphQL; a case's timeline
// names the token that opened it.
func (SDKToken) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
