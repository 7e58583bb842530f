// Package server is the composition root: it opens the database, wires the
// domain services to the GraphQL and REST transports, wraps them in the common
// middleware and serves HTTP until told to stop.
package server

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	"github.com/rs/cors"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/graph"
	"github.com/keybs/platform/internal/agecheck"
	"github.com/keybs/platform/internal/alerts"
	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/application"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/dispute"
	"github.com/keybs/platform/internal/escrow"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/figures"
	"github.com/keybs/platform/internal/fraud"
	"github.com/keybs/platform/internal/idempotency"
	"github.com/keybs/platform/internal/kyc"
	"github.com/keybs/platform/internal/metering"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/primitives"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/risk"
	"github.com/keybs/platform/internal/screening"
	"github.com/keybs/platform/internal/sdktoken"
	"github.com/keybs/platform/internal/secretbox"
	"github.com/keybs/platform/internal/sharetoken"
	"github.com/keybs/platform/internal/signing"
	"github.com/keybs/platform/internal/team"
	"github.com/keybs/platform/internal/tenancy"
	trustmodule "github.com/keybs/platform/internal/trust"
	"github.com/keybs/platform/internal/usage"
	"github.com/keybs/platform/internal/userverify"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/webhook"
	"github.com/keybs/platform/portal"
	"github.com/keybs/platform/rest"
	"github.com/keybs/platform/server/browsersession"
	"github.com/keybs/platform/server/sdkpage"
	"github.com/keybs/platform/server/trust"
)

// Server is a wired KeyBS server.
type Server struct {
	cfg  Config
	log  *slog.Logger
	DB   *database.DB
	Auth *auth.Service
	Keys *apikey.Service
	Bus  *events.Bus
	// Limiter counts every budget (per key, user, IP, route, hard quota):
	// shared through PostgreSQL by every replica, or in memory on SQLite.
	Limiter      ratelimit.Store
	sharedLimits *ratelimit.Postgres
	idempotency  *idempotency.Store
	// Chain resolves every request's credentials, for REST, GraphQL and
	// websockets alike.
	Chain   *auth.Chain
	keyAuth *apikey.Authenticator
	current *auth.Current
	// Team manages members and invitations.
	Team *team.Service
	// Notifier raises portal notifications (and emails them).
	Notifier *notify.Notifier
	// Dispatcher delivers webhooks, Usage records /v1 calls, Alerts raises
	// reminders and anomalies; Start runs them.
	Dispatcher *webhook.Dispatcher
	Usage      *usage.Recorder
	Quotas     *usage.Quotas
	Alerts     *alerts.Scheduler
	Signing    *signing.Keyring // signs reports; publishes the keys that check them
	// Verifications runs the lifecycle; its scheduler (simulator, expiry)
	// is one of the workers Start runs.
	Verifications *verification.Service
	workers       sync.WaitGroup
	handler       http.Handler
	now           func() time.Time
	// sockets counts open GraphQL websockets, which a graceful shutdown
	// waits on so each sends its close frame.
	sockets *graph.Sockets
}

