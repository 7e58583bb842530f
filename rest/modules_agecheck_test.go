package rest_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

// TestAgeCheckEndpoint is the scenario table of POST /v1/kyc/agecheck:
// answers on both sides of each boundary, each validation failure, missing
// scope and module not enabled.
func TestAgeCheckEndpoint(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		cs := &contractServer{Server: s, api: v1Client{base: s.URL, client: s.HTTP.Client()}}
		cs.Owner = s.SignUp(t, "owner@casino.example", "Age Casino") // FINTECH: the KYC module is on
		key := cs.mustTestKey(t).Secret
		live := cs.mustLiveKey(t, cs.Owner).Secret
		noScope := cs.mustRestrictedKey(t, "kyc:verify").Secret
		today := time.Now().UTC()
		born := func(years, days int) string { return today.AddDate(-years, 0, days).Format(time.DateOnly) }
		check := func(t *testing.T, k string, body any) v1Response {
			t.Helper()
			return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/kyc/agecheck", Key: k, Body: body})
		}

		t.Run("Answers", func(t *testing.T) {
			for _, c := range []struct {
				name         string
				key          string
				body         map[string]any
				allowed      bool
				age, min     float64
				jurisdiction string
			}{
				{"EighteenTodayIsAllowedInGB", key, map[string]any{"date_of_birth": born(18, 0), "country": "GB"}, true, 18, 18, "GB"},
				{"EighteenTomorrowIsNot", key, map[string]any{"date_of_birth": born(18, 1), "country": "gb"}, false, 17, 18, "GB"},
				{"NineteenIsAllowedInOntario", key, map[string]any{"date_of_birth": born(19, 0), "country": "CA", "region": "ON"}, true, 19, 19, "CA-ON"},
				{"EighteenIsNotAllowedInOntario", key, map[string]any{"date_of_birth": born(18, 0), "country": "CA", "region": "CA-ON"}, false, 18, 19, "CA-ON"},
				{"EighteenIsAllowedInQuebec", key, map[string]any{"date_of_birth": born(18, 0), "country": "CA", "region": "QC"}, true, 18, 18, "CA-QC"},
				{"TwentyIsNotAllowedInNevada", key, map[string]any{"date_of_birth": born(20, 0), "country": "US", "region": "NV"}, false, 20, 21, "US-NV"},
				{"TwentyOneIsAllowedInGreece", live, map[string]any{"date_of_birth": born(21, 0), "country": "GR"}, true, 21, 21, "GR"},
				{"APortalSessionMayCheck", cs.Owner.AccessToken, map[string]any{"date_of_birth": born(30, 0), "country": "DE"}, true, 30, 18, "DE"},
			} {
				t.Run(c.name, func(t *testing.T) {
					obj := check(t, c.key, c.body).wantOK(t, http.StatusOK)
					if obj["allowed"] != c.allowed || obj["age"] != c.age || obj["minimum_age"] != c.min || obj["jurisdiction"] != c.jurisdiction {
						t.Fatalf("answer %v, want allowed %v age %v minimum %v in %s", obj, c.allowed, c.age, c.min, c.jurisdiction)
					}
				})
			}
		})

		t.Run("ValidationFailuresNameTheField", func(t *testing.T) {
			for _, c := range []struct {
				name, field string
				body        any
			}{
				{"MissingDateOfBirth", "date_of_birth", map[string]any{"country": "GB"}},
				{"MalformedDateOfBirth", "date_of_birth", map[string]any{"date_of_birth": "17/05/1990", "country": "GB"}},
				{"FutureDateOfBirth", "date_of_birth", map[string]any{"date_of_birth": born(-1, 0), "country": "GB"}},
				{"DateOfBirthNotAString", "date_of_birth", map[string]any{"date_of_birth": 1990, "country": "GB"}},
				{"MissingCountry", "country", map[string]any{"date_of_birth": born(30, 0)}},
				{"UnknownCountryCode", "country", map[string]any{"date_of_birth": born(30, 0), "country": "ZZ"}},
				{"CountryOutsideTheTable", "country", map[string]any{"date_of_birth": born(30, 0), "country": "AF"}},
				{"USNeedsARegion", "region", map[string]any{"date_of_birth": born(30, 0), "country": "US"}},
				{"AStateWithoutLegalGambling", "region", map[string]any{"date_of_birth": born(30, 0), "country": "US", "region": "UT"}},
				{"AnUnknownProvince", "region", map[string]any{"date_of_birth": born(30, 0), "country": "CA", "region": "XX"}},
				{"AnUnknownField", "state", map[string]any{"date_of_birth": born(30, 0), "country": "US", "state": "NJ"}},
			} {
				t.Run(c.name, func(t *testing.T) {
					env := check(t, key, c.body).wantError(t, 422, "validation_error")
					if !strings.Contains(env.Message, c.field) {
						t.Fatalf("message %q does not name %s", env.Message, c.field)
					}
				})
			}
		})

		t.Run("AMissingScopeIs403InvalidScope", func(t *testing.T) {
			env := check(t, noScope, map[string]any{"date_of_birth": born(30, 0), "country": "GB"}).wantError(t, 403, "invalid_scope")
			if !strings.Contains(env.Message, "kyc:agecheck") {
				t.Fatalf("message %q does not name the scope", env.Message)
			}
		})

		// Last: it turns the module off for the owner's application.
		t.Run("AModuleNotEnabledIs403ForbiddenNamingModuleAndApplication", func(t *testing.T) {
			if err := cs.DB.Client.Application.Update().Where(entapp.TenantID(cs.Owner.TenantID)).
				SetRequiredModules([]scope.Module{scope.ModuleEscrow}).Exec(testkit.System()); err != nil {
				t.Fatal(err)
			}
			env := check(t, key, map[string]any{"date_of_birth": born(30, 0), "country": "GB"}).wantError(t, 403, "forbidden")
			if !strings.Contains(env.Message, "KYC") || !strings.Contains(env.Message, "application") {
				t.Errorf("message %q does not name the module and application", env.Message)
			}
		})
	})
}
