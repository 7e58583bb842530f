// Package verification holds supplier verification cases, the documents
// attached to them and the reports they produce: the resources of the seed-002
// partner contract. Every function works in the caller's tenant and, for an API
// key, its environment (enforced by the privacy layer).
package verification

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/document"
	"github.com/keybs/platform/ent/predicate"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/rfiitem"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/signing"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// Listing limits.
const (
	DefaultLimit = 50
	MaxLimit     = 200
)

// Service runs case operations.
type Service struct {
	client    *ent.Client
	bus       *events.Bus
	now       func() time.Time
	cursorKey []byte
	publicURL string

	// Signer signs reports (package signing's keyring).
	Signer *signing.Keyring
	// SandboxStep is how long the sandbox simulator waits between the steps
	// of a TEST case; 0 turns the simulator off.
	SandboxStep time.Duration
}

// errNoSigner is a wiring mistake: a service that signs needs a keyring.
var errNoSigner = errors.New("verification: no signing keyring configured")

// NewService wires a Service. cursorKey signs list cursors so a cursor is
// opaque and only valid for the tenant and environment that received it;
// publicURL is the base of verify and PDF links.
func NewService(client *ent.Client, bus *events.Bus, now func() time.Time, cursorKey []byte, publicURL string) *Service {
	return &Service{client: client, bus: bus, now: now, cursorKey: cursorKey, publicURL: strings.TrimSuffix(publicURL, "/")}
}

// Payload is a case event's payload, the shape of seed 002's example: status
// is where the case stands after the event (a report state once there is a
// report: "signed" for report.signed), and the report carries its digest and
// signing key once signed.
func Payload(c *ent.VerificationCase, r *ent.Report) map[string]any {
	supplier := map[string]any{"name": c.SupplierName, "country_code": c.CountryCode}
	if c.TrustScore != nil {
		supplier["trust_score"] = *c.TrustScore
	}
	if c.RiskBand != nil {
		supplier["risk_band"] = strings.ToLower(string(*c.RiskBand))
	}
	p := map[string]any{
		"verification_case_id": c.ID,
		"verification_id":      c.VerificationID,
		"status":               string(StateOf(c, r)),
		"supplier":             supplier,
	}
	if r != nil {
		rep := map[string]any{
			"lifecycle_status": strings.ToLower(string(r.LifecycleStatus)),
			"signed_at":        r.SignedAt, "valid_until": r.ValidUntil, "verify_url": r.VerifyURL,
			"pdf_url": r.PdfURL, "disputed": r.Disputed,
		}
		if r.Digest != nil {
			rep["digest"], rep["key_id"] = *r.Digest, r.KeyID
		}
		p["report"] = rep
	}
	return p
}

// CreateInput is a new case, as POST /v1/verifications receives it.
type CreateInput struct {
	SupplierName    string
	CountryCode     string
	Tier            string // tier1, tier2, tier3
	Package         string // basic, standard, enhanced
	ContactEmail    string
	ClientReference *string
}

// Create opens a case in the caller's tenant and environment.
func (s *Service) Create(ctx context.Context, in CreateInput) (*ent.VerificationCase, error) {
	return s.Open(ctx, in, Opening{})
}

// Opening is what commits together with a new case: its first document
// reference, and work of the caller's that must succeed or fail with the
// case (an SDK access token spending itself on the case it opens).
type Opening struct {
	Document *DocumentInput
	// Within runs in the case's transaction after the case, its timeline
	// entry, audit entry and event are written; an error rolls all back.
	Within func(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase) error
}

