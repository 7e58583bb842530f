package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/keybs/platform/ent/hook"
	"github.com/keybs/platform/ent/schema/rule"
)

// AuditLog is an append-only record of a security-relevant action.
type AuditLog struct{ ent.Schema }

// Mixin of the AuditLog.
func (AuditLog) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Type: "AuditLog"}}
}

// Fields of the AuditLog.
func (AuditLog) Fields() []ent.Field {
	return []ent.Field{
		field.String("tenant_id").Optional().Immutable().
			Comment("Empty for platform-level entries such as a failed login for an unknown email").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("actor_id").Optional().Immutable(),
		field.Enum("actor_type").Values("USER", "STAFF", "API_KEY", "SYSTEM", "ANONYMOUS", "SIMULATOR", "SDK_TOKEN", "SHARE_TOKEN").Immutable(),
		field.String("action").NotEmpty().Immutable().MaxLen(100),
		field.String("target_type").Optional().Immutable(),
		field.String("target_id").Optional().Immutable(),
		field.String("ip").Optional().Immutable().MaxLen(64),
		field.String("user_agent").Optional().Immutable().MaxLen(512),
		field.JSON("metadata", map[string]any{}).Optional().Immutable().
			Annotations(entgql.Type("Map"), entgql.Skip(entgql.SkipWhereInput)),
		field.Time("created_at").Immutable().Default(time.Now).
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

// Indexes of the AuditLog.
func (AuditLog) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "created_at"),
		index.Fields("tenant_id", "action"),
	}
}

// Hooks of the AuditLog: entries are never changed or removed, whoever asks.
func (AuditLog) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.Reject(ent.OpUpdate | ent.OpUpdateOne | ent.OpDelete | ent.OpDeleteOne),
	}
}

// Policy of the AuditLog.
func (AuditLog) Policy() ent.Policy { return rule.TenantPolicy() }

// Annotations of the AuditLog.
func (AuditLog) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField("auditLogs"),
	}
}
