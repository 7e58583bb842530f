package tenancy

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/tenant"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
)

type harness struct {
	db    *database.DB
	clock *testkit.Clock
	svc   *Service
	seq   atomic.Int64
}

func newHarness(t *testing.T, url string) *harness {
	t.Helper()
	db := testkit.Open(t, url)
	c := testkit.NewClock(testkit.Epoch)
	return &harness{db: db, clock: c, svc: NewService(db.Client, c.Now)}
}

// tenant makes a tenant with a member of every role whose KYC status is kyc.
func (h *harness) tenant(t *testing.T, kyc tenant.KycStatus) testkit.Tenant {
	t.Helper()
	tn := testkit.MustTenant(t, h.db.Client, fmt.Sprintf("t%d", h.seq.Add(1)),
		membership.RoleOWNER, membership.RoleADMIN, membership.RoleDEVELOPER, membership.RoleVIEWER)
	h.db.Client.Tenant.UpdateOneID(tn.ID).SetKycStatus(kyc).ExecX(testkit.System())
	return tn
}

func (h *harness) load(t *testing.T, id string) *ent.Tenant {
	t.Helper()
	return h.db.Client.Tenant.GetX(testkit.System(), id)
}

func (h *harness) audits(t *testing.T, tenantID, action string) []*ent.AuditLog {
	t.Helper()
	return h.db.Client.AuditLog.Query().Where(auditlog.TenantID(tenantID), auditlog.Action(action)).AllX(testkit.System())
}

func goodKYC() KYCDetails {
	return KYCDetails{LegalName: "Acme Trading Co. Ltd", RegistrationNumber: "12345678", Country: "gb",
		Address: "1 High Street, London", ContactName: "Ann Owner", ContactEmail: "compliance@acme.example"}
}

