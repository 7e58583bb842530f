package graph_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	entkey "github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/server/servertest"
)

const keyFields = `id name prefix last4 kind environment state scopes ipAllowlist allowedOrigins rateLimitPerMinute
	rotationDueAt createdAt expiresAt revokedAt revokedReason graceUntil rotatedFrom rotatedTo`

const (
	createKeyMutation = `mutation($in: CreateApiKeyInput!) { createApiKey(input: $in) { apiKey { ` + keyFields + ` } secret } }`
	updateKeyMutation = `mutation($id: ID!, $in: UpdateApiKeyInput!) { updateApiKey(id: $id, input: $in) { ` + keyFields + ` } }`
	rotateKeyMutation = `mutation($id: ID!, $g: Int!) { rotateApiKey(id: $id, gracePeriodSeconds: $g) { apiKey { ` + keyFields + ` } secret } }`
	revokeKeyMutation = `mutation($id: ID!, $r: String) { revokeApiKey(id: $id, reason: $r) { ` + keyFields + ` } }`
	deleteKeyMutation = `mutation($id: ID!) { deleteApiKey(id: $id) }`
	keyQuery          = `query($id: ID!) { apiKey(id: $id) { ` + keyFields + ` } }`
	keysQuery         = `{ apiKeys(first: 100) { totalCount edges { node { ` + keyFields + ` } } } }`

	requestAccessMutation = `mutation($id: ID!) { requestProductionAccess(id: $id) { id status } }`
	reviewAppMutation     = `mutation($id: ID!, $d: ApplicationDecision!, $r: String) { reviewApplication(id: $id, decision: $d, reason: $r) { id status reviewReason reviewedAt } }`
	createAppMutation     = `mutation($in: ApplicationInput!) { createApplication(input: $in) { id name industry status isDefault callbackUrls ipAllowlist expectedMonthlyVolume requiredModules allowedScopes archivedAt suggestedTier { id } } }`
	applicationsQuery     = `{ applications(first: 100) { edges { node { id name industry isDefault status } } } }`
)

// missingKeyID is a well-formed key id that does not exist.
const missingKeyID = "key_01jd0000000000000000000000"

type gqlKey struct {
	ID, Name, Prefix, Last4, Kind, Environment, State string
	Scopes, IPAllowlist, AllowedOrigins               []string
	RateLimitPerMinute                                int
	RotationDueAt, CreatedAt                          time.Time
	ExpiresAt, RevokedAt, GraceUntil                  *time.Time
	RevokedReason, RotatedFrom, RotatedTo             *string
}

type keyWithSecret struct {
	APIKey gqlKey `json:"apiKey"`
	Secret string
}

// keyInput is a CreateApiKeyInput for a TEST secret key, with overrides
// (a nil value deletes the field).
func keyInput(overrides map[string]any) map[string]any {
	in := map[string]any{"name": "Backend", "environment": "TEST"}
	for k, v := range overrides {
		if v == nil {
			delete(in, k)
			continue
		}
		in[k] = v
	}
	return map[string]any{"in": in}
}

func mustCreateKey(t *testing.T, s *servertest.Server, token string, overrides map[string]any) keyWithSecret {
	t.Helper()
	var data struct{ CreateApiKey keyWithSecret }
	s.GraphQL(t, token, createKeyMutation, keyInput(overrides)).Decode(t, &data)
	return data.CreateApiKey
}

func mustRotate(t *testing.T, s *servertest.Server, token, id string, grace int) keyWithSecret {
	t.Helper()
	var data struct{ RotateApiKey keyWithSecret }
	s.GraphQL(t, token, rotateKeyMutation, map[string]any{"id": id, "g": grace}).Decode(t, &data)
	return data.RotateApiKey
}

func getKey(t *testing.T, s *servertest.Server, token, id string) gqlKey {
	t.Helper()
	var data struct{ APIKey *gqlKey }
	s.GraphQL(t, token, keyQuery, map[string]any{"id": id}).Decode(t, &data)
	if data.APIKey == nil {
		t.Fatalf("apiKey(%s) is null", id)
	}
	return *data.APIKey
}

func listKeys(t *testing.T, s *servertest.Server, token string) []gqlKey {
	t.Helper()
	var data struct {
		APIKeys struct {
			Edges []struct{ Node gqlKey }
		}
	}
	s.GraphQL(t, token, keysQuery, nil).Decode(t, &data)
	out := make([]gqlKey, len(data.APIKeys.Edges))
	for i, e := range data.APIKeys.Edges {
		out[i] = e.Node
	}
	return out
}

func hasKey(keys []gqlKey, id string) bool {
	return slices.ContainsFunc(keys, func(k gqlKey) bool { return k.ID == id })
}

type gqlApp struct {
	ID, Name, Industry, Status string
	IsDefault                  bool
}

func listApps(t *testing.T, s *servertest.Server, token string) []gqlApp {
	t.Helper()
	var data struct {
		Applications struct {
			Edges []struct{ Node gqlApp }
		}
	}
	s.GraphQL(t, token, applicationsQuery, nil).Decode(t, &data)
	out := make([]gqlApp, len(data.Applications.Edges))
	for i, e := range data.Applications.Edges {
		out[i] = e.Node
	}
	return out
}

func defaultAppID(t *testing.T, s *servertest.Server, token string) string {
	t.Helper()
	for _, a := range listApps(t, s, token) {
		if a.IsDefault {
			return a.ID
		}
	}
	t.Fatal("the tenant has no default application")
	return ""
}

// mustCreateApp creates an application and returns its id.
func mustCreateApp(t *testing.T, s *servertest.Server, token string, in map[string]any) string {
	t.Helper()
	var data struct{ CreateApplication struct{ ID string } }
	s.GraphQL(t, token, createAppMutation, map[string]any{"in": in}).Decode(t, &data)
	return data.CreateApplication.ID
}

// approveApp requests production access for appID and has ops approve it.
func approveApp(t *testing.T, s *servertest.Server, token, ops, appID string) {
	t.Helper()
	var req struct{ RequestProductionAccess struct{ Status string } }
	s.GraphQL(t, token, requestAccessMutation, map[string]any{"id": appID}).Decode(t, &req)
	var rev struct{ ReviewApplication struct{ Status string } }
	s.GraphQL(t, ops, reviewAppMutation, map[string]any{"id": appID, "d": "APPROVE"}).Decode(t, &rev)
	if rev.ReviewApplication.Status != "APPROVED" {
		t.Fatalf("application %s not approved: %+v", appID, rev)
	}
}

