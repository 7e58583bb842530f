package testdb_test

import (
	"context"
	"database/sql"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"entgo.io/ent/dialect"
	"entgo.io/ent/privacy"

	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/testdb"
)

// helperEnv marks the re-executed test binary of TestCIRefusesToSkipPostgres.
const helperEnv = "TESTDB_HELPER"

func TestEachGivesEveryDialectAFreshDatabase(t *testing.T) {
	var names, urls []string
	testdb.Each(t, func(t *testing.T, dbURL string) {
		names = append(names, t.Name())
		urls = append(urls, dbURL)
	})
	want := []string{"sqlite://"}
	if os.Getenv("TEST_DATABASE_URL") != "" {
		want = append(want, "postgres://")
	}
	if len(urls) != len(want) {
		t.Fatalf("ran for %v, want %d dialects", names, len(want))
	}
	for i, prefix := range want {
		if !strings.HasPrefix(urls[i], prefix) || !strings.HasSuffix(names[i], "/"+strings.TrimSuffix(prefix, "://")) {
			t.Fatalf("subtest %s got %q, want a %s URL", names[i], urls[i], prefix)
		}
	}
}

func TestEachFreshHandsOutANewDatabasePerCall(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		a, b := fresh(t), fresh(t)
		if a == b {
			t.Fatalf("two calls returned the same database %q", a)
		}
	})
}

func TestSQLiteURLIsInTheTestsTemporaryDirectory(t *testing.T) {
	var dir string
	t.Run("inner", func(t *testing.T) {
		u := testdb.SQLiteURL(t)
		path := strings.TrimPrefix(u, "sqlite://")
		dir = filepath.Dir(path)
		if _, err := os.Stat(dir); err != nil {
			t.Fatalf("directory of %q: %v", u, err)
		}
	})
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("the directory %s outlived its test: %v", dir, err)
	}
}

func TestPostgresURLCreatesAndDropsADatabase(t *testing.T) {
	base := os.Getenv("TEST_DATABASE_URL")
	if base == "" {
		t.Skip("TEST_DATABASE_URL is not set; PostgreSQL tests skipped (CI sets it)")
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	exists := func(name string) bool {
		t.Helper()
		var n int
		if err := admin.QueryRow("SELECT count(*) FROM pg_database WHERE datname = $1", name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n == 1
	}
	var name string
	t.Run("inner", func(t *testing.T) {
		u, ok := testdb.PostgresURL(t)
		if !ok {
			t.Fatal("PostgresURL reported no server although TEST_DATABASE_URL is set")
		}
		parsed, err := url.Parse(u)
		if err != nil {
			t.Fatal(err)
		}
		name = strings.TrimPrefix(parsed.Path, "/")
		if !strings.HasPrefix(name, "keybs_test_") || !exists(name) {
			t.Fatalf("database %q does not exist", name)
		}
		db, err := sql.Open("postgres", u)
		if err != nil {
			t.Fatal(err)
		}
		// An open connection must not keep the database from being dropped.
		if err := db.Ping(); err != nil {
			t.Fatal(err)
		}
	})
	if exists(name) {
		t.Fatalf("database %s outlived its test", name)
	}
}

// TestCIRefusesToSkipPostgres runs this test binary again with CI=true and
// no TEST_DATABASE_URL: the PostgreSQL subtest must fail, not skip.
func TestCIRefusesToSkipPostgres(t *testing.T) {
	if os.Getenv(helperEnv) != "" {
		testdb.Each(t, func(t *testing.T, dbURL string) {})
		return
	}
	for _, c := range []struct {
		name, ci string
		fails    bool
	}{
		{"UnderCIAMissingServerFails", "true", true},
		{"OutsideCIAMissingServerSkips", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestCIRefusesToSkipPostgres$", "-test.v")
			cmd.Env = append(os.Environ(), helperEnv+"=1", "CI="+c.ci, "TEST_DATABASE_URL=")
			out, err := cmd.CombinedOutput()
			if failed := err != nil; failed != c.fails {
				t.Fatalf("helper failed %v, want %v:\n%s", failed, c.fails, out)
			}
			if c.fails && !strings.Contains(string(out), "TEST_DATABASE_URL must be set when CI=true") {
				t.Fatalf("helper failed without saying why:\n%s", out)
			}
			if !c.fails && !strings.Contains(string(out), "--- SKIP") {
				t.Fatalf("helper did not skip PostgreSQL:\n%s", out)
			}
		})
	}
}

// TestFreshDatabasesHoldTheSchemaAndShareNothing pins the template: a fresh
// database has every migration applied, a row written to one is in no other,
// and EachEmpty's databases have no table at all.
func TestFreshDatabasesHoldTheSchemaAndShareNothing(t *testing.T) {
	ctx := context.Background()
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		a, err := database.Open(ctx, fresh(t))
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		want, err := database.SchemaDigest(a.Dialect)
		if err != nil || want == "" {
			t.Fatalf("digest %q: %v", want, err)
		}
		var applied int
		if err := a.SQL.QueryRowContext(ctx, "SELECT COUNT(*) FROM goose_db_version WHERE version_id > 0").Scan(&applied); err != nil || applied == 0 {
			t.Fatalf("fresh database: %d migrations recorded (%v), want all", applied, err)
		}
		sys := privacy.DecisionContext(ctx, privacy.Allow)
		a.Client.Tenant.Create().SetName("Only here").SetSlug("only-here").SetIndustry(industry.Fintech).SaveX(sys)

		b, err := database.Open(ctx, fresh(t))
		if err != nil {
			t.Fatal(err)
		}
		defer b.Close()
		if n := b.Client.Tenant.Query().CountX(sys); n != 0 {
			t.Fatalf("a second fresh database holds %d tenants written to the first", n)
		}
		var again int
		if err := b.SQL.QueryRowContext(ctx, "SELECT COUNT(*) FROM goose_db_version WHERE version_id > 0").Scan(&again); err != nil || again != applied {
			t.Fatalf("second database: %d migrations recorded (%v), want %d", again, err, applied)
		}
	})
	testdb.EachEmpty(t, func(t *testing.T, dbURL string) {
		db, err := database.Connect(dbURL)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		q := "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
		if db.Dialect == dialect.SQLite {
			q = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
		}
		var n int
		if err := db.SQL.QueryRowContext(ctx, q).Scan(&n); err != nil || n != 0 {
			t.Fatalf("empty database holds %d tables (%v)", n, err)
		}
	})
}
