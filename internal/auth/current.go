package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"entgo.io/ent/dialect"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// Current checks, on every request, that an access token's session is still
// signed in and reads the caller's roles from the database: the membership's
// role (never the token's, which may predate a change), the staff role, and
// whether the tenant requires a second factor the user lacks. A role change,
// a removal, a sign-out or a password change is so honoured on the very next
// request on every replica. It is one prepared query of primary-key and
// indexed lookups.
type Current struct {
	stmt *sql.Stmt
}

// currentQuery returns at most one row: none when the user is gone or the
// session (refresh-token family) has been revoked. The membership columns
// are NULL when the user is no longer a member of the token's tenant.
const currentQuery = `SELECT u.staff_role, m.role, t.require_mfa, u.mfa_enabled_at IS NOT NULL
	FROM users u
	LEFT JOIN memberships m ON m.user_id = u.id AND m.tenant_id = $2
	LEFT JOIN tenants t ON t.id = m.tenant_id
	WHERE u.id = $1
	  AND EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = $3 AND r.revoked_at IS NULL)`

// NewCurrent prepares the check on db, a database of dialect dia.
func NewCurrent(db *sql.DB, dia string) (*Current, error) {
	q := currentQuery
	if dia != dialect.Postgres {
		q = sqlitePlaceholders(q)
	}
	stmt, err := db.Prepare(q)
	if err != nil {
		return nil, fmt.Errorf("prepare session check: %w", err)
	}
	return &Current{stmt: stmt}, nil
}

// Close releases the prepared statement.
func (c *Current) Close() error { return c.stmt.Close() }

var (
	errSignedOut = fault.New(fault.Unauthorized, "this session has been signed out; log in again")
	errRemoved   = fault.New(fault.Unauthorized, "you are no longer a member of this organization; refresh the session or log in again")
)

// Check returns p with its roles as the database has them now, or a refusal.
func (c *Current) Check(ctx context.Context, p *viewer.Principal) (*viewer.Principal, error) {
	if p.SessionID == "" {
		return nil, errSignedOut // a token from before sessions were named
	}
	var (
		staff, role sql.NullString
		requireMFA  sql.NullBool
		hasMFA      bool
	)
	err := c.stmt.QueryRowContext(ctx, p.UserID, p.TenantID, p.SessionID).Scan(&staff, &role, &requireMFA, &hasMFA)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errSignedOut
	} else if err != nil {
		return nil, fault.Wrap(err, "check session")
	}
	out := *p
	out.StaffRole, out.Role = viewer.StaffRole(staff.String), viewer.Role(role.String)
	switch {
	case p.TenantID == "":
	case !role.Valid:
		return nil, errRemoved
	case requireMFA.Bool && !hasMFA:
		// The member may still sign in, to set up the second factor the
		// organization asks for, but acts outside it until then.
		out.MFASetupFor, out.TenantID, out.Role = p.TenantID, "", ""
	}
	return &out, nil
}

// sqlitePlaceholders turns $1, $2 … into SQLite's positional ?NNN form, which
// keeps the numbering (a parameter may appear more than once).
func sqlitePlaceholders(q string) string {
	out := make([]byte, 0, len(q))
	for i := 0; i < len(q); i++ {
		if q[i] == '$' && i+1 < len(q) && q[i+1] >= '0' && q[i+1] <= '9' {
			out = append(out, '?')
			continue
		}
		out = append(out, q[i])
	}
	return string(out)
}
