package escrow

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	entescrow "github.com/keybs/platform/ent/escrow"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
)

// Volume is the escrows in one status and currency: how many, and their
// amount in integer minor units.
type Volume struct {
	// Status is lower case, as the API spells it: initiated, funded,
	// disputed, released, refunded.
	Status   string `json:"status"`
	Currency string `json:"currency"`
	Count    int    `json:"count"`
	Amount   int64  `json:"amount"`
}

// Figures sums tenantID's escrows in env initiated at or after since by
// their current status and currency, sorted by status (in the state table's
// order) then currency. Amounts of different currencies are never added.
// The tenant is named in the query as well as enforced by the privacy rules
// of the viewer in ctx.
func Figures(ctx context.Context, client *ent.Client, tenantID string, env environment.Environment, since time.Time) ([]Volume, error) {
	var rows []struct {
		Status   entescrow.Status `json:"status"`
		Currency string           `json:"currency"`
		Count    int              `json:"count"`
		Sum      int64            `json:"sum"`
	}
	err := client.Escrow.Query().Where(entescrow.TenantID(tenantID), entescrow.EnvironmentEQ(env), entescrow.CreatedAtGTE(since)).
		GroupBy(entescrow.FieldStatus, entescrow.FieldCurrency).
		Aggregate(ent.Count(), ent.Sum(entescrow.FieldAmount)).Scan(ctx, &rows)
	if err != nil {
		return nil, database.Err(err, "sum escrows")
	}
	order := map[entescrow.Status]int{}
	for i, s := range []entescrow.Status{entescrow.StatusINITIATED, entescrow.StatusFUNDED, entescrow.StatusDISPUTED,
		entescrow.StatusRELEASED, entescrow.StatusREFUNDED} {
		order[s] = i
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Status != rows[j].Status {
			return order[rows[i].Status] < order[rows[j].Status]
		}
		return rows[i].Currency < rows[j].Currency
	})
	out := make([]Volume, 0, len(rows))
	for _, r := range rows {
		out = append(out, Volume{Status: strings.ToLower(string(r.Status)), Currency: r.Currency, Count: r.Count, Amount: r.Sum})
	}
	return out, nil
}
