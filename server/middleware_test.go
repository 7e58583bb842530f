package server

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/testkit"
)

func mustPrefixes(t *testing.T, ss ...string) []netip.Prefix {
	t.Helper()
	out := make([]netip.Prefix, 0, len(ss))
	for _, s := range ss {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}

func TestClientIP(t *testing.T) {
	proxies := mustPrefixes(t, "10.0.0.0/8", "fd00::/8")
	tests := []struct {
		name    string
		trusted []netip.Prefix
		remote  string
		xff     []string // X-Forwarded-For header lines
		want    string
	}{
		{
			name:   "NoTrustedProxiesUsesSocketAddress",
			remote: "203.0.113.7:5555",
			want:   "203.0.113.7",
		},
		{
			name:   "NoTrustedProxiesIgnoresSpoofedXFF",
			remote: "203.0.113.7:5555",
			xff:    []string{"1.2.3.4"},
			want:   "203.0.113.7",
		},
		{
			name:    "UntrustedPeerIgnoresXFF",
			trusted: proxies,
			remote:  "203.0.113.7:5555",
			xff:     []string{"1.2.3.4"},
			want:    "203.0.113.7",
		},
		{
			name:    "TrustedPeerUsesXFF",
			trusted: proxies,
			remote:  "10.0.0.2:443",
			xff:     []string{"198.51.100.9"},
			want:    "198.51.100.9",
		},
		{
			name:    "TrustedPeerUsesRightMostUntrustedHop",
			trusted: proxies,
			remote:  "10.0.0.2:443",
			xff:     []string{"198.51.100.9, 10.0.0.3"},
			want:    "198.51.100.9",
		},
		{
			name:    "ClientPrependedFakeHopIsIgnored",
			trusted: proxies,
			remote:  "10.0.0.2:443",
			xff:     []string{"1.2.3.4, 198.51.100.9"},
			want:    "198.51.100.9",
		},
		{
			name:    "ClientPrependedFakeTrustedHopIsIgnored",
			trusted: proxies,
			remote:  "10.0.0.2:443",
			xff:     []string{"10.9.9.9, 198.51.100.9, 10.0.0.3"},
			want:    "198.51.100.9",
		},
		{
			name:    "SeveralXFFHeaderLinesAreJoined",
			trusted: proxies,
			remote:  "10.0.0.2:443",
			xff:     []string{"1.2.3.4", "198.51.100.9", "10.0.0.3"},
			want:    "198.51.100.9",
		},
		{
			name:    "AllHopsTrustedUsesPeer",
			trusted: proxies,
			remote:  "10.0.0.2:443",
			xff:     []string{"10.1.1.1, 10.2.2.2"},
			want:    "10.0.0.2",
		},
		{
			name:    "TrustedPeerWithoutXFFUsesPeer",
			trusted: proxies,
			remote:  "10.0.0.2:443",
			want:    "10.0.0.2",
		},
		{
			name:   "IPv4MappedPeerIsNormalised",
			remote: "[::ffff:10.0.0.1]:1234",
			want:   "10.0.0.1",
		},
		{
			name:    "IPv4MappedPeerMatchesIPv4TrustedPrefix",
			trusted: proxies,
			remote:  "[::ffff:10.0.0.1]:1234",
			xff:     []string{"198.51.100.9"},
			want:    "198.51.100.9",
		},
		{
			name:    "IPv4MappedHopIsNormalised",
			trusted: proxies,
			remote:  "10.0.0.2:443",
			xff:     []string{"::ffff:198.51.100.9"},
			want:    "198.51.100.9",
		},
		{
			name:    "IPv6TrustedPeerUsesIPv6Hop",
			trusted: proxies,
			remote:  "[fd00::1]:443",
			xff:     []string{"2001:db8::9, fd00::2"},
			want:    "2001:db8::9",
		},
		{
			name:    "GarbageHopStopsTheWalk",
			trusted: proxies,
			remote:  "10.0.0.2:443",
			xff:     []string{"198.51.100.9, not-an-ip, 10.0.0.3"},
			want:    "10.0.0.2",
		},
		{
			name:    "GarbageRightMostHopUsesPeer",
			trusted: proxies,
			remote:  "10.0.0.2:443",
			xff:     []string{"198.51.100.9, garbage"},
			want:    "10.0.0.2",
		},
		{
			name:    "EmptyHopStopsTheWalk",
			trusted: proxies,
			remote:  "10.0.0.2:443",
			xff:     []string{"198.51.100.9,,10.0.0.3"},
			want:    "10.0.0.2",
		},
		{
			name:   "RemoteAddrWithoutPortIsUsed",
			remote: "203.0.113.7",
			want:   "203.0.113.7",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodGet, "/", nil)
			r.RemoteAddr = tc.remote
			for _, v := range tc.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := clientIP(r, tc.trusted); got != tc.want {
				t.Errorf("clientIP(remote %s, XFF %q) = %q, want %q", tc.remote, tc.xff, got, tc.want)
			}
		})
	}
}

