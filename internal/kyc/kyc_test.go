package kyc_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	entevent "github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/kyccheck"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/finding"
	"github.com/keybs/platform/internal/kyc"
	"github.com/keybs/platform/internal/screening"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
)

// person is a valid input: a 30-year-old with a well-formed GB passport.
func person() kyc.Input {
	return kyc.Input{FirstName: "Ada", LastName: "Lovelace", DateOfBirth: "1996-11-23", Country: "gb",
		DocumentType: "passport", DocumentNumber: "123 456 789", Reference: "cust-1"}
}

func with(change func(*kyc.Input)) kyc.Input { in := person(); change(&in); return in }

// resultOf finds the named check's result.
func resultOf(c *ent.KYCCheck, name string) string {
	for _, f := range c.Checks {
		if f.Name == name {
			return f.Result
		}
	}
	return ""
}

func TestAge(t *testing.T) {
	today := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		dob  time.Time
		want int
	}{
		{"BirthdayTodayCountsTheYear", time.Date(2008, 3, 10, 0, 0, 0, 0, time.UTC), 18},
		{"BirthdayTomorrowDoesNot", time.Date(2008, 3, 11, 0, 0, 0, 0, time.UTC), 17},
		{"EarlierMonthCounts", time.Date(2008, 2, 28, 0, 0, 0, 0, time.UTC), 18},
		{"LaterMonthDoesNot", time.Date(2008, 4, 1, 0, 0, 0, 0, time.UTC), 17},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := kyc.Age(c.dob, today); got != c.want {
				t.Fatalf("Age = %d, want %d", got, c.want)
			}
		})
	}
}

func TestScreeningWithoutAList(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		svc := kyc.NewService(db.Client, testkit.Bus(t, db, url), testkit.NewClock(testkit.Epoch).Now, nil)
		tn := testkit.MustTenant(t, db.Client, "nolist", membership.RoleOWNER)
		got, err := svc.Verify(testkit.APIKey(tn.ID, environment.Live, "kyc:verify"), person())
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != kyccheck.StatusREVIEW || resultOf(got, "sanctions_pep_screening") != finding.Review {
			t.Fatalf("without a list: status %s, checks %+v; want review, never a silent pass", got.Status, got.Checks)
		}
	})
}

