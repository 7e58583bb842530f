package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Event is the outbox: one row per state change that has an event type,
// written in the same transaction as the change, so a rolled-back change
// emits nothing and a committed one is never lost.
type Event struct{ ent.Schema }

// Mixin of the Event.
func (Event) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "Event"}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the Event.
func (Event) Fields() []ent.Field {
	return []ent.Field{
		field.String("type").NotEmpty().Immutable(),
		field.JSON("payload", map[string]any{}).Immutable().
			Annotations(entgql.Type("Map"), entgql.Skip(entgql.SkipWhereInput)),
		field.Time("created_at").Immutable().Default(time.Now).
			Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("fanned_out_at").Optional().Nillable().
			Comment("When deliveries were created for the matching endpoints").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the Event.
func (Event) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "environment", "created_at"),
		index.Fields("fanned_out_at"),
	}
}

// Annotations of the Event.
func (Event) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField("events")}
}
