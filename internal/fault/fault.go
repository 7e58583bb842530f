// Package fault holds the platform's error type: a closed set of kinds, a public
// message safe to show any caller, and an internal cause that is logged with the
// request id but never returned. REST and GraphQL map the same kinds to the same
// codes, so a partner sees one vocabulary whichever transport it uses.
package fault

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// Kind classifies an error. Its string is the wire code.
type Kind string

// The kinds. Their strings appear as REST error codes and GraphQL
// extensions.code, so they never change.
const (
	Invalid          Kind = "validation_error"
	Unauthorized     Kind = "unauthorized"
	ExpiredAPIKey    Kind = "expired_api_key"
	Forbidden        Kind = "forbidden"
	InvalidScope     Kind = "invalid_scope"
	NotFound         Kind = "not_found"
	Conflict         Kind = "conflict"
	RateLimited      Kind = "rate_limited"
	PayloadTooLarge  Kind = "payload_too_large"
	MethodNotAllowed Kind = "method_not_allowed"
	QuotaExceeded    Kind = "quota_exceeded"
	// ShareTokenExpired and ShareTokenExhausted refuse a share token that
	// exists but is past its expiry or has no uses left: gone for good, so
	// the relying party asks for a new link instead of retrying.
	ShareTokenExpired   Kind = "share_token_expired"
	ShareTokenExhausted Kind = "share_token_exhausted"
	// TooComplex refuses a GraphQL document before it runs: too many
	// tokens, fields, aliases or levels, or a cost above the limit.
	TooComplex Kind = "query_too_complex"
	// Timeout is an operation stopped because it ran past the server's
	// deadline (or its caller went away).
	Timeout Kind = "timeout"
	// UnsupportedMediaType is a request body that is not JSON.
	UnsupportedMediaType Kind = "unsupported_media_type"
	// IdempotencyConflict is an Idempotency-Key reused with another request,
	// or while its first request is still running.
	IdempotencyConflict Kind = "idempotency_conflict"
	// UnknownPrimitive is POST /v1/primitives/{primitiveId} naming no
	// primitive of seed 004's catalog: a 404 a caller can tell apart from
	// an unknown path.
	UnknownPrimitive Kind = "unknown_primitive"
	// Unavailable is a dependency (the database) that cannot be reached:
	// the caller should retry after Retry-After.
	Unavailable Kind = "service_unavailable"
	Internal    Kind = "server_error"
)

// statuses maps each kind to its HTTP status.
var statuses = map[Kind]int{
	Invalid:             http.StatusUnprocessableEntity,
	Unauthorized:        http.StatusUnauthorized,
	ExpiredAPIKey:       http.StatusUnauthorized,
	Forbidden:           http.StatusForbidden,
	InvalidScope:        http.StatusForbidden,
	NotFound:            http.StatusNotFound,
	UnknownPrimitive:    http.StatusNotFound,
	Conflict:            http.StatusConflict,
	RateLimited:         http.StatusTooManyRequests,
	PayloadTooLarge:     http.StatusRequestEntityTooLarge,
	MethodNotAllowed:    http.StatusMethodNotAllowed,
	QuotaExceeded:       http.StatusTooManyRequests,
	ShareTokenExpired:   http.StatusGone,
	ShareTokenExhausted: http.StatusGone,
	TooComplex:          http.StatusUnprocessableEntity,
	Timeout:             http.StatusServiceUnavailable,
	Internal:            http.StatusInternalServerError,

	UnsupportedMediaType: http.StatusUnsupportedMediaType,
	IdempotencyConflict:  http.StatusConflict,
	Unavailable:          http.StatusServiceUnavailable,
}

// Error is a domain error.
type Error struct {
	Kind    Kind
	Message string // safe to show to the caller
	// Field is the input field at fault, for Invalid and Conflict, named as
	// the REST API and the JSON payloads spell it (snake_case). Each transport
	// spells it its own way with MessageFor.
	Field string
	// RetryAfterSeconds tells a RateLimited caller when to come back.
	RetryAfterSeconds int
	Cause             error // internal; logged, never shown

	// format and args build Message; the format names the field with the
	// {field} placeholder, so MessageFor can render it in another spelling.
	format string
	args   []any
}

// FieldPlaceholder stands for the field's name in an InvalidField format.
const FieldPlaceholder = "{field}"

func (e *Error) Error() string {
	if e.Cause != nil {
		return fmt.Sprintf("%s: %s: %v", e.Kind, e.Message, e.Cause)
	}
	return fmt.Sprintf("%s: %s", e.Kind, e.Message)
}

// Unwrap returns the internal cause.
func (e *Error) Unwrap() error { return e.Cause }

// HTTPStatus returns the status code for the error's kind.
func (e *Error) HTTPStatus() int { return statuses[e.Kind] }

// New returns an error of kind k with a public message.
func New(k Kind, format string, args ...any) *Error {
	return &Error{Kind: k, Message: fmt.Sprintf(format, args...)}
}

// InvalidField returns a validation error naming the field at fault. field
// is the snake_case name of the REST API; format may name it with
// FieldPlaceholder: InvalidField("expires_at", "{field} must be in the future").
func InvalidField(field, format string, args ...any) *Error {
	e := &Error{Kind: Invalid, Field: field, format: format, args: args}
	e.Message = e.MessageFor(nil)
	return e
}

// MessageFor returns the public message with the field named as spell
// names it (nil: the snake_case name itself). GraphQL passes its camelCase
// spelling, REST nothing.
func (e *Error) MessageFor(spell func(string) string) string {
	if e.format == "" {
		return e.Message
	}
	name := e.Field
	if spell != nil {
		name = spell(name)
	}
	return fmt.Sprintf(strings.ReplaceAll(e.format, FieldPlaceholder, name), e.args...)
}

// Wrap returns an internal error carrying cause; the caller sees only a generic
// message.
func Wrap(cause error, context string) *Error {
	return &Error{Kind: Internal, Message: "internal server error", Cause: fmt.Errorf("%s: %w", context, cause)}
}

// From returns err as an *Error, classifying anything else as internal.
func From(err error) *Error {
	var fe *Error
	if errors.As(err, &fe) {
		return fe
	}
	return &Error{Kind: Internal, Message: "internal server error", Cause: err}
}

// Is reports whether err is a fault of kind k.
func Is(err error, k Kind) bool {
	var fe *Error
	return errors.As(err, &fe) && fe.Kind == k
}
