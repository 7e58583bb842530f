package rest_test

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	entkey "github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/testdb"
)

// TestErrorEnvelope walks every error code of the seed-002 table (and the
// ones the platform adds: expired_api_key, payload_too_large,
// method_not_allowed) through the real server. Every error response must be
// JSON, exactly {"error":{"code","message","request_id"}}, with request_id
// equal to the X-Request-Id header; rate-limit headers appear once a caller
// is authenticated and never on a 401.
func TestErrorEnvelope(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		jwt := cs.Owner.AccessToken
		key := cs.mustTestKey(t).Secret
		readOnly := cs.mustRestrictedKey(t, "verification:read").Secret

		revoked := cs.mustTestKey(t)
		cs.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/api-keys/" + revoked.ID + "/revoke", Key: jwt}).
			wantStatus(t, http.StatusOK)

		expired := cs.mustTestKey(t)
		cs.updateKey(t, expired.ID, func(u *ent.APIKeyUpdateOne) { u.SetExpiresAt(time.Now().Add(-time.Minute)) })

		// The test client connects from 127.0.0.1.
		elsewhere := cs.mustKey(t, jwt, map[string]any{"ip_allowlist": []string{"10.0.0.0/8"}}).Secret

		// A second tenant whose application only allows 10.0.0.0/8: a key with
		// no allowlist of its own inherits it; a key with its own list uses that.
		other := cs.SignUp(t, "owner@other.example", "Other")
		inherits := cs.mustKey(t, other.AccessToken, nil).Secret
		ownList := cs.mustKey(t, other.AccessToken, map[string]any{"ip_allowlist": []string{"127.0.0.1/32"}}).Secret
		cs.setDefaultAppAllowlist(t, other.TenantID, []string{"10.0.0.0/8"})

		unknown, err := apikey.Generate(entkey.KindSECRET, environment.Test)
		if err != nil {
			t.Fatal(err)
		}
		badChecksum := flipLastChar(key)

		validBody := map[string]any{"supplier_name": "Acme", "country_code": "IN", "tier": "tier1",
			"package": "basic", "contact_email": "ops@acme.example"}

		tests := []struct {
			name        string
			req         v1Request
			status      int
			code        string // empty: a success
			message     string // exact, when set
			rateHeaders bool
			allow       []string // the Allow header of a 405
		}{
			// unauthorized
			{name: "NoCredentialsIs401", req: v1Request{Path: "/v1/verifications"},
				status: 401, code: "unauthorized"},
			{name: "GarbageBearerIs401", req: v1Request{Path: "/v1/verifications", Header: map[string]string{"Authorization": "Bearer garbage"}},
				status: 401, code: "unauthorized"},
			{name: "BasicAuthorizationIs401", req: v1Request{Path: "/v1/verifications", Header: map[string]string{"Authorization": "Basic dXNlcjpwYXNz"}},
				status: 401, code: "unauthorized"},
			{name: "EmptyBearerIs401", req: v1Request{Path: "/v1/verifications", Header: map[string]string{"Authorization": "Bearer "}},
				status: 401, code: "unauthorized"},
			{name: "UnknownWellFormedKeyInXAPIKeyIs401", req: v1Request{Path: "/v1/verifications", Header: map[string]string{"X-API-Key": unknown.Plain}},
				status: 401, code: "unauthorized"},
			{name: "UnknownWellFormedKeyAsBearerIs401", req: v1Request{Path: "/v1/verifications", Key: unknown.Plain},
				status: 401, code: "unauthorized"},
			{name: "KeyWithBadChecksumIs401", req: v1Request{Path: "/v1/verifications", Key: badChecksum},
				status: 401, code: "unauthorized"},
			{name: "KeyWithBadChecksumInXAPIKeyIs401", req: v1Request{Path: "/v1/verifications", Header: map[string]string{"X-API-Key": badChecksum}},
				status: 401, code: "unauthorized"},
			{name: "RevokedKeyIs401", req: v1Request{Path: "/v1/verifications", Key: revoked.Secret},
				status: 401, code: "unauthorized"},
			{name: "ExpiredKeyIs401ExpiredAPIKey", req: v1Request{Path: "/v1/verifications", Key: expired.Secret},
				status: 401, code: "expired_api_key"},
			{name: "RevokedKeyIs401EvenOnAnUnscopedRoute", req: v1Request{Path: "/v1/reports", Key: revoked.Secret},
				status: 401, code: "unauthorized"},
			// invalid_scope
			{name: "MissingScopeIs403InvalidScope", req: v1Request{Method: "POST", Path: "/v1/verifications", Key: readOnly, Body: validBody},
				status: 403, code: "invalid_scope", message: "Scope verification:create required", rateHeaders: true},
			{name: "MissingReportScopeIs403InvalidScope", req: v1Request{Path: "/v1/reports", Key: readOnly},
				status: 403, code: "invalid_scope", message: "Scope report:read required", rateHeaders: true},
			{name: "MissingDocumentScopeIs403InvalidScope", req: v1Request{Method: "POST", Path: "/v1/verifications/x/documents", Key: readOnly, Body: map[string]any{}},
				status: 403, code: "invalid_scope", message: "Scope document:create required", rateHeaders: true},
			// forbidden
			{name: "KeyAllowlistRefusingClientIs403", req: v1Request{Path: "/v1/verifications", Key: elsewhere},
				status: 403, code: "forbidden"},
			{name: "SpoofedXForwardedForIsStill403", req: v1Request{Path: "/v1/verifications", Key: elsewhere,
				Header: map[string]string{"X-Forwarded-For": "10.1.2.3", "X-Real-Ip": "10.1.2.3"}},
				status: 403, code: "forbidden"},
			{name: "ApplicationAllowlistAppliesWhenKeyHasNoneIs403", req: v1Request{Path: "/v1/verifications", Key: inherits},
				status: 403, code: "forbidden"},
			{name: "ApplicationAllowlistSpoofedXForwardedForIsStill403", req: v1Request{Path: "/v1/verifications", Key: inherits,
				Header: map[string]string{"X-Forwarded-For": "10.1.2.3"}},
				status: 403, code: "forbidden"},
			{name: "APIKeyOnKeyManagementIs403", req: v1Request{Path: "/v1/api-keys", Key: key},
				status: 403, code: "forbidden", rateHeaders: true},
			// not_found
			{name: "UnknownCaseIs404", req: v1Request{Path: "/v1/verifications/vrc_doesnotexist", Key: key},
				status: 404, code: "not_found", rateHeaders: true},
			{name: "UnknownReportIs404", req: v1Request{Path: "/v1/reports/KBS-VR-AAAAAAAAAA", Key: key},
				status: 404, code: "not_found", rateHeaders: true},
			{name: "UnknownRouteIs404", req: v1Request{Path: "/v1/nope", Key: key},
				status: 404, code: "not_found"},
			{name: "UnknownRouteWithoutCredentialsIs404", req: v1Request{Path: "/v1/webhooks/unknown"},
				status: 404, code: "not_found"},
			{name: "TrailingSlashIs404", req: v1Request{Path: "/v1/verifications/", Key: key},
				status: 404, code: "not_found"},
			// validation_error
			{name: "InvalidBodyIs422", req: v1Request{Method: "POST", Path: "/v1/verifications", Key: key, Body: map[string]any{"supplier_name": ""}},
				status: 422, code: "validation_error", rateHeaders: true},
			{name: "InvalidQueryIs422", req: v1Request{Path: "/v1/verifications?limit=abc", Key: key},
				status: 422, code: "validation_error", rateHeaders: true},
			// method_not_allowed
			{name: "DeleteVerificationsIs405", req: v1Request{Method: "DELETE", Path: "/v1/verifications", Key: key},
				status: 405, code: "method_not_allowed", allow: []string{"GET", "POST"}},
			{name: "PutVerificationIs405", req: v1Request{Method: "PUT", Path: "/v1/verifications/vrc_x", Key: key, Body: validBody},
				status: 405, code: "method_not_allowed", allow: []string{"GET"}},
			{name: "PostReportsIs405", req: v1Request{Method: "POST", Path: "/v1/reports", Body: validBody},
				status: 405, code: "method_not_allowed", allow: []string{"GET"}},
			// payload_too_large
			{name: "OversizedBodyIs413", req: v1Request{Method: "POST", Path: "/v1/verifications", Key: key,
				Body: `{"supplier_name":"` + strings.Repeat("a", 1<<20) + `"}`},
				status: 413, code: "payload_too_large"},

			// The successes the failures are measured against.
			{name: "BearerKeyIs200", req: v1Request{Path: "/v1/verifications", Key: key}, status: 200, rateHeaders: true},
			{name: "XAPIKeyIs200", req: v1Request{Path: "/v1/verifications", Header: map[string]string{"X-API-Key": key}}, status: 200, rateHeaders: true},
			{name: "PortalJWTIs200", req: v1Request{Path: "/v1/verifications", Key: jwt}, status: 200, rateHeaders: true},
			{name: "JWTWinsOverRevokedXAPIKey", req: v1Request{Path: "/v1/verifications", Key: jwt,
				Header: map[string]string{"X-API-Key": revoked.Secret}}, status: 200, rateHeaders: true},
			{name: "JWTWinsOverGarbageXAPIKey", req: v1Request{Path: "/v1/verifications", Key: jwt,
				Header: map[string]string{"X-API-Key": "kbs_test_garbage"}}, status: 200, rateHeaders: true},
			{name: "KeyAllowlistOverridesApplicationAllowlist", req: v1Request{Path: "/v1/verifications", Key: ownList}, status: 200, rateHeaders: true},
			{name: "ReadOnlyKeyReads", req: v1Request{Path: "/v1/verifications", Key: readOnly}, status: 200, rateHeaders: true},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				res := cs.api.do(t, tc.req)
				if tc.code == "" {
					res.wantOK(t, tc.status)
				} else {
					env := res.wantError(t, tc.status, tc.code)
					if tc.message != "" && env.Message != tc.message {
						t.Errorf("message = %q, want %q", env.Message, tc.message)
					}
				}
				if tc.status == http.StatusUnauthorized && tc.rateHeaders {
					t.Fatal("bad test: a 401 never carries rate-limit headers")
				}
				res.wantRateLimitHeaders(t, tc.rateHeaders)
				if tc.allow != nil {
					got := strings.Split(res.Header.Get("Allow"), ", ")
					slices.Sort(got)
					if !slices.Equal(got, tc.allow) {
						t.Errorf("Allow = %q, want the methods %v", res.Header.Get("Allow"), tc.allow)
					}
				}
			})
		}

		t.Run("RequestIDIsEchoedInTheEnvelope", func(t *testing.T) {
			res := cs.api.do(t, v1Request{Path: "/v1/verifications", Header: map[string]string{"X-Request-Id": "partner-trace-42"}})
			env := res.wantError(t, 401, "unauthorized")
			if env.RequestID != "partner-trace-42" {
				t.Errorf("request_id = %q, want the caller's X-Request-Id", env.RequestID)
			}
		})
		t.Run("UnsafeRequestIDIsReplaced", func(t *testing.T) {
			res := cs.api.do(t, v1Request{Path: "/v1/verifications", Header: map[string]string{"X-Request-Id": "a b\"<script>"}})
			env := res.wantError(t, 401, "unauthorized")
			if env.RequestID == "a b\"<script>" || !strings.HasPrefix(env.RequestID, "req_") {
				t.Errorf("request_id = %q, want a generated req_… id", env.RequestID)
			}
		})
		t.Run("NotFoundMessageDoesNotEchoTheID", func(t *testing.T) {
			res := cs.api.do(t, v1Request{Path: "/v1/verifications/vrc_secretprobe", Key: key})
			if env := res.wantError(t, 404, "not_found"); strings.Contains(env.Message, "vrc_secretprobe") {
				t.Errorf("message %q echoes the probed id", env.Message)
			}
		})
	})
}

