// Package testdb gives each test a fresh database: a SQLite file in the test's
// temporary directory always, and a new PostgreSQL database on the server named
// by TEST_DATABASE_URL when it is set. Under CI=true a missing
// TEST_DATABASE_URL fails the test instead of skipping PostgreSQL silently.
//
// A fresh database already holds the schema: the migrations run once per
// test binary into a template (a SQLite file; a PostgreSQL template database
// named by the migrations' digest, shared by every package), and each test
// gets a copy, which costs a tenth of a second instead of two on PostgreSQL.
// Tests of the migrations themselves ask for an empty database (EachEmpty,
// EmptySQLiteURL, EmptyPostgresURL).
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/lib/pq"
)

// Dialect names a database flavour under test.
type Dialect string

// The dialects.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// Each runs fn as a subtest once per available dialect, each with the URL of
// a fresh, migrated database.
func Each(t *testing.T, fn func(t *testing.T, dbURL string)) {
	t.Helper()
	each(t, SQLiteURL, PostgresURL, fn)
}

// EachEmpty is Each with empty databases (no migration applied), for tests of
// the migrations.
func EachEmpty(t *testing.T, fn func(t *testing.T, dbURL string)) {
	t.Helper()
	each(t, EmptySQLiteURL, EmptyPostgresURL, fn)
}

func each(t *testing.T, lite func(*testing.T) string, pg func(*testing.T) (string, bool), fn func(t *testing.T, dbURL string)) {
	t.Helper()
	t.Run(string(SQLite), func(t *testing.T) { fn(t, lite(t)) })
	t.Run(string(Postgres), func(t *testing.T) {
		u, ok := pg(t)
		if !ok {
			t.Skip("TEST_DATABASE_URL is not set; PostgreSQL tests skipped (CI sets it)")
		}
		fn(t, u)
	})
}

// EachFresh runs fn as a subtest once per available dialect, handing it fresh,
// which makes a new migrated database of that dialect each time it is called: for
// tables of subtests that must not share rows, or a test that needs two
// databases.
func EachFresh(t *testing.T, fn func(t *testing.T, fresh func(*testing.T) string)) {
	t.Helper()
	t.Run(string(SQLite), func(t *testing.T) { fn(t, SQLiteURL) })
	t.Run(string(Postgres), func(t *testing.T) {
		fn(t, func(t *testing.T) string {
			t.Helper()
			u, ok := PostgresURL(t)
			if !ok {
				t.Skip("TEST_DATABASE_URL is not set; PostgreSQL tests skipped (CI sets it)")
			}
			return u
		})
	})
}

// SQLiteURL returns the URL of a new, migrated SQLite file in t's temporary
// directory.
func SQLiteURL(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "keybs.db")
	tmpl, err := sqliteTemplate()
	if err != nil {
		t.Fatalf("migrate the SQLite template: %v", err)
	}
	if err := os.WriteFile(path, tmpl, 0o600); err != nil {
		t.Fatal(err)
	}
	return "sqlite://" + path
}

// EmptySQLiteURL returns the URL of a SQLite file in t's temporary directory
// that does not exist yet.
func EmptySQLiteURL(t *testing.T) string {
	t.Helper()
	return "sqlite://" + filepath.Join(t.TempDir(), "keybs.db")
}

// PostgresURL creates a migrated database on the TEST_DATABASE_URL server,
// drops it when the test ends, and returns its URL. It reports false when no
// server is configured outside CI, and fails the test when none is configured
// in CI.
func PostgresURL(t *testing.T) (string, bool) {
	t.Helper()
	base, ok := postgresBase(t)
	if !ok {
		return "", false
	}
	tmpl, err := postgresTemplate(base)
	if err != nil {
		t.Fatalf("migrate the PostgreSQL template: %v", err)
	}
	return createPostgres(t, base, " TEMPLATE "+tmpl), true
}

// EmptyPostgresURL is PostgresURL without the schema: an empty database.
func EmptyPostgresURL(t *testing.T) (string, bool) {
	t.Helper()
	base, ok := postgresBase(t)
	if !ok {
		return "", false
	}
	return createPostgres(t, base, ""), true
}

// postgresBase is TEST_DATABASE_URL; under CI=true its absence fails t.
func postgresBase(t *testing.T) (string, bool) {
	t.Helper()
	base := os.Getenv("TEST_DATABASE_URL")
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("TEST_DATABASE_URL must be set when CI=true: the PostgreSQL suite may not be skipped")
		}
		return "", false
	}
	return base, true
}

// createPostgres creates a database on the server at base (with clause, e.g.
// " TEMPLATE x"), drops it when t ends, and returns its URL.
func createPostgres(t *testing.T, base, clause string) string {
	t.Helper()
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatalf("open TEST_DATABASE_URL: %v", err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "keybs_test_" + hex.EncodeToString(b)
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name+clause); err != nil {
		_ = admin.Close()
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
		_ = admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse TEST_DATABASE_URL: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}
