package graph

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
)

// requestErrors wraps one of gqlgen's HTTP transports (POST, GET) so that a
// request error — one raised before execution: parse, validation, variable
// coercion, a document over the limits — answers as the GraphQL over HTTP
// specification says rather than as gqlgen does:
//
//   - with application/json the status is 200 (the specification's SHOULD
//     for every well-formed request, whatever GraphQL error it raised), not
//     gqlgen's 422; a body that is not a GraphQL request stays 400;
//   - with application/graphql-response+json the status stays gqlgen's 400;
//   - in both, the response has no "data" entry, since the request never
//     ran (gqlgen writes "data": null).
//
// Only error responses are held back and rewritten; a response that starts
// with 200 streams through untouched, so executed operations pay nothing.
type requestErrors struct{ graphql.Transport }

func (t requestErrors) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	held := &heldError{ResponseWriter: w}
	t.Transport.Do(held, r, exec)
	held.finish()
}

// heldError is a ResponseWriter that passes a response through unless its
// status is 400 or 422, which it buffers for finish to rewrite.
type heldError struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (h *heldError) WriteHeader(status int) {
	if status == http.StatusBadRequest || status == http.StatusUnprocessableEntity {
		h.status = status
		return
	}
	h.ResponseWriter.WriteHeader(status)
}

func (h *heldError) Write(b []byte) (int, error) {
	if h.status != 0 {
		return h.body.Write(b)
	}
	return h.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the real writer.
func (h *heldError) Unwrap() http.ResponseWriter { return h.ResponseWriter }

func (h *heldError) finish() {
	if h.status == 0 {
		return
	}
	status := h.status
	graphqlResponse := strings.HasPrefix(h.Header().Get("Content-Type"), "application/graphql-response+json")
	if !graphqlResponse && status == http.StatusUnprocessableEntity {
		status = http.StatusOK
	}
	out := h.body.Bytes()
	var resp struct {
		Errors     json.RawMessage `json:"errors,omitempty"`
		Extensions json.RawMessage `json:"extensions,omitempty"`
	}
	if json.Unmarshal(out, &resp) == nil && len(resp.Errors) > 0 {
		if b, err := json.Marshal(resp); err == nil {
			out = b
		}
	}
	h.Header().Set("Content-Length", strconv.Itoa(len(out)))
	h.ResponseWriter.WriteHeader(status)
	_, _ = h.ResponseWriter.Write(out)
}
