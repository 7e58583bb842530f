package scope_test

import (
	"bytes"
	"regexp"
	"slices"
	"testing"

	"github.com/keybs/platform/internal/scope"
)

func TestCovers(t *testing.T) {
	for _, c := range []struct {
		name              string
		granted, required string
		want              bool
	}{
		{"TheSameScopeIsCovered", "verification:read", "verification:read", true},
		{"AParentCoversItsChild", "invoke:primitives", "invoke:primitives.screening", true},
		{"AGrandparentCoversItsGrandchild", "invoke:primitives", "invoke:primitives.screening.individual", true},
		{"AChildCoversItsOwnChild", "invoke:primitives.screening", "invoke:primitives.screening.individual", true},
		{"AChildDoesNotCoverItsParent", "invoke:primitives.screening", "invoke:primitives", false},
		{"ASiblingIsNotCovered", "invoke:primitives.screening", "invoke:primitives.scoring", false},
		// A prefix that does not end at a dot is another scope, not an ancestor.
		{"AStringPrefixIsNotAnAncestor", "invoke:prim", "invoke:primitives", false},
		{"ALongerActionWithTheSameStartIsNotCovered", "verification:read", "verification:readall", false},
		{"AnotherActionOfTheResourceIsNotCovered", "verification:read", "verification:create", false},
		{"TheResourceAloneCoversNothingBelowTheColon", "verification", "verification:read", false},
		{"ScopesAreCaseSensitive", "KYC:verify", "kyc:verify", false},
		{"AnEmptyGrantCoversNothing", "", "kyc:verify", false},
		{"ANonEmptyGrantDoesNotCoverAnEmptyRequirement", "kyc:verify", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := scope.Covers(c.granted, c.required); got != c.want {
				t.Fatalf("Covers(%q, %q) = %v, want %v", c.granted, c.required, got, c.want)
			}
		})
	}
}

// TestPrimitiveHierarchy is seed 004's hierarchy exactly as it states it:
// invoke:primitives ⊇ invoke:primitives.<category> ⊇ invoke:<primitive id>,
// where a primitive's own scope has no "primitives." in it.
func TestPrimitiveHierarchy(t *testing.T) {
	for _, c := range []struct {
		name              string
		granted, required string
		want              bool
	}{
		{"TheWholeSetCoversACategory", "invoke:primitives", "invoke:primitives.screening", true},
		{"TheWholeSetCoversAPrimitive", "invoke:primitives", "invoke:screening.individual", true},
		{"TheWholeSetCoversEveryCategorysPrimitives", "invoke:primitives", "invoke:device_intel.ip", true},
		{"ACategoryCoversItsPrimitive", "invoke:primitives.screening", "invoke:screening.individual", true},
		{"ACategoryCoversItsOtherPrimitive", "invoke:primitives.screening", "invoke:screening.entity", true},
		{"ACategoryWithAnUnderscoreCoversItsPrimitive", "invoke:primitives.device_intel", "invoke:device_intel.ip", true},
		{"APrimitiveCoversItself", "invoke:screening.individual", "invoke:screening.individual", true},
		{"ACategoryDoesNotCoverAnotherCategorysPrimitive", "invoke:primitives.screening", "invoke:document.check", false},
		{"ACategoryDoesNotCoverAnotherCategory", "invoke:primitives.screening", "invoke:primitives.document", false},
		{"APrimitiveDoesNotCoverItsSibling", "invoke:screening.individual", "invoke:screening.entity", false},
		{"APrimitiveDoesNotCoverItsCategory", "invoke:screening.individual", "invoke:primitives.screening", false},
		{"APrimitiveDoesNotCoverTheWholeSet", "invoke:screening.individual", "invoke:primitives", false},
		{"ACategoryDoesNotCoverTheWholeSet", "invoke:primitives.screening", "invoke:primitives", false},
		// The long spelling DESIGN §4 uses names the same scope.
		{"TheLongSpellingIsTheSameScope", "invoke:primitives.screening.individual", "invoke:screening.individual", true},
		{"TheShortSpellingCoversTheLongOne", "invoke:screening.individual", "invoke:primitives.screening.individual", true},
		// A category's prefix that does not end at a dot is another category.
		{"ACategoryPrefixIsNotAnAncestor", "invoke:primitives.screen", "invoke:screening.individual", false},
		// "invoke:screening" alone is no primitive form, and covers nothing.
		{"ABareCategoryWithoutPrimitivesIsNoAncestor", "invoke:screening", "invoke:screening.individual", false},
		{"OtherResourcesAreNotRewritten", "kyc:verify", "kyc:verify.extra", true},
		{"AnotherResourceWithTheSameActionIsNotCovered", "invoke:primitives", "evoke:screening.individual", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := scope.Covers(c.granted, c.required); got != c.want {
				t.Fatalf("Covers(%q, %q) = %v, want %v", c.granted, c.required, got, c.want)
			}
		})
	}
}

