// Package scope holds the API scopes: the catalog of every scope with its
// description, the product modules that enable them, and the hierarchical
// match ("invoke:primitives" covers "invoke:primitives.screening").
package scope

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Scope is one permission, "resource:action".
type Scope struct {
	Name        string
	Description string
	// SDKSafe scopes may be granted to publishable keys used in browsers.
	SDKSafe bool
}

// Core are the scopes of the seed-002 contract, which every application has.
var Core = []string{"verification:create", "verification:read", "document:create", "report:read", "webhook:manage"}

// Platform are the scopes of the platform's own features beyond the seed-002
// contract, which every application has too (secret keys get them by
// default): share:manage issues share tokens for the tenant's reports.
var Platform = []string{"share:manage"}

// All is the catalog of every scope.
var All = []Scope{
	{"verification:create", "Create verification cases.", false},
	{"verification:read", "List and read the tenant's verification cases.", false},
	{"document:create", "Attach document references to a verification case.", false},
	{"report:read", "List and read published reports (public-safe metadata).", true},
	{"webhook:manage", "Send test webhook events to the tenant's endpoints.", false},
	{"share:manage", "Create, list and revoke share tokens revealing chosen fields of published reports.", false},
	{"kyc:verify", "Run KYC/AML verification of a person or company.", false},
	{"kyc:agecheck", "Run enhanced age and gambling-eligibility checks.", false},
	{"transaction:check", "Screen a transaction for risk (transaction monitoring).", false},
	{"trustscore:read", "Read trust scores.", false},
	{"fraud:score", "Score a payment or account for fraud risk.", false},
	{"fraud:signals", "Read fraud signals for a player or account.", false},
	{"escrow:initiate", "Open an escrow for a transaction.", false},
	{"escrow:funds", "Fund and release escrowed money.", false},
	{"disputes:open", "Open and manage disputes and chargebacks.", false},
	{"user:verify", "Verify a buyer or seller.", false},
	{"trustbadge:read", "Read a trust badge's state for display.", true},
}

// Known reports whether name is a scope of the catalog.
func Known(name string) bool {
	return slices.ContainsFunc(All, func(s Scope) bool { return s.Name == name })
}

// SDKSafe reports whether name may be granted to a publishable key.
func SDKSafe(name string) bool {
	return slices.ContainsFunc(All, func(s Scope) bool { return s.Name == name && s.SDKSafe })
}

// Covers reports whether the granted scope allows the required one: the same
// scope, or an ancestor of it by dots ("a:b" covers "a:b.c" and "a:b.c.d").
func Covers(granted, required string) bool {
	return granted == required || strings.HasPrefix(required, granted+".")
}

// Allows reports whether any of granted covers required.
func Allows(granted []string, required string) bool {
	return slices.ContainsFunc(granted, func(g string) bool { return Covers(g, required) })
}

// Module is a product module an application can require.
type Module string

// The modules of seed 000.
const (
	ModuleKYC                   Module = "KYC"
	ModuleEscrow                Module = "ESCROW"
	ModuleTrustScoring          Module = "TRUST_SCORING"
	ModuleFraudSignals          Module = "FRAUD_SIGNALS"
	ModuleTransactionMonitoring Module = "TRANSACTION_MONITORING"
	ModuleDisputes              Module = "DISPUTES"
	ModuleTrustBadges           Module = "TRUST_BADGES"
)

// moduleScopes lists what each module unlocks.
var moduleScopes = map[Module][]string{
	ModuleKYC:                   {"kyc:verify", "kyc:agecheck", "user:verify"},
	ModuleEscrow:                {"escrow:initiate", "escrow:funds"},
	ModuleTrustScoring:          {"trustscore:read"},
	ModuleFraudSignals:          {"fraud:score", "fraud:signals"},
	ModuleTransactionMonitoring: {"transaction:check"},
	ModuleDisputes:              {"disputes:open"},
	ModuleTrustBadges:           {"trustbadge:read"},
}

// Modules lists every module in display order.
var Modules = []Module{ModuleKYC, ModuleEscrow, ModuleTrustScoring, ModuleFraudSignals,
	ModuleTransactionMonitoring, ModuleDisputes, ModuleTrustBadges}

// Scopes returns the scopes the module unlocks.
func (m Module) Scopes() []string { return moduleScopes[m] }

// Valid reports whether m is a known module.
func (m Module) Valid() bool { _, ok := moduleScopes[m]; return ok }

// MarshalGQL writes the module as a GraphQL enum value.
func (m Module) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(m))) }

// UnmarshalGQL reads a GraphQL enum value.
func (m *Module) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || !Module(s).Valid() {
		return fmt.Errorf("%v is not a valid Module", v)
	}
	*m = Module(s)
	return nil
}
