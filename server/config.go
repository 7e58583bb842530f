package server

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/keybs/platform/graph"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/webhook"
)

// Config is the server's configuration, read from the environment (see the
// README's table).
type Config struct {
	// Clock is the server's time; nil is the wall clock. Tests set it to
	// put limits and lifecycles where they want them.
	Clock          func() time.Time
	Env            string // development, test or production
	Addr           string
	PublicURL      string // base of links in responses (verify pages, reports)
	DatabaseURL    string
	DataDir        string
	JWTSecret      []byte
	EncryptionKey  []byte // 32 bytes, AES-256
	SigningKey     []byte // 32-byte Ed25519 seed for signing reports
	CORSOrigins    []string
	TrustedProxies []netip.Prefix
	MaxBodyBytes   int64
	LogLevel       slog.Level
	// WebhookAllowPrivate lets webhook deliveries from TEST endpoints reach
	// private, loopback and link-local addresses; LIVE endpoints reach public
	// addresses only, always. Never set in production; tests with loopback
	// receivers opt into it.
	WebhookAllowPrivate bool
	// WebhookTimeout bounds one delivery attempt.
	WebhookTimeout time.Duration
	// SandboxStep is how long the sandbox simulator waits between the steps
	// of a TEST case (KEYBS_SANDBOX_STEP); 0 turns it off.
	SandboxStep time.Duration
	// ScreeningList is the watch-list CSV the KYC check screens names
	// against (KEYBS_SCREENING_LIST); empty uses the built-in demo list.
	ScreeningList string
	// SMTPURL sends alert emails; empty writes them to the log.
	SMTPURL string
	// MailDir, when set and SMTPURL is not, receives every email as a file.
	MailDir string
	// Mailer, when set, sends every email instead (tests keep them).
	Mailer notify.Mailer
	// RequestLogRetention is how long raw request-log rows are kept.
	RequestLogRetention time.Duration
	// GraphQLIntrospection lets signed-in users query the GraphQL schema;
	// off by default in production.
	GraphQLIntrospection bool
	// GraphQLTimeout bounds the execution of one GraphQL query or mutation.
	GraphQLTimeout time.Duration
	// SessionRecheck is how often an open websocket checks that its session
	// is still signed in and its member still in the organization; zero
	// means 5 s. Tests shorten it.
	SessionRecheck time.Duration
	// GraphQLBudgets are GraphQL's per-minute budgets; zero fields take
	// graph.DefaultBudgets. Not read from the environment: load tools lift
	// them, as they lift a key's rate limit, so the budget is not what they
	// measure.
	GraphQLBudgets graph.Budgets
}

// Production reports whether the server runs in production mode.
func (c Config) Production() bool { return c.Env == "production" }

// WebhookPolicy says which addresses webhooks may be delivered to: public ones
// only, except that in development TEST endpoints may reach this machine (so
// `make run` can deliver to a local receiver) and that WebhookAllowPrivate
// opens private, loopback and link-local addresses to TEST endpoints. LIVE
// endpoints are public-only under every policy.
func (c Config) WebhookPolicy() webhook.Policy {
	return webhook.Policy{TestLoopback: c.Env == "development", AllowPrivate: c.WebhookAllowPrivate && !c.Production()}
}

