package auth

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/viewer"
)

// stubKeys stands in for the API-key resolver (package apikey implements the
// real one and imports this package): it claims what the real one claims and
// accepts only the key "kbs_test_good".
type stubKeys struct{ resolved *[]string }

func (stubKeys) Kind() viewer.Kind { return viewer.KindAPIKey }

func (stubKeys) Claims(c Credentials) bool {
	if token, ok := BearerToken(c.Authorization); ok {
		return strings.HasPrefix(token, "kbs_")
	}
	return c.APIKey != ""
}

func (s stubKeys) Resolve(_ context.Context, c Credentials) (*viewer.Principal, error) {
	key, ok := BearerToken(c.Authorization)
	if !ok || !strings.HasPrefix(key, "kbs_") {
		key = c.APIKey
	}
	*s.resolved = append(*s.resolved, key)
	if key != "kbs_test_good" {
		return nil, fault.New(fault.Unauthorized, "invalid API key")
	}
	return &viewer.Principal{Kind: viewer.KindAPIKey, KeyID: "key_1", TenantID: "tnt_1"}, nil
}

func TestChain(t *testing.T) {
	tokens, err := NewTokens([]byte(strings.Repeat("k", 32)), time.Now)
	if err != nil {
		t.Fatal(err)
	}
	jwt, _, err := tokens.Issue(&viewer.Principal{UserID: "usr_1", TenantID: "tnt_1", Role: viewer.RoleOwner})
	if err != nil {
		t.Fatal(err)
	}
	rest := viewer.Accept(viewer.KindSession, viewer.KindAPIKey)
	sessionsOnly := viewer.Accept(viewer.KindSession)
	for _, tc := range []struct {
		name     string
		creds    Credentials
		accept   viewer.Kinds
		want     viewer.Kind // 0: no principal
		refused  bool
		resolved []string // keys the API-key resolver looked up
	}{
		{name: "NoCredentialsIsAnonymous", accept: rest},
		{name: "BearerJWTIsASession", creds: Credentials{Authorization: "Bearer " + jwt}, accept: rest, want: viewer.KindSession},
		{name: "BearerKeyIsAnAPIKey", creds: Credentials{Authorization: "Bearer kbs_test_good"}, accept: rest, want: viewer.KindAPIKey, resolved: []string{"kbs_test_good"}},
		{name: "XAPIKeyIsAnAPIKey", creds: Credentials{APIKey: "kbs_test_good"}, accept: rest, want: viewer.KindAPIKey, resolved: []string{"kbs_test_good"}},
		{name: "JWTWinsOverXAPIKey", creds: Credentials{Authorization: "Bearer " + jwt, APIKey: "kbs_test_good"}, accept: rest, want: viewer.KindSession},
		{name: "InvalidJWTIsRefusedWithoutTryingTheXAPIKey", creds: Credentials{Authorization: "Bearer not-a-jwt", APIKey: "kbs_test_good"}, accept: rest, refused: true},
		{name: "BearerKeyWinsOverXAPIKey", creds: Credentials{Authorization: "Bearer kbs_test_good", APIKey: "kbs_test_other"}, accept: rest, want: viewer.KindAPIKey, resolved: []string{"kbs_test_good"}},
		{name: "BadKeyIsRefused", creds: Credentials{APIKey: "kbs_test_bad"}, accept: rest, refused: true, resolved: []string{"kbs_test_bad"}},
		{name: "NonBearerAuthorizationIsRefusedAsMalformed", creds: Credentials{Authorization: "Basic dXNlcjpwYXNz"}, accept: rest, refused: true},
		{name: "NonBearerAuthorizationFallsToXAPIKey", creds: Credentials{Authorization: "Basic dXNlcjpwYXNz", APIKey: "kbs_test_good"}, accept: rest, want: viewer.KindAPIKey, resolved: []string{"kbs_test_good"}},
		{name: "APIKeyOnASessionOnlyTransportIsRefusedWithoutALookup", creds: Credentials{Authorization: "Bearer kbs_test_good"}, accept: sessionsOnly, refused: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var resolved []string
			chain := NewChain(SessionResolver{Tokens: tokens}, stubKeys{resolved: &resolved})
			p, err := chain.Resolve(context.Background(), tc.creds, tc.accept)
			switch {
			case tc.refused:
				if err == nil || !fault.Is(err, fault.Unauthorized) || p != nil {
					t.Fatalf("got %+v, %v; want an unauthorized refusal", p, err)
				}
			case err != nil:
				t.Fatalf("refused: %v", err)
			case tc.want == 0 && p != nil:
				t.Fatalf("got principal %+v, want anonymous", p)
			case tc.want != 0 && (p == nil || p.Kind != tc.want):
				t.Fatalf("got principal %+v, want kind %v", p, tc.want)
			}
			if strings.Join(resolved, ",") != strings.Join(tc.resolved, ",") {
				t.Errorf("API-key lookups %v, want %v", resolved, tc.resolved)
			}
		})
	}
}

