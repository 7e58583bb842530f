package rest

import (
	"bytes"
	"errors"
	"io"
	"net/http"

	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/idempotency"
	"github.com/keybs/platform/internal/viewer"
)

// idempotent runs a POST sent with an Idempotency-Key once (Stripe's model):
// the first request runs and its answer is kept; a retry with the same key
// and request replays it with Idempotent-Replayed: true; the same key with
// another request, or while the first still runs, is 409
// idempotency_conflict. Answers of 5xx are not kept, so a retry runs again.
func (h *handler) idempotent(w http.ResponseWriter, r *http.Request, p *viewer.Principal, next http.Handler) error {
	key := r.Header.Get("Idempotency-Key")
	if r.Method != http.MethodPost || key == "" || h.Idempotency == nil {
		next.ServeHTTP(w, r)
		return nil
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return decodeReadError(err)
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	env := p.Environment
	if env == "" {
		env = environment.Test // a portal session acts in the sandbox
	}
	claim, replay, err := h.Idempotency.Begin(r.Context(), idempotency.Request{
		TenantID: p.TenantID, Environment: env, Key: key, Method: r.Method, Path: r.URL.Path, Body: body,
	})
	if err != nil {
		return err
	}
	if replay != nil {
		w.Header().Set("Idempotent-Replayed", "true")
		w.Header().Set("Content-Type", replay.ContentType)
		w.WriteHeader(replay.Status)
		_, _ = w.Write(replay.Body)
		return nil
	}
	rec := &capture{ResponseWriter: w}
	next.ServeHTTP(rec, r)
	if rec.status >= 500 || rec.status == 0 {
		return h.forget(claim, r)
	}
	if err := claim.Finish(r.Context(), idempotency.Response{Status: rec.status,
		ContentType: w.Header().Get("Content-Type"), Body: rec.body.Bytes()}); err != nil {
		h.Log.Warn("could not keep an idempotent response; a retry will run again", "error", err)
		return h.forget(claim, r)
	}
	return nil
}

// forget releases a claim whose answer is not to be replayed.
func (h *handler) forget(claim *idempotency.Claim, r *http.Request) error {
	if err := claim.Release(r.Context()); err != nil {
		h.Log.Warn("could not release an idempotency key", "error", err)
	}
	return nil
}

// decodeReadError explains a body that could not be read.
func decodeReadError(err error) error {
	var maxErr *http.MaxBytesError
	if errors.As(err, &maxErr) {
		return fault.New(fault.PayloadTooLarge, "request body exceeds %d bytes", maxErr.Limit)
	}
	return fault.InvalidField("body", "could not read the request body")
}

// capture passes a response through and keeps its status and (the first
// idempotency.MaxBody bytes of) its body.
type capture struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (c *capture) WriteHeader(status int) {
	if c.status == 0 {
		c.status = status
	}
	c.ResponseWriter.WriteHeader(status)
}

func (c *capture) Write(b []byte) (int, error) {
	if c.status == 0 {
		c.status = http.StatusOK
	}
	if c.body.Len() <= idempotency.MaxBody {
		c.body.Write(b)
	}
	return c.ResponseWriter.Write(b)
}
