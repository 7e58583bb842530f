package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/gorilla/websocket"
)

// The graphql-transport-ws close codes (github.com/enisdenjo/graphql-ws,
// PROTOCOL.md). gqlgen's transport closes every protocol error with 1002
// and lets a repeated operation id replace the running one; this adapter
// screens the client's messages and closes with the protocol's own code
// before gqlgen sees a message it would mishandle.
const (
	CloseBadMessage     = 4400
	CloseUnauthorised   = 4401 // a subscribe before connection_init was acknowledged
	CloseInitTimeout    = 4408
	CloseDuplicateID    = 4409
	CloseTooManyInits   = 4429
	transportWSProtocol = "graphql-transport-ws"
)

// gorillaWebsocket adapts gorilla/websocket to gqlgen's pluggable websocket
// transport (gqlgen's default is coder/websocket).
type gorillaWebsocket struct {
	checkOrigin func(r *http.Request) bool
	// initTimeout closes a socket that sends no connection_init in time.
	// The adapter keeps it, not gqlgen, so it can close with 4408.
	initTimeout time.Duration
	// open counts the sockets not yet closed, for a graceful shutdown to
	// wait on; nil when nobody waits.
	open *Sockets
}

var _ transport.WebsocketImplementation = gorillaWebsocket{}

// writeBuffers lends every socket its write buffer for one message at a time.
var writeBuffers = &sync.Pool{}

// Accept upgrades the request, offering gqlgen's GraphQL subprotocols
// (graphql-transport-ws and the legacy graphql-ws).
func (g gorillaWebsocket) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	// No read buffer size: the socket reads through the 4 KB reader the
	// HTTP server already gave the connection. The write buffer comes from
	// a pool only while a message is written, so an idle subscriber (most
	// of them, most of the time) holds none.
	up := websocket.Upgrader{
		CheckOrigin:     g.checkOrigin,
		Subprotocols:    slices.Clone(opts.Subprotocols),
		WriteBufferSize: 4096,
		WriteBufferPool: writeBuffers,
	}
	conn, err := up.Upgrade(w, r, opts.ResponseHeader)
	if err != nil {
		return nil, err
	}
	c := &gorillaConn{conn: conn, transportWS: conn.Subprotocol() == transportWSProtocol, active: map[string]bool{}, open: g.open, server: r.Context()}
	c.open.add()
	if g.initTimeout > 0 {
		c.awaitingInit = true
		_ = conn.SetReadDeadline(time.Now().Add(g.initTimeout))
	}
	// The request's context ends when the server shuts down (the server's
	// base context is cancelled); the socket then closes as going away,
	// whether or not it has been initialised yet.
	c.stopShutdownWatch = context.AfterFunc(r.Context(), func() {
		c.closeWith(websocket.CloseGoingAway, "server shutting down")
		_ = conn.Close()
	})
	if holder, ok := r.Context().Value(socketKey{}).(*socketHolder); ok {
		holder.conn = c
	}
	return c, nil
}

// gorillaConn serialises writes, which gorilla allows from one goroutine at a
// time, and enforces graphql-transport-ws's rules on what the client sends.
type gorillaConn struct {
	conn        *websocket.Conn
	transportWS bool
	// server is the upgraded request's context, done when the server
	// shuts down.
	server context.Context

	mu        sync.Mutex // guards writes and closeSent
	closeSent bool

	// awaitingInit and initialised are only touched by the reading
	// goroutine (gqlgen reads from one goroutine at a time).
	awaitingInit bool
	initialised  bool

	activeMu sync.Mutex
	active   map[string]bool // operation ids running, until the server ends them

	stopShutdownWatch func() bool
	open              *Sockets
	closeOnce         sync.Once
}

var (
	_ transport.WebsocketConn          = (*gorillaConn)(nil)
	_ transport.WebsocketReadLimiter   = (*gorillaConn)(nil)
	_ transport.WebsocketReadDeadliner = (*gorillaConn)(nil)
)

