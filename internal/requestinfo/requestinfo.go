// Package requestinfo carries facts about the HTTP request being served (its id,
// the client's IP and user agent) through the context, so domain code can audit
// and log them without knowing about HTTP.
package requestinfo

import (
	"context"
	"log/slog"
)

// Info describes the request being served.
type Info struct {
	RequestID string
	ClientIP  string
	UserAgent string
}

type ctxKey struct{}

// NewContext returns ctx carrying info.
func NewContext(ctx context.Context, info Info) context.Context {
	return context.WithValue(ctx, ctxKey{}, info)
}

// FromContext returns the request info in ctx (zero outside a request).
func FromContext(ctx context.Context) Info {
	info, _ := ctx.Value(ctxKey{}).(Info)
	return info
}

// Logger returns logger annotated with the request id in ctx, so every line
// about a request can be found by it.
func Logger(ctx context.Context, logger *slog.Logger) *slog.Logger {
	if id := FromContext(ctx).RequestID; id != "" {
		return logger.With("request_id", id)
	}
	return logger
}
