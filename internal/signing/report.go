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