// Open is Create with what else o says commits with the case. Every input is
// checked before the transaction starts, so a refusal changes nothing.
func (s *Service) Open(ctx context.Context, in CreateInput, o Opening) (*ent.VerificationCase, error) {
	p, env, err := creator(ctx)
	if err != nil {
		return nil, err
	}
	var doc *DocumentInput
	if o.Document != nil {
		d, err := validDocument(*o.Document)
		if err != nil {
			return nil, err
		}
		doc = &d
	}
	name, err := validate.Text("supplier_name", in.SupplierName, 200, true)
	if err != nil {
		return nil, err
	}
	cc := strings.ToUpper(strings.TrimSpace(in.CountryCode))
	if !country.Valid(cc) {
		return nil, fault.InvalidField("country_code", "{field} must be an ISO 3166-1 alpha-2 code such as IN or GB")
	}
	tier := verificationcase.Tier(strings.ToUpper(strings.TrimSpace(in.Tier)))
	if verificationcase.TierValidator(tier) != nil {
		return nil, fault.InvalidField("tier", "{field} must be one of tier1, tier2, tier3")
	}
	pkg := verificationcase.Package(strings.ToUpper(strings.TrimSpace(in.Package)))
	if verificationcase.PackageValidator(pkg) != nil {
		return nil, fault.InvalidField("package", "{field} must be one of basic, standard, enhanced")
	}
	email, err := validate.Email("contact_email", in.ContactEmail)
	if err != nil {
		return nil, err
	}
	var ref *string
	if in.ClientReference != nil {
		r, err := validate.Text("client_reference", *in.ClientReference, 100, false)
		if err != nil {
			return nil, err
		}
		ref = &r
	}
	via := verificationcase.CreatedViaPORTAL
	switch {
	case p.IsAPIKey():
		via = verificationcase.CreatedViaAPI
	case p.Kind == viewer.KindSDKToken:
		via = verificationcase.CreatedViaSDK
	}
	var c *ent.VerificationCase
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		create := tx.VerificationCase.Create().
			SetTenantID(p.TenantID).SetEnvironment(env).
			SetVerificationID(NewVerificationID()).
			SetSupplierName(name).SetCountryCode(cc).SetTier(tier).SetPackage(pkg).
			SetContactEmail(email).SetNillableClientReference(ref).
			SetCreatedVia(via)
		if at, ok := s.simulateFrom(env, ref); ok {
			create.SetSimNextAt(at)
		}
		c, err = create.Save(ctx)
		if err != nil {
			return database.Err(err, "create case")
		}
		if err := s.record(ctx, tx, c, Submit, "", StateSubmitted, actorOf(p), "", s.now().UTC().Truncate(time.Second)); err != nil {
			return err
		}
		if doc != nil {
			if _, err := s.insertDocument(ctx, tx, p, c, *doc, nil); err != nil {
				return err
			}
		}
		if o.Within != nil {
			return o.Within(ctx, tx, c)
		}
		return nil
	})
	return database.Unwrap(c, err)
}

// ListInput filters and pages a list.
type ListInput struct {
	Status string // lower-case status, or empty
	Limit  int    // 0: DefaultLimit
	Cursor string
}

// Page is one page of cases, newest first.
type Page struct {
	Cases      []*ent.VerificationCase
	NextCursor string // empty on the last page
}

// List returns the caller's cases, newest first.
func (s *Service) List(ctx context.Context, in ListInput) (*Page, error) {
	p, env, err := caller(ctx)
	if err != nil {
		return nil, err
	}
	limit := in.Limit
	switch {
	case limit == 0:
		limit = DefaultLimit
	case limit < 1 || limit > MaxLimit:
		return nil, fault.InvalidField("limit", "{field} must be between 1 and %d", MaxLimit)
	}
	q := s.client.VerificationCase.Query().Where(verificationcase.EnvironmentEQ(env)).Order(ent.Desc(verificationcase.FieldID))
	if in.Status != "" {
		st := verificationcase.Status(strings.ToUpper(in.Status))
		if verificationcase.StatusValidator(st) != nil {
			return nil, fault.InvalidField("status", "{field} must be one of submitted, in_review, rfi_requested, rfi_resolved, approved, declined")
		}
		q = q.Where(verificationcase.StatusEQ(st))
	}
	if in.Cursor != "" {
		after, err := s.openCursor(in.Cursor, p.TenantID, env, in.Status)
		if err != nil {
			return nil, err
		}
		q = q.Where(verificationcase.IDLT(after))
	}
	cases, err := q.Limit(limit + 1).WithReport().All(ctx)
	if err != nil {
		return nil, database.Err(err, "list cases")
	}
	page := &Page{Cases: cases}
	if len(cases) > limit {
		page.Cases = cases[:limit]
		page.NextCursor = s.sealCursor(cursor{Tenant: p.TenantID, Env: env, Status: in.Status, After: cases[limit-1].ID})
	}
	return page, nil
}

