package auth

import (
	"errors"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/fault"
)

func mustHash(t *testing.T, pw string) string {
	t.Helper()
	h, err := HashPassword(pw)
	if err != nil {
		t.Fatalf("HashPassword: %v", err)
	}
	return h
}

func TestHashAndVerifyPassword(t *testing.T) {
	const pw = "correct horse battery staple"
	hash := mustHash(t, pw)

	t.Run("HashIsArgon2idPHC", func(t *testing.T) {
		if !strings.HasPrefix(hash, "$argon2id$v=19$m=19456,t=2,p=1$") {
			t.Errorf("hash = %q, want an argon2id PHC string with the configured parameters", hash)
		}
		if strings.Contains(hash, pw) {
			t.Error("hash contains the password in clear")
		}
	})

	tests := []struct {
		name string
		pw   string
		want bool
	}{
		{"RightPasswordVerifies", pw, true},
		{"WrongPasswordIsRejected", "correct horse battery stapler", false},
		{"EmptyPasswordIsRejected", "", false},
		{"CaseChangedPasswordIsRejected", strings.ToUpper(pw), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ok, err := VerifyPassword(hash, tc.pw)
			if err != nil {
				t.Fatalf("VerifyPassword: %v", err)
			}
			if ok != tc.want {
				t.Errorf("VerifyPassword = %v, want %v", ok, tc.want)
			}
		})
	}

	t.Run("SamePasswordHashesDifferently", func(t *testing.T) {
		other := mustHash(t, pw)
		if other == hash {
			t.Fatal("two hashes of the same password are equal; salt is not random")
		}
		if ok, err := VerifyPassword(other, pw); err != nil || !ok {
			t.Errorf("second hash does not verify: ok=%v err=%v", ok, err)
		}
	})

	t.Run("DummyHashIsValid", func(t *testing.T) {
		if _, err := VerifyPassword(dummyHash, "whatever-password"); err != nil {
			t.Errorf("dummyHash does not parse: %v", err)
		}
	})
}

func TestVerifyPasswordMalformedHashIsAnError(t *testing.T) {
	// A valid hash to mutate: "$argon2id$v=19$m=…,t=…,p=…$salt$key".
	good := strings.Split(mustHash(t, "some-password-1"), "$")
	salt, key := good[4], good[5]
	build := func(parts ...string) string { return "$" + strings.Join(parts, "$") }

	tests := []struct {
		name string
		hash string
	}{
		{"EmptyIsAnError", ""},
		{"GarbageIsAnError", "not a hash"},
		{"BcryptIsAnError", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"},
		{"Argon2iIsAnError", build("argon2i", "v=19", "m=19456,t=2,p=1", salt, key)},
		{"Argon2dIsAnError", build("argon2d", "v=19", "m=19456,t=2,p=1", salt, key)},
		{"TooFewPartsIsAnError", build("argon2id", "v=19", "m=19456,t=2,p=1", salt)},
		{"TooManyPartsIsAnError", build("argon2id", "v=19", "m=19456,t=2,p=1", salt, key, "x")},
		{"WrongVersionIsAnError", build("argon2id", "v=16", "m=19456,t=2,p=1", salt, key)},
		{"MissingVersionIsAnError", build("argon2id", "", "m=19456,t=2,p=1", salt, key)},
		{"NonNumericParamsAreAnError", build("argon2id", "v=19", "m=lots,t=2,p=1", salt, key)},
		{"MissingParamsAreAnError", build("argon2id", "v=19", "m=19456", salt, key)},
		{"ReorderedParamsAreAnError", build("argon2id", "v=19", "t=2,m=19456,p=1", salt, key)},
		{"NegativeParamIsAnError", build("argon2id", "v=19", "m=19456,t=-2,p=1", salt, key)},
		{"ThreadsOverflowIsAnError", build("argon2id", "v=19", "m=19456,t=2,p=256", salt, key)},
		{"BadBase64SaltIsAnError", build("argon2id", "v=19", "m=19456,t=2,p=1", "!!!not-base64!!!", key)},
		{"BadBase64KeyIsAnError", build("argon2id", "v=19", "m=19456,t=2,p=1", salt, "%%%")},
		{"PaddedBase64KeyIsAnError", build("argon2id", "v=19", "m=19456,t=2,p=1", salt, key+"=")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ok, err := verifyNoPanic(t, tc.hash, "some-password-1")
			if err == nil {
				t.Errorf("VerifyPassword(%q) error = nil, want an error", tc.hash)
			}
			if ok {
				t.Errorf("VerifyPassword(%q) = true for a malformed hash", tc.hash)
			}
		})
	}
}

