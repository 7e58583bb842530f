package verification_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
)

var (
	analyst = testkit.Staff(viewer.StaffAnalyst)
	senior  = testkit.Staff(viewer.StaffSeniorAnalyst)
)

// toSigned drives a new LIVE case of tenant a through review and approval
// to a signed (not yet published) report, as staff would.
func (h *harness) toSigned(t *testing.T, validForDays int) *ent.VerificationCase {
	t.Helper()
	c := h.create(t, key(h.a, environment.Live), func(in *verification.CreateInput) {
		in.ContactEmail, in.ClientReference = "secret-contact@acme.example", ptr("PO-PRIVATE-0042")
	})
	steps := []func() error{
		func() error { _, err := h.svc.StartReview(analyst, c.ID); return err },
		func() error {
			_, err := h.svc.ApproveCase(analyst, c.ID, verification.Approval{TrustScore: 78, RiskBand: "MEDIUM", ValidForDays: validForDays})
			return err
		},
		func() error { _, err := h.svc.SignReport(senior, c.ID); return err },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// toPublished is toSigned, then published.
func (h *harness) toPublished(t *testing.T, validForDays int) *ent.VerificationCase {
	t.Helper()
	c := h.toSigned(t, validForDays)
	if _, err := h.svc.PublishReport(senior, c.ID); err != nil {
		t.Fatal(err)
	}
	return c
}

func ptr[T any](v T) *T { return &v }

func TestAttest(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		ctx := context.Background() // the public: no viewer at all

		t.Run("APublishedLiveReportIsActiveAndItsSignatureHolds", func(t *testing.T) {
			c := h.toPublished(t, 365)
			a, err := h.svc.Attest(ctx, c.VerificationID)
			if err != nil {
				t.Fatalf("Attest: %v", err)
			}
			signedAt := testkit.Epoch.Truncate(time.Second)
			want := verification.Attestation{
				VerificationID: c.VerificationID, SupplierName: "Acme Trading Co.", CountryCode: "IN", CountryName: "India",
				TrustScore: 78, RiskBand: "medium", SignedAt: signedAt, ValidUntil: signedAt.AddDate(0, 0, 365),
				State: verification.PublicActive, SignatureValid: true,
				VerifyURL: "https://verify.test/r/" + c.VerificationID, PDFURL: "https://verify.test/r/" + c.VerificationID + "/report.pdf",
				CheckedAt: testkit.Epoch,
			}
			got := *a
			got.Signed = want.Signed
			if !got.SignedAt.Equal(want.SignedAt) || !got.ValidUntil.Equal(want.ValidUntil) {
				t.Errorf("signed %v, valid until %v; want %v, %v", got.SignedAt, got.ValidUntil, want.SignedAt, want.ValidUntil)
			}
			got.SignedAt, got.ValidUntil = want.SignedAt, want.ValidUntil
			if got != want {
				t.Errorf("Attest =\n%+v\nwant\n%+v", got, want)
			}
			if !a.Valid() || a.Reason() != "" || a.Sandbox {
				t.Errorf("valid %v, reason %q, sandbox %v; want valid, no reason, live", a.Valid(), a.Reason(), a.Sandbox)
			}
			if a.Signed.Canonical == "" || a.Signed.Digest == "" || a.Signed.Signature == "" || a.Signed.KeyID != h.svc.Signer.KeyID() {
				t.Errorf("signature %+v, want the stored one by key %s", a.Signed, h.svc.Signer.KeyID())
			}
		})

		t.Run("NothingPrivateIsInIt", func(t *testing.T) {
			c := h.toPublished(t, 365)
			a, err := h.svc.Attest(ctx, c.VerificationID)
			if err != nil {
				t.Fatal(err)
			}
			all := strings.Join([]string{a.VerificationID, a.SupplierName, a.CountryCode, a.CountryName, a.RiskBand,
				a.Signed.Canonical, a.Signed.Digest, a.Signed.Signature, a.Signed.KeyID, a.VerifyURL, a.PDFURL, a.Reason()}, "\n")
			for _, private := range []string{"secret-contact@acme.example", "PO-PRIVATE-0042", h.a.ID, c.ID} {
				if strings.Contains(all, private) {
					t.Errorf("the attestation carries %q", private)
				}
			}
		})

		// An id without a published report is one not_found, whatever the
		// reason, so the public cannot tell drafts from unknown ids.
		draft := h.create(t, key(h.a, environment.Live), nil)
		signedOnly := h.toSigned(t, 365)
		for _, tc := range []struct{ name, id string }{
			{"AnUnknownIdIsNotFound", "KBS-VR-NOSUCHCASE"},
			{"ADraftIsNotFound", draft.VerificationID},
			{"ASignedButUnpublishedReportIsNotFound", signedOnly.VerificationID},
			{"ACaseIdIsNotAVerificationId", draft.ID},
			{"AnEmptyIdIsNotFound", ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				_, err := h.svc.Attest(ctx, tc.id)
				testkit.WantFault(t, err, fault.NotFound, "")
			})
		}

		t.Run("StatesFollowTheLifecycleAndTheClock", func(t *testing.T) {
			day := 24 * time.Hour
			for _, tc := range []struct {
				name   string
				change func(t *testing.T, c *ent.VerificationCase)
				state  verification.PublicState
				valid  bool
				reason string
			}{
				{"WithinThirtyDaysIsExpiringAndStillValid", func(t *testing.T, _ *ent.VerificationCase) { h.clock.Advance(340 * day) },
					verification.PublicExpiring, true, ""},
				{"PastValidUntilIsExpiredEvenBeforeTheSchedulerRuns", func(t *testing.T, _ *ent.VerificationCase) { h.clock.Advance(366 * day) },
					verification.PublicExpired, false, "expired on"},
				{"RevokedIsNotValid", func(t *testing.T, c *ent.VerificationCase) {
					if _, err := h.svc.RevokeReport(senior, c.ID, "licence withdrawn"); err != nil {
						t.Fatal(err)
					}
				}, verification.PublicRevoked, false, "revoked"},
				{"DisputedIsNotValid", func(t *testing.T, c *ent.VerificationCase) {
					if _, err := h.svc.SetReportDisputed(senior, c.ID, true, "customer complaint"); err != nil {
						t.Fatal(err)
					}
				}, verification.PublicDisputed, false, "dispute"},
				{"ADisputeClearedIsActiveAgain", func(t *testing.T, c *ent.VerificationCase) {
					for _, disputed := range []bool{true, false} {
						if _, err := h.svc.SetReportDisputed(senior, c.ID, disputed, "customer complaint"); err != nil {
							t.Fatal(err)
						}
					}
				}, verification.PublicActive, true, ""},
			} {
				t.Run(tc.name, func(t *testing.T) {
					h.clock.Set(testkit.Epoch)
					t.Cleanup(func() { h.clock.Set(testkit.Epoch) })
					c := h.toPublished(t, 365)
					tc.change(t, c)
					a, err := h.svc.Attest(ctx, c.VerificationID)
					if err != nil {
						t.Fatal(err)
					}
					if a.State != tc.state || a.Valid() != tc.valid || !a.SignatureValid {
						t.Errorf("state %s, valid %v, signature %v; want %s, %v, true", a.State, a.Valid(), a.SignatureValid, tc.state, tc.valid)
					}
					if tc.reason == "" && a.Reason() != "" || !strings.Contains(a.Reason(), tc.reason) {
						t.Errorf("reason %q, want one containing %q", a.Reason(), tc.reason)
					}
				})
			}
		})

		t.Run("ATamperedReportDoesNotVerify", func(t *testing.T) {
			sys := testkit.System()
			for _, tc := range []struct {
				name   string
				tamper func(u *ent.ReportUpdateOne)
			}{
				{"AScoreChangedInTheDatabase", func(u *ent.ReportUpdateOne) { u.SetTrustScore(99) }},
				{"ValidityExtendedInTheDatabase", func(u *ent.ReportUpdateOne) { u.SetValidUntil(testkit.Epoch.AddDate(5, 0, 0)) }},
				{"AnotherSignature", func(u *ent.ReportUpdateOne) { u.SetSignature(strings.Repeat("A", 86)) }},
				{"AnUnknownKey", func(u *ent.ReportUpdateOne) { u.SetKeyID("someone-elses-key") }},
				{"ADigestThatIsNotTheTexts", func(u *ent.ReportUpdateOne) { u.SetDigest(strings.Repeat("0", 64)) }},
			} {
				t.Run(tc.name+"IsNotValid", func(t *testing.T) {
					c := h.toPublished(t, 365)
					rep := h.db.Client.Report.Query().Where(report.CaseID(c.ID)).OnlyX(sys)
					u := h.db.Client.Report.UpdateOne(rep)
					tc.tamper(u)
					u.ExecX(sys)
					a, err := h.svc.Attest(ctx, c.VerificationID)
					if err != nil {
						t.Fatalf("Attest: %v (a bad signature is a verdict, not an error)", err)
					}
					if a.SignatureValid || a.Valid() || !strings.Contains(a.Reason(), "signature") {
						t.Errorf("signature valid %v, valid %v, reason %q; want an invalid signature", a.SignatureValid, a.Valid(), a.Reason())
					}
				})
			}
		})

		t.Run("SandboxReportsAreMarkedAndVerify", func(t *testing.T) {
			if err := h.svc.SeedDemo(ctx, h.db.Client, h.b.ID); err != nil {
				t.Fatal(err)
			}
			reps, err := h.svc.Reports(key(h.b, environment.Test))
			if err != nil || len(reps) == 0 {
				t.Fatalf("demo reports %v, %v", reps, err)
			}
			for _, r := range reps {
				a, err := h.svc.Attest(ctx, r.Edges.Case.VerificationID)
				if err != nil {
					t.Fatal(err)
				}
				if !a.Sandbox || !a.SignatureValid {
					t.Errorf("%s: sandbox %v, signature %v; want a watermarked report that verifies", a.VerificationID, a.Sandbox, a.SignatureValid)
				}
			}
		})

		t.Run("WithoutAKeyringItIsAnInternalError", func(t *testing.T) {
			c := h.toPublished(t, 365)
			unwired := verification.NewService(h.db.Client, h.bus, h.clock.Now, cursorKey, "https://verify.test")
			_, err := unwired.Attest(ctx, c.VerificationID)
			testkit.WantFault(t, err, fault.Internal, "")
		})
	})
}
