package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// WebhookEndpoint is a partner URL that receives signed events. Its signing
// secret is stored encrypted (AES-256-GCM, bound to the row) and shown once.
type WebhookEndpoint struct{ ent.Schema }

// Mixin of the WebhookEndpoint.
func (WebhookEndpoint) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "WebhookEndpoint"}, TimeMixin{}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the WebhookEndpoint.
func (WebhookEndpoint) Fields() []ent.Field {
	return []ent.Field{
		field.String("url").NotEmpty().MaxLen(2000),
		field.String("description").Optional().MaxLen(2000),
		field.JSON("event_types", []string{}).Optional().
			Comment("Empty: every event type").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Enum("status").Values("ENABLED", "DISABLED").Default("ENABLED"),
		field.String("disabled_reason").Optional().Nillable().MaxLen(500),
		field.Bytes("secret_ciphertext").Sensitive().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Bytes("previous_secret_ciphertext").Optional().Nillable().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("previous_secret_expires_at").Optional().Nillable().
			Comment("During a secret rotation, deliveries are signed with both secrets until then"),
		field.Time("failing_since").Optional().Nillable().
			Comment("Start of the current run of failed deliveries; cleared by a success"),
		field.Time("deleted_at").Optional().Nillable().
			Comment("Set when a user deletes the endpoint: it leaves every list and receives nothing more, but its delivery log stays readable and names it"),
	}
}

// Edges of the WebhookEndpoint.
func (WebhookEndpoint) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("deliveries", WebhookDelivery.Type).Ref("endpoint").
			Annotations(entgql.RelayConnection()),
	}
}

// Annotations of the WebhookEndpoint.
func (WebhookEndpoint) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField("webhookEndpoints")}
}

// WebhookDelivery is one attempt to deliver an event to an endpoint: PENDING
// until a worker sends it, then SUCCEEDED or FAILED with the response. A failed
// attempt that will be retried names the time of the next one, which is its
// own row. A pending attempt that will never be sent is CANCELLED, with the
// reason in error_message: another attempt of the event already delivered it,
// or the endpoint was disabled or deleted.
type WebhookDelivery struct{ ent.Schema }

// Mixin of the WebhookDelivery.
func (WebhookDelivery) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "WebhookDelivery"}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the WebhookDelivery.
func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.String("event_id").Immutable().NotEmpty(),
		field.String("event_type").Immutable().NotEmpty(),
		field.String("endpoint_id").Immutable().NotEmpty().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("attempt").Immutable().Positive(),
		field.Enum("trigger").Values("SCHEDULED", "MANUAL", "TEST").Immutable(),
		field.Enum("status").Values("PENDING", "SUCCEEDED", "FAILED", "CANCELLED").Default("PENDING"),
		field.Time("scheduled_at").Annotations(entgql.OrderField("SCHEDULED_AT")),
		field.Time("lease_until").Optional().Nillable().
			Comment("A worker holds the attempt until then; after a crash another takes it over").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("attempted_at").Optional().Nillable(),
		field.JSON("request_headers", map[string]string{}).Optional().
			Annotations(entgql.Type("Map"), entgql.Skip(entgql.SkipWhereInput)),
		field.Text("request_body").Optional().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Int("response_status").Optional().Nillable(),
		field.String("response_excerpt").Optional().MaxLen(1024).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Int("duration_ms").Optional().Nillable(),
		field.String("error_message").Optional().MaxLen(1000).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Time("next_retry_at").Optional().Nillable(),
		field.Time("created_at").Immutable().Default(time.Now).
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

// Edges of the WebhookDelivery.
func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("endpoint", WebhookEndpoint.Type).Field("endpoint_id").Unique().Required().Immutable(),
	}
}

// Indexes of the WebhookDelivery.
func (WebhookDelivery) Indexes() []ent.Index {
	return []ent.Index{
		// The claim's order (scheduled_at, id) and its endpoint filter, so
		// that a claim leaving out full endpoints skips their attempts in
		// the index without reading their rows.
		index.Fields("status", "scheduled_at", "id", "endpoint_id"),
		index.Fields("endpoint_id", "created_at"),
		index.Fields("event_id"),
	}
}

// Annotations of the WebhookDelivery.
func (WebhookDelivery) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField("webhookDeliveries")}
}

// Notification is a message to a tenant in the portal (and by email).
type Notification struct{ ent.Schema }

// Mixin of the Notification.
func (Notification) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "Notification"}, TenantMixin{}}
}

// Fields of the Notification.
func (Notification) Fields() []ent.Field {
	return []ent.Field{
		field.String("kind").NotEmpty().Immutable(),
		field.String("title").NotEmpty().MaxLen(200).Immutable(),
		field.Text("body").Immutable(),
		field.String("target_id").Optional().Immutable(),
		field.String("dedupe_key").Optional().Nillable().Immutable().Unique().
			Comment("Raising the same alert twice (even from two replicas) inserts it once").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("read_at").Optional().Nillable(),
		field.Time("created_at").Immutable().Default(time.Now).
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

// Annotations of the Notification.
func (Notification) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField("notifications")}
}
