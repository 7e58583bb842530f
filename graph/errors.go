package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"unicode"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/viewer"
)

// presentError turns a resolver error into a GraphQL error whose
// extensions.code is one of fault's kinds, the same codes REST uses. Internal
// causes are logged with the request id and never returned.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		var already *gqlerror.Error
		if errors.As(err, &already) && already.Extensions["code"] != nil {
			if already.Extensions["code"] == "NOT_FOUND" {
				// entgql's node lookup names the id it could not find; answer
				// like every other missing row, so a foreign id and a missing
				// one are indistinguishable.
				gqlErr.Message = "not found"
				gqlErr.Extensions = map[string]any{"code": string(fault.NotFound)}
			}
			return gqlErr // parse, validation and complexity errors keep gqlgen's codes
		}
		fe := classify(ctx, err)
		switch fe.Kind {
		case fault.Internal:
			requestinfo.Logger(ctx, log).Error("graphql resolver failed", "path", gqlErr.Path.String(), "error", err)
		case fault.Timeout:
			requestinfo.Logger(ctx, log).Warn("graphql resolver stopped", "path", gqlErr.Path.String(), "error", err)
		}
		gqlErr.Message = fe.MessageFor(fieldName)
		gqlErr.Extensions = map[string]any{"code": string(fe.Kind)}
		if fe.Field != "" {
			gqlErr.Extensions["field"] = fieldName(fe.Field)
		}
		if fe.RetryAfterSeconds > 0 {
			gqlErr.Extensions["retryAfterSeconds"] = fe.RetryAfterSeconds
		}
		return gqlErr
	}
}

// classify maps an error to a fault: privacy denials and argument errors
// here, since they are GraphQL's own; domain and storage errors through
// database.Err, the mapping REST uses too.
func classify(ctx context.Context, err error) *fault.Error {
	var gqlErr *gqlerror.Error
	var fe *fault.Error
	switch {
	case errors.Is(err, privacy.Deny) && viewer.FromContext(ctx) == nil:
		fe = fault.New(fault.Unauthorized, "log in first")
	case errors.Is(err, privacy.Deny):
		fe = fault.New(fault.Forbidden, "not allowed")
	case errors.Is(err, context.DeadlineExceeded):
		fe = fault.New(fault.Timeout, "the operation ran longer than the server allows and was stopped; ask for less at once")
	case errors.Is(err, context.Canceled):
		fe = fault.New(fault.Timeout, "the request was cancelled before it finished")
	case errors.As(err, &gqlErr) && gqlErr.Err == nil:
		// Argument coercion errors (a bad enum value, a missing field).
		fe = fault.New(fault.Invalid, "%s", gqlErr.Message)
	default:
		fe = fault.From(database.Err(err, "graphql resolver"))
	}
	if fe.Kind == fault.Internal && database.Unreachable(err) {
		fe = database.Unavailable(err) // an outage, not a bug: the caller may retry
	}
	// An anonymous caller who sent a bad token learns why it was refused.
	if fe.Kind == fault.Unauthorized && viewer.FromContext(ctx) == nil {
		if authErr := auth.ErrorFromContext(ctx); authErr != nil {
			return fault.From(authErr)
		}
	}
	return fe
}

// recoverPanic logs a resolver panic with its stack and returns a generic
// internal error.
func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		requestinfo.Logger(ctx, log).Error("graphql resolver panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return fault.New(fault.Internal, "internal server error")
	}
}

// fieldName spells a domain error's field (the REST API's snake_case) as
// this schema does: ip_allowlist is ipAllowlist.
func fieldName(field string) string {
	if !strings.Contains(field, "_") {
		return field
	}
	var b strings.Builder
	upper := false
	for _, r := range field {
		switch {
		case r == '_':
			upper = true
		case upper:
			b.WriteRune(unicode.ToUpper(r))
			upper = false
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
