// Package rest is the /v1 REST transport: partner-facing JSON endpoints with the
// error envelope {"error":{"code","message","request_id"}} of seed 002. Handlers
// are thin: decode, call one domain function, encode.
package rest

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/usage"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/internal/webhook"
)

// Authenticator resolves a request's credentials to a principal.
type Authenticator interface {
	Resolve(ctx context.Context, c auth.Credentials) (*viewer.Principal, error)
}

// Deps are the domain services the handlers call.
type Deps struct {
	Log           *slog.Logger
	Auth          Authenticator
	Keys          *apikey.Service
	Verifications *verification.Service
	Webhooks      *webhook.Service
	// Limiter counts requests per key (per user for portal sessions, per IP
	// for public routes); Now is its clock.
	Limiter ratelimit.Store
	Now     func() time.Time
	// Usage records every authenticated call; Quotas refuses LIVE calls of a
	// tenant whose hard quota is spent. Both optional.
	Usage     *usage.Recorder
	Quotas    *usage.Quotas
	Analytics *usage.Service
	Audit     *audit.Reader
}

// Default request budgets per minute.
const (
	sessionRateLimit  = 120 // a portal session calling /v1
	publicRateLimit   = 60  // per client IP on unauthenticated routes
	documentRateLimit = 10  // document uploads per key
	rateLimitWindow   = time.Minute
)

// handler serves /v1.
type handler struct {
	Deps
	mux     *http.ServeMux
	methods map[string][]string // pattern -> methods, for 405's Allow header
}

// NewHandler returns the /v1 handler. Every route but the public OpenAPI
// document is authenticated by one middleware; unknown routes answer 404 and
// a known route with the wrong method 405, both in the error envelope.
func NewHandler(d Deps) http.Handler {
	h := &handler{Deps: d, mux: http.NewServeMux(), methods: map[string][]string{}}
	h.routes()
	for pattern, methods := range h.methods {
		allow := strings.Join(methods, ", ")
		h.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			h.fail(w, r, fault.New(fault.MethodNotAllowed, "%s is not allowed on %s; use %s", r.Method, r.URL.Path, allow))
		})
	}
	h.mux.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) {
		h.fail(w, r, fault.New(fault.NotFound, "no such endpoint: %s %s", r.Method, r.URL.Path))
	})
	return h.mux
}

// routes registers every endpoint with its authentication requirement.
func (h *handler) routes() {
	// The seed-002 partner contract: API keys with scopes.
	h.handle("POST", "/v1/verifications", h.scoped("verification:create", h.createVerification))
	h.handle("GET", "/v1/verifications", h.scoped("verification:read", h.listVerifications))
	h.handle("GET", "/v1/verifications/{id}", h.scoped("verification:read", h.getVerification))
	h.handle("POST", "/v1/verifications/{id}/documents", h.scoped("document:create", h.createDocument,
		routeLimit{name: "documents", perMinute: documentRateLimit}))
	h.handle("GET", "/v1/reports", h.scoped("report:read", h.listReports))
	h.handle("GET", "/v1/reports/{verificationId}", h.scoped("report:read", h.getReport))
	h.handle("POST", "/v1/webhooks/test", h.scoped("webhook:manage", h.testWebhook))

	// Key management: a portal session (JWT) only.
	h.handle("POST", "/v1/api-keys", h.session(h.createKey))
	h.handle("GET", "/v1/api-keys", h.session(h.listKeys))
	h.handle("GET", "/v1/api-keys/{id}", h.session(h.getKey))
	h.handle("PATCH", "/v1/api-keys/{id}", h.session(h.updateKey))
	h.handle("DELETE", "/v1/api-keys/{id}", h.session(h.deleteKey))
	h.handle("POST", "/v1/api-keys/{id}/rotate", h.session(h.rotateKey))
	h.handle("POST", "/v1/api-keys/{id}/revoke", h.session(h.revokeKey))
	h.handle("GET", "/v1/api-keys/{id}/logs", h.session(h.keyLogs))
	h.handle("GET", "/v1/api-keys/{id}/usage", h.session(h.keyUsage))
	h.handle("GET", "/v1/audit-logs/export", h.session(h.exportAudit))

	h.handle("GET", "/v1/openapi.json", h.openapi) // public, per-IP limit (openapi.go)
}

