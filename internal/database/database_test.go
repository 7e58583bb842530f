package database_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/keybs/platform/ent/migrate"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/testdb"
)

func TestMigrations(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		ctx := context.Background()

		db, err := database.Open(ctx, url)
		if err != nil {
			t.Fatalf("migrate an empty database: %v", err)
		}
		t.Run("ResultMatchesEntSchema", func(t *testing.T) {
			// With every migration applied, ent finds nothing left to change:
			// the migration files and the schema agree.
			var plan bytes.Buffer
			if err := db.Client.Schema.WriteTo(ctx, &plan, migrate.WithDropColumn(true), migrate.WithDropIndex(true)); err != nil {
				t.Fatal(err)
			}
			if stmts := pendingStatements(plan.String()); len(stmts) > 0 {
				t.Fatalf("migrations drift from ent/schema; run `make migration name=…`. Pending:\n%s", strings.Join(stmts, "\n"))
			}
		})
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}

		t.Run("RestartOnMigratedDatabaseKeepsData", func(t *testing.T) {
			db, err := database.Open(ctx, url)
			if err != nil {
				t.Fatalf("open a migrated database: %v", err)
			}
			var n int
			if err := db.SQL.QueryRowContext(ctx, "SELECT COUNT(*) FROM goose_db_version WHERE version_id > 0").Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				t.Fatal("no migration recorded as applied")
			}
			_ = db.Close()
			db, err = database.Open(ctx, url)
			if err != nil {
				t.Fatalf("third start: %v", err)
			}
			defer db.Close()
			var again int
			if err := db.SQL.QueryRowContext(ctx, "SELECT COUNT(*) FROM goose_db_version WHERE version_id > 0").Scan(&again); err != nil {
				t.Fatal(err)
			}
			if again != n {
				t.Fatalf("restart re-applied migrations: %d recorded, want %d", again, n)
			}
		})
	})
}

func TestOpenRejectsUnknownScheme(t *testing.T) {
	_, err := database.Open(context.Background(), "mysql://user:secret@host/db")
	if err == nil {
		t.Fatal("want an error for mysql://")
	}
	if strings.Contains(err.Error(), "secret") {
		t.Fatalf("error leaks the password: %v", err)
	}
}

// pendingStatements returns the SQL statements in ent's plan output, ignoring
// transaction framing and comments.
func pendingStatements(plan string) []string {
	var out []string
	for _, line := range strings.Split(plan, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "", strings.HasPrefix(line, "--"), line == "BEGIN;", line == "COMMIT;":
		default:
			out = append(out, line)
		}
	}
	return out
}