// verifyKYC submits the tenant's KYC and has ops approve it.
func verifyKYC(t *testing.T, s *servertest.Server, token, ops, tenantID string) {
	t.Helper()
	var sub struct{ SubmitKyc struct{ KycStatus string } }
	s.GraphQL(t, token, submitKyc, kycInput(nil)).Decode(t, &sub)
	var rev struct{ ReviewKyc struct{ KycStatus string } }
	s.GraphQL(t, ops, reviewKyc, map[string]any{"id": tenantID, "d": "APPROVE"}).Decode(t, &rev)
	if rev.ReviewKyc.KycStatus != "VERIFIED" {
		t.Fatalf("KYC not verified: %+v", rev)
	}
}

// within reports whether got is want±tol.
func within(got, want time.Time, tol time.Duration) bool {
	d := got.Sub(want)
	return d >= -tol && d <= tol
}

// fintechDefaultScopes are what a key of a new fintech application gets by
// default: the core and every scope of the modules the fintech preset
// selects (KYC, FRAUD_SIGNALS, TRANSACTION_MONITORING, TRUST_SCORING).
var fintechDefaultScopes = []string{
	"document:create", "fraud:score", "fraud:signals", "kyc:agecheck", "kyc:verify", "report:read", "share:manage",
	"transaction:check", "trustscore:read", "user:verify", "verification:create", "verification:read", "webhook:manage",
}

