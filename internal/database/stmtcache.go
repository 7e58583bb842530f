package database

import (
	"container/list"
	"context"
	"database/sql/driver"
	"errors"
)

// ent sends each query as text, and SQLite (parsed in Go here) and PostgreSQL
// plan it again every time. stmtCache wraps the driver so each connection
// keeps its most recent prepared statements and reuses them: the same SQL
// text with new arguments skips the parse. database/sql never uses a
// connection from two goroutines at once, so the per-connection cache needs
// no lock.

const stmtCacheSize = 128

// cachingConnector opens connections that cache prepared statements.
type cachingConnector struct {
	driver.Connector
}

func (c cachingConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &cachingConn{Conn: conn, stmts: map[string]*list.Element{}, order: list.New()}, nil
}

type cachedStmt struct {
	query string
	stmt  driver.Stmt
}

type cachingConn struct {
	driver.Conn
	stmts map[string]*list.Element
	order *list.List // most recently used first
}

var (
	_ driver.QueryerContext     = (*cachingConn)(nil)
	_ driver.ExecerContext      = (*cachingConn)(nil)
	_ driver.ConnBeginTx        = (*cachingConn)(nil)
	_ driver.ConnPrepareContext = (*cachingConn)(nil)
	_ driver.NamedValueChecker  = (*cachingConn)(nil)
	_ driver.SessionResetter    = (*cachingConn)(nil)
	_ driver.Validator          = (*cachingConn)(nil)
	_ driver.Pinger             = (*cachingConn)(nil)
)

// Ping asks the server, as the wrapped connection does: without it
// database/sql's PingContext would only take a pooled connection, and a
// readiness check would pass while the database is down.
func (c *cachingConn) Ping(ctx context.Context) error {
	if p, ok := c.Conn.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

// prepared returns the cached statement for query, preparing it on a miss and
// evicting the least recently used one past the cache size.
func (c *cachingConn) prepared(ctx context.Context, query string) (driver.Stmt, error) {
	if el, ok := c.stmts[query]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*cachedStmt).stmt, nil
	}
	stmt, err := c.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.stmts[query] = c.order.PushFront(&cachedStmt{query: query, stmt: stmt})
	if c.order.Len() > stmtCacheSize {
		old := c.order.Remove(c.order.Back()).(*cachedStmt)
		delete(c.stmts, old.query)
		_ = old.stmt.Close()
	}
	return stmt, nil
}

func (c *cachingConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	stmt, err := c.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	sq, ok := stmt.(driver.StmtQueryContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	return sq.QueryContext(ctx, args)
}

func (c *cachingConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	stmt, err := c.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	se, ok := stmt.(driver.StmtExecContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	return se.ExecContext(ctx, args)
}

func (c *cachingConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	if p, ok := c.Conn.(driver.ConnPrepareContext); ok {
		return p.PrepareContext(ctx, query)
	}
	return c.Conn.Prepare(query)
}

func (c *cachingConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if b, ok := c.Conn.(driver.ConnBeginTx); ok {
		return b.BeginTx(ctx, opts)
	}
	return nil, errors.New("driver does not support BeginTx")
}

func (c *cachingConn) CheckNamedValue(v *driver.NamedValue) error {
	if ch, ok := c.Conn.(driver.NamedValueChecker); ok {
		return ch.CheckNamedValue(v)
	}
	return driver.ErrSkip
}

func (c *cachingConn) ResetSession(ctx context.Context) error {
	if r, ok := c.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (c *cachingConn) IsValid() bool {
	if v, ok := c.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

// Close closes the cached statements, then the connection.
func (c *cachingConn) Close() error {
	for el := c.order.Front(); el != nil; el = el.Next() {
		_ = el.Value.(*cachedStmt).stmt.Close()
	}
	c.stmts, c.order = nil, list.New()
	return c.Conn.Close()
}
