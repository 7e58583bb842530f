package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// RequestLog is one authenticated /v1 call (the "transaction log"). Rows are
// written in batches off the request path and kept for a configurable time.
type RequestLog struct{ ent.Schema }

// Mixin of the RequestLog.
func (RequestLog) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "RequestLog"}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the RequestLog.
func (RequestLog) Fields() []ent.Field {
	return []ent.Field{
		field.String("key_id").Optional().Immutable().Comment("Empty for a portal session"),
		field.String("application_id").Optional().Immutable(),
		field.String("method").Immutable(),
		field.String("route").Immutable().Comment("The route pattern, e.g. GET /v1/verifications/{id}"),
		field.Int("status").Immutable(),
		field.String("error_code").Optional().Immutable(),
		field.Int("latency_us").Immutable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.String("client_ip").Optional().Immutable(),
		field.String("user_agent").Optional().Immutable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.String("request_id").Immutable(),
		// The bodies as internal/redact keeps them: secrets and personal
		// fields masked, at most redact.Limit bytes each. They live in the
		// row, so they are kept exactly as long as the call's log entry.
		field.Text("request_body").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).Comment("Redacted, size-capped request body"),
		field.Bool("request_body_truncated").Default(false).Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Text("response_body").Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).Comment("Redacted, size-capped response body"),
		field.Bool("response_body_truncated").Default(false).Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Time("created_at").Immutable().Default(time.Now).
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

// Indexes of the RequestLog.
func (RequestLog) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "environment", "created_at"),
		index.Fields("key_id", "created_at"),
		index.Fields("created_at"),
		// The detail view's deep link finds a call by its request id.
		index.Fields("tenant_id", "request_id"),
	}
}

// Annotations of the RequestLog.
func (RequestLog) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField("requestLogs")}
}

// UsageRollup counts the calls of one minute by key, route and status, with a
// latency histogram, so analytics never scan the raw log.
type UsageRollup struct{ ent.Schema }

// Mixin of the UsageRollup.
func (UsageRollup) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "UsageRollup"}, TenantMixin{}, EnvironmentMixin{}}
}

// Fields of the UsageRollup.
func (UsageRollup) Fields() []ent.Field {
	return []ent.Field{
		field.Time("minute").Immutable(),
		field.String("key_id").Immutable().Comment("Empty for a portal session"),
		field.String("application_id").Immutable(),
		field.String("route").Immutable(),
		field.Int("status").Immutable(),
		field.Int64("requests"),
		field.Int64("errors"),
		field.Int64("latency_sum_us"),
		// Latency histogram: how many calls took at most 1, 2.5, 5, 10, 25,
		// 50, 100, 250, 500 ms, 1, 5 s, and longer (usage.Bounds).
		field.Int64("b0"), field.Int64("b1"), field.Int64("b2"), field.Int64("b3"),
		field.Int64("b4"), field.Int64("b5"), field.Int64("b6"), field.Int64("b7"),
		field.Int64("b8"), field.Int64("b9"), field.Int64("b10"), field.Int64("b11"),
	}
}

// Indexes of the UsageRollup: one row per minute, key, route and status.
func (UsageRollup) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "environment", "minute", "key_id", "route", "status").Unique(),
		index.Fields("tenant_id", "minute"),
	}
}

// Annotations of the UsageRollup: read through the usage query, not directly.
func (UsageRollup) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// KeyIP remembers the client IPs each key has been used from, to flag a key
// used from an address never seen for it.
type KeyIP struct{ ent.Schema }

// Mixin of the KeyIP.
func (KeyIP) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "KeyIP"}, TenantMixin{}}
}

// Fields of the KeyIP.
func (KeyIP) Fields() []ent.Field {
	return []ent.Field{
		field.String("key_id").Immutable(),
		field.String("ip").Immutable(),
		field.Time("first_seen_at").Immutable(),
	}
}

// Indexes of the KeyIP.
func (KeyIP) Indexes() []ent.Index {
	return []ent.Index{index.Fields("key_id", "ip").Unique()}
}

// Annotations of the KeyIP.
func (KeyIP) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
