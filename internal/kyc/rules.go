package kyc

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/keybs/platform/internal/finding"
	"github.com/keybs/platform/internal/screening"
)

// MinimumAge is the age a person must have reached to pass KYC. Age checks
// for gambling use their jurisdiction's table instead.
const MinimumAge = 18

// DocumentTypes are the identity documents a check accepts, as the API spells
// them.
var DocumentTypes = []string{"passport", "national_id", "driving_licence", "residence_permit"}

// documentFormat is the number format of one country's document type.
type documentFormat struct {
	pattern *regexp.Regexp
	// describe says what the pattern asks for, for the check's detail.
	describe string
	// checksum, when set, validates a number the pattern accepted.
	checksum func(string) bool
}

// formats are the document number formats KeyBS knows, by country and
// document type. They are the published formats of the issuing authorities
// (e.g. HM Passport Office: nine digits; the Spanish DNI: eight digits and a
// control letter); any other pair is checked against the generic format.
var formats = map[string]documentFormat{
	"GB/passport":        {regexp.MustCompile(`^[0-9]{9}$`), "nine digits", nil},
	"US/passport":        {regexp.MustCompile(`^[A-Z0-9][0-9]{8}$`), "nine characters: a letter or digit, then eight digits", nil},
	"DE/passport":        {regexp.MustCompile(`^[CFGHJKLMNPRTVWXYZ0-9]{9}$`), "nine characters from C F G H J K L M N P R T V W X Y Z and digits", nil},
	"DE/national_id":     {regexp.MustCompile(`^[CFGHJKLMNPRTVWXYZ0-9]{9}$`), "nine characters from C F G H J K L M N P R T V W X Y Z and digits", nil},
	"FR/passport":        {regexp.MustCompile(`^[0-9]{2}[A-Z]{2}[0-9]{5}$`), "two digits, two letters, five digits", nil},
	"ES/national_id":     {regexp.MustCompile(`^[0-9]{8}[A-Z]$`), "eight digits and a control letter", dniLetterValid},
	"NL/passport":        {regexp.MustCompile(`^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$`), "two letters, six letters or digits, a digit (no letter O)", nil},
	"IT/national_id":     {regexp.MustCompile(`^C[A-Z][0-9]{5}[A-Z]{2}$`), "CA followed by five digits and two letters (CIE)", nil},
	"GB/driving_licence": {regexp.MustCompile(`^[A-Z9]{5}[0-9]{6}[A-Z9]{2}[0-9][A-Z]{2}$`), "sixteen characters (DVLA format)", nil},
}

// genericFormat is used for a country and type without a known format.
var genericFormat = documentFormat{regexp.MustCompile(`^[A-Z0-9]{5,20}$`), "5 to 20 letters and digits", nil}

// dniLetterValid checks a Spanish DNI's control letter: the number modulo 23
// indexes "TRWAGMYFPDXBNJZSQVHLCKE" (Real Decreto 1553/2005).
func dniLetterValid(n string) bool {
	const letters = "TRWAGMYFPDXBNJZSQVHLCKE"
	num := 0
	for _, c := range n[:8] {
		num = num*10 + int(c-'0')
	}
	return letters[num%23] == n[8]
}

// normaliseDocument upper-cases a document number and drops the spaces and
// hyphens people type in it.
func normaliseDocument(n string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, strings.ToUpper(strings.TrimSpace(n)))
}

// checkDocument checks number's format for country and docType.
func checkDocument(country, docType, number string) finding.Finding {
	f, known := formats[country+"/"+docType]
	if !known {
		f = genericFormat
	}
	name := "document_format"
	if !f.pattern.MatchString(number) {
		return finding.Finding{Name: name, Result: finding.Fail,
			Detail: fmt.Sprintf("a %s %s number has %s", country, docType, f.describe)}
	}
	if f.checksum != nil && !f.checksum(number) {
		return finding.Finding{Name: name, Result: finding.Fail,
			Detail: fmt.Sprintf("the %s %s number's control character does not match", country, docType)}
	}
	if !known {
		return finding.Finding{Name: name, Result: finding.Pass,
			Detail: fmt.Sprintf("no specific format is known for a %s %s; the number has the generic format (%s)", country, docType, f.describe)}
	}
	return finding.Finding{Name: name, Result: finding.Pass, Detail: fmt.Sprintf("the number has the %s %s format (%s)", country, docType, f.describe)}
}

// Age is the age in whole years on today of a person born on dob.
func Age(dob, today time.Time) int {
	age := today.Year() - dob.Year()
	if today.Month() < dob.Month() || (today.Month() == dob.Month() && today.Day() < dob.Day()) {
		age--
	}
	return age
}

// checkAge checks the person has reached MinimumAge on today.
func checkAge(dob, today time.Time) finding.Finding {
	age := Age(dob, today)
	if age < MinimumAge {
		return finding.Finding{Name: "age", Result: finding.Fail, Detail: fmt.Sprintf("the person is %d, under the minimum age of %d", age, MinimumAge)}
	}
	return finding.Finding{Name: "age", Result: finding.Pass, Detail: fmt.Sprintf("the person is %d, at least the minimum age of %d", age, MinimumAge)}
}

// screen checks name against list (screening.List.Screen): a hit sends the
// check to review rather than rejecting it.
func screen(list *screening.List, name string) finding.Finding {
	clear, detail := list.Screen(name, screening.Individual)
	f := finding.Finding{Name: "sanctions_pep_screening", Result: finding.Review, Detail: detail}
	if clear {
		f.Result = finding.Pass
	}
	return f
}
