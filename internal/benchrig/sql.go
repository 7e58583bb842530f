package benchrig

import "regexp"

var placeholder = regexp.MustCompile(`\$\d+`)

// Placeholders returns q, written with PostgreSQL's $1, $2 … placeholders,
// for dialect: as is for "postgres", with SQLite's ? otherwise. The floors'
// hand-written SQL is written once for both databases.
func Placeholders(dialect, q string) string {
	if dialect == "postgres" {
		return q
	}
	return placeholder.ReplaceAllString(q, "?")
}