func (h *handler) handle(method, pattern string, fn http.HandlerFunc) {
	h.mux.HandleFunc(method+" "+pattern, h.saneIDs(pattern, fn))
	if !slices.Contains(h.methods[pattern], method) {
		h.methods[pattern] = append(h.methods[pattern], method)
	}
}

// saneIDs answers 404 for a path value no resource can have (invalid UTF-8,
// control characters, or absurd length), so such input never reaches the
// database.
func (h *handler) saneIDs(pattern string, next http.HandlerFunc) http.HandlerFunc {
	var names []string
	for _, part := range strings.Split(pattern, "/") {
		if strings.HasPrefix(part, "{") && strings.HasSuffix(part, "}") {
			names = append(names, strings.Trim(part, "{}"))
		}
	}
	return func(w http.ResponseWriter, r *http.Request) {
		for _, n := range names {
			v := r.PathValue(n)
			if len(v) > 200 || !utf8.ValidString(v) || strings.ContainsFunc(v, unicode.IsControl) {
				h.fail(w, r, fault.New(fault.NotFound, "not found"))
				return
			}
		}
		next(w, r)
	}
}

// authenticate resolves the request's credentials (API key, or a portal JWT,
// which wins when both are sent) and puts the principal in the context.
func (h *handler) authenticate(w http.ResponseWriter, r *http.Request) (*http.Request, bool) {
	info := requestinfo.FromContext(r.Context())
	p, err := h.Auth.Resolve(r.Context(), auth.Credentials{
		Authorization: r.Header.Get("Authorization"),
		APIKey:        r.Header.Get("X-API-Key"),
		ClientIP:      info.ClientIP,
		Origin:        r.Header.Get("Origin"),
	})
	if err != nil {
		h.fail(w, r, err)
		return r, false
	}
	return r.WithContext(viewer.NewContext(r.Context(), p)), true
}

// routeLimit is an extra per-key budget for one route.
type routeLimit struct {
	name      string
	perMinute int
}

// scoped wraps an API route: any authenticated caller whose key has the
// scope (a portal session acts with its role instead of scopes), within its
// rate limits.
func (h *handler) scoped(required string, next http.HandlerFunc, extra ...routeLimit) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r, ok := h.authenticate(w, r)
		if !ok {
			return
		}
		w, done := h.meter(w, r)
		defer done()
		p := viewer.FromContext(r.Context())
		if !h.limit(w, r, p, extra) {
			return
		}
		if p.Environment == environment.Live && h.Quotas != nil && h.Quotas.Exceeded(p.TenantID) {
			h.fail(w, r, fault.New(fault.QuotaExceeded, "this month's live call quota of your plan is used up; calls resume next month or after an upgrade"))
			return
		}
		if p.IsAPIKey() && !scope.Allows(p.Scopes, required) {
			h.fail(w, r, fault.New(fault.InvalidScope, "Scope %s required", required))
			return
		}
		next(w, r)
	}
}

// session wraps a key-management route: a portal session only.
func (h *handler) session(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r, ok := h.authenticate(w, r)
		if !ok {
			return
		}
		w, done := h.meter(w, r)
		defer done()
		p := viewer.FromContext(r.Context())
		if !h.limit(w, r, p, nil) {
			return
		}
		if p.IsAPIKey() {
			h.fail(w, r, fault.New(fault.Forbidden, "API keys are managed with a portal session (Authorization: Bearer <access token>), not with an API key"))
			return
		}
		next(w, r)
	}
}

// limit counts the request against the caller's per-minute budget and the
// route's extra one, all or nothing, and sets the X-RateLimit headers. It
// answers 429 and returns false when a budget is spent.
func (h *handler) limit(w http.ResponseWriter, r *http.Request, p *viewer.Principal, extra []routeLimit) bool {
	subject, perMinute := "user:"+p.UserID, sessionRateLimit
	if p.IsAPIKey() {
		subject, perMinute = "key:"+p.KeyID, p.RateLimitPerMinute
	}
	limits := []ratelimit.Limit{{Key: subject, Max: perMinute, Window: rateLimitWindow}}
	for _, e := range extra {
		limits = append(limits, ratelimit.Limit{Key: subject + ":" + e.name, Max: e.perMinute, Window: rateLimitWindow})
	}
	return h.take(w, r, limits)
}

