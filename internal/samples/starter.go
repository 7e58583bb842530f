package samples

import (
	"bytes"
	"fmt"
	"go/format"
	"path"
	"slices"
	"strings"
	"text/template"

	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/scope"
)

// CoreScopes are seed 002's scopes, which every industry's keys carry.
var CoreScopes = []string{"verification:create", "verification:read", "document:create", "report:read", "webhook:manage"}

// coreEvents are the lifecycle events every partner should subscribe to.
var coreEvents = []string{"verification.submitted", "verification.in_review", "verification.rfi_requested",
	"verification.rfi_resolved", "verification.approved", "verification.declined", "report.signed",
	"report.published", "report.revoked", "report.expiring", "report.expired"}

// moduleEvents are the events a module's endpoints cause.
var moduleEvents = map[scope.Module][]string{
	scope.ModuleKYC:      {"kyc.status_changed"},
	scope.ModuleEscrow:   {"escrow.released"},
	scope.ModuleDisputes: {"dispute.updated"},
}

// Retry settings of every starter file. The server answers 429 with
// Retry-After (seconds until the spent window resets); a client waits that
// long when it is at most RetryMaxWaitSeconds (a spent monthly quota is
// longer: give up and surface it), and backs off exponentially from the base
// on 5xx and time-outs, for at most MaxRetries retries.
const (
	TimeoutSeconds        = 30
	MaxRetries            = 3
	RetryBaseMilliseconds = 500
	RetryMaxWaitSeconds   = 60
	TestRateLimit         = 120 // per minute, seed 002's default for TEST keys
)

// StarterEvents are the webhook events an industry should subscribe to:
// the lifecycle events, then its preset modules' events, of those the
// server's catalog (known) has: a module still being built sends none yet.
func StarterEvents(p industry.Profile, known []string) []string {
	events := slices.Clone(coreEvents)
	for _, m := range p.PresetModules {
		for _, e := range moduleEvents[m] {
			if slices.Contains(known, e) && !slices.Contains(events, e) {
				events = append(events, e)
			}
		}
	}
	return events
}

// StarterEnv is the industry's starter .env for a server at publicURL: the
// variables every sample reads, the preset scopes, the rate limits, the
// events to subscribe to (of the server's event catalog, known) and retry
// settings that honour Retry-After.
func StarterEnv(p industry.Profile, publicURL string, known []string) []byte {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("# KeyBS starter configuration: %s.", p.Name)
	line("# Every code sample (samples/ in the repository, x-codeSamples in /v1/openapi.json) reads")
	line("# KEYBS_BASE_URL and KEYBS_API_KEY. Keep this file out of version control once the key is in.")
	line("")
	line("KEYBS_BASE_URL=%s", strings.TrimSuffix(publicURL, "/"))
	line("# A secret TEST key (kbs_test_...) from the portal's API keys page; live keys once approved.")
	line("KEYBS_API_KEY=")
	line("")
	line("# The scopes to give the key: seed 002's core and the %s preset.", p.Name)
	line("KEYBS_SCOPES=%s", strings.Join(append(slices.Clone(CoreScopes), p.PresetScopes...), ","))
	var modules []string
	for _, m := range p.PresetModules {
		modules = append(modules, string(m))
	}
	line("KEYBS_MODULES=%s", strings.Join(modules, ","))
	line("")
	line("# Requests per minute per key: TEST keys, and the industry's LIVE cap.")
	line("KEYBS_TEST_RATE_LIMIT_PER_MINUTE=%d", TestRateLimit)
	line("KEYBS_LIVE_RATE_LIMIT_PER_MINUTE=%d", p.LiveRateLimitPerMinute)
	line("")
	line("# Subscribe your webhook endpoint to these events; verify each delivery's X-KeyBS-Signature")
	line("# with the endpoint's whsec_ secret (samples/<language>/verify_webhook.*).")
	line("KEYBS_WEBHOOK_EVENTS=%s", strings.Join(StarterEvents(p, known), ","))
	line("KEYBS_WEBHOOK_SECRET=")
	line("")
	line("# Retries: on 429 wait Retry-After seconds (when the server sends one on 503, too); when it")
	line("# is longer than KEYBS_RETRY_MAX_WAIT_SECONDS (a spent monthly quota) give up and report it.")
	line("# On 5xx and time-outs back off exponentially from the base. Send POSTs with an")
	line("# Idempotency-Key so a retry never creates twice. Never retry other 4xx.")
	line("KEYBS_TIMEOUT_SECONDS=%d", TimeoutSeconds)
	line("KEYBS_MAX_RETRIES=%d", MaxRetries)
	line("KEYBS_RETRY_BASE_MILLISECONDS=%d", RetryBaseMilliseconds)
	line("KEYBS_RETRY_MAX_WAIT_SECONDS=%d", RetryMaxWaitSeconds)
	line("KEYBS_RETRY_ON_STATUS=429,500,502,503,504")
	return []byte(b.String())
}