func TestVerify(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		clock := testkit.NewClock(testkit.Epoch)
		svc := kyc.NewService(db.Client, testkit.Bus(t, db, url), clock.Now, screening.Demo())
		tn := testkit.MustTenant(t, db.Client, "kyc", membership.RoleOWNER, membership.RoleVIEWER)
		testKey := testkit.APIKey(tn.ID, environment.Test, "kyc:verify")
		liveKey := testkit.APIKey(tn.ID, environment.Live, "kyc:verify")

		for _, c := range []struct {
			name       string
			ctx        context.Context
			in         kyc.Input
			wantStatus kyccheck.Status
			wantChecks map[string]string
		}{
			{"AWellFormedAdultIsVerified", testKey, person(), kyccheck.StatusVERIFIED,
				map[string]string{"document_format": finding.Pass, "age": finding.Pass, "sanctions_pep_screening": finding.Pass}},
			{"AListedNameGoesToReview", testKey, with(func(i *kyc.Input) { i.FirstName, i.LastName = "Ivan", "Sidorov" }), kyccheck.StatusREVIEW,
				map[string]string{"sanctions_pep_screening": finding.Review, "document_format": finding.Pass}},
			{"AListedNameInCyrillicGoesToReview", liveKey, with(func(i *kyc.Input) { i.FirstName, i.LastName = "Ольга", "Смирнова" }), kyccheck.StatusREVIEW,
				map[string]string{"sanctions_pep_screening": finding.Review}},
			{"ANearlyListedNameBelowTheThresholdPasses", testKey, with(func(i *kyc.Input) { i.FirstName, i.LastName = "Ivan", "Sidorenko" }), kyccheck.StatusVERIFIED,
				map[string]string{"sanctions_pep_screening": finding.Pass}},
			{"AFailureOutranksAScreeningHit", testKey, with(func(i *kyc.Input) { i.FirstName, i.LastName, i.DateOfBirth = "Ivan", "Sidorov", "2012-02-02" }), kyccheck.StatusREJECTED,
				map[string]string{"sanctions_pep_screening": finding.Review, "age": finding.Fail}},
			{"AMalformedDocumentIsRejected", testKey, with(func(i *kyc.Input) { i.DocumentNumber = "12345678X" }), kyccheck.StatusREJECTED,
				map[string]string{"document_format": finding.Fail, "age": finding.Pass}},
			{"AMinorIsRejected", testKey, with(func(i *kyc.Input) { i.DateOfBirth = "2010-01-01" }), kyccheck.StatusREJECTED,
				map[string]string{"document_format": finding.Pass, "age": finding.Fail}},
			{"EighteenTodayIsOldEnough", testKey, with(func(i *kyc.Input) { i.DateOfBirth = "2008-11-23" }), kyccheck.StatusVERIFIED,
				map[string]string{"age": finding.Pass}},
			{"ASpanishDNIWithItsControlLetterIsVerified", testKey,
				with(func(i *kyc.Input) { i.Country, i.DocumentType, i.DocumentNumber = "ES", "national_id", "12345678Z" }),
				kyccheck.StatusVERIFIED, map[string]string{"document_format": finding.Pass}},
			{"ASpanishDNIWithTheWrongControlLetterIsRejected", testKey,
				with(func(i *kyc.Input) { i.Country, i.DocumentType, i.DocumentNumber = "ES", "national_id", "12345678A" }),
				kyccheck.StatusREJECTED, map[string]string{"document_format": finding.Fail}},
			{"AnUnknownCountryFormatFallsBackToTheGenericOne", testKey,
				with(func(i *kyc.Input) { i.Country, i.DocumentNumber = "KE", "AB12345" }),
				kyccheck.StatusVERIFIED, map[string]string{"document_format": finding.Pass}},
			{"MagicRejectedForcesRejectedInTest", testKey, with(func(i *kyc.Input) { i.LastName = "Rejected" }), kyccheck.StatusREJECTED,
				map[string]string{"sandbox": finding.Fail, "document_format": finding.Pass}},
			{"MagicReviewForcesReviewInTest", testKey, with(func(i *kyc.Input) { i.LastName = "review" }), kyccheck.StatusREVIEW,
				map[string]string{"sandbox": finding.Review}},
			{"MagicPendingLeavesThePendingInTest", testKey, with(func(i *kyc.Input) { i.LastName = "PENDING" }), kyccheck.StatusPENDING,
				map[string]string{"sandbox": finding.Review}},
			{"MagicVerifiedForcesVerifiedOverAFailure", testKey, with(func(i *kyc.Input) { i.LastName, i.DateOfBirth = "Verified", "2012-01-01" }),
				kyccheck.StatusVERIFIED, map[string]string{"sandbox": finding.Pass, "age": finding.Fail}},
			{"LiveKeysNeverHonourMagicNames", liveKey, with(func(i *kyc.Input) { i.LastName = "Rejected" }), kyccheck.StatusVERIFIED,
				map[string]string{"sandbox": "", "document_format": finding.Pass}},
			{"APortalSessionActsInTheSandbox", tn.As(membership.RoleOWNER), with(func(i *kyc.Input) { i.LastName = "Rejected" }),
				kyccheck.StatusREJECTED, map[string]string{"sandbox": finding.Fail}},
		} {
			t.Run(c.name, func(t *testing.T) {
				got, err := svc.Verify(c.ctx, c.in)
				if err != nil {
					t.Fatal(err)
				}
				if got.Status != c.wantStatus {
					t.Fatalf("status %s, want %s (checks %+v)", got.Status, c.wantStatus, got.Checks)
				}
				for name, want := range c.wantChecks {
					if r := resultOf(got, name); r != want {
						t.Errorf("check %s = %q, want %q", name, r, want)
					}
				}
				if (got.DecidedAt == nil) != (c.wantStatus == kyccheck.StatusPENDING) {
					t.Errorf("decided_at %v with status %s", got.DecidedAt, got.Status)
				}
			})
		}

		t.Run("OnlyTheLastFourDocumentCharactersAreKept", func(t *testing.T) {
			got, err := svc.Verify(testKey, person())
			if err != nil {
				t.Fatal(err)
			}
			if got.DocumentLast4 != "6789" || got.Country != "GB" || got.DocumentType != kyccheck.DocumentTypePASSPORT {
				t.Fatalf("stored %q %q %q", got.DocumentLast4, got.Country, got.DocumentType)
			}
		})

		t.Run("EachValidationFailureNamesItsField", func(t *testing.T) {
			for _, c := range []struct {
				field  string
				change func(*kyc.Input)
			}{
				{"first_name", func(i *kyc.Input) { i.FirstName = "  " }},
				{"last_name", func(i *kyc.Input) { i.LastName = "" }},
				{"date_of_birth", func(i *kyc.Input) { i.DateOfBirth = "" }},
				{"date_of_birth", func(i *kyc.Input) { i.DateOfBirth = "23/11/1996" }},
				{"date_of_birth", func(i *kyc.Input) { i.DateOfBirth = "2026-11-24" }},
				{"date_of_birth", func(i *kyc.Input) { i.DateOfBirth = "1880-01-01" }},
				{"country", func(i *kyc.Input) { i.Country = "" }},
				{"country", func(i *kyc.Input) { i.Country = "XX" }},
				{"document_type", func(i *kyc.Input) { i.DocumentType = "" }},
				{"document_type", func(i *kyc.Input) { i.DocumentType = "library_card" }},
				{"document_number", func(i *kyc.Input) { i.DocumentNumber = " - " }},
				{"document_number", func(i *kyc.Input) { i.DocumentNumber = fmt.Sprintf("%041d", 1) }},
				{"reference", func(i *kyc.Input) { i.Reference = fmt.Sprintf("%0401d", 1) }},
			} {
				t.Run(c.field, func(t *testing.T) {
					_, err := svc.Verify(testKey, with(c.change))
					testkit.WantFault(t, err, fault.Invalid, c.field)
				})
			}
		})

		t.Run("AViewerCannotRunAChecks", func(t *testing.T) {
			_, err := svc.Verify(tn.As(membership.RoleVIEWER), person())
			testkit.WantFault(t, err, fault.Forbidden, "")
		})
	})
}

