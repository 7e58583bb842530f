package verification

import (
	"context"
	"fmt"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/verificationcase"
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
// published reports carrying the demo watermark, so a sandbox integration
// returns real shapes on its first call. client is the sign-up transaction's.
func SeedDemo(ctx context.Context, client *ent.Client, tenantID, publicURL string, now time.Time) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	for i, d := range demoCases {
		create := client.VerificationCase.Create().
			SetTenantID(tenantID).SetEnvironment(environment.Test).
			SetVerificationID(NewVerificationID()).
			SetSupplierName(d.supplier).SetCountryCode(d.country).
			SetTier(verificationcase.TierTIER2).SetPackage(verificationcase.PackageSTANDARD).
			SetContactEmail(fmt.Sprintf("ops+demo%d@example.com", i+1)).
			SetClientReference(fmt.Sprintf("DEMO-%04d", i+1)).
			SetStatus(d.status).SetCreatedVia(verificationcase.CreatedViaAPI)
		if d.score > 0 {
			create.SetTrustScore(d.score).SetRiskBand(d.band)
		}
		if d.status == verificationcase.StatusAPPROVED || d.status == verificationcase.StatusDECLINED {
			create.SetDecidedAt(now.Add(-time.Duration(48+12*i) * time.Hour))
		}
		c, err := create.Save(ctx)
		if err != nil {
			return fault.Wrap(err, "seed demo case")
		}
		if d.validFor == 0 {
			continue
		}
		signed := now.Add(-24 * time.Hour)
		if err := client.Report.Create().
			SetTenantID(tenantID).SetEnvironment(environment.Test).SetCaseID(c.ID).
			SetLifecycleStatus(report.LifecycleStatusPUBLISHED).
			SetSignedAt(signed).SetValidUntil(now.Add(d.validFor)).
			SetVerifyURL(VerifyURL(publicURL, c.VerificationID)).SetPdfURL(PDFURL(publicURL, c.VerificationID)).
			SetTrustScore(d.score).SetRiskBand(report.RiskBand(d.band)).
			SetDemo(true).
			Exec(ctx); err != nil {
			return fault.Wrap(err, "seed demo report")
		}
	}
	return nil
}

// VerifyURL is the public verify page of a report.
func VerifyURL(publicURL, verificationID string) string {
	return publicURL + "/r/" + verificationID
}

// PDFURL is the downloadable signed report.
func PDFURL(publicURL, verificationID string) string {
	return publicURL + "/r/" + verificationID + "/report.pdf"
}
