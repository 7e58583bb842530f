package rest

import (
	_ "embed"
	"net/http"
	"strconv"
	"strings"

	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/samples"
)

// postmanCollection is the Postman collection generated from openapi.json
// and the code samples' catalog (go generate ./internal/samples). Its base
// URL and key are variables, so it is served as is; the environment fills
// them in.
//
//go:embed postman_collection_gen.json
var postmanCollection []byte

// servePostmanCollection serves GET /v1/postman/collection.json: public.
func (h *handler) servePostmanCollection(c call) error {
	return c.download("application/json; charset=utf-8", "keybs.postman_collection.json", postmanCollection)
}

// servePostmanEnvironment serves GET /v1/postman/environment.json: baseUrl
// is this server, apiKey empty (the portal fills it in in the browser).
func (h *handler) servePostmanEnvironment(c call) error {
	env := c.query("environment")
	if env == "" {
		env = "test"
	}
	if env != "test" && env != "live" {
		return fault.InvalidField("environment", "{field} must be test or live")
	}
	b, err := samples.Environment(h.PublicURL, env)
	if err != nil {
		return fault.Wrap(err, "postman environment")
	}
	return c.download("application/json; charset=utf-8", "keybs-"+env+".postman_environment.json", b)
}

// serveStarter serves GET /v1/starter/{industry}: the industry's starter
// .env (fintech, payments, ecommerce, igaming or other, any case).
func (h *handler) serveStarter(c call) error {
	name := strings.ToUpper(strings.TrimSuffix(c.path("industry"), ".env"))
	if !industry.Industry(name).Valid() {
		return fault.New(fault.NotFound, "no such industry: use fintech, payments, ecommerce, igaming or other")
	}
	b := samples.StarterEnv(industry.ProfileOf(industry.Industry(name)), h.PublicURL, knownEvents())
	return c.download("text/plain; charset=utf-8", "keybs-"+strings.ToLower(name)+".env", b)
}

// serveStarterClient serves GET /v1/starter/{industry}/{lang}: the
// industry's starter client in one of the five languages, naming this
// server in its run line.
func (h *handler) serveStarterClient(c call) error {
	name := strings.ToUpper(c.path("industry"))
	if !industry.Industry(name).Valid() {
		return fault.New(fault.NotFound, "no such industry: use fintech, payments, ecommerce, igaming or other")
	}
	lang, ok := samples.StarterLangOf(strings.ToLower(c.path("lang")))
	if !ok {
		return fault.New(fault.NotFound, "no starter client in that language: use javascript, python, php, java or go")
	}
	b, err := samples.StarterClient(industry.ProfileOf(industry.Industry(name)), lang, h.PublicURL, knownEvents())
	if err != nil {
		return fault.Wrap(err, "starter client")
	}
	return c.download("text/plain; charset=utf-8", lang.File, b)
}

// knownEvents are the names of the server's event catalog.
func knownEvents() []string {
	known := make([]string, len(events.Types))
	for i, t := range events.Types {
		known[i] = t.Name
	}
	return known
}

// download answers 200 with body as an attachment named file.
func (c call) download(contentType, file string, body []byte) error {
	hdr := c.w.Header()
	hdr.Set("Content-Type", contentType)
	hdr.Set("Content-Disposition", `attachment; filename="`+file+`"`)
	hdr.Set("Content-Length", strconv.Itoa(len(body)))
	c.w.WriteHeader(http.StatusOK)
	_, _ = c.w.Write(body) // the answer has started: a failed write cannot be reported
	return nil
}