func TestCreateAPIKey(t *testing.T) {
	s := servertest.Start(t, testdb.SQLiteURL(t))
	owner := s.SignUp(t, "owner@acme.example", "Acme")

	formats := []struct {
		name      string
		overrides map[string]any
		kind      string
		prefix    string
		scopes    []string
	}{
		{"SecretTestKeyHasTestPrefixAndEveryAllowedScope", nil, "SECRET", "kbs_test_", fintechDefaultScopes},
		{"RestrictedTestKeyHasRkPrefixAndItsScopes", map[string]any{"kind": "RESTRICTED", "scopes": []string{"verification:read", "report:read", "verification:read"}},
			"RESTRICTED", "kbs_rk_test_", []string{"report:read", "verification:read"}},
		{"PublishableTestKeyHasPkPrefixAndOnlySDKSafeScopes", map[string]any{"kind": "PUBLISHABLE", "allowedOrigins": []string{"https://shop.example/"}},
			"PUBLISHABLE", "kbs_pk_test_", []string{"report:read"}},
	}
	for _, tc := range formats {
		t.Run(tc.name, func(t *testing.T) {
			before := time.Now()
			k := mustCreateKey(t, s, owner.AccessToken, tc.overrides)
			sec := k.Secret
			if !strings.HasPrefix(sec, tc.prefix) || len(sec) != len(tc.prefix)+49 {
				t.Fatalf("secret %q: want prefix %s and length %d", sec, tc.prefix, len(tc.prefix)+49)
			}
			if kind, env, err := apikey.Parse(sec); err != nil || string(kind) != tc.kind || env != "TEST" {
				t.Fatalf("Parse(secret) = %s %s %v", kind, env, err)
			}
			if k.APIKey.Prefix != sec[:12] || k.APIKey.Last4 != sec[len(sec)-4:] {
				t.Errorf("prefix %q last4 %q do not match the secret %q", k.APIKey.Prefix, k.APIKey.Last4, sec)
			}
			if k.APIKey.Kind != tc.kind || k.APIKey.Environment != "TEST" || k.APIKey.State != "ACTIVE" || k.APIKey.ExpiresAt != nil {
				t.Errorf("key = %+v", k.APIKey)
			}
			if !slices.Equal(k.APIKey.Scopes, tc.scopes) {
				t.Errorf("scopes = %v, want %v", k.APIKey.Scopes, tc.scopes)
			}
			if k.APIKey.RateLimitPerMinute != 120 {
				t.Errorf("test key rate limit = %d, want 120", k.APIKey.RateLimitPerMinute)
			}
			if !within(k.APIKey.RotationDueAt, k.APIKey.CreatedAt.Add(90*24*time.Hour), 5*time.Second) ||
				!within(k.APIKey.RotationDueAt, before.Add(90*24*time.Hour), time.Minute) {
				t.Errorf("rotationDueAt %s, created %s: want created + 90 days", k.APIKey.RotationDueAt, k.APIKey.CreatedAt)
			}

			// The secret is never shown again, nor is its hash.
			one := s.GraphQL(t, owner.AccessToken, keyQuery, map[string]any{"id": k.APIKey.ID})
			all := s.GraphQL(t, owner.AccessToken, keysQuery, nil)
			for name, res := range map[string]servertest.Response{"apiKey": one, "apiKeys": all} {
				if len(res.Errors) > 0 || !strings.Contains(string(res.Data), k.APIKey.ID) {
					t.Fatalf("%s does not show the key: %+v %s", name, res.Errors, res.Data)
				}
				for _, leak := range []string{sec, sec[12 : len(sec)-4], apikey.Hash(sec)} {
					if strings.Contains(string(res.Data), leak) {
						t.Errorf("%s leaks %q", name, leak)
					}
				}
			}
		})
	}

	t.Run("IPAllowlistIsNormalisedToCIDRs", func(t *testing.T) {
		k := mustCreateKey(t, s, owner.AccessToken, map[string]any{"ipAllowlist": []string{"203.0.113.7", "2001:db8::1", " 10.1.2.3/8"}})
		want := []string{"203.0.113.7/32", "2001:db8::1/128", "10.0.0.0/8"}
		if !slices.Equal(k.APIKey.IPAllowlist, want) {
			t.Fatalf("ipAllowlist = %v, want %v", k.APIKey.IPAllowlist, want)
		}
	})
	t.Run("PublishableOriginsAreNormalised", func(t *testing.T) {
		k := mustCreateKey(t, s, owner.AccessToken, map[string]any{"kind": "PUBLISHABLE", "allowedOrigins": []string{"https://shop.example/", "http://localhost:3000"}})
		if want := []string{"https://shop.example", "http://localhost:3000"}; !slices.Equal(k.APIKey.AllowedOrigins, want) {
			t.Fatalf("allowedOrigins = %v, want %v", k.APIKey.AllowedOrigins, want)
		}
	})
	t.Run("FutureExpiryIsKept", func(t *testing.T) {
		exp := time.Now().Add(30 * 24 * time.Hour).UTC().Truncate(time.Second)
		k := mustCreateKey(t, s, owner.AccessToken, map[string]any{"expiresAt": exp.Format(time.RFC3339)})
		if k.APIKey.ExpiresAt == nil || !k.APIKey.ExpiresAt.Equal(exp) {
			t.Fatalf("expiresAt = %v, want %s", k.APIKey.ExpiresAt, exp)
		}
	})
	t.Run("ModuleScopeIsGrantableOnAnApplicationRequiringTheModule", func(t *testing.T) {
		app := mustCreateApp(t, s, owner.AccessToken, map[string]any{"name": "Marketplace", "requiredModules": []string{"ESCROW"}})
		k := mustCreateKey(t, s, owner.AccessToken, map[string]any{"applicationId": app, "scopes": []string{"escrow:funds"}})
		if !slices.Equal(k.APIKey.Scopes, []string{"escrow:funds"}) {
			t.Fatalf("scopes = %v", k.APIKey.Scopes)
		}
	})
	t.Run("SecretsAreDistinct", func(t *testing.T) {
		a := mustCreateKey(t, s, owner.AccessToken, nil)
		b := mustCreateKey(t, s, owner.AccessToken, nil)
		if a.Secret == b.Secret || a.APIKey.ID == b.APIKey.ID {
			t.Fatal("two keys share a secret or id")
		}
	})

	other := s.SignUp(t, "owner@other.example", "Other")
	otherApp := defaultAppID(t, s, other.AccessToken)
	archived := mustCreateApp(t, s, owner.AccessToken, map[string]any{"name": "Old"})
	var arch struct{ ArchiveApplication struct{ ID string } }
	s.GraphQL(t, owner.AccessToken, `mutation($id: ID!) { archiveApplication(id: $id) { id } }`, map[string]any{"id": archived}).Decode(t, &arch)

	invalid := []struct {
		name      string
		overrides map[string]any
		field     string
	}{
		{"UnknownScopeIsRejected", map[string]any{"scopes": []string{"nope:read"}}, "scopes"},
		{"ScopeOutsideTheApplicationIsRejected", map[string]any{"scopes": []string{"escrow:funds"}}, "scopes"},
		{"EmptyScopeListIsRejected", map[string]any{"scopes": []string{}}, "scopes"},
		{"RestrictedKeyWithoutScopesIsRejected", map[string]any{"kind": "RESTRICTED"}, "scopes"},
		{"PublishableKeyWithUnsafeScopeIsRejected", map[string]any{"kind": "PUBLISHABLE", "scopes": []string{"verification:create"}}, "scopes"},
		{"AllowedOriginsOnSecretKeyIsRejected", map[string]any{"allowedOrigins": []string{"https://shop.example"}}, "allowedOrigins"},
		{"OriginWithPathIsRejected", map[string]any{"kind": "PUBLISHABLE", "allowedOrigins": []string{"https://shop.example/checkout"}}, "allowedOrigins"},
		{"BadIPAllowlistEntryIsRejected", map[string]any{"ipAllowlist": []string{"10.0.0.0/8", "300.1.2.3"}}, "ipAllowlist"},
		{"IPWithZoneIsRejected", map[string]any{"ipAllowlist": []string{"fe80::1%eth0"}}, "ipAllowlist"},
		{"PastExpiryIsRejected", map[string]any{"expiresAt": time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)}, "expiresAt"},
		{"BlankNameIsRejected", map[string]any{"name": "   "}, "name"},
		{"OverlongNameIsRejected", map[string]any{"name": strings.Repeat("n", 101)}, "name"},
		{"ArchivedApplicationIsRejected", map[string]any{"applicationId": archived}, "applicationId"},
		{"UnknownApplicationIsRejected", map[string]any{"applicationId": "app_01jd0000000000000000000000"}, "applicationId"},
		{"OtherTenantsApplicationIsRejected", map[string]any{"applicationId": otherApp}, "applicationId"},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			e := s.GraphQL(t, owner.AccessToken, createKeyMutation, keyInput(tc.overrides)).Err(t)
			if e.Code() != "validation_error" || e.Field() != tc.field {
				t.Fatalf("got %q code %q field %q, want validation_error on %s", e.Message, e.Code(), e.Field(), tc.field)
			}
		})
	}
	t.Run("OtherTenantsApplicationLooksLikeAnUnknownOne", func(t *testing.T) {
		foreign := s.GraphQL(t, owner.AccessToken, createKeyMutation, keyInput(map[string]any{"applicationId": otherApp}))
		missing := s.GraphQL(t, owner.AccessToken, createKeyMutation, keyInput(map[string]any{"applicationId": "app_01jd0000000000000000000000"}))
		if !sameAnswer(foreign, missing) {
			t.Fatalf("foreign application %+v vs unknown %+v", foreign.Errors, missing.Errors)
		}
	})
	t.Run("RejectedCreatesLeaveNoKeys", func(t *testing.T) {
		for _, k := range listKeys(t, s, other.AccessToken) {
			t.Errorf("tenant Other has a key it never created: %+v", k)
		}
	})

	t.Run("RolesDecideWhoCreates", func(t *testing.T) {
		viewerTok := memberToken(t, s, owner.TenantID, "viewer@acme.example", membership.RoleVIEWER)
		devTok := memberToken(t, s, owner.TenantID, "dev@acme.example", membership.RoleDEVELOPER)
		t.Run("ViewerCannotCreate", func(t *testing.T) {
			if e := s.GraphQL(t, viewerTok, createKeyMutation, keyInput(nil)).Err(t); e.Code() != "forbidden" {
				t.Fatalf("got %+v", e)
			}
		})
		var devKey keyWithSecret
		t.Run("DeveloperCanCreate", func(t *testing.T) {
			devKey = mustCreateKey(t, s, devTok, map[string]any{"name": "Dev key"})
		})
		t.Run("ViewerCanList", func(t *testing.T) {
			keys := listKeys(t, s, viewerTok)
			if devKey.APIKey.ID == "" || !hasKey(keys, devKey.APIKey.ID) {
				t.Fatalf("viewer's list (%d keys) lacks the developer's key", len(keys))
			}
		})
		t.Run("ViewerCannotRevoke", func(t *testing.T) {
			if e := s.GraphQL(t, viewerTok, revokeKeyMutation, map[string]any{"id": devKey.APIKey.ID}).Err(t); e.Code() != "forbidden" {
				t.Fatalf("got %+v", e)
			}
		})
		t.Run("AnonymousIsUnauthorized", func(t *testing.T) {
			if e := s.GraphQL(t, "", createKeyMutation, keyInput(nil)).Err(t); e.Code() != "unauthorized" {
				t.Fatalf("got %+v", e)
			}
		})
	})
}

