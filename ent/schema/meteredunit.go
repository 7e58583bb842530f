package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/keybs/platform/internal/industry"
)

// MeteredUnit is the billable unit of one module call (internal/metering),
// recorded in the same transaction as the call's outcome under the pricing
// model of the tenant's industry at the time of the call: a call, a
// verification, an amount of transaction volume, or a KYC or fraud check of
// the iGaming bundle. A replayed idempotent request runs nothing and records
// nothing; source_id is unique, so one outcome is never billed twice.
type MeteredUnit struct{ ent.Schema }

// Mixin of the MeteredUnit.
func (MeteredUnit) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "MeteredUnit"}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the MeteredUnit.
func (MeteredUnit) Fields() []ent.Field {
	return []ent.Field{
		field.String("key_id").Optional().Immutable().Comment("Empty for a portal session"),
		field.String("application_id").Optional().Immutable(),
		field.Enum("industry").GoType(industry.Industry("")).Immutable().
			Comment("The tenant's industry when the call was made: whose pricing model applies"),
		field.String("operation").Immutable().MaxLen(64).Comment("The module operation, e.g. kyc.verify"),
		field.Enum("unit").Values("CALL", "VERIFICATION", "TRANSACTION_VOLUME", "KYC_CHECK", "FRAUD_CHECK").Immutable(),
		field.Int64("quantity").Min(0).Immutable().
			Comment("1, or for TRANSACTION_VOLUME the amount in integer minor units of currency"),
		field.String("currency").Optional().Immutable().MaxLen(12).Comment("Set for TRANSACTION_VOLUME"),
		field.String("source_id").Immutable().NotEmpty().MaxLen(64).
			Comment("The outcome billed: the check, escrow or dispute id, or the request's own id"),
		field.Time("created_at").Immutable(),
	}
}

// Indexes of the MeteredUnit: billing and quotas sum a tenant's period.
func (MeteredUnit) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "environment", "created_at"),
		index.Fields("source_id").Unique(),
	}
}

// Annotations of the MeteredUnit: read through billing only.
func (MeteredUnit) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