// New opens and migrates the database and wires every service.
func New(ctx context.Context, cfg Config, log *slog.Logger) (_ *Server, err error) {
	// The watch list is read first: a bad KEYBS_SCREENING_LIST stops the
	// server before it opens anything.
	watchList := screening.Demo()
	if cfg.ScreeningList != "" {
		if watchList, err = screening.Load(cfg.ScreeningList); err != nil {
			return nil, err
		}
	}
	log.Info("screening list", "source", watchList.Source, "entries", watchList.Len(), "demo", watchList.Demo)
	// So is the price table: a bad KEYBS_PRICE_TABLE must not bill anyone.
	prices, err := metering.LoadTable(cfg.PriceTable)
	if err != nil {
		return nil, err
	}
	db, err := database.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return nil, err
	}
	now := cfg.Clock
	if now == nil {
		now = time.Now
	}
	s := &Server{cfg: cfg, log: log, DB: db, now: now, Bus: events.NewBus(db.Dialect, log)}
	defer func() {
		if err != nil {
			_ = s.release()
		}
	}()
	tokens, err := auth.NewTokens(cfg.JWTSecret, now)
	if err != nil {
		return nil, err
	}
	if s.keyAuth, err = apikey.NewAuthenticator(db.SQL, db.Dialect, now, log); err != nil {
		return nil, err
	}
	keyAuth := s.keyAuth
	box, err := secretbox.New(cfg.EncryptionKey)
	if err != nil {
		return nil, err
	}
	if s.Signing, err = signing.Open(ctx, db.Client, cfg.SigningKey, now); err != nil {
		return nil, err
	}
	if err := s.openLimiter(); err != nil {
		return nil, err
	}
	s.Auth = auth.NewService(db.Client, tokens, s.Limiter, now, log)
	s.Auth.Box, s.Auth.PublicURL = box, cfg.PublicURL
	if s.current, err = auth.NewCurrent(db.SQL, db.Dialect); err != nil {
		return nil, err
	}
	// The portal session comes first: a Bearer JWT wins over an X-API-Key
	// sent with it (seed 004); each session's roles are read from its
	// membership on every request. Share and SDK tokens come before API
	// keys, which would otherwise claim their kbs_ prefixes in a header and
	// refuse them as malformed keys instead of saying where they belong.
	s.Chain = auth.NewChain(auth.SessionResolver{Tokens: tokens, Current: s.current},
		sharetoken.NewResolver(db.Client, now), sdktoken.NewResolver(db.Client, now), keyAuth).
		ThrottleFailures(auth.NewFailureThrottle(s.Limiter, auth.FailuresPerMinute, now, log))
	s.Keys = apikey.NewService(db.Client, s.Bus, now)
	s.idempotency = idempotency.NewStore(db.Client, now)
	cursorKey := sha256.Sum256(append([]byte("keybs list cursors\x00"), cfg.EncryptionKey...))
	s.Verifications = verification.NewService(db.Client, s.Bus, now, cursorKey[:], cfg.PublicURL)
	shares := sharetoken.NewService(db.Client, now)
	sdkTokens := sdktoken.NewService(db.Client, s.Verifications, now, cfg.PublicURL)
	s.Verifications.Signer, s.Verifications.SandboxStep = s.Signing, cfg.SandboxStep
	if err := s.Verifications.SignUnsignedDemoReports(ctx); err != nil {
		return nil, err
	}
	webhookPolicy := cfg.WebhookPolicy()
	webhooks := webhook.NewService(db.Client, s.Bus, box, now, webhook.Guard{Policy: webhookPolicy})
	webhooks.SetReauthenticator(s.Auth) // revealWebhookSecret asks for a fresh password or MFA code
	mailer, err := notify.NewMailer(cfg.SMTPURL, log)
	switch {
	case cfg.Mailer != nil:
		mailer = cfg.Mailer
	case cfg.SMTPURL == "" && cfg.MailDir != "" && err == nil:
		mailer, err = notify.NewDirMailer(cfg.MailDir)
	}
	if err != nil {
		return nil, err
	}
	notifier := notify.New(db.Client, s.Bus, mailer, log)
	s.Notifier = notifier
	s.Auth.Mail = mailer
	s.Keys.Mail, s.Keys.Log = mailer, log
	s.keyAuth.Bus = s.Bus
	s.Team = team.New(team.Options{Client: db.Client, Bus: s.Bus, Sessions: s.Auth, Mail: mailer, Now: now,
		PublicURL: cfg.PublicURL, Dialect: db.Dialect, Log: log})
	s.Auth.Invitations = s.Team
	s.Dispatcher = webhook.NewDispatcher(db.Client, s.Bus, box, webhook.DispatcherOptions{
		Dialect: db.Dialect, Log: log, Now: now, Policy: webhookPolicy, Workers: webhook.DefaultWorkers,
		Timeout: cfg.WebhookTimeout, Notifier: notifier,
	})
	s.Quotas = usage.NewQuotas(db.Client, notifier, s.Limiter, log, now)
	s.Alerts = alerts.NewScheduler(db.Client, notifier, log, now, cfg.RequestLogRetention)
	s.Usage = usage.NewRecorder(db.Client, s.Bus, usage.RecorderOptions{Log: log, AfterFlush: func(ctx context.Context, f usage.Flushed) {
		s.Quotas.CheckDue(ctx, f.LiveTenants)
		s.Alerts.NewIPs(ctx, f)
	}})
	analytics := usage.NewService(db.Client, s.Bus, now)
	meter := metering.NewService(db.Client, prices, now)
	s.Auth.NewTenantHooks = append(s.Auth.NewTenantHooks, func(ctx context.Context, client *ent.Client, t *ent.Tenant) error {
		return s.Verifications.SeedDemo(ctx, client, t.ID)
	})
	escrows := escrow.NewService(db.Client, s.Bus, now)
	// Disputes may be raised against escrows and transaction checks.
	disputes := dispute.NewService(db.Client, s.Bus, now, escrows, risk.CheckExists)
	resolver := &graph.Resolver{
		Client:        db.Client,
		Auth:          s.Auth,
		Chain:         s.Chain,
		Tenancy:       tenancy.NewService(db.Client, now),
		Apps:          application.NewService(db.Client, now),
		Keys:          s.Keys,
		Webhooks:      webhooks,
		EventLog:      events.NewReader(db.Client, s.Bus),
		Usage:         analytics,
		Quotas:        s.Quotas,
		Verifications: s.Verifications,
		Notifier:      notifier,
		Shares:        shares,
		Team:          s.Team,
		Disputes:      disputes,
		Escrows:       escrows,
		Figures:       figures.NewService(db.Client, now),
		Metering:      meter,
	}
	browser := &browsersession.Handler{Auth: s.Auth, Log: log, Origins: cfg.CORSOrigins}

	mux := http.NewServeMux()
	limits := graph.DefaultLimits()
	limits.Timeout = cfg.GraphQLTimeout
	s.sockets = &graph.Sockets{}
	mux.Handle("/graphql", browser.Middleware(s.Chain.Middleware(graph.Accepts, graph.NewHandler(resolver, graph.HandlerOptions{
		Log: log, CheckOrigin: s.allowedOrigin, Limits: limits, Sockets: s.sockets, Limiter: s.Limiter, Now: now,
		SessionRecheck: cfg.SessionRecheck, Budgets: cfg.GraphQLBudgets,
		Introspection: cfg.GraphQLIntrospection, Suggestions: !cfg.Production(),
	}))))
	browser.Register(mux)
	fraudService := fraud.NewService(db.Client, now)
	v1 := s.Chain.Middleware(rest.Accepts, rest.NewHandler(rest.Deps{
		Log:           log,
		PublicURL:     cfg.PublicURL,
		Keys:          s.Keys,
		Verifications: s.Verifications,
		Webhooks:      webhooks,
		Limiter:       s.Limiter,
		Now:           now,
		Usage:         s.Usage,
		Quotas:        s.Quotas,
		Analytics:     analytics,
		Audit:         audit.NewReader(db.Client),
		Idempotency:   s.idempotency,
		Chain:         s.Chain,
		Shares:        shares,
		SDKTokens:     sdkTokens,
		Modules:       resolver.Apps,
		KYC:           kyc.NewService(db.Client, s.Bus, now, watchList),
		AgeCheck:      agecheck.New(now),
		Metering:      meter,
		Risk:          risk.NewService(db.Client, now),
		Escrows:       escrows,
		Disputes:      disputes,
		Fraud:         fraudService,
		UserVerify:    userverify.NewService(db.Client, now, watchList),
		Trust:         trustmodule.NewService(s.Verifications, cfg.PublicURL, now),
		Primitives:    primitives.NewService(watchList, fraudService),
	}))
	mux.Handle("/v1/", v1)
	// Seed 002's internal app mirror: the same handlers, credentials and
	// limits under /api/public, so both paths always answer alike.
	mux.Handle("/api/public/v1/", http.StripPrefix("/api/public", v1))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		rest.WriteJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.ready)
	(&trust.Handler{Verifications: s.Verifications, Keys: s.Signing, Log: log, PublicURL: cfg.PublicURL}).Register(mux)
	formKey := sha256.Sum256(append([]byte("keybs sdk page forms\x00"), cfg.EncryptionKey...))
	(&sdkpage.Handler{Chain: s.Chain, SDK: sdkTokens, Limiter: s.Limiter, Now: now, Log: log,
		FormKey: formKey[:]}).Register(mux)
	mux.Handle("/", portal.Handler())

	corsHandler := cors.New(cors.Options{
		// rs/cors reads an empty list as "any origin"; an empty allowlist
		// here means none, so the function decides.
		AllowOriginFunc:  func(origin string) bool { return slices.Contains(cfg.CORSOrigins, origin) },
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodPatch, http.MethodDelete, http.MethodOptions},
		AllowedHeaders:   []string{"Authorization", "Content-Type", "X-API-Key", "X-Request-Id", "Idempotency-Key"},
		ExposedHeaders:   []string{"X-Request-Id", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After", "Idempotent-Replayed"},
		AllowCredentials: false,
		MaxAge:           600,
	})
	var h http.Handler = mux
	h = withBodyLimit(cfg.MaxBodyBytes, h)
	h = corsHandler.Handler(h)
	h = withRecover(log, h)
	h = withSecurityHeaders(h)
	h = withAccessLog(log, h)
	h = withRequestInfo(cfg.TrustedProxies, h)
	s.handler = h
	return s, nil
}

