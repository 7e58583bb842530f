package ratelimit

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/lib/pq"
)

// Postgres is a Store in the database every replica shares: an UNLOGGED
// counter table and a function that takes all of a request's budgets in one
// round trip (migration 20261201220000_rate_counters). Counts are exact
// across replicas: the function locks each counter row while it decides.
//
// Takes of the same budgets that arrive while one is being decided are sent
// together, as one call that takes that many units at once: fifty requests of
// one key at once are a couple of statements and lock waits on its counter
// instead of fifty in a row. A combined take the budgets cannot hold whole is
// retried one request at a time, so near the end of a budget each request
// still gets exactly what is left.
type Postgres struct {
	take, give, sweep *sql.Stmt

	mu sync.Mutex
	// waiting has an entry for each set of budgets (by signature) a call is
	// deciding: the batch gathering for the next call, or nil.
	waiting map[string]*batch
}

// batch is requests of the same budgets taken by one call. Its first member
// sends the call once it has its turn: at once when no call of these budgets
// runs, or when the running one returns.
type batch struct {
	n       int // members; final once the batch has its turn
	turn    chan struct{}
	done    chan struct{}
	allowed bool
	counts  pq.Int64Array
	err     error
}

// batchTimeout bounds a combined take, which runs for every member and so
// not under any one member's context.
const batchTimeout = 10 * time.Second

// NewPostgres prepares the store's statements on db.
func NewPostgres(db *sql.DB) (*Postgres, error) {
	take, err := db.Prepare(`SELECT allowed, counts FROM keybs_rate_take($1, $2, $3, $4, $5, $6)`)
	if err != nil {
		return nil, fmt.Errorf("prepare rate limit take: %w", err)
	}
	give, err := db.Prepare(`UPDATE keybs_rate_counters SET count = count - 1
		WHERE key = ANY($1) AND window_end = ANY($2) AND count > 0`)
	if err != nil {
		_ = take.Close()
		return nil, fmt.Errorf("prepare rate limit return: %w", err)
	}
	sweep, err := db.Prepare(`DELETE FROM keybs_rate_counters WHERE window_end < $1`)
	if err != nil {
		_ = take.Close()
		_ = give.Close()
		return nil, fmt.Errorf("prepare rate limit sweep: %w", err)
	}
	return &Postgres{take: take, give: give, sweep: sweep, waiting: map[string]*batch{}}, nil
}

// Close releases the statements.
func (p *Postgres) Close() error {
	return errors.Join(p.take.Close(), p.give.Close(), p.sweep.Close())
}

// Return implements Store.
func (p *Postgres) Return(ctx context.Context, now time.Time, limits ...Limit) error {
	for _, l := range limits {
		// One key at a time: ANY over two arrays would pair every key with
		// every window end.
		if _, err := p.give.ExecContext(ctx, pq.Array([]string{l.Key}), pq.Array([]time.Time{l.end(now).UTC()})); err != nil {
			return fmt.Errorf("rate limit return: %w", err)
		}
	}
	return nil
}

// Take implements Store.
func (p *Postgres) Take(ctx context.Context, now time.Time, limits ...Limit) (Decision, error) {
	if len(limits) == 0 {
		return Decision{Allowed: true}, nil
	}
	q := prepare(now, limits)
	sig := q.signature()
	b, nth := p.join(sig)
	if nth == 0 {
		<-b.turn
		callCtx, cancel := ctx, context.CancelFunc(func() {})
		if b.n > 1 {
			// The call is every member's: no one member's cancellation ends it.
			callCtx, cancel = context.WithTimeout(context.WithoutCancel(ctx), batchTimeout)
		}
		b.allowed, b.counts, b.err = p.call(callCtx, q, true, b.n)
		cancel()
		close(b.done)
		p.pass(sig)
	} else {
		<-b.done
	}
	switch {
	case b.err != nil:
		return Decision{}, b.err
	case !b.allowed && b.n > 1:
		// Not room for all of them: each tries alone, so the budget's last
		// units still go to whoever they fit.
		return p.single(ctx, now, q, true)
	}
	return q.decision(now, b.allowed, b.counts, true, nth), nil
}

// join adds a request to the batch for sig and returns it with the request's
// place in it; place 0 sends the call.
func (p *Postgres) join(sig string) (*batch, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	b, busy := p.waiting[sig]
	if b == nil {
		b = &batch{turn: make(chan struct{}), done: make(chan struct{})}
		if busy {
			p.waiting[sig] = b // its turn comes when the running call passes it
		} else {
			p.waiting[sig] = nil // no call runs: this one goes at once, alone
			close(b.turn)
		}
	}
	b.n++
	return b, b.n - 1
}