func TestSlugify(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"LowerCasesAndJoinsWordsWithDashes", "Acme Trading Co", "acme-trading-co"},
		{"RunsOfPunctuationBecomeOneDash", "Acme -- & ++ Sons!!", "acme-sons"},
		{"LeadingAndTrailingPunctuationIsDropped", "  ...Acme...  ", "acme"},
		{"DigitsAreKept", "4Chan 2026", "4chan-2026"},
		{"NonASCIILettersSeparateWords", "Überweisung Straße", "berweisung-stra-e"},
		{"NothingUsableIsOrg", "!!! ???", "org"},
		{"EmptyIsOrg", "", "org"},
		{"ItStopsAtFortyCharacters", strings.Repeat("abcdefghij", 6), strings.Repeat("abcdefghij", 4)},
		{"ADashAtTheCutIsDropped", strings.Repeat("a", 39) + " b", strings.Repeat("a", 39)},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := slugify(c.in); got != c.want {
				t.Fatalf("slugify(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestCreate(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		user := func(email string) *ent.User {
			return h.db.Client.User.Create().SetEmail(email).SetName("Ann").SetPasswordHash("x").SaveX(testkit.System())
		}
		t.Run("AcceptingTermsAtSignUpRecordsThem", func(t *testing.T) {
			owner := user("ann@acme.example")
			tn, err := Create(context.Background(), h.db.Client, NewTenant{Name: "Acme Trading", Industry: industry.Payments,
				Owner: owner, AcceptTerms: true, Now: testkit.Epoch})
			if err != nil {
				t.Fatal(err)
			}
			got := h.load(t, tn.ID)
			if got.Name != "Acme Trading" || got.Industry != industry.Payments || got.KycStatus != tenant.KycStatusNOT_STARTED {
				t.Fatalf("tenant %+v", got)
			}
			if want := "acme-trading-" + tn.ID[len(tn.ID)-6:]; got.Slug != want {
				t.Fatalf("slug %q, want %q", got.Slug, want)
			}
			if got.TermsVersion == nil || *got.TermsVersion != CurrentTerms.Version || got.TermsAcceptedAt == nil ||
				!got.TermsAcceptedAt.Equal(testkit.Epoch) || got.TermsAcceptedBy == nil || *got.TermsAcceptedBy != owner.ID {
				t.Fatalf("terms %v %v %v", got.TermsVersion, got.TermsAcceptedAt, got.TermsAcceptedBy)
			}
			m := got.QueryMemberships().OnlyX(testkit.System())
			if m.UserID != owner.ID || m.Role != membership.RoleOWNER {
				t.Fatalf("membership %+v", m)
			}
			app := h.db.Client.Application.Query().OnlyX(viewer.NewContext(context.Background(),
				&viewer.Principal{UserID: owner.ID, TenantID: tn.ID, Role: viewer.RoleOwner}))
			if !app.IsDefault || app.Industry != industry.Payments {
				t.Fatalf("default application %+v", app)
			}
			entries := h.audits(t, tn.ID, "terms.accepted")
			if len(entries) != 1 || entries[0].ActorID != owner.ID || entries[0].ActorType != auditlog.ActorTypeUSER ||
				entries[0].Metadata["version"] != CurrentTerms.Version {
				t.Fatalf("audit %+v", entries)
			}
		})
		t.Run("WithoutTermsNothingIsAccepted", func(t *testing.T) {
			tn, err := Create(context.Background(), h.db.Client, NewTenant{Name: "Globex", Industry: industry.Other,
				Owner: user("bob@globex.example"), Now: testkit.Epoch})
			if err != nil {
				t.Fatal(err)
			}
			got := h.load(t, tn.ID)
			if got.TermsVersion != nil || got.TermsAcceptedAt != nil || got.TermsAcceptedBy != nil {
				t.Fatalf("terms recorded without acceptance: %+v", got)
			}
			if n := len(h.audits(t, tn.ID, "terms.accepted")); n != 0 {
				t.Fatalf("%d terms.accepted entries", n)
			}
		})
		t.Run("TheSameNameGetsADistinctSlug", func(t *testing.T) {
			a, err := Create(context.Background(), h.db.Client, NewTenant{Name: "Initech", Industry: industry.Fintech, Owner: user("a@initech.example")})
			if err != nil {
				t.Fatal(err)
			}
			b, err := Create(context.Background(), h.db.Client, NewTenant{Name: "Initech", Industry: industry.Fintech, Owner: user("b@initech.example")})
			if err != nil {
				t.Fatal(err)
			}
			if a.Slug == b.Slug || !strings.HasPrefix(a.Slug, "initech-") || !strings.HasPrefix(b.Slug, "initech-") {
				t.Fatalf("slugs %q and %q", a.Slug, b.Slug)
			}
		})
		t.Run("ItFailsCleanlyInsideARolledBackSignUp", func(t *testing.T) {
			owner := user("carol@hooli.example")
			var id string
			err := database.WithTx(context.Background(), h.db.Client, func(tx *ent.Tx) error {
				tn, err := Create(context.Background(), tx.Client(), NewTenant{Name: "Hooli", Industry: industry.Fintech, Owner: owner, AcceptTerms: true})
				if err != nil {
					return err
				}
				id = tn.ID
				return fault.New(fault.Conflict, "the sign-up failed later")
			})
			if !fault.Is(err, fault.Conflict) || id == "" {
				t.Fatalf("WithTx = %v", err)
			}
			if h.db.Client.Tenant.Query().Where(tenant.ID(id)).ExistX(testkit.System()) ||
				len(h.audits(t, id, "terms.accepted")) != 0 {
				t.Fatal("a rolled-back sign-up left its tenant or audit entry")
			}
		})
	})
}

