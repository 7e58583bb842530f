// Package rest is the /v1 REST transport: partner-facing JSON endpoints with the
// error envelope {"error":{"code","message","request_id"}} of seed 002.
//
// A route is one line in routes(): its pattern, who may call it and its
// handler. The server's credential chain has already resolved the caller;
// middleware.go enforces what the route requires (principal, scope, limits)
// and meters the call; a handler decodes, calls one domain function and
// encodes, returning an error that envelope.go writes.
package rest

import (
	"context"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/keybs/platform/internal/agecheck"
	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/dispute"
	"github.com/keybs/platform/internal/escrow"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/fraud"
	"github.com/keybs/platform/internal/idempotency"
	"github.com/keybs/platform/internal/kyc"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/risk"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/sdktoken"
	"github.com/keybs/platform/internal/sharetoken"
	"github.com/keybs/platform/internal/trust"
	"github.com/keybs/platform/internal/usage"
	"github.com/keybs/platform/internal/userverify"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/internal/webhook"
)

// Deps are the domain services the handlers call.
type Deps struct {
	Log           *slog.Logger
	Keys          *apikey.Service
	Verifications *verification.Service
	Webhooks      *webhook.Service
	// Limiter counts requests per key (per user for portal sessions, per IP
	// for public routes); Now is the clock of limits and responses.
	Limiter ratelimit.Store
	Now     func() time.Time
	// Usage records every authenticated call; Quotas refuses LIVE calls of a
	// tenant whose hard quota is spent. Both optional.
	Usage     *usage.Recorder
	Quotas    *usage.Quotas
	Analytics *usage.Service
	Audit     *audit.Reader
	// Idempotency replays retried POSTs sent with an Idempotency-Key.
	Idempotency *idempotency.Store
	// PublicURL is this server's public base (KEYBS_PUBLIC_URL): the
	// servers of the OpenAPI document it serves.
	PublicURL string
	// Chain resolves a share token a route receives in its body; Shares
	// and SDKTokens run share tokens and SDK access tokens.
	Chain     *auth.Chain
	Shares    *sharetoken.Service
	SDKTokens *sdktoken.Service
	// KYC runs the KYC module's checks.
	KYC *kyc.Service
	// AgeCheck answers gambling-age checks.
	AgeCheck *agecheck.Checker
	// Risk runs the transaction-monitoring rules engine.
	Risk *risk.Service
	// Escrows and Disputes run the escrow and disputes modules.
	Escrows  *escrow.Service
	Disputes *dispute.Service
	// Fraud scores fraud signals; UserVerify verifies buyers and sellers.
	Fraud      *fraud.Service
	UserVerify *userverify.Service
	// Trust answers trust scores and badges of the tenant's verifications.
	Trust *trust.Service
	// Modules tells which modules an API key's application enabled, for the
	// module endpoints.
	Modules ModuleSource
}

// ModuleSource reads an application's name and enabled modules.
type ModuleSource interface {
	EnabledModules(ctx context.Context, applicationID string) (name string, modules []scope.Module, err error)
}

// handler serves /v1.
type handler struct {
	Deps
	mux     *http.ServeMux
	methods map[string][]string // pattern -> methods, for 405's Allow header
	// required is what each route ("METHOD /pattern") requires, for the
	// test that module routes match scope.Endpoints.
	required map[string]requirement
	openapi  []byte // the document as served, with this server's URLs
}

