package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/keybs/platform/internal/fraud/reason"
)

// FraudCheck is one POST /v1/fraud/score (internal/fraud): an email, IP,
// device or party scored from the tenant's stored history in one
// environment. Later checks count the stored ones for velocity, and feedback
// (FraudFeedback) confirms fraud or legitimate use.
type FraudCheck struct{ ent.Schema }

// Mixin of the FraudCheck.
func (FraudCheck) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "FraudCheck"}, TimeMixin{}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the FraudCheck. The identifiers are stored as normalised
// (email lower-cased), so the velocity lookups compare equal strings.
func (FraudCheck) Fields() []ent.Field {
	return append(callerFields(),
		field.String("email").Optional().Immutable().MaxLen(320),
		field.String("email_domain").Optional().Immutable().MaxLen(320),
		field.String("ip").Optional().Immutable().MaxLen(64),
		field.String("device_id").Optional().Immutable().MaxLen(1600),
		field.String("party_id").Optional().Immutable().MaxLen(1600).Comment("The partner's id for the user or counterparty"),
		field.Int("score").Min(0).Max(100).Immutable(),
		field.Enum("decision").Values("APPROVE", "REVIEW", "DECLINE").Immutable(),
		field.JSON("reasons", []reason.Reason{}).Immutable(),
		field.Enum("feedback").Values("FRAUD", "LEGITIMATE").Optional().Nillable().
			Comment("The latest feedback's outcome, for the figures"),
		field.Time("feedback_at").Optional().Nillable(),
	)
}

// Indexes of the FraudCheck: velocity counts checks of one identifier over
// a window; the figures count a period's checks.
func (FraudCheck) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "environment", "created_at"),
		index.Fields("tenant_id", "environment", "email", "created_at"),
		index.Fields("tenant_id", "environment", "ip", "created_at"),
		index.Fields("tenant_id", "environment", "device_id", "created_at"),
		index.Fields("tenant_id", "environment", "party_id", "created_at"),
	}
}

// Annotations of the FraudCheck: read over REST and in the figures.
func (FraudCheck) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