var generatedRequestID = regexp.MustCompile(`^req_[a-z2-7]{24}$`)

func TestWithRequestInfo(t *testing.T) {
	tests := []struct {
		name     string
		incoming string
		want     string // "" means a generated id is expected
	}{
		{"SaneIDIsEchoed", "abc-123_X.y:z", "abc-123_X.y:z"},
		{"MaxLengthIDIsEchoed", strings.Repeat("a", 128), strings.Repeat("a", 128)},
		{"IDWithSpacesIsReplaced", "abc 123", ""},
		{"IDWithNewlineIsReplaced", "abc\nlevel=ERROR msg=forged", ""},
		{"IDWithTrailingNewlineIsReplaced", "abc\n", ""},
		{"TwoHundredCharIDIsReplaced", strings.Repeat("a", 200), ""},
		{"IDWithQuoteIsReplaced", `abc"def`, ""},
		{"MissingIDIsGenerated", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var info requestinfo.Info
			h := withRequestInfo(nil, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				info = requestinfo.FromContext(r.Context())
			}))
			r := httptest.NewRequest(http.MethodGet, "/", nil)
			r.RemoteAddr = "203.0.113.7:5555"
			r.Header.Set("User-Agent", "test-agent/1")
			if tc.incoming != "" {
				// Set the raw map so a value with a newline reaches the middleware.
				r.Header["X-Request-Id"] = []string{tc.incoming}
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)

			got := rec.Header().Get("X-Request-Id")
			if tc.want != "" && got != tc.want {
				t.Errorf("X-Request-Id = %q, want %q echoed", got, tc.want)
			}
			if tc.want == "" && !generatedRequestID.MatchString(got) {
				t.Errorf("X-Request-Id = %q, want a generated req_ id", got)
			}
			if info.RequestID != got {
				t.Errorf("context request id = %q, header = %q; want equal", info.RequestID, got)
			}
			if info.ClientIP != "203.0.113.7" || info.UserAgent != "test-agent/1" {
				t.Errorf("context info = %+v, want client IP and user agent recorded", info)
			}
		})
	}

	t.Run("GeneratedIDsDiffer", func(t *testing.T) {
		h := withRequestInfo(nil, http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
		seen := map[string]bool{}
		for range 100 {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
			id := rec.Header().Get("X-Request-Id")
			if seen[id] {
				t.Fatalf("request id %q generated twice", id)
			}
			seen[id] = true
		}
	})
}

type errorEnvelope struct {
	Error struct {
		Code      string `json:"code"`
		Message   string `json:"message"`
		RequestID string `json:"request_id"`
	} `json:"error"`
}

func mustDecodeEnvelope(t *testing.T, body []byte) errorEnvelope {
	t.Helper()
	var env errorEnvelope
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&env); err != nil {
		t.Fatalf("decode error envelope %q: %v", body, err)
	}
	return env
}