// TestRevokedKeyIsRejectedOnTheNextRequest: revocation has no caching window.
func TestRevokedKeyIsRejectedOnTheNextRequest(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		k := cs.mustTestKey(t)
		cs.api.do(t, v1Request{Path: "/v1/verifications", Key: k.Secret}).wantOK(t, 200)
		cs.api.do(t, v1Request{Method: "POST", Path: "/v1/api-keys/" + k.ID + "/revoke", Key: cs.Owner.AccessToken,
			Body: map[string]any{"reason": "leaked"}}).wantOK(t, 200)
		t.Run("NextRequestIs401", func(t *testing.T) {
			res := cs.api.do(t, v1Request{Path: "/v1/verifications", Key: k.Secret})
			res.wantError(t, 401, "unauthorized")
			res.wantRateLimitHeaders(t, false)
		})
		t.Run("NextRequestViaXAPIKeyIs401", func(t *testing.T) {
			cs.api.do(t, v1Request{Path: "/v1/verifications", Header: map[string]string{"X-API-Key": k.Secret}}).
				wantError(t, 401, "unauthorized")
		})
	})
}

// TestRotatedKeyWorksUntilGraceEnds: after a rotation with a grace period
// both keys work; once grace_until has passed the old one is 401.
func TestRotatedKeyWorksUntilGraceEnds(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		old := cs.mustTestKey(t)
		res := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/api-keys/" + old.ID + "/rotate", Key: cs.Owner.AccessToken,
			Body: map[string]any{"grace_period": "1h"}})
		obj := res.wantOK(t, http.StatusCreated)
		successor, _ := obj["key"].(string)
		if successor == "" {
			t.Fatalf("rotate returned no key: %s", res)
		}
		t.Run("OldKeyWorksDuringGrace", func(t *testing.T) {
			cs.api.do(t, v1Request{Path: "/v1/verifications", Key: old.Secret}).wantOK(t, 200)
		})
		t.Run("SuccessorWorksDuringGrace", func(t *testing.T) {
			cs.api.do(t, v1Request{Path: "/v1/verifications", Key: successor}).wantOK(t, 200)
		})
		// The grace period ends.
		cs.updateKey(t, old.ID, func(u *ent.APIKeyUpdateOne) { u.SetGraceUntil(time.Now().Add(-time.Second)) })
		t.Run("OldKeyIs401AfterGrace", func(t *testing.T) {
			res := cs.api.do(t, v1Request{Path: "/v1/verifications", Key: old.Secret})
			res.wantError(t, 401, "unauthorized")
			res.wantRateLimitHeaders(t, false)
		})
		t.Run("SuccessorStillWorksAfterGrace", func(t *testing.T) {
			cs.api.do(t, v1Request{Path: "/v1/verifications", Key: successor}).wantOK(t, 200)
		})
	})
}

