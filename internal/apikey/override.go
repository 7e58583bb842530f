package apikey

import (
	"context"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// MaxRateLimitOverride bounds an enterprise budget.
const MaxRateLimitOverride = 1_000_000

// Override is an enterprise per-minute budget: of one key, or of every key
// of a tenant. Both win over the plan and the default (EffectiveLimit has
// the whole precedence). PerMinute nil removes the override.
type Override struct {
	KeyID     *string
	TenantID  *string
	PerMinute *int
}

// SetOverride sets or removes an enterprise override (ops staff, or the
// operator's CLI in a system context), audited in the tenant's log.
func (s *Service) SetOverride(ctx context.Context, o Override) (Override, error) {
	actor := auditlog.ActorType("") // the principal in ctx
	if isSystem(ctx) && viewer.FromContext(ctx) == nil {
		actor = auditlog.ActorTypeSYSTEM // the operator's CLI
	} else if _, err := viewer.RequireStaff(ctx, viewer.StaffOps); err != nil {
		return o, err
	}
	if (o.KeyID == nil) == (o.TenantID == nil) {
		return o, fault.InvalidField("key_id", "name exactly one of {field} or tenant_id")
	}
	if o.PerMinute != nil && (*o.PerMinute < 1 || *o.PerMinute > MaxRateLimitOverride) {
		return o, fault.InvalidField("per_minute", "{field} must be from 1 to %d, or null to remove the override", MaxRateLimitOverride)
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	err := database.WithTx(sys, s.client, func(tx *ent.Tx) error {
		tenantID, target, targetType := "", "", ""
		if o.KeyID != nil {
			k, err := tx.APIKey.Get(sys, *o.KeyID)
			if err != nil {
				return database.Err(err, "load key")
			}
			u := tx.APIKey.UpdateOne(k).ClearRateLimitOverride()
			if o.PerMinute != nil {
				u.SetRateLimitOverride(*o.PerMinute)
			}
			if err := u.Exec(sys); err != nil {
				return database.Err(err, "set key override")
			}
			tenantID, target, targetType = k.TenantID, k.ID, "APIKey"
		} else {
			t, err := tx.Tenant.Get(sys, *o.TenantID)
			if err != nil {
				return database.Err(err, "load tenant")
			}
			u := tx.Tenant.UpdateOne(t).ClearRateLimitOverride()
			if o.PerMinute != nil {
				u.SetRateLimitOverride(*o.PerMinute)
			}
			if err := u.Exec(sys); err != nil {
				return database.Err(err, "set tenant override")
			}
			tenantID, target, targetType = t.ID, t.ID, "Tenant"
		}
		meta := map[string]any{"per_minute": nil}
		if o.PerMinute != nil {
			meta["per_minute"] = *o.PerMinute
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: tenantID, Action: "rate_limit.override_set",
			TargetType: targetType, TargetID: target, Metadata: meta, ActorType: actor})
	})
	return o, err
}

// isSystem reports whether ctx lifts the privacy rules (an operator's CLI).
func isSystem(ctx context.Context) bool {
	d, ok := privacy.DecisionFromContext(ctx)
	return ok && d == nil // ent reports an Allow decision as a nil error
}