func TestAcceptTerms(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		t.Run("AnOwnerOrAdminAcceptsTheCurrentVersion", func(t *testing.T) {
			for _, role := range []membership.Role{membership.RoleOWNER, membership.RoleADMIN} {
				tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
				got, err := h.svc.AcceptTerms(tn.As(role), CurrentTerms.Version)
				if err != nil {
					t.Fatalf("%s: %v", role, err)
				}
				if *got.TermsVersion != CurrentTerms.Version || !got.TermsAcceptedAt.Equal(testkit.Epoch) || *got.TermsAcceptedBy != tn.Users[role].ID {
					t.Fatalf("%s: terms %v %v %v", role, *got.TermsVersion, got.TermsAcceptedAt, *got.TermsAcceptedBy)
				}
				entries := h.audits(t, tn.ID, "terms.accepted")
				if len(entries) != 1 || entries[0].ActorID != tn.Users[role].ID || entries[0].Metadata["version"] != CurrentTerms.Version {
					t.Fatalf("%s: audit %+v", role, entries)
				}
			}
		})
		t.Run("OutdatedTermsAreReplacedByTheCurrentOnes", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusVERIFIED)
			h.db.Client.Tenant.UpdateOneID(tn.ID).SetTermsVersion("2025-01-01").SetTermsAcceptedAt(testkit.Epoch.AddDate(-1, 0, 0)).ExecX(testkit.System())
			h.clock.Advance(time.Hour)
			got, err := h.svc.AcceptTerms(tn.As(membership.RoleOWNER), CurrentTerms.Version)
			if err != nil {
				t.Fatal(err)
			}
			if *got.TermsVersion != CurrentTerms.Version || !got.TermsAcceptedAt.Equal(h.clock.Now()) {
				t.Fatalf("terms %v at %v", *got.TermsVersion, got.TermsAcceptedAt)
			}
		})
		t.Run("AcceptingAgainRecordsTheNewAcceptance", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
			if _, err := h.svc.AcceptTerms(tn.As(membership.RoleOWNER), CurrentTerms.Version); err != nil {
				t.Fatal(err)
			}
			h.clock.Advance(time.Minute)
			got, err := h.svc.AcceptTerms(tn.As(membership.RoleADMIN), CurrentTerms.Version)
			if err != nil {
				t.Fatal(err)
			}
			if *got.TermsAcceptedBy != tn.Users[membership.RoleADMIN].ID || !got.TermsAcceptedAt.Equal(h.clock.Now()) || len(h.audits(t, tn.ID, "terms.accepted")) != 2 {
				t.Fatalf("second acceptance %v by %v", got.TermsAcceptedAt, *got.TermsAcceptedBy)
			}
		})
		for _, v := range []string{"2020-01-01", "", "latest", CurrentTerms.Version + " "} {
			t.Run("AnotherVersionIsInvalidAndChangesNothing/"+v, func(t *testing.T) {
				tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
				_, err := h.svc.AcceptTerms(tn.As(membership.RoleOWNER), v)
				testkit.WantFault(t, err, fault.Invalid, "version")
				if got := h.load(t, tn.ID); got.TermsVersion != nil || len(h.audits(t, tn.ID, "terms.accepted")) != 0 {
					t.Fatalf("a refused version was recorded: %v", got.TermsVersion)
				}
			})
		}
		tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
		for _, c := range []struct {
			name string
			ctx  context.Context
			kind fault.Kind
		}{
			{"ADeveloperIsForbidden", tn.As(membership.RoleDEVELOPER), fault.Forbidden},
			{"AViewerIsForbidden", tn.As(membership.RoleVIEWER), fault.Forbidden},
			{"AnAPIKeyIsForbidden", testkit.APIKey(tn.ID, environment.Live), fault.Forbidden},
			{"StaffAreForbidden", testkit.Staff(viewer.StaffOps), fault.Forbidden},
			{"AnonymousIsUnauthorized", context.Background(), fault.Unauthorized},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, err := h.svc.AcceptTerms(c.ctx, CurrentTerms.Version)
				testkit.WantFault(t, err, c.kind, "")
				if h.load(t, tn.ID).TermsVersion != nil {
					t.Fatal("a refused caller accepted the terms")
				}
			})
		}
	})
}

// kycAction is one step a KYC status may take.
type kycAction struct {
	name string
	run  func(h *harness, tn testkit.Tenant) (*ent.Tenant, error)
}

var (
	submit = kycAction{"Submit", func(h *harness, tn testkit.Tenant) (*ent.Tenant, error) {
		return h.svc.SubmitKYC(tn.As(membership.RoleADMIN), goodKYC())
	}}
	approve = kycAction{"Approve", func(h *harness, tn testkit.Tenant) (*ent.Tenant, error) {
		return h.svc.ReviewKYC(testkit.Staff(viewer.StaffOps), tn.ID, Approve, "")
	}}
	reject = kycAction{"Reject", func(h *harness, tn testkit.Tenant) (*ent.Tenant, error) {
		return h.svc.ReviewKYC(testkit.Staff(viewer.StaffSeniorAnalyst), tn.ID, Reject, "The registration number does not match.")
	}}
)

