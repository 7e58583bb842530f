// Package country knows the ISO 3166-1 alpha-2 country codes and their names.
package country

// Valid reports whether code is an assigned ISO 3166-1 alpha-2 code (upper case).
func Valid(code string) bool {
	_, ok := names[code]
	return ok
}

// Name returns the country's common English name, or "" for an unknown code.
func Name(code string) string { return names[code] }
