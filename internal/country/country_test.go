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
	t.Run("EveryCodeOnce", func(t *testing.T) {
		seen := map[string]bool{}
		for _, c := range all {
			if seen[c.Code] || !Valid(c.Code) || c.Name != Name(c.Code) {
				t.Fatalf("entry %+v is duplicated or does not match the code table", c)
			}
			seen[c.Code] = true
		}
		if len(seen) != len(names) {
			t.Fatalf("%d countries listed, %d known", len(seen), len(names))
		}
	})
	t.Run("SortedByNameIgnoringAccents", func(t *testing.T) {
		index := map[string]int{}
		for i, c := range all {
			index[c.Name] = i
		}
		for _, pair := range [][2]string{{"Afghanistan", "Åland Islands"}, {"Åland Islands", "Albania"}, {"Georgia", "Germany"}} {
			if index[pair[0]] >= index[pair[1]] {
				t.Errorf("%s is listed after %s", pair[0], pair[1])
			}
		}
	})
	t.Run("GermanyIsDENotGeorgia", func(t *testing.T) {
		for _, c := range all {
			if c.Name == "Germany" && c.Code != "DE" {
				t.Fatalf("Germany is %s", c.Code)
			}
		}
	})
	t.Run("CallersCannotChangeTheList", func(t *testing.T) {
		All()[0].Name = "changed"
		if All()[0].Name == "changed" {
			t.Fatal("All returned the shared slice")
		}
	})
}