// Get returns a case by its id or its verification_id.
func (s *Service) Get(ctx context.Context, ref string) (*ent.VerificationCase, error) {
	_, env, err := caller(ctx)
	if err != nil {
		return nil, err
	}
	c, err := s.client.VerificationCase.Query().
		Where(verificationcase.EnvironmentEQ(env), byRef(ref)).
		WithReport().WithRfiItems(func(q *ent.RFIItemQuery) { q.Order(ent.Asc(rfiitem.FieldID)) }).
		Only(ctx)
	return c, database.Err(err, "load case")
}

// DocumentInput is a document reference.
type DocumentInput struct {
	Kind        string
	Filename    string
	StoragePath string
	SHA256      string
	// RFIItemID names the DOCUMENT item of a request for information the
	// document answers.
	RFIItemID string
}

var hex64 = regexp.MustCompile(`^[0-9a-fA-F]{64}$`)

// AddDocument attaches a document reference to a case.
func (s *Service) AddDocument(ctx context.Context, caseRef string, in DocumentInput) (*ent.Document, error) {
	p, _, err := writer(ctx)
	if err != nil {
		return nil, err
	}
	in, err = validDocument(in)
	if err != nil {
		return nil, err
	}
	var d *ent.Document
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		c, err := tx.VerificationCase.Query().Where(byRef(caseRef)).WithReport().Only(ctx)
		if err != nil {
			return database.Err(err, "load case")
		}
		var item *ent.RFIItem
		if in.RFIItemID != "" {
			if _, item, err = s.openItem(ctx, tx, c.ID, in.RFIItemID); err != nil {
				return err
			}
			if err := answersItem(item, document.Kind(in.Kind)); err != nil {
				return err
			}
		}
		if d, err = s.insertDocument(ctx, tx, p, c, in, item); err != nil {
			return err
		}
		if item == nil {
			return nil
		}
		_, err = s.answer(ctx, tx, c, item, actorOf(p), func(u *ent.RFIItemUpdateOne) { u.SetDocumentID(d.ID) })
		return err
	})
	return database.Unwrap(d, err)
}

// validDocument checks a document reference and returns it normalised: the
// kind upper-case as stored, text trimmed, the hash lower-case.
func validDocument(in DocumentInput) (DocumentInput, error) {
	kind := document.Kind(strings.ToUpper(strings.TrimSpace(in.Kind)))
	if document.KindValidator(kind) != nil {
		return in, fault.InvalidField("kind", "{field} must be one of trade_license, certificate_of_incorporation, tax_certificate, bank_statement, identity_document, proof_of_address, other")
	}
	filename, err := validate.Text("filename", in.Filename, 255, true)
	if err != nil {
		return in, err
	}
	if strings.ContainsAny(filename, "/\\\x00") {
		return in, fault.InvalidField("filename", "{field} must be a plain file name without path separators")
	}
	path, err := validate.Text("storage_path", in.StoragePath, 1024, true)
	if err != nil {
		return in, err
	}
	if strings.Contains(path, "..") || strings.ContainsRune(path, 0) {
		return in, fault.InvalidField("storage_path", "{field} must not contain '..'")
	}
	if !hex64.MatchString(in.SHA256) {
		return in, fault.InvalidField("sha256", "{field} must be 64 hexadecimal characters")
	}
	in.Kind, in.Filename, in.StoragePath, in.SHA256 = string(kind), filename, path, strings.ToLower(in.SHA256)
	return in, nil
}

// insertDocument writes a checked document reference of c, answering item
// when there is one, with its audit entry.
func (s *Service) insertDocument(ctx context.Context, tx *ent.Tx, p *viewer.Principal, c *ent.VerificationCase, in DocumentInput, item *ent.RFIItem) (*ent.Document, error) {
	create := tx.Document.Create().
		SetTenantID(p.TenantID).SetEnvironment(c.Environment).SetCaseID(c.ID).
		SetKind(document.Kind(in.Kind)).SetFilename(in.Filename).SetStoragePath(in.StoragePath).SetSha256(in.SHA256)
	if item != nil {
		create.SetRfiItemID(item.ID)
	}
	d, err := create.Save(ctx)
	if err != nil {
		return nil, database.Err(err, "add document")
	}
	err = audit.Record(ctx, tx.Client(), audit.Entry{TenantID: p.TenantID, Action: "document.received",
		TargetType: "VerificationCase", TargetID: c.ID, Metadata: map[string]any{"document_id": d.ID, "kind": in.Kind}})
	return d, err
}

