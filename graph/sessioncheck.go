package graph

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/viewer"
)

// sessionChecks shares the periodic session recheck among the sockets of one
// principal: 5,000 sockets of one session each rechecking every 5 s would be
// 1,000 database queries a second for one answer. A result younger than
// fresh (half the recheck interval) is reused, so a signed-out session's
// sockets still close within one and a half intervals; a check in flight is
// waited for rather than repeated.
type sessionChecks struct {
	chain *auth.Chain
	fresh time.Duration
	now   func() time.Time

	mu      sync.Mutex
	entries map[string]*sessionCheck
	swept   time.Time
}

type sessionCheck struct {
	done chan struct{}
	at   time.Time // when the check finished
	err  error
}

func newSessionChecks(chain *auth.Chain, fresh time.Duration) *sessionChecks {
	return &sessionChecks{chain: chain, fresh: fresh, now: time.Now, entries: map[string]*sessionCheck{}}
}

// check rechecks p, or returns a fresh enough result of the same principal.
func (c *sessionChecks) check(ctx context.Context, p *viewer.Principal) error {
	key := sessionKeyOf(p)
	now := c.now()
	c.mu.Lock()
	c.sweep(now)
	e, ok := c.entries[key]
	if ok {
		select {
		case <-e.done:
			if now.Sub(e.at) >= c.fresh {
				ok = false // stale: check again
			}
		default: // in flight: wait for it
		}
	}
	if ok {
		c.mu.Unlock()
		select {
		case <-e.done:
			return e.err
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	e = &sessionCheck{done: make(chan struct{})}
	c.entries[key] = e
	c.mu.Unlock()
	// Not cancelled with this socket: other sockets may be waiting for it.
	_, e.err = c.chain.Recheck(context.WithoutCancel(ctx), p)
	e.at = c.now()
	close(e.done)
	return e.err
}

// sweep forgets finished checks that are no longer fresh, at most once per
// fresh period, so closed sessions do not accumulate. It runs under mu.
func (c *sessionChecks) sweep(now time.Time) {
	if now.Sub(c.swept) < c.fresh {
		return
	}
	c.swept = now
	for k, e := range c.entries {
		select {
		case <-e.done:
			if now.Sub(e.at) >= c.fresh {
				delete(c.entries, k)
			}
		default:
		}
	}
}

// sessionKeyOf names everything Recheck reads of p: who, which session, which
// tenant and role the socket was opened with.
func sessionKeyOf(p *viewer.Principal) string {
	return strings.Join([]string{strconv.Itoa(int(p.Kind)), p.UserID, p.SessionID, p.TenantID, string(p.Role), string(p.StaffRole), p.MFASetupFor}, "|")
}