// StarterLang is one language of the starter client: the name the route
// takes (GET /v1/starter/{industry}/{lang}) and the file it downloads as
// (served as text/plain, as code hosts serve raw files).
type StarterLang struct {
	Name, File string
}

// StarterLangs are the starter client's languages, in the portal's order.
var StarterLangs = []StarterLang{
	{"javascript", "client.mjs"},
	{"python", "client.py"},
	{"php", "client.php"},
	{"java", "Client.java"},
	{"go", "client.go"},
}

// StarterLangOf finds a starter language by name.
func StarterLangOf(name string) (StarterLang, bool) {
	for _, l := range StarterLangs {
		if l.Name == name {
			return l, true
		}
	}
	return StarterLang{}, false
}

// RetryOnStatus are the statuses a client retries (the .env's
// KEYBS_RETRY_ON_STATUS).
var RetryOnStatus = []int{429, 500, 502, 503, 504}

// starterView is what a starter client's template sees: the same values
// StarterEnv writes, so the .env and the five clients cannot disagree.
type starterView struct {
	Industry, Name, BaseURL                                                string
	Scopes, Events                                                         []string
	Modules                                                                []string
	TestRate, LiveRate                                                     int
	TimeoutSeconds, MaxRetries, RetryBaseMilliseconds, RetryMaxWaitSeconds int
	RetryOnStatus                                                          []int
}

func newStarterView(p industry.Profile, publicURL string, known []string) starterView {
	v := starterView{Industry: strings.ToLower(string(p.ID)), Name: p.Name, BaseURL: strings.TrimSuffix(publicURL, "/"),
		Scopes: append(slices.Clone(CoreScopes), p.PresetScopes...), Events: StarterEvents(p, known),
		TestRate: TestRateLimit, LiveRate: p.LiveRateLimitPerMinute, TimeoutSeconds: TimeoutSeconds, MaxRetries: MaxRetries,
		RetryBaseMilliseconds: RetryBaseMilliseconds, RetryMaxWaitSeconds: RetryMaxWaitSeconds, RetryOnStatus: RetryOnStatus}
	for _, m := range p.PresetModules {
		v.Modules = append(v.Modules, string(m))
	}
	return v
}

// StarterClient is the industry's starter client in lang for a server at
// publicURL: a complete program with the recommended configuration (scopes,
// rate limits, webhook events of known, time-out and retries that honour
// Retry-After) and one call.
func StarterClient(p industry.Profile, lang StarterLang, publicURL string, known []string) ([]byte, error) {
	t, err := template.ParseFS(templates, "templates/starter/"+lang.Name+".tmpl")
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, newStarterView(p, publicURL, known)); err != nil {
		return nil, fmt.Errorf("starter %s %s: %w", p.ID, lang.Name, err)
	}
	if lang.Name == "go" {
		return format.Source(buf.Bytes())
	}
	return buf.Bytes(), nil
}

// StarterBaseURL is the base URL the committed starter files name: the
// production API of seed 002. The server fills in its own when it serves them.
const StarterBaseURL = "https://api.trust.keybs.io"

// StarterFiles are every industry's starter files as committed under
// samples/starter/<industry>/: the .env and the five clients, keyed by path
// from the repository root; known is the server's event catalog.
func StarterFiles(known []string) (map[string][]byte, error) {
	files := map[string][]byte{}
	for _, id := range industry.All {
		p := industry.ProfileOf(id)
		dir := path.Join("samples", "starter", strings.ToLower(string(id)))
		files[path.Join(dir, "keybs-"+strings.ToLower(string(id))+".env")] = StarterEnv(p, StarterBaseURL, known)
		for _, l := range StarterLangs {
			b, err := StarterClient(p, l, StarterBaseURL, known)
			if err != nil {
				return nil, err
			}
			files[path.Join(dir, l.File)] = b
		}
	}
	return files, nil
}
