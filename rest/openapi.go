package rest

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"net/http"
	"strconv"
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

// openapi serves GET /v1/openapi.json: public, limited per client IP like
// every public route.
func (h *handler) openapi(c call) error {
	hdr := c.w.Header()
	hdr.Set("Content-Type", "application/json; charset=utf-8")
	hdr.Set("Content-Length", strconv.Itoa(len(openapiDoc)))
	c.w.WriteHeader(http.StatusOK)
	_, _ = c.w.Write(openapiDoc) // the answer has started: a failed write cannot be reported
	return nil
}
