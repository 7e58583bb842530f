package signing

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/keybs/platform/internal/jcs"
)

// The reasons a signed object fails verification. Verify wraps one of them
// with details; test with errors.Is. Any other error from a Keyring is a
// failure to look the key up, not a verdict on the signature.
var (
	ErrNotCanonical   = errors.New("signing: the signed text is not canonical JSON")
	ErrKeyIDMismatch  = errors.New("signing: the signed text names another key")
	ErrDigestMismatch = errors.New("signing: the digest does not match the signed text")
	ErrUnknownKey     = errors.New("signing: unknown key id")
	ErrBadSignature   = errors.New("signing: the signature does not verify")
)

// IsVerdict reports whether err is Verify's verdict on a signed object (it
// wraps one of the Err… reasons), as opposed to a failure to look its key up.
func IsVerdict(err error) bool {
	for _, reason := range []error{ErrNotCanonical, ErrKeyIDMismatch, ErrDigestMismatch, ErrUnknownKey, ErrBadSignature} {
		if errors.Is(err, reason) {
			return true
		}
	}
	return false
}

// PublicKey is an Ed25519 public key that has signed reports.
type PublicKey struct {
	KeyID     string // RFC 7638 thumbprint of Key
	Key       ed25519.PublicKey
	CreatedAt time.Time  // when a server first signed with it; zero when unknown
	RetiredAt *time.Time // when a server started with another key; nil for the current key
}

// Retired reports whether no server signs with the key any more. Its old
// signatures still verify.
func (p PublicKey) Retired() bool { return p.RetiredAt != nil }

// Verify checks s against keys: the signed text must be canonical JSON whose
// "key_id" is s.KeyID, the digest must be its SHA-256, and the signature must
// verify under the key with that id. It returns nil when all holds, else an
// error wrapping one of the Err… reasons above.
func Verify(keys []PublicKey, s Signed) error {
	canonical := []byte(s.Canonical)
	if !jcs.IsCanonical(canonical) {
		return ErrNotCanonical
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(canonical, &obj); err != nil || obj == nil {
		return fmt.Errorf("%w: not a JSON object", ErrNotCanonical)
	}
	var signedKID string
	if err := json.Unmarshal(obj[KeyIDMember], &signedKID); err != nil || signedKID != s.KeyID {
		return fmt.Errorf("%w: %q carries %s, the signature claims %q", ErrKeyIDMismatch, KeyIDMember, obj[KeyIDMember], s.KeyID)
	}
	sum := sha256.Sum256(canonical)
	if s.Digest != hex.EncodeToString(sum[:]) {
		return ErrDigestMismatch
	}
	var key ed25519.PublicKey
	for _, k := range keys {
		if k.KeyID == s.KeyID {
			key = k.Key
			break
		}
	}
	if key == nil {
		return fmt.Errorf("%w %q", ErrUnknownKey, s.KeyID)
	}
	sig, err := base64.RawURLEncoding.Strict().DecodeString(s.Signature)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return fmt.Errorf("%w: not %d bytes of unpadded base64url", ErrBadSignature, ed25519.SignatureSize)
	}
	if !ed25519.Verify(key, canonical, sig) {
		return ErrBadSignature
	}
	return nil
}
