package rest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	entkey "github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/outcome"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/redact"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/usage"
	"github.com/keybs/platform/internal/viewer"
)

// requirement is what a route asks of its caller. The credential chain has
// resolved the caller before the route runs; a requirement only checks the
// principal it produced.
type requirement struct {
	kinds viewer.Kinds // principals that may call; none for a public route
	scope string       // an API key needs it; a portal session acts with its role
	quota bool         // a partner API call: LIVE calls count against the plan's quota
	perIP int          // a public route's budget per client IP and minute
	extra []routeLimit // further per-caller budgets of the route
	// serverOnly refuses publishable keys, which live in browsers, before
	// their scopes are looked at.
	serverOnly bool
	// module is the product module an API key's application must have
	// enabled; empty for the routes every application has.
	module scope.Module
}

// routeLimit is an extra per-caller budget for one route.
type routeLimit struct {
	name      string
	perMinute int
}

// scoped is a partner API route: an API key holding the scope, or a portal
// session (which acts with its role instead of scopes).
func scoped(s string, extra ...routeLimit) requirement {
	return requirement{kinds: viewer.Accept(viewer.KindAPIKey, viewer.KindSession), scope: s, quota: true, extra: extra}
}

// serverKey is a route for a partner's server only: a secret or restricted
// API key holding the scope. A publishable key is forbidden whatever its
// scopes, and a portal session too (the route acts for a key's application).
func serverKey(s string, extra ...routeLimit) requirement {
	return requirement{kinds: viewer.Accept(viewer.KindAPIKey), scope: s, quota: true, extra: extra, serverOnly: true}
}

// module is an industry-module endpoint (seed 000, seed 004): scoped, and an
// API key's application must have enabled m. A portal session has no
// application and acts with its role, so only the scope rule applies to keys.
func module(m scope.Module, s string, extra ...routeLimit) requirement {
	r := scoped(s, extra...)
	r.module = m
	return r
}

// session is a key-management route: a portal session only.
func session() requirement {
	return requirement{kinds: viewer.Accept(viewer.KindSession)}
}

// public is a route without credentials, limited per client IP.
func public(perIP int) requirement { return requirement{perIP: perIP} }

// perKey is an extra budget of perMinute calls of one route per caller.
func perKey(name string, perMinute int) routeLimit {
	return routeLimit{name: name, perMinute: perMinute}
}

// require wraps next with the checks req makes of route's callers.
// Authenticated calls are metered whatever their outcome, from the moment
// the caller is known.
func (h *handler) require(route string, req requirement, next http.Handler) http.Handler {
	if req.kinds == 0 {
		// Each public route has its own budget per IP, so a client reading
		// the OpenAPI document in a loop does not lock out share-token
		// checks from the same office.
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ip := requestinfo.FromContext(r.Context()).ClientIP
			if err := h.take(r.Context(), w, ratelimit.Limit{Key: "ip:" + ip + ":" + route, Max: req.perIP, Window: rateLimitWindow}); err != nil {
				h.fail(w, r, err)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := principal(r.Context())
		if err != nil {
			// A key refused once identified (revoked, expired, outside its
			// allowlist) is logged for its owner, who looks exactly then.
			h.metered(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { h.fail(w, r, err) })).ServeHTTP(w, r)
			return
		}
		w, r, done := h.meter(w, r, p)
		defer done()
		if err := h.admit(r.Context(), w, p, req); err != nil {
			h.fail(w, r, err)
			return
		}
		if err := h.idempotent(w, r, p, next); err != nil {
			h.fail(w, r, err)
		}
	})
}

// principal returns the caller the credential chain resolved, or why there
// is none.
func principal(ctx context.Context) (*viewer.Principal, error) {
	if p := viewer.FromContext(ctx); p != nil {
		return p, nil
	}
	if err := auth.ErrorFromContext(ctx); err != nil {
		return nil, err
	}
	return nil, fault.New(fault.Unauthorized, "missing API key: send \"Authorization: Bearer <key>\" or \"X-API-Key: <key>\"")
}

