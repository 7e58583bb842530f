package usage

import (
	"context"
	"fmt"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"github.com/lib/pq"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/pulid"
)

// The writer's two bulk statements are written by hand: ent's CreateBulk
// builds every row through a mutation (≈ 160 allocations a row), asks for
// the ids back, and sends a statement of a different text for each batch
// size, so the prepared-statement cache never hits. Here PostgreSQL gets one
// statement of fixed text whatever the batch (the rows travel as one array
// per column through unnest), and SQLite multi-row VALUES statements of a
// fixed number of rows. The writer runs with privacy allowed (flush), so
// going around ent skips no rule; the columns and values are those ent wrote.

// logColumns are request_logs' columns in the order logRow returns them.
var logColumns = []string{"id", "tenant_id", "environment", "key_id", "application_id", "method", "route", "status",
	"error_code", "latency_us", "client_ip", "user_agent", "request_id", "request_body", "request_body_truncated",
	"response_body", "response_body_truncated", "created_at"}

// rollupInsertColumns are usage_rollups' columns in the order rollupIncrement
// returns them; the counters (rollupColumns) come last.
var rollupInsertColumns = append([]string{"id", "tenant_id", "environment", "minute", "key_id", "application_id",
	"route", "status"}, rollupColumns...)

// rollupConflict is the rollup row's identity (its unique index).
const rollupConflict = `("tenant_id", "environment", "minute", "key_id", "route", "status")`

// sqliteChunk is the rows per SQLite statement: 18 × 100 parameters, far
// below SQLite's limit, and a batch is a few statements of one text.
const sqliteChunk = 100

// rollupAddition is the ON CONFLICT clause adding the new counts to the row's.
var rollupAddition = func() string {
	set := make([]string, len(rollupColumns))
	for i, c := range rollupColumns {
		set[i] = fmt.Sprintf(`%q = "usage_rollups".%q + excluded.%q`, c, c, c)
	}
	return " ON CONFLICT " + rollupConflict + " DO UPDATE SET " + strings.Join(set, ", ")
}()

// logRow is one request_logs row; bodies are already redacted.
type logRow struct {
	e                 *Entry
	reqBody, resBody  string
	reqCut, resCut    bool
	latencyUs, status int64
}

func quoted(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = `"` + c + `"`
	}
	return strings.Join(q, ", ")
}

// valuesSQL is "INSERT INTO table (cols) VALUES (?, …), …" for rows rows.
func valuesSQL(table string, cols []string, rows int) string {
	var b strings.Builder
	b.WriteString(`INSERT INTO "` + table + `" (` + quoted(cols) + `) VALUES `)
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	for i := range rows {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(one)
	}
	return b.String()
}

// sqliteStatements caches valuesSQL per table and row count.
var sqliteStatements = struct {
	logs, rollups [sqliteChunk + 1]string
}{}

func init() {
	for n := 1; n <= sqliteChunk; n++ {
		sqliteStatements.logs[n] = valuesSQL("request_logs", logColumns, n)
		sqliteStatements.rollups[n] = valuesSQL("usage_rollups", rollupInsertColumns, n) + rollupAddition
	}
}

// unnestSQL is PostgreSQL's one statement for any number of rows: each
// parameter is a column's array.
func unnestSQL(table string, cols, types []string) string {
	ps := make([]string, len(cols))
	for i := range cols {
		ps[i] = fmt.Sprintf("$%d::%s[]", i+1, types[i])
	}
	return `INSERT INTO "` + table + `" (` + quoted(cols) + `) SELECT * FROM unnest(` + strings.Join(ps, ", ") + `)`
}

var (
	pgLogsSQL = unnestSQL("request_logs", logColumns, []string{"text", "text", "text", "text", "text", "text", "text",
		"bigint", "text", "bigint", "text", "text", "text", "text", "boolean", "text", "boolean", "timestamptz"})
	pgRollupsSQL = unnestSQL("usage_rollups", rollupInsertColumns, append([]string{"text", "text", "text", "timestamptz",
		"text", "text", "text", "bigint"}, strings.Split(strings.Repeat("bigint,", len(rollupColumns)-1)+"bigint", ",")...)) +
		rollupAddition
)