func TestWithRecover(t *testing.T) {
	const secret = "db password is hunter2"

	t.Run("PanicBecomes500Envelope", func(t *testing.T) {
		h := withRequestInfo(nil, withRecover(testkit.DiscardLog(), http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
			panic(secret)
		})))
		rec := httptest.NewRecorder()
		r := httptest.NewRequest(http.MethodGet, "/v1/things", nil)
		r.Header.Set("X-Request-Id", "trace-42")
		h.ServeHTTP(rec, r)

		if rec.Code != http.StatusInternalServerError {
			t.Errorf("status = %d, want 500", rec.Code)
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("Content-Type = %q, want JSON", ct)
		}
		body := rec.Body.Bytes()
		if bytes.Contains(body, []byte("hunter2")) {
			t.Errorf("body %q leaks the panic value", body)
		}
		env := mustDecodeEnvelope(t, body)
		if env.Error.Code != "server_error" || env.Error.Message != "internal server error" {
			t.Errorf("envelope = %+v, want server_error / internal server error", env.Error)
		}
		if env.Error.RequestID != "trace-42" || env.Error.RequestID != rec.Header().Get("X-Request-Id") {
			t.Errorf("request_id = %q, X-Request-Id = %q; want both trace-42", env.Error.RequestID, rec.Header().Get("X-Request-Id"))
		}
	})

	t.Run("PanicValueIsLogged", func(t *testing.T) {
		var logs bytes.Buffer
		log := slog.New(slog.NewTextHandler(&logs, nil))
		h := withRequestInfo(nil, withRecover(log, http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
			panic(secret)
		})))
		rec := httptest.NewRecorder()
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.Header.Set("X-Request-Id", "trace-43")
		h.ServeHTTP(rec, r)
		if !strings.Contains(logs.String(), "hunter2") || !strings.Contains(logs.String(), "trace-43") {
			t.Errorf("log %q does not record the panic with its request id", logs.String())
		}
	})

	t.Run("NoPanicPassesThrough", func(t *testing.T) {
		h := withRecover(testkit.DiscardLog(), http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(http.StatusTeapot)
		}))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
		if rec.Code != http.StatusTeapot {
			t.Errorf("status = %d, want 418", rec.Code)
		}
	})

	t.Run("ErrAbortHandlerIsRepanicked", func(t *testing.T) {
		h := withRecover(testkit.DiscardLog(), http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
			panic(http.ErrAbortHandler)
		}))
		defer func() {
			if v := recover(); v != http.ErrAbortHandler {
				t.Errorf("recovered %v, want http.ErrAbortHandler re-panicked", v)
			}
		}()
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
	})
}