func TestAllows(t *testing.T) {
	for _, c := range []struct {
		name     string
		granted  []string
		required string
		want     bool
	}{
		{"NoGrantsAllowNothing", nil, "report:read", false},
		{"AnEmptyListAllowsNothing", []string{}, "report:read", false},
		{"AnyOneMatchingGrantIsEnough", []string{"kyc:verify", "report:read"}, "report:read", true},
		{"AnAncestorAmongTheGrantsIsEnough", []string{"report:read", "invoke:primitives"}, "invoke:primitives.screening", true},
		{"UnrelatedGrantsDoNotAdd", []string{"kyc:verify", "report:read", "invoke:primitives.screening"}, "invoke:primitives", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := scope.Allows(c.granted, c.required); got != c.want {
				t.Fatalf("Allows(%q, %q) = %v, want %v", c.granted, c.required, got, c.want)
			}
		})
	}
}

// nameShape is "resource:action" with an optional dotted sub-action; words
// may hold underscores (device_intel).
var nameShape = regexp.MustCompile(`^[a-z]+:[a-z_]+(\.[a-z_]+)*$`)

func TestCatalog(t *testing.T) {
	t.Run("NamesAreUniqueResourceActionPairsWithDescriptions", func(t *testing.T) {
		seen := map[string]bool{}
		for _, s := range scope.All {
			if !nameShape.MatchString(s.Name) {
				t.Errorf("%q is not resource:action", s.Name)
			}
			if seen[s.Name] {
				t.Errorf("%q is in the catalog twice", s.Name)
			}
			seen[s.Name] = true
			if s.Description == "" {
				t.Errorf("%q has no description", s.Name)
			}
		}
	})
	t.Run("TheCoreIsSeed002sFiveScopes", func(t *testing.T) {
		want := []string{"verification:create", "verification:read", "document:create", "report:read", "webhook:manage"}
		if !slices.Equal(scope.Core, want) {
			t.Fatalf("Core = %v, want %v", scope.Core, want)
		}
		for _, s := range scope.Core {
			if !scope.Known(s) {
				t.Errorf("core scope %q is not in the catalog", s)
			}
		}
	})
	t.Run("PlatformScopesAreCatalogScopesForServersOnly", func(t *testing.T) {
		if !slices.Equal(scope.Platform, []string{"share:manage"}) {
			t.Fatalf("Platform = %v, want [share:manage]", scope.Platform)
		}
		for _, s := range scope.Platform {
			switch {
			case !scope.Known(s):
				t.Errorf("platform scope %q is not in the catalog", s)
			case scope.SDKSafe(s):
				t.Errorf("platform scope %q is SDK-safe; publishable keys must never manage share tokens", s)
			case slices.Contains(scope.Core, s):
				t.Errorf("platform scope %q is in the seed-002 core", s)
			}
		}
	})
	t.Run("EveryOtherScopeIsUnlockedByAModule", func(t *testing.T) {
		unlocked := slices.Concat(scope.Core, scope.Platform)
		for _, m := range scope.Modules {
			unlocked = append(unlocked, m.Scopes()...)
		}
		for _, s := range scope.All {
			if !slices.Contains(unlocked, s.Name) {
				t.Errorf("%q can be granted by no module: no application could ever get it", s.Name)
			}
		}
	})
	t.Run("ModulesUnlockOnlyCatalogScopes", func(t *testing.T) {
		for _, m := range scope.Modules {
			if len(m.Scopes()) == 0 {
				t.Errorf("module %s unlocks nothing", m)
			}
			for _, s := range m.Scopes() {
				if !scope.Known(s) {
					t.Errorf("module %s unlocks %q, which is not in the catalog", m, s)
				}
			}
		}
	})
}

