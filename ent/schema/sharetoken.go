package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/keybs/platform/ent/hook"
	"github.com/keybs/platform/internal/reportfield"
)

// ShareToken lets a third party without an account read chosen public fields
// of one published report (seed 004's KYC share token). Only the SHA-256
// hash of the token is stored, with a display prefix; the token is shown
// once. Each presentation spends one of max_uses, counted by a conditional
// update so concurrent presentations never spend more than there are.
type ShareToken struct{ ent.Schema }

// Mixin of the ShareToken.
func (ShareToken) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "ShareToken"}, TimeMixin{}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the ShareToken.
func (ShareToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("case_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("token_hash").Immutable().NotEmpty().Sensitive().Unique().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("prefix").Immutable().NotEmpty().
			Comment("The first characters of the token, for display"),
		field.JSON("fields", []reportfield.Field{}).Immutable().
			Comment("The public fields of the report the token reveals").
			Annotations(entgql.Type("[ShareTokenField!]"), entgql.Skip(entgql.SkipWhereInput)),
		field.Int("max_uses").Immutable().Range(1, 1000),
		field.Int("uses").NonNegative().Default(0).
			Comment("Presentations that revealed the fields; never more than max_uses"),
		field.Time("expires_at").Immutable(),
		field.Time("revoked_at").Optional().Nillable(),
		field.Time("last_used_at").Optional().Nillable(),
		field.String("created_by").Optional().Immutable().
			Comment("The user or API key that created the token").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Edges of the ShareToken.
func (ShareToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("case", VerificationCase.Type).Field("case_id").Unique().Required().Immutable(),
		edge.From("attempts", ShareAttempt.Type).Ref("share_token").
			Annotations(entgql.RelayConnection()),
	}
}

// Indexes of the ShareToken: listed by tenant and environment, newest first,
// or by the case whose report they share.
func (ShareToken) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "environment", "id"), index.Fields("case_id")}
}

// Annotations of the ShareToken.
func (ShareToken) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField("shareTokens")}
}

// ShareAttempt is one presentation of a share token, whatever its outcome,
// with who asked: the client IP, the requesting domain (Origin, else the
// Referer's host) and the user agent. The tenant reads them in the portal;
// the audit log has an entry for each too.
type ShareAttempt struct{ ent.Schema }

// Mixin of the ShareAttempt.
func (ShareAttempt) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "ShareAttempt"}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the ShareAttempt.
func (ShareAttempt) Fields() []ent.Field {
	return []ent.Field{
		field.String("share_token_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("outcome").Values("REVEALED", "EXPIRED", "EXHAUSTED", "REVOKED").Immutable().
			Comment("REVEALED: the fields were returned; otherwise why the token was refused"),
		field.String("ip").Optional().Immutable().MaxLen(64),
		field.String("domain").Optional().Immutable().MaxLen(1020).
			Comment("The host of the Origin header, else of the Referer; empty when the caller sent neither"),
		field.String("user_agent").Optional().Immutable().MaxLen(512),
		field.Time("created_at").Immutable().Default(time.Now).
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

// Edges of the ShareAttempt.
func (ShareAttempt) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("share_token", ShareToken.Type).Field("share_token_id").Unique().Required().Immutable(),
	}
}

// Indexes of the ShareAttempt: a token's attempts in order.
func (ShareAttempt) Indexes() []ent.Index {
	return []ent.Index{index.Fields("share_token_id", "created_at")}
}

// Hooks of the ShareAttempt: the record of attempts is append-only.
func (ShareAttempt) Hooks() []ent.Hook {
	return []ent.Hook{hook.Reject(ent.OpUpdate | ent.OpUpdateOne | ent.OpDelete | ent.OpDeleteOne)}
}

// Annotations of the ShareAttempt.
func (ShareAttempt) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
