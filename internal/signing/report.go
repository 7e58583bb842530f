package signing

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/environment"
)

// Report is what a signed report vouches for: the public fields of
// DESIGN.md §7, spelt as REST spells them. Sign adds "key_id". The JSON it
// signs looks like
//
//	{"country_code":"IN","demo":false,"environment":"live","key_id":"…",
//	 "risk_band":"medium","signed_at":"2026-05-01T09:30:00Z",
//	 "supplier_name":"Acme Trading Co.","trust_score":78,
//	 "valid_until":"2027-05-01T09:30:00Z","verification_id":"KBS-VR-7F3A"}
//
// Changing the members or their spelling changes what every verifier
// rebuilds, so treat this type as a published format.
type Report struct {
	VerificationID string
	SupplierName   string
	CountryCode    string                  // ISO 3166-1 alpha-2, upper case
	TrustScore     int                     // 0–100
	RiskBand       string                  // low, medium or high (any case; signed in lower case)
	Environment    environment.Environment // TEST or LIVE; signed as "test" or "live"
	Demo           bool                    // sandbox report, watermarked on public pages
	// SignedAt and ValidUntil are signed in UTC to the second. They must
	// hold whole seconds, so that the times stored with the report are the
	// times that were signed; truncate them before signing and storing.
	SignedAt   time.Time
	ValidUntil time.Time
}

// Validate reports the first field that cannot be signed as it is.
func (r Report) Validate() error {
	switch {
	case strings.TrimSpace(r.VerificationID) == "":
		return errors.New("signing: report verification_id is empty")
	case strings.TrimSpace(r.SupplierName) == "" || !utf8.ValidString(r.SupplierName):
		return errors.New("signing: report supplier_name is empty or not UTF-8")
	case !country.Valid(r.CountryCode):
		return fmt.Errorf("signing: report country_code %q is not an ISO 3166-1 alpha-2 code", r.CountryCode)
	case r.TrustScore < 0 || r.TrustScore > 100:
		return fmt.Errorf("signing: report trust_score %d is outside 0–100", r.TrustScore)
	case !validRiskBand(r.RiskBand):
		return fmt.Errorf("signing: report risk_band %q is not low, medium or high", r.RiskBand)
	case !r.Environment.Valid():
		return fmt.Errorf("signing: report environment %q is not TEST or LIVE", r.Environment)
	case r.SignedAt.IsZero() || r.ValidUntil.IsZero():
		return errors.New("signing: report signed_at and valid_until are required")
	case r.SignedAt.Nanosecond() != 0 || r.ValidUntil.Nanosecond() != 0:
		return errors.New("signing: report signed_at and valid_until must be whole seconds (truncate them, and store the truncated times)")
	case !r.ValidUntil.After(r.SignedAt):
		return errors.New("signing: report valid_until must be after signed_at")
	}
	return nil
}

func validRiskBand(b string) bool {
	switch strings.ToLower(b) {
	case "low", "medium", "high":
		return true
	}
	return false
}

// MarshalJSON writes the report's signed members.
func (r Report) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		VerificationID string `json:"verification_id"`
		SupplierName   string `json:"supplier_name"`
		CountryCode    string `json:"country_code"`
		TrustScore     int    `json:"trust_score"`
		RiskBand       string `json:"risk_band"`
		Environment    string `json:"environment"`
		Demo           bool   `json:"demo"`
		SignedAt       string `json:"signed_at"`
		ValidUntil     string `json:"valid_until"`
	}{
		VerificationID: r.VerificationID,
		SupplierName:   r.SupplierName,
		CountryCode:    r.CountryCode,
		TrustScore:     r.TrustScore,
		RiskBand:       strings.ToLower(r.RiskBand),
		Environment:    r.Environment.Lower(),
		Demo:           r.Demo,
		SignedAt:       r.SignedAt.UTC().Format(time.RFC3339),
		ValidUntil:     r.ValidUntil.UTC().Format(time.RFC3339),
	})
}

// ParseReport reads a report back out of the canonical text Sign wrote for
// it, so that a verifier can compare what was signed with what it is shown.
// Every member of the format must be there, "key_id" included (Verify checks
// its value), and no other; the report must validate as one Sign accepts.
func ParseReport(canonical string) (Report, error) {
	var w struct {
		VerificationID *string `json:"verification_id"`
		SupplierName   *string `json:"supplier_name"`
		CountryCode    *string `json:"country_code"`
		TrustScore     *int    `json:"trust_score"`
		RiskBand       *string `json:"risk_band"`
		Environment    *string `json:"environment"`
		Demo           *bool   `json:"demo"`
		SignedAt       *string `json:"signed_at"`
		ValidUntil     *string `json:"valid_until"`
		KeyID          *string `json:"key_id"`
	}
	dec := json.NewDecoder(strings.NewReader(canonical))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return Report{}, fmt.Errorf("signing: the signed text is not a report: %w", err)
	}
	if w.VerificationID == nil || w.SupplierName == nil || w.CountryCode == nil || w.TrustScore == nil ||
		w.RiskBand == nil || w.Environment == nil || w.Demo == nil || w.SignedAt == nil || w.ValidUntil == nil || w.KeyID == nil {
		return Report{}, errors.New("signing: the signed text lacks a member of the report format")
	}
	var env environment.Environment
	switch *w.Environment {
	case "test":
		env = environment.Test
	case "live":
		env = environment.Live
	default:
		return Report{}, fmt.Errorf("signing: the signed environment %q is not test or live", *w.Environment)
	}
	signedAt, err := time.Parse(time.RFC3339, *w.SignedAt)
	if err != nil {
		return Report{}, fmt.Errorf("signing: signed_at: %w", err)
	}
	validUntil, err := time.Parse(time.RFC3339, *w.ValidUntil)
	if err != nil {
		return Report{}, fmt.Errorf("signing: valid_until: %w", err)
	}
	r := Report{
		VerificationID: *w.VerificationID, SupplierName: *w.SupplierName, CountryCode: *w.CountryCode,
		TrustScore: *w.TrustScore, RiskBand: *w.RiskBand, Environment: env, Demo: *w.Demo,
		SignedAt: signedAt.UTC(), ValidUntil: validUntil.UTC(),
	}
	return r, r.Validate()
}

// Equal reports whether r and o sign to the same text: the same members,
// with the risk band in any case and the times at the same instant.
func (r Report) Equal(o Report) bool {
	return r.VerificationID == o.VerificationID && r.SupplierName == o.SupplierName &&
		r.CountryCode == o.CountryCode && r.TrustScore == o.TrustScore &&
		strings.EqualFold(r.RiskBand, o.RiskBand) && r.Environment == o.Environment && r.Demo == o.Demo &&
		r.SignedAt.Equal(o.SignedAt) && r.ValidUntil.Equal(o.ValidUntil)
}
