// Package environment names the two worlds every partner resource lives in:
// TEST (the sandbox, kbs_test_ keys) and LIVE (production, kbs_live_ keys).
package environment

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/keybs/platform/internal/fault"
)

// Environment is TEST or LIVE.
type Environment string

// The environments.
const (
	Test Environment = "TEST"
	Live Environment = "LIVE"
)

// Values lets ent use Environment as an enum type.
func (Environment) Values() []string { return []string{string(Test), string(Live)} }

// Valid reports whether e is TEST or LIVE.
func (e Environment) Valid() bool { return e == Test || e == Live }

// Lower returns "test" or "live", the spelling of key prefixes and REST bodies.
func (e Environment) Lower() string {
	if e == Live {
		return "live"
	}
	return "test"
}

// MarshalGQL writes the environment as a GraphQL enum value.
func (e Environment) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(e))) }

// UnmarshalGQL reads a GraphQL enum value.
func (e *Environment) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || !Environment(s).Valid() {
		return fmt.Errorf("%v is not a valid Environment (TEST or LIVE)", v)
	}
	*e = Environment(s)
	return nil
}

// Parse reads "test" or "live" in any case, as REST takes it; anything else is
// a validation error on the environment field.
func Parse(v string) (Environment, error) {
	e := Environment(strings.ToUpper(strings.TrimSpace(v)))
	if !e.Valid() {
		return "", fault.InvalidField("environment", "{field} must be \"test\" or \"live\"")
	}
	return e, nil
}

// ParseOptional is Parse, with "" meaning either environment.
func ParseOptional(v string) (Environment, error) {
	if v == "" {
		return "", nil
	}
	return Parse(v)
}
