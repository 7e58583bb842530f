package validate_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/validate"
)

// wantInvalid fails unless err is a validation error naming field.
func wantInvalid(t *testing.T, err error, field string) {
	t.Helper()
	var fe *fault.Error
	if !errors.As(err, &fe) || fe.Kind != fault.Invalid || fe.Field != field {
		t.Fatalf("error %v, want a validation_error on %q", err, field)
	}
	if !strings.Contains(fe.Message, field) {
		t.Fatalf("message %q does not name the field %q", fe.Message, field)
	}
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func TestText(t *testing.T) {
	for _, c := range []struct {
		name     string
		in       string
		max      int
		required bool
		want     string
		ok       bool
	}{
		{"SurroundingSpaceIsTrimmed", "  Acme  ", 10, true, "Acme", true},
		{"ExactlyMaxIsAccepted", "abcde", 5, true, "abcde", true},
		{"OneOverMaxIsRefused", "abcdef", 5, true, "", false},
		{"LengthCountsCharactersNotBytes", "ÅÄÖåäö", 6, true, "ÅÄÖåäö", true},
		{"SpaceDoesNotCountTowardsMax", "  abcde  ", 5, true, "abcde", true},
		{"AMissingRequiredValueIsRefused", "", 10, true, "", false},
		{"OnlySpaceIsMissing", " \t\n ", 10, true, "", false},
		{"AnOptionalValueMayBeEmpty", "   ", 10, false, "", true},
		{"AnOptionalValueStillHasAMax", "abcdef", 5, false, "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := validate.Text("name", c.in, c.max, c.required)
			if !c.ok {
				wantInvalid(t, err, "name")
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("Text(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
		})
	}
}

func TestCIDRs(t *testing.T) {
	for _, c := range []struct {
		name string
		in   []string
		want []string // nil: refused
	}{
		{"ACIDRIsKept", []string{"203.0.113.0/24"}, []string{"203.0.113.0/24"}},
		{"HostBitsAreMaskedOff", []string{"10.1.2.3/8"}, []string{"10.0.0.0/8"}},
		{"AnIPv4AddressBecomesASlash32", []string{"198.51.100.7"}, []string{"198.51.100.7/32"}},
		{"AnIPv6AddressBecomesASlash128", []string{"2001:db8::1"}, []string{"2001:db8::1/128"}},
		{"AnIPv6CIDRIsKept", []string{"2001:db8::/32"}, []string{"2001:db8::/32"}},
		{"AMappedIPv4AddressIsStoredAsIPv4", []string{"::ffff:192.0.2.1"}, []string{"192.0.2.1/32"}},
		{"SpaceIsTrimmed", []string{" 192.0.2.1 "}, []string{"192.0.2.1/32"}},
		{"AnEmptyListStaysEmpty", []string{}, []string{}},
		{"FiftyEntriesAreAllowed", repeat("192.0.2.1", validate.MaxListLen), repeat("192.0.2.1/32", validate.MaxListLen)},
		{"FiftyOneEntriesAreRefused", repeat("192.0.2.1", validate.MaxListLen+1), nil},
		{"AHostNameIsRefused", []string{"example.com"}, nil},
		{"AnEmptyEntryIsRefused", []string{""}, nil},
		{"AnOutOfRangePrefixIsRefused", []string{"10.0.0.0/33"}, nil},
		{"AZonedAddressIsRefused", []string{"fe80::1%eth0"}, nil},
		{"OneBadEntryRefusesTheList", []string{"192.0.2.1", "nope"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := validate.CIDRs("ipAllowlist", c.in)
			if c.want == nil {
				wantInvalid(t, err, "ipAllowlist")
				return
			}
			if err != nil || !slices.Equal(got, c.want) || got == nil {
				t.Fatalf("CIDRs(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
		})
	}
}

func TestAllowsIP(t *testing.T) {
	list := []string{"203.0.113.0/24", "2001:db8::/32", "198.51.100.7/32"}
	for _, c := range []struct {
		name  string
		cidrs []string
		ip    string
		want  bool
	}{
		{"AnAddressInsideARangeIsAllowed", list, "203.0.113.200", true},
		{"AnAddressOutsideEveryRangeIsNot", list, "203.0.114.1", false},
		{"ASingleAddressMatchesItself", list, "198.51.100.7", true},
		{"ItsNeighbourDoesNot", list, "198.51.100.8", false},
		{"IPv6Matches", list, "2001:db8:1::5", true},
		{"AMappedIPv4AddressMatchesTheIPv4Range", list, "::ffff:203.0.113.5", true},
		{"AnUnparsableAddressIsNotAllowed", list, "203.0.113", false},
		{"AnEmptyAddressIsNotAllowed", list, "", false},
		{"AnEmptyListAllowsNothing", nil, "203.0.113.5", false},
		{"ABrokenEntryIsSkippedNotFatal", []string{"garbage", "203.0.113.0/24"}, "203.0.113.5", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := validate.AllowsIP(c.cidrs, c.ip); got != c.want {
				t.Fatalf("AllowsIP(%q, %q) = %v, want %v", c.cidrs, c.ip, got, c.want)
			}
		})
	}
}

func TestURLs(t *testing.T) {
	long := "https://example.com/" + strings.Repeat("a", 2000)
	for _, c := range []struct {
		name      string
		in        []string
		httpsOnly bool
		want      []string // nil: refused
	}{
		{"HTTPSIsAccepted", []string{"https://hooks.example/kbs"}, true, []string{"https://hooks.example/kbs"}},
		{"HTTPIsAcceptedWhenAllowed", []string{"http://localhost:3000/cb"}, false, []string{"http://localhost:3000/cb"}},
		{"HTTPIsRefusedWhenHTTPSIsRequired", []string{"http://hooks.example/kbs"}, true, nil},
		{"SpaceIsTrimmed", []string{"  https://a.example  "}, false, []string{"https://a.example"}},
		{"ARelativeURLIsRefused", []string{"/callback"}, false, nil},
		{"ANonHTTPSchemeIsRefused", []string{"ftp://files.example/x"}, false, nil},
		{"AJavascriptURLIsRefused", []string{"javascript:alert(1)"}, false, nil},
		{"AURLWithoutAHostIsRefused", []string{"https://"}, false, nil},
		{"AnOverlongURLIsRefused", []string{long}, false, nil},
		{"TooManyURLsAreRefused", repeat("https://a.example", validate.MaxListLen+1), false, nil},
		{"OneBadURLRefusesTheList", []string{"https://a.example", "nope"}, false, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := validate.URLs("callbackUrls", c.in, c.httpsOnly)
			if c.want == nil {
				wantInvalid(t, err, "callbackUrls")
				return
			}
			if err != nil || !slices.Equal(got, c.want) {
				t.Fatalf("URLs(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
		})
	}
}

func TestOrigins(t *testing.T) {
	for _, c := range []struct {
		name string
		in   []string
		want []string // nil: refused
	}{
		{"AnOriginIsKept", []string{"https://shop.example"}, []string{"https://shop.example"}},
		{"APortIsKept", []string{"http://localhost:5173"}, []string{"http://localhost:5173"}},
		{"ATrailingSlashIsDropped", []string{"https://shop.example/"}, []string{"https://shop.example"}},
		{"SpaceIsTrimmed", []string{" https://shop.example "}, []string{"https://shop.example"}},
		{"APathIsRefused", []string{"https://shop.example/checkout"}, nil},
		{"AQueryIsRefused", []string{"https://shop.example?x=1"}, nil},
		{"ABareHostIsRefused", []string{"shop.example"}, nil},
		{"ANonHTTPSchemeIsRefused", []string{"chrome-extension://abc"}, nil},
		{"TooManyOriginsAreRefused", repeat("https://a.example", validate.MaxListLen+1), nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := validate.Origins("allowedOrigins", c.in)
			if c.want == nil {
				wantInvalid(t, err, "allowedOrigins")
				return
			}
			if err != nil || !slices.Equal(got, c.want) {
				t.Fatalf("Origins(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
		})
	}
}

// addressOfLength returns a well-formed address of n bytes with short dotted
// labels, so that only its total length can be at fault.
func addressOfLength(t *testing.T, n int) string {
	t.Helper()
	local := strings.Repeat("a", 64)
	left := n - len(local) - len("@") - len("example")
	labels := strings.Repeat("b.", left/2)
	if left%2 == 1 {
		labels = "b" + labels
	}
	s := fmt.Sprintf("%s@%sexample", local, labels)
	if len(s) != n {
		t.Fatalf("built an address of %d bytes, want %d", len(s), n)
	}
	return s
}

func TestEmail(t *testing.T) {
	at254, at255 := addressOfLength(t, 254), addressOfLength(t, 255)
	for _, c := range []struct {
		name string
		in   string
		want string // "": refused
	}{
		{"APlainAddressIsAccepted", "ann@acme.example", "ann@acme.example"},
		{"SpaceIsTrimmed", "  ann@acme.example ", "ann@acme.example"},
		{"PlusAddressingIsAccepted", "ops+kyc@acme.example", "ops+kyc@acme.example"},
		{"EmptyIsRefused", "", ""},
		{"ADisplayNameIsRefused", "Ann <ann@acme.example>", ""},
		{"ADomainWithoutADotIsRefused", "ann@localhost", ""},
		{"NoAtSignIsRefused", "ann.acme.example", ""},
		{"TwoAddressesAreRefused", "a@acme.example, b@acme.example", ""},
		{"AnAddressOf254BytesIsAccepted", at254, at254},
		{"AnAddressOf255BytesIsRefused", at255, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := validate.Email("contactEmail", c.in)
			if c.want == "" {
				wantInvalid(t, err, "contactEmail")
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("Email(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
		})
	}
}
