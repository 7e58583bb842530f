package auth

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
)

var (
	testSecret  = bytes.Repeat([]byte("k"), 32)
	otherSecret = bytes.Repeat([]byte("o"), 32)
	tokenEpoch  = time.Date(2025, 6, 1, 10, 0, 0, 0, time.UTC)
)

func mustTokens(t *testing.T, c *testkit.Clock) *Tokens {
	t.Helper()
	tk, err := NewTokens(testSecret, c.Now)
	if err != nil {
		t.Fatalf("NewTokens: %v", err)
	}
	return tk
}

func mustIssue(t *testing.T, tk *Tokens, p *viewer.Principal) string {
	t.Helper()
	tok, _, err := tk.Issue(p)
	if err != nil {
		t.Fatalf("Issue: %v", err)
	}
	return tok
}

// mustSign signs claims with method and key, the way an attacker or another
// service would.
func mustSign(t *testing.T, method jwt.SigningMethod, claims jwt.Claims, key any) string {
	t.Helper()
	s, err := jwt.NewWithClaims(method, claims).SignedString(key)
	if err != nil {
		t.Fatalf("sign %s token: %v", method.Alg(), err)
	}
	return s
}

// validClaims are claims Verify accepts at tokenEpoch; tests break one thing.
func validClaims() jwt.MapClaims {
	return jwt.MapClaims{
		"iss":       Issuer,
		"aud":       []string{Audience},
		"sub":       "usr_01",
		"exp":       tokenEpoch.Add(10 * time.Minute).Unix(),
		"iat":       tokenEpoch.Add(-time.Minute).Unix(),
		"jti":       "ses_x",
		"tenant_id": "tnt_01",
		"roles":     []string{"OWNER"},
	}
}

func with(c jwt.MapClaims, k string, v any) jwt.MapClaims {
	c[k] = v
	return c
}

func without(c jwt.MapClaims, k string) jwt.MapClaims {
	delete(c, k)
	return c
}

func TestNewTokens(t *testing.T) {
	tests := []struct {
		name    string
		secret  []byte
		wantErr bool
	}{
		{"NilSecretIsRejected", nil, true},
		{"ThirtyOneByteSecretIsRejected", bytes.Repeat([]byte("s"), 31), true},
		{"ThirtyTwoByteSecretIsAccepted", bytes.Repeat([]byte("s"), 32), false},
		{"LongSecretIsAccepted", bytes.Repeat([]byte("s"), 64), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tk, err := NewTokens(tc.secret, time.Now)
			if tc.wantErr {
				if err == nil || tk != nil {
					t.Errorf("NewTokens = %v, %v; want nil and an error", tk, err)
				}
				return
			}
			if err != nil || tk == nil {
				t.Errorf("NewTokens = %v, %v; want tokens", tk, err)
			}
		})
	}
}

func TestTokensIssueVerifyRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		p    viewer.Principal
	}{
		{"TenantMemberRoundTrips", viewer.Principal{UserID: "usr_1", TenantID: "tnt_1", Role: viewer.RoleDeveloper, SessionID: "rtk_1"}},
		{"StaffWithoutTenantRoundTrips", viewer.Principal{UserID: "usr_2", StaffRole: viewer.StaffOps, SessionID: "rtk_2"}},
		{"StaffWithTenantRoundTrips", viewer.Principal{UserID: "usr_3", TenantID: "tnt_3", Role: viewer.RoleOwner, StaffRole: viewer.StaffSeniorAnalyst}},
		{"UserWithoutTenantRoundTrips", viewer.Principal{UserID: "usr_4"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := testkit.NewClock(tokenEpoch)
			tk := mustTokens(t, c)
			tok, exp, err := tk.Issue(&tc.p)
			if err != nil {
				t.Fatalf("Issue: %v", err)
			}
			if want := tokenEpoch.Add(AccessTokenTTL); !exp.Equal(want) {
				t.Errorf("expiry = %v, want %v", exp, want)
			}
			c.Set(tokenEpoch.Add(AccessTokenTTL - time.Second))
			got, err := tk.Verify(tok)
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if got.UserID != tc.p.UserID || got.TenantID != tc.p.TenantID || got.Role != tc.p.Role || got.StaffRole != tc.p.StaffRole {
				t.Errorf("Verify = %+v, want %+v", *got, tc.p)
			}
			if got.SessionID != tc.p.SessionID {
				t.Errorf("SessionID = %q, want the issuing session's %q", got.SessionID, tc.p.SessionID)
			}
		})
	}

	t.Run("StaffRoleIsEncodedWithPrefix", func(t *testing.T) {
		tk := mustTokens(t, testkit.NewClock(tokenEpoch))
		tok := mustIssue(t, tk, &viewer.Principal{UserID: "usr_5", TenantID: "tnt_5", Role: viewer.RoleAdmin, StaffRole: viewer.StaffOps})
		var c claims
		if _, _, err := jwt.NewParser().ParseUnverified(tok, &c); err != nil {
			t.Fatalf("ParseUnverified: %v", err)
		}
		if len(c.Roles) != 2 || c.Roles[0] != "ADMIN" || c.Roles[1] != "staff:OPS" {
			t.Errorf("roles claim = %q, want [ADMIN staff:OPS]", c.Roles)
		}
		if c.Issuer != Issuer || len(c.Audience) != 1 || c.Audience[0] != Audience {
			t.Errorf("iss/aud = %q/%q, want %q/[%q]", c.Issuer, c.Audience, Issuer, Audience)
		}
	})

	t.Run("EachTokenHasItsOwnID", func(t *testing.T) {
		tk := mustTokens(t, testkit.NewClock(tokenEpoch))
		p := &viewer.Principal{UserID: "usr_6", SessionID: "rtk_6"}
		ids := map[string]bool{}
		for range 2 {
			var c claims
			if _, _, err := jwt.NewParser().ParseUnverified(mustIssue(t, tk, p), &c); err != nil {
				t.Fatal(err)
			}
			if c.SID != "rtk_6" || !strings.HasPrefix(c.ID, "ses_") || ids[c.ID] {
				t.Fatalf("claims sid %q jti %q; want the session's sid and a fresh ses_ jti", c.SID, c.ID)
			}
			ids[c.ID] = true
		}
	})
}