// errClosedByAdapter ends gqlgen's read loop quietly after the adapter has
// closed the socket with a protocol code of its own.
var errClosedByAdapter = fmt.Errorf("%w by the graphql-transport-ws screen", transport.ErrWebsocketClosed)

func (c *gorillaConn) NextReader() (int, io.Reader, error) {
	for {
		mt, r, err := c.conn.NextReader()
		if err != nil {
			return mt, nil, c.readError(err)
		}
		if c.awaitingInit {
			c.awaitingInit = false
			_ = c.conn.SetReadDeadline(time.Time{})
		}
		if !c.transportWS {
			return mt, r, nil
		}
		msg, err := io.ReadAll(r)
		if err != nil {
			return mt, nil, c.readError(err)
		}
		forward, err := c.screen(msg)
		if err != nil {
			return mt, nil, err
		}
		if forward {
			return mt, bytes.NewReader(msg), nil
		}
	}
}

func (c *gorillaConn) readError(err error) error {
	var netErr net.Error
	switch {
	case websocket.IsCloseError(err, websocket.CloseNormalClosure, websocket.CloseGoingAway, websocket.CloseNoStatusReceived):
		return transport.ErrWebsocketClosed
	case c.awaitingInit && errors.As(err, &netErr) && netErr.Timeout():
		code := CloseInitTimeout
		if !c.transportWS {
			code = websocket.CloseProtocolError // what gqlgen sends on the legacy protocol
		}
		c.closeWith(code, "Connection initialisation timeout")
		return errClosedByAdapter
	}
	return err
}

// clientMessage is the envelope of a graphql-transport-ws client message.
type clientMessage struct {
	Type    string          `json:"type"`
	ID      string          `json:"id"`
	Payload json.RawMessage `json:"payload"`
}

// screen applies graphql-transport-ws's rules to one client message. It
// reports whether gqlgen should see the message; when the message breaks a
// rule it closes the socket with the rule's code and returns an error.
func (c *gorillaConn) screen(raw []byte) (bool, error) {
	var m clientMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return false, c.refuse(CloseBadMessage, "Bad message: invalid JSON")
	}
	switch m.Type {
	case "connection_init":
		if c.initialised {
			return false, c.refuse(CloseTooManyInits, "Too many initialisation requests")
		}
		if !isObjectOrAbsent(m.Payload) {
			return false, c.refuse(CloseBadMessage, "Bad message: the connection_init payload must be an object")
		}
		c.initialised = true
	case "ping", "pong":
		if !c.initialised {
			// Allowed at any time; gqlgen only expects them after init.
			if m.Type == "ping" {
				_ = c.WriteJSON(map[string]string{"type": "pong"})
			}
			return false, nil
		}
	case "subscribe":
		if !c.initialised {
			return false, c.refuse(CloseUnauthorised, "Unauthorized")
		}
		if m.ID == "" || !isObject(m.Payload) {
			return false, c.refuse(CloseBadMessage, "Bad message: subscribe needs an id and an object payload")
		}
		c.activeMu.Lock()
		duplicate := c.active[m.ID]
		c.active[m.ID] = true
		c.activeMu.Unlock()
		if duplicate {
			return false, c.refuse(CloseDuplicateID, "Subscriber for "+m.ID+" already exists")
		}
	case "complete":
		if !c.initialised {
			return false, c.refuse(CloseUnauthorised, "Unauthorized")
		}
		if m.ID == "" {
			return false, c.refuse(CloseBadMessage, "Bad message: complete needs an id")
		}
		// The id stays taken until gqlgen answers with its own complete:
		// gqlgen forgets the operation only after that, and a subscribe
		// reusing the id before then would be lost to its bookkeeping.
	default:
		return false, c.refuse(CloseBadMessage, fmt.Sprintf("Bad message: unknown type %q", m.Type))
	}
	return true, nil
}

func (c *gorillaConn) refuse(code int, reason string) error {
	c.closeWith(code, reason)
	return errClosedByAdapter
}

func (c *gorillaConn) forget(id string) {
	c.activeMu.Lock()
	delete(c.active, id)
	c.activeMu.Unlock()
}

