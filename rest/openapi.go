package rest

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"

	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/requestinfo"
)

// openapiSource is the OpenAPI 3.1 document of /v1, authored as JSON so that
// serving it needs no YAML dependency. openapi_test.go sends real requests to
// every route and validates each request and response against it, and fails
// when a registered route is missing from it.
//
//go:embed openapi.json
var openapiSource []byte

// openapiDoc is the document as served: openapiSource compacted. A malformed
// file panics at start-up, which the tests catch long before a deploy.
var openapiDoc = func() []byte {
	var b bytes.Buffer
	if err := json.Compact(&b, openapiSource); err != nil {
		panic("rest: openapi.json is not valid JSON: " + err.Error())
	}
	return b.Bytes()
}()

// openapi serves GET /v1/openapi.json: public, limited to publicRateLimit
// requests per minute per client IP, with the same X-RateLimit headers as the
// authenticated routes.
func (h *handler) openapi(w http.ResponseWriter, r *http.Request) {
	ip := requestinfo.FromContext(r.Context()).ClientIP
	if !h.take(w, r, []ratelimit.Limit{{Key: "ip:" + ip, Max: publicRateLimit, Window: rateLimitWindow}}) {
		return
	}
	hdr := w.Header()
	hdr.Set("Content-Type", "application/json; charset=utf-8")
	hdr.Set("Content-Length", strconv.Itoa(len(openapiDoc)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(openapiDoc)
}

// Routes returns every registered /v1 route as "METHOD /pattern", sorted, so a
// test can check that each one is in the OpenAPI document.
func Routes() []string {
	h := &handler{mux: http.NewServeMux(), methods: map[string][]string{}}
	h.routes()
	var out []string
	for pattern, methods := range h.methods {
		for _, m := range methods {
			out = append(out, m+" "+pattern)
		}
	}
	slices.Sort(out)
	return out
}
