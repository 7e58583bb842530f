package verification

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/signing"
)

// PublicState is what a relying party should do with a published report, as
// every public surface (verify page, PDF, badge, attestation check) shows it.
type PublicState string

// The public states: the badge states of seed 002.
const (
	PublicActive   PublicState = "active"   // within its validity window
	PublicExpiring PublicState = "expiring" // within 30 days of valid_until
	PublicExpired  PublicState = "expired"  // past valid_until
	PublicRevoked  PublicState = "revoked"  // withdrawn by the signing authority
	PublicDisputed PublicState = "disputed" // under client or regulator dispute
)

// Current reports whether a report in this state may be relied on.
func (s PublicState) Current() bool { return s == PublicActive || s == PublicExpiring }

// Attestation is what anyone may know about a published report, and nothing
// more: no tenant, contact, client reference, documents or internal ids. It
// is built fresh for each request, with the signature checked then.
type Attestation struct {
	VerificationID string
	SupplierName   string
	CountryCode    string
	CountryName    string
	TrustScore     int
	RiskBand       string // low, medium or high
	SignedAt       time.Time
	ValidUntil     time.Time
	State          PublicState
	// Sandbox is a TEST report: every public surface watermarks it, because
	// no one verified a real supplier.
	Sandbox bool
	// Signed is the signature as stored: the exact canonical text, its
	// digest, the Ed25519 signature and the key id.
	Signed signing.Signed
	// SignatureValid says the signature verified under a key of our JWK set
	// when the attestation was made, and that the signed text states the
	// facts above (not merely some facts).
	SignatureValid bool
	VerifyURL      string
	PDFURL         string
	CheckedAt      time.Time
}

// Valid reports whether the report may be relied on: current, and its
// signature holds.
func (a *Attestation) Valid() bool { return a.SignatureValid && a.State.Current() }

// Reason says, for people, why the report may not be relied on; "" when it
// may.
func (a *Attestation) Reason() string {
	switch {
	case a.State == PublicRevoked:
		return "The signing authority revoked this report; do not rely on it."
	case a.State == PublicDisputed:
		return "This report is under client or regulator dispute; do not rely on it until the dispute is resolved."
	case !a.SignatureValid:
		return "The report's signature does not verify against KeyBS's published signing keys; do not rely on it."
	case a.State == PublicExpired:
		return fmt.Sprintf("This report expired on %s; it is no longer current.", a.ValidUntil.UTC().Format(time.DateOnly))
	}
	return ""
}

// UnknownReason is the reason an attestation check gives for an id that has
// no published report, whether it is unknown, a draft or not yet published.
const UnknownReason = "No published report has this verification id."

// Attest returns the public view of the published report of verificationID,
// its state as of now and its signature checked against the recorded keys.
// An unknown id, a case without a report and a report not yet published are
// the same not_found.
func (s *Service) Attest(ctx context.Context, verificationID string) (*Attestation, error) {
	r, err := s.PublicReport(ctx, verificationID)
	if err != nil {
		return nil, err
	}
	c := r.Edges.Case
	now := s.now()
	state, ok := publicState(ReportStatus(r, now))
	if !ok || r.SignedAt == nil || r.ValidUntil == nil {
		return nil, fault.New(fault.NotFound, "not found")
	}
	a := &Attestation{
		VerificationID: c.VerificationID,
		SupplierName:   c.SupplierName,
		CountryCode:    c.CountryCode,
		CountryName:    country.Name(c.CountryCode),
		TrustScore:     deref(r.TrustScore, 0),
		RiskBand:       strings.ToLower(string(deref(r.RiskBand, ""))),
		SignedAt:       r.SignedAt.UTC(),
		ValidUntil:     r.ValidUntil.UTC(),
		State:          state,
		Sandbox:        r.Demo || r.Environment == environment.Test,
		Signed: signing.Signed{Canonical: deref(r.Canonical, ""), Digest: deref(r.Digest, ""),
			Signature: deref(r.Signature, ""), KeyID: deref(r.KeyID, "")},
		VerifyURL: VerifyURL(s.publicURL, c.VerificationID),
		PDFURL:    PDFURL(s.publicURL, c.VerificationID),
		CheckedAt: now.UTC().Truncate(time.Second),
	}
	if a.SignatureValid, err = s.signatureHolds(ctx, a.Signed, signedFacts(c, r)); err != nil {
		return nil, err
	}
	return a, nil
}

// PublicStateOf is the public state of r as of now, as every public surface
// shows it; ok is false for a report that was never published.
func PublicStateOf(r *ent.Report, now time.Time) (state PublicState, ok bool) {
	if r == nil || r.PublishedAt == nil {
		return "", false
	}
	return publicState(ReportStatus(r, now))
}

// BadgeURL is the hosted badge page of a report.
func BadgeURL(publicURL, verificationID string) string {
	return strings.TrimSuffix(publicURL, "/") + "/badge/" + verificationID
}

// BadgeEmbed is seed 002's embed snippet for a report's badge, exactly as the
// seed writes it: the script, a line break, and the element it fills.
func BadgeEmbed(publicURL, verificationID string) string {
	return `<script async src="` + BadgeURL(publicURL, verificationID) + `/embed.js"></script>` + "\n" + `<div id="keybs-badge"></div>`
}

// publicState maps a report status (ReportStatus) to its public state; a
// report that was never published has none.
func publicState(status string) (PublicState, bool) {
	switch status {
	case strings.ToLower(string(report.LifecycleStatusPUBLISHED)):
		return PublicActive, true
	case string(PublicExpiring), string(PublicExpired), string(PublicRevoked), string(PublicDisputed):
		return PublicState(status), true
	}
	return "", false
}

// signedFacts is what the report's signature must state: its public fields
// as they are stored.
func signedFacts(c *ent.VerificationCase, r *ent.Report) signing.Report {
	return signing.Report{
		VerificationID: c.VerificationID, SupplierName: c.SupplierName, CountryCode: c.CountryCode,
		TrustScore: deref(r.TrustScore, 0), RiskBand: string(deref(r.RiskBand, "")), Environment: r.Environment,
		Demo: r.Demo, SignedAt: deref(r.SignedAt, time.Time{}), ValidUntil: deref(r.ValidUntil, time.Time{}),
	}
}

// signatureHolds checks signed against the recorded keys, and that its text
// states want. A signature that fails is a verdict (false); only a key that
// cannot be looked up is an error.
func (s *Service) signatureHolds(ctx context.Context, signed signing.Signed, want signing.Report) (bool, error) {
	if s.Signer == nil {
		return false, fault.Wrap(errNoSigner, "check report signature")
	}
	if err := s.Signer.Verify(ctx, signed); err != nil {
		if signing.IsVerdict(err) {
			return false, nil
		}
		return false, fault.Wrap(err, "check report signature")
	}
	got, err := signing.ParseReport(signed.Canonical)
	return err == nil && got.Equal(want), nil
}
