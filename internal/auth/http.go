package auth

import (
	"net/http"

	"github.com/keybs/platform/internal/viewer"
)

// Middleware runs the chain on every request and puts the outcome in the
// context: the principal (viewer.FromContext), or the refusal
// (ErrorFromContext) with the request left anonymous. It never answers the
// request itself; each route says what it requires of the principal, so
// public operations still run and protected ones say why they refuse.
// accept names the kinds of principal the mounted transport takes.
func (ch *Chain) Middleware(accept viewer.Kinds, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := RequestFacts(r)
		c.Authorization, c.APIKey = r.Header.Get("Authorization"), r.Header.Get("X-API-Key")
		if c.Authorization == "" && c.APIKey == "" {
			next.ServeHTTP(w, r) // anonymous: nothing to resolve
			return
		}
		p, err := ch.Resolve(r.Context(), c, accept)
		ctx := r.Context()
		switch {
		case err != nil:
			ctx = ContextWithError(ctx, err)
		case p != nil:
			ctx = viewer.NewContext(ctx, p)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
