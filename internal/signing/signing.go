// Package signing signs verification reports so that anyone can check them
// without trusting us (DESIGN.md §7). A report's public fields, plus the id of
// the signing key, are written as RFC 8785 canonical JSON; the SHA-256 digest
// of those bytes is for people to compare, and an Ed25519 signature over the
// same bytes is for software to check against our published JWK set.
//
// A Signer holds one private key and needs nothing else. A Keyring adds the
// database's record of every public key the server has signed with, so keys
// replaced by an operator stay published and their reports keep verifying.
package signing

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/keybs/platform/internal/jcs"
)

// KeyIDMember is the member of every signed object that names the signing
// key, so the key id is covered by the signature itself.
const KeyIDMember = "key_id"

// Signed is a signed object as stored with a report and served at
// /r/{verificationId}.json.
type Signed struct {
	// Canonical is the exact RFC 8785 JSON string that was signed.
	Canonical string `json:"canonical"`
	// Digest is the SHA-256 of Canonical's UTF-8 bytes, in lower-case hex.
	Digest string `json:"digest"`
	// Signature is the Ed25519 signature over Canonical's bytes, base64url
	// without padding.
	Signature string `json:"signature"`
	// KeyID is the signing key's RFC 7638 thumbprint; the JWK set lists it
	// as "kid", and Canonical carries it as "key_id".
	KeyID string `json:"kid"`
}

// Signer signs with one Ed25519 private key.
type Signer struct {
	private ed25519.PrivateKey
	public  PublicKey
}

// SeedSize is the length of the private key seed KEYBS_SIGNING_KEY holds.
const SeedSize = ed25519.SeedSize

// NewSigner returns a signer for the 32-byte Ed25519 seed.
func NewSigner(seed []byte) (*Signer, error) {
	if len(seed) != SeedSize {
		return nil, fmt.Errorf("signing: the Ed25519 seed must be %d bytes, not %d", SeedSize, len(seed))
	}
	priv := ed25519.NewKeyFromSeed(seed)
	pub := priv.Public().(ed25519.PublicKey)
	return &Signer{private: priv, public: PublicKey{KeyID: Thumbprint(pub), Key: pub}}, nil
}

// KeyID returns the id of the signer's key.
func (s *Signer) KeyID() string { return s.public.KeyID }

// Public returns the signer's public key.
func (s *Signer) Public() PublicKey { return s.public }

// Sign canonicalises fields with the signer's key id added as "key_id" and
// signs the result. fields is anything encoding/json writes as an object (a
// struct such as Report, or a map) and must not carry "key_id" itself. When
// fields has a Validate method, it is called first.
func (s *Signer) Sign(fields any) (Signed, error) {
	if v, ok := fields.(interface{ Validate() error }); ok {
		if err := v.Validate(); err != nil {
			return Signed{}, err
		}
	}
	canonical, err := s.canonical(fields)
	if err != nil {
		return Signed{}, err
	}
	sum := sha256.Sum256(canonical)
	return Signed{
		Canonical: string(canonical),
		Digest:    hex.EncodeToString(sum[:]),
		Signature: base64.RawURLEncoding.EncodeToString(ed25519.Sign(s.private, canonical)),
		KeyID:     s.public.KeyID,
	}, nil
}

// canonical returns the canonical JSON of fields plus the key id member.
func (s *Signer) canonical(fields any) ([]byte, error) {
	raw, err := json.Marshal(fields)
	if err != nil {
		return nil, fmt.Errorf("signing: encode fields: %w", err)
	}
	// Canonicalising first refuses what canonical JSON cannot hold (e.g.
	// duplicate names from a hand-written MarshalJSON) before the map below
	// could hide it.
	if raw, err = jcs.Transform(raw); err != nil {
		return nil, fmt.Errorf("signing: fields: %w", err)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		return nil, errors.New("signing: fields must encode as a JSON object")
	}
	if _, ok := obj[KeyIDMember]; ok {
		return nil, fmt.Errorf("signing: fields may not set %q; the signer adds it", KeyIDMember)
	}
	kid, _ := json.Marshal(s.public.KeyID)
	obj[KeyIDMember] = kid
	if raw, err = json.Marshal(obj); err != nil {
		return nil, fmt.Errorf("signing: encode fields: %w", err)
	}
	return jcs.Transform(raw)
}

// Thumbprint returns the RFC 7638 JWK thumbprint of an Ed25519 public key:
// the base64url SHA-256 of its required JWK members in canonical form
// (RFC 8037 §2 names them: crv, kty, x).
func Thumbprint(pub ed25519.PublicKey) string {
	members := `{"crv":"Ed25519","kty":"OKP","x":"` + base64.RawURLEncoding.EncodeToString(pub) + `"}`
	sum := sha256.Sum256([]byte(members))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}
