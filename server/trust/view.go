package trust

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"github.com/keybs/platform/internal/verification"
)

// SandboxWatermark is what every public surface says of a sandbox report.
const SandboxWatermark = "SANDBOX — not a real verification"

// view is a published report as the HTML pages, the badge and the PDF show
// it: the attestation's public facts, spelt for people. It is built from a
// verification.Attestation only, so nothing private can reach a template.
type view struct {
	ID          string
	Supplier    string
	Country     string // the country's name, or its code when unnamed
	CountryCode string
	TrustScore  int
	RiskBand    string // Low, Medium or High

	SignedAt, ValidUntil       string // for people: "1 May 2026, 09:30 UTC"
	SignedAtISO, ValidUntilISO string // RFC 3339, for <time datetime>
	ValidUntilDate             string // "1 May 2026"

	State      string // active, expiring, expired, revoked or disputed: the colour
	StateLabel string // Active, Expiring, …
	StateWords string // what the state means for someone relying on the report
	Rely       bool   // current, and the signature holds

	Sandbox   bool
	Watermark string // SandboxWatermark for a sandbox report

	Digest, Signature, KeyID string
	SignatureValid           bool
	CheckedAt                string `json:"-"` // changes on every render; not part of the fingerprint

	VerifyURL, PDFURL, JSONURL, JWKSURL, AttestationURL, BadgeURL string
}

// stateLabels and stateWords say each public state for people, as seed 002's
// badge states do.
var stateLabels = map[verification.PublicState]string{
	verification.PublicActive:   "Active",
	verification.PublicExpiring: "Expiring",
	verification.PublicExpired:  "Expired",
	verification.PublicRevoked:  "Revoked",
	verification.PublicDisputed: "Disputed",
}

func stateWords(s verification.PublicState, validUntil string) string {
	switch s {
	case verification.PublicActive:
		return "Within its validity window: valid until " + validUntil + "."
	case verification.PublicExpiring:
		return "Valid until " + validUntil + ", less than 30 days away. Ask the supplier for a renewed report."
	case verification.PublicExpired:
		return "Past its valid-until date (" + validUntil + "). It stays here for reference but is no longer current."
	case verification.PublicRevoked:
		return "The signing authority revoked this report. Do not rely on it."
	case verification.PublicDisputed:
		return "Under client or regulator dispute. Do not rely on it: treat it as not current."
	}
	return ""
}

// newView spells a for people; publicURL is the base of the links it shows.
func newView(a *verification.Attestation, publicURL string) view {
	id := pathEscape(a.VerificationID)
	v := view{
		ID: a.VerificationID, Supplier: a.SupplierName, Country: a.CountryName, CountryCode: a.CountryCode,
		TrustScore: a.TrustScore, RiskBand: capitalise(a.RiskBand),
		SignedAt: humanTime(a.SignedAt), ValidUntil: humanTime(a.ValidUntil),
		SignedAtISO: a.SignedAt.UTC().Format(time.RFC3339), ValidUntilISO: a.ValidUntil.UTC().Format(time.RFC3339),
		ValidUntilDate: a.ValidUntil.UTC().Format("2 January 2006"),
		State:          string(a.State), StateLabel: stateLabels[a.State],
		Rely:    a.Valid(),
		Sandbox: a.Sandbox,
		Digest:  a.Signed.Digest, Signature: a.Signed.Signature, KeyID: a.Signed.KeyID,
		SignatureValid: a.SignatureValid,
		CheckedAt:      humanTime(a.CheckedAt),
		VerifyURL:      publicURL + "/r/" + id,
		PDFURL:         publicURL + "/r/" + id + "/report.pdf",
		JSONURL:        publicURL + "/r/" + id + ".json",
		JWKSURL:        publicURL + "/.well-known/keybs-signing-keys.json",
		AttestationURL: publicURL + "/v1/attestations/verify/" + id,
		BadgeURL:       publicURL + "/badge/" + id,
	}
	if v.Country == "" {
		v.Country = a.CountryCode
	}
	v.StateWords = stateWords(a.State, v.ValidUntilDate)
	if a.Sandbox {
		v.Watermark = SandboxWatermark
	}
	return v
}

// fingerprint identifies what a rendering of v in kind shows, for its ETag:
// it changes when the state, the signature check or anything displayed
// changes (or when the assets do), but not with the time of the check.
func (v view) fingerprint(kind string) string {
	b, _ := json.Marshal(v)
	h := sha256.New()
	h.Write([]byte(kind + "\x00" + assetsVersion + "\x00"))
	h.Write(b)
	return `"` + hex.EncodeToString(h.Sum(nil)[:16]) + `"`
}

// humanTime writes t in UTC to the minute, the way the pages show times.
func humanTime(t time.Time) string { return t.UTC().Format("2 January 2006, 15:04 UTC") }

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// pathEscape writes an id as one path segment.
func pathEscape(id string) string { return url.PathEscape(id) }

// jsString writes s as a JavaScript string literal. encoding/json escapes
// <, >, &, U+2028 and U+2029 too, so the literal cannot end a script or a
// line early.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
