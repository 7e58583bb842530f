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
				err = validate.JSON(body)
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
			refuseRequest(w, r, err)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// refuseRequest answers a request refused before it reached gqlgen, as a
// GraphQL response: status 400 for clients that take
// application/graphql-response+json, 200 with errors otherwise (the
// GraphQL-over-HTTP specification's rules for a request that cannot run).
func refuseRequest(w http.ResponseWriter, r *http.Request, err error) {
	fe := *fault.From(err)
	fe.Field = strings.TrimPrefix(fe.Field, "variables.")
	field := fe.Field
	ext := map[string]any{"code": string(fe.Kind)}
	if field != "" {
		ext["field"] = fieldName(field)
	}
	status, ct := http.StatusOK, "application/json"
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