// take counts the request against limits, all or nothing, and sets the
// X-RateLimit headers from the first one. It answers 429 and returns false
// when a budget is spent.
func (h *handler) take(w http.ResponseWriter, r *http.Request, limits []ratelimit.Limit) bool {
	d, err := h.Limiter.Take(r.Context(), h.Now(), limits...)
	if err != nil {
		h.fail(w, r, fault.Wrap(err, "rate limiter"))
		return false
	}
	hdr := w.Header()
	hdr.Set("X-RateLimit-Limit", strconv.Itoa(d.Limit))
	hdr.Set("X-RateLimit-Remaining", strconv.Itoa(d.Remaining))
	hdr.Set("X-RateLimit-Reset", strconv.FormatInt(d.Reset.Unix(), 10))
	if !d.Allowed {
		secs := max(1, int(math.Ceil(d.RetryAfter.Seconds())))
		h.fail(w, r, &fault.Error{Kind: fault.RateLimited, RetryAfterSeconds: secs,
			Message: fmt.Sprintf("rate limit of %d requests per minute exceeded; retry in %d seconds", d.Limit, secs)})
		return false
	}
	return true
}

func (h *handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	if m, ok := w.(*meteredWriter); ok {
		m.code = string(fault.From(err).Kind)
	}
	WriteError(w, r, h.Log, err)
}

// meteredWriter remembers what an authenticated call answered, for the
// request log.
type meteredWriter struct {
	http.ResponseWriter
	status int
	code   string
}

func (m *meteredWriter) WriteHeader(status int) {
	if m.status == 0 {
		m.status = status
	}
	m.ResponseWriter.WriteHeader(status)
}

func (m *meteredWriter) Write(b []byte) (int, error) {
	if m.status == 0 {
		m.status = http.StatusOK
	}
	return m.ResponseWriter.Write(b)
}

// meter wraps an authenticated call so that, when done is called, the call is
// handed to the usage recorder (a queue, not a database write).
func (h *handler) meter(w http.ResponseWriter, r *http.Request) (http.ResponseWriter, func()) {
	if h.Usage == nil {
		return w, func() {}
	}
	start := time.Now()
	m := &meteredWriter{ResponseWriter: w}
	return m, func() {
		p := viewer.FromContext(r.Context())
		info := requestinfo.FromContext(r.Context())
		env := p.Environment
		if env == "" {
			env = environment.Test // a portal session acts in the sandbox
		}
		h.Usage.Record(r.Context(), usage.Entry{
			TenantID: p.TenantID, Environment: env, KeyID: p.KeyID, ApplicationID: p.ApplicationID,
			Method: r.Method, Route: r.Pattern, Status: m.status, ErrorCode: m.code,
			Latency: time.Since(start), ClientIP: info.ClientIP, UserAgent: info.UserAgent,
			RequestID: info.RequestID, At: start,
		})
	}
}

type envelope struct {
	Error envelopeBody `json:"error"`
}

type envelopeBody struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	RequestID string `json:"request_id"`
}

// WriteError writes err as the error envelope. Internal causes are logged with
// the request id; the caller sees only the public message.
func WriteError(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	fe := fault.From(err)
	info := requestinfo.FromContext(r.Context())
	if fe.Kind == fault.Internal {
		if log == nil {
			log = slog.Default()
		}
		requestinfo.Logger(r.Context(), log).Error("request failed", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	if fe.RetryAfterSeconds > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(fe.RetryAfterSeconds))
	}
	msg := fe.Message
	if isCamelIdentifier(fe.Field) {
		// Domain errors name fields as GraphQL spells them (expiresAt); REST
		// bodies spell them expires_at.
		msg = strings.ReplaceAll(msg, fe.Field, snakeCase(fe.Field))
	}
	WriteJSON(w, fe.HTTPStatus(), envelope{Error: envelopeBody{Code: string(fe.Kind), Message: msg, RequestID: info.RequestID}})
}

// isCamelIdentifier reports whether s looks like a GraphQL field name
// (ipAllowlist), not a header (Content-Type) or an already snake_case name.
func isCamelIdentifier(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// snakeCase turns ipAllowlist into ip_allowlist.
func snakeCase(s string) string {
	var b strings.Builder
	for i, r := range s {
		if 'A' <= r && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// WriteJSON writes v as a JSON response with status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
