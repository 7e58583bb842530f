package database

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/lib/pq"

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
	var fe *fault.Error
	var ve *ent.ValidationError
	var pqErr *pq.Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &fe):
		return fe
	case Unreachable(err):
		return Unavailable(err)
	case ent.IsNotFound(err):
		return fault.New(fault.NotFound, "not found")
	case errors.As(err, &ve):
		return fault.InvalidField(ve.Name, "{field} is invalid")
	case ent.IsConstraintError(err):
		return fault.New(fault.Conflict, "conflicts with an existing record")
	case errors.As(err, &pqErr) && pqErr.Code.Class() == "22":
		// PostgreSQL's data exceptions: input it cannot store or compare,
		// such as a NUL byte in a string.
		return fault.New(fault.Invalid, "the input contains characters that are not allowed")
	default:
		return fault.Wrap(err, what)
	}
}

// Unwrap returns an entity that was created or loaded inside a transaction
// detached from it, so that loading its edges after the commit (a GraphQL
// payload selecting apiKey { application }) goes through the client instead
// of the finished transaction. It passes err through.
func Unwrap[T interface{ Unwrap() T }](v T, err error) (T, error) {
	if err != nil {
		var zero T
		return zero, err
	}
	return v.Unwrap(), nil
}

// Unreachable reports whether err says the database could not be reached or
// went away (refused or dropped connections, a server shutting down or
// starting up), as opposed to refusing a statement. Callers answer such
// errors with 503 and Retry-After: the request may succeed once the
// database is back, without a restart.
func Unreachable(err error) bool {
	if err == nil {
		return false
	}
	var pqErr *pq.Error
	var opErr *net.OpError
	switch {
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, sql.ErrConnDone):
		return true
	case errors.As(err, &pqErr):
		// Class 08: connection exceptions; 57P01–57P03: admin shutdown,
		// crash shutdown, cannot connect now.
		return pqErr.Code.Class() == "08" || pqErr.Code == "57P01" || pqErr.Code == "57P02" || pqErr.Code == "57P03"
	case errors.As(err, &opErr):
		return true
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET):
		// lib/pq reports a connection lost mid-query as (unexpected) EOF.
		return true
	}
	// Some layers flatten driver.ErrBadConn into text.
	return strings.Contains(err.Error(), driver.ErrBadConn.Error())
}

// RetryAfterUnavailable is the Retry-After, in seconds, of an answer given
// while the database cannot be reached.
const RetryAfterUnavailable = 5

// Unavailable is the error a caller sees while the database cannot be
// reached.
func Unavailable(cause error) *fault.Error {
	return &fault.Error{Kind: fault.Unavailable, RetryAfterSeconds: RetryAfterUnavailable,
		Message: "the service is briefly unavailable; retry in a few seconds", Cause: cause}
}
