package fraud

import (
	_ "embed"
	"strings"
)

//go:embed disposable_domains.txt
var disposableList string

// disposable is the set of disposable email domains (a curated sample, not
// exhaustive: see disposable_domains.txt for its source).
var disposable = func() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(disposableList, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out[strings.ToLower(line)] = true
		}
	}
	return out
}()

// Disposable reports whether domain (or a parent domain of it) is a known
// disposable email domain. It never does a network lookup.
func Disposable(domain string) bool {
	d := strings.Trim(strings.ToLower(strings.TrimSpace(domain)), ".")
	for d != "" {
		if disposable[d] {
			return true
		}
		_, rest, ok := strings.Cut(d, ".")
		if !ok {
			return false
		}
		d = rest
	}
	return false
}