// TestExpiredKey: a key created with a future expiry works, and once
// expires_at has passed it is 401 expired_api_key.
func TestExpiredKey(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		k := cs.mustKey(t, cs.Owner.AccessToken, map[string]any{"expires_at": time.Now().Add(time.Hour).UTC().Format(time.RFC3339)})
		t.Run("WorksBeforeExpiry", func(t *testing.T) {
			cs.api.do(t, v1Request{Path: "/v1/verifications", Key: k.Secret}).wantOK(t, 200)
		})
		cs.updateKey(t, k.ID, func(u *ent.APIKeyUpdateOne) { u.SetExpiresAt(time.Now().Add(-time.Second)) })
		t.Run("ExpiredIs401ExpiredAPIKey", func(t *testing.T) {
			res := cs.api.do(t, v1Request{Path: "/v1/verifications", Key: k.Secret})
			res.wantError(t, 401, "expired_api_key")
			res.wantRateLimitHeaders(t, false)
		})
		t.Run("ExpiredOnAWriteIs401ExpiredAPIKey", func(t *testing.T) {
			cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications", Key: k.Secret, Body: map[string]any{}}).
				wantError(t, 401, "expired_api_key")
		})
	})
}

// failingLimiter is a rate-limit store whose backend is down.
type failingLimiter struct{}