// TestKYCTransitions tries every action from every status: the legal ones
// move the status and are audited; the illegal ones are a conflict that
// changes nothing.
func TestKYCTransitions(t *testing.T) {
	const refused = tenant.KycStatus("")
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		for _, c := range []struct {
			from   tenant.KycStatus
			action kycAction
			to     tenant.KycStatus
		}{
			{tenant.KycStatusNOT_STARTED, submit, tenant.KycStatusSUBMITTED},
			{tenant.KycStatusNOT_STARTED, approve, refused},
			{tenant.KycStatusNOT_STARTED, reject, refused},
			{tenant.KycStatusSUBMITTED, submit, refused},
			{tenant.KycStatusSUBMITTED, approve, tenant.KycStatusVERIFIED},
			{tenant.KycStatusSUBMITTED, reject, tenant.KycStatusREJECTED},
			{tenant.KycStatusVERIFIED, submit, refused},
			{tenant.KycStatusVERIFIED, approve, refused},
			{tenant.KycStatusVERIFIED, reject, refused},
			{tenant.KycStatusREJECTED, submit, tenant.KycStatusSUBMITTED},
			{tenant.KycStatusREJECTED, approve, refused},
			{tenant.KycStatusREJECTED, reject, refused},
		} {
			outcome := "Makes" + string(c.to)
			if c.to == refused {
				outcome = "IsAConflict"
			}
			t.Run(string(c.from)+"/"+c.action.name+outcome, func(t *testing.T) {
				tn := h.tenant(t, c.from)
				before := h.load(t, tn.ID)
				n := h.db.Client.AuditLog.Query().Where(auditlog.TenantID(tn.ID)).CountX(testkit.System())
				got, err := c.action.run(h, tn)
				after := h.load(t, tn.ID)
				if c.to == refused {
					testkit.WantFault(t, err, fault.Conflict, "")
					if after.KycStatus != c.from || after.KycLegalName != before.KycLegalName || after.KycReviewedAt != nil {
						t.Fatalf("a refused %s changed the tenant: %+v", c.action.name, after)
					}
					if m := h.db.Client.AuditLog.Query().Where(auditlog.TenantID(tn.ID)).CountX(testkit.System()); m != n {
						t.Fatalf("a refused %s was audited", c.action.name)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if got.KycStatus != c.to || after.KycStatus != c.to {
					t.Fatalf("status %s (stored %s), want %s", got.KycStatus, after.KycStatus, c.to)
				}
			})
		}
	})
}

