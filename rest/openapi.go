package rest

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/keybs/platform/internal/samples"
)

// openapiSource is the OpenAPI 3.1 document of /v1, authored as JSON so that
// serving it needs no YAML dependency. openapi_test.go sends real requests to
// every route and validates each request and response against it, and fails
// when a registered route is missing from it.
//
//go:embed openapi.json
var openapiSource []byte

// codeSamplesSource maps operation ids to their x-codeSamples. It is
// generated from internal/samples' catalog (go generate) and merged in when
// the document is served, so the hand-edited openapi.json stays free of
// generated text.
//
//go:embed codesamples_gen.json
var codeSamplesSource []byte

// servedOpenAPI is the document as served by a server whose public base is
// publicURL: compacted, and with every server URL moved onto that base, so
// the portal's "Try it out" calls this server. The file names the production
// hosts (api., app. and verify. of seed 002); one binary answers for all of
// them, so each keeps its path and takes this server's origin. An empty
// publicURL serves the file's servers. A malformed file panics at start-up,
// which the tests catch long before a deploy.
func servedOpenAPI(publicURL string) []byte {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(openapiSource, &doc); err != nil {
		panic("rest: openapi.json is not valid JSON: " + err.Error())
	}
	var paths map[string]map[string]json.RawMessage
	if err := json.Unmarshal(doc["paths"], &paths); err != nil {
		panic("rest: openapi.json paths: " + err.Error())
	}
	if publicURL != "" {
		doc["servers"] = rebase(doc["servers"], publicURL)
		for _, item := range paths {
			if servers, ok := item["servers"]; ok {
				item["servers"] = rebase(servers, publicURL)
			}
		}
	}
	attachCodeSamples(paths)
	doc["paths"] = mustJSON(paths)
	// The portal's quickstart pages read each industry's first calls here.
	doc["x-keybs-quickstart"] = mustJSON(samples.Quickstart)
	return mustJSON(doc)
}

// attachCodeSamples sets each operation's x-codeSamples from
// codesamples_gen.json. A sample for an operation the document lacks panics:
// the generator checks that too, so only a stale generated file gets here.
func attachCodeSamples(paths map[string]map[string]json.RawMessage) {
	var samples map[string]json.RawMessage
	if err := json.Unmarshal(codeSamplesSource, &samples); err != nil {
		panic("rest: codesamples_gen.json: " + err.Error())
	}
	used := 0
	for _, item := range paths {
		for method, raw := range item {
			var op map[string]json.RawMessage
			if method == "parameters" || method == "servers" || json.Unmarshal(raw, &op) != nil {
				continue
			}
			var id string
			_ = json.Unmarshal(op["operationId"], &id)
			if s, ok := samples[id]; ok {
				op["x-codeSamples"] = s
				item[method] = mustJSON(op)
				used++
			}
		}
	}
	if used != len(samples) {
		panic("rest: codesamples_gen.json names operations openapi.json lacks: run go generate ./internal/samples")
	}
}

// rebase moves a list of OpenAPI server objects onto publicURL, keeping
// each one's path and description.
func rebase(raw json.RawMessage, publicURL string) json.RawMessage {
	var servers []map[string]any
	if err := json.Unmarshal(raw, &servers); err != nil {
		panic("rest: openapi.json servers: " + err.Error())
	}
	for _, s := range servers {
		u, err := url.Parse(fmt.Sprint(s["url"]))
		if err != nil {
			panic("rest: openapi.json server URL: " + err.Error())
		}
		s["url"] = strings.TrimSuffix(publicURL, "/") + strings.TrimSuffix(u.Path, "/")
	}
	return mustJSON(servers)
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic("rest: openapi.json: " + err.Error())
	}
	return b
}

// serveOpenAPI serves GET /v1/openapi.json: public, limited per client IP
// like every public route.
func (h *handler) serveOpenAPI(c call) error {
	hdr := c.w.Header()
	hdr.Set("Content-Type", "application/json; charset=utf-8")
	hdr.Set("Content-Length", strconv.Itoa(len(h.openapi)))
	c.w.WriteHeader(http.StatusOK)
	_, _ = c.w.Write(h.openapi) // the answer has started: a failed write cannot be reported
	return nil
}
