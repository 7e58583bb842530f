package testdb

import (
	"context"
	"database/sql"
	"fmt"
	"hash/fnv"
	"net/url"
	"os"
	"path/filepath"
	"sync"

	"entgo.io/ent/dialect"

	"github.com/keybs/platform/internal/database"
)

// The SQLite template: migrated once per test binary, then copied as bytes.
var (
	sqliteOnce sync.Once
	sqliteFile []byte
	sqliteErr  error
)

func sqliteTemplate() ([]byte, error) {
	sqliteOnce.Do(func() { sqliteFile, sqliteErr = migrateSQLite() })
	return sqliteFile, sqliteErr
}

func migrateSQLite() ([]byte, error) {
	dir, err := os.MkdirTemp("", "keybs-sqlite-template-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	db, err := database.Open(ctx, "sqlite://"+filepath.Join(dir, "migrated.db"))
	if err != nil {
		return nil, err
	}
	// VACUUM INTO writes one self-contained file: nothing left in a WAL.
	out := filepath.Join(dir, "template.db")
	_, err = db.SQL.ExecContext(ctx, "VACUUM INTO ?", out)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	return os.ReadFile(out)
}

// The PostgreSQL template database, per server and migrations digest.
var (
	pgMu        sync.Mutex
	pgTemplates = map[string]string{}
)

// postgresTemplate returns the name of a template database on the server at
// base holding every migration of this build, creating it on first use. The
// name carries the migrations' digest, so a branch with other migrations
// gets its own, and concurrent test binaries (go test runs packages in
// parallel) agree on one under an advisory lock. A template is published by
// renaming it once migrated: no test clones a half-migrated one.
func postgresTemplate(base string) (string, error) {
	pgMu.Lock()
	defer pgMu.Unlock()
	if name, ok := pgTemplates[base]; ok {
		return name, nil
	}
	digest, err := database.SchemaDigest(dialect.Postgres)
	if err != nil {
		return "", err
	}
	name := "keybs_template_" + digest[:16]
	if err := ensurePostgresTemplate(base, name); err != nil {
		return "", err
	}
	pgTemplates[base] = name
	return name, nil
}

func ensurePostgresTemplate(base, name string) error {
	ctx := context.Background()
	admin, err := sql.Open("postgres", base)
	if err != nil {
		return err
	}
	defer admin.Close()
	conn, err := admin.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	h := fnv.New64a()
	h.Write([]byte(name))
	lock := int64(h.Sum64() >> 1)
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", lock); err != nil {
		return fmt.Errorf("template lock: %w", err)
	}
	defer conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", lock) //nolint:errcheck // released with the connection anyway

	var n int
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM pg_database WHERE datname = $1", name).Scan(&n); err != nil {
		return err
	}
	if n == 1 {
		return nil
	}
	building := name + "_wip"
	if _, err := conn.ExecContext(ctx, "DROP DATABASE IF EXISTS "+building+" WITH (FORCE)"); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "CREATE DATABASE "+building); err != nil {
		return err
	}
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	u.Path = "/" + building
	db, err := database.Open(ctx, u.String())
	if err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	// A database cannot be renamed or cloned while anything is connected.
	if _, err := conn.ExecContext(ctx, "ALTER DATABASE "+building+" RENAME TO "+name); err != nil {
		return err
	}
	return nil
}
