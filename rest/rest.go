// Package rest is the /v1 REST transport: partner-facing JSON endpoints with the
// error envelope {"error":{"code","message","request_id"}} of seed 002. Handlers
// are thin: decode, call one domain function, encode.
package rest

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/requestinfo"
)

// Handler serves /v1.
type Handler struct {
	mux *http.ServeMux
	log *slog.Logger
}

// NewHandler returns the /v1 handler. Unknown routes answer with a not_found
// envelope and a known route with the wrong method with method_not_allowed.
func NewHandler(log *slog.Logger) *Handler {
	h := &Handler{mux: http.NewServeMux(), log: log}
	h.mux.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) {
		WriteError(w, r, log, fault.New(fault.NotFound, "no such endpoint: %s %s", r.Method, r.URL.Path))
	})
	return h
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mux.ServeHTTP(w, r)
}

type envelope struct {
	Error envelopeBody `json:"error"`
}

type envelopeBody struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	RequestID string `json:"request_id"`
}

// WriteError writes err as the error envelope. Internal causes are logged with
// the request id; the caller sees only the public message.
func WriteError(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	fe := fault.From(err)
	info := requestinfo.FromContext(r.Context())
	if fe.Kind == fault.Internal {
		if log == nil {
			log = slog.Default()
		}
		requestinfo.Logger(r.Context(), log).Error("request failed", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	if fe.RetryAfterSeconds > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(fe.RetryAfterSeconds))
	}
	WriteJSON(w, fe.HTTPStatus(), envelope{Error: envelopeBody{Code: string(fe.Kind), Message: fe.Message, RequestID: info.RequestID}})
}

// WriteJSON writes v as a JSON response with status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
