package webhook

import (
	"slices"
	"strings"
	"time"
)

// frontiers remember where the due attempts of endpoints other than a set
// left out of a claim began, as the last such claim saw them: the oldest it
// found, or its now when it found none. An attempt is queued due at the
// moment it is queued or later, so a claim leaving out the same endpoints, or
// more, starts there, where it scanned past their whole backlog on every
// freed slot (all of it, when one endpoint had every due attempt).
type frontiers map[string]frontier // by endpointSet

type frontier struct {
	full  []string
	from  time.Time // on the schedule's clock (DispatcherOptions.Now)
	until time.Time // wall clock: when claims leaving full out scan from the start again
}

const (
	// frontierSlack reaches back from a frontier for attempts committed
	// just after the claim that set it with an earlier schedule (a
	// transaction under way at that moment, another replica's clock).
	frontierSlack = 100 * time.Millisecond
	// frontierFor bounds how long a frontier is trusted: an attempt whose
	// lease ran out (its replica stopped), or one the slack missed, is
	// claimed at most this much later.
	frontierFor = time.Second
	// maxFrontiers bounds how many sets of full endpoints are remembered.
	maxFrontiers = 16
)

// endpointSet names a set of endpoint ids whatever their order.
func endpointSet(ids []string) string {
	sorted := slices.Clone(ids)
	slices.Sort(sorted)
	return strings.Join(sorted, " ")
}

// scanFrom is where a claim leaving full out may start: the latest frontier
// of a set of endpoints all still in full (the others' attempts include
// full's others'), or the beginning; until is when that frontier expires.
func (fs frontiers) scanFrom(full []string, now time.Time) (from, until time.Time) {
	if len(full) == 0 {
		return time.Time{}, time.Time{}
	}
	for _, f := range fs {
		if now.Before(f.until) && f.from.After(from) && containsAll(full, f.full) {
			from, until = f.from, f.until
		}
	}
	return from, until
}

// saw records what a claim leaving full out, scanning from from (a frontier
// trusted until until, or the beginning), found: where the others' due
// attempts began. A frontier found from another's expires with it, so every
// set of full endpoints is scanned from the start within frontierFor.
func (fs frontiers) saw(full []string, from, until, began, now time.Time) {
	if from.IsZero() {
		until = now.Add(frontierFor)
	}
	for k, f := range fs {
		if !now.Before(f.until) {
			delete(fs, k)
		}
	}
	if len(fs) >= maxFrontiers {
		clear(fs)
	}
	k := endpointSet(full)
	next := frontier{full: slices.Clone(full), from: began.Add(-frontierSlack), until: until}
	if f, ok := fs[k]; ok && f.from.After(next.from) {
		next.from = f.from // what that claim knew holds for as long as it did
		if f.until.Before(next.until) {
			next.until = f.until
		}
	}
	fs[k] = next
}

// containsAll reports whether every id of sub is in set.
func containsAll(set, sub []string) bool {
	for _, id := range sub {
		if !slices.Contains(set, id) {
			return false
		}
	}
	return true
}
