package userverify_test

import (
	"context"
	"strings"
	"testing"

	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/userverification"
	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/screening"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/userverify"
	"github.com/keybs/platform/internal/userverify/check"
	"github.com/keybs/platform/internal/viewer"
)

// seller is a valid input every check passes, with a change.
func seller(change func(*userverify.Input)) userverify.Input {
	in := userverify.Input{Email: "ana@shop.example", Phone: "+49 30 1234567", Name: "Ana Lopez", Country: "de", Role: "Seller"}
	if change != nil {
		change(&in)
	}
	return in
}

func keyOf(tenantID string, env environment.Environment) context.Context {
	return testkit.As(&viewer.Principal{Kind: viewer.KindAPIKey, TenantID: tenantID, KeyID: "key_" + env.Lower(), KeyKind: "SECRET",
		ApplicationID: "app_1", Environment: env, Scopes: []string{"user:verify"}, RateLimitPerMinute: 120})
}

func resultOf(cs []check.Result, code string) string {
	for _, c := range cs {
		if c.Code == code {
			return c.Result
		}
	}
	return ""
}

func TestVerify(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		clock := testkit.NewClock(testkit.Epoch)
		svc := userverify.NewService(db.Client, clock.Now, screening.Demo())
		tn := testkit.MustTenant(t, db.Client, "market", membership.RoleOWNER, membership.RoleVIEWER)
		test, live := keyOf(tn.ID, environment.Test), keyOf(tn.ID, environment.Live)
		enhanced, basic := userverification.LevelENHANCED, userverification.LevelBASIC

		t.Run("Outcomes", func(t *testing.T) {
			for _, c := range []struct {
				name   string
				ctx    context.Context
				in     userverify.Input
				status userverification.Status
				level  *userverification.Level
				checks map[string]string // code -> result, for the checks that matter
			}{
				{"EverythingPassesIsEnhanced", test, seller(nil), userverification.StatusVERIFIED, &enhanced,
					map[string]string{userverify.CodeEmailSyntax: check.Pass, userverify.CodePhoneCountry: check.Pass, userverify.CodeNameScreening: check.Pass}},
				{"ADisposableDomainIsReviewedAtBasic", test, seller(func(i *userverify.Input) { i.Email = "ana@mailinator.com" }), userverification.StatusREVIEW, &basic,
					map[string]string{userverify.CodeEmailDomain: check.Review}},
				{"AScreeningMatchIsReviewedAtBasic", test, seller(func(i *userverify.Input) { i.Name = "Ivan Sidorov" }), userverification.StatusREVIEW, &basic,
					map[string]string{userverify.CodeNameScreening: check.Review}},
				{"AGreylistedCountryIsReviewed", test, seller(func(i *userverify.Input) { i.Country, i.Phone = "NG", "+2348012345678" }), userverification.StatusREVIEW, &basic,
					map[string]string{userverify.CodeCountryRisk: check.Review, userverify.CodePhoneCountry: check.Pass}},
				{"ABlacklistedCountryIsRejectedAtBasic", test, seller(func(i *userverify.Input) { i.Country, i.Phone = "IR", "+989121234567" }), userverification.StatusREJECTED, &basic,
					map[string]string{userverify.CodeCountryRisk: check.Fail}},
				{"ABadEmailIsRejectedWithoutLevel", test, seller(func(i *userverify.Input) { i.Email = "ana@" }), userverification.StatusREJECTED, nil,
					map[string]string{userverify.CodeEmailSyntax: check.Fail}},
				{"ANonE164PhoneIsRejected", test, seller(func(i *userverify.Input) { i.Phone = "030 1234567" }), userverification.StatusREJECTED, nil,
					map[string]string{userverify.CodePhoneFormat: check.Fail}},
				{"APhoneOfAnotherCountryIsRejected", test, seller(func(i *userverify.Input) { i.Phone = "+33612345678" }), userverification.StatusREJECTED, nil,
					map[string]string{userverify.CodePhoneFormat: check.Pass, userverify.CodePhoneCountry: check.Fail}},
				{"AnUnknownCountryIsRejected", test, seller(func(i *userverify.Input) { i.Country = "XX" }), userverification.StatusREJECTED, nil,
					map[string]string{userverify.CodeCountryKnown: check.Fail}},
				{"MagicNameRejected", test, seller(func(i *userverify.Input) { i.Name = "rejected" }), userverification.StatusREJECTED, nil,
					map[string]string{"sandbox": check.Fail}},
				{"MagicNameReview", test, seller(func(i *userverify.Input) { i.Name = "Review" }), userverification.StatusREVIEW, &basic,
					map[string]string{"sandbox": check.Review}},
				{"MagicNameVerifiedOverridesTheChecks", test, seller(func(i *userverify.Input) { i.Name, i.Email = "Verified", "x@mailinator.com" }), userverification.StatusVERIFIED, &enhanced,
					map[string]string{"sandbox": check.Pass, userverify.CodeEmailDomain: check.Review}},
				{"MagicPhoneReview", test, seller(func(i *userverify.Input) { i.Country, i.Phone = "US", "+1 500 555 0006" }), userverification.StatusREVIEW, &basic,
					map[string]string{"sandbox": check.Review}},
				{"MagicPhoneRejected", test, seller(func(i *userverify.Input) { i.Country, i.Phone = "US", "+15005550001" }), userverification.StatusREJECTED, nil,
					map[string]string{"sandbox": check.Fail}},
				{"LiveIgnoresTheMagicName", live, seller(func(i *userverify.Input) { i.Name = "Rejected" }), userverification.StatusVERIFIED, &enhanced,
					map[string]string{"sandbox": ""}},
				{"LiveIgnoresTheMagicPhone", live, seller(func(i *userverify.Input) { i.Country, i.Phone = "US", "+15005550006" }), userverification.StatusVERIFIED, &enhanced,
					map[string]string{"sandbox": ""}},
				{"APortalSessionIsTheSandbox", testkit.Owner(tn.ID), seller(func(i *userverify.Input) { i.Name = "Rejected" }), userverification.StatusREJECTED, nil,
					map[string]string{"sandbox": check.Fail}},
			} {
				t.Run(c.name, func(t *testing.T) {
					got, err := svc.Verify(c.ctx, c.in)
					if err != nil {
						t.Fatal(err)
					}
					if got.Status != c.status || (got.Level == nil) != (c.level == nil) || (got.Level != nil && *got.Level != *c.level) || !strings.HasPrefix(got.ID, "usv_") {
						t.Fatalf("verification %s: %s %v %+v; want %s %v", got.ID, got.Status, got.Level, got.Checks, c.status, c.level)
					}
					for code, want := range c.checks {
						if r := resultOf(got.Checks, code); r != want {
							t.Errorf("check %s = %q, want %q (%+v)", code, r, want, got.Checks)
						}
					}
				})
			}
		})

		t.Run("ValidationNamesTheField", func(t *testing.T) {
			for _, c := range []struct {
				name, field string
				in          userverify.Input
			}{
				{"MissingEmail", "email", seller(func(i *userverify.Input) { i.Email = " " })},
				{"MissingPhone", "phone", seller(func(i *userverify.Input) { i.Phone = "" })},
				{"MissingName", "name", seller(func(i *userverify.Input) { i.Name = "" })},
				{"MissingCountry", "country", seller(func(i *userverify.Input) { i.Country = "" })},
				{"ThreeLetterCountry", "country", seller(func(i *userverify.Input) { i.Country = "DEU" })},
				{"UnknownRole", "role", seller(func(i *userverify.Input) { i.Role = "admin" })},
				{"LongName", "name", seller(func(i *userverify.Input) { i.Name = strings.Repeat("a", 401) })},
			} {
				t.Run(c.name, func(t *testing.T) {
					_, err := svc.Verify(test, c.in)
					testkit.WantFault(t, err, fault.Invalid, c.field)
				})
			}
		})

		t.Run("AViewerCannotVerify", func(t *testing.T) {
			_, err := svc.Verify(tn.As(membership.RoleVIEWER), seller(nil))
			testkit.WantFault(t, err, fault.Forbidden, "")
		})
	})
}

func TestRunWithoutAScreeningListSendsToReview(t *testing.T) {
	got := userverify.Run(nil, userverify.Input{Email: "a@b.example", Phone: "+4930123456", Name: "Ana", Country: "DE"})
	if status, level := userverify.Decide(got); status != userverify.StatusReview || level != userverify.LevelBasic {
		t.Fatalf("without a list: %s %s %+v", status, level, got)
	}
}

func TestEveryCountryHasACallingCode(t *testing.T) {
	for _, c := range country.All() {
		res := userverify.Run(screening.Demo(), userverify.Input{Email: "a@b.example", Phone: "+1234567890123", Name: "Ana", Country: c.Code})
		for _, r := range res {
			if r.Code == userverify.CodePhoneCountry && strings.Contains(r.Message, "no calling code") {
				t.Errorf("%s (%s) has no calling code", c.Code, c.Name)
			}
		}
	}
}