func isObjectOrAbsent(payload json.RawMessage) bool {
	p := bytes.TrimSpace(payload)
	return len(p) == 0 || bytes.Equal(p, []byte("null")) || p[0] == '{'
}

func isObject(payload json.RawMessage) bool {
	p := bytes.TrimSpace(payload)
	return len(p) > 0 && p[0] == '{'
}

func (c *gorillaConn) WriteJSON(v any) error {
	msg, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if c.transportWS {
		// An operation the server has finished may be started again
		// under the same id.
		var m struct{ Type, ID string }
		if json.Unmarshal(msg, &m) == nil && (m.Type == "complete" || m.Type == "error") {
			c.forget(m.ID)
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	_ = c.conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return c.conn.WriteMessage(websocket.TextMessage, msg)
}

// WriteClose is gqlgen closing the socket. Its normal closure on a
// cancelled context is, when the server is shutting down, going away: gqlgen
// watches the same context as the shutdown watch in Accept and may close
// first. On graphql-transport-ws its 1002 (protocol error) becomes the
// protocol's 4400; the screen leaves gqlgen few reasons to send it.
func (c *gorillaConn) WriteClose(code int, message string) error {
	switch {
	case code == websocket.CloseNormalClosure && c.server.Err() != nil:
		code, message = websocket.CloseGoingAway, "server shutting down"
	case c.transportWS && code == websocket.CloseProtocolError:
		code = CloseBadMessage
	}
	c.closeWith(code, message)
	return nil
}

// closeWith sends the close frame once; later closes are no-ops, so the
// first reason given is the one the client sees.
func (c *gorillaConn) closeWith(code int, reason string) {
	if len(reason) > 123 { // a close frame's payload is at most 125 bytes
		reason = reason[:123]
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closeSent {
		return
	}
	c.closeSent = true
	_ = c.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(time.Second))
}

// Close releases the socket; gqlgen may call it more than once, and
// withSocketCleanup calls it again when the handler returns.
func (c *gorillaConn) Close() error {
	err := c.conn.Close()
	c.closeOnce.Do(func() {
		c.stopShutdownWatch()
		c.open.done()
	})
	return err
}

func (c *gorillaConn) Subprotocol() string               { return c.conn.Subprotocol() }
func (c *gorillaConn) SetReadLimit(limit int64)          { c.conn.SetReadLimit(limit) }
func (c *gorillaConn) SetReadDeadline(t time.Time) error { return c.conn.SetReadDeadline(t) }

type socketKey struct{}

// socketHolder carries the socket a request upgraded to back to
// withSocketCleanup.
type socketHolder struct{ conn *gorillaConn }

// withSocketCleanup closes the socket a websocket request upgraded to once
// gqlgen is done with it: on some refusals (a connection_init gqlgen cannot
// decode) gqlgen returns without closing, which would leave the connection
// open, with nobody reading it, until the client gives up.
func withSocketCleanup(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") == "" {
			next.ServeHTTP(w, r)
			return
		}
		holder := &socketHolder{}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), socketKey{}, holder)))
		if holder.conn != nil {
			_ = holder.conn.Close()
		}
	})
}

// Sockets counts the open websockets, so that a graceful shutdown can wait
// until each has sent its close frame. A nil *Sockets counts nothing.
type Sockets struct {
	mu   sync.Mutex
	n    int
	idle chan struct{} // closed when n drops to 0
}

func (s *Sockets) add() {
	if s == nil {
		return
	}
	s.mu.Lock()
	s.n++
	s.mu.Unlock()
}

func (s *Sockets) done() {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n--
	if s.n == 0 && s.idle != nil {
		close(s.idle)
		s.idle = nil
	}
}

// Wait returns once no websocket is open, or with ctx's error.
func (s *Sockets) Wait(ctx context.Context) error {
	s.mu.Lock()
	if s.n == 0 {
		s.mu.Unlock()
		return nil
	}
	if s.idle == nil {
		s.idle = make(chan struct{})
	}
	idle := s.idle
	s.mu.Unlock()
	select {
	case <-idle:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
