// Package bearertoken makes and checks the opaque bearer tokens other than
// API keys (share tokens, SDK access tokens): a kind prefix, 32 random bytes
// from crypto/rand in base62, and a CRC-32 checksum, as API keys and GitHub
// tokens have, so a mistyped or forged token is refused without a database
// lookup. Only a token's SHA-256 hash and a display prefix are stored; the
// stored hash is compared in constant time.
package bearertoken

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"math/big"
	"strings"
)

const (
	alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	// RandomLen and ChecksumLen are the lengths, after the prefix, of the
	// random part (32 bytes in base62, left-padded) and of the checksum
	// (CRC-32 in base62, left-padded). API keys share the format.
	RandomLen   = 43
	ChecksumLen = 6
	// displayRandom is how many random characters the display prefix keeps
	// after the kind prefix: enough to tell tokens apart in a list, far too
	// few to guess the rest.
	displayRandom = 6
)

// ErrMalformed is returned by Parse for a string that is not a token of the
// kind, or whose checksum does not match.
var ErrMalformed = errors.New("malformed token")

// Secret is a newly generated token. Plain is shown once; only Hash and
// Prefix are stored.
type Secret struct {
	Plain  string
	Hash   string
	Prefix string
}

// Generate returns a new token of the kind prefix (e.g. "kbs_share_").
func Generate(prefix string) (Secret, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return Secret{}, err
	}
	body := prefix + base62(new(big.Int).SetBytes(b), RandomLen)
	plain := body + Checksum(body)
	return Secret{Plain: plain, Hash: Hash(plain), Prefix: plain[:len(prefix)+displayRandom]}, nil
}

// Parse checks, without any I/O, that s is a well-formed token of the kind
// prefix.
func Parse(prefix, s string) error {
	rest, ok := strings.CutPrefix(s, prefix)
	if !ok || len(rest) != RandomLen+ChecksumLen || !IsBase62(rest) {
		return ErrMalformed
	}
	if Checksum(s[:len(s)-ChecksumLen]) != s[len(s)-ChecksumLen:] {
		return ErrMalformed
	}
	return nil
}

// Hash returns the hex SHA-256 of a token, the form it is stored and looked
// up in.
func Hash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// Equal compares two hashes in constant time.
func Equal(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// Checksum is the base62 CRC-32 a token ends with, of body (everything
// before it).
func Checksum(body string) string {
	return base62(new(big.Int).SetUint64(uint64(crc32.ChecksumIEEE([]byte(body)))), ChecksumLen)
}

// base62 encodes n in base62, left-padded with zeros to width characters.
func base62(n *big.Int, width int) string {
	out := make([]byte, width)
	base := big.NewInt(62)
	mod := new(big.Int)
	for i := width - 1; i >= 0; i-- {
		n.DivMod(n, base, mod)
		out[i] = alphabet[mod.Int64()]
	}
	return string(out)
}

// IsBase62 reports whether s holds base62 characters only.
func IsBase62(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') {
			return false
		}
	}
	return true
}
