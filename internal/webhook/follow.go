package webhook

import (
	"context"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/viewer"
)

// FollowDeliveries streams each delivery attempt recorded for the endpoint
// (or for any of the viewer's endpoints when endpointID is nil), until ctx
// ends. An endpoint the viewer cannot see is not_found.
func (s *Service) FollowDeliveries(ctx context.Context, endpointID *string) (<-chan *ent.WebhookDelivery, error) {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return nil, err
	}
	if endpointID != nil {
		if _, err := s.client.WebhookEndpoint.Get(ctx, *endpointID); err != nil {
			return nil, database.Err(err, "load endpoint")
		}
	}
	return events.Follow(ctx, s.bus, 64, func(m events.Message) bool {
		return m.Kind == events.KindDelivery && m.TenantID == p.TenantID && (endpointID == nil || m.EndpointID == *endpointID)
	}, func(ctx context.Context, m events.Message) (*ent.WebhookDelivery, bool) {
		d, err := s.client.WebhookDelivery.Get(ctx, m.ID)
		return d, err == nil
	}), nil
}
