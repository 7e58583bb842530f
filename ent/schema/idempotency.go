package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/keybs/platform/ent/schema/rule"
	"github.com/keybs/platform/internal/environment"
)

// IdempotencyKey remembers a POST under /v1 sent with an Idempotency-Key
// header (Stripe's model): while it runs, and then its answer for 24 hours,
// so a retried request replays the first response instead of acting twice.
type IdempotencyKey struct{ ent.Schema }

// Mixin of the IdempotencyKey.
func (IdempotencyKey) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "IdempotencyKey"}}
}

// Fields of the IdempotencyKey. Keys are scoped to a tenant and environment
// (the API key's, or the sandbox for a portal session).
func (IdempotencyKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("tenant_id").Immutable().NotEmpty(),
		field.Enum("environment").GoType(environment.Environment("")).Immutable(),
		field.String("key").Immutable().NotEmpty().MaxLen(255),
		field.String("request_hash").Immutable().NotEmpty().
			Comment("SHA-256 of the method, path and body: the same key with another request is a conflict"),
		field.Int("response_status").Optional().Nillable().Comment("Empty while the first request runs"),
		field.String("response_content_type").Optional(),
		field.Bytes("response_body").Optional(),
		field.Time("created_at").Immutable().Default(time.Now),
		field.Time("expires_at").Immutable(),
	}
}

// Indexes of the IdempotencyKey.
func (IdempotencyKey) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "environment", "key").Unique(),
		index.Fields("expires_at"),
	}
}

// Policy of the IdempotencyKey: only package idempotency touches it.
func (IdempotencyKey) Policy() ent.Policy { return rule.SystemOnlyPolicy() }

// Annotations of the IdempotencyKey: not exposed over GraphQL.
func (IdempotencyKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
