package server

import (
	"log/slog"
	"net/http"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/signing"
	"github.com/keybs/platform/rest"
)

// signingKeys serves GET /.well-known/keybs-signing-keys.json: every public
// key that has signed reports, current first, as a JWK set. It is public and
// may be cached for five minutes, so a key change reaches verifiers within
// that time; a retired key stays in the set for good, so the delay never
// breaks an old report. Any origin may read it, because checking a report
// in a browser without us is the point.
func signingKeys(keys *signing.Keyring, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		set, err := keys.JWKS(r.Context())
		if err != nil {
			rest.WriteError(w, r, log, fault.Wrap(err, "load signing keys"))
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=300")
		w.Header().Set("Access-Control-Allow-Origin", "*")
		rest.WriteJSON(w, http.StatusOK, set)
	})
}
