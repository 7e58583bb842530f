// Package scope holds the API scopes: the catalog of every scope with its
// description, the product modules that enable them (with the endpoints each
// module serves), and the hierarchical match ("invoke:primitives" covers
// "invoke:primitives.screening", which covers "invoke:screening.individual").
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
	// The primitives of seed 004: the whole set, a category, or one
	// primitive by its id ("invoke:" + the primitive id, without
	// "primitives." in it, exactly as the seed writes it).
	{PrimitivesScope, "Invoke every primitive (screening, document, device intelligence).", false},
	{"invoke:primitives.screening", "Invoke the screening primitives (screening.individual, screening.entity).", false},
	{"invoke:primitives.document", "Invoke the document primitives (document.check).", false},
	{"invoke:primitives.device_intel", "Invoke the device-intelligence primitives (device_intel.ip).", false},
	{"invoke:screening.individual", "Invoke the screening.individual primitive only.", false},
	{"invoke:screening.entity", "Invoke the screening.entity primitive only.", false},
	{"invoke:document.check", "Invoke the document.check primitive only.", false},
	{"invoke:device_intel.ip", "Invoke the device_intel.ip primitive only.", false},
}

// PrimitivesScope grants every primitive (seed 004).
const PrimitivesScope = "invoke:primitives"

// ForPrimitive is the scope naming one primitive: "invoke:screening.individual"
// for the primitive "screening.individual".
func ForPrimitive(id string) string { return "invoke:" + id }

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
//
// Seed 004 names a single primitive "invoke:screening.individual", not
// "invoke:primitives.screening.individual", yet states that
// "invoke:primitives.screening" covers it. So both sides are first put in
// their canonical form, where a primitive's scope sits under
// "invoke:primitives."; the two spellings are then the same scope.
func Covers(granted, required string) bool {
	return granted != "" && slices.Contains(Ancestors(required), canonical(granted))
}

// Ancestors are the scopes that cover s, in canonical form, s's own first
// and the broadest last: the general ancestor rule every scope check uses.
// Only the action is split at its dots; the resource before the colon is
// never shortened, so "verification" alone is no ancestor of
// "verification:read". For a primitive:
//
//	Ancestors("invoke:screening.individual") = [
//	    "invoke:primitives.screening.individual",
//	    "invoke:primitives.screening",
//	    "invoke:primitives",
//	]
//
// which is seed 004's invoke:primitives ⊇ invoke:primitives.screening ⊇
// invoke:screening.individual. An empty scope has none.
func Ancestors(s string) []string {
	c := canonical(s)
	if c == "" {
		return nil
	}
	out := []string{c}
	resource, action, ok := strings.Cut(c, ":")
	if !ok {
		return out
	}
	for i := strings.LastIndex(action, "."); i > 0; i = strings.LastIndex(action, ".") {
		action = action[:i]
		out = append(out, resource+":"+action)
	}
	return out
}

// canonical spells a primitive scope under "invoke:primitives.":
// "invoke:screening.individual" is "invoke:primitives.screening.individual".
// Every other scope is its own canonical form. Only "invoke:<category>.<id>"
// is a primitive's short form: "invoke:screening" alone names nothing.
func canonical(s string) string {
	rest, ok := strings.CutPrefix(s, "invoke:")
	if !ok || rest == "primitives" || strings.HasPrefix(rest, "primitives.") || !strings.Contains(rest, ".") {
		return s
	}
	return "invoke:primitives." + rest
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
	// ModulePrimitives unlocks the primitives of seed 004.
	ModulePrimitives Module = "PRIMITIVES"
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
	ModulePrimitives: {PrimitivesScope, "invoke:primitives.screening", "invoke:primitives.document", "invoke:primitives.device_intel",
		"invoke:screening.individual", "invoke:screening.entity", "invoke:document.check", "invoke:device_intel.ip"},
}

// moduleText names and describes each module for the portal.
var moduleText = map[Module][2]string{
	ModuleKYC:                   {"KYC verification", "Identity checks of people (documents, sanctions and PEP screening, age), gambling-age checks and buyer/seller verification."},
	ModuleEscrow:                {"Escrow", "Hold a buyer's money until the deal is done: initiate, fund, release or refund."},
	ModuleTrustScoring:          {"Trust scoring", "Read the trust score and risk band of a published verification report."},
	ModuleFraudSignals:          {"Fraud signals", "Score an email, IP, device or party for fraud from earlier declines, disputes and velocity; confirm outcomes to sharpen it."},
	ModuleTransactionMonitoring: {"Transaction monitoring", "Check a transaction against the rules engine: amount thresholds, velocity, jurisdictions, currency mismatch."},
	ModuleDisputes:              {"Disputes", "Open disputes and chargebacks against escrows or checked transactions; KeyBS ops decide them."},
	ModuleTrustBadges:           {"Trust badges", "Show a verified supplier's badge: its state, hosted page and embed snippet."},
	ModulePrimitives:            {"Primitives", "Low-level building blocks (seed 004): name screening, document checks and IP intelligence."},
}

