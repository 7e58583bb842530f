package metering

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"

	"github.com/keybs/platform/internal/industry"
)

// defaultTable is the built-in price table (KEYBS_PRICE_TABLE unset); its
// format is documented in docs/pricing.md.
//
//go:embed default_prices.json
var defaultTable []byte

// Table is a price table: for each industry the prices of its pricing model,
// all in integer minor units of Currency (the per-mille fee is charged in
// the transaction's own currency).
type Table struct {
	Currency   string                       `json:"currency"`
	Industries map[industry.Industry]Prices `json:"industries"`
}

// Prices are one industry's prices. Calls is required for every industry (the
// calls its model does not price otherwise); the other fields belong to one
// model each and are refused on an industry whose model does not use them.
type Prices struct {
	// Calls are graduated volume bands: the first UpTo calls of the month at
	// the first band's price, the next at the second's, and so on.
	Calls []Band `json:"calls"`
	// Verification is the price of one verification (per_verification_or_volume).
	Verification *int64 `json:"verification,omitempty"`
	// VolumePerMille is the fee on transaction volume in per mille
	// (per_verification_or_volume): 5 is 0.5 %.
	VolumePerMille *int64 `json:"volume_per_mille,omitempty"`
	// KYCCheck, FraudCheck and Bundle price the iGaming bundle
	// (kyc_fraud_bundle): a KYC check and a fraud check pair up at Bundle,
	// the checks left over are priced alone.
	KYCCheck   *int64 `json:"kyc_check,omitempty"`
	FraudCheck *int64 `json:"fraud_check,omitempty"`
	Bundle     *int64 `json:"bundle,omitempty"`
}

// Band is one volume band of calls: PerThousand is the price of a thousand
// calls; UpTo is the month's call count (inclusive) where the band ends, nil
// for the last band, which has no end.
type Band struct {
	UpTo        *int64 `json:"up_to,omitempty"`
	PerThousand int64  `json:"per_thousand"`
}

// DefaultTable returns the built-in price table.
func DefaultTable() *Table {
	t, err := ParseTable(defaultTable)
	if err != nil {
		panic("metering: the built-in price table is invalid: " + err.Error())
	}
	return t
}

// LoadTable reads the price table at path (KEYBS_PRICE_TABLE); an empty path
// is the built-in table. A file that cannot be read or does not describe a
// complete, valid table is an error naming the file and what is wrong with
// it, so the server refuses to start rather than bill from a broken table.
func LoadTable(path string) (*Table, error) {
	if path == "" {
		return DefaultTable(), nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("KEYBS_PRICE_TABLE: %w", err)
	}
	t, err := ParseTable(b)
	if err != nil {
		return nil, fmt.Errorf("KEYBS_PRICE_TABLE %s: %w", path, err)
	}
	return t, nil
}

var currencyCode = regexp.MustCompile(`^[A-Z]{3}$`)

// ParseTable decodes and validates a price table. Unknown fields are
// refused (a misspelt price must not silently become free).
func ParseTable(b []byte) (*Table, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var t Table
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("not a valid price table: %w", err)
	}
	if dec.More() {
		return nil, errors.New("not a valid price table: more than one JSON value")
	}
	if !currencyCode.MatchString(t.Currency) {
		return nil, fmt.Errorf("currency %q must be an ISO 4217 code such as \"USD\"", t.Currency)
	}
	for ind := range t.Industries {
		if !ind.Valid() {
			return nil, fmt.Errorf("industries: %q is not an industry (one of %v)", ind, industry.All)
		}
	}
	for _, ind := range industry.All {
		p, ok := t.Industries[ind]
		if !ok {
			return nil, fmt.Errorf("industries: %s has no prices", ind)
		}
		if err := p.validate(ModelOf(ind)); err != nil {
			return nil, fmt.Errorf("industries.%s: %w", ind, err)
		}
	}
	return &t, nil
}

func (p Prices) validate(m Model) error {
	if len(p.Calls) == 0 {
		return errors.New("calls: at least one band is required")
	}
	var prev int64
	for i, b := range p.Calls {
		last := i == len(p.Calls)-1
		switch {
		case b.PerThousand < 0:
			return fmt.Errorf("calls[%d].per_thousand must not be negative", i)
		case last && b.UpTo != nil:
			return fmt.Errorf("calls[%d]: the last band must have no up_to (it covers every call above the previous band)", i)
		case !last && b.UpTo == nil:
			return fmt.Errorf("calls[%d].up_to is required on every band but the last", i)
		case !last && *b.UpTo <= prev:
			return fmt.Errorf("calls[%d].up_to must be greater than %d (bands ascend)", i, prev)
		}
		if !last {
			prev = *b.UpTo
		}
	}
	fields := []struct {
		name  string
		v     *int64
		model Model
	}{
		{"verification", p.Verification, PerVerificationOrVolume},
		{"volume_per_mille", p.VolumePerMille, PerVerificationOrVolume},
		{"kyc_check", p.KYCCheck, KYCFraudBundle},
		{"fraud_check", p.FraudCheck, KYCFraudBundle},
		{"bundle", p.Bundle, KYCFraudBundle},
	}
	for _, f := range fields {
		switch {
		case f.model != m && f.v != nil:
			return fmt.Errorf("%s does not apply to the %s pricing model", f.name, m)
		case f.model == m && f.v == nil:
			return fmt.Errorf("%s is required by the %s pricing model", f.name, m)
		case f.v != nil && *f.v < 0:
			return fmt.Errorf("%s must not be negative", f.name)
		}
	}
	if p.VolumePerMille != nil && *p.VolumePerMille > 1000 {
		return errors.New("volume_per_mille must be at most 1000 (100 %)")
	}
	return nil
}