func TestWithBodyLimit(t *testing.T) {
	const limit = 16

	type result struct {
		called bool
		body   []byte
		err    error
	}
	serve := func(t *testing.T, r *http.Request) (*httptest.ResponseRecorder, *result) {
		t.Helper()
		res := &result{}
		h := withRequestInfo(nil, withBodyLimit(limit, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			res.called = true
			res.body, res.err = io.ReadAll(r.Body)
		})))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		return rec, res
	}

	t.Run("ContentLengthOverLimitIs413", func(t *testing.T) {
		r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(strings.Repeat("x", limit+1)))
		rec, res := serve(t, r)
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Errorf("status = %d, want 413", rec.Code)
		}
		if res.called {
			t.Error("handler ran for an oversized body")
		}
		env := mustDecodeEnvelope(t, rec.Body.Bytes())
		if env.Error.Code != "payload_too_large" {
			t.Errorf("code = %q, want payload_too_large", env.Error.Code)
		}
		if env.Error.RequestID == "" || env.Error.RequestID != rec.Header().Get("X-Request-Id") {
			t.Errorf("request_id = %q, want the X-Request-Id %q", env.Error.RequestID, rec.Header().Get("X-Request-Id"))
		}
	})

	t.Run("BodyAtLimitIsRead", func(t *testing.T) {
		r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(strings.Repeat("x", limit)))
		rec, res := serve(t, r)
		if !res.called || res.err != nil || len(res.body) != limit {
			t.Errorf("handler called=%v read %d bytes, err %v; want %d bytes", res.called, len(res.body), res.err, limit)
		}
		if rec.Code != http.StatusOK {
			t.Errorf("status = %d, want 200", rec.Code)
		}
	})

	t.Run("UndeclaredOversizedBodyIs413", func(t *testing.T) {
		r := httptest.NewRequest(http.MethodPost, "/", io.NopCloser(strings.NewReader(strings.Repeat("x", limit*4))))
		r.ContentLength = -1 // unknown, as with chunked encoding
		rec, res := serve(t, r)
		if res.called {
			t.Error("handler ran for an oversized body of unknown length")
		}
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Errorf("status = %d, want 413", rec.Code)
		}
		if env := mustDecodeEnvelope(t, rec.Body.Bytes()); env.Error.Code != "payload_too_large" {
			t.Errorf("code = %q, want payload_too_large", env.Error.Code)
		}
	})

	t.Run("UndeclaredBodyAtLimitIsReadWhole", func(t *testing.T) {
		want := strings.Repeat("y", limit)
		r := httptest.NewRequest(http.MethodPost, "/", io.NopCloser(strings.NewReader(want)))
		r.ContentLength = -1
		rec, res := serve(t, r)
		if !res.called || res.err != nil || string(res.body) != want {
			t.Errorf("handler called=%v read %q, err %v; want %q", res.called, res.body, res.err, want)
		}
		if rec.Code != http.StatusOK {
			t.Errorf("status = %d, want 200", rec.Code)
		}
	})

	t.Run("UnderstatedContentLengthFailsToRead", func(t *testing.T) {
		// A declared length within the limit gets a MaxBytesReader, so a body
		// longer than declared still cannot be read past the limit.
		r := httptest.NewRequest(http.MethodPost, "/", io.NopCloser(strings.NewReader(strings.Repeat("x", limit*4))))
		r.ContentLength = 4
		_, res := serve(t, r)
		if !res.called {
			t.Fatal("handler not called")
		}
		var mbe *http.MaxBytesError
		if !errors.As(res.err, &mbe) {
			t.Fatalf("io.ReadAll error = %v, want *http.MaxBytesError", res.err)
		}
		if mbe.Limit != limit {
			t.Errorf("MaxBytesError.Limit = %d, want %d", mbe.Limit, limit)
		}
		if len(res.body) > limit {
			t.Errorf("read %d bytes past the %d-byte limit", len(res.body), limit)
		}
	})
}

// env is a map-backed getenv.
type env map[string]string

func (e env) get(k string) string { return e[k] }

func hexKey(n int) string { return hex.EncodeToString(bytes.Repeat([]byte{0xab}, n)) }

func mustLoadConfig(t *testing.T, e env) Config {
	t.Helper()
	c, err := LoadConfig(e.get, testkit.DiscardLog())
	if err != nil {
		t.Fatalf("LoadConfig: %v", err)
	}
	return c
}

func TestLoadConfigDefaults(t *testing.T) {
	dir := t.TempDir()
	c := mustLoadConfig(t, env{"KEYBS_DATA_DIR": dir})

	checks := []struct {
		name string
		ok   bool
		got  any
	}{
		{"EnvIsDevelopment", c.Env == "development" && !c.Production(), c.Env},
		{"AddrIsLoopback8080", c.Addr == "127.0.0.1:8080", c.Addr},
		{"DataDirIsTheVariable", c.DataDir == dir, c.DataDir},
		{"ScreeningListIsTheDemo", c.ScreeningList == "", c.ScreeningList},
		{"DatabaseIsSQLiteInDataDir", c.DatabaseURL == "sqlite://"+filepath.Join(dir, "keybs.db"), c.DatabaseURL},
		{"MaxBodyIsOneMiB", c.MaxBodyBytes == 1<<20, c.MaxBodyBytes},
		{"LogLevelIsInfo", c.LogLevel == slog.LevelInfo, c.LogLevel},
		{"NoCORSOrigins", len(c.CORSOrigins) == 0, c.CORSOrigins},
		{"NoTrustedProxies", len(c.TrustedProxies) == 0, c.TrustedProxies},
		{"JWTSecretIs32Bytes", len(c.JWTSecret) == 32, len(c.JWTSecret)},
		{"EncryptionKeyIs32Bytes", len(c.EncryptionKey) == 32, len(c.EncryptionKey)},
		{"SigningKeyIs32Bytes", len(c.SigningKey) == 32, len(c.SigningKey)},
		{"SecretsDiffer", !bytes.Equal(c.JWTSecret, c.EncryptionKey) && !bytes.Equal(c.SigningKey, c.EncryptionKey) &&
			!bytes.Equal(c.SigningKey, c.JWTSecret), "equal"},
		{"GraphQLIntrospectionIsOnOutsideProduction", c.GraphQLIntrospection, c.GraphQLIntrospection},
		{"GraphQLTimeoutIs10s", c.GraphQLTimeout == 10*time.Second, c.GraphQLTimeout},
	}
	for _, tc := range checks {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.ok {
				t.Errorf("got %v", tc.got)
			}
		})
	}
}

