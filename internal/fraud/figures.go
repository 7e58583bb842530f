package fraud

import (
	"context"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/fraudcheck"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
)

// FraudFigures are the fraud module's figures for a period: the fraud checks
// (frd_…) made since a time, by decision, and what feedback confirmed of
// them. Feedback on transaction checks (txc_…) is the transaction-monitoring
// module's and not counted here.
type FraudFigures struct {
	Checks   int `json:"checks"`
	Approved int `json:"approved"`
	Reviewed int `json:"reviewed"`
	Declined int `json:"declined"`
	// Flagged is Reviewed + Declined.
	Flagged int `json:"flagged"`
	// ConfirmedFraud and ConfirmedLegitimate count the checks whose latest
	// feedback says so, whatever their decision.
	ConfirmedFraud      int `json:"confirmed_fraud"`
	ConfirmedLegitimate int `json:"confirmed_legitimate"`
	// FlaggedConfirmedFraud and FlaggedConfirmedLegitimate are the same
	// among the flagged checks.
	FlaggedConfirmedFraud      int `json:"flagged_confirmed_fraud"`
	FlaggedConfirmedLegitimate int `json:"flagged_confirmed_legitimate"`
	// Precision is FlaggedConfirmedFraud / (FlaggedConfirmedFraud +
	// FlaggedConfirmedLegitimate): of the flagged checks the partner gave
	// feedback on, the share that were fraud (the "fraud detection success
	// rate" of seed 000). Nil while no flagged check has feedback.
	Precision *float64 `json:"precision"`
}

// Figures counts tenantID's fraud checks in env created at or after since.
// The tenant is named in the query as well as enforced by the privacy rules
// of the viewer in ctx (a member of the tenant, or a system context).
func Figures(ctx context.Context, client *ent.Client, tenantID string, env environment.Environment, since time.Time) (FraudFigures, error) {
	var rows []struct {
		Decision fraudcheck.Decision  `json:"decision"`
		Feedback *fraudcheck.Feedback `json:"feedback"`
		Count    int                  `json:"count"`
	}
	err := client.FraudCheck.Query().Where(fraudcheck.TenantID(tenantID), fraudcheck.EnvironmentEQ(env), fraudcheck.CreatedAtGTE(since)).
		GroupBy(fraudcheck.FieldDecision, fraudcheck.FieldFeedback).Aggregate(ent.Count()).Scan(ctx, &rows)
	var f FraudFigures
	if err != nil {
		return f, database.Err(err, "count fraud checks")
	}
	for _, r := range rows {
		f.Checks += r.Count
		flagged := r.Decision != fraudcheck.DecisionAPPROVE
		switch r.Decision {
		case fraudcheck.DecisionAPPROVE:
			f.Approved += r.Count
		case fraudcheck.DecisionREVIEW:
			f.Reviewed += r.Count
		case fraudcheck.DecisionDECLINE:
			f.Declined += r.Count
		}
		if flagged {
			f.Flagged += r.Count
		}
		if r.Feedback == nil {
			continue
		}
		switch *r.Feedback {
		case fraudcheck.FeedbackFRAUD:
			f.ConfirmedFraud += r.Count
			if flagged {
				f.FlaggedConfirmedFraud += r.Count
			}
		case fraudcheck.FeedbackLEGITIMATE:
			f.ConfirmedLegitimate += r.Count
			if flagged {
				f.FlaggedConfirmedLegitimate += r.Count
			}
		}
	}
	if n := f.FlaggedConfirmedFraud + f.FlaggedConfirmedLegitimate; n > 0 {
		p := float64(f.FlaggedConfirmedFraud) / float64(n)
		f.Precision = &p
	}
	return f, nil
}
