package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// VerificationCase is a supplier verification a partner submits: it moves
// from submitted through review (and requests for information) to approved or
// declined, and an approved case gets a signed report.
type VerificationCase struct{ ent.Schema }

// Mixin of the VerificationCase.
func (VerificationCase) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "VerificationCase"}, TimeMixin{}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the VerificationCase.
func (VerificationCase) Fields() []ent.Field {
	return []ent.Field{
		field.String("verification_id").Immutable().NotEmpty().Unique().
			Comment("The public id, KBS-VR- and 10 unguessable base32 characters"),
		field.String("supplier_name").NotEmpty().MaxLen(800),
		field.String("country_code").NotEmpty().MaxLen(2),
		field.Enum("tier").Values("TIER1", "TIER2", "TIER3"),
		field.Enum("package").Values("BASIC", "STANDARD", "ENHANCED"),
		field.String("contact_email").NotEmpty().MaxLen(254),
		field.String("client_reference").Optional().Nillable().MaxLen(400),
		field.Enum("status").
			Values("SUBMITTED", "IN_REVIEW", "RFI_REQUESTED", "RFI_RESOLVED", "APPROVED", "DECLINED").
			Default("SUBMITTED"),
		field.Int("trust_score").Optional().Nillable().Min(0).Max(100),
		field.Enum("risk_band").Values("LOW", "MEDIUM", "HIGH").Optional().Nillable(),
		field.Enum("created_via").Values("API", "PORTAL").Immutable(),
		field.Time("decided_at").Optional().Nillable().
			Comment("When the case was approved or declined"),
	}
}

// Edges of the VerificationCase.
func (VerificationCase) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("documents", Document.Type).Ref("case"),
		edge.To("report", Report.Type).Unique(),
	}
}

// Indexes of the VerificationCase: listing is by tenant, environment and
// status, newest first.
func (VerificationCase) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "environment", "id")}
}

// Annotations of the VerificationCase.
func (VerificationCase) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField("verificationCases")}
}

// Document is a reference to a file a partner attached to a case; the upload
// itself happens separately through a signed URL.
type Document struct{ ent.Schema }

// Mixin of the Document.
func (Document) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "Document"}, TimeMixin{}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the Document.
func (Document) Fields() []ent.Field {
	return []ent.Field{
		field.String("case_id").Immutable().NotEmpty().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("kind").Values("TRADE_LICENSE", "CERTIFICATE_OF_INCORPORATION", "TAX_CERTIFICATE",
			"BANK_STATEMENT", "IDENTITY_DOCUMENT", "PROOF_OF_ADDRESS", "OTHER").Immutable(),
		field.String("filename").NotEmpty().MaxLen(1020).Immutable(),
		field.String("storage_path").NotEmpty().MaxLen(4096).Immutable(),
		field.String("sha256").NotEmpty().MinLen(64).MaxLen(64).Immutable(),
		field.Enum("status").Values("RECEIVED", "VERIFIED", "REJECTED").Default("RECEIVED"),
	}
}

// Edges of the Document.
func (Document) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("case", VerificationCase.Type).Field("case_id").Unique().Required().Immutable(),
	}
}

// Report is the signed outcome of an approved case, published on a public
// verify page. Sandbox reports carry a demo watermark.
type Report struct{ ent.Schema }

// Mixin of the Report.
func (Report) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "Report"}, TimeMixin{}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the Report.
func (Report) Fields() []ent.Field {
	return []ent.Field{
		field.String("case_id").Immutable().NotEmpty().Unique().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("lifecycle_status").Values("APPROVED", "SIGNED", "PUBLISHED", "REVOKED", "EXPIRED").
			Default("APPROVED"),
		field.Time("signed_at").Optional().Nillable(),
		field.Time("valid_until").Optional().Nillable(),
		field.String("verify_url").Optional().Nillable(),
		field.String("pdf_url").Optional().Nillable(),
		field.Int("trust_score").Optional().Nillable().Min(0).Max(100),
		field.Enum("risk_band").Values("LOW", "MEDIUM", "HIGH").Optional().Nillable(),
		field.Bool("demo").Default(false).Comment("Sandbox report: the verify page shows a demo watermark"),
		field.Bool("disputed").Default(false),
	}
}

// Edges of the Report.
func (Report) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("case", VerificationCase.Type).Ref("report").Field("case_id").Unique().Required().Immutable(),
	}
}
