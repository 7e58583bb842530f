package schema

import (
	"context"
	"strings"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/hook"

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
		// Set by the hook from name; the unique index on it makes names
		// unique per tenant, trimmed and case-insensitively. Optional only
		// so that the migration adding it could run before the backfill.
		field.String("name_key").Optional().
			Comment("The name trimmed and lower-cased, unique per tenant").
			Annotations(entgql.Skip(entgql.SkipAll)),
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

// Indexes of the Application.
func (Application) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "name_key").Unique()}
}

// Hooks of the Application: every write of a name trims it and keeps its
// name_key, whichever code path writes it.
func (Application) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(func(next ent.Mutator) ent.Mutator {
			return hook.ApplicationFunc(func(ctx context.Context, m *gen.ApplicationMutation) (ent.Value, error) {
				if name, ok := m.Name(); ok {
					name = strings.TrimSpace(name)
					m.SetName(name)
					m.SetNameKey(ApplicationNameKey(name))
				}
				return next.Mutate(ctx, m)
			})
		}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne),
	}
}

// ApplicationNameKey is what two application names are compared by: trimmed
// and lower-cased, so "Checkout" and " checkout " are the same name.
func ApplicationNameKey(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

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
