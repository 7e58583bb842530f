// Package trust serves the public trust surface: what anyone, without an
// account, can check about a published report. Every answer shows only the
// report's public fields, and an unknown, unpublished or draft id answers the
// same 404.
package trust

import (
	"log/slog"
	"net/http"
	"strings"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/signing"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/rest"
)

// Handler serves the public report routes.
type Handler struct {
	Verifications *verification.Service
	Log           *slog.Logger
}

// Register adds the routes to mux.
func (h *Handler) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /r/{file}", h.report)
}

// report serves /r/{verificationId}.json: the exact signed string with its
// digest, signature and key id, so anyone can check the report against the
// JWK set at /.well-known/keybs-signing-keys.json without trusting us.
func (h *Handler) report(w http.ResponseWriter, r *http.Request) {
	id, ok := strings.CutSuffix(r.PathValue("file"), ".json")
	if !ok {
		h.notFound(w, r)
		return
	}
	rep, err := h.Verifications.PublicReport(r.Context(), id)
	if err != nil {
		rest.WriteError(w, r, h.Log, err)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	rest.WriteJSON(w, http.StatusOK, signing.Signed{
		Canonical: deref(rep.Canonical), Digest: deref(rep.Digest), Signature: deref(rep.Signature), KeyID: deref(rep.KeyID),
	})
}

func (h *Handler) notFound(w http.ResponseWriter, r *http.Request) {
	rest.WriteError(w, r, h.Log, fault.New(fault.NotFound, "not found"))
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