func TestGetAndComplete(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		clock := testkit.NewClock(testkit.Epoch)
		svc := kyc.NewService(db.Client, testkit.Bus(t, db, url), clock.Now, screening.Demo())
		tn := testkit.MustTenant(t, db.Client, "kyc", membership.RoleOWNER)
		other := testkit.MustTenant(t, db.Client, "other", membership.RoleOWNER)
		testKey := testkit.APIKey(tn.ID, environment.Test, "kyc:verify")
		liveKey := testkit.APIKey(tn.ID, environment.Live, "kyc:verify")
		pending := func(t *testing.T) *ent.KYCCheck {
			t.Helper()
			c, err := svc.Verify(testKey, with(func(i *kyc.Input) { i.LastName = "Pending" }))
			if err != nil {
				t.Fatal(err)
			}
			return c
		}

		t.Run("GetReadsTheCallersCheck", func(t *testing.T) {
			c := pending(t)
			got, err := svc.Get(testKey, c.ID)
			if err != nil || got.ID != c.ID {
				t.Fatalf("Get = %v, %v", got, err)
			}
		})
		t.Run("AnotherTenantsOrEnvironmentsCheckIsNotFound", func(t *testing.T) {
			c := pending(t)
			for _, ctx := range []context.Context{liveKey, testkit.APIKey(other.ID, environment.Test, "kyc:verify")} {
				_, err := svc.Get(ctx, c.ID)
				testkit.WantFault(t, err, fault.NotFound, "")
				_, err = svc.Complete(ctx, c.ID, "")
				if !fault.Is(err, fault.NotFound) && !fault.Is(err, fault.Forbidden) {
					t.Fatalf("Complete = %v, want not_found or forbidden", err)
				}
			}
		})
		t.Run("CompletionTable", func(t *testing.T) {
			for _, c := range []struct {
				name     string
				magic    string
				to       string
				want     kyccheck.Status
				wantKind fault.Kind
			}{
				{"PendingCompletesAsVerifiedByDefault", "Pending", "", kyccheck.StatusVERIFIED, ""},
				{"PendingCompletesAsRejected", "Pending", "rejected", kyccheck.StatusREJECTED, ""},
				{"ReviewCompletesAsVerified", "Review", "verified", kyccheck.StatusVERIFIED, ""},
				{"VerifiedCannotBeCompletedAgain", "Lovelace", "", "", fault.Conflict},
				{"RejectedCannotBeCompletedAgain", "Rejected", "verified", "", fault.Conflict},
				{"AnUnknownStatusIsAValidationError", "Pending", "review", "", fault.Invalid},
			} {
				t.Run(c.name, func(t *testing.T) {
					made, err := svc.Verify(testKey, with(func(i *kyc.Input) { i.LastName = c.magic }))
					if err != nil {
						t.Fatal(err)
					}
					clock.Advance(time.Minute)
					got, err := svc.Complete(testKey, made.ID, c.to)
					if c.wantKind != "" {
						testkit.WantFault(t, err, c.wantKind, "")
						return
					}
					if err != nil {
						t.Fatal(err)
					}
					if got.Status != c.want || got.DecidedAt == nil || !got.DecidedAt.Equal(clock.Now()) {
						t.Fatalf("completed to %s at %v, want %s at %v", got.Status, got.DecidedAt, c.want, clock.Now())
					}
				})
			}
		})
		t.Run("LiveKeysCannotUseTheTestHelper", func(t *testing.T) {
			_, err := svc.Complete(liveKey, pending(t).ID, "")
			testkit.WantFault(t, err, fault.Forbidden, "")
		})
		t.Run("ConcurrentCompletionsDecideOnce", func(t *testing.T) {
			c := pending(t)
			errs := testkit.Concurrently(4, func(int) error { _, err := svc.Complete(testKey, c.ID, ""); return err })
			testkit.WantOneWinner(t, errs, fault.Conflict)
		})
		t.Run("EveryStatusIsAnEventInTheOutbox", func(t *testing.T) {
			c := pending(t)
			if _, err := svc.Complete(testKey, c.ID, "rejected"); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range db.Client.Event.Query().Where(entevent.TypeEQ(kyc.EventStatusChanged)).Order(ent.Asc(entevent.FieldCreatedAt), ent.Asc(entevent.FieldID)).AllX(testkit.System()) {
				if e.Payload["kyc_id"] == c.ID {
					got = append(got, fmt.Sprintf("%v>%v", e.Payload["previous_status"], e.Payload["status"]))
					if e.TenantID != tn.ID || e.Environment != environment.Test || e.Payload["reference"] != "cust-1" {
						t.Errorf("event %s: tenant %s env %s reference %v", e.ID, e.TenantID, e.Environment, e.Payload["reference"])
					}
				}
			}
			if want := []string{"<nil>>pending", "pending>rejected"}; !slices.Equal(got, want) {
				t.Fatalf("events %v, want %v", got, want)
			}
		})
	})
}
