package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/keybs/platform/ent/schema/rule"
	"github.com/keybs/platform/internal/industry"
)

// Tenant is a partner organisation: the unit of isolation for every partner
// resource, and the holder of the onboarding state (terms, KYC/AML).
type Tenant struct{ ent.Schema }

// Mixin of the Tenant.
func (Tenant) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "Tenant"}, TimeMixin{}}
}

// Fields of the Tenant.
func (Tenant) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(800),
		field.String("slug").NotEmpty().MaxLen(80).Unique().Immutable(),
		field.Enum("industry").GoType(industry.Industry("")).
			Annotations(entgql.Type("Industry")),
		// Terms of service acceptance.
		field.String("terms_version").Optional().Nillable(),
		field.Time("terms_accepted_at").Optional().Nillable(),
		field.String("terms_accepted_by").Optional().Nillable().
			Comment("ID of the user who accepted the terms"),
		field.Enum("terms_industry").GoType(industry.Industry("")).Optional().Nillable().
			Comment("The industry whose permitted use cases were accepted; empty for acceptances before terms named industries, which were for the tenant's industry").
			Annotations(entgql.Type("Industry"), entgql.Skip(entgql.SkipWhereInput)),
		field.Bool("require_mfa").Default(false).
			Comment("Every member must sign in with a second factor").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		// KYC/AML of the partner company itself.
		field.Enum("kyc_status").Values("NOT_STARTED", "SUBMITTED", "VERIFIED", "REJECTED").
			Default("NOT_STARTED"),
		field.String("kyc_legal_name").Optional().MaxLen(800),
		field.String("kyc_registration_number").Optional().MaxLen(100),
		field.String("kyc_country").Optional().MaxLen(2).
			Comment("ISO 3166-1 alpha-2"),
		field.String("kyc_address").Optional().MaxLen(2000),
		field.String("kyc_contact_name").Optional().MaxLen(800),
		field.String("kyc_contact_email").Optional().MaxLen(254),
		field.Time("kyc_submitted_at").Optional().Nillable(),
		field.Time("kyc_reviewed_at").Optional().Nillable(),
		field.String("kyc_review_reason").Optional().Nillable().MaxLen(4000),
		field.Int("rate_limit_override").Optional().Nillable().Positive().
			Comment("An enterprise per-minute budget for every key of the tenant, set by ops"),
	}
}

// Edges of the Tenant.
func (Tenant) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("memberships", Membership.Type).Ref("tenant").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Policy of the Tenant.
func (Tenant) Policy() ent.Policy { return rule.TenantSelfPolicy() }

// Annotations of the Tenant: a connection for the staff console's queues
// (there is no root query of all tenants).
func (Tenant) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