func TestTokensVerifyRejects(t *testing.T) {
	c := testkit.NewClock(tokenEpoch)
	tk := mustTokens(t, c)
	issued := mustIssue(t, tk, &viewer.Principal{UserID: "usr_1", TenantID: "tnt_1", Role: viewer.RoleOwner})

	// A token that is valid except for the signature's algorithm and key.
	hs256 := mustSign(t, jwt.SigningMethodHS256, validClaims(), testSecret)
	if _, err := tk.Verify(hs256); err != nil {
		t.Fatalf("baseline hand-built token does not verify: %v", err)
	}

	tests := []struct {
		name    string
		token   string
		at      time.Time
		wantMsg string // substring of the public message
	}{
		{
			name:    "ExpiredTokenIsRejected",
			token:   issued,
			at:      tokenEpoch.Add(AccessTokenTTL + time.Second),
			wantMsg: "expired",
		},
		{
			name:  "TokenSignedWithAnotherSecretIsRejected",
			token: mustSign(t, jwt.SigningMethodHS256, validClaims(), otherSecret),
		},
		{
			name:  "AlgNoneTokenIsRejected",
			token: mustSign(t, jwt.SigningMethodNone, validClaims(), jwt.UnsafeAllowNoneSignatureType),
		},
		{
			name:  "AlgNoneTokenWithoutSignaturePartIsRejected",
			token: strings.TrimSuffix(mustSign(t, jwt.SigningMethodNone, validClaims(), jwt.UnsafeAllowNoneSignatureType), "."),
		},
		{
			name:  "HS512WithTheSameSecretIsRejected",
			token: mustSign(t, jwt.SigningMethodHS512, validClaims(), testSecret),
		},
		{
			name:  "HS384WithTheSameSecretIsRejected",
			token: mustSign(t, jwt.SigningMethodHS384, validClaims(), testSecret),
		},
		{
			name:  "WrongIssuerIsRejected",
			token: mustSign(t, jwt.SigningMethodHS256, with(validClaims(), "iss", "someone-else"), testSecret),
		},
		{
			name:  "MissingIssuerIsRejected",
			token: mustSign(t, jwt.SigningMethodHS256, without(validClaims(), "iss"), testSecret),
		},
		{
			name:  "WrongAudienceIsRejected",
			token: mustSign(t, jwt.SigningMethodHS256, with(validClaims(), "aud", []string{"keybs-api"}), testSecret),
		},
		{
			name:  "MissingAudienceIsRejected",
			token: mustSign(t, jwt.SigningMethodHS256, without(validClaims(), "aud"), testSecret),
		},
		{
			name:  "MissingExpIsRejected",
			token: mustSign(t, jwt.SigningMethodHS256, without(validClaims(), "exp"), testSecret),
		},
		{
			name:  "IssuedInTheFutureIsRejected",
			token: mustSign(t, jwt.SigningMethodHS256, with(validClaims(), "iat", tokenEpoch.Add(time.Hour).Unix()), testSecret),
		},
		{
			name:  "MissingSubIsRejected",
			token: mustSign(t, jwt.SigningMethodHS256, without(validClaims(), "sub"), testSecret),
		},
		{
			name:  "EmptySubIsRejected",
			token: mustSign(t, jwt.SigningMethodHS256, with(validClaims(), "sub", ""), testSecret),
		},
		{
			name:  "TenantWithoutRoleIsRejected",
			token: mustSign(t, jwt.SigningMethodHS256, without(validClaims(), "roles"), testSecret),
		},
		{
			name:  "TenantWithOnlyStaffRoleIsRejected",
			token: mustSign(t, jwt.SigningMethodHS256, with(validClaims(), "roles", []string{"staff:OPS"}), testSecret),
		},
		{
			name:  "TamperedPayloadIsRejected",
			token: tamper(t, issued),
		},
		{name: "GarbageIsRejected", token: "not.a.jwt"},
		{name: "EmptyIsRejected", token: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c.Set(tokenEpoch)
			if !tc.at.IsZero() {
				c.Set(tc.at)
			}
			t.Cleanup(func() { c.Set(tokenEpoch) })
			p, err := tk.Verify(tc.token)
			if err == nil {
				t.Fatalf("Verify accepted the token, principal %+v", *p)
			}
			if p != nil {
				t.Errorf("Verify returned principal %+v with error", *p)
			}
			var fe *fault.Error
			if !errors.As(err, &fe) {
				t.Fatalf("error %T (%v) is not a *fault.Error", err, err)
			}
			if fe.Kind != fault.Unauthorized {
				t.Errorf("Kind = %s, want %s", fe.Kind, fault.Unauthorized)
			}
			if tc.wantMsg != "" && !strings.Contains(fe.Message, tc.wantMsg) {
				t.Errorf("Message = %q, want it to mention %q", fe.Message, tc.wantMsg)
			}
			if tc.wantMsg == "" && strings.Contains(fe.Message, "expired") {
				t.Errorf("Message = %q mentions expiry for a token that is not expired", fe.Message)
			}
		})
	}
}

