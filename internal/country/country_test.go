package country

import (
	"strings"
	"testing"
)

func TestValid(t *testing.T) {
	tests := []struct {
		name string
		code string
		want bool
	}{
		{"IndiaIsValid", "IN", true},
		{"GreatBritainIsValid", "GB", true},
		{"UnitedStatesIsValid", "US", true},
		{"UserAssignedXXIsInvalid", "XX", false},
		{"LowerCaseIsInvalid", "in", false},
		{"EmptyIsInvalid", "", false},
		{"Alpha3IsInvalid", "IND", false},
		{"UKIsInvalid", "UK", false},
		{"PaddedIsInvalid", " IN", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Valid(tc.code); got != tc.want {
				t.Errorf("Valid(%q) = %v, want %v", tc.code, got, tc.want)
			}
		})
	}
}

func TestName(t *testing.T) {
	tests := []struct {
		name string
		code string
		want string
	}{
		{"INIsIndia", "IN", "India"},
		{"UnknownIsEmpty", "XX", ""},
		{"LowerCaseIsEmpty", "in", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Name(tc.code); got != tc.want {
				t.Errorf("Name(%q) = %q, want %q", tc.code, got, tc.want)
			}
		})
	}
	t.Run("GBHasAName", func(t *testing.T) {
		if Name("GB") == "" {
			t.Error("Name(\"GB\") is empty")
		}
	})
}

func TestTable(t *testing.T) {
	t.Run("HasExactly249Codes", func(t *testing.T) {
		if len(names) != 249 {
			t.Errorf("%d codes, want 249 (ISO 3166-1 alpha-2)", len(names))
		}
	})
	t.Run("CodesAreTwoUpperCaseLettersWithNames", func(t *testing.T) {
		for code, name := range names {
			if len(code) != 2 || strings.ToUpper(code) != code || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
				t.Errorf("code %q is not two upper-case letters", code)
			}
			if strings.TrimSpace(name) == "" || strings.TrimSpace(name) != name {
				t.Errorf("code %s has name %q", code, name)
			}
		}
	})
}

func TestAll(t *testing.T) {
	all := All()
	if len(all) != len(names) {
		t.Fatalf("All has %d countries, want %d", len(all), len(names))
	}
	for i, c := range all {
		if !Valid(c.Code) || Name(c.Code) != c.Name {
			t.Fatalf("entry %d is %+v", i, c)
		}
		if i > 0 && strings.Compare(all[i-1].Name, c.Name) > 0 {
			t.Fatalf("%q comes before %q: not sorted by name", all[i-1].Name, c.Name)
		}
	}
}
