package fault

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestHTTPStatus(t *testing.T) {
	tests := []struct {
		kind Kind
		want int
	}{
		{NotFound, http.StatusNotFound},
		{UnknownPrimitive, http.StatusNotFound},
		{Invalid, http.StatusUnprocessableEntity},
		{PayloadTooLarge, http.StatusRequestEntityTooLarge},
		{MethodNotAllowed, http.StatusMethodNotAllowed},
		{QuotaExceeded, http.StatusTooManyRequests},
		{RateLimited, http.StatusTooManyRequests},
		{Unauthorized, http.StatusUnauthorized},
		{ExpiredAPIKey, http.StatusUnauthorized},
		{Forbidden, http.StatusForbidden},
		{InvalidScope, http.StatusForbidden},
		{Conflict, http.StatusConflict},
		{TooComplex, http.StatusUnprocessableEntity},
		{ShareTokenExpired, http.StatusGone},
		{ShareTokenExhausted, http.StatusGone},
		{Timeout, http.StatusServiceUnavailable},
		{UnsupportedMediaType, http.StatusUnsupportedMediaType},
		{IdempotencyConflict, http.StatusConflict},
		{Unavailable, http.StatusServiceUnavailable},
		{Internal, http.StatusInternalServerError},
	}
	for _, tc := range tests {
		t.Run(string(tc.kind)+"Is"+fmt.Sprint(tc.want), func(t *testing.T) {
			if got := New(tc.kind, "x").HTTPStatus(); got != tc.want {
				t.Errorf("HTTPStatus(%s) = %d, want %d", tc.kind, got, tc.want)
			}
		})
	}
	t.Run("EveryKindIsCovered", func(t *testing.T) {
		if len(statuses) != len(tests) {
			t.Errorf("statuses has %d kinds, this test covers %d", len(statuses), len(tests))
		}
	})
	t.Run("KindStringsAreWireCodes", func(t *testing.T) {
		want := map[Kind]string{
			Invalid: "validation_error", Unauthorized: "unauthorized", ExpiredAPIKey: "expired_api_key",
			Forbidden: "forbidden", InvalidScope: "invalid_scope", NotFound: "not_found", Conflict: "conflict",
			RateLimited: "rate_limited", PayloadTooLarge: "payload_too_large", MethodNotAllowed: "method_not_allowed", QuotaExceeded: "quota_exceeded",
			TooComplex: "query_too_complex", Timeout: "timeout", Internal: "server_error",
			UnsupportedMediaType: "unsupported_media_type", IdempotencyConflict: "idempotency_conflict", Unavailable: "service_unavailable",
			ShareTokenExpired: "share_token_expired", ShareTokenExhausted: "share_token_exhausted", UnknownPrimitive: "unknown_primitive",
		}
		for k, s := range want {
			if string(k) != s {
				t.Errorf("kind %q, want %q", k, s)
			}
		}
	})
}

func TestFrom(t *testing.T) {
	t.Run("PlainErrorBecomesInternal", func(t *testing.T) {
		cause := fmt.Errorf("query users: %w", io.ErrUnexpectedEOF)
		fe := From(cause)
		if fe.Kind != Internal {
			t.Errorf("Kind = %s, want %s", fe.Kind, Internal)
		}
		if fe.Message != "internal server error" {
			t.Errorf("Message = %q, want the generic message", fe.Message)
		}
		if strings.Contains(fe.Message, "query users") {
			t.Errorf("Message %q leaks the cause", fe.Message)
		}
		if !errors.Is(fe, io.ErrUnexpectedEOF) {
			t.Error("errors.Is does not reach the cause")
		}
		if fe.HTTPStatus() != http.StatusInternalServerError {
			t.Errorf("HTTPStatus = %d, want 500", fe.HTTPStatus())
		}
	})

	t.Run("FaultIsReturnedAsIs", func(t *testing.T) {
		orig := New(NotFound, "no such user %q", "usr_1")
		if got := From(orig); got != orig {
			t.Errorf("From(fault) = %v, want the same *Error", got)
		}
	})

	t.Run("WrappedFaultIsFound", func(t *testing.T) {
		orig := InvalidField("email", "bad email")
		got := From(fmt.Errorf("create user: %w", orig))
		if got != orig {
			t.Errorf("From(wrapped fault) = %v, want the inner *Error", got)
		}
	})
}

func TestWrap(t *testing.T) {
	cause := errors.New("pq: password authentication failed for user keybs")
	fe := Wrap(cause, "open database")

	t.Run("MessageHidesCause", func(t *testing.T) {
		if fe.Message != "internal server error" {
			t.Errorf("Message = %q, want the generic message", fe.Message)
		}
		if strings.Contains(fe.Message, "pq") || strings.Contains(fe.Message, "open database") {
			t.Errorf("Message %q leaks the cause", fe.Message)
		}
	})
	t.Run("KindIsInternal", func(t *testing.T) {
		if fe.Kind != Internal || !Is(fe, Internal) {
			t.Errorf("Kind = %s, want %s", fe.Kind, Internal)
		}
	})
	t.Run("CauseIsKeptForLogs", func(t *testing.T) {
		if !errors.Is(fe, cause) {
			t.Error("errors.Is does not reach the cause")
		}
		if !strings.Contains(fe.Error(), "open database") || !strings.Contains(fe.Error(), cause.Error()) {
			t.Errorf("Error() = %q, want context and cause for the log", fe.Error())
		}
	})
}

func TestIs(t *testing.T) {
	tests := []struct {
		name string
		err  error
		kind Kind
		want bool
	}{
		{"MatchingKindIsTrue", New(Conflict, "taken"), Conflict, true},
		{"WrappedMatchingKindIsTrue", fmt.Errorf("x: %w", New(Forbidden, "no")), Forbidden, true},
		{"OtherKindIsFalse", New(Conflict, "taken"), NotFound, false},
		{"PlainErrorIsFalse", errors.New("boom"), Internal, false},
		{"NilIsFalse", nil, Internal, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Is(tc.err, tc.kind); got != tc.want {
				t.Errorf("Is(%v, %s) = %v, want %v", tc.err, tc.kind, got, tc.want)
			}
		})
	}
}

func TestConstructors(t *testing.T) {
	t.Run("InvalidFieldNamesTheField", func(t *testing.T) {
		fe := InvalidField("name", "must be at most %d characters", 64)
		if fe.Kind != Invalid || fe.Field != "name" || fe.Message != "must be at most 64 characters" {
			t.Errorf("InvalidField = %+v", *fe)
		}
	})
	t.Run("ErrorWithoutCauseHasKindAndMessage", func(t *testing.T) {
		if got := New(NotFound, "no such key").Error(); got != "not_found: no such key" {
			t.Errorf("Error() = %q", got)
		}
	})
}
