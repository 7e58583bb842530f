package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
)

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
	return startServeLogging(t, getenv, io.Discard)
}

// startServeLogging is startServe with the server's log written to stderr.
func startServeLogging(t *testing.T, getenv func(string) string, stderr io.Writer) (string, context.CancelFunc, <-chan error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := &testkit.LogBuffer{}
	done := make(chan error, 1)
	go func() { done <- run(ctx, nil, getenv, strings.NewReader(""), out, stderr) }()
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

func TestWebhookReachIsAnnouncedAtStartUp(t *testing.T) {
	tests := []struct {
		name, env, allowPrivate, want string
	}{
		{"DevelopmentWarnsThatTestEndpointsReachLoopback", "development", "", "TEST webhook endpoints may be delivered to this machine's loopback addresses"},
		{"AllowPrivateWarns", "test", "true", "KEYBS_WEBHOOK_ALLOW_PRIVATE is set"},
		{"TestModeSaysNothing", "test", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			vars := map[string]string{"KEYBS_ADDR": "127.0.0.1:0", "KEYBS_DATA_DIR": t.TempDir(), "DATABASE_URL": testdb.SQLiteURL(t),
				"KEYBS_ENV": tc.env, "KEYBS_WEBHOOK_ALLOW_PRIVATE": tc.allowPrivate}
			stderr := &testkit.LogBuffer{}
			_, cancel, done := startServeLogging(t, func(k string) string { return vars[k] }, stderr)
			cancel()
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			log := stderr.String()
			switch {
			case tc.want == "" && strings.Contains(log, "may be delivered to"):
				t.Fatalf("a warning about webhooks in test mode:\n%s", log)
			case tc.want != "" && !strings.Contains(log, tc.want):
				t.Fatalf("the start-up log does not say %q:\n%s", tc.want, log)
			}
		})
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

// The report-signing key is a production secret like the others: without it,
// or with a value that is not a 32-byte seed, the server does not start.
func TestProductionRequiresASigningKey(t *testing.T) {
	key := strings.Repeat("ab", 32)
	tests := []struct {
		name, signingKey, want string
	}{
		{"MissingKeyRefusesToStart", "", "KEYBS_SIGNING_KEY is required when KEYBS_ENV=production"},
		{"NonHexKeyRefusesToStart", strings.Repeat("zz", 32), "KEYBS_SIGNING_KEY must be at least 32 bytes written as hex"},
		{"ShortKeyRefusesToStart", key[:62], "KEYBS_SIGNING_KEY must be at least 32 bytes written as hex"},
		{"LongKeyRefusesToStart", key + "ab", "KEYBS_SIGNING_KEY must be a 32-byte Ed25519 seed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			vars := map[string]string{
				"KEYBS_ENV": "production", "KEYBS_DATA_DIR": t.TempDir(), "DATABASE_URL": testdb.SQLiteURL(t),
				"KEYBS_JWT_SECRET": key, "KEYBS_ENCRYPTION_KEY": key, "KEYBS_SIGNING_KEY": tc.signingKey,
			}
			err := run(context.Background(), nil, func(k string) string { return vars[k] }, nil, io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

// gql posts a GraphQL operation and decodes its data into out.
func gql(t *testing.T, base, token, query string, vars map[string]any, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var env struct {
		Data   json.RawMessage
		Errors []any
	}
	if err := json.NewDecoder(res.Body).Decode(&env); err != nil || len(env.Errors) > 0 {
		t.Fatalf("graphql: %v %v", err, env.Errors)
	}
	if err := json.Unmarshal(env.Data, out); err != nil {
		t.Fatal(err)
	}
}

// TestCleanStopLosesNoRequestLog makes API calls, stops the server the way
// SIGTERM does, starts it again and finds every call in the request log.
func TestCleanStopLosesNoRequestLog(t *testing.T) {
	getenv := env(t, testdb.SQLiteURL(t))
	url, cancel, done := startServe(t, getenv)
	var su struct{ SignUp struct{ AccessToken string } }
	gql(t, url, "", `mutation { signUp(input: {email: "ops@acme.example", password: "correct horse battery", name: "Ops", organizationName: "Acme", industry: FINTECH, acceptTerms: true}) { accessToken } }`, nil, &su)
	var key struct{ CreateApiKey struct{ Secret string } }
	gql(t, url, su.SignUp.AccessToken, `mutation { createApiKey(input: {name: "load", environment: TEST}) { secret } }`, nil, &key)
	const calls = 60
	for i := 0; i < calls; i++ {
		req, _ := http.NewRequest(http.MethodGet, url+"/v1/verifications?limit=1", nil)
		req.Header.Set("Authorization", "Bearer "+key.CreateApiKey.Secret)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, res.Body)
		res.Body.Close()
	}
	cancel() // what SIGTERM does through signal.NotifyContext
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}

	url, cancel, done = startServe(t, getenv)
	defer func() { cancel(); <-done }()
	var li struct{ LogIn struct{ AccessToken string } }
	gql(t, url, "", `mutation { logIn(input: {email: "ops@acme.example", password: "correct horse battery"}) { accessToken } }`, nil, &li)
	var logs struct{ RequestLogs struct{ TotalCount int } }
	gql(t, url, li.LogIn.AccessToken, `{ requestLogs(where: {route: "GET /v1/verifications"}) { totalCount } }`, nil, &logs)
	if logs.RequestLogs.TotalCount != calls {
		t.Fatalf("request log holds %d calls after a clean stop, want %d", logs.RequestLogs.TotalCount, calls)
	}
	var rep struct {
		Usage struct{ Totals struct{ Requests int } }
	}
	gql(t, url, li.LogIn.AccessToken, `{ usage(filter: {route: "GET /v1/verifications"}) { totals { requests } } }`, nil, &rep)
	if rep.Usage.Totals.Requests != calls {
		t.Fatalf("rollups count %d calls, the log %d", rep.Usage.Totals.Requests, calls)
	}
}

// TestLimitsSet: the operator's CLI sets and clears an enterprise override,
// which the database then holds for every replica.
func TestLimitsSet(t *testing.T) {
	url := testdb.SQLiteURL(t)
	getenv := env(t, url)
	db, err := database.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	sys := testkit.System()
	tn := testkit.MustTenant(t, db.Client, "acme")
	var out bytes.Buffer
	if err := run(context.Background(), []string{"limits", "set", "--tenant", tn.ID, "--per-minute", "2500"}, getenv, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if got := db.Client.Tenant.GetX(sys, tn.ID).RateLimitOverride; got == nil || *got != 2500 || !strings.Contains(out.String(), "2500") {
		t.Fatalf("override %v, output %q", got, out.String())
	}
	if err := run(context.Background(), []string{"limits", "set", "--tenant", tn.ID, "--clear"}, getenv, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if got := db.Client.Tenant.GetX(sys, tn.ID).RateLimitOverride; got != nil {
		t.Fatalf("override %v after --clear", *got)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"NeitherKeyNorTenant", []string{"limits", "set", "--per-minute", "5"}, "usage"},
		{"BothKeyAndTenant", []string{"limits", "set", "--key", "key_1", "--tenant", tn.ID, "--per-minute", "5"}, "usage"},
		{"NoBudget", []string{"limits", "set", "--tenant", tn.ID}, "usage"},
		{"AnUnknownKey", []string{"limits", "set", "--key", "key_01nosuch00000000000000000", "--per-minute", "5"}, "not found"},
		{"AnAbsurdBudget", []string{"limits", "set", "--tenant", tn.ID, "--per-minute", "-3"}, "per_minute"},
	} {
		t.Run(tc.name+"IsRejected", func(t *testing.T) {
			err := run(context.Background(), tc.args, getenv, nil, io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}
