// Package ratelimit counts requests in fixed windows. The Store interface keeps
// limiter state out of handlers; Memory is the single-replica store (SQLite
// deployments are one process), Postgres the store every replica on one
// PostgreSQL database shares, so a budget of N admits N calls across them.
package ratelimit

import (
	"context"
	"sync"
	"time"
)

// Limit is one budget: at most Max events per Window for Key.
type Limit struct {
	Key    string
	Max    int
	Window time.Duration
	// Until, when set, ends the current window at that instant instead of at
	// the next multiple of Window (a calendar month, for quotas).
	Until time.Time
	// Initial is the count a new window starts from (calls already made in
	// the period before the limiter knew of it).
	Initial int
	// Cost is how many events one Take counts (0 is 1): a GraphQL document
	// spends one per root field.
	Cost int
}

// cost is how many events one Take of l counts.
func (l Limit) cost() int { return max(l.Cost, 1) }

// end returns the end of the window of l that contains now.
func (l Limit) end(now time.Time) time.Time {
	if !l.Until.IsZero() {
		return l.Until
	}
	return now.Truncate(l.Window).Add(l.Window)
}

// Decision is the outcome of Take or Peek. Limit, Remaining and Reset describe
// the first limit passed (the one shown in response headers), or the one that
// was exceeded.
type Decision struct {
	Allowed    bool
	Limit      int
	Remaining  int
	Reset      time.Time
	RetryAfter time.Duration // set when not allowed
	// Exceeded is the key of the limit that refused the event.
	Exceeded string
}

// Store keeps the counters.
type Store interface {
	// Take counts one event against every limit, all or nothing: when any limit
	// has no room left, nothing is counted, so a refused request does not use
	// up another budget.
	Take(ctx context.Context, now time.Time, limits ...Limit) (Decision, error)
	// Peek reports what Take would decide without counting anything.
	Peek(ctx context.Context, now time.Time, limits ...Limit) (Decision, error)
	// Return gives back one event taken from each limit in its current
	// window (never below zero): a reservation that turned out not to
	// count, such as a log-in attempt whose password was right.
	Return(ctx context.Context, now time.Time, limits ...Limit) error
}

// Memory is an in-process Store.
type Memory struct {
	mu        sync.Mutex
	windows   map[string]*window
	lastSweep time.Time
}

type window struct {
	end   time.Time
	count int
}

// NewMemory returns an empty in-memory store.
func NewMemory() *Memory {
	return &Memory{windows: make(map[string]*window)}
}

// Take implements Store.
func (m *Memory) Take(_ context.Context, now time.Time, limits ...Limit) (Decision, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sweep(now)
	d := m.decide(now, limits)
	if d.Allowed {
		for _, l := range limits {
			m.current(now, l).count += l.cost()
		}
		if len(limits) > 0 {
			d.Remaining = max(d.Remaining-limits[0].cost(), 0)
		}
	}
	return d, nil
}

// Return implements Store.
func (m *Memory) Return(_ context.Context, now time.Time, limits ...Limit) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, l := range limits {
		if w, ok := m.windows[l.Key]; ok && now.Before(w.end) && w.count > 0 {
			w.count--
		}
	}
	return nil
}

// Peek implements Store.
func (m *Memory) Peek(_ context.Context, now time.Time, limits ...Limit) (Decision, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.decide(now, limits), nil
}

// decide reports whether every limit has room, without counting or starting
// a window (an absent one would start at its limit's Initial).
func (m *Memory) decide(now time.Time, limits []Limit) Decision {
	d := Decision{Allowed: true}
	for i, l := range limits {
		count, end := l.Initial, l.end(now)
		if w, ok := m.windows[l.Key]; ok && now.Before(w.end) {
			count, end = w.count, w.end
		}
		if i == 0 {
			d.Limit, d.Remaining, d.Reset = l.Max, max(l.Max-count, 0), end
		}
		if count+l.cost() > l.Max {
			return Decision{
				Allowed:    false,
				Limit:      l.Max,
				Remaining:  0,
				Reset:      end,
				RetryAfter: end.Sub(now),
				Exceeded:   l.Key,
			}
		}
	}
	return d
}

// current returns the window for l that contains now, starting a new one when
// the previous has ended.
func (m *Memory) current(now time.Time, l Limit) *window {
	w, ok := m.windows[l.Key]
	if !ok || !now.Before(w.end) {
		w = &window{end: l.end(now), count: l.Initial}
		m.windows[l.Key] = w
	}
	return w
}

// sweep drops ended windows once a minute so the map does not grow without
// bound.
func (m *Memory) sweep(now time.Time) {
	if now.Sub(m.lastSweep) < time.Minute {
		return
	}
	m.lastSweep = now
	for k, w := range m.windows {
		if !now.Before(w.end) {
			delete(m.windows, k)
		}
	}
}
