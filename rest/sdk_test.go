package rest_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/sdktoken"
	"github.com/keybs/platform/internal/bearertoken"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
)

const sdkCallbackURL = "https://shop.example/verification-complete"

// setDefaultAppCallbacks sets the callback URLs of a tenant's default
// application, as the portal's application page does.
func (cs *contractServer) setDefaultAppCallbacks(t testing.TB, tenantID string, urls ...string) {
	t.Helper()
	if err := cs.DB.Client.Application.Update().Where(entapp.TenantID(tenantID), entapp.IsDefault(true)).
		SetCallbackUrls(urls).Exec(testkit.System()); err != nil {
		t.Fatalf("set callback URLs: %v", err)
	}
}

func TestSDKAccessToken(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		cs.setDefaultAppCallbacks(t, cs.Owner.TenantID, sdkCallbackURL)
		secret := cs.mustTestKey(t).Secret
		restricted := cs.mustRestrictedKey(t, "verification:create").Secret
		withoutScope := cs.mustRestrictedKey(t, "verification:read", "report:read").Secret
		publishable := cs.mustKey(t, cs.Owner.AccessToken, map[string]any{"kind": "publishable"}).Secret
		other := cs.SignUp(t, "owner@globex.example", "Globex")
		otherKey := cs.mustKey(t, other.AccessToken, nil).Secret // its application has no callback URLs
		valid := func() map[string]any {
			return map[string]any{"external_user_id": "user_12345", "email": "user@example.com", "flow_name": "default",
				"redirect_url": sdkCallbackURL, "expires_in": 3600}
		}
		with := func(k string, v any) map[string]any { b := valid(); b[k] = v; return b }
		for _, tc := range []struct {
			name   string
			key    string
			apiKey bool // send as X-API-Key, as seed 004 does
			body   any
			status int
			code   string
			field  string
		}{
			{"ASecretKeyGetsATokenWithSeed004sBody", secret, true, valid(), 201, "", ""},
			{"ARestrictedKeyWithTheScopeGetsOne", restricted, false, valid(), 201, "", ""},
			{"OnlyTheRequiredFieldsAreNeeded", secret, false, map[string]any{"external_user_id": "u1", "redirect_url": sdkCallbackURL + "?state=9"}, 201, "", ""},
			{"NoCredentialsIs401", "", false, valid(), 401, "unauthorized", ""},
			{"APublishableKeyIs403", publishable, false, valid(), 403, "forbidden", ""},
			{"APortalSessionIs403", cs.Owner.AccessToken, false, valid(), 403, "forbidden", ""},
			{"AKeyWithoutTheScopeIs403", withoutScope, false, valid(), 403, "invalid_scope", ""},
			{"ARedirectOutsideTheCallbacksIs422", secret, false, with("redirect_url", "https://evil.example/verification-complete"), 422, "validation_error", "redirect_url"},
			{"ARedirectToAnotherPathIs422", secret, false, with("redirect_url", "https://shop.example/other"), 422, "validation_error", "redirect_url"},
			{"AnApplicationWithoutCallbacksRefusesEveryRedirect", otherKey, false, valid(), 422, "validation_error", "redirect_url"},
			{"NoRedirectIs422", secret, false, with("redirect_url", ""), 422, "validation_error", "redirect_url"},
			{"NoExternalUserIs422", secret, false, with("external_user_id", ""), 422, "validation_error", "external_user_id"},
			{"ABadEmailIs422", secret, false, with("email", "user@"), 422, "validation_error", "email"},
			{"AnUnknownFlowIs422", secret, false, with("flow_name", "express"), 422, "validation_error", "flow_name"},
			{"ZeroSecondsIs422", secret, false, with("expires_in", 0), 422, "validation_error", "expires_in"},
			{"OverADayIs422", secret, false, with("expires_in", 86401), 422, "validation_error", "expires_in"},
			{"AnUnknownFieldIs422", secret, false, with("scopes", []string{"x"}), 422, "validation_error", "scopes"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				req := v1Request{Method: http.MethodPost, Path: "/v1/sdk/access-token", Key: tc.key, Body: tc.body}
				if tc.apiKey {
					req.Key, req.Header = "", map[string]string{"X-API-Key": tc.key}
				}
				before := cs.DB.Client.SDKToken.Query().CountX(testkit.System())
				res := cs.api.do(t, req)
				if tc.status != 201 {
					env := res.wantError(t, tc.status, tc.code)
					if tc.field != "" && !strings.Contains(env.Message, tc.field) {
						t.Errorf("message %q does not name %s", env.Message, tc.field)
					}
					if cs.DB.Client.SDKToken.Query().CountX(testkit.System()) != before {
						t.Error("a refused request stored a token")
					}
					return
				}
				obj := res.wantOK(t, 201)
				contractWantKeys(t, "SDK token", keysOf(obj), "token", "sdk_url", "expires_at")
				token := obj["token"].(string)
				// The page is under KEYBS_PUBLIC_URL, as verify_url is.
				if u, _ := obj["sdk_url"].(string); bearertoken.Parse("kbs_sdk_", token) != nil || !strings.HasPrefix(u, "http") || !strings.HasSuffix(u, "/sdk/"+token) {
					t.Errorf("token %q, sdk_url %v", token, obj["sdk_url"])
				}
				exp, err := time.Parse(time.RFC3339, obj["expires_at"].(string))
				if err != nil || exp.Sub(time.Now()) > time.Hour || exp.Sub(time.Now()) < 59*time.Minute {
					t.Errorf("expires_at %v, want an hour from now", obj["expires_at"])
				}
				row := cs.DB.Client.SDKToken.Query().Where(sdktoken.TokenHash(bearertoken.Hash(token))).OnlyX(testkit.System())
				if row.Environment != environment.Test || row.TenantID != cs.Owner.TenantID || row.UsedAt != nil {
					t.Errorf("stored %+v", row)
				}
			})
		}
		t.Run("TwentyAMinutePerKey", func(t *testing.T) {
			key := cs.mustTestKey(t).Secret
			limited := false
			for i := 0; i < 45 && !limited; i++ {
				res := cs.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/sdk/access-token", Key: key, Body: valid()})
				switch res.Status {
				case 201:
				case 429:
					limited = true
					if res.Header.Get("X-RateLimit-Limit") != "20" || res.Header.Get("Retry-After") == "" {
						t.Errorf("429 headers %v", res.Header)
					}
				default:
					t.Fatalf("token %d: %s", i+1, res)
				}
			}
			if !limited {
				t.Fatal("45 tokens in a row were never limited")
			}
			// Another key's budget is its own.
			cs.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/sdk/access-token", Key: restricted, Body: valid()}).wantOK(t, 201)
		})
	})
}
