package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Escrow is one POST /v1/escrow/initiate: a buyer's money held until the deal
// is done. It moves initiated → funded → released or refunded, or from funded
// to disputed when a dispute opens, and from disputed to released or refunded
// by the dispute's outcome (internal/escrow holds the table of moves).
type Escrow struct{ ent.Schema }

// Mixin of the Escrow: staff read escrows across tenants to decide disputes.
func (Escrow) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "Escrow"}, TimeMixin{}, TenantMixin{StaffRead: true}, EnvironmentMixin{}}
}

// Fields of the Escrow.
func (Escrow) Fields() []ent.Field {
	return append(callerFields(),
		field.Int64("amount").Positive().Immutable().Comment("Integer minor units of currency"),
		field.String("currency").NotEmpty().MaxLen(12).Immutable(),
		field.String("buyer_id").NotEmpty().MaxLen(800).Immutable().Comment("The partner's id of the paying party"),
		field.String("seller_id").NotEmpty().MaxLen(800).Immutable().Comment("The partner's id of the party paid on release"),
		field.String("description").Optional().MaxLen(8000).Immutable(),
		field.Enum("status").Values("INITIATED", "FUNDED", "RELEASED", "REFUNDED", "DISPUTED").Default("INITIATED"),
		field.Time("funded_at").Optional().Nillable(),
		field.Time("released_at").Optional().Nillable(),
		field.Time("refunded_at").Optional().Nillable(),
		field.Time("disputed_at").Optional().Nillable(),
	)
}

// Indexes of the Escrow.
func (Escrow) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "environment", "status"), index.Fields("tenant_id", "environment", "created_at")}
}

// Annotations of the Escrow: read over REST; staff see one through its
// dispute.
func (Escrow) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Dispute is one POST /v1/disputes/open: a claim against an escrow or a
// checked transaction (a chargeback). It moves open → under_review → won or
// lost, decided by KeyBS ops (or, in the sandbox, the test helper). Won
// upholds the claim (a disputed escrow is refunded to the buyer); lost rejects
// it (a disputed escrow is released to the seller).
type Dispute struct{ ent.Schema }

// Mixin of the Dispute: ops staff list and decide disputes across tenants.
func (Dispute) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "Dispute"}, TimeMixin{}, TenantMixin{StaffRead: true}, EnvironmentMixin{}}
}

// Fields of the Dispute. The disputed object is named by id rather than by an
// edge because a transaction check lives in another module's table.
func (Dispute) Fields() []ent.Field {
	return append(callerFields(),
		field.String("escrow_id").Optional().Nillable().Immutable().MaxLen(64),
		field.String("check_id").Optional().Nillable().Immutable().MaxLen(64).Comment("The transaction check disputed (txc_…)"),
		field.Enum("reason").Values("FRAUDULENT", "PRODUCT_NOT_RECEIVED", "PRODUCT_UNACCEPTABLE", "DUPLICATE", "OTHER").Immutable(),
		field.String("description").Optional().MaxLen(8000).Immutable(),
		field.Enum("status").Values("OPEN", "UNDER_REVIEW", "WON", "LOST").Default("OPEN"),
		field.Time("review_started_at").Optional().Nillable(),
		field.Time("resolved_at").Optional().Nillable(),
		field.String("resolved_by").Optional().Nillable().MaxLen(64).Comment("The staff user, or \"test_helper\" or \"sandbox\""),
		field.String("resolution_note").Optional().Nillable().MaxLen(8000),
	)
}

// Indexes of the Dispute: the tenant's own, and the ops queue by status.
func (Dispute) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "environment", "status"), index.Fields("status", "created_at"), index.Fields("escrow_id")}
}

// Annotations of the Dispute: GraphQL shows it through hand-written types
// (graph/schema/dispute.graphqls) in the API's lower-case spelling.
func (Dispute) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