func TestSubmitKYC(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		t.Run("TheDetailsAreStoredNormalisedAndAudited", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
			in := goodKYC()
			in.LegalName, in.ContactEmail = "  Acme Trading Co. Ltd ", " compliance@acme.example "
			got, err := h.svc.SubmitKYC(tn.As(membership.RoleOWNER), in)
			if err != nil {
				t.Fatal(err)
			}
			if got.KycLegalName != "Acme Trading Co. Ltd" || got.KycCountry != "GB" || got.KycContactEmail != "compliance@acme.example" ||
				got.KycRegistrationNumber != "12345678" || got.KycAddress != "1 High Street, London" || got.KycContactName != "Ann Owner" {
				t.Fatalf("details %+v", got)
			}
			if got.KycSubmittedAt == nil || !got.KycSubmittedAt.Equal(testkit.Epoch) {
				t.Fatalf("submitted at %v", got.KycSubmittedAt)
			}
			entries := h.audits(t, tn.ID, "kyc.submitted")
			if len(entries) != 1 || entries[0].ActorID != tn.Users[membership.RoleOWNER].ID || entries[0].Metadata["country"] != "GB" {
				t.Fatalf("audit %+v", entries)
			}
		})
		t.Run("ResubmittingAfterARejectionClearsTheReview", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusSUBMITTED)
			if _, err := reject.run(h, tn); err != nil {
				t.Fatal(err)
			}
			got, err := h.svc.SubmitKYC(tn.As(membership.RoleADMIN), goodKYC())
			if err != nil {
				t.Fatal(err)
			}
			if got.KycStatus != tenant.KycStatusSUBMITTED || got.KycReviewedAt != nil || got.KycReviewReason != nil {
				t.Fatalf("after resubmission: status %s reviewed %v reason %v", got.KycStatus, got.KycReviewedAt, got.KycReviewReason)
			}
		})
		for _, c := range []struct {
			name, field string
			change      func(*KYCDetails)
		}{
			{"AMissingLegalName", "legal_name", func(d *KYCDetails) { d.LegalName = "  " }},
			{"AMissingRegistrationNumber", "registration_number", func(d *KYCDetails) { d.RegistrationNumber = "" }},
			{"AMissingCountry", "country", func(d *KYCDetails) { d.Country = "" }},
			{"AMissingAddress", "address", func(d *KYCDetails) { d.Address = "" }},
			{"AMissingContactName", "contact_name", func(d *KYCDetails) { d.ContactName = "" }},
			{"AMissingContactEmail", "contact_email", func(d *KYCDetails) { d.ContactEmail = "" }},
			{"AnOverlongLegalName", "legal_name", func(d *KYCDetails) { d.LegalName = strings.Repeat("é", 201) }},
			{"AnOverlongAddress", "address", func(d *KYCDetails) { d.Address = strings.Repeat("a", 501) }},
			{"AThreeLetterCountry", "country", func(d *KYCDetails) { d.Country = "GBR" }},
			{"AnUnknownCountry", "country", func(d *KYCDetails) { d.Country = "XX" }},
			{"ABadEmail", "contact_email", func(d *KYCDetails) { d.ContactEmail = "compliance at acme" }},
		} {
			t.Run(c.name+"IsInvalidAndChangesNothing", func(t *testing.T) {
				tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
				in := goodKYC()
				c.change(&in)
				_, err := h.svc.SubmitKYC(tn.As(membership.RoleOWNER), in)
				testkit.WantFault(t, err, fault.Invalid, c.field)
				if got := h.load(t, tn.ID); got.KycStatus != tenant.KycStatusNOT_STARTED || got.KycLegalName != "" {
					t.Fatalf("a refused submission changed the tenant: %+v", got)
				}
			})
		}
		tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
		for _, c := range []struct {
			name string
			ctx  context.Context
			kind fault.Kind
		}{
			{"ADeveloperIsForbidden", tn.As(membership.RoleDEVELOPER), fault.Forbidden},
			{"AViewerIsForbidden", tn.As(membership.RoleVIEWER), fault.Forbidden},
			{"AnAPIKeyIsForbidden", testkit.APIKey(tn.ID, environment.Live), fault.Forbidden},
			{"StaffAreForbidden", testkit.Staff(viewer.StaffOps), fault.Forbidden},
			{"AnonymousIsUnauthorized", context.Background(), fault.Unauthorized},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, err := h.svc.SubmitKYC(c.ctx, goodKYC())
				testkit.WantFault(t, err, c.kind, "")
				if h.load(t, tn.ID).KycStatus != tenant.KycStatusNOT_STARTED {
					t.Fatal("a refused caller submitted KYC")
				}
			})
		}
		t.Run("OfTwoConcurrentSubmissionsOneWins", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
			errs := testkit.Concurrently(2, func(i int) error {
				_, err := h.svc.SubmitKYC(tn.As([]membership.Role{membership.RoleOWNER, membership.RoleADMIN}[i]), goodKYC())
				return err
			})
			testkit.WantOneWinner(t, errs, fault.Conflict)
			if n := len(h.audits(t, tn.ID, "kyc.submitted")); n != 1 {
				t.Fatalf("%d submissions audited, want 1", n)
			}
		})
	})
}