// pgTime is how a time travels in a text array: PostgreSQL parses it back to
// the same microsecond.
func pgTime(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05.999999Z07:00") }

// insertLogs writes the batch's request-log rows.
func insertLogs(ctx context.Context, tx *ent.Tx, dia string, rows []logRow) error {
	if dia == dialect.Postgres {
		cols := make([][]string, 0, 14)
		str := func() []string { s := make([]string, len(rows)); cols = append(cols, s); return s }
		id, tenant, env, key, app, method, route := str(), str(), str(), str(), str(), str(), str()
		code, ip, ua, reqID, reqBody, resBody, at := str(), str(), str(), str(), str(), str(), str()
		status, latency := make(pq.Int64Array, len(rows)), make(pq.Int64Array, len(rows))
		reqCut, resCut := make(pq.BoolArray, len(rows)), make(pq.BoolArray, len(rows))
		for i, r := range rows {
			e := r.e
			id[i], tenant[i], env[i], key[i], app[i] = pulid.New("RequestLog"), e.TenantID, string(e.Environment), e.KeyID, e.ApplicationID
			method[i], route[i], status[i], code[i], latency[i] = e.Method, e.Route, r.status, e.ErrorCode, r.latencyUs
			ip[i], ua[i], reqID[i], reqBody[i], reqCut[i] = e.ClientIP, e.UserAgent, e.RequestID, r.reqBody, r.reqCut
			resBody[i], resCut[i], at[i] = r.resBody, r.resCut, pgTime(e.At)
		}
		_, err := tx.ExecContext(ctx, pgLogsSQL, pq.StringArray(id), pq.StringArray(tenant), pq.StringArray(env),
			pq.StringArray(key), pq.StringArray(app), pq.StringArray(method), pq.StringArray(route), status,
			pq.StringArray(code), latency, pq.StringArray(ip), pq.StringArray(ua), pq.StringArray(reqID),
			pq.StringArray(reqBody), reqCut, pq.StringArray(resBody), resCut, pq.StringArray(at))
		return database.Err(err, "write request log")
	}
	args := make([]any, 0, len(logColumns)*min(len(rows), sqliteChunk))
	for i := 0; i < len(rows); i += sqliteChunk {
		chunk := rows[i:min(i+sqliteChunk, len(rows))]
		args = args[:0]
		for _, r := range chunk {
			e := r.e
			args = append(args, pulid.New("RequestLog"), e.TenantID, string(e.Environment), e.KeyID, e.ApplicationID,
				e.Method, e.Route, r.status, e.ErrorCode, r.latencyUs, e.ClientIP, e.UserAgent, e.RequestID,
				r.reqBody, r.reqCut, r.resBody, r.resCut, e.At)
		}
		if _, err := tx.ExecContext(ctx, sqliteStatements.logs[len(chunk)], args...); err != nil {
			return database.Err(err, "write request log")
		}
	}
	return nil
}

// rollupIncrement is one rollup increment.
type rollupIncrement struct {
	k rollupKey
	v *rollup
}

// upsertRollupRows adds the increments to their rows, creating them as
// needed. rows are in key order, so two replicas' writers lock the rows
// they share in the same order and cannot deadlock each other.
func upsertRollupRows(ctx context.Context, tx *ent.Tx, dia string, rows []rollupIncrement) error {
	if dia == dialect.Postgres {
		n := len(rows)
		id, tenant, env, minute, key, app, route := make(pq.StringArray, n), make(pq.StringArray, n), make(pq.StringArray, n),
			make(pq.StringArray, n), make(pq.StringArray, n), make(pq.StringArray, n), make(pq.StringArray, n)
		counters := make([]pq.Int64Array, 1+len(rollupColumns))
		for i := range counters {
			counters[i] = make(pq.Int64Array, n)
		}
		for i, r := range rows {
			id[i], tenant[i], env[i], minute[i] = pulid.New("UsageRollup"), r.k.tenant, r.k.env, pgTime(r.k.minute)
			key[i], app[i], route[i] = r.k.key, r.v.app, r.k.route
			counters[0][i], counters[1][i], counters[2][i], counters[3][i] = int64(r.k.status), r.v.requests, r.v.errors, r.v.latencySum
			for b, c := range r.v.hist {
				counters[4+b][i] = c
			}
		}
		args := []any{id, tenant, env, minute, key, app, route}
		for _, c := range counters {
			args = append(args, c)
		}
		_, err := tx.ExecContext(ctx, pgRollupsSQL, args...)
		return database.Err(err, "write rollups")
	}
	args := make([]any, 0, len(rollupInsertColumns)*min(len(rows), sqliteChunk))
	for i := 0; i < len(rows); i += sqliteChunk {
		chunk := rows[i:min(i+sqliteChunk, len(rows))]
		args = args[:0]
		for _, r := range chunk {
			args = append(args, pulid.New("UsageRollup"), r.k.tenant, r.k.env, r.k.minute, r.k.key, r.v.app, r.k.route,
				int64(r.k.status), r.v.requests, r.v.errors, r.v.latencySum)
			for _, c := range r.v.hist {
				args = append(args, c)
			}
		}
		if _, err := tx.ExecContext(ctx, sqliteStatements.rollups[len(chunk)], args...); err != nil {
			return database.Err(err, "write rollups")
		}
	}
	return nil
}
