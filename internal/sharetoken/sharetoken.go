// Package sharetoken holds share tokens (seed 004's KYC share tokens): a
// tenant issues one for a published report, choosing which public fields it
// reveals, how many times and until when; a third party without an account
// presents it to POST /v1/kyc-share/verify and gets those fields and nothing
// else. Tokens are shown once and stored hashed; every presentation, whatever
// its outcome, is recorded with who asked.
//
// The Service manages tokens for the tenant; the Resolver is the credential
// chain's share-token resolver, which spends a use when it resolves a token.
package sharetoken

import (
	"context"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/report"
	entshare "github.com/keybs/platform/ent/sharetoken"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/bearertoken"
	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/reportfield"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
)

// Prefix starts every share token.
const Prefix = "kbs_share_"

// Limits of a share token.
const (
	DefaultExpiresIn = 7 * 24 * 60 * 60  // seconds
	MinExpiresIn     = 60                // seconds
	MaxExpiresIn     = 30 * 24 * 60 * 60 // seconds
	DefaultMaxUses   = 1
	MaxUses          = 1000
	// MaxLimit bounds one listing.
	MaxLimit = 200
)

// Service manages the tenant's share tokens.
type Service struct {
	client *ent.Client
	now    func() time.Time
}

// NewService wires a Service.
func NewService(client *ent.Client, now func() time.Time) *Service {
	return &Service{client: client, now: now}
}

// CreateInput is a new share token: the report (by its verification id), the
// fields it reveals, and optionally its number of uses (default 1) and
// lifetime in seconds (default 7 days).
type CreateInput struct {
	VerificationID string
	Fields         []reportfield.Field
	MaxUses        *int
	ExpiresIn      *int
}

// Created is a new token with its secret, shown this once.
type Created struct {
	ShareToken *ent.ShareToken
	Token      string
}

// Create issues a share token for a published report of the caller's
// tenant (and, for an API key, environment). An unknown report, or another
// tenant's, is not_found; the caller's own report that is not published yet
// is a conflict, since nothing public exists to share.
func (s *Service) Create(ctx context.Context, in CreateInput) (*Created, error) {
	p, err := manager(ctx)
	if err != nil {
		return nil, err
	}
	fields, err := validFields(in.Fields)
	if err != nil {
		return nil, err
	}
	maxUses, err := bounded("max_uses", in.MaxUses, DefaultMaxUses, 1, MaxUses)
	if err != nil {
		return nil, err
	}
	expiresIn, err := bounded("expires_in", in.ExpiresIn, DefaultExpiresIn, MinExpiresIn, MaxExpiresIn)
	if err != nil {
		return nil, err
	}
	vid, err := validate.Text("verification_id", in.VerificationID, 100, true)
	if err != nil {
		return nil, err
	}
	secret, err := bearertoken.Generate(Prefix)
	if err != nil {
		return nil, fault.Wrap(err, "generate share token")
	}
	now := s.now().UTC().Truncate(time.Second)
	var t *ent.ShareToken
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		c, err := tx.VerificationCase.Query().Where(verificationcase.VerificationID(vid)).WithReport().Only(ctx)
		if err != nil {
			return database.Err(err, "load case")
		}
		if r := c.Edges.Report; r == nil || r.PublishedAt == nil || r.Signature == nil {
			return fault.New(fault.Conflict, "the report of %s is not published; a share token reveals a published report only", vid)
		}
		t, err = tx.ShareToken.Create().
			SetTenantID(p.TenantID).SetEnvironment(c.Environment).SetCaseID(c.ID).
			SetTokenHash(secret.Hash).SetPrefix(secret.Prefix).SetFields(fields).
			SetMaxUses(maxUses).SetExpiresAt(now.Add(time.Duration(expiresIn) * time.Second)).
			SetCreatedBy(p.ActorID()).SetCreatedAt(now).SetUpdatedAt(now).
			Save(ctx)
		if err != nil {
			return database.Err(err, "create share token")
		}
		t.Edges.Case = c
		return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: p.TenantID, Action: "share_token.created",
			TargetType: "ShareToken", TargetID: t.ID, Metadata: map[string]any{
				"verification_id": vid, "fields": fields, "max_uses": maxUses, "expires_at": t.ExpiresAt,
				"environment": string(c.Environment),
			}})
	})
	if err != nil {
		return nil, err
	}
	return &Created{ShareToken: t.Unwrap(), Token: secret.Plain}, nil
}

