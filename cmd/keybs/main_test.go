package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/internal/testdb"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func env(t *testing.T, dbURL string) func(string) string {
	dir := t.TempDir()
	vars := map[string]string{"KEYBS_ADDR": "127.0.0.1:0", "KEYBS_DATA_DIR": dir, "DATABASE_URL": dbURL, "KEYBS_ENV": "development"}
	return func(k string) string { return vars[k] }
}

var urlPattern = regexp.MustCompile(`running at (http://127\.0\.0\.1:\d+)`)

// startServe runs "keybs serve" until the returned cancel is called and
// returns the printed URL.
func startServe(t *testing.T, getenv func(string) string) (string, context.CancelFunc, <-chan error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	done := make(chan error, 1)
	go func() { done <- run(ctx, nil, getenv, strings.NewReader(""), out, io.Discard) }()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m := urlPattern.FindStringSubmatch(out.String()); m != nil {
			if !strings.Contains(out.String(), "sign up") && !strings.Contains(out.String(), "Create account") {
				t.Errorf("start-up message does not say how to log in:\n%s", out)
			}
			return m[1], cancel, done
		}
		select {
		case err := <-done:
			t.Fatalf("serve exited early: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
	}
	cancel()
	t.Fatalf("no URL printed:\n%s", out)
	return "", nil, nil
}

func TestServeStartsAndStopsGracefully(t *testing.T) {
	url, cancel, done := startServe(t, env(t, testdb.SQLiteURL(t)))
	res, err := http.Get(url + "/readyz")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("readyz: %v %v", err, res)
	}
	res.Body.Close()
	cancel() // what SIGTERM does through signal.NotifyContext
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v after a clean stop", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Fatal("server still answers after shutdown")
	}
}

func TestStaffCreate(t *testing.T) {
	getenv := env(t, testdb.SQLiteURL(t))
	var out bytes.Buffer
	err := run(context.Background(), []string{"staff", "create", "--email", "Ops@KeyBS.example", "--role", "ops"}, getenv, nil, &out, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`password \(shown once\): (\S+)`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no generated password printed:\n%s", out.String())
	}

	t.Run("StaffCanLogInWithTheirRole", func(t *testing.T) {
		url, cancel, done := startServe(t, getenv)
		defer func() { cancel(); <-done }()
		body, _ := json.Marshal(map[string]any{
			"query":     `mutation($e: String!, $p: String!) { logIn(input: {email: $e, password: $p}) { user { staffRole } } }`,
			"variables": map[string]any{"e": "ops@keybs.example", "p": m[1]},
		})
		res, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		raw, _ := io.ReadAll(res.Body)
		if !strings.Contains(string(raw), `"staffRole":"OPS"`) {
			t.Fatalf("staff log-in: %s", raw)
		}
	})

	cases := []struct {
		name string
		args []string
		want string
	}{
		{"UnknownRoleIsRejected", []string{"staff", "create", "--email", "x@keybs.example", "--role", "admin"}, "role must be one of"},
		{"MissingEmailIsRejected", []string{"staff", "create", "--role", "ops"}, "--email and --role are required"},
		{"DuplicateEmailIsRejected", []string{"staff", "create", "--email", "ops@keybs.example", "--role", "analyst"}, "already exists"},
		{"WeakStdinPasswordIsRejected", []string{"staff", "create", "--email", "y@keybs.example", "--role", "analyst", "--password-stdin"}, "too short"},
		{"UnknownSubcommandIsRejected", []string{"staff", "delete"}, "usage"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := run(context.Background(), tc.args, getenv, strings.NewReader("short\n"), io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestProductionRequiresSecrets(t *testing.T) {
	vars := map[string]string{"KEYBS_ENV": "production", "KEYBS_DATA_DIR": t.TempDir(), "DATABASE_URL": testdb.SQLiteURL(t)}
	err := run(context.Background(), nil, func(k string) string { return vars[k] }, nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "KEYBS_JWT_SECRET is required") {
		t.Fatalf("err = %v", err)
	}
}