// answersItem checks that a document of kind can answer item.
func answersItem(item *ent.RFIItem, kind document.Kind) error {
	switch {
	case item.Kind != rfiitem.KindDOCUMENT:
		return fault.New(fault.Conflict, "item %s asks a question: answer it at /v1/verifications/{id}/rfi/%s/answer", item.ID, item.ID)
	case item.DocumentKind != nil && string(*item.DocumentKind) != string(kind):
		want := strings.ToLower(string(*item.DocumentKind))
		return fault.InvalidField("kind", "{field} must be %s: item %s asks for a %s document, not %s", want, item.ID,
			want, strings.ToLower(string(kind)))
	}
	return nil
}

// Reports returns the caller's signed reports (signed, published, revoked or
// expired), newest first.
func (s *Service) Reports(ctx context.Context) ([]*ent.Report, error) {
	_, env, err := caller(ctx)
	if err != nil {
		return nil, err
	}
	reps, err := s.client.Report.Query().
		Where(report.EnvironmentEQ(env), report.LifecycleStatusNEQ(report.LifecycleStatusAPPROVED)).
		Order(ent.Desc(report.FieldID)).WithCase().Limit(MaxLimit).All(ctx)
	return reps, database.Err(err, "list reports")
}

// Report returns the signed report of the case with verificationID.
func (s *Service) Report(ctx context.Context, verificationID string) (*ent.Report, error) {
	_, env, err := caller(ctx)
	if err != nil {
		return nil, err
	}
	r, err := s.client.Report.Query().
		Where(report.EnvironmentEQ(env), report.LifecycleStatusNEQ(report.LifecycleStatusAPPROVED),
			report.HasCaseWith(verificationcase.VerificationID(verificationID))).
		WithCase().Only(ctx)
	return r, database.Err(err, "load report")
}

// ReportStatus is the state a relying party should act on: the lifecycle
// status, refined by validity and disputes (Active, Expiring, Expired,
// Revoked, Disputed on the badge).
func ReportStatus(r *ent.Report, now time.Time) string {
	switch {
	case r.LifecycleStatus == report.LifecycleStatusREVOKED:
		return "revoked"
	case r.Disputed:
		return "disputed"
	case r.ValidUntil != nil && !now.Before(*r.ValidUntil), r.LifecycleStatus == report.LifecycleStatusEXPIRED:
		return "expired"
	case r.LifecycleStatus == report.LifecycleStatusPUBLISHED &&
		(r.ExpiringNotifiedAt != nil || r.ValidUntil != nil && r.ValidUntil.Sub(now) <= expiringWindow):
		return "expiring"
	}
	return strings.ToLower(string(r.LifecycleStatus))
}

// NewVerificationID returns "KBS-VR-" and 10 random base32 characters (50
// bits), so ids cannot be guessed or enumerated.
func NewVerificationID() string {
	b := make([]byte, 10)
	_, _ = rand.Read(b)
	return "KBS-VR-" + base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b)[:10]
}

// byRef matches a case by its id or its public verification_id.
func byRef(ref string) predicate.VerificationCase {
	return verificationcase.Or(verificationcase.ID(ref), verificationcase.VerificationID(ref))
}

// caller returns the principal and the environment it acts in: an API key's
// own, or TEST for a portal user (the portal's sandbox view).
func caller(ctx context.Context) (*viewer.Principal, environment.Environment, error) {
	p := viewer.FromContext(ctx)
	if p == nil || p.TenantID == "" {
		return nil, "", fault.New(fault.Unauthorized, "missing or invalid credentials")
	}
	if p.Environment != "" {
		return p, p.Environment, nil
	}
	return p, environment.Test, nil
}

// writer is caller for changes: an API key's scopes were checked by the
// transport; a portal session needs a role that may write.
func writer(ctx context.Context) (*viewer.Principal, environment.Environment, error) {
	p, env, err := caller(ctx)
	if err == nil && !p.IsAPIKey() {
		_, err = viewer.RequireWriter(ctx)
	}
	return p, env, err
}