// Revoke stops a token at once: the next presentation is not_found, as for
// a token that never existed. Revoking a revoked token changes nothing.
func (s *Service) Revoke(ctx context.Context, id string) (*ent.ShareToken, error) {
	p, err := manager(ctx)
	if err != nil {
		return nil, err
	}
	now := s.now().UTC().Truncate(time.Second)
	var t *ent.ShareToken
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		n, err := tx.ShareToken.Update().Where(entshare.ID(id), entshare.RevokedAtIsNil()).
			SetRevokedAt(now).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return database.Err(err, "revoke share token")
		}
		if t, err = tx.ShareToken.Query().Where(entshare.ID(id)).WithCase().Only(ctx); err != nil {
			return database.Err(err, "load share token")
		}
		if n == 0 {
			return nil // already revoked
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: p.TenantID, Action: "share_token.revoked",
			TargetType: "ShareToken", TargetID: t.ID, Metadata: map[string]any{"verification_id": t.Edges.Case.VerificationID}})
	})
	return database.Unwrap(t, err)
}

// ListInput filters a listing.
type ListInput struct {
	VerificationID string // only the tokens of this report
	Limit          int    // 0: MaxLimit
}

// List returns the caller's tokens, newest first, with their cases.
func (s *Service) List(ctx context.Context, in ListInput) ([]*ent.ShareToken, error) {
	if _, err := reader(ctx); err != nil {
		return nil, err
	}
	limit := in.Limit
	switch {
	case limit == 0:
		limit = MaxLimit
	case limit < 1 || limit > MaxLimit:
		return nil, fault.InvalidField("limit", "{field} must be between 1 and %d", MaxLimit)
	}
	q := s.client.ShareToken.Query().Order(ent.Desc(entshare.FieldID)).Limit(limit).WithCase()
	if in.VerificationID != "" {
		q = q.Where(entshare.HasCaseWith(verificationcase.VerificationID(in.VerificationID)))
	}
	tokens, err := q.All(ctx)
	return tokens, database.Err(err, "list share tokens")
}

// Status is where a share token stands.
type Status string

// The statuses, in the order they are decided: a revoked token is revoked
// whatever else, an expired one expired even with uses left.
const (
	StatusActive    Status = "ACTIVE"
	StatusRevoked   Status = "REVOKED"
	StatusExpired   Status = "EXPIRED"
	StatusExhausted Status = "EXHAUSTED"
)

// StatusOf is where t stands at now.
func StatusOf(t *ent.ShareToken, now time.Time) Status {
	switch {
	case t.RevokedAt != nil:
		return StatusRevoked
	case !now.Before(t.ExpiresAt):
		return StatusExpired
	case t.Uses >= t.MaxUses:
		return StatusExhausted
	}
	return StatusActive
}

// Status is where t stands now.
func (s *Service) Status(t *ent.ShareToken) Status { return StatusOf(t, s.now()) }

// UsesRemaining is how many more presentations t may answer.
func UsesRemaining(t *ent.ShareToken) int { return max(0, t.MaxUses-t.Uses) }

// MarshalGQL writes the status as a GraphQL enum value.
func (st Status) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(st))) }

// UnmarshalGQL reads a GraphQL enum value.
func (st *Status) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch Status(s) {
	case StatusActive, StatusRevoked, StatusExpired, StatusExhausted:
		*st = Status(s)
		return nil
	}
	return fault.New(fault.Invalid, "%v is not a valid ShareTokenStatus", v)
}

// Revealed is what a presentation answers: the token's fields of its report,
// and whether the report is a sandbox one (never evidence about a real
// supplier), which is always said.
type Revealed struct {
	Fields  map[reportfield.Field]any
	Sandbox bool
}

