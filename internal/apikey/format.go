// Package apikey holds machine credentials: the key format (prefix, 32 random
// bytes in base62, a checksum), their lifecycle (create, update, rotate with a
// grace period, revoke, delete) and the authentication of a presented key.
package apikey

import (
	"errors"
	"strings"

	"github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/internal/bearertoken"
	"github.com/keybs/platform/internal/environment"
)

// displayLen is how much of a key its display prefix keeps.
const displayLen = 12

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

// Generate returns a new random key of the given kind and environment, in
// the bearer-token format (bearertoken) with the kind's prefix.
func Generate(kind apikey.Kind, env environment.Environment) (Secret, error) {
	t, err := bearertoken.Generate(prefixFor(kind, env))
	if err != nil {
		return Secret{}, err
	}
	return Secret{Plain: t.Plain, Hash: t.Hash, Prefix: t.Plain[:displayLen], Last4: t.Plain[len(t.Plain)-4:]}, nil
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
			if bearertoken.Parse(p, key) != nil {
				return "", "", ErrMalformed
			}
			return kind, env, nil
		}
	}
	return "", "", ErrMalformed
}

// Hash returns the hex SHA-256 of a key, the form it is stored and looked up in.
func Hash(key string) string { return bearertoken.Hash(key) }
