package apikey

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/viewer"
)

// ChangeType says what happened to a key.
type ChangeType string

// The change types, one per lifecycle step with a live view.
const (
	ChangeCreated ChangeType = "CREATED"
	ChangeUpdated ChangeType = "UPDATED"
	ChangeRotated ChangeType = "ROTATED"
	ChangeRevoked ChangeType = "REVOKED"
	ChangeDeleted ChangeType = "DELETED"
	// ChangeUsed: a call was made with the key (last_used_at moved). Sent
	// at most once a minute per key, or when its client address changes.
	ChangeUsed ChangeType = "USED"
)

// MarshalGQL writes the change type as a GraphQL enum value.
func (t ChangeType) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(t))) }

// UnmarshalGQL reads a GraphQL enum value.
func (t *ChangeType) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch ChangeType(s) {
	case ChangeCreated, ChangeUpdated, ChangeRotated, ChangeRevoked, ChangeDeleted, ChangeUsed:
		*t = ChangeType(s)
		return nil
	}
	return fmt.Errorf("%v is not a valid APIKeyChangeType", v)
}

// Change is one step in a key's life as a live view sees it.
type Change struct {
	Type     ChangeType
	APIKeyID string
	// APIKey is the key as it is now; nil once deleted.
	APIKey *ent.APIKey
}

// FollowChanges streams the changes of the viewer's tenant's keys as they
// commit, until ctx ends. Each key is loaded once per change, under the
// viewer's privacy rules, and that one load is shared by every subscriber
// of the change that sees the key the same way (Shared's scope: the
// viewer's tenant, role, staff role and environment).
func (s *Service) FollowChanges(ctx context.Context) (<-chan *Change, error) {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return nil, err
	}
	scope := strings.Join([]string{p.TenantID, string(p.Role), string(p.StaffRole), string(p.Environment), strconv.Itoa(int(p.Kind))}, "|")
	return events.Follow(ctx, s.bus, 64, func(m events.Message) bool {
		return m.Kind == events.KindKey && m.TenantID == p.TenantID
	}, func(ctx context.Context, m events.Message) (*Change, bool) {
		c := &Change{APIKeyID: m.ID, Type: ChangeType(strings.ToUpper(strings.TrimPrefix(m.Type, "key.")))}
		if c.Type == ChangeDeleted {
			return c, true
		}
		// Not cancelled with this socket: the other subscribers wait for
		// the same load.
		k, ok := s.changes.Load(m, scope, func() (*ent.APIKey, bool) {
			k, err := s.client.APIKey.Get(context.WithoutCancel(ctx), m.ID)
			return k, err == nil
		})
		c.APIKey = k
		return c, ok
	}), nil
}