// Reveal returns the fields the caller's share token reveals. The credential
// chain has resolved the token (and spent a use) before.
func (s *Service) Reveal(ctx context.Context) (*Revealed, error) {
	p := viewer.FromContext(ctx)
	if p == nil || p.Kind != viewer.KindShareToken || p.TokenID == "" {
		return nil, fault.New(fault.Unauthorized, "send a share token as the \"token\" of the body")
	}
	t, err := s.client.ShareToken.Query().Where(entshare.ID(p.TokenID)).
		WithCase(func(q *ent.VerificationCaseQuery) { q.WithReport() }).Only(ctx)
	if err != nil {
		return nil, database.Err(err, "load share token")
	}
	c := t.Edges.Case
	r := c.Edges.Report
	if r == nil || r.PublishedAt == nil {
		return nil, fault.New(fault.NotFound, "not found")
	}
	all := map[reportfield.Field]any{
		reportfield.VerificationID: c.VerificationID,
		reportfield.SupplierName:   c.SupplierName,
		reportfield.Country:        country.Name(c.CountryCode),
		reportfield.CountryCode:    c.CountryCode,
		reportfield.TrustScore:     r.TrustScore,
		reportfield.RiskBand:       lowerPtr(r.RiskBand),
		reportfield.State:          verification.ReportStatus(r, s.now()),
		reportfield.SignedAt:       r.SignedAt,
		reportfield.ValidUntil:     r.ValidUntil,
		reportfield.VerifyURL:      r.VerifyURL,
		reportfield.PDFURL:         r.PdfURL,
		reportfield.Digest:         r.Digest,
		reportfield.Signature:      r.Signature,
		reportfield.KeyID:          r.KeyID,
	}
	out := &Revealed{Fields: make(map[reportfield.Field]any, len(t.Fields)), Sandbox: t.Environment == environment.Test}
	for _, f := range t.Fields {
		out.Fields[f] = all[f]
	}
	return out, nil
}

// manager returns the caller when it may create and revoke share tokens: a
// portal member who may write, or a secret or restricted API key (the
// transport has checked its share:manage scope).
func manager(ctx context.Context) (*viewer.Principal, error) {
	p := viewer.FromContext(ctx)
	switch {
	case p == nil || p.TenantID == "":
		return nil, fault.New(fault.Unauthorized, "missing or invalid credentials")
	case p.IsAPIKey() && p.KeyKind == "PUBLISHABLE":
		return nil, fault.New(fault.Forbidden, "a publishable key cannot manage share tokens; use a secret or restricted key on your server")
	case p.IsAPIKey():
		return p, nil
	}
	return viewer.RequireWriter(ctx)
}

// reader returns the caller when it may list share tokens: any portal
// member, or an API key manager accepts.
func reader(ctx context.Context) (*viewer.Principal, error) {
	if p := viewer.FromContext(ctx); p.IsAPIKey() {
		return manager(ctx)
	}
	return viewer.RequireMember(ctx)
}

// validFields checks the requested fields and returns them once each, in
// catalog order.
func validFields(in []reportfield.Field) ([]reportfield.Field, error) {
	if len(in) == 0 {
		return nil, fault.InvalidField("fields", "{field} must name at least one of %s", reportfield.Names())
	}
	for _, f := range in {
		if !f.Valid() {
			return nil, fault.InvalidField("fields", "%q in {field} is not a public report field; use %s", string(f), reportfield.Names())
		}
	}
	return slices.DeleteFunc(slices.Clone(reportfield.All), func(f reportfield.Field) bool { return !slices.Contains(in, f) }), nil
}

// bounded is *v, def when v is nil, refused outside [lo, hi].
func bounded(field string, v *int, def, lo, hi int) (int, error) {
	if v == nil {
		return def, nil
	}
	if *v < lo || *v > hi {
		return 0, fault.InvalidField(field, "{field} must be a whole number from %d to %d", lo, hi)
	}
	return *v, nil
}

func lowerPtr(v *report.RiskBand) *string {
	if v == nil {
		return nil
	}
	s := strings.ToLower(string(*v))
	return &s
}
