// Package servertest starts a real KeyBS server on a fresh database for tests
// and speaks GraphQL to it the way the portal does.
package servertest

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/keybs/platform/server"
)

// Server is a running test server.
type Server struct {
	*server.Server
	HTTP *httptest.Server
	URL  string
}

// Start wires a server on dbURL and serves it on a loopback port until the test
// ends. mutate, when given, adjusts the configuration first.
func Start(t *testing.T, dbURL string, mutate ...func(*server.Config)) *Server {
	t.Helper()
	secret := bytes.Repeat([]byte{7}, 32)
	env := map[string]string{
		"KEYBS_ENV":            "test",
		"KEYBS_DATA_DIR":       t.TempDir(),
		"DATABASE_URL":         dbURL,
		"KEYBS_JWT_SECRET":     hex.EncodeToString(secret),
		"KEYBS_ENCRYPTION_KEY": hex.EncodeToString(secret),
		// Sandbox cases stay where a test puts them; a test of the
		// simulator sets cfg.SandboxStep (or drives Verifications.Tick).
		"KEYBS_SANDBOX_STEP": "0",
	}
	log := Logger(t)
	cfg, err := server.LoadConfig(func(k string) string { return env[k] }, log)
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	// The listener exists before the server is wired, so the links the
	// server hands out (verify_url, pdf_url, the OpenAPI servers) point at
	// this test server and a test can follow them.
	ts := httptest.NewUnstartedServer(nil)
	cfg.PublicURL = "http://" + ts.Listener.Addr().String()
	for _, m := range mutate {
		m(&cfg)
	}
	s, err := server.New(context.Background(), cfg, log)
	if err != nil {
		ts.Close()
		t.Fatalf("start server: %v", err)
	}
	workers, stop := context.WithCancel(context.Background())
	if err := s.Start(workers); err != nil {
		stop()
		ts.Close()
		t.Fatalf("start workers: %v", err)
	}
	ts.Config.Handler = s.Handler()
	ts.Start()
	t.Cleanup(func() {
		ts.CloseClientConnections()
		ts.Close()
		stop()
		_ = s.Close()
	})
	return &Server{Server: s, HTTP: ts, URL: ts.URL}
}

// AllowPrivateWebhooks lets webhooks reach loopback receivers, as
// KEYBS_WEBHOOK_ALLOW_PRIVATE=true does. Tests that deliver to an httptest
// server opt into it; without it a test server has KEYBS_ENV=test's policy,
// which refuses loopback, private and link-local addresses.
func AllowPrivateWebhooks(c *server.Config) { c.WebhookAllowPrivate = true }

// Production runs the server with production's policies (the configuration is
// otherwise the test one: its fixed secrets, a fresh data directory).
func Production(c *server.Config) { c.Env = "production" }

// Logger returns a logger that writes to the test log only when KEYBS_TEST_LOG
// is set, so failures stay readable.
func Logger(t *testing.T) *slog.Logger {
	if os.Getenv("KEYBS_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(testWriter{t}, nil))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// Error is one GraphQL error as the server returns it.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code returns the error's extensions.code.
func (e Error) Code() string { c, _ := e.Extensions["code"].(string); return c }

// Field returns the error's extensions.field.
func (e Error) Field() string { f, _ := e.Extensions["field"].(string); return f }

// Response is a GraphQL response.
type Response struct {
	Data   json.RawMessage `json:"data"`
	Errors []Error         `json:"errors"`
}

// Decode unmarshals the data into v, failing the test on GraphQL errors.
func (r Response) Decode(t *testing.T, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected GraphQL errors: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode data %s: %v", r.Data, err)
	}
}

// Err returns the response's only error, failing the test when there is not
// exactly one.
func (r Response) Err(t *testing.T) Error {
	t.Helper()
	if len(r.Errors) != 1 {
		t.Fatalf("want exactly one GraphQL error, got %d: %+v (data %s)", len(r.Errors), r.Errors, r.Data)
	}
	return r.Errors[0]
}

// GraphQL posts an operation with an optional bearer token.
func (s *Server) GraphQL(t *testing.T, token, query string, vars map[string]any) Response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := s.HTTP.Client().Do(req)
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var out Response
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("POST /graphql: status %d, body %s: %v", res.StatusCode, raw, err)
	}
	return out
}

// Session is what signUp and logIn return.
type Session struct {
	AccessToken  string `json:"accessToken"`
	RefreshToken string `json:"refreshToken"`
	ExpiresAt    string `json:"expiresAt"`
	User         struct {
		ID    string `json:"id"`
		Email string `json:"email"`
	} `json:"user"`
	TenantID string `json:"-"`
}

// SignUpMutation is the portal's sign-up operation.
const SignUpMutation = `mutation($input: SignUpInput!) {
  signUp(input: $input) { accessToken refreshToken expiresAt user { id email } }
}`

// SignUp creates an account and organisation and returns its session, with the
// tenant id filled in.
func (s *Server) SignUp(t *testing.T, email, org string) Session {
	t.Helper()
	var data struct{ SignUp Session }
	s.GraphQL(t, "", SignUpMutation, map[string]any{"input": map[string]any{
		"email": email, "password": "correct horse battery", "name": "Test User",
		"organizationName": org, "industry": "FINTECH", "acceptTerms": true,
	}}).Decode(t, &data)
	var v struct {
		Viewer struct {
			Memberships []struct{ Tenant struct{ ID string } }
		}
	}
	s.GraphQL(t, data.SignUp.AccessToken, `{ viewer { memberships { tenant { id } } } }`, nil).Decode(t, &v)
	if len(v.Viewer.Memberships) != 1 {
		t.Fatalf("new account has %d memberships, want 1", len(v.Viewer.Memberships))
	}
	data.SignUp.TenantID = v.Viewer.Memberships[0].Tenant.ID
	return data.SignUp
}

// Must fails the test on err.
func Must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
