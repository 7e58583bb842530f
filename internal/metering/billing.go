package metering

import (
	"context"
	"sort"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/meteredunit"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/viewer"
)

// Service reads the recorded units and prices them.
type Service struct {
	client *ent.Client
	table  *Table
	now    func() time.Time
}

// NewService wires a Service with the price table in force.
func NewService(client *ent.Client, table *Table, now func() time.Time) *Service {
	return &Service{client: client, table: table, now: now}
}

// RecordAlone records c in a transaction of its own (RecordAlone), for a
// transport whose domain call stores nothing (an age check).
func (s *Service) RecordAlone(ctx context.Context, c Call) error {
	if c.At.IsZero() {
		c.At = s.now()
	}
	return RecordAlone(ctx, s.client, c)
}

// Table is the price table in force.
func (s *Service) Table() *Table { return s.table }

// UnitTotal is a period's quantity of one unit (and, for volume, one
// currency).
type UnitTotal struct {
	Unit     Unit
	Quantity int64
	Currency *string
}

// Billing is a tenant's units and estimated charge for one month in one
// environment.
type Billing struct {
	// Period is the calendar month, YYYY-MM (UTC).
	Period       string
	Environment  environment.Environment
	Industry     industry.Industry
	PricingModel Model
	Units        []UnitTotal
	Lines        []Line
	// EstimatedCharge is the total in the price table's currency;
	// OtherCharges the per-mille fees on volume in other currencies.
	EstimatedCharge Money
	OtherCharges    []Money
}

// Billing returns the viewer's tenant's billing for period (YYYY-MM, default
// this month) in env (default TEST, as the other usage queries). Units are
// priced under the industry they were recorded with, so a change of industry
// applies from the next call on.
func (s *Service) Billing(ctx context.Context, period *string, env *environment.Environment) (*Billing, error) {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return nil, err
	}
	start := MonthStart(s.now())
	if period != nil {
		t, err := time.Parse("2006-01", *period)
		if err != nil {
			return nil, fault.InvalidField("period", "{field} must be a month as YYYY-MM, e.g. 2026-12")
		}
		start = t
	}
	e := environment.Test
	if env != nil {
		e = *env
	}
	tenant, err := s.client.Tenant.Get(ctx, p.TenantID)
	if err != nil {
		return nil, database.Err(err, "load tenant")
	}
	byIndustry, err := s.totals(ctx, p.TenantID, e, start, start.AddDate(0, 1, 0))
	if err != nil {
		return nil, err
	}
	b := &Billing{Period: start.Format("2006-01"), Environment: e, Industry: tenant.Industry,
		PricingModel: ModelOf(tenant.Industry), EstimatedCharge: Money{Currency: s.table.Currency}}
	units := map[Unit]int64{}
	volume := map[string]int64{}
	others := map[string]int64{}
	industries := make([]industry.Industry, 0, len(byIndustry))
	for ind := range byIndustry {
		industries = append(industries, ind)
	}
	sort.Slice(industries, func(i, j int) bool { return industries[i] < industries[j] })
	for _, ind := range industries {
		t := byIndustry[ind]
		units[UnitCall] += t.Calls
		units[UnitVerification] += t.Verifications
		units[UnitKYCCheck] += t.KYCChecks
		units[UnitFraudCheck] += t.FraudChecks
		for c, v := range t.Volume {
			volume[c] += v
		}
		lines, total, other := s.table.Charge(ind, t)
		b.Lines = append(b.Lines, lines...)
		b.EstimatedCharge.Amount += total.Amount
		for _, m := range other {
			others[m.Currency] += m.Amount
		}
	}
	for _, u := range []Unit{UnitCall, UnitVerification, UnitKYCCheck, UnitFraudCheck} {
		if units[u] > 0 {
			b.Units = append(b.Units, UnitTotal{Unit: u, Quantity: units[u]})
		}
	}
	for _, c := range sortedKeys(volume) {
		b.Units = append(b.Units, UnitTotal{Unit: UnitTransactionVolume, Quantity: volume[c], Currency: &c})
	}
	for _, c := range sortedKeys(others) {
		b.OtherCharges = append(b.OtherCharges, Money{Amount: others[c], Currency: c})
	}
	return b, nil
}

// totals sums tenantID's units in env over [from, to), per industry.
func (s *Service) totals(ctx context.Context, tenantID string, env environment.Environment, from, to time.Time) (map[industry.Industry]Totals, error) {
	var rows []struct {
		Industry industry.Industry `json:"industry"`
		Unit     Unit              `json:"unit"`
		Currency *string           `json:"currency"`
		Sum      int64             `json:"sum"`
	}
	err := s.client.MeteredUnit.Query().Where(meteredunit.TenantID(tenantID), meteredunit.EnvironmentEQ(env),
		meteredunit.CreatedAtGTE(from), meteredunit.CreatedAtLT(to)).
		GroupBy(meteredunit.FieldIndustry, meteredunit.FieldUnit, meteredunit.FieldCurrency).
		Aggregate(ent.Sum(meteredunit.FieldQuantity)).Scan(ctx, &rows)
	if err != nil {
		return nil, database.Err(err, "sum metered units")
	}
	out := map[industry.Industry]Totals{}
	for _, r := range rows {
		t := out[r.Industry]
		switch r.Unit {
		case UnitCall:
			t.Calls += r.Sum
		case UnitVerification:
			t.Verifications += r.Sum
		case UnitKYCCheck:
			t.KYCChecks += r.Sum
		case UnitFraudCheck:
			t.FraudChecks += r.Sum
		case UnitTransactionVolume:
			if t.Volume == nil {
				t.Volume = map[string]int64{}
			}
			if r.Currency != nil {
				t.Volume[*r.Currency] += r.Sum
			}
		}
		out[r.Industry] = t
	}
	return out, nil
}

// Count is the number of billable module calls tenantID made in env since
// a time (a transaction's volume counts as one call): what the quotas and
// their 80/100 % alerts count. It reads as the system.
func Count(ctx context.Context, client *ent.Client, tenantID string, env environment.Environment, since time.Time) (int64, error) {
	n, err := client.MeteredUnit.Query().Where(meteredunit.TenantID(tenantID), meteredunit.EnvironmentEQ(env),
		meteredunit.CreatedAtGTE(since)).Count(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return 0, database.Err(err, "count metered units")
	}
	return int64(n), nil
}

// MonthStart is the start of t's calendar month in UTC: a billing period.
func MonthStart(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

func sortedKeys(m map[string]int64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