// TestKeyEligibility walks a tenant through onboarding and checks at each step
// which keys it may create.
func TestKeyEligibility(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		ops := staffToken(t, s, "ops@keybs.example", viewer.StaffOps)

		t.Run("WithoutAcceptedTermsNoKeyIsForbidden", func(t *testing.T) {
			var data struct{ SignUp servertest.Session }
			s.GraphQL(t, "", servertest.SignUpMutation, signUpInput(map[string]any{"email": "noterms@example.com", "acceptTerms": false})).Decode(t, &data)
			for _, env := range []string{"TEST", "LIVE"} {
				e := s.GraphQL(t, data.SignUp.AccessToken, createKeyMutation, keyInput(map[string]any{"environment": env})).Err(t)
				if e.Code() != "forbidden" || !strings.Contains(e.Message, "terms") {
					t.Errorf("%s key: got %+v, want forbidden mentioning the terms", env, e)
				}
			}
		})

		owner := s.SignUp(t, "owner@acme.example", "Acme")
		app := defaultAppID(t, s, owner.AccessToken)
		live := map[string]any{"environment": "LIVE"}

		t.Run("LiveKeyWithoutKYCIsForbidden", func(t *testing.T) {
			e := s.GraphQL(t, owner.AccessToken, createKeyMutation, keyInput(live)).Err(t)
			// The words of the Onboarding page, never the stored NOT_STARTED.
			if e.Code() != "forbidden" || !strings.Contains(e.Message, "KYC") || !strings.Contains(e.Message, "step 2") ||
				!strings.Contains(e.Message, "not started yet") || strings.Contains(e.Message, "NOT_STARTED") {
				t.Fatalf("got %+v, want forbidden naming the KYC step and its progress in words", e)
			}
		})
		t.Run("TestKeyWithoutKYCIsCreated", func(t *testing.T) {
			mustCreateKey(t, s, owner.AccessToken, nil)
		})

		verifyKYC(t, s, owner.AccessToken, ops, owner.TenantID)

		t.Run("LiveKeyWithKYCButDraftApplicationIsForbidden", func(t *testing.T) {
			e := s.GraphQL(t, owner.AccessToken, createKeyMutation, keyInput(live)).Err(t)
			if e.Code() != "forbidden" || !strings.Contains(e.Message, "application") || !strings.Contains(e.Message, "approved") {
				t.Fatalf("got %+v, want forbidden mentioning the application's approval", e)
			}
		})
		t.Run("LiveKeyWhileApplicationPendingIsForbidden", func(t *testing.T) {
			var req struct{ RequestProductionAccess struct{ Status string } }
			s.GraphQL(t, owner.AccessToken, requestAccessMutation, map[string]any{"id": app}).Decode(t, &req)
			e := s.GraphQL(t, owner.AccessToken, createKeyMutation, keyInput(live)).Err(t)
			if e.Code() != "forbidden" || !strings.Contains(e.Message, "waiting for review") || strings.Contains(e.Message, "PENDING_REVIEW") {
				t.Fatalf("got %+v, want the pending review in words", e)
			}
		})
		t.Run("LiveKeyWithKYCAndApprovedApplicationIsCreated", func(t *testing.T) {
			var rev struct{ ReviewApplication struct{ Status string } }
			s.GraphQL(t, ops, reviewAppMutation, map[string]any{"id": app, "d": "APPROVE"}).Decode(t, &rev)
			k := mustCreateKey(t, s, owner.AccessToken, live)
			if !strings.HasPrefix(k.Secret, "kbs_live_") || k.APIKey.Environment != "LIVE" || k.APIKey.Prefix != k.Secret[:12] {
				t.Fatalf("live key = %+v secret %q", k.APIKey, k.Secret)
			}
			if k.APIKey.RateLimitPerMinute != 1000 {
				t.Errorf("FINTECH live rate limit = %d, want the industry cap 1000", k.APIKey.RateLimitPerMinute)
			}
		})
		t.Run("LiveRestrictedAndPublishableKeysHaveLivePrefixes", func(t *testing.T) {
			rk := mustCreateKey(t, s, owner.AccessToken, map[string]any{"environment": "LIVE", "kind": "RESTRICTED", "scopes": []string{"kyc:verify"}})
			pk := mustCreateKey(t, s, owner.AccessToken, map[string]any{"environment": "LIVE", "kind": "PUBLISHABLE"})
			if !strings.HasPrefix(rk.Secret, "kbs_rk_live_") || !strings.HasPrefix(pk.Secret, "kbs_pk_live_") {
				t.Fatalf("secrets %q and %q", rk.Secret, pk.Secret)
			}
		})
		t.Run("LiveKeyRateLimitIsTheApplicationIndustrysCap", func(t *testing.T) {
			shop := mustCreateApp(t, s, owner.AccessToken, map[string]any{"name": "Shop", "industry": "ECOMMERCE"})
			approveApp(t, s, owner.AccessToken, ops, shop)
			k := mustCreateKey(t, s, owner.AccessToken, map[string]any{"environment": "LIVE", "applicationId": shop})
			if k.APIKey.RateLimitPerMinute != 500 {
				t.Fatalf("ECOMMERCE live rate limit = %d, want 500", k.APIKey.RateLimitPerMinute)
			}
		})
		t.Run("AnotherApplicationStillNeedsItsOwnApproval", func(t *testing.T) {
			draft := mustCreateApp(t, s, owner.AccessToken, map[string]any{"name": "New product"})
			e := s.GraphQL(t, owner.AccessToken, createKeyMutation, keyInput(map[string]any{"environment": "LIVE", "applicationId": draft})).Err(t)
			if e.Code() != "forbidden" || !strings.Contains(e.Message, "New product") {
				t.Fatalf("got %+v", e)
			}
		})
	})
}

