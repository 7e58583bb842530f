package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/keybs/platform/internal/finding"
)

// The industry modules of seed 000 store what their endpoints create and
// later read. Every such type is tenant- and environment-scoped, so a TEST key
// never sees a LIVE row and another tenant's id answers like a missing one.

// callerFields record who made a module record: the API key (empty for a
// portal session) and its application.
func callerFields() []ent.Field {
	return []ent.Field{
		field.String("key_id").Optional().Immutable().Comment("Empty for a portal session").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("application_id").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("reference").Optional().Nillable().Immutable().MaxLen(400).
			Comment("The partner's own reference"),
	}
}

// KYCCheck is one POST /v1/kyc/verify: a person checked against the document
// rules of their country, the screening list and the minimum age. Only the
// document number's last four characters are kept.
type KYCCheck struct{ ent.Schema }

// Mixin of the KYCCheck.
func (KYCCheck) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "KYCCheck"}, TimeMixin{}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the KYCCheck.
func (KYCCheck) Fields() []ent.Field {
	return append(callerFields(),
		field.String("first_name").NotEmpty().MaxLen(400).Immutable(),
		field.String("last_name").NotEmpty().MaxLen(400).Immutable(),
		field.String("date_of_birth").NotEmpty().MaxLen(10).Immutable().Comment("YYYY-MM-DD"),
		field.String("country").NotEmpty().MaxLen(2).Immutable(),
		field.Enum("document_type").Values("PASSPORT", "NATIONAL_ID", "DRIVING_LICENCE", "RESIDENCE_PERMIT").Immutable(),
		field.String("document_last4").MaxLen(4).Immutable(),
		field.Enum("status").Values("PENDING", "VERIFIED", "REJECTED", "REVIEW"),
		field.JSON("checks", []finding.Finding{}),
		field.Time("decided_at").Optional().Nillable(),
	)
}

// Indexes of the KYCCheck.
func (KYCCheck) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "environment", "created_at")}
}

// Annotations of the KYCCheck: read over REST and in the figures.
func (KYCCheck) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
