package kyc

import (
	"context"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/kyccheck"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
)

// KYCFigures are the KYC module's figures for a period: the checks made
// since a time by their current status, and the pass rate.
type KYCFigures struct {
	Checks   int `json:"checks"`
	Verified int `json:"verified"`
	Rejected int `json:"rejected"`
	Review   int `json:"review"`
	Pending  int `json:"pending"`
	// PassRate is Verified / (Verified + Rejected): of the decided checks,
	// the share that passed. Nil while none is decided.
	PassRate *float64 `json:"pass_rate"`
}

// Figures counts tenantID's KYC checks in env created at or after since.
// The tenant is named in the query as well as enforced by the privacy rules
// of the viewer in ctx.
func Figures(ctx context.Context, client *ent.Client, tenantID string, env environment.Environment, since time.Time) (KYCFigures, error) {
	var rows []struct {
		Status kyccheck.Status `json:"status"`
		Count  int             `json:"count"`
	}
	err := client.KYCCheck.Query().Where(kyccheck.TenantID(tenantID), kyccheck.EnvironmentEQ(env), kyccheck.CreatedAtGTE(since)).
		GroupBy(kyccheck.FieldStatus).Aggregate(ent.Count()).Scan(ctx, &rows)
	var f KYCFigures
	if err != nil {
		return f, database.Err(err, "count KYC checks")
	}
	for _, r := range rows {
		f.Checks += r.Count
		switch r.Status {
		case kyccheck.StatusVERIFIED:
			f.Verified += r.Count
		case kyccheck.StatusREJECTED:
			f.Rejected += r.Count
		case kyccheck.StatusREVIEW:
			f.Review += r.Count
		case kyccheck.StatusPENDING:
			f.Pending += r.Count
		}
	}
	if n := f.Verified + f.Rejected; n > 0 {
		p := float64(f.Verified) / float64(n)
		f.PassRate = &p
	}
	return f, nil
}
