package userverify

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/fraud"
	"github.com/keybs/platform/internal/risk"
	"github.com/keybs/platform/internal/screening"
	"github.com/keybs/platform/internal/userverify/check"
	"github.com/keybs/platform/internal/validate"
)

// The check codes, in the order they are reported. The format checks decide
// the basic level; all of them passing gives the enhanced level.
const (
	CodeEmailSyntax   = "email_syntax"   // format
	CodeEmailDomain   = "email_domain"   // disposable domain list: review
	CodePhoneFormat   = "phone_format"   // format: E.164
	CodePhoneCountry  = "phone_country"  // format: the country's calling code
	CodeCountryKnown  = "country_known"  // format: an assigned ISO 3166-1 code
	CodeCountryRisk   = "country_risk"   // FATF call for action: fail; increased monitoring: review
	CodeNameScreening = "name_screening" // watch list match: review
)

// FormatChecks are the checks the basic level needs.
var FormatChecks = []string{CodeEmailSyntax, CodePhoneFormat, CodePhoneCountry, CodeCountryKnown}

// Statuses and levels, as the API spells them.
const (
	StatusVerified = "verified"
	StatusReview   = "review"
	StatusRejected = "rejected"
	LevelBasic     = "basic"
	LevelEnhanced  = "enhanced"
)

// e164 is "+", a country code not starting with 0, and at most 15 digits in
// all (ITU-T E.164); 7 is the shortest assigned length (Niue, +683 and four
// digits).
var e164 = regexp.MustCompile(`^\+[1-9][0-9]{6,14}$`)

// phoneSeparators are what people write between digit groups; they are
// dropped before the E.164 check.
var phoneSeparators = strings.NewReplacer(" ", "", "-", "", ".", "", "(", "", ")", "")

// Run runs every check on v (validated by clean) against list.
func Run(list *screening.List, v Input) []check.Result {
	out := make([]check.Result, 0, 7)
	add := func(code, result, format string, args ...any) {
		out = append(out, check.Result{Code: code, Result: result, Message: fmt.Sprintf(format, args...)})
	}
	if _, err := validate.Email("email", v.Email); err != nil {
		add(CodeEmailSyntax, check.Fail, "the email address is not valid")
		add(CodeEmailDomain, check.Fail, "the email address has no domain to check")
	} else {
		add(CodeEmailSyntax, check.Pass, "the email address is well formed")
		domain := strings.ToLower(v.Email[strings.LastIndex(v.Email, "@")+1:])
		if fraud.Disposable(domain) {
			add(CodeEmailDomain, check.Review, "%s is a disposable email domain", domain)
		} else {
			add(CodeEmailDomain, check.Pass, "%s is not on the disposable email domain list", domain)
		}
	}
	phone := phoneSeparators.Replace(v.Phone)
	code, known := callingCodes[v.Country]
	switch {
	case !e164.MatchString(phone):
		add(CodePhoneFormat, check.Fail, "the phone number is not in E.164 form (+ country code and number, at most 15 digits)")
		add(CodePhoneCountry, check.Fail, "the phone number's country code cannot be read")
	case !known:
		add(CodePhoneFormat, check.Pass, "the phone number is in E.164 form")
		add(CodePhoneCountry, check.Fail, "no calling code is known for the country %s", v.Country)
	case !strings.HasPrefix(phone[1:], code):
		add(CodePhoneFormat, check.Pass, "the phone number is in E.164 form")
		add(CodePhoneCountry, check.Fail, "the phone number does not start with +%s, the calling code of %s", code, v.Country)
	default:
		add(CodePhoneFormat, check.Pass, "the phone number is in E.164 form")
		add(CodePhoneCountry, check.Pass, "the phone number has +%s, the calling code of %s", code, v.Country)
	}
	switch {
	case !country.Valid(v.Country):
		add(CodeCountryKnown, check.Fail, "%s is not an assigned ISO 3166-1 alpha-2 country code", v.Country)
		add(CodeCountryRisk, check.Fail, "an unknown country cannot be assessed")
	case slices.Contains(risk.FATFCallForAction, v.Country):
		add(CodeCountryKnown, check.Pass, "%s is %s", v.Country, country.Name(v.Country))
		add(CodeCountryRisk, check.Fail, "%s is a FATF high-risk jurisdiction subject to a call for action", v.Country)
	case slices.Contains(risk.FATFIncreasedMonitoring, v.Country):
		add(CodeCountryKnown, check.Pass, "%s is %s", v.Country, country.Name(v.Country))
		add(CodeCountryRisk, check.Review, "%s is a FATF jurisdiction under increased monitoring", v.Country)
	default:
		add(CodeCountryKnown, check.Pass, "%s is %s", v.Country, country.Name(v.Country))
		add(CodeCountryRisk, check.Pass, "%s is on no FATF high-risk or monitored list", v.Country)
	}
	out = append(out, screen(list, v.Name))
	return out
}

// screen checks name against list (screening.List.Screen): a match needs a
// person to decide whether it is the listed one, so it is a review, never a
// rejection.
func screen(list *screening.List, name string) check.Result {
	r := check.Result{Code: CodeNameScreening, Result: check.Review}
	clear, detail := list.Screen(name, screening.Individual)
	if clear {
		r.Result = check.Pass
	}
	r.Message = detail
	return r
}

// Decide turns the results into a status and a level ("" for none); see the
// package comment.
func Decide(results []check.Result) (status, level string) {
	status = StatusVerified
	formats := true
	for _, r := range results {
		switch r.Result {
		case check.Fail:
			status = StatusRejected
		case check.Review:
			if status == StatusVerified {
				status = StatusReview
			}
		}
		if slices.Contains(FormatChecks, r.Code) && r.Result != check.Pass {
			formats = false
		}
	}
	switch {
	case status == StatusVerified:
		level = LevelEnhanced
	case formats:
		level = LevelBasic
	}
	return status, level
}

// Magic is a sandbox value that forces a verification's status.
type Magic struct {
	Field  string // the input field, as the API spells it
	Value  string
	Status string
}

// MagicValues are every magic value, in the order they are looked for (the
// name is compared case-insensitively, the phone after dropping separators).
var MagicValues = []Magic{
	{"name", "Rejected", StatusRejected},
	{"name", "Review", StatusReview},
	{"name", "Verified", StatusVerified},
	{"phone", "+15005550006", StatusReview},
	{"phone", "+15005550001", StatusRejected},
}

func magicFor(v Input) (Magic, bool) {
	for _, m := range MagicValues {
		if (m.Field == "name" && strings.EqualFold(v.Name, m.Value)) || (m.Field == "phone" && phoneSeparators.Replace(v.Phone) == m.Value) {
			return m, true
		}
	}
	return Magic{}, false
}

// level is the forced status's level: enhanced for verified, basic for
// review, none for rejected.
func (m Magic) level() string {
	switch m.Status {
	case StatusVerified:
		return LevelEnhanced
	case StatusReview:
		return LevelBasic
	}
	return ""
}

func (m Magic) result() string {
	switch m.Status {
	case StatusVerified:
		return check.Pass
	case StatusReview:
		return check.Review
	}
	return check.Fail
}
