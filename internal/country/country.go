// Package country knows the ISO 3166-1 alpha-2 country codes and their names.
package country

import (
	"slices"
	"strings"
)

// Valid reports whether code is an assigned ISO 3166-1 alpha-2 code (upper case).
func Valid(code string) bool {
	_, ok := names[code]
	return ok
}

// Name returns the country's common English name, or "" for an unknown code.
func Name(code string) string { return names[code] }

// Country is one code and its name.
type Country struct{ Code, Name string }

// All lists every country, sorted by name, for pickers.
func All() []Country {
	out := make([]Country, 0, len(names))
	for code, name := range names {
		out = append(out, Country{Code: code, Name: name})
	}
	slices.SortFunc(out, func(a, b Country) int { return strings.Compare(a.Name, b.Name) })
	return out
}
