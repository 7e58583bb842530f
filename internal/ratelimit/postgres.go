package ratelimit

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/lib/pq"
)

// Postgres is a Store in the database every replica shares: an UNLOGGED
// counter table and a function that takes all of a request's budgets in one
// round trip (migration 20261201220000_rate_counters). Counts are exact
// across replicas: the function locks each counter row while it decides.
type Postgres struct {
	take, give, sweep *sql.Stmt
}

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
	return &Postgres{take: take, give: give, sweep: sweep}, nil
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
	return p.run(ctx, now, true, limits)
}

// Peek implements Store.
func (p *Postgres) Peek(ctx context.Context, now time.Time, limits ...Limit) (Decision, error) {
	return p.run(ctx, now, false, limits)
}

func (p *Postgres) run(ctx context.Context, now time.Time, take bool, limits []Limit) (Decision, error) {
	if len(limits) == 0 {
		return Decision{Allowed: true}, nil
	}
	// Rows are locked in key order, whatever order the caller lists them
	// in, so two requests sharing budgets never wait on each other in a
	// circle.
	order := make([]int, len(limits))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(limits[a].Key, limits[b].Key) })
	keys, maxes, starts, costs := make([]string, len(limits)), make([]int64, len(limits)), make([]int64, len(limits)), make([]int64, len(limits))
	ends := make([]time.Time, len(limits))
	for j, i := range order {
		l := limits[i]
		keys[j], maxes[j], starts[j], costs[j], ends[j] = l.Key, int64(l.Max), int64(l.Initial), int64(l.cost()), l.end(now).UTC()
	}
	var allowed bool
	var counts pq.Int64Array
	if err := p.take.QueryRowContext(ctx, pq.Array(keys), pq.Array(maxes), pq.Array(ends), pq.Array(starts), pq.Array(costs), take).
		Scan(&allowed, &counts); err != nil {
		return Decision{}, fmt.Errorf("rate limit: %w", err)
	}
	if !allowed {
		j := len(counts) - 1 // the function stops at the first full budget
		l := limits[order[j]]
		end := ends[j]
		return Decision{Limit: l.Max, Reset: end, RetryAfter: end.Sub(now), Exceeded: l.Key}, nil
	}
	first := slices.Index(order, 0) // the caller's first limit is the one shown
	d := Decision{Allowed: true, Limit: limits[0].Max, Reset: ends[first]}
	d.Remaining = max(limits[0].Max-int(counts[first]), 0)
	if take {
		d.Remaining = max(d.Remaining-limits[0].cost(), 0)
	}
	return d, nil
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
