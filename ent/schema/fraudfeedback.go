package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// FraudFeedback is one POST /v1/fraud/feedback: the partner confirms that a
// fraud check (frd_…) or transaction check (txc_…) was fraud or legitimate.
// One row per check: a second feedback replaces the first. The check's
// identifiers are copied here, so a later score finds confirmed fraud on the
// same email, IP, device or party with one indexed lookup.
type FraudFeedback struct{ ent.Schema }

// Mixin of the FraudFeedback.
func (FraudFeedback) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "FraudFeedback"}, TimeMixin{}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the FraudFeedback.
func (FraudFeedback) Fields() []ent.Field {
	return []ent.Field{
		field.String("key_id").Optional().Comment("Empty for a portal session").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("application_id").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("check_id").NotEmpty().Immutable().MaxLen(64).Comment("frd_… or txc_…"),
		field.Enum("outcome").Values("FRAUD", "LEGITIMATE"),
		field.String("note").Optional().Nillable().MaxLen(8000),
		field.String("email").Optional().Immutable().MaxLen(320),
		field.String("ip").Optional().Immutable().MaxLen(64),
		field.String("device_id").Optional().Immutable().MaxLen(1600),
		field.String("party_id").Optional().Immutable().MaxLen(1600),
	}
}

// Indexes of the FraudFeedback: one per check, and the identifier lookups of
// the confirmed-fraud signal.
func (FraudFeedback) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "environment", "check_id").Unique(),
		index.Fields("tenant_id", "environment", "email"),
		index.Fields("tenant_id", "environment", "ip"),
		index.Fields("tenant_id", "environment", "device_id"),
		index.Fields("tenant_id", "environment", "party_id"),
	}
}

// Annotations of the FraudFeedback: REST only.
func (FraudFeedback) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
