package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// Token settings. Access tokens are short-lived; refresh tokens rotate.
const (
	Issuer          = "keybs"
	Audience        = "keybs-portal"
	AccessTokenTTL  = 15 * time.Minute
	RefreshTokenTTL = 30 * 24 * time.Hour
)

// claims are the portal access token's claims.
type claims struct {
	jwt.RegisteredClaims
	TenantID string   `json:"tenant_id,omitempty"`
	Roles    []string `json:"roles"`
	// SID names the session (the refresh-token family) the token belongs
	// to, so signing a session out ends its access tokens too.
	SID string `json:"sid,omitempty"`
}

// Tokens issues and verifies portal access tokens (HS256 JWTs).
type Tokens struct {
	secret []byte
	now    func() time.Time
}

// NewTokens returns a token issuer; secret must be at least 32 bytes.
func NewTokens(secret []byte, now func() time.Time) (*Tokens, error) {
	if len(secret) < 32 {
		return nil, errors.New("JWT secret must be at least 32 bytes")
	}
	return &Tokens{secret: secret, now: now}, nil
}

// Issue returns a signed access token for p and its expiry.
func (t *Tokens) Issue(p *viewer.Principal) (string, time.Time, error) {
	now := t.now()
	exp := now.Add(AccessTokenTTL)
	c := claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    Issuer,
			Subject:   p.UserID,
			Audience:  jwt.ClaimStrings{Audience},
			ExpiresAt: jwt.NewNumericDate(exp),
			IssuedAt:  jwt.NewNumericDate(now),
			ID:        pulidSession(),
		},
		TenantID: p.TenantID,
		Roles:    p.Roles(),
		SID:      p.SessionID,
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(t.secret)
	if err != nil {
		return "", time.Time{}, fmt.Errorf("sign access token: %w", err)
	}
	return signed, exp, nil
}

// Verify parses an access token, checking its algorithm, signature, expiry,
// issuer and audience, and returns the principal it names.
func (t *Tokens) Verify(token string) (*viewer.Principal, error) {
	var c claims
	_, err := jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return t.secret, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(Issuer),
		jwt.WithAudience(Audience),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithTimeFunc(t.now),
	)
	if err != nil {
		if errors.Is(err, jwt.ErrTokenExpired) {
			return nil, fault.New(fault.Unauthorized, "access token has expired; refresh the session")
		}
		return nil, fault.New(fault.Unauthorized, "invalid access token")
	}
	if c.Subject == "" {
		return nil, fault.New(fault.Unauthorized, "invalid access token")
	}
	p := &viewer.Principal{Kind: viewer.KindSession, UserID: c.Subject, TenantID: c.TenantID, SessionID: c.SID}
	for _, r := range c.Roles {
		switch {
		case len(r) > 6 && r[:6] == "staff:":
			p.StaffRole = viewer.StaffRole(r[6:])
		default:
			p.Role = viewer.Role(r)
		}
	}
	if p.TenantID != "" && p.Role == "" {
		return nil, fault.New(fault.Unauthorized, "invalid access token")
	}
	return p, nil
}

func pulidSession() string { return "ses_" + randomToken(12) }

// randomToken returns n random bytes, base64url-encoded.
func randomToken(n int) string {
	b := make([]byte, n)
	randomBytes(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// randomBytes fills b from crypto/rand.
func randomBytes(b []byte) {
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
}

// hashToken returns the hex SHA-256 of a refresh token, the form it is stored in.
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
