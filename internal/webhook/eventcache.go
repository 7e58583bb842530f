package webhook

import "github.com/keybs/platform/ent"

// eventCacheSize bounds how many events a dispatcher remembers: more than
// a fan-out batch takes, so a batch's events are still there when claimed.
const eventCacheSize = 1024

// eventCache keeps the events this replica's fan-out and claims loaded, so
// that the claim that leases their first attempts (or a retry soon after)
// need not read them again. An event never changes once committed, so a
// remembered one is never stale; one that is not remembered (fanned out by
// another replica, or long ago) is read.
// The oldest is forgotten first. Only the claiming loop uses it, the fan-out
// and the claims running one after the other, so it needs no lock.
type eventCache struct {
	byID map[string]*ent.Event
	ring []string // ids in the order remembered
	next int      // ring's slot to fill next
}

func newEventCache() *eventCache {
	return &eventCache{byID: make(map[string]*ent.Event, eventCacheSize), ring: make([]string, eventCacheSize)}
}

// put remembers evts.
func (c *eventCache) put(evts []*ent.Event) {
	for _, e := range evts {
		if _, ok := c.byID[e.ID]; ok {
			continue
		}
		delete(c.byID, c.ring[c.next])
		c.ring[c.next] = e.ID
		c.byID[e.ID] = e
		c.next = (c.next + 1) % len(c.ring)
	}
}

// get returns the remembered event with id, or nil.
func (c *eventCache) get(id string) *ent.Event {
	return c.byID[id]
}
