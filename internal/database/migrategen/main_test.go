package main

import (
	"context"
	"database/sql"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/keybs/platform/internal/testdb"
)

// scratch is a fresh, empty database of one dialect for diff to replay into.
type scratch struct {
	dialect string
	open    func(t *testing.T) *sql.DB
}

func scratches(t *testing.T) []scratch {
	t.Helper()
	out := []scratch{{dialect.SQLite, func(t *testing.T) *sql.DB {
		t.Helper()
		db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "dev.db")+"?_pragma=foreign_keys(1)")
		if err != nil {
			t.Fatal(err)
		}
		db.SetMaxOpenConns(1)
		t.Cleanup(func() { _ = db.Close() })
		return db
	}}}
	if base := os.Getenv("TEST_DATABASE_URL"); base != "" {
		out = append(out, scratch{dialect.Postgres, func(t *testing.T) *sql.DB {
			t.Helper()
			db, cleanup, err := scratchPostgres(context.Background(), base)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(cleanup)
			return db
		}})
	} else if os.Getenv("CI") == "true" {
		t.Fatal("TEST_DATABASE_URL must be set when CI=true: the PostgreSQL suite may not be skipped")
	}
	return out
}

// copyDir copies the committed migrations of dia into a temporary directory,
// so diff can write there without touching the repository.
func copyDir(t *testing.T, dia string) string {
	t.Helper()
	src := filepath.Join("..", "migrations", map[string]string{dialect.SQLite: "sqlite", dialect.Postgres: "postgres"}[dia])
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, d.Name()), b, 0o600)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func TestDiff(t *testing.T) {
	for _, s := range scratches(t) {
		t.Run(s.dialect, func(t *testing.T) {
			t.Run("TheCommittedMigrationsNeedNoNewOne", func(t *testing.T) {
				dir := copyDir(t, s.dialect)
				before := names(t, dir)
				if err := diff(context.Background(), s.open(t), s.dialect, dir, "nothing_to_do"); err != nil {
					t.Fatal(err)
				}
				if after := names(t, dir); !slices.Equal(after, before) {
					t.Fatalf("diff wrote a migration although ent/schema and the migrations agree: %v", after)
				}
			})
			t.Run("AnEmptyDirectoryGetsTheWholeSchemaInGooseFormat", func(t *testing.T) {
				dir := t.TempDir()
				if err := diff(context.Background(), s.open(t), s.dialect, dir, "everything"); err != nil {
					t.Fatal(err)
				}
				files := names(t, dir)
				if len(files) != 2 || files[1] != "atlas.sum" || !strings.HasSuffix(files[0], "_everything.sql") {
					t.Fatalf("files %v, want one _everything.sql migration and atlas.sum", files)
				}
				b, err := os.ReadFile(filepath.Join(dir, files[0]))
				if err != nil {
					t.Fatal(err)
				}
				sqlText := string(b)
				for _, want := range []string{"-- +goose Up", "-- +goose Down", "tenants", "api_keys", "audit_logs"} {
					if !strings.Contains(sqlText, want) {
						t.Errorf("the migration lacks %q", want)
					}
				}
				if !strings.Contains(strings.ToUpper(sqlText), "CREATE TABLE") {
					t.Error("the migration creates no table")
				}
			})
		})
	}
}

func TestScratchPostgresIsDroppedAfterUse(t *testing.T) {
	base, ok := testdb.EmptyPostgresURL(t) // a database of our own to connect to as admin
	if !ok {
		t.Skip("TEST_DATABASE_URL is not set; PostgreSQL tests skipped (CI sets it)")
	}
	db, cleanup, err := scratchPostgres(context.Background(), base)
	if err != nil {
		t.Fatal(err)
	}
	var name string
	if err := db.QueryRow("SELECT current_database()").Scan(&name); err != nil {
		t.Fatal(err)
	}
	cleanup()
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var n int
	if err := admin.QueryRow("SELECT count(*) FROM pg_database WHERE datname = $1", name).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 || !strings.HasPrefix(name, "keybs_migrategen_") {
		t.Fatalf("scratch database %q still exists (%d) after cleanup", name, n)
	}
}