// Modules lists every module in display order.
var Modules = []Module{ModuleKYC, ModuleEscrow, ModuleTrustScoring, ModuleFraudSignals,
	ModuleTransactionMonitoring, ModuleDisputes, ModuleTrustBadges, ModulePrimitives}

// Scopes returns the scopes the module unlocks.
func (m Module) Scopes() []string { return moduleScopes[m] }

// Name is the module's display name.
func (m Module) Name() string { return moduleText[m][0] }

// Description says what the module does.
func (m Module) Description() string { return moduleText[m][1] }

// ModuleOf returns the module that unlocks the catalog scope name; the core
// scopes and unknown names belong to none.
func ModuleOf(name string) (Module, bool) {
	for _, m := range Modules {
		if slices.Contains(moduleScopes[m], name) {
			return m, true
		}
	}
	return "", false
}

// ModuleInfo is a module as the portal shows it.
type ModuleInfo struct {
	ID          Module
	Name        string
	Description string
	Scopes      []string
	Endpoints   []Endpoint
}

// Catalog describes every module, in display order.
func Catalog() []ModuleInfo {
	out := make([]ModuleInfo, len(Modules))
	for i, m := range Modules {
		out[i] = ModuleInfo{ID: m, Name: m.Name(), Description: m.Description(), Scopes: slices.Clone(m.Scopes())}
		for _, e := range Endpoints {
			if e.Module == m {
				out[i].Endpoints = append(out[i].Endpoints, e)
			}
		}
	}
	return out
}

// Endpoint is a module endpoint of /v1 with the scope it requires.
type Endpoint struct {
	Module  Module
	Method  string
	Path    string
	Scope   string
	Summary string
}

// Endpoints are the module endpoints (seed 000 §2 and seed 004), in display
// order; REST registers each with exactly this scope (a test checks).
var Endpoints = []Endpoint{
	{ModuleKYC, "POST", "/v1/kyc/verify", "kyc:verify", "Verify a person: document format, sanctions/PEP screening, age."},
	{ModuleKYC, "GET", "/v1/kyc/{id}", "kyc:verify", "Read a KYC check."},
	{ModuleKYC, "POST", "/v1/kyc/agecheck", "kyc:agecheck", "Check a person's age against the jurisdiction's gambling age."},
	{ModuleKYC, "POST", "/v1/user/verify", "user:verify", "Verify a buyer or seller: email, phone, name, country."},
	{ModuleTransactionMonitoring, "POST", "/v1/transaction/check", "transaction:check", "Score a transaction with the rules engine."},
	{ModuleTrustScoring, "GET", "/v1/trustscore/get", "trustscore:read", "The trust score and band of a published report."},
	{ModuleFraudSignals, "POST", "/v1/fraud/score", "fraud:score", "Score an email, IP, device or party for fraud."},
	{ModuleFraudSignals, "POST", "/v1/fraud/signals", "fraud:signals", "The fraud signals known for an email, IP, device or party."},
	{ModuleFraudSignals, "POST", "/v1/fraud/feedback", "fraud:score", "Confirm a check was fraud or legitimate."},
	{ModuleEscrow, "POST", "/v1/escrow/initiate", "escrow:initiate", "Open an escrow."},
	{ModuleEscrow, "POST", "/v1/escrow/funds", "escrow:funds", "Fund, release or refund an escrow."},
	{ModuleEscrow, "GET", "/v1/escrow/{id}", "escrow:initiate", "Read an escrow."},
	{ModuleDisputes, "POST", "/v1/disputes/open", "disputes:open", "Open a dispute against an escrow or a transaction check."},
	{ModuleDisputes, "GET", "/v1/disputes/{id}", "disputes:open", "Read a dispute."},
	{ModuleTrustBadges, "GET", "/v1/trustbadge/get", "trustbadge:read", "A badge's state, hosted URL and embed snippet."},
	{ModulePrimitives, "POST", "/v1/primitives/{primitiveId}", PrimitivesScope, "Invoke a primitive (seed 004)."},
}

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
