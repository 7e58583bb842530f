package verification

import (
	"context"
	"fmt"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
)

// demoCase is one sandbox case every new tenant gets.
type demoCase struct {
	supplier, country string
	status            verificationcase.Status
	score             int
	band              verificationcase.RiskBand
	validFor          time.Duration // for approved cases: how long the published report stays valid
}

var demoCases = []demoCase{
	{"Acme Trading Co. (demo)", "IN", verificationcase.StatusSUBMITTED, 0, "", 0},
	{"Nordic Timber AB (demo)", "SE", verificationcase.StatusIN_REVIEW, 0, "", 0},
	{"Lagos Textiles Ltd (demo)", "NG", verificationcase.StatusRFI_REQUESTED, 0, "", 0},
	{"Andes Coffee SAS (demo)", "CO", verificationcase.StatusRFI_RESOLVED, 0, "", 0},
	{"Rhein Precision GmbH (demo)", "DE", verificationcase.StatusAPPROVED, 86, verificationcase.RiskBandLOW, 365 * 24 * time.Hour},
	{"Saigon Ceramics JSC (demo)", "VN", verificationcase.StatusAPPROVED, 71, verificationcase.RiskBandMEDIUM, 20 * 24 * time.Hour},
	{"Shell Front Imports (demo)", "PA", verificationcase.StatusDECLINED, 23, verificationcase.RiskBandHIGH, 0},
}

// SeedDemo gives a new tenant sandbox (TEST) data: a case in every status and
// signed, published reports carrying the demo watermark, so a sandbox
// integration returns real shapes on its first call. client is the sign-up
// transaction's.
func (s *Service) SeedDemo(ctx context.Context, client *ent.Client, tenantID string) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	now := s.now().UTC().Truncate(time.Second)
	for i, d := range demoCases {
		created := now.Add(-time.Duration(72+24*i) * time.Hour)
		create := client.VerificationCase.Create().
			SetTenantID(tenantID).SetEnvironment(environment.Test).
			SetVerificationID(NewVerificationID()).
			SetSupplierName(d.supplier).SetCountryCode(d.country).
			SetTier(verificationcase.TierTIER2).SetPackage(verificationcase.PackageSTANDARD).
			SetContactEmail(fmt.Sprintf("ops+demo%d@example.com", i+1)).
			SetClientReference(fmt.Sprintf("DEMO-%04d", i+1)).
			SetStatus(d.status).SetCreatedVia(verificationcase.CreatedViaAPI).
			SetCreatedAt(created).SetUpdatedAt(created)
		if d.score > 0 {
			create.SetTrustScore(d.score).SetRiskBand(d.band)
		}
		if d.status == verificationcase.StatusAPPROVED || d.status == verificationcase.StatusDECLINED {
			create.SetDecidedAt(created.Add(24 * time.Hour))
		}
		c, err := create.Save(ctx)
		if err != nil {
			return fault.Wrap(err, "seed demo case")
		}
		if d.validFor == 0 {
			continue
		}
		signedAt := created.Add(36 * time.Hour)
		r, err := client.Report.Create().
			SetTenantID(tenantID).SetEnvironment(environment.Test).SetCaseID(c.ID).
			SetLifecycleStatus(report.LifecycleStatusPUBLISHED).
			SetSignedAt(signedAt).SetPublishedAt(signedAt).SetValidUntil(now.Add(d.validFor)).
			SetTrustScore(d.score).SetRiskBand(report.RiskBand(d.band)).
			SetDemo(true).
			Save(ctx)
		if err != nil {
			return fault.Wrap(err, "seed demo report")
		}
		if err := s.signStored(ctx, client, c, r); err != nil {
			return err
		}
	}
	return nil
}

// SignUnsignedDemoReports signs the sandbox demo reports seeded before
// reports were signed, with the times they carry, so every public report
// verifies. It runs at start-up and does nothing once they are signed.
func (s *Service) SignUnsignedDemoReports(ctx context.Context) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	reps, err := s.client.Report.Query().
		Where(report.Demo(true), report.SignatureIsNil(), report.SignedAtNotNil(), report.ValidUntilNotNil()).
		WithCase().All(ctx)
	if err != nil {
		return fault.Wrap(err, "find unsigned demo reports")
	}
	for _, r := range reps {
		if err := s.signStored(ctx, s.client, r.Edges.Case, r); err != nil {
			return err
		}
	}
	return nil
}

// signStored signs a stored report with the times it carries (truncated to
// the second, as signatures need) and saves the signature with it.
func (s *Service) signStored(ctx context.Context, client *ent.Client, c *ent.VerificationCase, r *ent.Report) error {
	signedAt, validUntil := r.SignedAt.UTC().Truncate(time.Second), r.ValidUntil.UTC().Truncate(time.Second)
	signed, err := s.signature(c, r, signedAt, validUntil)
	if err != nil {
		return err
	}
	u := client.Report.UpdateOne(r).SetSignedAt(signedAt).SetValidUntil(validUntil)
	if r.LifecycleStatus == report.LifecycleStatusPUBLISHED && r.PublishedAt == nil {
		u.SetPublishedAt(signedAt)
	}
	setSignature(u.Mutation(), signed, s.publicURL, c.VerificationID)
	return database.Err(u.Exec(ctx), "save demo report signature")
}

// VerifyURL is the public verify page of a report.
func VerifyURL(publicURL, verificationID string) string {
	return publicURL + "/r/" + verificationID
}

// PDFURL is the downloadable signed report.
func PDFURL(publicURL, verificationID string) string {
	return publicURL + "/r/" + verificationID + "/report.pdf"
}