// tamper swaps the payload of a signed token for one naming another user,
// keeping the original signature.
func tamper(t *testing.T, token string) string {
	t.Helper()
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		t.Fatalf("token has %d parts", len(parts))
	}
	forged := strings.Split(mustSign(t, jwt.SigningMethodHS256, with(validClaims(), "sub", "usr_attacker"), otherSecret), ".")
	return parts[0] + "." + forged[1] + "." + parts[2]
}

func TestBearerToken(t *testing.T) {
	tests := []struct {
		name   string
		header string
		want   string
		wantOK bool
	}{
		{"CanonicalBearerIsAccepted", "Bearer x", "x", true},
		{"LowerCaseSchemeIsAccepted", "bearer x", "x", true},
		{"UpperCaseSchemeWithExtraSpacesIsAccepted", "BEARER   x", "x", true},
		{"TrailingSpacesAreTrimmed", "Bearer abc.def.ghi  ", "abc.def.ghi", true},
		{"BasicIsRejected", "Basic x", "", false},
		{"SchemeAloneIsRejected", "Bearer", "", false},
		{"SchemeWithSpaceOnlyIsRejected", "Bearer ", "", false},
		{"SchemeWithSpacesOnlyIsRejected", "Bearer   ", "", false},
		{"EmptyIsRejected", "", "", false},
		{"SchemeWithoutSpaceIsRejected", "Bearerx", "", false},
		{"TokenAloneIsRejected", "abc.def.ghi", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := BearerToken(tc.header)
			if got != tc.want || ok != tc.wantOK {
				t.Errorf("BearerToken(%q) = %q, %v; want %q, %v", tc.header, got, ok, tc.want, tc.wantOK)
			}
		})
	}
}

func FuzzBearerToken(f *testing.F) {
	for _, s := range []string{"Bearer x", "bearer x", "BEARER   x", "Basic x", "Bearer", "Bearer   ", "", "Bearer \t\n", "Bearer é", "Bearer\u00a0x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		token, ok := BearerToken(header)
		if !ok {
			if token != "" {
				t.Errorf("BearerToken(%q) = %q, false; want empty token when not ok", header, token)
			}
			return
		}
		if token == "" {
			t.Errorf("BearerToken(%q) ok with an empty token", header)
		}
		if strings.TrimSpace(token) != token {
			t.Errorf("BearerToken(%q) = %q has leading or trailing space", header, token)
		}
		if !strings.HasSuffix(strings.TrimSpace(header), token) {
			t.Errorf("BearerToken(%q) = %q is not the end of the header", header, token)
		}
		if !strings.EqualFold(header[:len("Bearer ")], "Bearer ") {
			t.Errorf("BearerToken(%q) ok without a Bearer scheme", header)
		}
	})
}
