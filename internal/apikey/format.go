// Package apikey holds machine credentials: the key format (prefix, 32 random
// bytes in base62, a checksum), their lifecycle (create, update, rotate with a
// grace period, revoke, delete) and the authentication of a presented key.
package apikey

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"math/big"
	"strings"

	"github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/internal/environment"
)

const (
	base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	randomLen      = 43 // 32 bytes in base62, left-padded
	checksumLen    = 6  // CRC-32 in base62, left-padded
	displayLen     = 12
)

// ErrMalformed is returned by Parse for a string that is not a KeyBS key, or
// one whose checksum does not match (a typo or a forgery).
var ErrMalformed = errors.New("malformed API key")

// prefixFor returns the key prefix of a kind and environment:
// kbs_test_, kbs_live_, kbs_rk_test_, kbs_pk_live_, …
func prefixFor(kind apikey.Kind, env environment.Environment) string {
	switch kind {
	case apikey.KindRESTRICTED:
		return "kbs_rk_" + env.Lower() + "_"
	case apikey.KindPUBLISHABLE:
		return "kbs_pk_" + env.Lower() + "_"
	default:
		return "kbs_" + env.Lower() + "_"
	}
}

// Secret is a newly generated key. Plain is shown to the user once; only Hash,
// Prefix and Last4 are stored.
type Secret struct {
	Plain  string
	Hash   string
	Prefix string
	Last4  string
}

// Generate returns a new random key of the given kind and environment.
func Generate(kind apikey.Kind, env environment.Environment) (Secret, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return Secret{}, err
	}
	body := prefixFor(kind, env) + base62(new(big.Int).SetBytes(b), randomLen)
	plain := body + checksum(body)
	return Secret{Plain: plain, Hash: Hash(plain), Prefix: plain[:displayLen], Last4: plain[len(plain)-4:]}, nil
}

// Parse checks a presented key's shape and checksum without any database
// work and returns its kind and environment.
func Parse(key string) (apikey.Kind, environment.Environment, error) {
	for _, kind := range []apikey.Kind{apikey.KindRESTRICTED, apikey.KindPUBLISHABLE, apikey.KindSECRET} {
		for _, env := range []environment.Environment{environment.Test, environment.Live} {
			p := prefixFor(kind, env)
			if !strings.HasPrefix(key, p) {
				continue
			}
			rest := key[len(p):]
			if len(rest) != randomLen+checksumLen || !isBase62(rest) {
				return "", "", ErrMalformed
			}
			body := key[:len(key)-checksumLen]
			if checksum(body) != key[len(key)-checksumLen:] {
				return "", "", ErrMalformed
			}
			return kind, env, nil
		}
	}
	return "", "", ErrMalformed
}

// Hash returns the hex SHA-256 of a key, the form it is stored and looked up in.
func Hash(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

func checksum(body string) string {
	return base62(new(big.Int).SetUint64(uint64(crc32.ChecksumIEEE([]byte(body)))), checksumLen)
}

// base62 encodes n in base62, left-padded with zeros to width characters.
func base62(n *big.Int, width int) string {
	out := make([]byte, width)
	base := big.NewInt(62)
	mod := new(big.Int)
	for i := width - 1; i >= 0; i-- {
		n.DivMod(n, base, mod)
		out[i] = base62Alphabet[mod.Int64()]
	}
	return string(out)
}

func isBase62(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') {
			return false
		}
	}
	return true
}
