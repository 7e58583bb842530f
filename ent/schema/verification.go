package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/keybs/platform/ent/hook"
)

// VerificationCase is a supplier verification a partner submits: it moves
// from submitted through review (and requests for information) to approved or
// declined, and an approved case gets a signed report.
type VerificationCase struct{ ent.Schema }

// Mixin of the VerificationCase.
func (VerificationCase) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "VerificationCase"}, TimeMixin{}, TenantMixin{StaffRead: true}, EnvironmentMixin{}}
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
		field.Enum("created_via").Values("API", "PORTAL", "SDK").Immutable().
			Comment("SDK: submitted by an end user on the hosted page of an SDK access token"),
		field.Time("decided_at").Optional().Nillable().
			Comment("When the case was approved or declined"),
		field.String("decline_reason").Optional().Nillable().MaxLen(4000),
		field.String("approved_by").Optional().Nillable().
			Comment("The user who approved the case; the signer must be someone else (four eyes)").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("sim_next_at").Optional().Nillable().
			Comment("Sandbox cases: when the simulator takes the next step; empty once a person works the case or it is done").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the VerificationCase.
func (VerificationCase) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("documents", Document.Type).Ref("case"),
		edge.To("report", Report.Type).Unique(),
		// Both are served ordered by hand-written GraphQL fields.
		edge.From("timeline", CaseEvent.Type).Ref("case").Annotations(entgql.Skip(entgql.SkipAll)),
		edge.From("rfi_items", RFIItem.Type).Ref("case").Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the VerificationCase: listing is by tenant, environment and
// status, newest first; the simulator finds due sandbox cases by sim_next_at.
func (VerificationCase) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "environment", "id"), index.Fields("sim_next_at")}
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
	return []ent.Mixin{IDMixin{Type: "Document"}, TimeMixin{}, TenantMixin{StaffRead: true}, EnvironmentMixin{}}
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
		field.String("rfi_item_id").Optional().Nillable().Immutable().
			Comment("The request for information this document answers"),
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
	return []ent.Mixin{IDMixin{Type: "Report"}, TimeMixin{}, TenantMixin{StaffRead: true}, EnvironmentMixin{}}
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
		field.String("dispute_reason").Optional().Nillable().MaxLen(4000),
		field.JSON("controls", []string{}).Optional().
			Comment("Conditions the approval was given with"),
		field.Int("valid_for_seconds").Optional().Nillable().Positive().
			Comment("How long the report is valid once signed, set at approval (whole days but in the sandbox)").
			Annotations(entgql.Skip(entgql.SkipAll)),
		// The signature (package signing): the exact canonical JSON signed,
		// its SHA-256 digest, the Ed25519 signature and the signing key.
		field.Text("canonical").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)),
		field.String("digest").Optional().Nillable(),
		field.String("signature").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.String("key_id").Optional().Nillable(),
		field.String("signed_by").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("published_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
		field.String("revoke_reason").Optional().Nillable().MaxLen(4000),
		// The scheduler sends report.expiring and report.expired once each.
		field.Time("expiring_notified_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the Report: the scheduler finds reports coming up to, or past,
// valid_until.
func (Report) Indexes() []ent.Index {
	return []ent.Index{index.Fields("lifecycle_status", "valid_until")}
}

// Edges of the Report.
func (Report) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("case", VerificationCase.Type).Ref("report").Field("case_id").Unique().Required().Immutable(),
	}
}

// CaseEvent is one step in a case's timeline: a transition (or an RFI
// answer, a dispute) with who made it, when and why.
type CaseEvent struct{ ent.Schema }

// Mixin of the CaseEvent.
func (CaseEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "CaseEvent"}, TenantMixin{StaffRead: true}, EnvironmentMixin{}}
}

// Fields of the CaseEvent.
func (CaseEvent) Fields() []ent.Field {
	return []ent.Field{
		field.String("case_id").Immutable().NotEmpty().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("action").Immutable().NotEmpty().MaxLen(100).
			Comment("The event type the step emitted, e.g. verification.in_review or report.signed"),
		field.String("from_status").Optional().Nillable().Immutable(),
		field.String("to_status").Optional().Nillable().Immutable(),
		field.Enum("actor_type").Values("USER", "STAFF", "API_KEY", "SYSTEM", "SIMULATOR", "SDK_TOKEN").Immutable(),
		field.String("actor_id").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("reason").Optional().Nillable().Immutable().MaxLen(4000),
		field.Time("created_at").Immutable().Default(time.Now).
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

// Edges of the CaseEvent.
func (CaseEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("case", VerificationCase.Type).Field("case_id").Unique().Required().Immutable(),
	}
}

// Indexes of the CaseEvent: a case's timeline in order.
func (CaseEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("case_id", "created_at")}
}

// Hooks of the CaseEvent: a timeline is append-only.
func (CaseEvent) Hooks() []ent.Hook {
	return []ent.Hook{hook.Reject(ent.OpUpdate | ent.OpUpdateOne | ent.OpDelete | ent.OpDeleteOne)}
}

// RFIItem is one thing an analyst asked the partner for: a document of a
// kind, or an answer to a question.
type RFIItem struct{ ent.Schema }

// Mixin of the RFIItem.
func (RFIItem) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "RFIItem"}, TimeMixin{}, TenantMixin{StaffRead: true}, EnvironmentMixin{}}
}

// Fields of the RFIItem.
func (RFIItem) Fields() []ent.Field {
	return []ent.Field{
		field.String("case_id").Immutable().NotEmpty().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("kind").Values("DOCUMENT", "QUESTION").Immutable(),
		field.Enum("document_kind").Values("TRADE_LICENSE", "CERTIFICATE_OF_INCORPORATION", "TAX_CERTIFICATE",
			"BANK_STATEMENT", "IDENTITY_DOCUMENT", "PROOF_OF_ADDRESS", "OTHER").Optional().Nillable().Immutable(),
		field.String("message").NotEmpty().MaxLen(8000).Immutable(),
		field.Enum("status").Values("OPEN", "ANSWERED").Default("OPEN"),
		field.Text("answer").Optional().Nillable(),
		field.String("document_id").Optional().Nillable(),
		field.Time("answered_at").Optional().Nillable(),
	}
}

// Edges of the RFIItem.
func (RFIItem) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("case", VerificationCase.Type).Field("case_id").Unique().Required().Immutable(),
	}
}

// Indexes of the RFIItem.
func (RFIItem) Indexes() []ent.Index {
	return []ent.Index{index.Fields("case_id", "status")}
}
