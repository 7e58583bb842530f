// Package idempotency makes a retried POST safe (Stripe's model): the first
// request with an Idempotency-Key runs and its answer is kept for 24 hours;
// the same key with the same request replays that answer, with another
// request is a conflict, and while the first still runs is a conflict too.
// Keys are scoped to a tenant and an environment.
package idempotency

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/idempotencykey"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
)

// TTL is how long an answer is replayed.
const TTL = 24 * time.Hour

// MaxBody bounds the answer kept for replay.
const MaxBody = 1 << 20

// Store keeps the keys.
type Store struct {
	client *ent.Client
	now    func() time.Time
}

// NewStore wires a Store.
func NewStore(client *ent.Client, now func() time.Time) *Store {
	return &Store{client: client, now: now}
}

// Request is one request sent with a key.
type Request struct {
	TenantID    string
	Environment environment.Environment
	Key         string
	// Method, Path and Body make the fingerprint a retry must match.
	Method, Path string
	Body         []byte
}

// Response is an answer to keep or replay.
type Response struct {
	Status      int
	ContentType string
	Body        []byte
}

// Claim is a key claimed for a first run: Finish keeps its answer, Release
// forgets it (a failure worth retrying).
type Claim struct {
	s  *Store
	id string
}

// Begin claims req's key, or returns the answer to replay (claim nil), or a
// conflict: the key was used with another request, or its first request is
// still running.
func (s *Store) Begin(ctx context.Context, req Request) (*Claim, *Response, error) {
	if err := validKey(req.Key); err != nil {
		return nil, nil, err
	}
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	hash := fingerprint(req)
	now := s.now()
	for range 2 {
		row, err := s.client.IdempotencyKey.Create().
			SetTenantID(req.TenantID).SetEnvironment(req.Environment).SetKey(req.Key).
			SetRequestHash(hash).SetCreatedAt(now).SetExpiresAt(now.Add(TTL)).
			Save(ctx)
		if err == nil {
			return &Claim{s: s, id: row.ID}, nil, nil
		}
		if !ent.IsConstraintError(err) {
			return nil, nil, database.Err(err, "claim idempotency key")
		}
		prev, err := s.client.IdempotencyKey.Query().Where(idempotencykey.TenantID(req.TenantID),
			idempotencykey.EnvironmentEQ(req.Environment), idempotencykey.Key(req.Key)).Only(ctx)
		if ent.IsNotFound(err) {
			continue // released between the insert and the read: claim it again
		} else if err != nil {
			return nil, nil, database.Err(err, "load idempotency key")
		}
		switch {
		case !now.Before(prev.ExpiresAt):
			// Expired: forget it and claim the key afresh.
			if _, err := s.client.IdempotencyKey.Delete().Where(idempotencykey.ID(prev.ID)).Exec(ctx); err != nil {
				return nil, nil, database.Err(err, "expire idempotency key")
			}
			continue
		case prev.RequestHash != hash:
			return nil, nil, conflict("this Idempotency-Key was already used with a different request; use a new key for a new request")
		case prev.ResponseStatus == nil:
			return nil, nil, conflict("a request with this Idempotency-Key is still being processed; retry when it has finished")
		}
		return nil, &Response{Status: *prev.ResponseStatus, ContentType: prev.ResponseContentType, Body: prev.ResponseBody}, nil
	}
	return nil, nil, conflict("this Idempotency-Key is in use; retry shortly")
}

// Finish keeps the first run's answer for replay.
func (c *Claim) Finish(ctx context.Context, r Response) error {
	if len(r.Body) > MaxBody {
		return c.Release(ctx) // too large to keep: a retry runs again
	}
	err := c.s.client.IdempotencyKey.UpdateOneID(c.id).SetResponseStatus(r.Status).
		SetResponseContentType(r.ContentType).SetResponseBody(r.Body).
		Exec(privacy.DecisionContext(ctx, privacy.Allow))
	return database.Err(err, "keep idempotent response")
}

// Release forgets the claim, so the key can be used again: the first run
// failed in a way a retry may not.
func (c *Claim) Release(ctx context.Context) error {
	_, err := c.s.client.IdempotencyKey.Delete().Where(idempotencykey.ID(c.id)).
		Exec(privacy.DecisionContext(ctx, privacy.Allow))
	return database.Err(err, "release idempotency key")
}

// Sweep deletes expired keys.
func (s *Store) Sweep(ctx context.Context) error {
	_, err := s.client.IdempotencyKey.Delete().Where(idempotencykey.ExpiresAtLT(s.now())).
		Exec(privacy.DecisionContext(ctx, privacy.Allow))
	return database.Err(err, "sweep idempotency keys")
}

// Run sweeps every ten minutes until ctx ends.
func (s *Store) Run(ctx context.Context) {
	t := time.NewTicker(10 * time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			_ = s.Sweep(ctx)
		}
	}
}

func fingerprint(r Request) string {
	h := sha256.New()
	h.Write([]byte(r.Method + " " + r.Path + "\n"))
	h.Write(r.Body)
	return hex.EncodeToString(h.Sum(nil))
}

func validKey(k string) error {
	if k == "" || len(k) > 255 || strings.ContainsFunc(k, func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsPrint(r) }) {
		return &fault.Error{Kind: fault.Invalid, Field: "Idempotency-Key",
			Message: "Idempotency-Key must be 1 to 255 printable ASCII characters, e.g. a UUID"}
	}
	return nil
}

func conflict(msg string) error {
	return &fault.Error{Kind: fault.IdempotencyConflict, Message: msg}
}
