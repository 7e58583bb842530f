// Package industry holds the industries a partner can belong to. The catalog of
// what each industry unlocks (preset scopes, rate caps, pricing) grows here.
package industry

import (
	"fmt"
	"io"
	"strconv"
)

// Industry is a partner's industry category.
type Industry string

// The industries of DESIGN §4, plus OTHER for partners outside them.
const (
	Fintech   Industry = "FINTECH"
	Payments  Industry = "PAYMENTS"
	Ecommerce Industry = "ECOMMERCE"
	IGaming   Industry = "IGAMING"
	Other     Industry = "OTHER"
)

// All lists every industry in display order.
var All = []Industry{Fintech, Payments, Ecommerce, IGaming, Other}

// Values lets ent use Industry as an enum type.
func (Industry) Values() []string {
	v := make([]string, len(All))
	for i, ind := range All {
		v[i] = string(ind)
	}
	return v
}

// Valid reports whether i is one of All.
func (i Industry) Valid() bool {
	for _, ind := range All {
		if ind == i {
			return true
		}
	}
	return false
}

// MarshalGQL writes the industry as a GraphQL enum value.
func (i Industry) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(i))) }

// UnmarshalGQL reads a GraphQL enum value.
func (i *Industry) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("industry must be a string")
	}
	if !Industry(s).Valid() {
		return fmt.Errorf("%q is not a valid Industry", s)
	}
	*i = Industry(s)
	return nil
}
