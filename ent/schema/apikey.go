package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// APIKey is a machine credential. Only the SHA-256 hash of the secret is
// stored, with a display prefix and the last four characters; the secret is
// shown once, when the key is created or rotated.
type APIKey struct{ ent.Schema }

// Mixin of the APIKey.
func (APIKey) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "APIKey"}, TimeMixin{}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the APIKey.
func (APIKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("application_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("name").NotEmpty().MaxLen(400),
		field.Enum("kind").Values("SECRET", "RESTRICTED", "PUBLISHABLE").Immutable(),
		field.String("key_hash").Immutable().NotEmpty().Sensitive().Unique().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("prefix").Immutable().NotEmpty().
			Comment("The first 12 characters of the key, for display"),
		field.String("last4").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.JSON("scopes", []string{}).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.JSON("ip_allowlist", []string{}).Optional().
			Comment("CIDRs; empty means the application's allowlist applies").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.JSON("allowed_origins", []string{}).Optional().
			Comment("Browser origins allowed to use a publishable key").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Enum("currency_type").Values("FIAT", "CRYPTO").Default("FIAT"),
		field.Time("expires_at").Optional().Nillable(),
		field.Int("rate_limit_per_minute").Positive().
			Comment("The default budget the key was issued with (environment and industry)"),
		field.Int("rate_limit_override").Optional().Nillable().Positive().
			Comment("An enterprise override set by ops; wins over the tenant's and the default"),
		field.Time("rotation_due_at"),
		field.Time("last_used_at").Optional().Nillable(),
		field.String("last_used_ip").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Time("revoked_at").Optional().Nillable(),
		field.String("revoked_reason").Optional().Nillable().MaxLen(2000).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.String("rotated_from").Optional().Nillable().Immutable().
			Comment("The key this one replaced"),
		field.String("rotated_to").Optional().Nillable().
			Comment("The key that replaced this one"),
		field.Time("grace_until").Optional().Nillable().
			Comment("After a rotation, the old key works until then"),
		field.String("created_by").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Edges of the APIKey.
func (APIKey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("application", Application.Type).Field("application_id").Unique().Required().Immutable(),
	}
}

// Indexes of the APIKey.
func (APIKey) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "environment"),
		// A well-formed key that is no key is looked up by its display
		// prefix, to log the refused call for the key it imitates.
		index.Fields("prefix", "last4"),
	}
}

// Annotations of the APIKey.
func (APIKey) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField("apiKeys"),
	}
}