// admit counts the call against p's budgets (with a LIVE partner call, its
// tenant's hard quota), then checks the kind of principal and the scope, in
// that order: a refused call still spends budget, so probing for scopes is
// rate limited too.
func (h *handler) admit(ctx context.Context, w http.ResponseWriter, p *viewer.Principal, req requirement) error {
	limits := h.limits(p, req.extra)
	if req.quota && p.Environment == environment.Live && h.Quotas != nil {
		quota, ok, err := h.Quotas.Limit(ctx, p.TenantID)
		if err != nil {
			return err
		}
		if ok {
			limits = append(limits, quota)
		}
	}
	if err := h.take(ctx, w, limits...); err != nil {
		return err
	}
	if p.IsAPIKey() && !req.kinds.Has(viewer.KindAPIKey) {
		return fault.New(fault.Forbidden, "API keys are managed with a portal session (Authorization: Bearer <access token>), not with an API key")
	}
	if !p.IsAPIKey() && !req.kinds.Has(viewer.KindSession) {
		return fault.New(fault.Forbidden, "this endpoint is called by your server with a secret or restricted API key, not with a portal session")
	}
	if req.serverOnly && p.KeyKind == string(entkey.KindPUBLISHABLE) {
		return fault.New(fault.Forbidden, "a publishable key cannot call this endpoint: call it from your server with a secret or restricted key")
	}
	// The module comes before the scope: a key may still hold a scope of a
	// module its application has since disabled, and naming the module says
	// what to change.
	if p.IsAPIKey() && req.module != "" {
		if err := h.moduleEnabled(ctx, p, req.module); err != nil {
			return err
		}
	}
	if p.IsAPIKey() && req.scope != "" && !scope.Allows(p.Scopes, req.scope) {
		return fault.New(fault.InvalidScope, "Scope %s required", req.scope)
	}
	return nil
}

// moduleEnabled checks that the API key's application has enabled m.
func (h *handler) moduleEnabled(ctx context.Context, p *viewer.Principal, m scope.Module) error {
	if h.Modules == nil {
		return fault.Wrap(errors.New("rest: Deps.Modules is not set"), "module check")
	}
	name, enabled, err := h.Modules.EnabledModules(ctx, p.ApplicationID)
	if err != nil {
		// Even a missing application is the server's fault here: the key
		// authenticated, so its application exists.
		return fault.Wrap(err, "load the key's application modules")
	}
	if !slices.Contains(enabled, m) {
		return fault.New(fault.Forbidden, "the %s module (%s) is not enabled on application %q (%s): enable it in the portal's application settings",
			m, m.Name(), name, p.ApplicationID)
	}
	return nil
}

// limits are p's per-minute budget and the route's extra ones.
func (h *handler) limits(p *viewer.Principal, extra []routeLimit) []ratelimit.Limit {
	subject, perMinute := "user:"+p.UserID, sessionRateLimit
	if p.IsAPIKey() {
		subject, perMinute = "key:"+p.KeyID, p.RateLimitPerMinute
	}
	limits := []ratelimit.Limit{{Key: subject, Max: perMinute, Window: rateLimitWindow}}
	for _, e := range extra {
		limits = append(limits, ratelimit.Limit{Key: subject + ":" + e.name, Max: e.perMinute, Window: rateLimitWindow})
	}
	return limits
}