// TestVerifyPasswordDegenerateParamsAreAnError covers hashes that parse but
// name parameters argon2 cannot run with: argon2.IDKey panics on t=0, p=0 and
// an empty key, so VerifyPassword must reject them with an error first.
func TestVerifyPasswordDegenerateParamsAreAnError(t *testing.T) {
	good := strings.Split(mustHash(t, "some-password-1"), "$")
	salt, key := good[4], good[5]
	build := func(parts ...string) string { return "$" + strings.Join(parts, "$") }

	tests := []struct {
		name string
		hash string
	}{
		{"ZeroIterationsIsAnError", build("argon2id", "v=19", "m=19456,t=0,p=1", salt, key)},
		{"ZeroThreadsIsAnError", build("argon2id", "v=19", "m=19456,t=2,p=0", salt, key)},
		{"ZeroMemoryIsAnError", build("argon2id", "v=19", "m=0,t=2,p=1", salt, key)},
		{"EmptySaltIsAnError", build("argon2id", "v=19", "m=19456,t=2,p=1", "", key)},
		{"EmptyKeyIsAnError", build("argon2id", "v=19", "m=19456,t=2,p=1", salt, "")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ok, err := verifyNoPanic(t, tc.hash, "some-password-1")
			if err == nil {
				t.Errorf("VerifyPassword(%q) error = nil, want an error", tc.hash)
			}
			if ok {
				t.Errorf("VerifyPassword(%q) = true for a malformed hash", tc.hash)
			}
		})
	}
}

// verifyNoPanic calls VerifyPassword and fails the test if it panics.
func verifyNoPanic(t *testing.T, hash, pw string) (ok bool, err error) {
	t.Helper()
	defer func() {
		if v := recover(); v != nil {
			t.Errorf("VerifyPassword(%q) panicked: %v", hash, v)
			ok, err = false, errors.New("panicked")
		}
	}()
	return VerifyPassword(hash, pw)
}

func TestValidatePassword(t *testing.T) {
	tests := []struct {
		name    string
		pw      string
		wantErr bool
		reason  string // a part of the message that says why, when refused
	}{
		{"NineCharsIsRejected", "k7#Qz!p2W", true, "too short"},
		{"TenUnguessableCharsAreAccepted", "k7#Qz!p2Wx", false, ""},
		{"TenMultiByteRunesAreMeasuredInRunes", "é🐧ß猫ø∂ñ🌵ł3", false, ""},
		{"NineMultiByteRunesIsRejected", strings.Repeat("é", 9), true, "too short"},
		{"MaxLengthIsAccepted", strings.Repeat("Zq9!mV3#", 16), false, ""},
		{"OneHundredTwentyNineCharsIsRejected", strings.Repeat("a", 129), true, "too long"},
		{"AllSpacesIsRejected", strings.Repeat(" ", 12), true, "blank"},
		{"AllWhitespaceIsRejected", strings.Repeat(" \t\n", 4), true, "blank"},
		{"EmptyIsRejected", "", true, "too short"},
		{"InnerSpacesAreAccepted", "correct horse battery", false, ""},
		{"RepeatedCharacterIsTooEasy", "aaaaaaaaaa", true, "repeats"},
		{"CommonPasswordIsTooEasy", "password123", true, "common password"},
		{"CommonPasswordWithCapitalAndSymbolIsTooEasy", "Password1234!", true, "common password"},
		{"KeyboardRowIsTooEasy", "qwertyuiop", true, "common password"},
		{"SequenceIsTooEasy", "abcdefghijkl", true, "sequence"},
		{"ThePortalsFixturePasswordIsAccepted", "Correct-horse-mf3x9k2abc12", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := ValidatePassword("password", tc.pw)
			if !tc.wantErr {
				if err != nil {
					t.Errorf("ValidatePassword = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatal("ValidatePassword = nil, want a validation error")
			}
			if !fault.Is(err, fault.Invalid) {
				t.Errorf("error %v is not of kind %s", err, fault.Invalid)
			}
			var fe *fault.Error
			if !errors.As(err, &fe) {
				t.Fatalf("error %T is not a *fault.Error", err)
			}
			if fe.Field != "password" {
				t.Errorf("Field = %q, want %q", fe.Field, "password")
			}
			if !strings.Contains(fe.Message, tc.reason) {
				t.Errorf("Message = %q, want it to say %q", fe.Message, tc.reason)
			}
		})
	}

	t.Run("TheAccountsOwnEmailAndNameCountAsGuessable", func(t *testing.T) {
		const pw = "lovelace-analytical"
		if err := ValidatePassword("password", pw); err != nil {
			t.Fatalf("ValidatePassword without user inputs = %v, want it accepted", err)
		}
		var fe *fault.Error
		err := ValidatePassword("password", pw, "ada.lovelace@analytical.example", "Ada Lovelace")
		if !errors.As(err, &fe) || !strings.Contains(fe.Message, "your email address or name") {
			t.Fatalf("ValidatePassword with the account's email and name = %v, want it refused for containing them", err)
		}
	})

	t.Run("FieldNameIsTheCallers", func(t *testing.T) {
		var fe *fault.Error
		if err := ValidatePassword("new_password", "short"); !errors.As(err, &fe) || fe.Field != "new_password" {
			t.Errorf("ValidatePassword(\"new_password\", …) = %v, want field new_password", err)
		}
	})
}