// TestAPIKeyLifecycle updates, rotates, revokes and deletes keys, and checks
// each step's audit entry.
func TestAPIKeyLifecycle(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		owner := s.SignUp(t, "owner@acme.example", "Acme")
		tok := owner.AccessToken

		t.Run("Update", func(t *testing.T) {
			exp := time.Now().Add(24 * time.Hour).UTC().Format(time.RFC3339)
			k := mustCreateKey(t, s, tok, map[string]any{"expiresAt": exp})
			update := func(t *testing.T, in map[string]any) servertest.Response {
				t.Helper()
				return s.GraphQL(t, tok, updateKeyMutation, map[string]any{"id": k.APIKey.ID, "in": in})
			}
			t.Run("RenameChangesOnlyTheName", func(t *testing.T) {
				var data struct{ UpdateApiKey gqlKey }
				update(t, map[string]any{"name": "  Renamed  "}).Decode(t, &data)
				if data.UpdateApiKey.Name != "Renamed" || !slices.Equal(data.UpdateApiKey.Scopes, k.APIKey.Scopes) || data.UpdateApiKey.ExpiresAt == nil {
					t.Fatalf("got %+v", data.UpdateApiKey)
				}
			})
			t.Run("ScopesAreReplacedSortedAndDeduplicated", func(t *testing.T) {
				var data struct{ UpdateApiKey gqlKey }
				update(t, map[string]any{"scopes": []string{"verification:read", "kyc:verify", "kyc:verify"}}).Decode(t, &data)
				if want := []string{"kyc:verify", "verification:read"}; !slices.Equal(data.UpdateApiKey.Scopes, want) {
					t.Fatalf("scopes = %v, want %v", data.UpdateApiKey.Scopes, want)
				}
			})
			t.Run("ClearExpiryMakesTheKeyNeverExpire", func(t *testing.T) {
				var data struct{ UpdateApiKey gqlKey }
				update(t, map[string]any{"clearExpiry": true}).Decode(t, &data)
				if data.UpdateApiKey.ExpiresAt != nil {
					t.Fatalf("expiresAt = %v, want null", data.UpdateApiKey.ExpiresAt)
				}
			})
			invalid := []struct {
				name, field string
				in          map[string]any
			}{
				{"UnknownScopeIsRejected", "scopes", map[string]any{"scopes": []string{"admin:all"}}},
				{"ScopeOutsideTheApplicationIsRejected", "scopes", map[string]any{"scopes": []string{"escrow:funds"}}},
				{"EmptyScopesAreRejected", "scopes", map[string]any{"scopes": []string{}}},
				{"BlankNameIsRejected", "name", map[string]any{"name": ""}},
				{"PastExpiryIsRejected", "expiresAt", map[string]any{"expiresAt": time.Now().Add(-time.Minute).UTC().Format(time.RFC3339)}},
				{"BadIPAllowlistIsRejected", "ipAllowlist", map[string]any{"ipAllowlist": []string{"banana"}}},
				{"OriginsOnSecretKeyAreRejected", "allowedOrigins", map[string]any{"allowedOrigins": []string{"https://shop.example"}}},
			}
			for _, tc := range invalid {
				t.Run(tc.name, func(t *testing.T) {
					e := update(t, tc.in).Err(t)
					if e.Code() != "validation_error" || e.Field() != tc.field {
						t.Fatalf("got %q code %q field %q, want validation_error on %s", e.Message, e.Code(), e.Field(), tc.field)
					}
				})
			}
			t.Run("RejectedUpdateChangesNothing", func(t *testing.T) {
				got := getKey(t, s, tok, k.APIKey.ID)
				if got.Name != "Renamed" || !slices.Equal(got.Scopes, []string{"kyc:verify", "verification:read"}) {
					t.Fatalf("key = %+v", got)
				}
			})
			t.Run("RevokedKeyCannotBeUpdated", func(t *testing.T) {
				var rev struct{ RevokeApiKey gqlKey }
				s.GraphQL(t, tok, revokeKeyMutation, map[string]any{"id": k.APIKey.ID}).Decode(t, &rev)
				if e := update(t, map[string]any{"name": "Again"}).Err(t); e.Code() != "conflict" {
					t.Fatalf("got %+v", e)
				}
			})
			t.Run("UnknownKeyIsNotFound", func(t *testing.T) {
				e := s.GraphQL(t, tok, updateKeyMutation, map[string]any{"id": missingKeyID, "in": map[string]any{"name": "x"}}).Err(t)
				if e.Code() != "not_found" {
					t.Fatalf("got %+v", e)
				}
			})
		})

		t.Run("Revoke", func(t *testing.T) {
			k := mustCreateKey(t, s, tok, nil)
			var first, second struct{ RevokeApiKey gqlKey }
			s.GraphQL(t, tok, revokeKeyMutation, map[string]any{"id": k.APIKey.ID, "r": "leaked in a log"}).Decode(t, &first)
			t.Run("RevokedKeyIsRevoked", func(t *testing.T) {
				r := first.RevokeApiKey
				if r.State != "REVOKED" || r.RevokedAt == nil || r.RevokedReason == nil || *r.RevokedReason != "leaked in a log" {
					t.Fatalf("got %+v", r)
				}
			})
			t.Run("RevokingAgainChangesNothing", func(t *testing.T) {
				s.GraphQL(t, tok, revokeKeyMutation, map[string]any{"id": k.APIKey.ID, "r": "second reason"}).Decode(t, &second)
				r := second.RevokeApiKey
				if r.State != "REVOKED" || r.RevokedAt == nil || !r.RevokedAt.Equal(*first.RevokeApiKey.RevokedAt) || *r.RevokedReason != "leaked in a log" {
					t.Fatalf("second revoke = %+v, first %+v", r, first.RevokeApiKey)
				}
				if n := len(auditEntries(t, s, tok, k.APIKey.ID, "key.revoked")); n != 1 {
					t.Fatalf("%d key.revoked entries, want 1", n)
				}
			})
			t.Run("RevokedKeyCannotBeRotated", func(t *testing.T) {
				if e := s.GraphQL(t, tok, rotateKeyMutation, map[string]any{"id": k.APIKey.ID, "g": 0}).Err(t); e.Code() != "conflict" {
					t.Fatalf("got %+v", e)
				}
			})
		})

		t.Run("Rotate", func(t *testing.T) {
			exp := time.Now().Add(48 * time.Hour).UTC().Truncate(time.Second)
			old := mustCreateKey(t, s, tok, map[string]any{"name": "Rotating", "kind": "RESTRICTED", "scopes": []string{"kyc:verify", "report:read"},
				"ipAllowlist": []string{"203.0.113.0/24"}, "expiresAt": exp.Format(time.RFC3339)})
			before := time.Now()
			next := mustRotate(t, s, tok, old.APIKey.ID, 3600)
			after := time.Now()
			t.Run("SuccessorHasANewSecretAndTheSameSettings", func(t *testing.T) {
				n := next.APIKey
				if next.Secret == old.Secret || !strings.HasPrefix(next.Secret, "kbs_rk_test_") || n.ID == old.APIKey.ID {
					t.Fatalf("successor %+v secret %q", n, next.Secret)
				}
				if n.Prefix != next.Secret[:12] || n.Last4 != next.Secret[len(next.Secret)-4:] {
					t.Errorf("successor prefix/last4 %q/%q do not match its secret", n.Prefix, n.Last4)
				}
				if n.Name != "Rotating" || n.Kind != "RESTRICTED" || !slices.Equal(n.Scopes, old.APIKey.Scopes) ||
					!slices.Equal(n.IPAllowlist, old.APIKey.IPAllowlist) || n.ExpiresAt == nil || !n.ExpiresAt.Equal(exp) {
					t.Errorf("successor %+v differs from %+v", n, old.APIKey)
				}
				if n.State != "ACTIVE" || n.RotatedFrom == nil || *n.RotatedFrom != old.APIKey.ID {
					t.Errorf("successor state %s rotatedFrom %v", n.State, n.RotatedFrom)
				}
				if !within(n.RotationDueAt, after.Add(90*24*time.Hour), time.Minute) {
					t.Errorf("successor rotationDueAt = %s", n.RotationDueAt)
				}
			})
			t.Run("OldKeyIsRotatingUntilTheGracePeriodEnds", func(t *testing.T) {
				o := getKey(t, s, tok, old.APIKey.ID)
				if o.State != "ROTATING" || o.RevokedAt != nil || o.RotatedTo == nil || *o.RotatedTo != next.APIKey.ID {
					t.Fatalf("old key = %+v", o)
				}
				if o.GraceUntil == nil || o.GraceUntil.Before(before.Add(time.Hour-time.Second)) || o.GraceUntil.After(after.Add(time.Hour+time.Second)) {
					t.Fatalf("graceUntil = %v, want now+1h", o.GraceUntil)
				}
			})
			t.Run("RotatedKeyCannotBeRotatedAgain", func(t *testing.T) {
				if e := s.GraphQL(t, tok, rotateKeyMutation, map[string]any{"id": old.APIKey.ID, "g": 60}).Err(t); e.Code() != "conflict" {
					t.Fatalf("got %+v", e)
				}
			})
			t.Run("RotatingKeyCannotBeUpdated", func(t *testing.T) {
				e := s.GraphQL(t, tok, updateKeyMutation, map[string]any{"id": old.APIKey.ID, "in": map[string]any{"name": "x"}}).Err(t)
				if e.Code() != "conflict" {
					t.Fatalf("got %+v", e)
				}
			})
			t.Run("SecretOfTheSuccessorIsNotShownAgain", func(t *testing.T) {
				res := s.GraphQL(t, tok, keysQuery, nil)
				if strings.Contains(string(res.Data), next.Secret) || strings.Contains(string(res.Data), old.Secret) {
					t.Fatal("apiKeys shows a secret")
				}
			})
			t.Run("ZeroGraceRevokesTheOldKeyAtOnce", func(t *testing.T) {
				k := mustCreateKey(t, s, tok, nil)
				mustRotate(t, s, tok, k.APIKey.ID, 0)
				o := getKey(t, s, tok, k.APIKey.ID)
				if o.State != "REVOKED" || o.RevokedAt == nil || o.GraceUntil != nil {
					t.Fatalf("old key = %+v", o)
				}
			})
			t.Run("SevenDaysGraceIsAllowed", func(t *testing.T) {
				k := mustCreateKey(t, s, tok, nil)
				mustRotate(t, s, tok, k.APIKey.ID, 604800)
				if o := getKey(t, s, tok, k.APIKey.ID); o.State != "ROTATING" {
					t.Fatalf("old key = %+v", o)
				}
			})
			for _, grace := range []int{604801, -1} {
				t.Run(fmt.Sprintf("Grace%dIsRejected", grace), func(t *testing.T) {
					k := mustCreateKey(t, s, tok, nil)
					e := s.GraphQL(t, tok, rotateKeyMutation, map[string]any{"id": k.APIKey.ID, "g": grace}).Err(t)
					if e.Code() != "validation_error" || e.Field() != "gracePeriod" {
						t.Fatalf("got %+v", e)
					}
					if o := getKey(t, s, tok, k.APIKey.ID); o.State != "ACTIVE" {
						t.Fatalf("rejected rotation changed the key: %+v", o)
					}
				})
			}
			t.Run("RevokingARotatingKeyEndsItsGrace", func(t *testing.T) {
				var rev struct{ RevokeApiKey gqlKey }
				s.GraphQL(t, tok, revokeKeyMutation, map[string]any{"id": old.APIKey.ID}).Decode(t, &rev)
				if rev.RevokeApiKey.State != "REVOKED" || rev.RevokeApiKey.GraceUntil != nil {
					t.Fatalf("got %+v", rev.RevokeApiKey)
				}
			})
		})

		t.Run("Delete", func(t *testing.T) {
			k := mustCreateKey(t, s, tok, nil)
			var del struct{ DeleteApiKey string }
			s.GraphQL(t, tok, deleteKeyMutation, map[string]any{"id": k.APIKey.ID}).Decode(t, &del)
			if del.DeleteApiKey != k.APIKey.ID {
				t.Fatalf("deleteApiKey = %q", del.DeleteApiKey)
			}
			t.Run("DeletedKeyIsGoneFromTheList", func(t *testing.T) {
				if hasKey(listKeys(t, s, tok), k.APIKey.ID) {
					t.Fatal("deleted key still listed")
				}
			})
			t.Run("DeletedKeyIsNullAndNotFound", func(t *testing.T) {
				res := s.GraphQL(t, tok, keyQuery, map[string]any{"id": k.APIKey.ID})
				if e := res.Err(t); e.Code() != "not_found" {
					t.Fatalf("got %+v", e)
				}
				var data struct{ APIKey *gqlKey }
				_ = json.Unmarshal(res.Data, &data)
				if data.APIKey != nil {
					t.Fatalf("apiKey = %+v, want null", data.APIKey)
				}
			})
			t.Run("DeletingAgainIsNotFound", func(t *testing.T) {
				if e := s.GraphQL(t, tok, deleteKeyMutation, map[string]any{"id": k.APIKey.ID}).Err(t); e.Code() != "not_found" {
					t.Fatalf("got %+v", e)
				}
			})
		})

		t.Run("EveryStepIsAudited", func(t *testing.T) {
			k := mustCreateKey(t, s, tok, nil)
			var upd struct{ UpdateApiKey gqlKey }
			s.GraphQL(t, tok, updateKeyMutation, map[string]any{"id": k.APIKey.ID, "in": map[string]any{"name": "Audited"}}).Decode(t, &upd)
			next := mustRotate(t, s, tok, k.APIKey.ID, 60)
			var rev struct{ RevokeApiKey gqlKey }
			s.GraphQL(t, tok, revokeKeyMutation, map[string]any{"id": next.APIKey.ID}).Decode(t, &rev)
			var del struct{ DeleteApiKey string }
			s.GraphQL(t, tok, deleteKeyMutation, map[string]any{"id": next.APIKey.ID}).Decode(t, &del)

			steps := []struct{ action, target string }{
				{"key.created", k.APIKey.ID}, {"key.updated", k.APIKey.ID}, {"key.rotated", k.APIKey.ID},
				{"key.revoked", next.APIKey.ID}, {"key.deleted", next.APIKey.ID},
			}
			for _, st := range steps {
				t.Run(st.action+"IsRecordedWithUserAndIP", func(t *testing.T) {
					entries := auditEntries(t, s, tok, st.target, st.action)
					if len(entries) != 1 {
						t.Fatalf("%d %s entries for %s, want 1", len(entries), st.action, st.target)
					}
					e := entries[0]
					if e.ActorType != "USER" || e.ActorID == nil || *e.ActorID != owner.User.ID || e.IP == nil || *e.IP != "127.0.0.1" {
						t.Fatalf("entry = %+v", e)
					}
				})
			}
			t.Run("RotationEntryNamesTheSuccessor", func(t *testing.T) {
				e := auditEntries(t, s, tok, k.APIKey.ID, "key.rotated")
				if len(e) != 1 || e[0].Metadata["successor_id"] != next.APIKey.ID {
					t.Fatalf("got %+v", e)
				}
			})
			t.Run("AuditEntriesNeverHoldTheSecret", func(t *testing.T) {
				res := s.GraphQL(t, tok, `{ auditLogs(first: 100) { edges { node { metadata } } } }`, nil)
				if len(res.Errors) > 0 || strings.Contains(string(res.Data), k.Secret) || strings.Contains(string(res.Data), next.Secret) {
					t.Fatalf("audit log leaks a secret or fails: %+v", res.Errors)
				}
			})
		})
	})
}