// PublicURL is the base of the links the server sends (KEYBS_PUBLIC_URL).
func (s *Server) PublicURL() string { return s.cfg.PublicURL }

// Handler returns the server's root handler.
func (s *Server) Handler() http.Handler { return s.handler }

// Start runs the background workers (the event listener on PostgreSQL and the
// webhook dispatcher) until ctx ends. It returns once they are listening.
func (s *Server) Start(ctx context.Context) error {
	if s.DB.Dialect == dialect.Postgres {
		if err := s.Bus.Listen(ctx, s.cfg.DatabaseURL); err != nil {
			return err
		}
	}
	s.warnWebhookReach()
	// A new version of the terms is announced to the tenants that accepted
	// an older one (once each, whichever replica gets there first).
	if n, err := tenancy.NotifyOutdatedTerms(ctx, s.DB.Client, s.Notifier); err != nil {
		s.log.Warn("could not announce the new terms of service", "error", err)
	} else if n > 0 {
		s.log.Info("announced the new terms of service", "tenants", n, "version", tenancy.CurrentTerms.Version)
	}
	s.Usage.Start()
	s.workers.Add(3)
	go func() {
		defer s.workers.Done()
		s.Dispatcher.Run(ctx)
	}()
	go func() {
		defer s.workers.Done()
		s.Alerts.Run(ctx, time.Minute)
	}()
	go func() {
		defer s.workers.Done()
		s.Verifications.Run(ctx, lifecycleInterval(s.cfg.SandboxStep), s.log)
	}()
	s.workers.Add(1)
	go func() {
		defer s.workers.Done()
		s.idempotency.Run(ctx)
	}()
	// Rotated keys' notify_emails hear once when the grace period ends.
	s.workers.Add(1)
	go func() {
		defer s.workers.Done()
		s.Keys.Run(ctx, time.Minute)
	}()
	if s.sharedLimits != nil {
		s.workers.Add(1)
		go func() {
			defer s.workers.Done()
			s.sharedLimits.Run(ctx, s.now)
		}()
	}
	return nil
}

