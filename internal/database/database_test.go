package database_test

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"net"
	"strings"
	"syscall"
	"testing"

	"github.com/keybs/platform/ent/migrate"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/testdb"
	"github.com/lib/pq"
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

func TestUnreachable(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"ARefusedDial", &net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, true},
		{"ABadConnection", fmt.Errorf("begin: %w", driver.ErrBadConn), true},
		{"AServerShuttingDown", &pq.Error{Code: "57P01"}, true},
		{"AConnectionException", &pq.Error{Code: "08006"}, true},
		{"AConstraintViolationIsNot", &pq.Error{Code: "23505"}, false},
		{"ADeadlineIsNot", context.DeadlineExceeded, false},
		{"NotFoundIsNot", sql.ErrNoRows, false},
		{"NilIsNot", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := database.Unreachable(tc.err); got != tc.want {
				t.Fatalf("Unreachable(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
	t.Run("ErrMapsItToServiceUnavailable", func(t *testing.T) {
		fe := fault.From(database.Err(&net.OpError{Op: "read", Err: syscall.ECONNRESET}, "x"))
		if fe.Kind != fault.Unavailable || fe.RetryAfterSeconds == 0 || fe.HTTPStatus() != 503 {
			t.Fatalf("%+v", fe)
		}
	})
}
