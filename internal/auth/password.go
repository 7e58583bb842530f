package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

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

// ValidatePassword returns a validation error naming field when pw is too weak.
func ValidatePassword(field, pw string) error {
	n := utf8.RuneCountInString(pw)
	switch {
	case n < MinPasswordLength:
		return fault.InvalidField(field, "{field} is too short: use at least %d characters", MinPasswordLength)
	case n > MaxPasswordLength:
		return fault.InvalidField(field, "{field} is too long: use at most %d characters", MaxPasswordLength)
	case strings.TrimSpace(pw) == "":
		return fault.InvalidField(field, "{field} must not be blank")
	}
	return nil
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
