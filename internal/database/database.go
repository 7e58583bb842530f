// Package database opens the platform's storage: the embedded SQLite default or
// PostgreSQL, chosen by the URL, with the versioned migrations of this package
// applied before the ent client is handed out.
package database

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq" // PostgreSQL driver
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	_ "modernc.org/sqlite" // pure-Go SQLite driver

	"github.com/keybs/platform/ent"
	_ "github.com/keybs/platform/ent/runtime" // schema defaults, hooks and policies
)

//go:embed migrations
var migrations embed.FS

// DB is an open database with its ent client.
type DB struct {
	Client  *ent.Client
	SQL     *sql.DB
	Dialect string // dialect.SQLite or dialect.Postgres
}

// Close closes the database.
func (db *DB) Close() error { return db.Client.Close() }

// Open connects to rawURL, applies pending migrations and returns the client.
// A postgres:// or postgresql:// URL selects PostgreSQL; sqlite://PATH (or a
// bare path) selects the embedded SQLite database, created if missing.
func Open(ctx context.Context, rawURL string) (*DB, error) {
	db, err := Connect(rawURL)
	if err != nil {
		return nil, err
	}
	if err := Migrate(ctx, db.SQL, db.Dialect); err != nil {
		_ = db.Close()
		return nil, err
	}
	return db, nil
}

// Connect opens the database without migrating it.
func Connect(rawURL string) (*DB, error) {
	driverName, dsn, dia, err := parse(rawURL)
	if err != nil {
		return nil, err
	}
	sqlDB, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", dia, err)
	}
	if dia == dialect.Postgres {
		sqlDB.SetMaxOpenConns(20)
		sqlDB.SetMaxIdleConns(10)
	}
	drv := entsql.OpenDB(dia, sqlDB)
	return &DB{Client: ent.NewClient(ent.Driver(drv)), SQL: sqlDB, Dialect: dia}, nil
}

// parse turns a database URL into a database/sql driver name, DSN and dialect.
func parse(rawURL string) (driverName, dsn, dia string, err error) {
	switch {
	case strings.HasPrefix(rawURL, "postgres://"), strings.HasPrefix(rawURL, "postgresql://"):
		return "postgres", rawURL, dialect.Postgres, nil
	case strings.HasPrefix(rawURL, "sqlite://"), !strings.Contains(rawURL, "://"):
		path := strings.TrimPrefix(rawURL, "sqlite://")
		if path == "" {
			return "", "", "", fmt.Errorf("database URL %q names no SQLite file", rawURL)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return "", "", "", fmt.Errorf("create database directory: %w", err)
		}
		// WAL lets readers run beside the writer; immediate transactions take
		// the write lock up front, so concurrent writers wait (busy_timeout)
		// instead of failing on a lock upgrade.
		q := url.Values{}
		q.Add("_pragma", "foreign_keys(1)")
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "busy_timeout(10000)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Set("_txlock", "immediate")
		return "sqlite", "file:" + path + "?" + q.Encode(), dialect.SQLite, nil
	default:
		return "", "", "", fmt.Errorf("unsupported database URL scheme in %q: use postgres:// or sqlite://", redact(rawURL))
	}
}

// Migrate applies the embedded migrations of dia that db has not seen yet. On
// PostgreSQL a session advisory lock lets several replicas start at once.
func Migrate(ctx context.Context, db *sql.DB, dia string) error {
	dir, gooseDialect := "migrations/sqlite", goose.DialectSQLite3
	var opts []goose.ProviderOption
	if dia == dialect.Postgres {
		dir, gooseDialect = "migrations/postgres", goose.DialectPostgres
		locker, err := lock.NewPostgresSessionLocker()
		if err != nil {
			return fmt.Errorf("migration lock: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	sub, err := fs.Sub(migrations, dir)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	provider, err := goose.NewProvider(gooseDialect, db, sub, opts...)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	if _, err := provider.Up(ctx); err != nil {
		return fmt.Errorf("apply migrations: %w", err)
	}
	return nil
}

// redact hides a password in a URL before it is shown in an error.
func redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "(unparseable URL)"
	}
	return u.Redacted()
}
