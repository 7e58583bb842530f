package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/validate"
)

// withInputGuard applies REST's edge check to GraphQL requests before gqlgen
// reads them: no duplicate keys and no control characters but tab and line
// breaks, in the query text, the operation name and every variable, so no
// resolver has to remember it and nothing stores a NUL.
func withInputGuard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var err error
		switch r.Method {
		case http.MethodPost:
			var body []byte
			if body, err = io.ReadAll(r.Body); err == nil {
				r.Body = io.NopCloser(bytes.NewReader(body))
				if err = validate.JSON(body); err == nil && !hasDocument(body) {
					refuseRequest(w, r, fault.InvalidField("query", "{field} is required: send the GraphQL document, or a persistedQuery extension naming one"), http.StatusBadRequest)
					return
				}
			} else {
				var maxErr *http.MaxBytesError
				if errors.As(err, &maxErr) {
					err = fault.New(fault.PayloadTooLarge, "request body exceeds %d bytes", maxErr.Limit)
				}
			}
		case http.MethodGet:
			q := r.URL.Query()
			for _, name := range []string{"query", "operationName", "extensions"} {
				if err == nil && strings.ContainsFunc(q.Get(name), validate.ForbiddenControl) {
					err = fault.InvalidField(name, "{field} contains a control character; text may hold tabs and line breaks only")
				}
			}
			if v := q.Get("variables"); err == nil && v != "" {
				err = validate.JSON([]byte(v))
			}
		}
		if err != nil {
			refuseRequest(w, r, err, http.StatusOK)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// hasDocument reports whether a POST body names a document to run: a
// non-empty query, or APQ's persistedQuery extension. A body that is not
// a JSON object with those types is left to gqlgen, which refuses it with
// 400; one without either is not a GraphQL request, which the
// GraphQL-over-HTTP specification answers with 400 too, where gqlgen would
// answer "no operation provided" as a validation error.
func hasDocument(body []byte) bool {
	var params struct {
		Query      *string                    `json:"query"`
		Extensions map[string]json.RawMessage `json:"extensions"`
	}
	if json.Unmarshal(body, &params) != nil {
		return true
	}
	return (params.Query != nil && *params.Query != "") || params.Extensions["persistedQuery"] != nil
}

// refuseRequest answers a request refused before it reached gqlgen, as a
// GraphQL response without data: status 400 for clients that take
// application/graphql-response+json, jsonStatus with errors otherwise (the
// GraphQL-over-HTTP specification's rules: 200 for a well-formed request
// that cannot run, 400 for one that is not a GraphQL request at all).
func refuseRequest(w http.ResponseWriter, r *http.Request, err error, jsonStatus int) {
	fe := *fault.From(err)
	fe.Field = strings.TrimPrefix(fe.Field, "variables.")
	field := fe.Field
	ext := map[string]any{"code": string(fe.Kind)}
	if field != "" {
		ext["field"] = fieldName(field)
	}
	status, ct := jsonStatus, "application/json"
	if strings.Contains(r.Header.Get("Accept"), "application/graphql-response+json") {
		status, ct = http.StatusBadRequest, "application/graphql-response+json"
	}
	if fe.Kind == fault.PayloadTooLarge {
		status = http.StatusRequestEntityTooLarge
	}
	w.Header().Set("Content-Type", ct+"; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{"message": fe.MessageFor(fieldName), "extensions": ext}}})
}
