package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"entgo.io/ent/schema/mixin"

	"github.com/keybs/platform/ent/schema/rule"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/pulid"
)

// IDMixin gives a type a prefixed string ID ("tnt_01…"); see package pulid.
type IDMixin struct {
	mixin.Schema
	Type string
}

// Fields of the IDMixin.
func (m IDMixin) Fields() []ent.Field {
	pulid.Prefix(m.Type) // fail at generation time for an unregistered type
	typ := m.Type
	return []ent.Field{
		field.String("id").
			Immutable().
			NotEmpty().
			DefaultFunc(func() string { return pulid.New(typ) }),
	}
}

// TimeMixin records when a row was created and last updated.
type TimeMixin struct{ mixin.Schema }

// Fields of the TimeMixin.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Immutable().Default(time.Now).
			Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("updated_at").Default(time.Now).UpdateDefault(time.Now).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Text limits: user-facing strings are limited in characters by the domain
// packages; the MaxLen of their ent fields counts bytes, so it is set at four
// bytes a character to stay a backstop rather than a second, stricter rule.

// TenantMixin marks a type as owned by one tenant. Its policy filters every
// query and mutation to the viewer's tenant, so no resolver or handler has to
// remember the filter. StaffRead lets platform staff read the type across
// tenants (they work verification cases and reviews); staff never write
// through the policy, only through domain functions that check their role.
type TenantMixin struct {
	mixin.Schema
	StaffRead bool
}

// Fields of the TenantMixin.
func (TenantMixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("tenant_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the TenantMixin.
func (TenantMixin) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("tenant", Tenant.Type).Field("tenant_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of the TenantMixin.
func (TenantMixin) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id")}
}

// Policy of the TenantMixin.
func (m TenantMixin) Policy() ent.Policy {
	if m.StaffRead {
		return rule.TenantPolicyStaffReadable()
	}
	return rule.TenantPolicy()
}

// EnvironmentMixin marks a type as living in the TEST or LIVE environment. An
// API key sees only rows of its own environment.
type EnvironmentMixin struct{ mixin.Schema }

// Fields of the EnvironmentMixin.
func (EnvironmentMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("environment").GoType(environment.Environment("")).Immutable().
			Annotations(entgql.Type("Environment")),
	}
}

// Policy of the EnvironmentMixin.
func (EnvironmentMixin) Policy() ent.Policy { return rule.EnvironmentPolicy() }
