// Package metering records the billable unit of every module call under the
// pricing model of the tenant's industry (seed 000 §5), in the same
// transaction as the call's outcome, and prices a month's units from a price
// table (KEYBS_PRICE_TABLE, docs/pricing.md).
//
// Fintech, payments and other tenants pay per call in graduated volume
// bands; e-commerce tenants per verification, and a per-mille of the
// transaction volume they put through escrow or transaction checks;
// iGaming tenants for KYC + fraud check bundles. Reads, feedback and the
// test helpers are not billed. An idempotent replay runs no domain call, so
// it records nothing, and a unit's source_id (the outcome's own id) is
// unique, so one outcome is never billed twice.
package metering

import (
	"context"
	"fmt"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/meteredunit"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/pulid"
	"github.com/keybs/platform/internal/viewer"
)

// Model is a pricing model of seed 000 §5.
type Model string

// The pricing models.
const (
	PerCall                 Model = "per_call"
	PerVerificationOrVolume Model = "per_verification_or_volume"
	KYCFraudBundle          Model = "kyc_fraud_bundle"
)

// ModelOf is the pricing model of an industry: seed 000 §5's table.
func ModelOf(i industry.Industry) Model {
	switch i {
	case industry.Ecommerce:
		return PerVerificationOrVolume
	case industry.IGaming:
		return KYCFraudBundle
	}
	return PerCall
}

// Unit is a kind of billable unit.
type Unit = meteredunit.Unit

// The units.
const (
	UnitCall              = meteredunit.UnitCALL
	UnitVerification      = meteredunit.UnitVERIFICATION
	UnitTransactionVolume = meteredunit.UnitTRANSACTION_VOLUME
	UnitKYCCheck          = meteredunit.UnitKYC_CHECK
	UnitFraudCheck        = meteredunit.UnitFRAUD_CHECK
)

// Operation is a billable module call.
type Operation string

// The billable operations: the module endpoints that do work. Reads (GET),
// fraud feedback and the test helpers are free.
const (
	KYCVerify        Operation = "kyc.verify"
	KYCAgeCheck      Operation = "kyc.agecheck"
	UserVerify       Operation = "user.verify"
	FraudScore       Operation = "fraud.score"
	FraudSignals     Operation = "fraud.signals"
	TransactionCheck Operation = "transaction.check"
	EscrowInitiate   Operation = "escrow.initiate"
	EscrowFunds      Operation = "escrow.funds"
	DisputeOpen      Operation = "disputes.open"
)

// Call is one module call's outcome to meter.
type Call struct {
	Operation Operation
	// SourceID is the outcome's id (kyc_…, txc_…); empty for a call that
	// stores nothing else or may act on one object many times (an escrow's
	// moves): the unit gets its own id.
	SourceID string
	// Amount and Currency are the transaction's, for the calls that carry
	// one (transaction checks, escrows).
	Amount   *int64
	Currency string
	// At is when the call was made (the module's clock); zero is now.
	At time.Time
}

// UnitOf is the unit a call of op is billed in under model m, and its
// quantity: 1, or a transaction's amount for volume.
func UnitOf(m Model, c Call) (Unit, int64) {
	switch m {
	case PerVerificationOrVolume:
		switch c.Operation {
		case KYCVerify, KYCAgeCheck, UserVerify:
			return UnitVerification, 1
		case TransactionCheck, EscrowInitiate:
			if c.Amount != nil && c.Currency != "" {
				return UnitTransactionVolume, *c.Amount
			}
		}
	case KYCFraudBundle:
		switch c.Operation {
		case KYCVerify, KYCAgeCheck, UserVerify:
			return UnitKYCCheck, 1
		case FraudScore, FraudSignals, TransactionCheck:
			return UnitFraudCheck, 1
		}
	}
	return UnitCall, 1
}

// Record stores c's billable unit in tx, the transaction that stores the
// call's outcome, so the unit commits with the outcome or not at all. The
// caller is the module caller in ctx (an API key in its environment, a
// portal session in the sandbox).
func Record(ctx context.Context, tx *ent.Tx, c Call) error {
	p, env, err := viewer.RequireModuleCaller(ctx)
	if err != nil {
		return err
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	t, err := tx.Tenant.Get(sys, p.TenantID)
	if err != nil {
		return database.Err(err, "load tenant for metering")
	}
	unit, qty := UnitOf(ModelOf(t.Industry), c)
	source := c.SourceID
	if source == "" {
		source = pulid.New("MeteredUnit")
	}
	at := c.At
	if at.IsZero() {
		at = time.Now()
	}
	create := tx.MeteredUnit.Create().SetTenantID(p.TenantID).SetEnvironment(env).
		SetKeyID(p.KeyID).SetApplicationID(p.ApplicationID).SetIndustry(t.Industry).
		SetOperation(string(c.Operation)).SetUnit(unit).SetQuantity(qty).SetSourceID(source).
		SetCreatedAt(at)
	if unit == UnitTransactionVolume {
		create.SetCurrency(c.Currency)
	}
	if err := create.Exec(sys); err != nil {
		return database.Err(err, fmt.Sprintf("meter %s", c.Operation))
	}
	return nil
}

// RecordAlone is Record in a transaction of its own, for a call whose
// outcome is not stored (an age check): the unit is the call's only record.
func RecordAlone(ctx context.Context, client *ent.Client, c Call) error {
	return database.WithTx(ctx, client, func(tx *ent.Tx) error { return Record(ctx, tx, c) })
}