func TestKnownAndSDKSafe(t *testing.T) {
	for _, c := range []struct {
		name         string
		scope        string
		known, sdkOK bool
	}{
		{"ACoreServerScopeIsKnownButNotSDKSafe", "verification:create", true, false},
		{"ReportReadIsSDKSafe", "report:read", true, true},
		{"TrustbadgeReadIsSDKSafe", "trustbadge:read", true, true},
		{"AModuleScopeIsKnownButNotSDKSafe", "escrow:funds", true, false},
		{"APrimitiveScopeIsKnown", "invoke:screening.individual", true, false},
		{"APrimitiveCategoryScopeIsKnown", "invoke:primitives.device_intel", true, false},
		{"AnUnimplementedCategoryIsUnknown", "invoke:primitives.biometrics", false, false},
		// Known is an exact lookup: a child of a catalog scope is not itself
		// a catalog scope, and inherits no SDK safety.
		{"AChildOfACatalogScopeIsUnknown", "report:read.extra", false, false},
		{"AnUnknownScopeIsNeither", "admin:everything", false, false},
		{"TheEmptyStringIsNeither", "", false, false},
		{"CaseMatters", "Report:Read", false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := scope.Known(c.scope); got != c.known {
				t.Errorf("Known(%q) = %v, want %v", c.scope, got, c.known)
			}
			if got := scope.SDKSafe(c.scope); got != c.sdkOK {
				t.Errorf("SDKSafe(%q) = %v, want %v", c.scope, got, c.sdkOK)
			}
		})
	}
}

func TestModules(t *testing.T) {
	t.Run("EachModuleUnlocksItsSeedScopes", func(t *testing.T) {
		want := map[scope.Module][]string{
			scope.ModuleKYC:                   {"kyc:verify", "kyc:agecheck", "user:verify"},
			scope.ModuleEscrow:                {"escrow:initiate", "escrow:funds"},
			scope.ModuleTrustScoring:          {"trustscore:read"},
			scope.ModuleFraudSignals:          {"fraud:score", "fraud:signals"},
			scope.ModuleTransactionMonitoring: {"transaction:check"},
			scope.ModuleDisputes:              {"disputes:open"},
			scope.ModuleTrustBadges:           {"trustbadge:read"},
			scope.ModulePrimitives: {"invoke:primitives", "invoke:primitives.screening", "invoke:primitives.document",
				"invoke:primitives.device_intel", "invoke:screening.individual", "invoke:screening.entity",
				"invoke:document.check", "invoke:device_intel.ip"},
		}
		if len(scope.Modules) != len(want) {
			t.Fatalf("%d modules listed, want %d", len(scope.Modules), len(want))
		}
		for _, m := range scope.Modules {
			if !m.Valid() {
				t.Errorf("listed module %s is not valid", m)
			}
			if !slices.Equal(m.Scopes(), want[m]) {
				t.Errorf("%s unlocks %v, want %v", m, m.Scopes(), want[m])
			}
		}
	})
	t.Run("EachModuleHasANameAndADescription", func(t *testing.T) {
		for _, m := range scope.Modules {
			if m.Name() == "" || m.Description() == "" {
				t.Errorf("module %s: name %q, description %q", m, m.Name(), m.Description())
			}
		}
	})
	t.Run("AScopeBelongsToTheOneModuleThatUnlocksIt", func(t *testing.T) {
		for _, c := range []struct {
			scope string
			want  scope.Module
			ok    bool
		}{
			{"kyc:verify", scope.ModuleKYC, true},
			{"user:verify", scope.ModuleKYC, true},
			{"escrow:funds", scope.ModuleEscrow, true},
			{"fraud:signals", scope.ModuleFraudSignals, true},
			{"invoke:screening.individual", scope.ModulePrimitives, true},
			{"verification:create", "", false},
			{"root:all", "", false},
		} {
			if got, ok := scope.ModuleOf(c.scope); got != c.want || ok != c.ok {
				t.Errorf("ModuleOf(%q) = %q, %v; want %q, %v", c.scope, got, ok, c.want, c.ok)
			}
		}
		owners := map[string]scope.Module{}
		for _, m := range scope.Modules {
			for _, s := range m.Scopes() {
				if prev, dup := owners[s]; dup {
					t.Errorf("%q is unlocked by both %s and %s", s, prev, m)
				}
				owners[s] = m
			}
		}
	})
	t.Run("EndpointsRequireAScopeOfTheirModule", func(t *testing.T) {
		seen := map[string]bool{}
		for _, e := range scope.Endpoints {
			route := e.Method + " " + e.Path
			if seen[route] {
				t.Errorf("%s is listed twice", route)
			}
			seen[route] = true
			if !slices.Contains(e.Module.Scopes(), e.Scope) {
				t.Errorf("%s requires %q, which module %s does not unlock", route, e.Scope, e.Module)
			}
			if e.Summary == "" {
				t.Errorf("%s has no summary", route)
			}
		}
		for _, m := range scope.Modules {
			if !slices.ContainsFunc(scope.Endpoints, func(e scope.Endpoint) bool { return e.Module == m }) {
				t.Errorf("module %s serves no endpoint", m)
			}
		}
	})
	t.Run("AnUnknownModuleIsInvalidAndUnlocksNothing", func(t *testing.T) {
		for _, m := range []scope.Module{"", "kyc", "PAYROLL"} {
			if m.Valid() || m.Scopes() != nil {
				t.Errorf("module %q: valid %v, scopes %v; want invalid with none", m, m.Valid(), m.Scopes())
			}
		}
	})
}

