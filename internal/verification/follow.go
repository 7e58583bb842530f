package verification

import (
	"context"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// FollowCases streams cases as they move, until ctx ends: one case (caseID),
// or every case of the viewer's tenant; staff follow every tenant's. Each
// case is loaded once per change, under the viewer's privacy rules.
func (s *Service) FollowCases(ctx context.Context, caseID *string) (<-chan *ent.VerificationCase, error) {
	p := viewer.FromContext(ctx)
	switch {
	case p == nil:
		return nil, fault.New(fault.Unauthorized, "log in first")
	case !p.IsStaff():
		if _, err := viewer.RequireMember(ctx); err != nil {
			return nil, err
		}
	}
	if caseID != nil {
		c, err := s.Case(ctx, *caseID)
		if err != nil {
			return nil, err
		}
		caseID = &c.ID
	}
	return events.Follow(ctx, s.bus, 64, func(m events.Message) bool {
		return m.Kind == events.KindCase && (p.IsStaff() || m.TenantID == p.TenantID) && (caseID == nil || m.ID == *caseID)
	}, func(ctx context.Context, m events.Message) (*ent.VerificationCase, bool) {
		c, err := s.Case(ctx, m.ID)
		return c, err == nil
	}), nil
}
