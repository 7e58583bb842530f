package database

import (
	"context"
	"database/sql"
)

// MigrateUpTo applies the migrations up to and including version, so a test
// can put data in a database as an older release left it.
func MigrateUpTo(ctx context.Context, db *sql.DB, dia string, version int64) error {
	p, err := migrationProvider(db, dia)
	if err != nil {
		return err
	}
	_, err = p.UpTo(ctx, version)
	return err
}