// NewHandler returns the /v1 handler. It expects the server's credential
// chain (auth.Chain.Middleware) in front of it. Unknown routes answer 404 and
// a known route with the wrong method 405, both in the error envelope; a
// request the server's body limit refused (RefuseBody) answers its 413.
func NewHandler(d Deps) http.Handler {
	h := &handler{Deps: d, mux: http.NewServeMux(), methods: map[string][]string{}, openapi: servedOpenAPI(d.PublicURL)}
	h.routes()
	for pattern, methods := range h.methods {
		allow := strings.Join(methods, ", ")
		refuse := h.metered(h.serve(func(c call) error {
			c.w.Header().Set("Allow", allow)
			return fault.New(fault.MethodNotAllowed, "%s is not allowed on %s; use %s", c.r.Method, c.r.URL.Path, allow)
		}))
		// One registration per other method rather than a method-less
		// pattern: "/v1/kyc/verify" for every method would conflict with
		// "GET /v1/kyc/{id}" (neither is more specific than the other).
		for _, m := range otherMethods {
			if !slices.Contains(methods, m) && (m != http.MethodHead || !slices.Contains(methods, http.MethodGet)) {
				h.mux.Handle(m+" "+pattern, refuse)
			}
		}
	}
	// An unknown route is metered too: a caller's typo in a path is exactly
	// what its owner looks for in the request log.
	h.mux.Handle("/v1/", h.metered(h.serve(func(c call) error {
		return fault.New(fault.NotFound, "no such endpoint: %s %s", c.r.Method, c.r.URL.Path)
	})))
	return h.refuseOversize(h.mux)
}

// otherMethods are the methods a known route answers 405 to when it does
// not serve them.
var otherMethods = []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
	http.MethodDelete, http.MethodOptions, http.MethodTrace, http.MethodConnect}

// Default request budgets per minute.
const (
	sessionRateLimit  = 120 // a portal session calling /v1
	publicRateLimit   = 60  // per client IP on unauthenticated routes
	documentRateLimit = 10  // document uploads per key
	sdkTokenRateLimit = 20  // SDK access tokens minted per key (seed 004)
	rateLimitWindow   = time.Minute
)

