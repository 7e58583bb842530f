package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/scope"
)

// Application is a partner's profile of one product integrating the API: what
// it needs (modules, volume) and whether it is approved for production.
type Application struct{ ent.Schema }

// Mixin of the Application.
func (Application) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "Application"}, TimeMixin{}, TenantMixin{StaffRead: true}}
}

// Fields of the Application.
func (Application) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(400),
		field.String("description").Optional().MaxLen(4000),
		field.Enum("industry").GoType(industry.Industry("")).
			Annotations(entgql.Type("Industry")),
		field.String("regulatory_category").Optional().MaxLen(400),
		field.JSON("callback_urls", []string{}).Optional().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.JSON("ip_allowlist", []string{}).Optional().
			Comment("CIDRs; keys without their own allowlist use this one").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Int64("expected_monthly_volume").NonNegative().Default(0),
		field.JSON("required_modules", []scope.Module{}).Optional().
			Annotations(entgql.Type("[Module!]"), entgql.Skip(entgql.SkipWhereInput)),
		field.Enum("status").Values("DRAFT", "PENDING_REVIEW", "APPROVED", "REJECTED").Default("DRAFT"),
		field.String("review_reason").Optional().Nillable().MaxLen(4000),
		field.Time("reviewed_at").Optional().Nillable(),
		field.Time("archived_at").Optional().Nillable(),
		field.Bool("is_default").Default(false).Immutable(),
	}
}

// Edges of the Application.
func (Application) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("api_keys", APIKey.Type).Ref("application").
			Annotations(entgql.RelayConnection()),
	}
}

// Annotations of the Application.
func (Application) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField("applications"),
	}
}