func TestLoadConfigOverrides(t *testing.T) {
	dir := t.TempDir()
	c := mustLoadConfig(t, env{
		"KEYBS_DATA_DIR":       dir,
		"KEYBS_ENV":            "production",
		"KEYBS_ADDR":           ":9000",
		"DATABASE_URL":         "postgres://db/keybs",
		"KEYBS_MAX_BODY_BYTES": "4096",
		"KEYBS_LOG_LEVEL":      "debug",
		"KEYBS_JWT_SECRET":     hexKey(48),
		"KEYBS_ENCRYPTION_KEY": hexKey(32),
		"KEYBS_SIGNING_KEY":    hexKey(32),
		"KEYBS_SCREENING_LIST": "/etc/keybs/watchlist.csv",
	})
	if c.ScreeningList != "/etc/keybs/watchlist.csv" {
		t.Errorf("ScreeningList = %q, want KEYBS_SCREENING_LIST", c.ScreeningList)
	}
	if !c.Production() || c.Addr != ":9000" || c.DatabaseURL != "postgres://db/keybs" ||
		c.MaxBodyBytes != 4096 || c.LogLevel != slog.LevelDebug || len(c.JWTSecret) != 48 || len(c.EncryptionKey) != 32 ||
		hex.EncodeToString(c.SigningKey) != hexKey(32) {
		t.Errorf("config = %+v, want the overrides", c)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("production wrote %d files into the data dir", len(entries))
	}
}

func TestLoadConfigGraphQL(t *testing.T) {
	production := env{"KEYBS_ENV": "production", "KEYBS_JWT_SECRET": hexKey(32), "KEYBS_ENCRYPTION_KEY": hexKey(32), "KEYBS_SIGNING_KEY": hexKey(32)}
	with := func(base env, k, v string) env {
		e := env{}
		for key, val := range base {
			e[key] = val
		}
		e[k] = v
		return e
	}
	for _, tc := range []struct {
		name          string
		env           env
		introspection bool
		timeout       time.Duration
	}{
		{"ProductionTurnsIntrospectionOff", production, false, 10 * time.Second},
		{"ProductionMayTurnIntrospectionOn", with(production, "KEYBS_GRAPHQL_INTROSPECTION", "true"), true, 10 * time.Second},
		{"DevelopmentMayTurnIntrospectionOff", env{"KEYBS_GRAPHQL_INTROSPECTION": "false"}, false, 10 * time.Second},
		{"TestEnvKeepsIntrospectionOn", env{"KEYBS_ENV": "test"}, true, 10 * time.Second},
		{"TimeoutIsRead", with(production, "KEYBS_GRAPHQL_TIMEOUT", "2500ms"), false, 2500 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.env["KEYBS_DATA_DIR"] = t.TempDir()
			c := mustLoadConfig(t, tc.env)
			if c.GraphQLIntrospection != tc.introspection || c.GraphQLTimeout != tc.timeout {
				t.Errorf("introspection %v, timeout %v; want %v, %v", c.GraphQLIntrospection, c.GraphQLTimeout, tc.introspection, tc.timeout)
			}
		})
	}
}

