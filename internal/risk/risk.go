// Package risk is the rules engine of the transaction-monitoring module
// (seed 000): POST /v1/transaction/check scores a transaction with named
// rules (rules.go) — amount thresholds, the velocity of the same party read
// from the stored checks, high-risk jurisdictions and currency mismatch —
// and stores the check (txc_…) with its score, decision and reasons, so the
// next check of the party sees it.
//
// In the sandbox (TEST keys and portal sessions) documented amounts force a
// decision (magic.go), as Stripe's test card numbers do; LIVE keys never
// honour them.
package risk

import (
	"context"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/riskcheck"
	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/currency"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/metering"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// Party is one side of a transaction.
type Party struct {
	ID      string // the partner's id for the party
	Country string // ISO 3166-1 alpha-2
}

// TransactionInput is a transaction to check.
type TransactionInput struct {
	Amount          *int64 // minor units; nil when missing
	Currency        string
	AccountCurrency string // optional: the paying account's currency
	Party           Party  // the payer: required
	Counterparty    Party  // the payee: optional
	Reference       string // the partner's own, optional
}

// Service runs the engine for the viewer in the context.
type Service struct {
	client *ent.Client
	now    func() time.Time
}

// NewService wires a Service.
func NewService(client *ent.Client, now func() time.Time) *Service {
	return &Service{client: client, now: now}
}

// CheckTransaction validates in, scores it and stores the check. The party's
// recent checks are counted in the same transaction as the new one is
// written, so a check always sees the ones committed before it.
func (s *Service) CheckTransaction(ctx context.Context, in TransactionInput) (*ent.RiskCheck, error) {
	p, env, err := writer(ctx)
	if err != nil {
		return nil, err
	}
	v, err := clean(in, p.CurrencyType)
	if err != nil {
		return nil, err
	}
	now := s.now()
	var out *ent.RiskCheck
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		recent, err := tx.RiskCheck.Query().Where(riskcheck.EnvironmentEQ(env), riskcheck.KindEQ(riskcheck.KindTRANSACTION),
			riskcheck.PartyID(v.Party.ID), riskcheck.CreatedAtGT(now.Add(-VelocityWindow*time.Second))).Count(ctx)
		if err != nil {
			return database.Err(err, "count the party's recent checks")
		}
		reasons, score, decision := Evaluate(Facts{Amount: *v.Amount, Currency: v.Currency, AccountCurrency: v.AccountCurrency,
			PartyCountry: v.Party.Country, CounterpartyCountry: v.Counterparty.Country, RecentChecks: recent})
		if env == environment.Test {
			reasons, score, decision = applyMagic(*v.Amount, reasons, score, decision)
		}
		out, err = tx.RiskCheck.Create().SetTenantID(p.TenantID).SetEnvironment(env).SetKind(riskcheck.KindTRANSACTION).
			SetKeyID(p.KeyID).SetApplicationID(p.ApplicationID).SetNillableReference(nilIfEmpty(v.Reference)).
			SetAmount(*v.Amount).SetCurrency(v.Currency).SetAccountCurrency(v.AccountCurrency).
			SetPartyID(v.Party.ID).SetPartyCountry(v.Party.Country).
			SetCounterpartyID(v.Counterparty.ID).SetCounterpartyCountry(v.Counterparty.Country).
			SetRiskScore(score).SetDecision(riskcheck.Decision(upper(decision))).SetReasons(reasons).
			SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return database.Err(err, "save transaction check")
		}
		return metering.Record(ctx, tx, metering.Call{Operation: metering.TransactionCheck, SourceID: out.ID,
			Amount: out.Amount, Currency: out.Currency, At: now})
	})
	return out, err
}

// clean validates in, naming the first bad field; currencies are checked
// against the key's currency type.
func clean(in TransactionInput, keyCurrencyType string) (TransactionInput, error) {
	var v TransactionInput
	var err error
	switch {
	case in.Amount == nil:
		return v, fault.InvalidField("amount", "{field} is required (an integer in the currency's minor unit, e.g. cents)")
	case *in.Amount <= 0:
		return v, fault.InvalidField("amount", "{field} must be a positive integer in the currency's minor unit")
	}
	v.Amount = in.Amount
	if err := currency.Check(keyCurrencyType, in.Currency); err != nil {
		return v, err
	}
	v.Currency = currency.Canonical(in.Currency)
	if in.AccountCurrency != "" {
		if err := currency.Check(keyCurrencyType, in.AccountCurrency); err != nil {
			fe := fault.From(err)
			return v, fault.InvalidField("account_currency", "{field}: %s", trimField(fe.Message))
		}
		v.AccountCurrency = currency.Canonical(in.AccountCurrency)
	}
	if v.Party, err = cleanParty("party", in.Party, true); err != nil {
		return v, err
	}
	if v.Counterparty, err = cleanParty("counterparty", in.Counterparty, false); err != nil {
		return v, err
	}
	if v.Reference, err = validate.Text("reference", in.Reference, 400, false); err != nil {
		return v, err
	}
	return v, nil
}

func cleanParty(name string, in Party, required bool) (Party, error) {
	var p Party
	var err error
	if p.ID, err = validate.Text(name+".id", in.ID, 400, required); err != nil {
		return p, err
	}
	p.Country = upper(in.Country)
	switch {
	case p.Country == "" && required:
		return p, fault.InvalidField(name+".country", "{field} is required")
	case p.Country != "" && !country.Valid(p.Country):
		return p, fault.InvalidField(name+".country", "{field} must be an ISO 3166-1 alpha-2 country code")
	case p.Country != "" && p.ID == "":
		return p, fault.InvalidField(name+".id", "{field} is required when %s.country is given", name)
	}
	return p, nil
}

// trimField drops the leading "currency " of a currency.Check message, so
// it can be said of account_currency instead.
func trimField(msg string) string {
	const prefix = currency.Field + " "
	if len(msg) > len(prefix) && msg[:len(prefix)] == prefix {
		return msg[len(prefix):]
	}
	return msg
}

// caller and writer are the module principal checks of package viewer.
var (
	caller = viewer.RequireModuleCaller
	writer = viewer.RequireModuleWriter
)

func nilIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// CheckExists tells whether the transaction check id is the caller's in env,
// read inside tx: a dispute raised against a check (internal/dispute) looks it
// up here. Another tenant's or environment's id is not found.
func CheckExists(ctx context.Context, tx *ent.Tx, id string, env environment.Environment) error {
	p, _, err := caller(ctx)
	if err != nil {
		return err
	}
	n, err := tx.RiskCheck.Query().Where(riskcheck.ID(id), riskcheck.TenantID(p.TenantID), riskcheck.EnvironmentEQ(env)).Count(ctx)
	if err != nil {
		return database.Err(err, "look up transaction check")
	}
	if n == 0 {
		return fault.New(fault.NotFound, "no such transaction check: %s", id)
	}
	return nil
}