func TestChainMiddleware(t *testing.T) {
	tokens, _ := NewTokens([]byte(strings.Repeat("k", 32)), time.Now)
	var resolved []string
	chain := NewChain(SessionResolver{Tokens: tokens}, stubKeys{resolved: &resolved})
	var gotP *viewer.Principal
	var gotErr error
	h := chain.Middleware(viewer.Accept(viewer.KindSession, viewer.KindAPIKey), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotP, gotErr = viewer.FromContext(r.Context()), ErrorFromContext(r.Context())
	}))
	serve := func(header, value string) {
		gotP, gotErr = nil, nil
		req := httptest.NewRequest(http.MethodGet, "/v1/x", nil)
		if header != "" {
			req.Header.Set(header, value)
		}
		req = req.WithContext(requestinfo.NewContext(req.Context(), requestinfo.Info{ClientIP: "203.0.113.9"}))
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
	t.Run("PrincipalReachesTheHandler", func(t *testing.T) {
		serve("X-API-Key", "kbs_test_good")
		if gotP == nil || gotP.KeyID != "key_1" || gotErr != nil {
			t.Fatalf("principal %+v, error %v", gotP, gotErr)
		}
	})
	t.Run("RefusalReachesTheHandlerWhichDecides", func(t *testing.T) {
		serve("Authorization", "Bearer expired.or.forged")
		if gotP != nil || gotErr == nil {
			t.Fatalf("principal %+v, error %v; want the refusal recorded and no principal", gotP, gotErr)
		}
	})
	t.Run("NoCredentialsLeaveTheRequestAnonymous", func(t *testing.T) {
		serve("", "")
		if gotP != nil || gotErr != nil {
			t.Fatalf("principal %+v, error %v", gotP, gotErr)
		}
	})
}

// stubToken stands in for a token resolver (packages sharetoken and sdktoken
// implement the real ones): it claims its slot and resolves anything there.
type stubToken struct {
	kind viewer.Kind
	slot func(Credentials) string
}

func (s stubToken) Kind() viewer.Kind         { return s.kind }
func (s stubToken) Claims(c Credentials) bool { return s.slot(c) != "" }
func (s stubToken) Resolve(_ context.Context, c Credentials) (*viewer.Principal, error) {
	return &viewer.Principal{Kind: s.kind, TenantID: "tnt_1", TokenID: s.slot(c)}, nil
}

func TestChainTokenSlots(t *testing.T) {
	var resolved []string
	share := stubToken{viewer.KindShareToken, func(c Credentials) string { return c.ShareToken }}
	sdk := stubToken{viewer.KindSDKToken, func(c Credentials) string { return c.SDKToken }}
	chain := NewChain(share, sdk, stubKeys{resolved: &resolved})
	for _, tc := range []struct {
		name   string
		creds  Credentials
		accept viewer.Kinds
		want   viewer.Kind
		says   string // a word of the refusal; "" for a principal
	}{
		{"AShareTokenResolvesWhereItIsAccepted", Credentials{ShareToken: "shr"}, viewer.Accept(viewer.KindShareToken), viewer.KindShareToken, ""},
		{"AnSDKTokenResolvesWhereItIsAccepted", Credentials{SDKToken: "sdk"}, viewer.Accept(viewer.KindSDKToken), viewer.KindSDKToken, ""},
		{"AShareTokenElsewhereSaysWhereItGoes", Credentials{ShareToken: "shr"}, viewer.Accept(viewer.KindAPIKey), 0, "kyc-share/verify"},
		{"AnSDKTokenElsewhereSaysWhereItGoes", Credentials{SDKToken: "sdk"}, viewer.Accept(viewer.KindSession), 0, "sdk_url"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := chain.Resolve(context.Background(), tc.creds, tc.accept)
			switch {
			case tc.says != "" && (err == nil || !strings.Contains(err.Error(), tc.says) || !fault.Is(err, fault.Unauthorized)):
				t.Fatalf("got %+v, %v; want an unauthorized refusal naming %s", p, err, tc.says)
			case tc.says == "" && (err != nil || p == nil || p.Kind != tc.want):
				t.Fatalf("got %+v, %v; want kind %v", p, err, tc.want)
			}
			if len(resolved) != 0 {
				t.Fatalf("the API-key resolver was asked: %v", resolved)
			}
		})
	}
}

func TestCredentialFacts(t *testing.T) {
	req := httptest.NewRequest(http.MethodPost, "/v1/kyc-share/verify", nil)
	req.Header.Set("Origin", "https://bank.example")
	req.Header.Set("Referer", "https://bank.example/check")
	req = req.WithContext(requestinfo.NewContext(req.Context(), requestinfo.Info{ClientIP: "203.0.113.9"}))
	c := RequestFacts(req)
	if c.ClientIP != "203.0.113.9" || c.Origin != "https://bank.example" || c.Referer != "https://bank.example/check" ||
		c.Authorization != "" || c.ShareToken != "" {
		t.Fatalf("RequestFacts = %+v", c)
	}
	for _, tc := range []struct {
		name string
		c    Credentials
		want string
	}{
		{"BearerFirst", Credentials{Authorization: "Bearer kbs_a", APIKey: "kbs_b"}, "kbs_a"},
		{"ThenXAPIKey", Credentials{Authorization: "Basic x", APIKey: " kbs_b "}, "kbs_b"},
		{"NothingIsEmpty", Credentials{ShareToken: "kbs_share_x"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.c.HeaderToken(); got != tc.want {
				t.Fatalf("HeaderToken = %q, want %q", got, tc.want)
			}
		})
	}
}