func TestLoadConfigDevelopmentGeneratesSecretsOnce(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "data")
	e := env{"KEYBS_DATA_DIR": dir}
	first := mustLoadConfig(t, e)

	for _, f := range []struct {
		name string
		want []byte
	}{{"jwt_secret", first.JWTSecret}, {"encryption_key", first.EncryptionKey}, {"signing_key", first.SigningKey}} {
		t.Run(f.name+"FileHoldsTheSecret", func(t *testing.T) {
			path := filepath.Join(dir, f.name)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read %s: %v", path, err)
			}
			if got := strings.TrimSpace(string(b)); got != hex.EncodeToString(f.want) {
				t.Errorf("%s = %q, want the returned secret in hex", f.name, got)
			}
			st, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if perm := st.Mode().Perm(); perm&0o077 != 0 {
				t.Errorf("%s mode = %v, want no group/other access", f.name, perm)
			}
		})
	}

	t.Run("SecondLoadReturnsTheSameSecrets", func(t *testing.T) {
		second := mustLoadConfig(t, e)
		if !bytes.Equal(first.JWTSecret, second.JWTSecret) || !bytes.Equal(first.EncryptionKey, second.EncryptionKey) ||
			!bytes.Equal(first.SigningKey, second.SigningKey) {
			t.Error("second LoadConfig returned different secrets")
		}
	})

	t.Run("EnvironmentSecretWinsOverFile", func(t *testing.T) {
		c := mustLoadConfig(t, env{"KEYBS_DATA_DIR": dir, "KEYBS_JWT_SECRET": hexKey(32)})
		if hex.EncodeToString(c.JWTSecret) != hexKey(32) {
			t.Error("KEYBS_JWT_SECRET did not override the generated file")
		}
	})

	t.Run("CorruptSecretFileIsAnError", func(t *testing.T) {
		bad := t.TempDir()
		if err := os.WriteFile(filepath.Join(bad, "jwt_secret"), []byte("zz\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadConfig(env{"KEYBS_DATA_DIR": bad}.get, testkit.DiscardLog()); err == nil || !strings.Contains(err.Error(), "jwt_secret") {
			t.Errorf("LoadConfig = %v, want an error naming the file", err)
		}
	})

	t.Run("CorruptSigningKeyFileIsAnError", func(t *testing.T) {
		bad := t.TempDir()
		if err := os.WriteFile(filepath.Join(bad, "signing_key"), []byte(hexKey(16)+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadConfig(env{"KEYBS_DATA_DIR": bad}.get, testkit.DiscardLog()); err == nil || !strings.Contains(err.Error(), "signing_key") {
			t.Errorf("LoadConfig = %v, want an error naming the file", err)
		}
	})
}

func TestLoadConfigErrors(t *testing.T) {
	tests := []struct {
		name    string
		env     env
		mention string // the error names this
	}{
		{"ProductionWithoutJWTSecretIsAnError", env{"KEYBS_ENV": "production", "KEYBS_ENCRYPTION_KEY": hexKey(32), "KEYBS_SIGNING_KEY": hexKey(32)}, "KEYBS_JWT_SECRET"},
		{"ProductionWithoutEncryptionKeyIsAnError", env{"KEYBS_ENV": "production", "KEYBS_JWT_SECRET": hexKey(32), "KEYBS_SIGNING_KEY": hexKey(32)}, "KEYBS_ENCRYPTION_KEY"},
		{"ProductionWithoutSigningKeyIsAnError", env{"KEYBS_ENV": "production", "KEYBS_JWT_SECRET": hexKey(32), "KEYBS_ENCRYPTION_KEY": hexKey(32)}, "KEYBS_SIGNING_KEY is required"},
		{"ShortJWTSecretIsAnError", env{"KEYBS_JWT_SECRET": hexKey(16)}, "KEYBS_JWT_SECRET"},
		{"NonHexJWTSecretIsAnError", env{"KEYBS_JWT_SECRET": strings.Repeat("g", 64)}, "KEYBS_JWT_SECRET"},
		{"SixteenByteEncryptionKeyIsAnError", env{"KEYBS_ENCRYPTION_KEY": hexKey(16)}, "KEYBS_ENCRYPTION_KEY"},
		{"ThirtyThreeByteEncryptionKeyIsAnError", env{"KEYBS_ENCRYPTION_KEY": hexKey(33)}, "KEYBS_ENCRYPTION_KEY"},
		{"SixtyFourByteEncryptionKeyIsAnError", env{"KEYBS_ENCRYPTION_KEY": hexKey(64)}, "KEYBS_ENCRYPTION_KEY"},
		{"NonHexEncryptionKeyIsAnError", env{"KEYBS_ENCRYPTION_KEY": strings.Repeat("z", 64)}, "KEYBS_ENCRYPTION_KEY"},
		{"SixteenByteSigningKeyIsAnError", env{"KEYBS_SIGNING_KEY": hexKey(16)}, "KEYBS_SIGNING_KEY"},
		{"ThirtyThreeByteSigningKeyIsAnError", env{"KEYBS_SIGNING_KEY": hexKey(33)}, "KEYBS_SIGNING_KEY must be a 32-byte Ed25519 seed"},
		{"SixtyFourByteSigningKeyIsAnError", env{"KEYBS_SIGNING_KEY": hexKey(64)}, "KEYBS_SIGNING_KEY must be a 32-byte Ed25519 seed"},
		{"NonHexSigningKeyIsAnError", env{"KEYBS_SIGNING_KEY": strings.Repeat("x", 64)}, "KEYBS_SIGNING_KEY"},
		{"Base64SigningKeyIsAnError", env{"KEYBS_SIGNING_KEY": "q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s="}, "KEYBS_SIGNING_KEY"},
		{"UnknownEnvIsAnError", env{"KEYBS_ENV": "staging"}, "KEYBS_ENV"},
		{"UpperCaseEnvIsAnError", env{"KEYBS_ENV": "PRODUCTION"}, "KEYBS_ENV"},
		{"NonHTTPCORSOriginIsAnError", env{"KEYBS_CORS_ORIGINS": "https://a.example, ftp://x"}, "ftp://x"},
		{"BareHostCORSOriginIsAnError", env{"KEYBS_CORS_ORIGINS": "a.example"}, "KEYBS_CORS_ORIGINS"},
		{"BadTrustedProxyIsAnError", env{"KEYBS_TRUSTED_PROXIES": "nope"}, "KEYBS_TRUSTED_PROXIES"},
		{"BadTrustedProxyAmongGoodIsAnError", env{"KEYBS_TRUSTED_PROXIES": "10.0.0.0/8, 300.1.1.1"}, "300.1.1.1"},
		{"TinyMaxBodyIsAnError", env{"KEYBS_MAX_BODY_BYTES": "100"}, "KEYBS_MAX_BODY_BYTES"},
		{"NonNumericMaxBodyIsAnError", env{"KEYBS_MAX_BODY_BYTES": "1MB"}, "KEYBS_MAX_BODY_BYTES"},
		{"BadLogLevelIsAnError", env{"KEYBS_LOG_LEVEL": "loud"}, "KEYBS_LOG_LEVEL"},
		{"NonBooleanIntrospectionIsAnError", env{"KEYBS_GRAPHQL_INTROSPECTION": "yes"}, "KEYBS_GRAPHQL_INTROSPECTION"},
		{"ShortGraphQLTimeoutIsAnError", env{"KEYBS_GRAPHQL_TIMEOUT": "10ms"}, "KEYBS_GRAPHQL_TIMEOUT"},
		{"LongGraphQLTimeoutIsAnError", env{"KEYBS_GRAPHQL_TIMEOUT": "1h"}, "KEYBS_GRAPHQL_TIMEOUT"},
		{"UnitlessGraphQLTimeoutIsAnError", env{"KEYBS_GRAPHQL_TIMEOUT": "10"}, "KEYBS_GRAPHQL_TIMEOUT"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.env["KEYBS_DATA_DIR"] = t.TempDir()
			_, err := LoadConfig(tc.env.get, testkit.DiscardLog())
			if err == nil {
				t.Fatal("LoadConfig succeeded, want an error")
			}
			if !strings.Contains(err.Error(), tc.mention) {
				t.Errorf("error %q does not mention %q", err, tc.mention)
			}
		})
	}
}

func TestLoadConfigLists(t *testing.T) {
	t.Run("CORSOriginsAreParsedAndTrimmed", func(t *testing.T) {
		c := mustLoadConfig(t, env{"KEYBS_DATA_DIR": t.TempDir(), "KEYBS_CORS_ORIGINS": "https://a.example, http://b.example/"})
		want := []string{"https://a.example", "http://b.example"}
		if !slices.Equal(c.CORSOrigins, want) {
			t.Errorf("CORSOrigins = %q, want %q", c.CORSOrigins, want)
		}
	})

	t.Run("EmptyCORSEntriesAreSkipped", func(t *testing.T) {
		c := mustLoadConfig(t, env{"KEYBS_DATA_DIR": t.TempDir(), "KEYBS_CORS_ORIGINS": " , https://a.example,, "})
		if !slices.Equal(c.CORSOrigins, []string{"https://a.example"}) {
			t.Errorf("CORSOrigins = %q", c.CORSOrigins)
		}
	})

	t.Run("TrustedProxiesAcceptCIDRsAndAddresses", func(t *testing.T) {
		c := mustLoadConfig(t, env{"KEYBS_DATA_DIR": t.TempDir(), "KEYBS_TRUSTED_PROXIES": "10.0.0.0/8, 192.168.1.1, 2001:db8::1, 172.16.5.4/12"})
		want := mustPrefixes(t, "10.0.0.0/8", "192.168.1.1/32", "2001:db8::1/128", "172.16.0.0/12")
		if !slices.Equal(c.TrustedProxies, want) {
			t.Errorf("TrustedProxies = %v, want %v", c.TrustedProxies, want)
		}
	})

	t.Run("TrustedProxiesDriveClientIP", func(t *testing.T) {
		c := mustLoadConfig(t, env{"KEYBS_DATA_DIR": t.TempDir(), "KEYBS_TRUSTED_PROXIES": "10.0.0.0/8, 192.168.1.1"})
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.RemoteAddr = "192.168.1.1:443"
		r.Header.Set("X-Forwarded-For", "1.2.3.4, 198.51.100.9, 10.0.0.3")
		if got := clientIP(r, c.TrustedProxies); got != "198.51.100.9" {
			t.Errorf("clientIP = %q, want 198.51.100.9", got)
		}
	})
}

func TestClipUserAgent(t *testing.T) {
	cases := []struct {
		name, in, want string
		n              int
	}{
		{"ShortIsUnchanged", "curl/8.5.0", "curl/8.5.0", 512},
		{"LongIsCutToTheLimit", strings.Repeat("a", 600), strings.Repeat("a", 512), 512},
		{"AMultibyteCharacterIsNeverSplit", "ab€", "ab", 4}, // € is 3 bytes
		{"InvalidUTF8IsDropped", "ok\xff\xfe!", "ok!", 512},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := clip(tc.in, tc.n); got != tc.want || !utf8.ValidString(got) || len(got) > tc.n {
				t.Fatalf("clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
			}
		})
	}
}

