package webhook

import (
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// Schedule is the wait after each failed attempt: a failure of attempt n
// (1-based) is retried after Schedule[n-1]; after the last, the delivery is
// failed for good. Eight attempts over about 28 hours.
var Schedule = []time.Duration{
	5 * time.Second, 5 * time.Minute, 30 * time.Minute, 2 * time.Hour, 5 * time.Hour, 10 * time.Hour, 10 * time.Hour,
}

// MaxAttempts is the number of scheduled attempts.
var MaxAttempts = len(Schedule) + 1

// jitter spreads retries by up to ±10% so endpoints coming back up are not
// hit by every retry at once.
const jitter = 0.10

// nextRetry returns when to retry after attempt failed at now, or false when
// the schedule is exhausted. retryAfter, from the endpoint's Retry-After
// header, postpones the retry when it asks for longer. rnd returns [0,1).
func nextRetry(attempt int, now time.Time, retryAfter time.Duration, rnd func() float64) (time.Time, bool) {
	if attempt < 1 || attempt > len(Schedule) {
		return time.Time{}, false
	}
	base := Schedule[attempt-1]
	wait := time.Duration(float64(base) * (1 + jitter*(2*rnd()-1)))
	if retryAfter > wait {
		wait = min(retryAfter, 24*time.Hour)
	}
	return now.Add(wait), true
}

// parseRetryAfter reads a Retry-After header: seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if secs, err := strconv.Atoi(v); err == nil && secs > 0 {
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

func defaultRand() float64 { return rand.Float64() }
