package database

import (
	"context"
	"fmt"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/fault"
)

// WithTx runs fn in a transaction on client: committed when fn returns nil,
// rolled back when it returns an error or panics.
func WithTx(ctx context.Context, client *ent.Client, fn func(tx *ent.Tx) error) (err error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer func() {
		if v := recover(); v != nil {
			_ = tx.Rollback()
			panic(v)
		}
	}()
	if err := fn(tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return fmt.Errorf("%w (rollback: %v)", err, rerr)
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit transaction: %w", err)
	}
	return nil
}

// Err maps a storage error to the platform's error kinds: a missing row is
// not_found (as is one hidden by tenant isolation), a constraint violation a
// conflict, anything else internal with what as context.
func Err(err error, what string) error {
	switch {
	case err == nil:
		return nil
	case ent.IsNotFound(err):
		return fault.New(fault.NotFound, "not found")
	case ent.IsConstraintError(err):
		return fault.New(fault.Conflict, "conflicts with an existing record")
	default:
		return fault.Wrap(err, what)
	}
}
