package apikey

import (
	"bytes"
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"

	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// lastUsedPrecision is how stale last_used_at may be: a key used all day is
// written at most once a minute (or when its client IP changes).
const lastUsedPrecision = time.Minute

// Authenticator turns a presented key into a principal. It runs on every /v1
// request, so it checks the checksum before touching the database, looks the
// key up with a prepared statement, and never writes on the request path.
type Authenticator struct {
	// Bus, when set, hears of each recorded use (a "key.used" change), so
	// the portal's "Last used" moves without a reload. Set it before the
	// first request.
	Bus       *events.Bus
	db        *sql.DB
	lookup    *sql.Stmt
	lookalike *sql.Stmt // by display prefix and last 4, for a key that is no key
	touch     *sql.Stmt
	now       func() time.Time
	log       *slog.Logger
	touches   chan touch
	mu        sync.Mutex
	lastSeen  map[string]touch // last last_used write queued per key
	done      chan struct{}
	wg        sync.WaitGroup
}

type touch struct {
	keyID    string
	tenantID string
	env      environment.Environment
	ip       string
	at       time.Time
}

// NewAuthenticator prepares the lookup on db and starts the last-used writer.
// Close stops it.
func NewAuthenticator(db *sql.DB, dia string, now func() time.Time, log *slog.Logger) (*Authenticator, error) {
	p1, p2, p3 := "?", "?", "?"
	if dia == dialect.Postgres {
		p1, p2, p3 = "$1", "$2", "$3"
	}
	// The budget's inputs (EffectiveLimit decides): the key's override,
	// its tenant's, the rate it was issued with, and the largest expected
	// volume of the tenant's applications in use, which names its plan.
	const columns = `SELECT k.id, k.key_hash, k.tenant_id, k.application_id, k.kind, k.environment, k.currency_type, k.scopes,
		k.ip_allowlist, k.allowed_origins, k.expires_at, k.revoked_at, k.grace_until,
		k.rate_limit_override, t.rate_limit_override, k.rate_limit_per_minute,
		(SELECT COALESCE(MAX(x.expected_monthly_volume), 0) FROM applications x WHERE x.tenant_id = k.tenant_id AND x.archived_at IS NULL),
		k.last_used_at, k.last_used_ip, a.ip_allowlist
		FROM api_keys k JOIN applications a ON a.id = k.application_id JOIN tenants t ON t.id = k.tenant_id`
	lookup, err := db.Prepare(columns + ` WHERE k.key_hash = ` + p1)
	if err != nil {
		return nil, fmt.Errorf("prepare key lookup: %w", err)
	}
	lookalike, err := db.Prepare(columns + ` WHERE k.prefix = ` + p1 + ` AND k.last4 = ` + p2 + ` LIMIT 2`)
	if err != nil {
		return nil, fmt.Errorf("prepare look-alike key lookup: %w", err)
	}
	touchStmt, err := db.Prepare(`UPDATE api_keys SET last_used_at = ` + p1 + `, last_used_ip = ` + p2 + ` WHERE id = ` + p3)
	if err != nil {
		return nil, fmt.Errorf("prepare key touch: %w", err)
	}
	a := &Authenticator{
		db: db, lookup: lookup, lookalike: lookalike, touch: touchStmt, now: now, log: log,
		touches: make(chan touch, 1024), lastSeen: make(map[string]touch), done: make(chan struct{}),
	}
	a.wg.Add(1)
	go a.writeLastUsed()
	return a, nil
}

// Close flushes queued last-used writes and releases the statements.
func (a *Authenticator) Close() error {
	close(a.done)
	a.wg.Wait()
	return errors.Join(a.lookup.Close(), a.lookalike.Close(), a.touch.Close())
}

// Request is what the authenticator needs to know about the HTTP request.
type Request struct {
	Key      string
	ClientIP string
	Origin   string // the browser's Origin header, for publishable keys
}

var errInvalid = fault.New(fault.Unauthorized, "invalid API key")

// Kind makes the Authenticator the credential chain's API-key resolver.
func (a *Authenticator) Kind() viewer.Kind { return viewer.KindAPIKey }

// Claims reports whether c carries a KeyBS key, as "Authorization: Bearer
// kbs_…" or in X-API-Key.
func (a *Authenticator) Claims(c auth.Credentials) bool {
	if token, ok := auth.BearerToken(c.Authorization); ok {
		return strings.HasPrefix(token, "kbs_")
	}
	return strings.TrimSpace(c.APIKey) != ""
}

// Resolve authenticates the key c carries; a Bearer key wins over X-API-Key.
func (a *Authenticator) Resolve(ctx context.Context, c auth.Credentials) (*viewer.Principal, error) {
	key, ok := auth.BearerToken(c.Authorization)
	if !ok || !strings.HasPrefix(key, "kbs_") {
		key = strings.TrimSpace(c.APIKey)
	}
	return a.Authenticate(ctx, Request{Key: key, ClientIP: c.ClientIP, Origin: c.Origin})
}

// Authenticate verifies a presented key: shape and checksum, existence,
// revocation (immediate, never cached), rotation grace, expiry, IP allowlist
// (the key's, else its application's) and, for publishable keys used from a
// browser, the allowed origins.
func (a *Authenticator) Authenticate(ctx context.Context, r Request) (*viewer.Principal, error) {
	if _, _, err := Parse(r.Key); err != nil {
		return a.invalid(ctx, r.Key)
	}
	hash := Hash(r.Key)
	k, err := scanKey(a.lookup.QueryRowContext(ctx, hash))
	if errors.Is(err, sql.ErrNoRows) {
		return a.invalid(ctx, r.Key)
	} else if err != nil {
		return nil, fault.Wrap(err, "look up API key")
	}
	if subtle.ConstantTimeCompare([]byte(k.hash), []byte(hash)) != 1 {
		return nil, errInvalid
	}
	p := k.principal()
	// From here on the key is known: a refusal says whose it is, so the
	// call appears in the owner's request log.
	refuse := func(err error) (*viewer.Principal, error) { return nil, &auth.Refusal{Principal: p, Err: err} }
	now := a.now()
	switch {
	case k.revoked.Valid:
		return refuse(fault.New(fault.Unauthorized, "this API key has been revoked"))
	case k.grace.Valid && !now.Before(k.grace.Time):
		return refuse(fault.New(fault.Unauthorized, "this API key was rotated and its grace period has ended; use its successor"))
	case k.expires.Valid && !now.Before(k.expires.Time):
		return refuse(fault.New(fault.ExpiredAPIKey, "this API key expired at %s", k.expires.Time.UTC().Format(time.RFC3339)))
	}
	allowlist := decodeList(k.keyIPs)
	if len(allowlist) == 0 {
		allowlist = decodeList(k.appIPs)
	}
	if len(allowlist) > 0 && !validate.AllowsIP(allowlist, r.ClientIP) {
		return refuse(fault.New(fault.Forbidden, "requests from %s are not allowed for this API key (IP allowlist)", r.ClientIP))
	}
	if allowed := decodeList(k.origins); len(allowed) > 0 && r.Origin != "" && !slices.Contains(allowed, r.Origin) {
		return refuse(fault.New(fault.Forbidden, "origin %s is not allowed for this publishable key", r.Origin))
	}
	if !k.lastUsed.Valid || now.Sub(k.lastUsed.Time) >= lastUsedPrecision || k.lastIP.String != r.ClientIP {
		a.queueTouch(touch{keyID: k.id, tenantID: k.tenantID, env: p.Environment, ip: r.ClientIP, at: now})
	}
	return p, nil
}

type row struct {
	id, hash, tenantID, applicationID, kind, environment, currencyType string
	scopes, keyIPs, origins, appIPs                                    []byte
	expires, revoked, grace, lastUsed                                  sql.NullTime
	lastIP                                                             sql.NullString
	keyOverride, tenantOverride                                        sql.NullInt64
	issued, volume                                                     int64
}

// scanKey reads one row of the lookup statements.
func scanKey(s interface{ Scan(...any) error }) (row, error) {
	var k row
	err := s.Scan(&k.id, &k.hash, &k.tenantID, &k.applicationID, &k.kind, &k.environment, &k.currencyType,
		&k.scopes, &k.keyIPs, &k.origins, &k.expires, &k.revoked, &k.grace,
		&k.keyOverride, &k.tenantOverride, &k.issued, &k.volume, &k.lastUsed, &k.lastIP, &k.appIPs)
	return k, err
}

// principal is who the key in k acts for.
func (k row) principal() *viewer.Principal {
	env := environment.Environment(k.environment)
	limit := EffectiveLimit(LimitFacts{KeyOverride: nullInt(k.keyOverride), TenantOverride: nullInt(k.tenantOverride),
		Environment: env, Plan: TenantPlan(k.volume), Issued: int(k.issued)})
	return &viewer.Principal{
		Kind:               viewer.KindAPIKey,
		TenantID:           k.tenantID,
		KeyID:              k.id,
		KeyKind:            k.kind,
		ApplicationID:      k.applicationID,
		Environment:        env,
		Scopes:             decodeList(k.scopes),
		CurrencyType:       k.currencyType,
		RateLimitPerMinute: limit.PerMinute,
	}
}

// invalid refuses a presented string that is no key: mistyped, forged, or a
// key since deleted. When its display prefix and last four characters are
// those of exactly one key (a typo in the middle of a copied key), the
// refusal names that key, so the call is in its owner's request log; the
// caller gets the same "invalid API key" either way, and nothing it sent
// is trusted beyond choosing whose log to write to.
func (a *Authenticator) invalid(ctx context.Context, key string) (*viewer.Principal, error) {
	if len(key) < displayLen+4 || len(key) > 200 || !strings.HasPrefix(key, "kbs_") {
		return nil, errInvalid
	}
	rows, err := a.lookalike.QueryContext(ctx, key[:displayLen], key[len(key)-4:])
	if err != nil {
		return nil, fault.Wrap(err, "look up a look-alike API key")
	}
	defer rows.Close()
	var found []row
	for rows.Next() {
		k, err := scanKey(rows)
		if err != nil {
			return nil, fault.Wrap(err, "read a look-alike API key")
		}
		found = append(found, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(err, "read look-alike API keys")
	}
	if len(found) != 1 {
		return nil, errInvalid
	}
	return nil, &auth.Refusal{Principal: found[0].principal(), Err: errInvalid}
}

func nullInt(n sql.NullInt64) *int {
	if !n.Valid {
		return nil
	}
	v := int(n.Int64)
	return &v
}

// queueTouch schedules a last-used write unless one for the same key and IP
// was queued within the precision window. When the queue is full the write is
// skipped; the next request notices the stale time and queues it again.
func (a *Authenticator) queueTouch(t touch) {
	a.mu.Lock()
	prev, ok := a.lastSeen[t.keyID]
	if ok && prev.ip == t.ip && t.at.Sub(prev.at) < lastUsedPrecision {
		a.mu.Unlock()
		return
	}
	a.lastSeen[t.keyID] = t
	a.mu.Unlock()
	select {
	case a.touches <- t:
	default:
		a.mu.Lock()
		delete(a.lastSeen, t.keyID)
		a.mu.Unlock()
	}
}

// writeLastUsed applies queued last-used writes off the request path, and
// drains the queue when closed.
func (a *Authenticator) writeLastUsed() {
	defer a.wg.Done()
	apply := func(t touch) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if _, err := a.touch.ExecContext(ctx, t.at, t.ip, t.keyID); err != nil {
			a.log.Warn("could not record API key use", "key_id", t.keyID, "error", err)
			return
		}
		if a.Bus != nil {
			m := events.Message{Kind: events.KindKey, ID: t.keyID, TenantID: t.tenantID, Environment: t.env, Type: "key.used"}
			if err := a.Bus.PublishNow(ctx, a.db, m); err != nil {
				a.log.Warn("could not announce API key use", "key_id", t.keyID, "error", err)
			}
		}
	}
	for {
		select {
		case t := <-a.touches:
			apply(t)
		case <-a.done:
			for {
				select {
				case t := <-a.touches:
					apply(t)
				default:
					return
				}
			}
		}
	}
}

// decodeList reads a stored JSON list of strings. It runs four times a
// request; the lists hold plain scopes, addresses and origins, so those with
// no escapes are split by hand (an empty list costs nothing), and anything
// else goes to encoding/json.
func decodeList(b []byte) []string {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || string(b) == "null" || string(b) == "[]" {
		return nil
	}
	if out, ok := plainList(b); ok {
		return out
	}
	var out []string
	_ = json.Unmarshal(b, &out)
	return out
}

// plainList splits `["a","b"]` when no element holds a backslash, quote or
// control character and no whitespace separates them.
func plainList(b []byte) ([]string, bool) {
	if len(b) < 4 || b[0] != '[' || b[len(b)-1] != ']' || bytes.IndexByte(b, '\\') >= 0 {
		return nil, false
	}
	inner := b[1 : len(b)-1]
	out := make([]string, 0, bytes.Count(inner, []byte(`","`))+1)
	for len(inner) > 0 {
		if inner[0] != '"' {
			return nil, false
		}
		end := bytes.IndexByte(inner[1:], '"')
		if end < 0 {
			return nil, false
		}
		el := inner[1 : 1+end]
		for _, c := range el {
			if c < 0x20 {
				return nil, false
			}
		}
		out = append(out, string(el))
		inner = inner[2+end:]
		if len(inner) > 0 {
			if inner[0] != ',' || len(inner) == 1 {
				return nil, false
			}
			inner = inner[1:]
		}
	}
	return out, true
}
