package agecheck_test

import (
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/agecheck"
	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/fault"
)

var today = time.Date(2026, 3, 10, 15, 0, 0, 0, time.UTC)

func TestCheck(t *testing.T) {
	c := agecheck.New(func() time.Time { return today })
	for _, tc := range []struct {
		name         string
		in           agecheck.Input
		allowed      bool
		age, min     int
		jurisdiction string
	}{
		{"EighteenTodayMayPlayInGB", agecheck.Input{DateOfBirth: "2008-03-10", Country: "GB"}, true, 18, 18, "GB"},
		{"EighteenTomorrowMayNot", agecheck.Input{DateOfBirth: "2008-03-11", Country: "gb"}, false, 17, 18, "GB"},
		{"ARegionOfACountryWithoutRegionsFallsBack", agecheck.Input{DateOfBirth: "2008-03-10", Country: "GB", Region: "ENG"}, true, 18, 18, "GB"},
		{"TwentyIsTooYoungInGreece", agecheck.Input{DateOfBirth: "2005-06-01", Country: "GR"}, false, 20, 21, "GR"},
		{"TwentyIsOldEnoughInNewZealand", agecheck.Input{DateOfBirth: "2005-06-01", Country: "NZ"}, true, 20, 20, "NZ"},
		{"EighteenMayPlayInQuebec", agecheck.Input{DateOfBirth: "2007-01-01", Country: "CA", Region: "QC"}, true, 19, 18, "CA-QC"},
		{"EighteenMayNotPlayInOntario", agecheck.Input{DateOfBirth: "2007-12-01", Country: "CA", Region: "CA-ON"}, false, 18, 19, "CA-ON"},
		{"NineteenMayPlayInOntario", agecheck.Input{DateOfBirth: "2007-01-01", Country: "CA", Region: "on"}, true, 19, 19, "CA-ON"},
		{"TwentyMayNotPlayInNewJersey", agecheck.Input{DateOfBirth: "2005-06-01", Country: "US", Region: "NJ"}, false, 20, 21, "US-NJ"},
		{"EighteenMayBetInNewHampshire", agecheck.Input{DateOfBirth: "2007-06-01", Country: "US", Region: "US-NH"}, true, 18, 18, "US-NH"},
		{"ALeapDayBirthdayCountsFromTheFirstOfMarch", agecheck.Input{DateOfBirth: "2008-02-29", Country: "GB"}, true, 18, 18, "GB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.Check(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			want := agecheck.Result{Allowed: tc.allowed, Age: tc.age, MinimumAge: tc.min, Jurisdiction: tc.jurisdiction}
			if got != want {
				t.Fatalf("Check = %+v, want %+v", got, want)
			}
		})
	}
}

func TestCheckRefusals(t *testing.T) {
	c := agecheck.New(func() time.Time { return today })
	for _, tc := range []struct {
		name, field, fragment string
		in                    agecheck.Input
	}{
		{"MissingDateOfBirth", "date_of_birth", "required", agecheck.Input{Country: "GB"}},
		{"MalformedDateOfBirth", "date_of_birth", "YYYY-MM-DD", agecheck.Input{DateOfBirth: "10/03/2008", Country: "GB"}},
		{"FutureDateOfBirth", "date_of_birth", "future", agecheck.Input{DateOfBirth: "2026-03-11", Country: "GB"}},
		{"AncientDateOfBirth", "date_of_birth", "130", agecheck.Input{DateOfBirth: "1890-01-01", Country: "GB"}},
		{"MissingCountry", "country", "required", agecheck.Input{DateOfBirth: "2000-01-01"}},
		{"InvalidCountry", "country", "ISO 3166-1", agecheck.Input{DateOfBirth: "2000-01-01", Country: "ZZ"}},
		{"CountryOutsideTheTable", "country", "no gambling age", agecheck.Input{DateOfBirth: "2000-01-01", Country: "AF"}},
		{"USWithoutRegion", "region", "required for US", agecheck.Input{DateOfBirth: "2000-01-01", Country: "US"}},
		{"CanadaWithoutRegion", "region", "required for CA", agecheck.Input{DateOfBirth: "2000-01-01", Country: "CA"}},
		{"AStateWithoutLegalGambling", "region", "UT is not a known region of US", agecheck.Input{DateOfBirth: "2000-01-01", Country: "US", Region: "UT"}},
		{"AnotherCountrysRegion", "region", "is not a known region of CA", agecheck.Input{DateOfBirth: "2000-01-01", Country: "CA", Region: "US-NJ"}},
		{"AnOverlongRegion", "region", "ISO 3166-2", agecheck.Input{DateOfBirth: "2000-01-01", Country: "US", Region: "NEW-JERSEY-STATE"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.Check(tc.in)
			fe := fault.From(err)
			if err == nil || fe.Kind != fault.Invalid || fe.Field != tc.field || !strings.Contains(fe.Message, tc.fragment) {
				t.Fatalf("Check(%+v) = %v; want a 422 naming %s with %q", tc.in, err, tc.field, tc.fragment)
			}
		})
	}
}

// TestTheTableIsSane pins the table's shape: real country codes, ages a
// regulator could set, and both regional countries' full lists.
func TestTheTableIsSane(t *testing.T) {
	js := agecheck.Jurisdictions()
	for code, age := range js {
		cc, _, _ := strings.Cut(code, "-")
		if !country.Valid(cc) || age < 18 || age > 21 {
			t.Errorf("%s: age %d", code, age)
		}
	}
	for code, want := range map[string]int{"CA-AB": 18, "CA-MB": 18, "CA-QC": 18, "CA-BC": 19, "CA-YT": 19, "US-NV": 21, "GB": 18, "BE": 21} {
		if js[code] != want {
			t.Errorf("%s = %d, want %d", code, js[code], want)
		}
	}
	var provinces int
	for code := range js {
		if strings.HasPrefix(code, "CA-") {
			provinces++
		}
	}
	if provinces != 13 {
		t.Errorf("%d Canadian provinces and territories, want 13", provinces)
	}
}

func TestAge(t *testing.T) {
	leap := time.Date(2008, 2, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name  string
		today time.Time
		want  int
	}{
		{"LeapDayChildIsStill17OnThe28th", time.Date(2026, 2, 28, 0, 0, 0, 0, time.UTC), 17},
		{"LeapDayChildIs18OnTheFirstOfMarch", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), 18},
		{"LeapDayChildIs20OnTheLeapDay", time.Date(2028, 2, 29, 0, 0, 0, 0, time.UTC), 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := agecheck.Age(leap, tc.today); got != tc.want {
				t.Fatalf("Age = %d, want %d", got, tc.want)
			}
		})
	}
}