// warnWebhookReach says at start-up when webhook deliveries may reach more
// than the public internet: a delivery log shows the first KiB of each reply,
// so such a server must not serve tenants who should not read this machine's
// or this network's services.
func (s *Server) warnWebhookReach() {
	switch p := s.cfg.WebhookPolicy(); {
	case p.AllowPrivate:
		s.log.Warn("KEYBS_WEBHOOK_ALLOW_PRIVATE is set: TEST webhook endpoints may be delivered to private, loopback and link-local addresses, and their replies appear in delivery logs (LIVE endpoints stay public-only); never set it on a server other people use")
	case p.TestLoopback:
		s.log.Warn("KEYBS_ENV=development: TEST webhook endpoints may be delivered to this machine's loopback addresses, and their replies appear in delivery logs; use KEYBS_ENV=production for a server other people use")
	}
}

// Close waits for the background workers (stopped by cancelling Start's
// context), flushes background writers and releases the database.
func (s *Server) Close() error {
	s.Usage.Close() // writes every queued request-log entry
	s.workers.Wait()
	s.Auth.Flush() // account emails in flight
	return s.release()
}

// release closes what New opened, in reverse order.
func (s *Server) release() error {
	var errs []error
	if s.sharedLimits != nil {
		errs = append(errs, s.sharedLimits.Close())
	}
	if s.current != nil {
		errs = append(errs, s.current.Close())
	}
	if s.keyAuth != nil {
		errs = append(errs, s.keyAuth.Close())
	}
	return errors.Join(append(errs, s.DB.Close())...)
}

