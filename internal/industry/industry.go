// Package industry holds the industries a partner can belong to. The catalog of
// what each industry unlocks (preset scopes, rate caps, pricing) grows here.
package industry

import (
	"fmt"
	"io"
	"strconv"

	"github.com/keybs/platform/internal/scope"
)

// Industry is a partner's industry category.
type Industry string

// The industries of DESIGN §4, plus OTHER for partners outside them.
const (
	Fintech   Industry = "FINTECH"
	Payments  Industry = "PAYMENTS"
	Ecommerce Industry = "ECOMMERCE"
	IGaming   Industry = "IGAMING"
	Other     Industry = "OTHER"
)

// All lists every industry in display order.
var All = []Industry{Fintech, Payments, Ecommerce, IGaming, Other}

// Values lets ent use Industry as an enum type.
func (Industry) Values() []string {
	v := make([]string, len(All))
	for i, ind := range All {
		v[i] = string(ind)
	}
	return v
}

// Valid reports whether i is one of All.
func (i Industry) Valid() bool {
	for _, ind := range All {
		if ind == i {
			return true
		}
	}
	return false
}

// MarshalGQL writes the industry as a GraphQL enum value.
func (i Industry) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(i))) }

// UnmarshalGQL reads a GraphQL enum value.
func (i *Industry) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("industry must be a string")
	}
	if !Industry(s).Valid() {
		return fmt.Errorf("%q is not a valid Industry", s)
	}
	*i = Industry(s)
	return nil
}

// Profile is what an industry unlocks: DESIGN §4's table.
//
// Modules, not industries, decide what an application may be granted: the
// preset is only the default selection. A new application of the industry
// starts with PresetModules (the modules that unlock the preset scopes), and
// a key created without an explicit scope list gets what those modules
// unlock.
type Profile struct {
	ID                     Industry
	Name                   string
	PresetScopes           []string // beyond the seed-002 core scopes
	LiveRateLimitPerMinute int
	PricingModel           string
	Endpoints              []string // the module endpoints the preset enables
	PresetModules          []scope.Module
}

// Catalog is the industry table, in display order.
var Catalog = []Profile{
	{Fintech, "Fintech", []string{"kyc:verify", "transaction:check", "trustscore:read", "fraud:score"}, 1000,
		"Per API call with volume discounts", []string{"/kyc/verify", "/transaction/check", "/trustscore/get"},
		[]scope.Module{scope.ModuleKYC, scope.ModuleTransactionMonitoring, scope.ModuleTrustScoring, scope.ModuleFraudSignals}},
	{Payments, "Payments", []string{"transaction:check", "escrow:initiate", "fraud:score", "disputes:open"}, 1000,
		"Per API call with volume discounts", []string{"/escrow/initiate", "/fraud/score", "/disputes/open"},
		[]scope.Module{scope.ModuleTransactionMonitoring, scope.ModuleEscrow, scope.ModuleFraudSignals, scope.ModuleDisputes}},
	{Ecommerce, "e-Commerce", []string{"user:verify", "escrow:funds", "trustbadge:read"}, 500,
		"Per verification or a percentage of the transaction", []string{"/user/verify", "/escrow/funds", "/trustbadge/get"},
		[]scope.Module{scope.ModuleKYC, scope.ModuleEscrow, scope.ModuleTrustBadges}},
	{IGaming, "iGaming", []string{"kyc:agecheck", "kyc:verify", "transaction:check", "fraud:signals"}, 500,
		"Per KYC check plus fraud-check bundle", []string{"/kyc/agecheck", "/transaction/check", "/fraud/signals"},
		[]scope.Module{scope.ModuleKYC, scope.ModuleTransactionMonitoring, scope.ModuleFraudSignals}},
	{Other, "Other", nil, 500, "Per API call", nil, nil},
}

// ProfileOf returns the catalog entry of i (Other's for an unknown value).
func ProfileOf(i Industry) Profile {
	for _, p := range Catalog {
		if p.ID == i {
			return p
		}
	}
	return Catalog[len(Catalog)-1]
}