// creator is writer for opening a case, the one thing an SDK access token
// may do as well: its resolver has checked it, and its hosted page spends
// it in the case's transaction (Opening.Within).
func creator(ctx context.Context) (*viewer.Principal, environment.Environment, error) {
	if p, env, err := caller(ctx); err == nil && p.Kind == viewer.KindSDKToken && p.IsToken() {
		return p, env, nil
	}
	return writer(ctx)
}

// cursor is what a next_cursor carries: the listing it continues and the last
// id seen. It is signed, so it cannot be forged or replayed by another tenant.
type cursor struct {
	Tenant string                  `json:"t"`
	Env    environment.Environment `json:"e"`
	Status string                  `json:"s,omitempty"`
	After  string                  `json:"a"`
}

func (s *Service) sealCursor(c cursor) string {
	body, _ := json.Marshal(c)
	mac := hmac.New(sha256.New, s.cursorKey)
	mac.Write(body)
	return base64.RawURLEncoding.EncodeToString(append(mac.Sum(nil)[:16], body...))
}

func (s *Service) openCursor(raw, tenantID string, env environment.Environment, status string) (string, error) {
	invalid := fault.InvalidField("cursor", "{field} is not valid for this listing; use the next_cursor of the previous page")
	b, err := base64.RawURLEncoding.DecodeString(raw)
	if err != nil || len(b) <= 16 || len(raw) > 1024 {
		return "", invalid
	}
	mac := hmac.New(sha256.New, s.cursorKey)
	mac.Write(b[16:])
	if !hmac.Equal(mac.Sum(nil)[:16], b[:16]) {
		return "", invalid
	}
	var c cursor
	if err := json.Unmarshal(b[16:], &c); err != nil || c.Tenant != tenantID || c.Env != env || c.Status != status {
		return "", invalid
	}
	return c.After, nil
}

// StatusCount is how many cases have a status.
type StatusCount struct {
	Status string
	Count  int
}

// Stats are the domain figures of the analytics page.
type Stats struct {
	ByStatus                   []*StatusCount
	ApprovalRate               *float64
	AverageTimeToDecisionHours *float64
}

// Stats counts the viewer's cases created in [from, to) in env (TEST when
// unset): by status, the approval rate among decided cases and the average
// time from submission to decision.
func (s *Service) Stats(ctx context.Context, from, to *time.Time, env *environment.Environment) (*Stats, error) {
	if _, err := viewer.RequireMember(ctx); err != nil {
		return nil, err
	}
	e := environment.Test
	if env != nil {
		e = *env
	}
	q := s.client.VerificationCase.Query().Where(verificationcase.EnvironmentEQ(e))
	if from != nil {
		q = q.Where(verificationcase.CreatedAtGTE(*from))
	}
	if to != nil {
		q = q.Where(verificationcase.CreatedAtLT(*to))
	}
	cases, err := q.All(ctx)
	if err != nil {
		return nil, database.Err(err, "load cases")
	}
	counts := map[string]int{}
	approved, decided := 0, 0
	var hours float64
	for _, c := range cases {
		counts[strings.ToLower(string(c.Status))]++
		if c.DecidedAt != nil {
			decided++
			hours += c.DecidedAt.Sub(c.CreatedAt).Hours()
			if c.Status == verificationcase.StatusAPPROVED {
				approved++
			}
		}
	}
	st := &Stats{}
	for _, v := range []verificationcase.Status{verificationcase.StatusSUBMITTED, verificationcase.StatusIN_REVIEW, verificationcase.StatusRFI_REQUESTED, verificationcase.StatusRFI_RESOLVED, verificationcase.StatusAPPROVED, verificationcase.StatusDECLINED} {
		name := strings.ToLower(string(v))
		st.ByStatus = append(st.ByStatus, &StatusCount{Status: name, Count: counts[name]})
	}
	if decided > 0 {
		rate := float64(approved) / float64(decided)
		avg := hours / float64(decided)
		st.ApprovalRate, st.AverageTimeToDecisionHours = &rate, &avg
	}
	return st, nil
}