func (failingLimiter) Take(context.Context, time.Time, ...ratelimit.Limit) (ratelimit.Decision, error) {
	return ratelimit.Decision{}, errors.New("redis: connection refused at 10.9.8.7:6379")
}

func (failingLimiter) Peek(context.Context, time.Time, ...ratelimit.Limit) (ratelimit.Decision, error) {
	return ratelimit.Decision{}, errors.New("redis: connection refused at 10.9.8.7:6379")
}

func (failingLimiter) Return(context.Context, time.Time, ...ratelimit.Limit) error {
	return errors.New("redis: connection refused at 10.9.8.7:6379")
}

// TestServerErrorEnvelope: an internal failure is 500 server_error in the
// envelope, with a request id for support and no internals in the message.
func TestServerErrorEnvelope(t *testing.T) {
	cs := startContract(t, testdb.SQLiteURL(t))
	key := cs.mustTestKey(t).Secret
	v1 := cs.newClockedV1(t, failingLimiter{})
	for _, tc := range []struct {
		name string
		req  v1Request
	}{
		{"ListIs500ServerError", v1Request{Path: "/v1/verifications", Key: key}},
		{"CreateIs500ServerError", v1Request{Method: "POST", Path: "/v1/verifications", Key: key, Body: map[string]any{}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := v1.api.do(t, tc.req)
			env := res.wantError(t, 500, "server_error")
			if strings.Contains(env.Message, "redis") || strings.Contains(env.Message, "10.9.8.7") {
				t.Errorf("message %q leaks the internal cause", env.Message)
			}
		})
	}
	t.Run("UnauthenticatedIsStill401", func(t *testing.T) {
		v1.api.do(t, v1Request{Path: "/v1/verifications"}).wantError(t, 401, "unauthorized")
	})
}

// flipLastChar changes the key's last character, which breaks its checksum.
func flipLastChar(key string) string {
	last := key[len(key)-1]
	repl := byte('A')
	if last == 'A' {
		repl = 'B'
	}
	return key[:len(key)-1] + string(repl)
}
