package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/keybs/platform/ent/schema/rule"
)

// SigningKey is an Ed25519 public key the server has signed reports with. Each
// server records its key at start-up, so when an operator changes
// KEYBS_SIGNING_KEY the old key stays published and old reports keep
// verifying. The private key is never stored: it lives in the configuration.
type SigningKey struct{ ent.Schema }

// Mixin of the SigningKey.
func (SigningKey) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "SigningKey"}}
}

// Fields of the SigningKey.
func (SigningKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("kid").Immutable().NotEmpty().Unique().MaxLen(64).
			Comment("RFC 7638 JWK thumbprint of the public key (SHA-256, base64url)"),
		field.Bytes("public_key").Immutable().MinLen(32).MaxLen(32).
			Comment("The raw 32-byte Ed25519 public key"),
		field.Time("created_at").Immutable().Default(time.Now),
		field.Time("retired_at").Optional().Nillable().
			Comment("Set when a server started with another key; retired keys still verify"),
	}
}

// Policy of the SigningKey: only the signing package touches it, in a system
// context.
func (SigningKey) Policy() ent.Policy { return rule.SystemOnlyPolicy() }

// Annotations of the SigningKey: never exposed over GraphQL (the public keys
// are served as a JWK set instead).
func (SigningKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