type auditEntry struct {
	Action, ActorType string
	ActorID, IP       *string
	Metadata          map[string]any
}

func auditEntries(t *testing.T, s *servertest.Server, token, targetID, action string) []auditEntry {
	t.Helper()
	var data struct {
		AuditLogs struct {
			Edges []struct{ Node auditEntry }
		}
	}
	s.GraphQL(t, token, `query($w: AuditLogWhereInput) { auditLogs(first: 100, where: $w) { edges { node { action actorType actorID ip metadata } } } }`,
		map[string]any{"w": map[string]any{"targetID": targetID, "action": action}}).Decode(t, &data)
	out := make([]auditEntry, len(data.AuditLogs.Edges))
	for i, e := range data.AuditLogs.Edges {
		out[i] = e.Node
	}
	return out
}

// TestConcurrentRotation races two rotations of one key: exactly one wins and
// exactly one successor exists.
func TestConcurrentRotation(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		owner := s.SignUp(t, "owner@acme.example", "Acme")
		sys := testkit.System()

		for round := range 5 {
			t.Run(fmt.Sprintf("Round%dOneRotationWins", round), func(t *testing.T) {
				k := mustCreateKey(t, s, owner.AccessToken, nil)
				var (
					wg    sync.WaitGroup
					start = make(chan struct{})
					res   [2]servertest.Response
				)
				for i := range res {
					wg.Add(1)
					go func() {
						defer wg.Done()
						<-start
						res[i] = s.GraphQL(t, owner.AccessToken, rotateKeyMutation, map[string]any{"id": k.APIKey.ID, "g": 3600})
					}()
				}
				close(start)
				wg.Wait()

				won, lost := 0, 0
				for _, r := range res {
					switch {
					case len(r.Errors) == 0:
						won++
					case r.Errors[0].Code() == "conflict":
						lost++
					default:
						t.Errorf("losing rotation answered %+v, want conflict", r.Errors)
					}
				}
				if won != 1 || lost != 1 {
					t.Fatalf("%d rotations succeeded and %d conflicted, want 1 and 1", won, lost)
				}
				n := s.DB.Client.APIKey.Query().Where(entkey.RotatedFrom(k.APIKey.ID)).CountX(sys)
				if n != 1 {
					t.Fatalf("%d successors of %s, want 1", n, k.APIKey.ID)
				}
				if e := auditEntries(t, s, owner.AccessToken, k.APIKey.ID, "key.rotated"); len(e) != 1 {
					t.Fatalf("%d key.rotated entries, want 1", len(e))
				}
			})
		}
	})
}