func TestReviewKYC(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		t.Run("ARejectionKeepsItsReasonAndIsAuditedAsStaff", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusSUBMITTED)
			h.clock.Advance(time.Hour)
			got, err := h.svc.ReviewKYC(testkit.Staff(viewer.StaffOps), tn.ID, Reject, "  Address does not match.  ")
			if err != nil {
				t.Fatal(err)
			}
			if got.KycStatus != tenant.KycStatusREJECTED || got.KycReviewReason == nil || *got.KycReviewReason != "Address does not match." ||
				got.KycReviewedAt == nil || !got.KycReviewedAt.Equal(h.clock.Now()) {
				t.Fatalf("review %s %v %v", got.KycStatus, got.KycReviewReason, got.KycReviewedAt)
			}
			entries := h.audits(t, tn.ID, "kyc.reviewed")
			if len(entries) != 1 || entries[0].ActorType != auditlog.ActorTypeSTAFF || entries[0].ActorID != "usr_staff_ops" ||
				entries[0].Metadata["decision"] != "REJECT" || entries[0].Metadata["reason"] != "Address does not match." {
				t.Fatalf("audit %+v", entries)
			}
		})
		t.Run("AnApprovalNeedsNoReason", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusSUBMITTED)
			got, err := h.svc.ReviewKYC(testkit.Staff(viewer.StaffSeniorAnalyst), tn.ID, Approve, "  ")
			if err != nil {
				t.Fatal(err)
			}
			if got.KycStatus != tenant.KycStatusVERIFIED || got.KycReviewReason != nil {
				t.Fatalf("approval %s reason %v", got.KycStatus, got.KycReviewReason)
			}
		})
		for _, c := range []struct {
			name, field string
			decision    Decision
			reason      string
		}{
			{"ARejectionWithoutAReason", "reason", Reject, ""},
			{"ARejectionWithABlankReason", "reason", Reject, " \n\t "},
			{"AnOverlongReason", "reason", Reject, strings.Repeat("x", 1001)},
			{"AnUnknownDecision", "decision", "MAYBE", "why not"},
			{"ALowerCaseDecision", "decision", "approve", ""},
		} {
			t.Run(c.name+"IsInvalidAndChangesNothing", func(t *testing.T) {
				tn := h.tenant(t, tenant.KycStatusSUBMITTED)
				_, err := h.svc.ReviewKYC(testkit.Staff(viewer.StaffOps), tn.ID, c.decision, c.reason)
				testkit.WantFault(t, err, fault.Invalid, c.field)
				if got := h.load(t, tn.ID); got.KycStatus != tenant.KycStatusSUBMITTED || got.KycReviewedAt != nil {
					t.Fatalf("a refused review changed the tenant: %+v", got)
				}
			})
		}
		tn := h.tenant(t, tenant.KycStatusSUBMITTED)
		for _, c := range []struct {
			name string
			ctx  context.Context
			kind fault.Kind
		}{
			{"AnAnalystIsForbidden", testkit.Staff(viewer.StaffAnalyst), fault.Forbidden},
			{"TheTenantsOwnerIsForbidden", tn.As(membership.RoleOWNER), fault.Forbidden},
			{"AnAPIKeyIsForbidden", testkit.APIKey(tn.ID, environment.Live), fault.Forbidden},
			{"AnonymousIsUnauthorized", context.Background(), fault.Unauthorized},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, err := h.svc.ReviewKYC(c.ctx, tn.ID, Approve, "")
				testkit.WantFault(t, err, c.kind, "")
				if h.load(t, tn.ID).KycStatus != tenant.KycStatusSUBMITTED {
					t.Fatal("a refused caller reviewed KYC")
				}
			})
		}
		t.Run("AnUnknownTenantIsNotFound", func(t *testing.T) {
			_, err := h.svc.ReviewKYC(testkit.Staff(viewer.StaffOps), "tnt_01NOSUCHTENANT", Approve, "")
			testkit.WantFault(t, err, fault.NotFound, "")
		})
		t.Run("OfTwoConcurrentReviewsOneWins", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusSUBMITTED)
			errs := testkit.Concurrently(2, func(i int) error {
				_, err := []kycAction{approve, reject}[i].run(h, tn)
				return err
			})
			testkit.WantOneWinner(t, errs, fault.Conflict)
			if n := len(h.audits(t, tn.ID, "kyc.reviewed")); n != 1 {
				t.Fatalf("%d reviews audited, want 1", n)
			}
		})
	})
}