// Line is one line of an estimated charge.
type Line struct {
	Description string
	Unit        Unit
	Quantity    int64
	Amount      Money
}

// Money is an amount in integer minor units of a currency.
type Money struct {
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
}

// Totals are a period's units of one tenant and environment.
type Totals struct {
	Calls, Verifications, KYCChecks, FraudChecks int64
	// Volume is the transaction volume per currency, in minor units.
	Volume map[string]int64
}

// Charge prices totals under ind's model: the lines, the total in the
// table's currency, and the per-mille fees in other currencies (one total
// per currency, sorted by code).
//
// Rounding: the call bands are summed exactly in thousandths of a minor unit
// and rounded once, half up; a per-mille fee is computed on the month's
// volume of its currency and rounded once, half up, never per transaction.
func (t *Table) Charge(ind industry.Industry, u Totals) (lines []Line, total Money, other []Money) {
	p := t.Industries[ind]
	if _, ok := t.Industries[ind]; !ok {
		p = t.Industries[industry.Other]
	}
	total.Currency = t.Currency
	add := func(desc string, unit Unit, qty, amount int64, currency string) {
		lines = append(lines, Line{Description: desc, Unit: unit, Quantity: qty, Amount: Money{amount, currency}})
	}
	if u.Calls > 0 {
		add("API calls", UnitCall, u.Calls, bandCharge(p.Calls, u.Calls), t.Currency)
	}
	switch ModelOf(ind) {
	case PerVerificationOrVolume:
		if u.Verifications > 0 {
			add("Verifications", UnitVerification, u.Verifications, u.Verifications**p.Verification, t.Currency)
		}
		currencies := make([]string, 0, len(u.Volume))
		for c := range u.Volume {
			currencies = append(currencies, c)
		}
		sort.Strings(currencies)
		for _, c := range currencies {
			add(fmt.Sprintf("Transaction volume at %d ‰", *p.VolumePerMille), UnitTransactionVolume, u.Volume[c],
				PerMille(u.Volume[c], *p.VolumePerMille), c)
		}
	case KYCFraudBundle:
		bundles := min(u.KYCChecks, u.FraudChecks)
		if bundles > 0 {
			add("KYC + fraud check bundles", UnitKYCCheck, bundles, bundles**p.Bundle, t.Currency)
		}
		if n := u.KYCChecks - bundles; n > 0 {
			add("KYC checks outside a bundle", UnitKYCCheck, n, n**p.KYCCheck, t.Currency)
		}
		if n := u.FraudChecks - bundles; n > 0 {
			add("Fraud checks outside a bundle", UnitFraudCheck, n, n**p.FraudCheck, t.Currency)
		}
	}
	others := map[string]int64{}
	for _, l := range lines {
		if l.Amount.Currency == t.Currency {
			total.Amount += l.Amount.Amount
		} else {
			others[l.Amount.Currency] += l.Amount.Amount
		}
	}
	for c, a := range others {
		other = append(other, Money{a, c})
	}
	sort.Slice(other, func(i, j int) bool { return other[i].Currency < other[j].Currency })
	return lines, total, other
}

// bandCharge prices n calls through graduated bands: exact thousandths of a
// minor unit summed over the bands, rounded once, half up.
func bandCharge(bands []Band, n int64) int64 {
	var milli, from int64
	for _, b := range bands {
		to := n
		if b.UpTo != nil && *b.UpTo < n {
			to = *b.UpTo
		}
		if to > from {
			milli += (to - from) * b.PerThousand
		}
		if b.UpTo == nil || *b.UpTo >= n {
			break
		}
		from = *b.UpTo
	}
	return (milli + 500) / 1000
}

// PerMille is perMille ‰ of volume rounded half up to a whole minor unit
// (5 ‰ of 1100 is 5.5, charged 6; of 1099, 5.495, charged 5). It splits the
// volume so that a large volume does not overflow.
func PerMille(volume, perMille int64) int64 {
	q, r := volume/1000, volume%1000
	return q*perMille + (r*perMille+500)/1000
}
