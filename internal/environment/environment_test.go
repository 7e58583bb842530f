package environment_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/keybs/platform/internal/environment"
)

func TestValidAndLower(t *testing.T) {
	for _, c := range []struct {
		name  string
		in    environment.Environment
		valid bool
		lower string
	}{
		{"TestIsValid", environment.Test, true, "test"},
		{"LiveIsValid", environment.Live, true, "live"},
		// Anything that is not LIVE reads as the sandbox, so a bad value can
		// never widen a caller into production data.
		{"LowerCaseIsInvalidAndReadsAsTest", "live", false, "test"},
		{"EmptyIsInvalidAndReadsAsTest", "", false, "test"},
		{"AnUnknownNameIsInvalidAndReadsAsTest", "PROD", false, "test"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.in.Valid(); got != c.valid {
				t.Errorf("%q.Valid() = %v, want %v", c.in, got, c.valid)
			}
			if got := c.in.Lower(); got != c.lower {
				t.Errorf("%q.Lower() = %q, want %q", c.in, got, c.lower)
			}
		})
	}
}

func TestValuesAreTheEnumOfTheSchema(t *testing.T) {
	if got := environment.Environment("").Values(); !slices.Equal(got, []string{"TEST", "LIVE"}) {
		t.Fatalf("Values() = %v", got)
	}
}

func TestGraphQL(t *testing.T) {
	t.Run("MarshalWritesAQuotedEnumValue", func(t *testing.T) {
		var b bytes.Buffer
		environment.Live.MarshalGQL(&b)
		if b.String() != `"LIVE"` {
			t.Fatalf("MarshalGQL wrote %s", b.String())
		}
	})
	t.Run("UnmarshalReadsBoth", func(t *testing.T) {
		for _, want := range []environment.Environment{environment.Test, environment.Live} {
			var e environment.Environment
			if err := e.UnmarshalGQL(string(want)); err != nil || e != want {
				t.Errorf("UnmarshalGQL(%q) = %q, %v", want, e, err)
			}
		}
	})
	for _, c := range []struct {
		name string
		in   any
	}{
		{"LowerCaseIsRefused", "live"},
		{"AnUnknownNameIsRefused", "PROD"},
		{"ANonStringIsRefused", true},
		{"NilIsRefused", nil},
	} {
		t.Run("Unmarshal"+c.name+"AndLeavesTheValue", func(t *testing.T) {
			e := environment.Test
			if err := e.UnmarshalGQL(c.in); err == nil {
				t.Fatalf("UnmarshalGQL(%v) accepted", c.in)
			}
			if e != environment.Test {
				t.Fatalf("a refused value changed the environment to %q", e)
			}
		})
	}
}
