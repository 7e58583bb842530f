package apikey

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"github.com/keybs/platform/internal/bearertoken"
	"strings"
	"testing"

	entkey "github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/internal/environment"
)

var (
	allKinds = []entkey.Kind{entkey.KindSECRET, entkey.KindRESTRICTED, entkey.KindPUBLISHABLE}
	allEnvs  = []environment.Environment{environment.Test, environment.Live}
)

func mustGenerate(t testing.TB, kind entkey.Kind, env environment.Environment) Secret {
	t.Helper()
	s, err := Generate(kind, env)
	if err != nil {
		t.Fatalf("Generate(%s, %s): %v", kind, env, err)
	}
	return s
}

func TestGenerateRoundTripsThroughParse(t *testing.T) {
	prefixes := map[string]string{
		"SECRET/TEST": "kbs_test_", "SECRET/LIVE": "kbs_live_",
		"RESTRICTED/TEST": "kbs_rk_test_", "RESTRICTED/LIVE": "kbs_rk_live_",
		"PUBLISHABLE/TEST": "kbs_pk_test_", "PUBLISHABLE/LIVE": "kbs_pk_live_",
	}
	for _, kind := range allKinds {
		for _, env := range allEnvs {
			name := string(kind) + "/" + string(env)
			t.Run(string(kind)+string(env)+"ParsesBack", func(t *testing.T) {
				s := mustGenerate(t, kind, env)
				want := prefixes[name]
				if prefixFor(kind, env) != want || !strings.HasPrefix(s.Plain, want) {
					t.Fatalf("%s: key %q, want prefix %q", name, s.Plain, want)
				}
				if len(s.Plain) != len(want)+49 {
					t.Fatalf("length %d, want %d", len(s.Plain), len(want)+49)
				}
				if !bearertoken.IsBase62(s.Plain[len(want):]) {
					t.Fatalf("body of %q is not base62", s.Plain)
				}
				gotKind, gotEnv, err := Parse(s.Plain)
				if err != nil || gotKind != kind || gotEnv != env {
					t.Fatalf("Parse = %s %s %v, want %s %s", gotKind, gotEnv, err, kind, env)
				}
				if s.Prefix != s.Plain[:12] || s.Last4 != s.Plain[len(s.Plain)-4:] {
					t.Fatalf("prefix %q last4 %q of %q", s.Prefix, s.Last4, s.Plain)
				}
				if s.Hash != Hash(s.Plain) {
					t.Fatal("Secret.Hash is not Hash(Plain)")
				}
			})
		}
	}
}

func TestParseRejects(t *testing.T) {
	good := mustGenerate(t, entkey.KindSECRET, environment.Live).Plain
	body := good[len("kbs_live_"):]
	flipped := []byte(good)
	i := len("kbs_live_") + 10
	if flipped[i] == 'A' {
		flipped[i] = 'B'
	} else {
		flipped[i] = 'A'
	}
	badChecksum := []byte(good)
	if badChecksum[len(good)-1] == '0' {
		badChecksum[len(good)-1] = '1'
	} else {
		badChecksum[len(good)-1] = '0'
	}
	nonBase62 := good[:20] + "-" + good[21:]

	cases := []struct{ name, key string }{
		{"WrongPrefix", "sk_live_" + body},
		{"UppercasePrefix", "KBS_LIVE_" + body},
		{"UnknownKindPrefix", "kbs_xk_live_" + body},
		{"UnknownEnvironment", "kbs_prod_" + body},
		{"FlippedCharacter", string(flipped)},
		{"FlippedChecksum", string(badChecksum)},
		{"Truncated", good[:len(good)-1]},
		{"ExtraCharacter", good + "0"},
		{"NonBase62Character", nonBase62},
		{"TrailingNewline", good[:len(good)-1] + "\n"},
		{"OnlyPrefix", "kbs_live_"},
		{"Empty", ""},
		{"KeyOfAnotherEnvironmentWithThisBody", "kbs_test_" + body},
	}
	for _, tc := range cases {
		t.Run(tc.name+"IsMalformed", func(t *testing.T) {
			if tc.key == good {
				t.Fatal("test case equals the good key")
			}
			kind, env, err := Parse(tc.key)
			if !errors.Is(err, ErrMalformed) || kind != "" || env != "" {
				t.Fatalf("Parse(%q) = %q %q %v, want ErrMalformed", tc.key, kind, env, err)
			}
		})
	}
}

func TestHashIsHexSHA256(t *testing.T) {
	for _, in := range []string{"", "kbs_test_abc", mustGenerate(t, entkey.KindSECRET, environment.Test).Plain} {
		sum := sha256.Sum256([]byte(in))
		if got, want := Hash(in), hex.EncodeToString(sum[:]); got != want || len(got) != 64 {
			t.Fatalf("Hash(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGeneratedKeysAreDistinct(t *testing.T) {
	seen := make(map[string]bool, 1000)
	bodies := make(map[string]bool, 1000)
	for range 1000 {
		s := mustGenerate(t, entkey.KindSECRET, environment.Test)
		if seen[s.Plain] || bodies[s.Plain[len("kbs_test_"):]] {
			t.Fatalf("duplicate key %q after %d", s.Plain, len(seen))
		}
		seen[s.Plain], bodies[s.Plain[len("kbs_test_"):]] = true, true
	}
}

func FuzzParse(f *testing.F) {
	for _, kind := range allKinds {
		for _, env := range allEnvs {
			f.Add(mustGenerate(f, kind, env).Plain)
		}
	}
	f.Add("")
	f.Add("kbs_live_")
	f.Add("kbs_rk_test_" + strings.Repeat("0", 49))
	f.Add("sk_live_" + strings.Repeat("z", 49))
	f.Fuzz(func(t *testing.T, key string) {
		kind, env, err := Parse(key)
		if err != nil {
			if !errors.Is(err, ErrMalformed) || kind != "" || env != "" {
				t.Fatalf("Parse(%q) = %q %q %v", key, kind, env, err)
			}
			return
		}
		p := prefixFor(kind, env)
		if !strings.HasPrefix(key, p) || len(key) != len(p)+bearertoken.RandomLen+bearertoken.ChecksumLen || !bearertoken.IsBase62(key[len(p):]) {
			t.Fatalf("Parse accepted %q as %s/%s (prefix %q)", key, kind, env, p)
		}
		body, sum := key[:len(key)-bearertoken.ChecksumLen], key[len(key)-bearertoken.ChecksumLen:]
		if bearertoken.Checksum(body) != sum {
			t.Fatalf("Parse accepted %q with a wrong checksum", key)
		}
	})
}