// take counts the request against limits, all or nothing, and sets the
// X-RateLimit headers from the first one; a spent budget is a rate_limited
// error carrying Retry-After.
func (h *handler) take(ctx context.Context, w http.ResponseWriter, limits ...ratelimit.Limit) error {
	d, err := h.Limiter.Take(ctx, h.Now(), limits...)
	if err != nil {
		return fault.Wrap(err, "rate limiter")
	}
	if !d.Allowed && strings.HasPrefix(d.Exceeded, "quota:") {
		// The call's own budgets had room: show them, not the quota's.
		if own, err := h.Limiter.Peek(ctx, h.Now(), limits[0]); err == nil {
			d = own
		}
		setLimitHeaders(w, d)
		return fault.New(fault.QuotaExceeded, "this month's live call quota of your plan is used up; calls resume next month or after an upgrade")
	}
	setLimitHeaders(w, d)
	if !d.Allowed {
		secs := max(1, int(math.Ceil(d.RetryAfter.Seconds())))
		return &fault.Error{Kind: fault.RateLimited, RetryAfterSeconds: secs,
			Message: fmt.Sprintf("rate limit of %d requests per minute exceeded; retry in %d seconds", d.Limit, secs)}
	}
	return nil
}

// meter hands the call to the usage recorder (a queue, not a database write)
// when done is called, with the status and error code the answer carried.
func (h *handler) meter(w http.ResponseWriter, r *http.Request, p *viewer.Principal) (http.ResponseWriter, *http.Request, func()) {
	if h.Usage == nil {
		return w, r, func() {}
	}
	start := time.Now()
	w, r, rec := outcome.Wrap(w, r)
	// The bodies' first bytes are kept raw for the request log's detail
	// view; the usage writer redacts them off the request path.
	reqBody := &outcome.Capture{Limit: redact.CaptureLimit}
	if r.Body != nil && r.Body != http.NoBody {
		r.Body = outcome.CaptureBody(r.Body, reqBody)
	}
	rec.Body = &outcome.Capture{Limit: redact.CaptureLimit}
	return w, r, func() {
		// A refused call's body was never read; read what the log keeps of
		// it (the body limit still bounds the read).
		if reqBody.Seen <= redact.CaptureLimit && r.Body != nil && r.Body != http.NoBody {
			_, _ = io.Copy(io.Discard, io.LimitReader(r.Body, int64(redact.CaptureLimit+1-reqBody.Seen)))
		}
		info := requestinfo.FromContext(r.Context())
		env := p.Environment
		if env == "" {
			env = environment.Test // a portal session acts in the sandbox
		}
		h.Usage.Record(r.Context(), usage.Entry{
			TenantID: p.TenantID, Environment: env, KeyID: p.KeyID, ApplicationID: p.ApplicationID,
			Method: r.Method, Route: r.Pattern, Status: rec.Status, ErrorCode: rec.ErrorCode,
			Latency: time.Since(start), ClientIP: info.ClientIP, UserAgent: info.UserAgent,
			RequestID: info.RequestID, At: start,
			RequestBody: reqBody.Bytes, RequestBodySeen: reqBody.Seen,
			ResponseBody: rec.Body.Bytes, ResponseBodySeen: rec.Body.Seen,
		})
	}
}

// saneIDs answers 404 for a path value no resource can have (invalid UTF-8,
// control characters, or absurd length), so such input never reaches the
// database.
func (h *handler) saneIDs(pattern string, next http.Handler) http.Handler {
	var names []string
	for _, part := range strings.Split(pattern, "/") {
		if strings.HasPrefix(part, "{") && strings.HasSuffix(part, "}") {
			names = append(names, strings.Trim(part, "{}"))
		}
	}
	if len(names) == 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, n := range names {
			v := r.PathValue(n)
			if len(v) > 200 || !utf8.ValidString(v) || strings.ContainsFunc(v, unicode.IsControl) {
				h.fail(w, r, fault.New(fault.NotFound, "not found"))
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// setLimitHeaders describes a budget in the X-RateLimit headers.
func setLimitHeaders(w http.ResponseWriter, d ratelimit.Decision) {
	hdr := w.Header()
	hdr.Set("X-RateLimit-Limit", strconv.Itoa(d.Limit))
	hdr.Set("X-RateLimit-Remaining", strconv.Itoa(d.Remaining))
	hdr.Set("X-RateLimit-Reset", strconv.FormatInt(d.Reset.Unix(), 10))
}
