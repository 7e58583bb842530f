// Package kyc runs the KYC module of seed 000: POST /v1/kyc/verify checks a
// person's identity document format for its country and type and their
// minimum age, and keeps the check (with only the document number's last four
// characters) for GET /v1/kyc/{id}. Every status a check takes is announced as
// kyc.status_changed through the outbox.
//
// In the sandbox (TEST keys and portal sessions) a documented last name forces
// an outcome, as Stripe's test card numbers do; LIVE keys never honour them.
package kyc

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/kyccheck"
	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/finding"
	"github.com/keybs/platform/internal/metering"
	"github.com/keybs/platform/internal/screening"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// EventStatusChanged is emitted whenever a check takes a status: when it is
// made and when it is completed later.
const EventStatusChanged = "kyc.status_changed"

// MagicLastNames force a check's status in the sandbox (compared without
// regard to case). "Pending" leaves the check pending until the test helper
// POST /v1/test_helpers/kyc/{id}/complete decides it.
var MagicLastNames = map[string]kyccheck.Status{
	"rejected": kyccheck.StatusREJECTED,
	"review":   kyccheck.StatusREVIEW,
	"pending":  kyccheck.StatusPENDING,
	"verified": kyccheck.StatusVERIFIED,
}

// Input is a person to check.
type Input struct {
	FirstName      string
	LastName       string
	DateOfBirth    string // YYYY-MM-DD
	Country        string // ISO 3166-1 alpha-2
	DocumentType   string // one of DocumentTypes
	DocumentNumber string
	Reference      string // the partner's own, optional
}

// Service runs KYC checks for the viewer in the context.
type Service struct {
	client *ent.Client
	bus    *events.Bus
	now    func() time.Time
	list   *screening.List
}

// NewService wires a Service; list is the watch list names are screened
// against (KEYBS_SCREENING_LIST or the demo list).
func NewService(client *ent.Client, bus *events.Bus, now func() time.Time, list *screening.List) *Service {
	return &Service{client: client, bus: bus, now: now, list: list}
}

// Verify checks the person and stores the check with its status and
// per-check results.
func (s *Service) Verify(ctx context.Context, in Input) (*ent.KYCCheck, error) {
	p, env, err := writer(ctx)
	if err != nil {
		return nil, err
	}
	v, err := clean(in, s.now())
	if err != nil {
		return nil, err
	}
	checks := []finding.Finding{checkDocument(v.country, v.docType, v.number), checkAge(v.dob, s.now()),
		screen(s.list, v.firstName+" "+v.lastName)}
	status := statusOf(checks)
	if forced, ok := MagicLastNames[strings.ToLower(v.lastName)]; ok && env == environment.Test {
		status = forced
		checks = append(checks, finding.Finding{Name: "sandbox", Result: resultOf(forced),
			Detail: "test environment: the last name " + v.lastName + " forces the status " + strings.ToLower(string(forced))})
	}
	var out *ent.KYCCheck
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		create := tx.KYCCheck.Create().SetTenantID(p.TenantID).SetEnvironment(env).
			SetKeyID(p.KeyID).SetApplicationID(p.ApplicationID).SetNillableReference(nilIfEmpty(v.reference)).
			SetFirstName(v.firstName).SetLastName(v.lastName).SetDateOfBirth(v.dob.Format(time.DateOnly)).
			SetCountry(v.country).SetDocumentType(kyccheck.DocumentType(strings.ToUpper(v.docType))).
			SetDocumentLast4(last4(v.number)).SetStatus(status).SetChecks(checks).
			SetCreatedAt(s.now()).SetUpdatedAt(s.now())
		if status != kyccheck.StatusPENDING {
			create.SetDecidedAt(s.now())
		}
		if out, err = create.Save(ctx); err != nil {
			return database.Err(err, "save KYC check")
		}
		if err := metering.Record(ctx, tx, metering.Call{Operation: metering.KYCVerify, SourceID: out.ID, At: s.now()}); err != nil {
			return err
		}
		return s.emit(ctx, tx, out, "")
	})
	return out, err
}

// Get returns one of the caller's checks in its environment; another
// tenant's or environment's id is not found.
func (s *Service) Get(ctx context.Context, id string) (*ent.KYCCheck, error) {
	_, env, err := caller(ctx)
	if err != nil {
		return nil, err
	}
	c, err := s.client.KYCCheck.Query().Where(kyccheck.ID(id), kyccheck.EnvironmentEQ(env)).Only(ctx)
	return c, database.Err(err, "load KYC check")
}

// Complete is the sandbox's stand-in for a KeyBS analyst: it decides a
// pending or in-review TEST check as verified or rejected ("" is verified).
func (s *Service) Complete(ctx context.Context, id, to string) (*ent.KYCCheck, error) {
	p, _, err := writer(ctx)
	if err != nil {
		return nil, err
	}
	if p.IsAPIKey() && p.Environment != environment.Test {
		return nil, fault.New(fault.Forbidden, "test helpers work with test keys (kbs_test_…) only")
	}
	goal := kyccheck.StatusVERIFIED
	switch strings.ToLower(strings.TrimSpace(to)) {
	case "", "verified":
	case "rejected":
		goal = kyccheck.StatusREJECTED
	default:
		return nil, fault.InvalidField("status", "{field} must be verified or rejected")
	}
	var out *ent.KYCCheck
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		cur, err := tx.KYCCheck.Query().Where(kyccheck.ID(id), kyccheck.EnvironmentEQ(environment.Test)).Only(ctx)
		if err != nil {
			return database.Err(err, "load KYC check")
		}
		if cur.Status != kyccheck.StatusPENDING && cur.Status != kyccheck.StatusREVIEW {
			return fault.New(fault.Conflict, "the KYC check is already %s; only a pending or review check can be completed", strings.ToLower(string(cur.Status)))
		}
		// The status guard makes a concurrent second completion update
		// nothing instead of deciding the check twice.
		n, err := tx.KYCCheck.Update().Where(kyccheck.ID(cur.ID), kyccheck.StatusEQ(cur.Status)).
			SetStatus(goal).SetDecidedAt(s.now()).SetUpdatedAt(s.now()).Save(ctx)
		if err != nil {
			return database.Err(err, "complete KYC check")
		}
		if n == 0 {
			return fault.New(fault.Conflict, "the KYC check was completed concurrently")
		}
		if out, err = tx.KYCCheck.Get(ctx, cur.ID); err != nil {
			return database.Err(err, "load KYC check")
		}
		return s.emit(ctx, tx, out, cur.Status)
	})
	return out, err
}

