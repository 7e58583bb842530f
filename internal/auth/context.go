package auth

import (
	"context"
	"strings"
	"time"
)

type authErrKey struct{}

// ContextWithError records that the request carried credentials that did not
// verify, so a later "unauthorized" can say why (for example, an expired token)
// while operations that need no login still run.
func ContextWithError(ctx context.Context, err error) context.Context {
	return context.WithValue(ctx, authErrKey{}, err)
}

// ErrorFromContext returns the error recorded by ContextWithError.
func ErrorFromContext(ctx context.Context) error {
	err, _ := ctx.Value(authErrKey{}).(error)
	return err
}

// BearerToken returns the token of an "Authorization: Bearer <token>" value.
func BearerToken(header string) (string, bool) {
	const prefix = "Bearer "
	if len(header) <= len(prefix) || !strings.EqualFold(header[:len(prefix)], prefix) {
		return "", false
	}
	token := strings.TrimSpace(header[len(prefix):])
	return token, token != ""
}

type refreshCookieKey struct{}

// WithRefreshCookie returns ctx in which a new session's refresh token is
// handed to handOver (which sets it as an HttpOnly cookie on the response)
// instead of being returned in the Session, so that no script in a browser
// ever sees it. The browser-session transport sets it for requests made by a
// browser.
func WithRefreshCookie(ctx context.Context, handOver func(token string, expires time.Time)) context.Context {
	return context.WithValue(ctx, refreshCookieKey{}, handOver)
}

func refreshCookieFrom(ctx context.Context) func(string, time.Time) {
	f, _ := ctx.Value(refreshCookieKey{}).(func(string, time.Time))
	return f
}