// TestConcurrentRevocation revokes one key twice at once: revoking is
// idempotent, so there is one revocation time and one key.revoked entry.
func TestConcurrentRevocation(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		owner := s.SignUp(t, "owner@acme.example", "Acme")
		for round := range 5 {
			t.Run(fmt.Sprintf("Round%dRevokesOnce", round), func(t *testing.T) {
				k := mustCreateKey(t, s, owner.AccessToken, nil)
				var (
					wg    sync.WaitGroup
					start = make(chan struct{})
					res   [2]servertest.Response
				)
				for i := range res {
					wg.Add(1)
					go func() {
						defer wg.Done()
						<-start
						res[i] = s.GraphQL(t, owner.AccessToken, revokeKeyMutation, map[string]any{"id": k.APIKey.ID, "r": fmt.Sprint("reason ", i)})
					}()
				}
				close(start)
				wg.Wait()
				var at []time.Time
				for _, r := range res {
					var data struct{ RevokeApiKey gqlKey }
					r.Decode(t, &data)
					if data.RevokeApiKey.RevokedAt == nil {
						t.Fatalf("revoke answered %+v", data.RevokeApiKey)
					}
					at = append(at, *data.RevokeApiKey.RevokedAt)
				}
				stored := getKey(t, s, owner.AccessToken, k.APIKey.ID)
				if n := len(auditEntries(t, s, owner.AccessToken, k.APIKey.ID, "key.revoked")); n != 1 {
					t.Errorf("%d key.revoked entries, want 1", n)
				}
				if !at[0].Equal(at[1]) || !stored.RevokedAt.Equal(at[0]) {
					t.Errorf("revokedAt answered %s and %s, stored %s: want one revocation time", at[0], at[1], stored.RevokedAt)
				}
			})
		}
	})
}

