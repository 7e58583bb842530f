// Package country knows the ISO 3166-1 alpha-2 country codes and their names.
package country

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Country is one ISO 3166-1 entry.
type Country struct {
	Code string
	Name string
}

// all is every country sorted by name, as people look for it.
var all = func() []Country {
	out := make([]Country, 0, len(names))
	for code, name := range names {
		out = append(out, Country{Code: code, Name: name})
	}
	sort.Slice(out, func(i, j int) bool { return sortKey(out[i].Name) < sortKey(out[j].Name) })
	return out
}()

// sortKey is name without accents, lower-cased: "Åland" sorts as "aland".
func sortKey(name string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(name) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// All returns every country, sorted by its English name (Åland Islands
// with the A's). The portal's KYC form offers exactly this list, so a name
// typed there can only become the code it names.
func All() []Country { return append([]Country(nil), all...) }

// Valid reports whether code is an assigned ISO 3166-1 alpha-2 code (upper case).
func Valid(code string) bool {
	_, ok := names[code]
	return ok
}

// Name returns the country's common English name, or "" for an unknown code.
func Name(code string) string { return names[code] }