// routes registers every endpoint: one line each, with what it requires.
func (h *handler) routes() {
	// The seed-002 partner contract: API keys with scopes.
	h.handle("POST /v1/verifications", scoped("verification:create"), h.createVerification)
	h.handle("GET /v1/verifications", scoped("verification:read"), h.listVerifications)
	h.handle("GET /v1/verifications/{id}", scoped("verification:read"), h.getVerification)
	h.handle("POST /v1/verifications/{id}/documents", scoped("document:create", perKey("documents", documentRateLimit)), h.createDocument)
	h.handle("POST /v1/verifications/{id}/rfi/{itemId}/answer", scoped("document:create"), h.answerRFIItem)
	h.handle("GET /v1/reports", scoped("report:read"), h.listReports)
	h.handle("GET /v1/reports/{verificationId}", scoped("report:read"), h.getReport)
	h.handle("POST /v1/webhooks/test", scoped("webhook:manage"), h.testWebhook)

	// Seed 004's token-based access: share tokens for published reports,
	// checked publicly; SDK access tokens minted by a server-side key.
	h.handle("POST /v1/share-tokens", scoped("share:manage"), h.createShareToken)
	h.handle("GET /v1/share-tokens", scoped("share:manage"), h.listShareTokens)
	h.handle("DELETE /v1/share-tokens/{id}", scoped("share:manage"), h.revokeShareToken)
	h.handle("POST /v1/kyc-share/verify", public(publicRateLimit), h.verifyShareToken)
	h.handle("POST /v1/sdk/access-token", serverKey("verification:create", perKey("sdk_tokens", sdkTokenRateLimit)), h.createSDKToken)

	// The industry modules of seed 000: the key's application must have
	// enabled the module (see scope.Endpoints).
	h.handle("POST /v1/kyc/verify", module(scope.ModuleKYC, "kyc:verify"), h.verifyKYC)
	h.handle("GET /v1/kyc/{id}", module(scope.ModuleKYC, "kyc:verify"), h.getKYC)
	h.handle("POST /v1/kyc/agecheck", module(scope.ModuleKYC, "kyc:agecheck"), h.checkAge)
	h.handle("POST /v1/user/verify", module(scope.ModuleKYC, "user:verify"), h.verifyUser)
	h.handle("POST /v1/fraud/score", module(scope.ModuleFraudSignals, "fraud:score"), h.scoreFraud)
	h.handle("POST /v1/fraud/signals", module(scope.ModuleFraudSignals, "fraud:signals"), h.fraudSignals)
	h.handle("POST /v1/fraud/feedback", module(scope.ModuleFraudSignals, "fraud:score"), h.fraudFeedback)
	h.handle("POST /v1/transaction/check", module(scope.ModuleTransactionMonitoring, "transaction:check"), h.checkTransaction)
	h.handle("POST /v1/escrow/initiate", module(scope.ModuleEscrow, "escrow:initiate"), h.initiateEscrow)
	h.handle("POST /v1/escrow/funds", module(scope.ModuleEscrow, "escrow:funds"), h.moveEscrowFunds)
	h.handle("GET /v1/escrow/{id}", module(scope.ModuleEscrow, "escrow:initiate"), h.getEscrow)
	h.handle("POST /v1/disputes/open", module(scope.ModuleDisputes, "disputes:open"), h.openDispute)
	h.handle("GET /v1/disputes/{id}", module(scope.ModuleDisputes, "disputes:open"), h.getDispute)
	h.handle("GET /v1/trustscore/get", module(scope.ModuleTrustScoring, "trustscore:read"), h.getTrustScore)
	h.handle("GET /v1/trustbadge/get", module(scope.ModuleTrustBadges, "trustbadge:read"), h.getTrustBadge)

	// Sandbox test helpers (Stripe's model): TEST keys only.
	h.handle("POST /v1/test_helpers/verifications/{id}/advance", scoped("verification:create"), h.advanceVerification)
	h.handle("POST /v1/test_helpers/kyc/{id}/complete", module(scope.ModuleKYC, "kyc:verify"), h.completeKYC)
	h.handle("POST /v1/test_helpers/disputes/{id}/resolve", module(scope.ModuleDisputes, "disputes:open"), h.resolveDispute)

	// Key management: a portal session (JWT) only.
	h.handle("POST /v1/api-keys", session(), h.createKey)
	h.handle("GET /v1/api-keys", session(), h.listKeys)
	h.handle("GET /v1/api-keys/{id}", session(), h.getKey)
	h.handle("PATCH /v1/api-keys/{id}", session(), h.updateKey)
	h.handle("DELETE /v1/api-keys/{id}", session(), h.deleteKey)
	h.handle("POST /v1/api-keys/{id}/rotate", session(), h.rotateKey)
	h.handle("POST /v1/api-keys/{id}/revoke", session(), h.revokeKey)
	h.handle("GET /v1/api-keys/{id}/logs", session(), h.keyLogs)
	h.handle("GET /v1/api-keys/{id}/usage", session(), h.keyUsage)
	h.handle("GET /v1/audit-logs/export", session(), h.exportAudit)

	// Public: no credentials, a budget per client IP and route.
	h.handle("GET /v1/attestations/verify/{verificationId}", public(publicRateLimit), h.verifyAttestation)
	h.handle("GET /v1/openapi.json", public(publicRateLimit), h.serveOpenAPI)
	h.handle("GET /v1/postman/collection.json", public(publicRateLimit), h.servePostmanCollection)
	h.handle("GET /v1/postman/environment.json", public(publicRateLimit), h.servePostmanEnvironment)
	h.handle("GET /v1/starter/{industry}", public(publicRateLimit), h.serveStarter)
	h.handle("GET /v1/starter/{industry}/{lang}", public(publicRateLimit), h.serveStarterClient)
}

// handle registers route ("METHOD /pattern") behind what it requires.
func (h *handler) handle(route string, req requirement, fn handlerFunc) {
	method, pattern, _ := strings.Cut(route, " ")
	h.mux.Handle(route, h.saneIDs(pattern, h.require(route, req, h.serve(fn))))
	if h.required == nil {
		h.required = map[string]requirement{}
	}
	h.required[route] = req
	if !slices.Contains(h.methods[pattern], method) {
		h.methods[pattern] = append(h.methods[pattern], method)
	}
}

// Routes returns every registered /v1 route as "METHOD /pattern", sorted, so a
// test can check that each one is in the OpenAPI document.
func Routes() []string {
	h := &handler{mux: http.NewServeMux(), methods: map[string][]string{}}
	h.routes()
	var out []string
	for pattern, methods := range h.methods {
		for _, m := range methods {
			out = append(out, m+" "+pattern)
		}
	}
	slices.Sort(out)
	return out
}

// Accepts are the principals /v1 takes: portal sessions and API keys.
var Accepts = viewer.Accept(viewer.KindSession, viewer.KindAPIKey)
