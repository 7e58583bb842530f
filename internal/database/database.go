// Package database opens the platform's storage: the embedded SQLite default or
// PostgreSQL, chosen by the URL, with the versioned migrations of this package
// applied before the ent client is handed out.
package database

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"database/sql/driver"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
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
	connector, err := connectorFor(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", dia, err)
	}
	sqlDB := sql.OpenDB(cachingConnector{connector})
	// Keep as many idle connections as may be open: database/sql's default of
	// two idle makes every burst open (and, on SQLite, re-run the pragmas of)
	// fresh connections and re-prepare statements on each.
	conns := 20
	if dia == dialect.SQLite {
		conns = max(4, 8*runtime.GOMAXPROCS(0))
	}
	sqlDB.SetMaxOpenConns(conns)
	sqlDB.SetMaxIdleConns(conns)
	drv := entsql.OpenDB(dia, sqlDB)
	return &DB{Client: ent.NewClient(ent.Driver(drv)), SQL: sqlDB, Dialect: dia}, nil
}

// connectorFor returns the registered driver's connector for dsn.
func connectorFor(driverName, dsn string) (driver.Connector, error) {
	probe, err := sql.Open(driverName, "")
	if err != nil {
		return nil, err
	}
	drv := probe.Driver()
	_ = probe.Close()
	if dc, ok := drv.(driver.DriverContext); ok {
		return dc.OpenConnector(dsn)
	}
	return dsnConnector{dsn: dsn, drv: drv}, nil
}

// dsnConnector adapts a driver without OpenConnector.
type dsnConnector struct {
	dsn string
	drv driver.Driver
}

func (c dsnConnector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }
func (c dsnConnector) Driver() driver.Driver                        { return c.drv }

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
		// instead of failing on a lock upgrade. Statement journals (every
		// multi-row statement in a transaction keeps one, to undo just that
		// statement) and temporary b-trees stay in memory: on disk they were
		// a fifth of the usage writer's time in pwrite calls. Each connection
		// caches up to 8 MB of pages (SQLite's default is 2 MB): a usage batch
		// of 2,000 request-log rows and their five indexes dirties more than
		// 2 MB, and a full cache spills pages to the WAL mid-transaction and
		// writes them again when they change once more (a fifth of the
		// writer's CPU; 19k → 31k rows/s). The cache holds only pages read,
		// so a small database never fills it.
		q := url.Values{}
		q.Add("_pragma", "foreign_keys(1)")
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "busy_timeout(10000)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Add("_pragma", "temp_store(MEMORY)")
		q.Add("_pragma", "cache_size(-8192)")
		q.Set("_txlock", "immediate")
		return "sqlite", "file:" + path + "?" + q.Encode(), dialect.SQLite, nil
	default:
		return "", "", "", fmt.Errorf("unsupported database URL scheme in %q: use postgres:// or sqlite://", redact(rawURL))
	}
}

// Migrate applies the embedded migrations of dia that db has not seen yet. On
// PostgreSQL a session advisory lock lets several replicas start at once.
func Migrate(ctx context.Context, db *sql.DB, dia string) error {
	provider, err := migrationProvider(db, dia)
	if err != nil {
		return err
	}
	if _, err := provider.Up(ctx); err != nil {
		return fmt.Errorf("apply migrations: %w", err)
	}
	return nil
}

// migrationProvider is goose over the embedded migrations of dia.
func migrationProvider(db *sql.DB, dia string) (*goose.Provider, error) {
	dir, gooseDialect := "migrations/sqlite", goose.DialectSQLite3
	var opts []goose.ProviderOption
	if dia == dialect.Postgres {
		dir, gooseDialect = "migrations/postgres", goose.DialectPostgres
		locker, err := lock.NewPostgresSessionLocker()
		if err != nil {
			return nil, fmt.Errorf("migration lock: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	sub, err := fs.Sub(migrations, dir)
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	provider, err := goose.NewProvider(gooseDialect, db, sub, opts...)
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	return provider, nil
}

// redact hides a password in a URL before it is shown in an error.
func redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "(unparseable URL)"
	}
	return u.Redacted()
}

// SchemaDigest names the embedded migrations of dia (dialect.SQLite or
// dialect.Postgres) by a hash of their file names and contents: two builds
// with the same digest produce the same schema. The test databases use it to
// migrate once into a template and clone that for every test.
func SchemaDigest(dia string) (string, error) {
	dir := "migrations/sqlite"
	if dia == dialect.Postgres {
		dir = "migrations/postgres"
	}
	h := sha256.New()
	err := fs.WalkDir(migrations, dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := migrations.ReadFile(path)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", path, len(b))
		h.Write(b)
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("migrations: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
