package auth

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"sync"
	"time"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/ratelimit"
)

// FailureThrottle refuses API keys from a client IP that presented more than
// a budget of invalid ones in a minute, so keys cannot be guessed or
// enumerated at speed; other IPs are never affected. Failures are counted in
// the shared limiter, so the budget holds across replicas. Valid calls cost
// nothing: only a failure touches the store, and the refusal itself is
// decided from memory once the store has said the budget is spent.
type FailureThrottle struct {
	limiter ratelimit.Store
	max     int
	now     func() time.Time
	log     *slog.Logger
	mu      sync.Mutex
	blocked map[string]time.Time // client IP -> end of its spent window
}

// FailuresPerMinute is the default budget of invalid API keys per client IP.
const FailuresPerMinute = 60

// NewFailureThrottle returns a throttle allowing max failures per minute per
// client IP.
func NewFailureThrottle(limiter ratelimit.Store, max int, now func() time.Time, log *slog.Logger) *FailureThrottle {
	return &FailureThrottle{limiter: limiter, max: max, now: now, log: log, blocked: map[string]time.Time{}}
}

// Check refuses an IP whose failures this minute are spent.
func (t *FailureThrottle) Check(ip string) error {
	t.mu.Lock()
	until, ok := t.blocked[ip]
	if ok && !t.now().Before(until) {
		delete(t.blocked, ip)
		ok = false
	}
	t.mu.Unlock()
	if !ok {
		return nil
	}
	secs := max(1, int(math.Ceil(until.Sub(t.now()).Seconds())))
	return &fault.Error{Kind: fault.RateLimited, RetryAfterSeconds: secs,
		Message: fmt.Sprintf("too many invalid API keys from this address; retry in %d seconds", secs)}
}

// Failed counts one invalid key presented from ip.
func (t *FailureThrottle) Failed(ctx context.Context, ip string) {
	now := t.now()
	d, err := t.limiter.Take(ctx, now, ratelimit.Limit{Key: "authfail:" + ip, Max: t.max, Window: time.Minute})
	if err != nil {
		t.log.Warn("could not count a failed API key authentication", "error", err)
		return
	}
	if !d.Allowed {
		t.mu.Lock()
		t.blocked[ip] = d.Reset
		if len(t.blocked) > 100_000 { // a flood of addresses: forget the oldest rather than grow
			for k, until := range t.blocked {
				if !now.Before(until) {
					delete(t.blocked, k)
				}
			}
		}
		t.mu.Unlock()
	}
}