// openLimiter picks the rate-limit store: the counters in PostgreSQL that
// every replica shares, or memory for SQLite, which is one process.
func (s *Server) openLimiter() error {
	if s.DB.Dialect != dialect.Postgres {
		s.Limiter = ratelimit.NewMemory()
		return nil
	}
	pg, err := ratelimit.NewPostgres(s.DB.SQL)
	if err != nil {
		return err
	}
	s.sharedLimits, s.Limiter = pg, pg
	return nil
}

// ready answers 200 when the database answers, 503 otherwise.
func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.DB.SQL.PingContext(ctx); err != nil {
		s.log.Warn("readiness check failed", "error", err)
		rest.WriteJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "database": "unreachable"})
		return
	}
	rest.WriteJSON(w, http.StatusOK, map[string]string{"status": "ok", "database": s.DB.Dialect})
}

// allowedOrigin lets a websocket be opened from no browser, from the server's
// own origin, or from an origin in the CORS allowlist.
func (s *Server) allowedOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil {
		return false
	}
	return u.Host == r.Host || slices.Contains(s.cfg.CORSOrigins, origin)
}

// Serve serves HTTP on ln until ctx is done, then shuts down gracefully:
// in-flight requests finish (up to 15 s) and open websockets are closed.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	base, cancelBase := context.WithCancel(context.Background())
	defer cancelBase()
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return base },
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	workers, stopWorkers := context.WithCancel(context.Background())
	defer stopWorkers()
	if err := s.Start(workers); err != nil {
		return err
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	cancelBase() // ends subscriptions on hijacked websocket connections
	// The workers stop while HTTP drains: the dispatcher claims nothing more
	// and finishes the attempts in flight (Close waits for them).
	stopWorkers()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	err := errors.Join(srv.Shutdown(shutdownCtx), s.sockets.Wait(shutdownCtx))
	s.Usage.Close() // the HTTP server has stopped: write what it recorded
	if err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Run listens on cfg.Addr and serves until ctx is done. ready, when set, is
// called with the bound address once the server accepts connections.
func Run(ctx context.Context, cfg Config, log *slog.Logger, ready func(addr string)) error {
	s, err := New(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer s.Close()
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	if ready != nil {
		ready(ln.Addr().String())
	}
	return s.Serve(ctx, ln)
}

// LiftRateLimit sets every API key's per-minute budget to n. Benchmarks use it
// so the limiter is exercised but not what is measured.
func (s *Server) LiftRateLimit(ctx context.Context, n int) error {
	return s.DB.Client.APIKey.Update().SetRateLimitPerMinute(n).Exec(privacy.DecisionContext(ctx, privacy.Allow))
}

// lifecycleInterval is how often the lifecycle's timed work runs: every
// sandbox step, but at least once a minute for expiry.
func lifecycleInterval(step time.Duration) time.Duration {
	if step > 0 && step < time.Minute {
		return step
	}
	return time.Minute
}
