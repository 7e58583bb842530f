package events

import (
	"context"
	"slices"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// Reader reads the viewer's tenant's committed events: one by id, or as they
// commit.
type Reader struct {
	client *ent.Client
	bus    *Bus
}

// NewReader wires a Reader.
func NewReader(client *ent.Client, bus *Bus) *Reader { return &Reader{client: client, bus: bus} }

// Get returns one event of the viewer's tenant.
func (r *Reader) Get(ctx context.Context, id string) (*ent.Event, error) {
	if _, err := viewer.RequireMember(ctx); err != nil {
		return nil, err
	}
	e, err := r.client.Event.Get(ctx, id)
	return e, database.Err(err, "load event")
}

// Follow streams the viewer's tenant's events, of the given types (all when
// none), as they commit, until ctx ends.
func (r *Reader) Follow(ctx context.Context, types []string) (<-chan *ent.Event, error) {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return nil, err
	}
	for _, t := range types {
		if !KnownType(t) {
			return nil, fault.InvalidField("types", "%q is not an event type (see the eventTypes query)", t)
		}
	}
	return Follow(ctx, r.bus, 64, func(m Message) bool {
		return m.Kind == KindEvent && m.TenantID == p.TenantID && (len(types) == 0 || slices.Contains(types, m.Type))
	}, func(ctx context.Context, m Message) (*ent.Event, bool) {
		e, err := r.client.Event.Get(ctx, m.ID)
		return e, err == nil
	}), nil
}
