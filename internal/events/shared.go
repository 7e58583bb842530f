package events

import "sync"

// Shared runs a subscription's per-message load once for every subscriber
// that received the same delivery and would see the same result, instead of
// once per subscriber: with 5,000 sockets following one tenant's keys, one
// change is one query rather than 5,000. A result is keyed by the delivery
// (Message.Seq, so a later change of the same row is loaded afresh, after
// its own commit) and by a scope the caller chooses, which must name
// everything the load's result depends on besides the message (the
// viewer's tenant, role, environment: what its privacy rules read).
//
// The shared value is handed to every subscriber as is: loads must return
// values nobody mutates afterwards. Only the most recent deliveries are
// remembered (keep), so memory stays bounded.
type Shared[T any] struct {
	mu      sync.Mutex
	entries map[sharedKey]*sharedEntry[T]
	order   []sharedKey
	keep    int
}

type sharedKey struct {
	seq   uint64
	scope string
}

type sharedEntry[T any] struct {
	done chan struct{}
	v    T
	ok   bool
}

// NewShared returns a Shared that remembers the results of the last keep
// deliveries.
func NewShared[T any](keep int) *Shared[T] {
	return &Shared[T]{entries: map[sharedKey]*sharedEntry[T]{}, keep: max(1, keep)}
}

// Load returns the result of load for m in scope: the first caller runs it,
// the others wait for its result. A message without a Seq (not from a bus)
// is loaded on its own.
func (s *Shared[T]) Load(m Message, scope string, load func() (T, bool)) (T, bool) {
	if m.Seq == 0 {
		return load()
	}
	k := sharedKey{m.Seq, scope}
	s.mu.Lock()
	e, found := s.entries[k]
	if !found {
		e = &sharedEntry[T]{done: make(chan struct{})}
		s.entries[k] = e
		s.order = append(s.order, k)
		if len(s.order) > s.keep {
			delete(s.entries, s.order[0])
			s.order = s.order[1:]
		}
	}
	s.mu.Unlock()
	if found {
		<-e.done
		return e.v, e.ok
	}
	defer close(e.done)
	e.v, e.ok = load()
	return e.v, e.ok
}