func TestModuleGraphQL(t *testing.T) {
	t.Run("MarshalWritesAQuotedEnumValue", func(t *testing.T) {
		var b bytes.Buffer
		scope.ModuleFraudSignals.MarshalGQL(&b)
		if b.String() != `"FRAUD_SIGNALS"` {
			t.Fatalf("MarshalGQL wrote %s", b.String())
		}
	})
	t.Run("UnmarshalReadsEveryModule", func(t *testing.T) {
		for _, want := range scope.Modules {
			var m scope.Module
			if err := m.UnmarshalGQL(string(want)); err != nil || m != want {
				t.Errorf("UnmarshalGQL(%q) = %q, %v", want, m, err)
			}
		}
	})
	for _, c := range []struct {
		name string
		in   any
	}{
		{"AnUnknownNameIsRefused", "PAYROLL"},
		{"LowerCaseIsRefused", "kyc"},
		{"TheEmptyStringIsRefused", ""},
		{"ANonStringIsRefused", 3},
		{"NilIsRefused", nil},
	} {
		t.Run("Unmarshal"+c.name+"AndLeavesTheValue", func(t *testing.T) {
			m := scope.ModuleEscrow
			if err := m.UnmarshalGQL(c.in); err == nil {
				t.Fatalf("UnmarshalGQL(%v) accepted", c.in)
			}
			if m != scope.ModuleEscrow {
				t.Fatalf("a refused value changed the module to %q", m)
			}
		})
	}
}

// TestAncestors pins the general ancestor rule Covers is built on: the
// chain of scopes that cover a scope, its own canonical form first.
func TestAncestors(t *testing.T) {
	for _, c := range []struct {
		name  string
		scope string
		want  []string
	}{
		{"APrimitiveSitsUnderItsCategoryAndTheWholeSet", "invoke:screening.individual",
			[]string{"invoke:primitives.screening.individual", "invoke:primitives.screening", "invoke:primitives"}},
		{"TheLongSpellingHasTheSameChain", "invoke:primitives.screening.individual",
			[]string{"invoke:primitives.screening.individual", "invoke:primitives.screening", "invoke:primitives"}},
		{"ACategoryHasOnlyTheWholeSetAbove", "invoke:primitives.device_intel", []string{"invoke:primitives.device_intel", "invoke:primitives"}},
		{"TheWholeSetIsItsOwnOnlyAncestor", "invoke:primitives", []string{"invoke:primitives"}},
		{"APlainScopeIsItsOwnOnlyAncestor", "kyc:verify", []string{"kyc:verify"}},
		{"AnyDottedActionClimbsByDots", "report:read.public.summary", []string{"report:read.public.summary", "report:read.public", "report:read"}},
		{"TheResourceIsNeverShortened", "verification:read", []string{"verification:read"}},
		{"AScopeWithoutAColonIsItself", "verification", []string{"verification"}},
		{"TheEmptyScopeHasNone", "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := scope.Ancestors(c.scope); !slices.Equal(got, c.want) {
				t.Fatalf("Ancestors(%q) = %q, want %q", c.scope, got, c.want)
			}
		})
	}
}