// LoadConfig reads the configuration from getenv. Outside production, missing
// secrets are generated once into the data directory (with a warning) so a
// developer's `make run` just works; in production they are required.
func LoadConfig(getenv func(string) string, log *slog.Logger) (Config, error) {
	c := Config{
		Env:          envOr(getenv, "KEYBS_ENV", "development"),
		Addr:         envOr(getenv, "KEYBS_ADDR", "127.0.0.1:8080"),
		DataDir:      envOr(getenv, "KEYBS_DATA_DIR", "data"),
		MaxBodyBytes: 1 << 20,
	}
	switch c.Env {
	case "development", "test", "production":
	default:
		return c, fmt.Errorf("KEYBS_ENV must be development, test or production, not %q", c.Env)
	}
	c.DatabaseURL = envOr(getenv, "DATABASE_URL", "sqlite://"+filepath.Join(c.DataDir, "keybs.db"))
	c.PublicURL = strings.TrimSuffix(envOr(getenv, "KEYBS_PUBLIC_URL", "http://"+c.Addr), "/")
	if !strings.HasPrefix(c.PublicURL, "https://") && !strings.HasPrefix(c.PublicURL, "http://") {
		return c, fmt.Errorf("KEYBS_PUBLIC_URL must be an http(s) URL, not %q", c.PublicURL)
	}
	if v := getenv("KEYBS_MAX_BODY_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1024 {
			return c, fmt.Errorf("KEYBS_MAX_BODY_BYTES must be a number of bytes ≥ 1024, not %q", v)
		}
		c.MaxBodyBytes = n
	}
	c.SMTPURL = strings.TrimSpace(getenv("KEYBS_SMTP_URL"))
	c.MailDir = strings.TrimSpace(getenv("KEYBS_MAIL_DIR"))
	c.RequestLogRetention = 30 * 24 * time.Hour
	if v := getenv("KEYBS_REQUEST_LOG_RETENTION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < time.Hour {
			return c, fmt.Errorf("KEYBS_REQUEST_LOG_RETENTION must be a duration of at least 1h (e.g. 720h), not %q", v)
		}
		c.RequestLogRetention = d
	}
	c.ScreeningList = getenv("KEYBS_SCREENING_LIST")
	c.SandboxStep = 5 * time.Second
	if v := getenv("KEYBS_SANDBOX_STEP"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 0 || d > time.Hour || (d > 0 && d < 100*time.Millisecond) {
			return c, fmt.Errorf("KEYBS_SANDBOX_STEP must be 0 (off) or a duration from 100ms to 1h, not %q", v)
		}
		c.SandboxStep = d
	}
	c.WebhookTimeout = 15 * time.Second
	if v := getenv("KEYBS_WEBHOOK_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 100*time.Millisecond || d > time.Minute {
			return c, fmt.Errorf("KEYBS_WEBHOOK_TIMEOUT must be a duration from 100ms to 1m, not %q", v)
		}
		c.WebhookTimeout = d
	}
	switch v := getenv("KEYBS_WEBHOOK_ALLOW_PRIVATE"); v {
	case "", "false", "0":
	case "true", "1":
		if c.Production() {
			return c, errors.New("KEYBS_WEBHOOK_ALLOW_PRIVATE cannot be set when KEYBS_ENV=production")
		}
		c.WebhookAllowPrivate = true
	default:
		return c, fmt.Errorf("KEYBS_WEBHOOK_ALLOW_PRIVATE must be true or false, not %q", v)
	}
	c.GraphQLIntrospection = !c.Production()
	switch v := getenv("KEYBS_GRAPHQL_INTROSPECTION"); v {
	case "":
	case "true", "1":
		c.GraphQLIntrospection = true
	case "false", "0":
		c.GraphQLIntrospection = false
	default:
		return c, fmt.Errorf("KEYBS_GRAPHQL_INTROSPECTION must be true or false, not %q", v)
	}
	c.GraphQLTimeout = 10 * time.Second
	if v := getenv("KEYBS_GRAPHQL_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 100*time.Millisecond || d > 5*time.Minute {
			return c, fmt.Errorf("KEYBS_GRAPHQL_TIMEOUT must be a duration from 100ms to 5m, not %q", v)
		}
		c.GraphQLTimeout = d
	}
	if err := c.LogLevel.UnmarshalText([]byte(envOr(getenv, "KEYBS_LOG_LEVEL", "info"))); err != nil {
		return c, fmt.Errorf("KEYBS_LOG_LEVEL: %w", err)
	}
	for _, o := range splitList(getenv("KEYBS_CORS_ORIGINS")) {
		if !strings.HasPrefix(o, "https://") && !strings.HasPrefix(o, "http://") {
			return c, fmt.Errorf("KEYBS_CORS_ORIGINS: %q is not an http(s) origin", o)
		}
		c.CORSOrigins = append(c.CORSOrigins, strings.TrimSuffix(o, "/"))
	}
	for _, p := range splitList(getenv("KEYBS_TRUSTED_PROXIES")) {
		prefix, err := netip.ParsePrefix(p)
		if err != nil {
			addr, aerr := netip.ParseAddr(p)
			if aerr != nil {
				return c, fmt.Errorf("KEYBS_TRUSTED_PROXIES: %q is not a CIDR or an IP address", p)
			}
			prefix = netip.PrefixFrom(addr, addr.BitLen())
		}
		c.TrustedProxies = append(c.TrustedProxies, prefix.Masked())
	}
	var err error
	if c.JWTSecret, err = c.secret(getenv, log, "KEYBS_JWT_SECRET", "jwt_secret", 32); err != nil {
		return c, err
	}
	if c.EncryptionKey, err = c.secret(getenv, log, "KEYBS_ENCRYPTION_KEY", "encryption_key", 32); err != nil {
		return c, err
	}
	if len(c.EncryptionKey) != 32 {
		return c, errors.New("KEYBS_ENCRYPTION_KEY must be 32 bytes, written as 64 hex characters")
	}
	if c.SigningKey, err = c.secret(getenv, log, "KEYBS_SIGNING_KEY", "signing_key", 32); err != nil {
		return c, err
	}
	if len(c.SigningKey) != 32 {
		return c, errors.New("KEYBS_SIGNING_KEY must be a 32-byte Ed25519 seed, written as 64 hex characters")
	}
	return c, nil
}

// secret reads a hex-encoded secret from the environment or, outside
// production, from (or into) a file in the data directory.
func (c Config) secret(getenv func(string) string, log *slog.Logger, env, file string, minLen int) ([]byte, error) {
	if v := getenv(env); v != "" {
		b, err := hex.DecodeString(v)
		if err != nil || len(b) < minLen {
			return nil, fmt.Errorf("%s must be at least %d bytes written as hex (try: openssl rand -hex %d)", env, minLen, minLen)
		}
		return b, nil
	}
	if c.Production() {
		return nil, fmt.Errorf("%s is required when KEYBS_ENV=production", env)
	}
	path := filepath.Join(c.DataDir, file)
	if b, err := os.ReadFile(path); err == nil {
		key, err := hex.DecodeString(strings.TrimSpace(string(b)))
		if err != nil || len(key) < minLen {
			return nil, fmt.Errorf("%s holds no valid secret; delete it to generate a new one", path)
		}
		return key, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	key := make([]byte, minLen)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(c.DataDir, 0o700); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(key)+"\n"), 0o600); err != nil {
		return nil, err
	}
	log.Warn("generated a development secret; set it explicitly in production", "env", env, "file", path)
	return key, nil
}

func envOr(getenv func(string) string, key, def string) string {
	if v := strings.TrimSpace(getenv(key)); v != "" {
		return v
	}
	return def
}

func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
