// Command migrategen writes the next versioned migration for both dialects by
// diffing the ent schema against the replayed migration directory on a scratch
// database: an in-memory SQLite, and a throw-away database on the PostgreSQL
// server named by MIGRATION_DEV_URL (or TEST_DATABASE_URL).
//
//	go run ./internal/database/migrategen -name add_api_keys
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"strings"

	atlasmigrate "ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/sqltool"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/lib/pq"
	_ "modernc.org/sqlite"

	"github.com/keybs/platform/ent/migrate"
)

func main() {
	name := flag.String("name", "", "migration name, e.g. add_api_keys")
	rehash := flag.Bool("rehash", false, "recompute atlas.sum after adding a hand-written migration (ent does not model it)")
	flag.Parse()
	if *rehash {
		for _, path := range []string{"internal/database/migrations/sqlite", "internal/database/migrations/postgres"} {
			if err := writeSum(path); err != nil {
				log.Fatalf("%s: %v", path, err)
			}
		}
		return
	}
	if *name == "" {
		log.Fatal("migrategen: -name is required")
	}
	ctx := context.Background()

	sqliteDB, err := sql.Open("sqlite", "file:migrategen?mode=memory&_pragma=foreign_keys(1)")
	if err != nil {
		log.Fatal(err)
	}
	sqliteDB.SetMaxOpenConns(1)
	if err := diff(ctx, sqliteDB, dialect.SQLite, "internal/database/migrations/sqlite", *name); err != nil {
		log.Fatalf("sqlite: %v", err)
	}

	devURL := os.Getenv("MIGRATION_DEV_URL")
	if devURL == "" {
		devURL = os.Getenv("TEST_DATABASE_URL")
	}
	if devURL == "" {
		log.Fatal("migrategen: set MIGRATION_DEV_URL (or TEST_DATABASE_URL) to a PostgreSQL server for the scratch database")
	}
	pgDB, cleanup, err := scratchPostgres(ctx, devURL)
	if err != nil {
		log.Fatal(err)
	}
	defer cleanup()
	if err := diff(ctx, pgDB, dialect.Postgres, "internal/database/migrations/postgres", *name); err != nil {
		log.Fatalf("postgres: %v", err)
	}
}

func diff(ctx context.Context, db *sql.DB, dia, path, name string) error {
	dir, err := sqltool.NewGooseDir(path)
	if err != nil {
		return err
	}
	return migrate.NewSchema(entsql.OpenDB(dia, db)).NamedDiff(ctx, name,
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dia),
		schema.WithFormatter(sqltool.GooseFormatter),
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
	)
}

// writeSum recomputes the directory's atlas.sum, which replaying the
// directory checks, from the migration files as they are.
func writeSum(path string) error {
	dir, err := sqltool.NewGooseDir(path)
	if err != nil {
		return err
	}
	sum, err := dir.Checksum()
	if err != nil {
		return err
	}
	return atlasmigrate.WriteSumFile(dir, sum)
}

// scratchPostgres creates an empty database on the server at devURL.
func scratchPostgres(ctx context.Context, devURL string) (*sql.DB, func(), error) {
	admin, err := sql.Open("postgres", devURL)
	if err != nil {
		return nil, nil, err
	}
	dbName := fmt.Sprintf("keybs_migrategen_%d", os.Getpid())
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+dbName); err != nil {
		return nil, nil, fmt.Errorf("create scratch database: %w", err)
	}
	u, err := url.Parse(devURL)
	if err != nil {
		return nil, nil, err
	}
	u.Path = "/" + dbName
	db, err := sql.Open("postgres", u.String())
	if err != nil {
		return nil, nil, err
	}
	return db, func() {
		_ = db.Close()
		if _, err := admin.ExecContext(ctx, "DROP DATABASE "+dbName); err != nil && !strings.Contains(err.Error(), "does not exist") {
			log.Printf("drop scratch database: %v", err)
		}
		_ = admin.Close()
	}, nil
}
