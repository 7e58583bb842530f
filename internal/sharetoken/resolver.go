package sharetoken

import (
	"context"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect/sql"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/predicate"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/shareattempt"
	entshare "github.com/keybs/platform/ent/sharetoken"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/bearertoken"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/viewer"
)

// Resolver is the credential chain's share-token resolver. Resolving a token
// is presenting it: a token that may still reveal its fields spends one use,
// and every presentation of a token that exists is recorded as a
// ShareAttempt of its tenant (with an audit entry), refusals included. An
// unknown token has no tenant to tell; it gets a platform audit entry.
//
// Unknown and revoked tokens answer the same not_found, so a revoked link
// cannot be told from one that never existed; expired and exhausted tokens
// answer 410 with their own codes, so the relying party knows to ask for a
// new link.
type Resolver struct {
	client *ent.Client
	now    func() time.Time
}

// NewResolver wires a Resolver.
func NewResolver(client *ent.Client, now func() time.Time) *Resolver {
	return &Resolver{client: client, now: now}
}

var errUnknown = fault.New(fault.NotFound, "not found: the share token is unknown or has been revoked")

// Kind is viewer.KindShareToken.
func (*Resolver) Kind() viewer.Kind { return viewer.KindShareToken }

// Claims reports whether c carries a share token: in the body slot, or (to
// refuse it with a clear message) in the headers.
func (*Resolver) Claims(c auth.Credentials) bool {
	return c.ShareToken != "" || strings.HasPrefix(c.HeaderToken(), Prefix)
}

// Resolve presents the token c carries: the principal of its tenant and
// environment when it reveals its fields, else the refusal.
func (r *Resolver) Resolve(ctx context.Context, c auth.Credentials) (*viewer.Principal, error) {
	token := c.ShareToken
	if token == "" {
		token = c.HeaderToken()
	}
	a := attempt{ip: c.ClientIP, domain: Domain(c.Origin, c.Referer), userAgent: requestinfo.FromContext(ctx).UserAgent}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	if bearertoken.Parse(Prefix, token) != nil {
		return nil, r.unknown(sys, a, "malformed")
	}
	hash := bearertoken.Hash(token)
	var (
		p       *viewer.Principal
		refusal error
	)
	err := database.WithTx(sys, r.client, func(tx *ent.Tx) error {
		t, err := tx.ShareToken.Query().Where(entshare.TokenHash(hash)).Only(sys)
		switch {
		case ent.IsNotFound(err):
			refusal = errUnknown
			return r.recordUnknown(sys, tx.Client(), a, "unknown")
		case err != nil:
			return err
		case !bearertoken.Equal(t.TokenHash, hash):
			refusal = errUnknown
			return r.recordUnknown(sys, tx.Client(), a, "unknown")
		}
		now := r.now()
		outcome, err := r.spend(sys, tx, t, now)
		if err != nil {
			return err
		}
		if outcome == shareattempt.OutcomeREVEALED {
			p = &viewer.Principal{Kind: viewer.KindShareToken, TenantID: t.TenantID, Environment: t.Environment, TokenID: t.ID}
		} else {
			refusal = refusalOf(outcome, t)
		}
		return r.record(sys, tx, t, a, outcome, now)
	})
	if err != nil {
		return nil, fault.Wrap(err, "resolve share token")
	}
	return p, refusal
}

// spend takes one use of t if it may still reveal its fields, with one
// conditional update (never read, then write): of any number of concurrent
// presentations, exactly the uses left succeed. Otherwise it says why not,
// from the row as the update left it.
func (r *Resolver) spend(ctx context.Context, tx *ent.Tx, t *ent.ShareToken, now time.Time) (shareattempt.Outcome, error) {
	if st := StatusOf(t, now); st != StatusActive {
		return outcomeOf(st), nil
	}
	n, err := tx.ShareToken.Update().
		Where(entshare.ID(t.ID), entshare.RevokedAtIsNil(), entshare.ExpiresAtGT(now), usesLeft()).
		AddUses(1).SetLastUsedAt(now).Save(ctx)
	if err != nil {
		return "", err
	}
	if n == 1 {
		return shareattempt.OutcomeREVEALED, nil
	}
	fresh, err := tx.ShareToken.Get(ctx, t.ID)
	if err != nil {
		return "", err
	}
	if st := StatusOf(fresh, now); st != StatusActive {
		return outcomeOf(st), nil
	}
	return shareattempt.OutcomeEXHAUSTED, nil
}

