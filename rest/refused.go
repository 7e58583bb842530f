package rest

import (
	"context"
	"errors"
	"net/http"

	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/viewer"
)

// refusedBodyKey marks a request whose body the server refused before /v1
// saw it (larger than the server's body limit).
type refusedBodyKey struct{}

// RefuseBody hands r to /v1 with its body dropped and err as the answer the
// handler must give. The server's body limit uses it instead of answering
// itself, so the credential chain runs first and an oversize call by a known
// key appears in that key's request log like any other refused call.
func RefuseBody(r *http.Request, err error) *http.Request {
	r = r.WithContext(context.WithValue(r.Context(), refusedBodyKey{}, err))
	r.Body, r.ContentLength = http.NoBody, 0
	return r
}

// refusedBody is the error RefuseBody attached to the request, if any.
func refusedBody(ctx context.Context) error {
	err, _ := ctx.Value(refusedBodyKey{}).(error)
	return err
}

// caller is whoever the credential chain identified: the principal, or the
// owner of a key it refused once identified (revoked, expired, outside its
// allowlist). Nil for an anonymous or unidentifiable caller.
func caller(ctx context.Context) *viewer.Principal {
	if p := viewer.FromContext(ctx); p != nil {
		return p
	}
	if refused := (*auth.Refusal)(nil); errors.As(auth.ErrorFromContext(ctx), &refused) {
		return refused.Principal
	}
	return nil
}

// metered meters next's answer for an identified caller. It serves the
// answers no route's require gives: an unknown route, a wrong method and an
// oversize body are logged where the caller's owner looks.
func (h *handler) metered(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p := caller(r.Context()); p != nil {
			mw, mr, done := h.meter(w, r, p)
			defer done()
			w, r = mw, mr
		}
		next.ServeHTTP(w, r)
	})
}

// refuseOversize answers a request RefuseBody marked with its error, metered
// under the route it was meant for; other requests go on to next.
func (h *handler) refuseOversize(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := refusedBody(r.Context())
		if err == nil {
			next.ServeHTTP(w, r)
			return
		}
		r = r.WithContext(r.Context())
		_, r.Pattern = h.mux.Handler(r)
		h.metered(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { h.fail(w, r, err) })).ServeHTTP(w, r)
	})
}
