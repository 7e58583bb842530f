package database_test

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"net"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/migrate"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
	"github.com/lib/pq"
)

func TestMigrations(t *testing.T) {
	testdb.EachEmpty(t, func(t *testing.T, url string) {
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

// TestModulesDecideGrantsBackfill pins the data migration that came with
// "modules, not industries, decide what an application may be granted": an
// application made before it keeps the modules it chose and gains those of
// its industry's preset, so the preset scopes its keys hold stay grantable.
func TestModulesDecideGrantsBackfill(t *testing.T) {
	testdb.EachEmpty(t, func(t *testing.T, url string) {
		ctx := context.Background()
		db, err := database.Connect(url)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		// The last release before the change.
		if err := database.MigrateUpTo(ctx, db.SQL, db.Dialect, 20261201235959); err != nil {
			t.Fatalf("migrate to the previous release: %v", err)
		}
		sys := privacy.DecisionContext(ctx, privacy.Allow)
		tn := db.Client.Tenant.Create().SetName("Old").SetSlug("old").SetIndustry(industry.Fintech).SaveX(sys)
		apps := map[string]struct {
			ind  industry.Industry
			mods []scope.Module
			want []scope.Module
		}{
			"fintech without modules": {industry.Fintech, nil,
				[]scope.Module{"FRAUD_SIGNALS", "KYC", "TRANSACTION_MONITORING", "TRUST_SCORING"}},
			"fintech with escrow": {industry.Fintech, []scope.Module{"ESCROW", "KYC"},
				[]scope.Module{"ESCROW", "FRAUD_SIGNALS", "KYC", "TRANSACTION_MONITORING", "TRUST_SCORING"}},
			"payments with an empty list": {industry.Payments, []scope.Module{},
				[]scope.Module{"DISPUTES", "ESCROW", "FRAUD_SIGNALS", "TRANSACTION_MONITORING"}},
			"ecommerce":  {industry.Ecommerce, nil, []scope.Module{"ESCROW", "KYC", "TRUST_BADGES"}},
			"igaming":    {industry.IGaming, []scope.Module{"DISPUTES"}, []scope.Module{"DISPUTES", "FRAUD_SIGNALS", "KYC", "TRANSACTION_MONITORING"}},
			"other":      {industry.Other, []scope.Module{"ESCROW"}, []scope.Module{"ESCROW"}},
			"other bare": {industry.Other, nil, nil},
		}
		ids := map[string]string{}
		n := 0
		for name, a := range apps {
			n++
			var mods any // NULL
			if a.mods != nil {
				raw, _ := json.Marshal(a.mods)
				mods = string(raw)
			}
			ids[name] = fmt.Sprintf("app_01jd0000000000000000000%03d", n)
			insertOldApplication(t, db, ids[name], tn.ID, name, string(a.ind), mods, time.Date(2026, 11, 1, n, 0, 0, 0, time.UTC))
		}
		if err := database.Migrate(ctx, db.SQL, db.Dialect); err != nil {
			t.Fatalf("migrate to this release: %v", err)
		}
		for name, a := range apps {
			t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
				got := db.Client.Application.GetX(sys, ids[name]).RequiredModules
				if !slices.Equal(got, a.want) {
					t.Fatalf("modules %v, want %v", got, a.want)
				}
			})
		}
	})
}

// insertOldApplication writes an application row the way releases before
// the name_key column did: without the ent client, which writes that column.
// modules is a JSON array, or nil for NULL.
func insertOldApplication(t *testing.T, db *database.DB, id, tenantID, name, ind string, modules any, at time.Time) {
	t.Helper()
	insert := `INSERT INTO applications (id, created_at, updated_at, name, industry, required_modules, expected_monthly_volume, status, is_default, tenant_id)
		VALUES (?, ?, ?, ?, ?, ?, 0, 'DRAFT', false, ?)`
	if db.Dialect == dialect.Postgres {
		insert = `INSERT INTO applications (id, created_at, updated_at, name, industry, required_modules, expected_monthly_volume, status, is_default, tenant_id)
		VALUES ($1, $2, $3, $4, $5, $6, 0, 'DRAFT', false, $7)`
	}
	if _, err := db.SQL.ExecContext(context.Background(), insert, id, at, at, name, ind, modules, tenantID); err != nil {
		t.Fatalf("insert application %q: %v", name, err)
	}
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

// TestUniqueApplicationNamesMigration pins the data migration that came with
// "application names are unique per tenant": names are trimmed, the oldest of
// each group of case-insensitive duplicates keeps its name and the others
// get " (2)", " (3)", …; a new name that meets an existing one takes the end
// of its id as well. Other tenants' names are not compared.
func TestUniqueApplicationNamesMigration(t *testing.T) {
	testdb.EachEmpty(t, func(t *testing.T, url string) {
		ctx := context.Background()
		db, err := database.Connect(url)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		// The last release before the change.
		if err := database.MigrateUpTo(ctx, db.SQL, db.Dialect, 20261202165959); err != nil {
			t.Fatalf("migrate to the previous release: %v", err)
		}
		sys := privacy.DecisionContext(ctx, privacy.Allow)
		a := db.Client.Tenant.Create().SetName("A").SetSlug("a").SetIndustry(industry.Fintech).SaveX(sys)
		b := db.Client.Tenant.Create().SetName("B").SetSlug("b").SetIndustry(industry.Fintech).SaveX(sys)
		base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
		rows := []struct{ id, name, tenant string }{
			{"app_01jd00000000000000000000a0", "Checkout (2)", a.ID},
			{"app_01jd00000000000000000000a1", "Checkout", a.ID},
			{"app_01jd00000000000000000000a2", "checkout ", a.ID},
			{"app_01jd00000000000000000000a3", " CHECKOUT", a.ID},
			{"app_01jd00000000000000000000a4", "  Payouts  ", a.ID},
			{"app_01jd00000000000000000000b1", "Checkout", b.ID},
		}
		for i, r := range rows {
			at := base.Add(time.Duration(i) * time.Hour)
			insertOldApplication(t, db, r.id, r.tenant, r.name, "FINTECH", nil, at)
		}
		if err := database.Migrate(ctx, db.SQL, db.Dialect); err != nil {
			t.Fatalf("migrate to this release: %v", err)
		}
		want := map[string]string{
			"app_01jd00000000000000000000a0": "Checkout (2)",
			"app_01jd00000000000000000000a1": "Checkout",
			"app_01jd00000000000000000000a2": "checkout (2) 0000a2",
			"app_01jd00000000000000000000a3": "CHECKOUT (3)",
			"app_01jd00000000000000000000a4": "Payouts",
			"app_01jd00000000000000000000b1": "Checkout",
		}
		for id, name := range want {
			t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
				got := db.Client.Application.GetX(sys, id)
				if got.Name != name || got.NameKey != strings.ToLower(name) {
					t.Fatalf("name %q key %q, want %q", got.Name, got.NameKey, name)
				}
			})
		}
		t.Run("ADuplicateCannotBeWrittenAnyMore", func(t *testing.T) {
			_, err := db.Client.Application.Create().SetTenantID(a.ID).SetName(" payouts").SetIndustry(industry.Fintech).Save(sys)
			if err == nil || !ent.IsConstraintError(err) {
				t.Fatalf("a second \"payouts\" in the tenant: %v, want a constraint error", err)
			}
			if _, err := db.Client.Application.Create().SetTenantID(b.ID).SetName("Payouts").SetIndustry(industry.Fintech).Save(sys); err != nil {
				t.Fatalf("another tenant's \"Payouts\": %v", err)
			}
		})
	})
}