// TestAPIKeyTenantIsolation: tenant B cannot see or change tenant A's keys;
// every attempt is answered exactly like an unknown id.
func TestAPIKeyTenantIsolation(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		a := s.SignUp(t, "alice@a.example", "Tenant A")
		b := s.SignUp(t, "bob@b.example", "Tenant B")
		aKey := mustCreateKey(t, s, a.AccessToken, map[string]any{"name": "A's key"})
		bKey := mustCreateKey(t, s, b.AccessToken, map[string]any{"name": "B's key"})

		ops := []struct {
			name, query string
			vars        func(id string) map[string]any
		}{
			{"apiKey", keyQuery, func(id string) map[string]any { return map[string]any{"id": id} }},
			{"updateApiKey", updateKeyMutation, func(id string) map[string]any {
				return map[string]any{"id": id, "in": map[string]any{"name": "pwned"}}
			}},
			{"rotateApiKey", rotateKeyMutation, func(id string) map[string]any { return map[string]any{"id": id, "g": 0} }},
			{"revokeApiKey", revokeKeyMutation, func(id string) map[string]any { return map[string]any{"id": id} }},
			{"deleteApiKey", deleteKeyMutation, func(id string) map[string]any { return map[string]any{"id": id} }},
		}
		for _, op := range ops {
			t.Run(op.name+"OfOtherTenantsKeyLooksMissing", func(t *testing.T) {
				got := s.GraphQL(t, b.AccessToken, op.query, op.vars(aKey.APIKey.ID))
				want := s.GraphQL(t, b.AccessToken, op.query, op.vars(missingKeyID))
				if got.Err(t).Code() != "not_found" || !sameAnswer(got, want) {
					t.Fatalf("foreign key: %+v %s\nmissing key: %+v %s", got.Errors, got.Data, want.Errors, want.Data)
				}
			})
		}
		t.Run("OtherTenantsKeyIsUnchanged", func(t *testing.T) {
			k := getKey(t, s, a.AccessToken, aKey.APIKey.ID)
			if k.Name != "A's key" || k.State != "ACTIVE" || k.RotatedTo != nil {
				t.Fatalf("A's key changed: %+v", k)
			}
			sys := testkit.System()
			if n := s.DB.Client.APIKey.Query().Where(entkey.RotatedFrom(aKey.APIKey.ID)).CountX(sys); n != 0 {
				t.Fatalf("B rotated A's key: %d successors", n)
			}
		})
		t.Run("ListShowsOnlyOwnKeys", func(t *testing.T) {
			bKeys := listKeys(t, s, b.AccessToken)
			if hasKey(bKeys, aKey.APIKey.ID) || !hasKey(bKeys, bKey.APIKey.ID) {
				t.Fatalf("B lists %+v", bKeys)
			}
			aKeys := listKeys(t, s, a.AccessToken)
			if !hasKey(aKeys, aKey.APIKey.ID) || hasKey(aKeys, bKey.APIKey.ID) {
				t.Fatalf("A lists %+v", aKeys)
			}
		})
		t.Run("ApplicationKeysEdgeShowsOnlyOwnKeys", func(t *testing.T) {
			res := s.GraphQL(t, b.AccessToken, `{ applications { edges { node { apiKeys { edges { node { id } } } } } } }`, nil)
			if len(res.Errors) > 0 || strings.Contains(string(res.Data), aKey.APIKey.ID) {
				t.Fatalf("got %+v %s", res.Errors, res.Data)
			}
		})
		t.Run("NodeOfOtherTenantsKeyLooksMissing", func(t *testing.T) {
			q := `query($id: ID!) { node(id: $id) { id } }`
			got := s.GraphQL(t, b.AccessToken, q, map[string]any{"id": aKey.APIKey.ID})
			want := s.GraphQL(t, b.AccessToken, q, map[string]any{"id": missingKeyID})
			if len(got.Errors) == 0 || !sameAnswer(got, want) {
				t.Fatalf("foreign: %+v %s\nmissing: %+v %s", got.Errors, got.Data, want.Errors, want.Data)
			}
		})
	})
}