// emit announces c's status, with the one it had before ("" for a new check).
func (s *Service) emit(ctx context.Context, tx *ent.Tx, c *ent.KYCCheck, from kyccheck.Status) error {
	var previous any
	if from != "" {
		previous = strings.ToLower(string(from))
	}
	var ref any
	if c.Reference != nil {
		ref = *c.Reference
	}
	_, err := s.bus.Emit(ctx, tx, events.Event{TenantID: c.TenantID, Environment: c.Environment, Type: EventStatusChanged,
		Payload: map[string]any{"kyc_id": c.ID, "status": strings.ToLower(string(c.Status)), "previous_status": previous, "reference": ref}})
	return err
}

// valid is a cleaned Input.
type valid struct {
	firstName, lastName, country, docType, number, reference string
	dob                                                      time.Time
}

// clean validates in, naming the first bad field.
func clean(in Input, now time.Time) (valid, error) {
	var v valid
	var err error
	if v.firstName, err = validate.Text("first_name", in.FirstName, 200, true); err != nil {
		return v, err
	}
	if v.lastName, err = validate.Text("last_name", in.LastName, 200, true); err != nil {
		return v, err
	}
	dob, perr := time.Parse(time.DateOnly, strings.TrimSpace(in.DateOfBirth))
	switch {
	case strings.TrimSpace(in.DateOfBirth) == "":
		return v, fault.InvalidField("date_of_birth", "{field} is required")
	case perr != nil:
		return v, fault.InvalidField("date_of_birth", "{field} must be a date (YYYY-MM-DD)")
	case dob.After(now):
		return v, fault.InvalidField("date_of_birth", "{field} must not be in the future")
	case Age(dob, now) > 130:
		return v, fault.InvalidField("date_of_birth", "{field} must be within the last 130 years")
	}
	v.dob = dob
	if v.country, v.docType, v.number, err = cleanDocument(in.Country, in.DocumentType, in.DocumentNumber); err != nil {
		return v, err
	}
	if v.reference, err = validate.Text("reference", in.Reference, 400, false); err != nil {
		return v, err
	}
	return v, nil
}

// Document is an identity document whose number's format is checked.
type Document struct {
	Country string // ISO 3166-1 alpha-2
	Type    string // one of DocumentTypes
	Number  string
}

// CheckDocument validates the document (422 naming country, document_type or
// document_number) and checks its number against the format of its country
// and type: the document_format check of Verify, for the document.check
// primitive. It stores nothing. The document returned is the cleaned one.
func CheckDocument(country, docType, number string) (Document, finding.Finding, error) {
	c, t, n, err := cleanDocument(country, docType, number)
	if err != nil {
		return Document{}, finding.Finding{}, err
	}
	return Document{Country: c, Type: t, Number: n}, checkDocument(c, t, n), nil
}

// cleanDocument validates a document's country, type and number, naming
// the first bad field, and normalises them.
func cleanDocument(countryCode, docType, number string) (string, string, string, error) {
	c := strings.ToUpper(strings.TrimSpace(countryCode))
	if c == "" {
		return "", "", "", fault.InvalidField("country", "{field} is required")
	}
	if !country.Valid(c) {
		return "", "", "", fault.InvalidField("country", "{field} must be an ISO 3166-1 alpha-2 country code")
	}
	t := strings.ToLower(strings.TrimSpace(docType))
	if t == "" {
		return "", "", "", fault.InvalidField("document_type", "{field} is required")
	}
	if !slices.Contains(DocumentTypes, t) {
		return "", "", "", fault.InvalidField("document_type", "{field} must be one of "+strings.Join(DocumentTypes, ", "))
	}
	n := normaliseDocument(number)
	if n == "" {
		return "", "", "", fault.InvalidField("document_number", "{field} is required")
	}
	if len(n) > 40 {
		return "", "", "", fault.InvalidField("document_number", "{field} must be at most 40 characters")
	}
	return c, t, n, nil
}

// statusOf decides a check from its results: any failure rejects, anything
// to look at sends it to review.
func statusOf(checks []finding.Finding) kyccheck.Status {
	switch finding.Worst(checks) {
	case finding.Fail:
		return kyccheck.StatusREJECTED
	case finding.Review:
		return kyccheck.StatusREVIEW
	}
	return kyccheck.StatusVERIFIED
}

// resultOf is the finding a forced status reads as.
func resultOf(s kyccheck.Status) string {
	switch s {
	case kyccheck.StatusREJECTED:
		return finding.Fail
	case kyccheck.StatusVERIFIED:
		return finding.Pass
	}
	return finding.Review
}

// last4 keeps a document number's last four characters.
func last4(n string) string {
	if len(n) <= 4 {
		return n
	}
	return n[len(n)-4:]
}

func nilIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// caller and writer are the module principal checks of package viewer.
var (
	caller = viewer.RequireModuleCaller
	writer = viewer.RequireModuleWriter
)
