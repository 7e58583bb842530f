package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/keybs/platform/internal/finding"
)

// RiskCheck is one run of the rules engine (internal/risk): a transaction
// check (POST /v1/transaction/check) or a fraud score or signals lookup
// (POST /v1/fraud/score, /v1/fraud/signals). Later checks read the stored
// ones for velocity and earlier declines, and feedback confirms fraud or not.
type RiskCheck struct{ ent.Schema }

// Mixin of the RiskCheck.
func (RiskCheck) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "RiskCheck"}, TimeMixin{}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the RiskCheck.
func (RiskCheck) Fields() []ent.Field {
	return append(callerFields(),
		field.Enum("kind").Values("TRANSACTION", "FRAUD_SCORE", "FRAUD_SIGNALS").Immutable(),
		field.Int64("amount").Optional().Nillable().Immutable().Comment("Integer minor units"),
		field.String("currency").Optional().Immutable().MaxLen(12),
		field.String("account_currency").Optional().Immutable().MaxLen(12).
			Comment("The paying account's currency, for the currency-mismatch rule"),
		field.String("party_id").Optional().Immutable().MaxLen(400).
			Comment("The paying party, or the subject of a fraud check"),
		field.String("counterparty_id").Optional().Immutable().MaxLen(400),
		field.String("party_country").Optional().Immutable().MaxLen(2),
		field.String("counterparty_country").Optional().Immutable().MaxLen(2),
		field.String("email").Optional().Immutable().MaxLen(320),
		field.String("ip").Optional().Immutable().MaxLen(64),
		field.String("device_id").Optional().Immutable().MaxLen(400),
		field.Int("risk_score").Min(0).Max(100).Immutable(),
		field.Enum("decision").Values("APPROVE", "REVIEW", "DECLINE").Immutable(),
		field.JSON("reasons", []finding.Finding{}).Immutable(),
		field.Enum("feedback").Values("FRAUD", "LEGIT").Optional().Nillable(),
		field.Time("feedback_at").Optional().Nillable(),
	)
}

// Indexes of the RiskCheck: the rules read a party's, email's, IP's and
// device's recent history.
func (RiskCheck) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "environment", "party_id", "created_at"),
		index.Fields("tenant_id", "environment", "email"),
		index.Fields("tenant_id", "environment", "ip"),
		index.Fields("tenant_id", "environment", "device_id"),
	}
}

// Annotations of the RiskCheck: read over REST and in the figures.
func (RiskCheck) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
