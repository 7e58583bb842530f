package graph

import (
	"cmp"
	"context"
	"errors"
	"log/slog"
	"math"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/keybs/platform/graph/generated"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/viewer"
)

// HandlerOptions configures the GraphQL endpoint.
type HandlerOptions struct {
	Log *slog.Logger
	// CheckOrigin decides whether a browser page on another origin may open a
	// websocket.
	CheckOrigin func(r *http.Request) bool
	// Limits bound each request (see limits.go); a limit left at zero is
	// DefaultLimits'.
	Limits Limits
	// Introspection lets signed-in callers query the schema; Suggestions
	// lets validation errors propose names ("Did you mean …?"). Both are
	// off in production.
	Introspection, Suggestions bool
	// WebsocketInitTimeout closes a socket that sends no connection_init
	// in time with 4408; zero means 10 s.
	WebsocketInitTimeout time.Duration
	// Sockets, when set, counts the open websockets for a graceful
	// shutdown to wait on.
	Sockets *Sockets
	// SessionRecheck is how often an open websocket checks that its session
	// is still signed in and its user still a member; one that is not is
	// closed with 4403. Zero means 5 s.
	SessionRecheck time.Duration
	// Limiter, when set, holds the per-minute Budgets (zero fields take
	// DefaultBudgets'); Now is its clock.
	Limiter ratelimit.Store
	Budgets Budgets
	Now     func() time.Time
}

// NewHandler returns the /graphql endpoint: POST and GET queries, and
// subscriptions over websocket (graphql-transport-ws and the legacy graphql-ws
// protocol) authenticated in connection_init. HTTP requests are authenticated
// by the server's middleware before they reach it.
func NewHandler(r *Resolver, opts HandlerOptions) http.Handler {
	limits := opts.Limits.withDefaults()
	schema := generated.NewExecutableSchema(generated.Config{Resolvers: r})
	srv := handler.New(schema)
	srv.AddTransport(transport.Websocket{
		Implementation: gorillaWebsocket{
			checkOrigin: opts.CheckOrigin, open: opts.Sockets,
			initTimeout: cmp.Or(opts.WebsocketInitTimeout, 10*time.Second),
		},
		InitFunc:              websocketInit(r.Chain, cmp.Or(opts.SessionRecheck, 5*time.Second), opts.Log),
		KeepAlivePingInterval: 15 * time.Second,
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(requestErrors{transport.GET{}})
	srv.AddTransport(requestErrors{transport.POST{}})
	validated := lru.New[*ast.QueryDocument](1000)
	srv.SetQueryCache(validated)
	srv.SetParserTokenLimit(limits.MaxTokens)
	if !opts.Suggestions {
		srv.SetDisableSuggestion(true)
		srv.SetValidationRulesFn(rulesWithoutSuggestions)
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(documentLimits{limits: limits, validated: validated}) // after APQ: it checks the query APQ found
	srv.Use(operationLimits{limits: limits, schema: schema.Schema(), introspection: opts.Introspection})
	if opts.Limiter != nil {
		now := opts.Now
		if now == nil {
			now = time.Now
		}
		srv.Use(operationBudget{limiter: opts.Limiter, now: now, budgets: opts.Budgets.withDefaults()})
	}
	srv.AroundOperations(limits.deadline)
	srv.SetErrorPresenter(presentError(opts.Log))
	srv.SetRecoverFunc(recoverPanic(opts.Log))
	return withInputGuard(withSocketCleanup(srv))
}

// Accepts are the principals GraphQL takes: portal sessions (partners and
// staff). API keys authenticate REST /v1 only.
var Accepts = viewer.Accept(viewer.KindSession)

// CloseUnauthorized is the websocket close code for a connection_init whose
// credentials are missing or invalid (graphql-transport-ws's Forbidden).
const CloseUnauthorized = 4403

// websocketInit authenticates a websocket from the Authorization entry of its
// connection_init payload through the same credential chain HTTP requests
// take, then watches the session for as long as the socket is open.
func websocketInit(chain *auth.Chain, recheck time.Duration, log *slog.Logger) transport.WebsocketInitFunc {
	checks := newSessionChecks(chain, recheck/2)
	return func(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
		p, err := chain.Resolve(ctx, auth.Credentials{
			Authorization: payload.Authorization(),
			ClientIP:      requestinfo.FromContext(ctx).ClientIP,
		}, Accepts)
		switch {
		case err != nil:
			return transport.WithWebsocketCloseCode(ctx, CloseUnauthorized), nil, errors.New("unauthorized: " + fault.From(err).Message)
		case p == nil:
			return transport.WithWebsocketCloseCode(ctx, CloseUnauthorized), nil,
				errors.New("unauthorized: send {\"Authorization\":\"Bearer <access token>\"} in connection_init")
		}
		if holder, ok := ctx.Value(socketKey{}).(*socketHolder); ok && holder.conn != nil {
			watchSession(ctx, checks, p, recheck, holder.conn, log)
		}
		return viewer.NewContext(ctx, p), nil, nil
	}
}

// watchSession closes conn with 4403 once p's session is signed out or its
// user removed from the organization, so no subscription outlives the
// right to it. It rechecks every interval until ctx (the socket's request)
// ends; a database that cannot answer keeps the socket open. A timer, not a
// parked goroutine, waits between rechecks: an open socket's cost is its
// goroutines' stacks, and this one would be parked for all but an instant
// of every interval.
func watchSession(ctx context.Context, checks *sessionChecks, p *viewer.Principal, every time.Duration, conn *gorillaConn, log *slog.Logger) {
	var timer *time.Timer
	recheck := func() {
		if ctx.Err() != nil {
			return // the socket closed as the timer fired
		}
		err := checks.check(ctx, p)
		switch {
		case err == nil:
		case fault.Is(err, fault.Unauthorized) || fault.Is(err, fault.Forbidden):
			conn.closeWith(CloseUnauthorized, fault.From(err).Message)
			_ = conn.Close()
			return
		case ctx.Err() == nil && log != nil:
			log.Warn("could not recheck a websocket's session", "error", err)
		}
		if ctx.Err() == nil {
			timer.Reset(every)
		}
	}
	// Made unarmed and armed once assigned, so recheck never reads timer
	// before it is set.
	timer = time.AfterFunc(math.MaxInt64, recheck)
	timer.Reset(every)
	context.AfterFunc(ctx, func() { timer.Stop() })
}
