package rest

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/outcome"
	"github.com/keybs/platform/internal/requestinfo"
)

type envelope struct {
	Error envelopeBody `json:"error"`
}

type envelopeBody struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	RequestID string `json:"request_id"`
}

func (h *handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	WriteError(w, r, h.Log, err)
}

// WriteError writes err as the error envelope and records its code for the
// request log. Internal causes are logged with the request id; the caller sees
// only the public message, with fields named as REST spells them.
func WriteError(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	fe := fault.From(err)
	if fe.Kind == fault.Internal && database.Unreachable(err) {
		fe = database.Unavailable(err) // an outage, not a bug: the caller may retry
	}
	info := requestinfo.FromContext(r.Context())
	if fe.Kind == fault.Unavailable {
		requestinfo.Logger(r.Context(), cmpLog(log)).Warn("database unavailable", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	if fe.Kind == fault.Internal {
		if log == nil {
			log = slog.Default()
		}
		requestinfo.Logger(r.Context(), log).Error("request failed", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	if fe.RetryAfterSeconds > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(fe.RetryAfterSeconds))
	}
	if fe.HTTPStatus() == http.StatusUnauthorized {
		// RFC 6750 §3: say which scheme to use, and that a credential sent
		// was not accepted.
		challenge := `Bearer realm="KeyBS API"`
		if r.Header.Get("Authorization") != "" || r.Header.Get("X-API-Key") != "" {
			challenge += `, error="invalid_token"`
		}
		w.Header().Set("WWW-Authenticate", challenge)
	}
	outcome.SetErrorCode(r.Context(), string(fe.Kind))
	WriteJSON(w, fe.HTTPStatus(), envelope{Error: envelopeBody{Code: string(fe.Kind), Message: fe.MessageFor(nil), RequestID: info.RequestID}})
}

// WriteJSON writes v as a JSON response with status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func cmpLog(log *slog.Logger) *slog.Logger {
	if log == nil {
		return slog.Default()
	}
	return log
}
