package webhook

import (
	"fmt"
	"testing"

	"github.com/keybs/platform/ent"
)

// TestEventCacheForgetsTheOldestFirst: a full cache forgets the event it
// remembered first, keeps the others, and remembering one twice does not
// take a second slot.
func TestEventCacheForgetsTheOldestFirst(t *testing.T) {
	c := newEventCache()
	evts := make([]*ent.Event, eventCacheSize+1)
	for i := range evts {
		evts[i] = &ent.Event{ID: fmt.Sprintf("evt_%d", i)}
	}
	c.put(evts[:eventCacheSize])
	c.put(evts[:1]) // already there
	if c.get("evt_0") != evts[0] || c.get(fmt.Sprintf("evt_%d", eventCacheSize-1)) == nil {
		t.Fatal("a full cache lost an event before it was over full")
	}
	c.put(evts[eventCacheSize:])
	if c.get("evt_0") != nil {
		t.Fatal("the oldest event is still remembered past the cache's size")
	}
	if c.get("evt_1") != evts[1] || c.get(fmt.Sprintf("evt_%d", eventCacheSize)) != evts[eventCacheSize] {
		t.Fatal("the cache forgot an event other than the oldest")
	}
	if len(c.byID) != eventCacheSize {
		t.Fatalf("the cache holds %d events, want %d", len(c.byID), eventCacheSize)
	}
}
