package risk

import (
	"context"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/riskcheck"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
)

// TransactionFigures are the transaction-monitoring module's figures for a
// period: the transaction checks (txc_…) made since a time, by decision.
type TransactionFigures struct {
	Checks   int `json:"checks"`
	Approved int `json:"approved"`
	Reviewed int `json:"reviewed"`
	Declined int `json:"declined"`
}

// Figures counts tenantID's transaction checks in env created at or after
// since. The tenant is named in the query as well as enforced by the
// privacy rules of the viewer in ctx.
func Figures(ctx context.Context, client *ent.Client, tenantID string, env environment.Environment, since time.Time) (TransactionFigures, error) {
	var rows []struct {
		Decision riskcheck.Decision `json:"decision"`
		Count    int                `json:"count"`
	}
	err := client.RiskCheck.Query().Where(riskcheck.TenantID(tenantID), riskcheck.EnvironmentEQ(env),
		riskcheck.KindEQ(riskcheck.KindTRANSACTION), riskcheck.CreatedAtGTE(since)).
		GroupBy(riskcheck.FieldDecision).Aggregate(ent.Count()).Scan(ctx, &rows)
	var f TransactionFigures
	if err != nil {
		return f, database.Err(err, "count transaction checks")
	}
	for _, r := range rows {
		f.Checks += r.Count
		switch r.Decision {
		case riskcheck.DecisionAPPROVE:
			f.Approved += r.Count
		case riskcheck.DecisionREVIEW:
			f.Reviewed += r.Count
		case riskcheck.DecisionDECLINE:
			f.Declined += r.Count
		}
	}
	return f, nil
}