// usesLeft is uses < max_uses, compared in the database.
func usesLeft() predicate.ShareToken {
	return func(s *sql.Selector) {
		s.Where(sql.ColumnsLT(s.C(entshare.FieldUses), s.C(entshare.FieldMaxUses)))
	}
}

func outcomeOf(st Status) shareattempt.Outcome {
	switch st {
	case StatusRevoked:
		return shareattempt.OutcomeREVOKED
	case StatusExpired:
		return shareattempt.OutcomeEXPIRED
	}
	return shareattempt.OutcomeEXHAUSTED
}

func refusalOf(o shareattempt.Outcome, t *ent.ShareToken) error {
	switch o {
	case shareattempt.OutcomeEXPIRED:
		return fault.New(fault.ShareTokenExpired, "this share token expired at %s; ask its issuer for a new link", t.ExpiresAt.UTC().Format(time.RFC3339))
	case shareattempt.OutcomeEXHAUSTED:
		return fault.New(fault.ShareTokenExhausted, "this share token has been used all %d times it allows; ask its issuer for a new link", t.MaxUses)
	}
	return errUnknown
}

// attempt is who presented a token.
type attempt struct{ ip, domain, userAgent string }

// record writes the attempt and its audit entry in tx.
func (r *Resolver) record(ctx context.Context, tx *ent.Tx, t *ent.ShareToken, a attempt, o shareattempt.Outcome, now time.Time) error {
	err := tx.ShareAttempt.Create().SetTenantID(t.TenantID).SetEnvironment(t.Environment).SetShareTokenID(t.ID).
		SetOutcome(o).SetIP(clip(a.ip, 64)).SetDomain(a.domain).SetUserAgent(clip(a.userAgent, 512)).
		SetCreatedAt(now).Exec(ctx)
	if err != nil {
		return err
	}
	action := "share_token.revealed"
	if o != shareattempt.OutcomeREVEALED {
		action = "share_token.refused"
	}
	return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: t.TenantID, Action: action,
		TargetType: "ShareToken", TargetID: t.ID, ActorID: t.ID, ActorType: auditlog.ActorTypeSHARE_TOKEN,
		Metadata: map[string]any{"outcome": strings.ToLower(string(o)), "domain": a.domain, "environment": string(t.Environment)}})
}

// unknown records the presentation of a token that is not one, and returns
// the refusal.
func (r *Resolver) unknown(ctx context.Context, a attempt, why string) error {
	if err := r.recordUnknown(ctx, r.client, a, why); err != nil {
		return fault.Wrap(err, "audit share token")
	}
	return errUnknown
}

func (r *Resolver) recordUnknown(ctx context.Context, client *ent.Client, a attempt, why string) error {
	return audit.Record(ctx, client, audit.Entry{Action: "share_token.unknown", ActorType: auditlog.ActorTypeANONYMOUS,
		Metadata: map[string]any{"reason": why, "domain": a.domain}})
}

// Domain is the requesting domain of a presentation: the host of its Origin
// header, else of its Referer; empty when it sent neither (a server) or only
// an opaque origin ("null").
func Domain(origin, referer string) string {
	for _, raw := range []string{origin, referer} {
		if raw == "" || raw == "null" {
			continue
		}
		if u, err := url.Parse(raw); err == nil && u.Host != "" {
			return clip(strings.ToLower(u.Host), 255)
		}
	}
	return ""
}

// clip shortens s to at most n bytes on a character boundary, dropping
// invalid UTF-8, so it always fits its column.
func clip(s string, n int) string {
	s = strings.ToValidUTF8(s, "")
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

var _ auth.Resolver = (*Resolver)(nil)
