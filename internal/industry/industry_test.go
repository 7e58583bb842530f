package industry_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/scope"
)

// TestCatalogIsTheDesignTable pins DESIGN §4's presets and live rate caps:
// partners' default scopes and budgets come from here.
func TestCatalogIsTheDesignTable(t *testing.T) {
	for _, c := range []struct {
		name    string
		id      industry.Industry
		presets []string
		cap     int
	}{
		{"Fintech", industry.Fintech, []string{"kyc:verify", "transaction:check", "trustscore:read", "fraud:score"}, 1000},
		{"Payments", industry.Payments, []string{"transaction:check", "escrow:initiate", "fraud:score", "disputes:open"}, 1000},
		{"Ecommerce", industry.Ecommerce, []string{"user:verify", "escrow:funds", "trustbadge:read"}, 500},
		{"IGaming", industry.IGaming, []string{"kyc:agecheck", "kyc:verify", "transaction:check", "fraud:signals"}, 500},
		{"OtherHasNoPresetsBeyondTheCore", industry.Other, nil, 500},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := industry.ProfileOf(c.id)
			if p.ID != c.id {
				t.Fatalf("ProfileOf(%s) returned %s's profile", c.id, p.ID)
			}
			if !slices.Equal(p.PresetScopes, c.presets) {
				t.Errorf("presets %v, want %v", p.PresetScopes, c.presets)
			}
			if p.LiveRateLimitPerMinute != c.cap {
				t.Errorf("live cap %d/min, want %d", p.LiveRateLimitPerMinute, c.cap)
			}
			if p.Name == "" || p.PricingModel == "" {
				t.Errorf("profile %+v lacks a name or pricing model", p)
			}
		})
	}
}

func TestCatalogIsConsistent(t *testing.T) {
	t.Run("OneProfilePerIndustryInDisplayOrder", func(t *testing.T) {
		if len(industry.Catalog) != len(industry.All) {
			t.Fatalf("%d profiles for %d industries", len(industry.Catalog), len(industry.All))
		}
		for i, p := range industry.Catalog {
			if p.ID != industry.All[i] {
				t.Errorf("profile %d is %s, want %s", i, p.ID, industry.All[i])
			}
		}
	})
	t.Run("PresetsAreCatalogScopesOutsideTheCore", func(t *testing.T) {
		for _, p := range industry.Catalog {
			for _, s := range p.PresetScopes {
				if !scope.Known(s) {
					t.Errorf("%s presets %q, which is not a scope", p.ID, s)
				}
				if slices.Contains(scope.Core, s) {
					t.Errorf("%s presets core scope %q; presets are beyond the core", p.ID, s)
				}
			}
		}
	})
	t.Run("PresetModulesUnlockExactlyThePresetsModules", func(t *testing.T) {
		for _, p := range industry.Catalog {
			var want []scope.Module
			for _, s := range p.PresetScopes {
				m, ok := scope.ModuleOf(s)
				if !ok {
					t.Fatalf("%s presets %q, which no module unlocks", p.ID, s)
				}
				if !slices.Contains(want, m) {
					want = append(want, m)
				}
			}
			if !slices.Equal(p.PresetModules, want) {
				t.Errorf("%s preset modules %v, want the modules of its preset scopes %v", p.ID, p.PresetModules, want)
			}
		}
	})
	t.Run("EndpointsAreModulePaths", func(t *testing.T) {
		for _, p := range industry.Catalog {
			for _, e := range p.Endpoints {
				if len(e) < 2 || e[0] != '/' {
					t.Errorf("%s endpoint %q is not a path", p.ID, e)
				}
				if !slices.ContainsFunc(scope.Endpoints, func(x scope.Endpoint) bool { return x.Path == "/v1"+e }) {
					t.Errorf("%s endpoint %q is no module endpoint of /v1", p.ID, e)
				}
			}
		}
	})
}

func TestProfileOfAnUnknownIndustryIsOthers(t *testing.T) {
	for _, in := range []industry.Industry{"", "fintech", "BANKING"} {
		if p := industry.ProfileOf(in); p.ID != industry.Other {
			t.Errorf("ProfileOf(%q) = %s's profile, want OTHER's", in, p.ID)
		}
	}
}

func TestValid(t *testing.T) {
	for _, c := range []struct {
		name string
		in   industry.Industry
		want bool
	}{
		{"EveryListedIndustryIsValid", industry.IGaming, true},
		{"OtherIsValid", industry.Other, true},
		{"LowerCaseIsInvalid", "fintech", false},
		{"EmptyIsInvalid", "", false},
		{"AnUnlistedNameIsInvalid", "BANKING", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.in.Valid(); got != c.want {
				t.Fatalf("%q.Valid() = %v, want %v", c.in, got, c.want)
			}
		})
	}
}

func TestValuesAreTheEnumOfTheSchema(t *testing.T) {
	want := []string{"FINTECH", "PAYMENTS", "ECOMMERCE", "IGAMING", "OTHER"}
	if got := industry.Industry("").Values(); !slices.Equal(got, want) {
		t.Fatalf("Values() = %v, want %v", got, want)
	}
}

func TestGraphQL(t *testing.T) {
	t.Run("MarshalWritesAQuotedEnumValue", func(t *testing.T) {
		var b bytes.Buffer
		industry.Ecommerce.MarshalGQL(&b)
		if b.String() != `"ECOMMERCE"` {
			t.Fatalf("MarshalGQL wrote %s", b.String())
		}
	})
	t.Run("UnmarshalReadsAValidName", func(t *testing.T) {
		var i industry.Industry
		if err := i.UnmarshalGQL("PAYMENTS"); err != nil || i != industry.Payments {
			t.Fatalf("UnmarshalGQL = %q, %v", i, err)
		}
	})
	for _, c := range []struct {
		name string
		in   any
	}{
		{"AnUnknownNameIsRefused", "BANKING"},
		{"LowerCaseIsRefused", "payments"},
		{"ANonStringIsRefused", 42},
		{"NilIsRefused", nil},
	} {
		t.Run("Unmarshal"+c.name+"AndLeavesTheValue", func(t *testing.T) {
			i := industry.Fintech
			if err := i.UnmarshalGQL(c.in); err == nil {
				t.Fatalf("UnmarshalGQL(%v) accepted", c.in)
			}
			if i != industry.Fintech {
				t.Fatalf("a refused value changed the industry to %q", i)
			}
		})
	}
}
