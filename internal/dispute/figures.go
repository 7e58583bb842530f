package dispute

import (
	"context"
	"time"

	"github.com/keybs/platform/ent"
	entdispute "github.com/keybs/platform/ent/dispute"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
)

// DisputeFigures are the disputes module's figures for a period: the
// disputes opened since a time, how many of them are resolved, and the win
// rate of the resolved ones (the "disputes resolved" of seed 000).
type DisputeFigures struct {
	Opened      int `json:"opened"`
	Open        int `json:"open"`
	UnderReview int `json:"under_review"`
	Won         int `json:"won"`
	Lost        int `json:"lost"`
	// Resolved is Won + Lost.
	Resolved int `json:"resolved"`
	// WinRate is Won / Resolved; nil while none is resolved.
	WinRate *float64 `json:"win_rate"`
}

// Figures counts tenantID's disputes in env opened at or after since. The
// tenant is named in the query as well as enforced by the privacy rules of
// the viewer in ctx.
func Figures(ctx context.Context, client *ent.Client, tenantID string, env environment.Environment, since time.Time) (DisputeFigures, error) {
	var rows []struct {
		Status entdispute.Status `json:"status"`
		Count  int               `json:"count"`
	}
	err := client.Dispute.Query().Where(entdispute.TenantID(tenantID), entdispute.EnvironmentEQ(env), entdispute.CreatedAtGTE(since)).
		GroupBy(entdispute.FieldStatus).Aggregate(ent.Count()).Scan(ctx, &rows)
	var f DisputeFigures
	if err != nil {
		return f, database.Err(err, "count disputes")
	}
	for _, r := range rows {
		f.Opened += r.Count
		switch r.Status {
		case entdispute.StatusOPEN:
			f.Open += r.Count
		case entdispute.StatusUNDER_REVIEW:
			f.UnderReview += r.Count
		case entdispute.StatusWON:
			f.Won += r.Count
		case entdispute.StatusLOST:
			f.Lost += r.Count
		}
	}
	f.Resolved = f.Won + f.Lost
	if f.Resolved > 0 {
		w := float64(f.Won) / float64(f.Resolved)
		f.WinRate = &w
	}
	return f, nil
}
