package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/trustelem/zxcvbn"
	"github.com/trustelem/zxcvbn/match"
	"golang.org/x/crypto/argon2"

	"github.com/keybs/platform/internal/fault"
)

// Password length bounds. The upper bound keeps hashing cost bounded.
const (
	MinPasswordLength = 10
	MaxPasswordLength = 128
)

// argon2id parameters (OWASP's 19 MiB, 2 passes, 1 lane profile).
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
	saltLen      = 16
)

// MinPasswordScore is the least zxcvbn score (0–4) a new password needs: 3
// is "safely unguessable" against an online attack, about 10^8 guesses.
const MinPasswordScore = 3

// ValidatePassword returns a validation error naming field when pw is too
// short, too long or too easy to guess. Length alone lets "aaaaaaaaaa" and
// "password123" through, so the guessability is estimated with zxcvbn, which
// knows common passwords, words, names, keyboard patterns, sequences,
// repeats and dates; userInputs (the account's email and name) count as
// words an attacker would try first. The message says why, so the person can
// fix it.
func ValidatePassword(field, pw string, userInputs ...string) error {
	n := utf8.RuneCountInString(pw)
	switch {
	case n < MinPasswordLength:
		return fault.InvalidField(field, "{field} is too short: use at least %d characters", MinPasswordLength)
	case n > MaxPasswordLength:
		return fault.InvalidField(field, "{field} is too long: use at most %d characters", MaxPasswordLength)
	case strings.TrimSpace(pw) == "":
		return fault.InvalidField(field, "{field} must not be blank")
	}
	var inputs []string
	for _, in := range userInputs {
		inputs = append(inputs, strings.FieldsFunc(strings.ToLower(in), func(r rune) bool {
			return r == '@' || r == '.' || r == ' ' || r == '-' || r == '_' || r == '+'
		})...)
	}
	r := zxcvbn.PasswordStrength(pw, inputs)
	if r.Score >= MinPasswordScore && !mostlyPersonal(pw, r.Sequence) {
		return nil
	}
	return fault.InvalidField(field, "{field} is too easy to guess: %s. Add a few uncommon words, or use a password manager's suggestion", weakness(r.Sequence))
}

// mostlyPersonal reports whether at least half of pw is the account's own
// email or name: the first thing anyone who knows the person tries, however
// zxcvbn rates the rest.
func mostlyPersonal(pw string, seq []*match.Match) bool {
	personal := 0
	for _, m := range seq {
		if m.Pattern == "dictionary" && m.DictionaryName == "user_inputs" {
			personal += len(m.Token)
		}
	}
	return personal*2 >= len(pw)
}

// weakness names the most telling reason a password was guessable, from
// zxcvbn's match sequence (the parts an attacker's guesses would cover).
func weakness(seq []*match.Match) string {
	reasons := []struct {
		test   func(*match.Match) bool
		reason string
	}{
		{func(m *match.Match) bool { return m.Pattern == "dictionary" && m.DictionaryName == "user_inputs" }, "it contains your email address or name"},
		{func(m *match.Match) bool { return m.Pattern == "dictionary" && m.DictionaryName == "passwords" }, "it is, or is built on, a very common password"},
		{func(m *match.Match) bool { return m.Pattern == "repeat" }, "it repeats characters or words (like aaa or abcabc)"},
		{func(m *match.Match) bool { return m.Pattern == "sequence" }, "it is a sequence like abcd or 1234"},
		{func(m *match.Match) bool { return m.Pattern == "spatial" }, "it is a keyboard pattern like qwerty"},
		{func(m *match.Match) bool { return m.Pattern == "date" || m.Pattern == "regex" }, "it is built on a date or a year"},
		{func(m *match.Match) bool { return m.Pattern == "dictionary" }, "it is made of common words or names"},
	}
	for _, r := range reasons {
		for _, m := range seq {
			if r.test(m) {
				return r.reason
			}
		}
	}
	return "it is short and simple"
}

// HashPassword returns an argon2id hash of pw in PHC string format.
func HashPassword(pw string) (string, error) {
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(pw), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, argonMemory, argonTime, argonThreads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// VerifyPassword reports whether pw matches the PHC-encoded hash, comparing in
// constant time.
func VerifyPassword(hash, pw string) (bool, error) {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false, errors.New("unsupported password hash format")
	}
	var version int
	var memory, iterations uint32
	var threads uint8
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false, errors.New("unsupported argon2 version")
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &memory, &iterations, &threads); err != nil {
		return false, fmt.Errorf("parse argon2 parameters: %w", err)
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil {
		return false, fmt.Errorf("decode salt: %w", err)
	}
	want, err := b64.DecodeString(parts[5])
	if err != nil {
		return false, fmt.Errorf("decode key: %w", err)
	}
	// argon2 panics on zero parameters; a stored hash is trusted input, but a
	// corrupt one must fail the log-in, not crash the request.
	if iterations == 0 || memory == 0 || threads == 0 || len(salt) == 0 || len(want) == 0 {
		return false, errors.New("degenerate argon2 parameters")
	}
	// Nor may it make the server allocate without bound: cap the work at
	// 16x today's parameters.
	if memory > 16*argonMemory || iterations > 16*argonTime || len(want) > 64 {
		return false, errors.New("argon2 parameters out of range")
	}
	got := argon2.IDKey([]byte(pw), salt, iterations, memory, threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// dummyHash is verified against when an email is unknown, so a failed login
// takes as long whether or not the account exists.
var dummyHash = func() string {
	h, err := HashPassword("not-a-real-password-0000")
	if err != nil {
		panic(err)
	}
	return h
}()
