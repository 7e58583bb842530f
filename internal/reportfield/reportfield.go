// Package reportfield names the public fields of a report: what its verify
// page shows and what a share token may reveal to a third party. Nothing
// else of a case (contact email, client reference, documents, timeline) is
// ever one of them. The package has no dependencies, so the ent schema can
// store a list of fields typed.
package reportfield

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Field is one public field, spelled as REST and the revealed JSON spell it
// (snake_case). GraphQL spells it upper-case (SUPPLIER_NAME).
type Field string

// The public fields of a report.
const (
	VerificationID Field = "verification_id"
	SupplierName   Field = "supplier_name"
	Country        Field = "country"      // the country's English name
	CountryCode    Field = "country_code" // ISO 3166-1 alpha-2
	TrustScore     Field = "trust_score"
	RiskBand       Field = "risk_band"
	State          Field = "state" // published, expiring, expired, revoked or disputed
	SignedAt       Field = "signed_at"
	ValidUntil     Field = "valid_until"
	VerifyURL      Field = "verify_url"
	PDFURL         Field = "pdf_url"
	Digest         Field = "digest"
	Signature      Field = "signature"
	KeyID          Field = "key_id"
)

// All lists every field in display order.
var All = []Field{VerificationID, SupplierName, Country, CountryCode, TrustScore, RiskBand, State,
	SignedAt, ValidUntil, VerifyURL, PDFURL, Digest, Signature, KeyID}

// Valid reports whether f is a public field.
func (f Field) Valid() bool { return slices.Contains(All, f) }

// Names lists the fields as REST spells them, for messages.
func Names() string {
	names := make([]string, len(All))
	for i, f := range All {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// MarshalGQL writes the field as a GraphQL enum value.
func (f Field) MarshalGQL(w io.Writer) {
	_, _ = io.WriteString(w, strconv.Quote(strings.ToUpper(string(f))))
}

// UnmarshalGQL reads a GraphQL enum value.
func (f *Field) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || s != strings.ToUpper(s) || !Field(strings.ToLower(s)).Valid() {
		return fmt.Errorf("%v is not a valid ShareTokenField", v)
	}
	*f = Field(strings.ToLower(s))
	return nil
}
