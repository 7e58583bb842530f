package bearertoken_test

import (
	"strings"
	"testing"

	"github.com/keybs/platform/internal/bearertoken"
)

const prefix = "kbs_share_"

func TestGenerate(t *testing.T) {
	a, err := bearertoken.Generate(prefix)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := bearertoken.Generate(prefix)
	t.Run("TokensAreUniqueAndOfTheirKind", func(t *testing.T) {
		if a.Plain == b.Plain || a.Hash == b.Hash {
			t.Fatalf("two tokens are equal: %s", a.Plain)
		}
		if !strings.HasPrefix(a.Plain, prefix) || len(a.Plain) != len(prefix)+43+6 {
			t.Fatalf("token %q has the wrong shape", a.Plain)
		}
	})
	t.Run("OnlyTheHashAndADisplayPrefixAreKept", func(t *testing.T) {
		if a.Hash != bearertoken.Hash(a.Plain) || len(a.Hash) != 64 || strings.Contains(a.Hash, a.Plain[len(prefix):]) {
			t.Fatalf("hash %q is not the SHA-256 of the token", a.Hash)
		}
		if a.Prefix != a.Plain[:len(prefix)+6] {
			t.Fatalf("display prefix %q, want the kind and 6 characters", a.Prefix)
		}
	})
	t.Run("AGeneratedTokenParses", func(t *testing.T) {
		if err := bearertoken.Parse(prefix, a.Plain); err != nil {
			t.Fatalf("Parse(%q) = %v", a.Plain, err)
		}
	})
}

func TestParse(t *testing.T) {
	good, _ := bearertoken.Generate(prefix)
	flip := func(s string, i int) string {
		c := byte('A')
		if s[i] == 'A' {
			c = 'B'
		}
		return s[:i] + string(c) + s[i+1:]
	}
	for _, tc := range []struct{ name, token string }{
		{"EmptyIsMalformed", ""},
		{"OtherKindIsMalformed", "kbs_sdk_" + good.Plain[len(prefix):]},
		{"APIKeyIsMalformed", "kbs_test_" + good.Plain[len(prefix):]},
		{"TruncatedIsMalformed", good.Plain[:len(good.Plain)-1]},
		{"TooLongIsMalformed", good.Plain + "0"},
		{"TypoInTheRandomPartFailsTheChecksum", flip(good.Plain, len(prefix)+3)},
		{"TypoInTheChecksumFailsIt", flip(good.Plain, len(good.Plain)-1)},
		{"NonBase62IsMalformed", good.Plain[:len(prefix)] + "-" + good.Plain[len(prefix)+1:]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := bearertoken.Parse(prefix, tc.token); err != bearertoken.ErrMalformed {
				t.Fatalf("Parse(%q) = %v, want ErrMalformed", tc.token, err)
			}
		})
	}
}

func TestEqual(t *testing.T) {
	h := bearertoken.Hash("a")
	if !bearertoken.Equal(h, bearertoken.Hash("a")) {
		t.Error("equal hashes compare unequal")
	}
	if bearertoken.Equal(h, bearertoken.Hash("b")) || bearertoken.Equal(h, "") {
		t.Error("different hashes compare equal")
	}
}

func FuzzParse(f *testing.F) {
	good, _ := bearertoken.Generate(prefix)
	f.Add(good.Plain)
	f.Add(prefix)
	f.Fuzz(func(t *testing.T, s string) {
		if bearertoken.Parse(prefix, s) == nil && (!strings.HasPrefix(s, prefix) || len(s) != len(prefix)+49) {
			t.Fatalf("Parse accepted %q", s)
		}
	})
}
