package samples

import (
	"fmt"
	"slices"
	"strings"

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