// pass ends a call of sig's budgets: the batch that gathered meanwhile gets
// its turn, or nothing of them is being decided any more.
func (p *Postgres) pass(sig string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	b := p.waiting[sig]
	if b == nil {
		delete(p.waiting, sig)
		return
	}
	p.waiting[sig] = nil
	close(b.turn)
}

// Peek implements Store.
func (p *Postgres) Peek(ctx context.Context, now time.Time, limits ...Limit) (Decision, error) {
	if len(limits) == 0 {
		return Decision{Allowed: true}, nil
	}
	return p.single(ctx, now, prepare(now, limits), false)
}

// prepared is a request's budgets as the function takes them: in key order,
// whatever order the caller lists them in, so two requests sharing budgets
// never wait on each other in a circle.
type prepared struct {
	limits               []Limit
	order                []int // order[j] is the caller's index of the j-th budget locked
	keys                 []string
	maxes, starts, costs []int64
	ends                 []time.Time
}

func prepare(now time.Time, limits []Limit) prepared {
	q := prepared{limits: limits, order: make([]int, len(limits)), keys: make([]string, len(limits)),
		maxes: make([]int64, len(limits)), starts: make([]int64, len(limits)), costs: make([]int64, len(limits)),
		ends: make([]time.Time, len(limits))}
	for i := range q.order {
		q.order[i] = i
	}
	slices.SortFunc(q.order, func(a, b int) int { return strings.Compare(limits[a].Key, limits[b].Key) })
	for j, i := range q.order {
		l := limits[i]
		q.keys[j], q.maxes[j], q.starts[j], q.costs[j], q.ends[j] = l.Key, int64(l.Max), int64(l.Initial), int64(l.cost()), l.end(now).UTC()
	}
	return q
}

// signature names everything the call sends, so only requests that would
// send the same call are combined.
func (q prepared) signature() string {
	b := make([]byte, 0, 64*len(q.keys))
	for j := range q.keys {
		b = append(b, q.keys[j]...)
		for _, n := range []int64{q.maxes[j], q.ends[j].UnixNano(), q.starts[j], q.costs[j]} {
			b = strconv.AppendInt(append(b, 0), n, 10)
		}
		b = append(b, 0)
	}
	return string(b)
}

// call runs the function for times requests at once.
func (p *Postgres) call(ctx context.Context, q prepared, take bool, times int) (bool, pq.Int64Array, error) {
	costs := q.costs
	if times > 1 {
		costs = make([]int64, len(q.costs))
		for j, c := range q.costs {
			costs[j] = c * int64(times)
		}
	}
	var allowed bool
	var counts pq.Int64Array
	if err := p.take.QueryRowContext(ctx, pq.Array(q.keys), pq.Array(q.maxes), pq.Array(q.ends), pq.Array(q.starts), pq.Array(costs), take).
		Scan(&allowed, &counts); err != nil {
		return false, nil, fmt.Errorf("rate limit: %w", err)
	}
	return allowed, counts, nil
}

// single decides one request on its own.
func (p *Postgres) single(ctx context.Context, now time.Time, q prepared, take bool) (Decision, error) {
	allowed, counts, err := p.call(ctx, q, take, 1)
	if err != nil {
		return Decision{}, err
	}
	return q.decision(now, allowed, counts, take, 0), nil
}

// decision is the call's answer for the nth request it took for (0 for a
// request alone): counts are the budgets' counts before the call.
func (q prepared) decision(now time.Time, allowed bool, counts pq.Int64Array, take bool, nth int) Decision {
	limits := q.limits
	if !allowed {
		j := len(counts) - 1 // the function stops at the first full budget
		l := limits[q.order[j]]
		end := q.ends[j]
		return Decision{Limit: l.Max, Reset: end, RetryAfter: end.Sub(now), Exceeded: l.Key}
	}
	first := slices.Index(q.order, 0) // the caller's first limit is the one shown
	d := Decision{Allowed: true, Limit: limits[0].Max, Reset: q.ends[first]}
	used := int(counts[first])
	if take {
		used += (nth + 1) * limits[0].cost()
	}
	d.Remaining = max(limits[0].Max-used, 0)
	return d
}

// Sweep deletes counters of windows that ended before cutoff.
func (p *Postgres) Sweep(ctx context.Context, cutoff time.Time) error {
	_, err := p.sweep.ExecContext(ctx, cutoff.UTC())
	return err
}

// Run sweeps ended windows every minute until ctx ends. Every replica may
// run it; deleting twice is harmless.
func (p *Postgres) Run(ctx context.Context, now func() time.Time) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			_ = p.Sweep(ctx, now().Add(-time.Hour))
		}
	}
}
