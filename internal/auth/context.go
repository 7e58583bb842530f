package auth

import (
	"context"
	"strings"
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
