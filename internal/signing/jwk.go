package signing

import (
	"crypto/ed25519"
	"encoding/base64"
	"fmt"
	"time"
)

// JWK is an Ed25519 public key as a JSON Web Key (RFC 7517, RFC 8037).
type JWK struct {
	Kty string `json:"kty"` // always "OKP"
	Crv string `json:"crv"` // always "Ed25519"
	X   string `json:"x"`   // the public key, base64url
	Kid string `json:"kid"` // RFC 7638 thumbprint
	Alg string `json:"alg"` // "EdDSA"
	Use string `json:"use"` // "sig"
	// Status is "retired" for a key no server signs with any more. It is not
	// a registered JWK member; RFC 7517 §4 tells readers to ignore members
	// they do not understand, so the set stays valid.
	Status string `json:"status,omitempty"`
}

// JWKSet is a JWK set (RFC 7517 §5), the current key first.
type JWKSet struct {
	Keys []JWK `json:"keys"`
}

// JWK returns the key as a JWK.
func (p PublicKey) JWK() JWK {
	j := JWK{
		Kty: "OKP", Crv: "Ed25519", X: base64.RawURLEncoding.EncodeToString(p.Key),
		Kid: p.KeyID, Alg: "EdDSA", Use: "sig",
	}
	if p.Retired() {
		j.Status = "retired"
	}
	return j
}

// NewJWKSet returns keys as a JWK set, in the order given.
func NewJWKSet(keys []PublicKey) JWKSet {
	set := JWKSet{Keys: make([]JWK, 0, len(keys))}
	for _, k := range keys {
		set.Keys = append(set.Keys, k.JWK())
	}
	return set
}

// PublicKeys reads the Ed25519 keys back out of a JWK set, so a Go client can
// verify against a set it fetched. Every key must be a well-formed Ed25519
// JWK whose kid is its thumbprint; anything else is an error, because a set
// we cannot fully read is not one to trust partly.
func (s JWKSet) PublicKeys() ([]PublicKey, error) {
	keys := make([]PublicKey, 0, len(s.Keys))
	for i, j := range s.Keys {
		if j.Kty != "OKP" || j.Crv != "Ed25519" {
			return nil, fmt.Errorf("signing: key %d is %s/%s, not OKP/Ed25519", i, j.Kty, j.Crv)
		}
		raw, err := base64.RawURLEncoding.Strict().DecodeString(j.X)
		if err != nil || len(raw) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("signing: key %d: x is not %d bytes of unpadded base64url", i, ed25519.PublicKeySize)
		}
		pub := ed25519.PublicKey(raw)
		if kid := Thumbprint(pub); j.Kid != kid {
			return nil, fmt.Errorf("signing: key %d: kid %q is not the key's thumbprint %q", i, j.Kid, kid)
		}
		k := PublicKey{KeyID: j.Kid, Key: pub}
		if j.Status == "retired" {
			k.RetiredAt = new(time.Time) // retired, at a time the set does not say
		}
		keys = append(keys, k)
	}
	return keys, nil
}