func TestAccessLogKeepsNoSDKToken(t *testing.T) {
	var buf testkit.LogBuffer
	log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h := withAccessLog(log, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }))
	for _, path := range []string{"/sdk/kbs_sdk_SECRETsecretSECRET", "/v1/reports"} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, path, nil))
	}
	out := buf.String()
	switch {
	case strings.Contains(out, "SECRETsecret"):
		t.Fatalf("the access log holds an SDK token: %s", out)
	case !strings.Contains(out, "path=/sdk/{token}") || !strings.Contains(out, "path=/v1/reports"):
		t.Fatalf("the access log lost the paths: %s", out)
	}
}

// The access log is quiet at the default level: a request line only at
// debug, except a server error, which is a warning.
func TestAccessLogIsQuietByDefault(t *testing.T) {
	var buf testkit.LogBuffer
	log := slog.New(slog.NewTextHandler(&buf, nil)) // info, the default
	status := http.StatusOK
	h := withAccessLog(log, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(status) }))
	for _, s := range []int{http.StatusOK, http.StatusNotFound, http.StatusTooManyRequests} {
		status = s
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/v1/reports", nil))
	}
	if out := buf.String(); out != "" {
		t.Fatalf("the default log has request lines: %s", out)
	}
	status = http.StatusInternalServerError
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/v1/reports", nil))
	if out := buf.String(); !strings.Contains(out, "level=WARN") || !strings.Contains(out, "status=500") {
		t.Fatalf("a server error's request line: %q", out)
	}
}
