// Package benchrig is what the load tools in cmd/ share: a KeyBS server
// started in the tool's own process on a fresh database (a SQLite file, or a
// scratch PostgreSQL database dropped afterwards), a partner signed up the way
// the portal does it, and the machine-readable result lines that
// cmd/benchtable gathers into `make bench`'s one table.
package benchrig

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/lib/pq"

	"github.com/keybs/platform/server"
)

// Rig is a running server and the means to stop it.
type Rig struct {
	Server *server.Server
	URL    string // http://127.0.0.1:port
	// Dialect is "sqlite" or "postgres", for result lines.
	Dialect string
	closers []func()
}

// Options adjust the server a rig starts.
type Options struct {
	// Env are extra KEYBS_* variables (KEYBS_SANDBOX_STEP, …).
	Env map[string]string
	// Mutate adjusts the loaded configuration before the server is wired.
	Mutate func(*server.Config)
	// Log receives the server's log; nil discards it.
	Log *slog.Logger
}

// Start wires a server on db ("sqlite" for a fresh file, or a postgres:// URL
// of a server on which a scratch database is created) and serves it on a
// loopback port with its workers (request-log writer, dispatcher) running.
func Start(db string, o Options) (_ *Rig, err error) {
	r := &Rig{}
	defer func() {
		if err != nil {
			r.Close()
		}
	}()
	dir, err := os.MkdirTemp("", "keybs-bench-")
	if err != nil {
		return nil, err
	}
	r.closers = append(r.closers, func() { _ = os.RemoveAll(dir) })
	switch {
	case db == "sqlite":
		db = "sqlite://" + filepath.Join(dir, "bench.db")
	case strings.HasPrefix(db, "postgres"):
		scratch, drop, err := ScratchPostgres(db)
		if err != nil {
			return nil, err
		}
		r.closers = append(r.closers, drop)
		db = scratch
	default:
		return nil, fmt.Errorf("-db must be sqlite or a postgres:// URL, not %q", db)
	}
	secret := hex.EncodeToString(bytes.Repeat([]byte{9}, 32))
	env := map[string]string{"KEYBS_ENV": "test", "KEYBS_DATA_DIR": dir, "DATABASE_URL": db,
		"KEYBS_JWT_SECRET": secret, "KEYBS_ENCRYPTION_KEY": secret}
	for k, v := range o.Env {
		env[k] = v
	}
	log := o.Log
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	cfg, err := server.LoadConfig(func(k string) string { return env[k] }, log)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	r.URL = "http://" + ln.Addr().String()
	cfg.PublicURL = r.URL
	if o.Mutate != nil {
		o.Mutate(&cfg)
	}
	ctx := context.Background()
	srv, err := server.New(ctx, cfg, log)
	if err != nil {
		_ = ln.Close()
		return nil, err
	}
	r.Server = srv
	workers, stopWorkers := context.WithCancel(ctx)
	// Closers run last first: the listener, then the workers and the
	// database, then the scratch database and the directory.
	r.closers = append(r.closers, func() { stopWorkers(); _ = srv.Close() })
	if err := srv.Start(workers); err != nil {
		_ = ln.Close()
		return nil, err
	}
	hs := &http.Server{Handler: srv.Handler()}
	go func() { _ = hs.Serve(ln) }()
	r.closers = append(r.closers, func() { _ = hs.Close() })
	r.Dialect = "sqlite"
	if srv.DB.Dialect != "sqlite3" {
		r.Dialect = srv.DB.Dialect
	}
	return r, nil
}

// Close stops the server and removes its data.
func (r *Rig) Close() {
	for i := len(r.closers) - 1; i >= 0; i-- {
		r.closers[i]()
	}
	r.closers = nil
}

// ScratchPostgres creates an empty database on the server of serverURL, so
// runs never see each other's data, and returns its URL and a drop function.
func ScratchPostgres(serverURL string) (string, func(), error) {
	admin, err := sql.Open("postgres", serverURL)
	if err != nil {
		return "", nil, err
	}
	name := fmt.Sprintf("keybs_bench_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		_ = admin.Close()
		return "", nil, fmt.Errorf("create scratch database: %w", err)
	}
	u, err := url.Parse(serverURL)
	if err != nil {
		return "", nil, err
	}
	u.Path = "/" + name
	return u.String(), func() {
		_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		_ = admin.Close()
	}, nil
}

// Partner is a signed-up tenant: its owner's access token and a TEST secret
// key.
type Partner struct {
	AccessToken string
	Key         string
	KeyID       string
}

// SignUp signs up through GraphQL and creates a TEST secret key through REST,
// exactly as a partner would.
func SignUp(base, email string) (Partner, error) {
	var p Partner
	var signUp struct {
		Data struct{ SignUp struct{ AccessToken string } }
	}
	if err := PostJSON(base+"/graphql", "", map[string]any{"query": `mutation($e: String!) { signUp(input: {email: $e, password: "correct horse battery",
		name: "Load", organizationName: "Load Co", industry: FINTECH, acceptTerms: true}) { accessToken } }`, "variables": map[string]any{"e": email}}, &signUp); err != nil {
		return p, err
	}
	p.AccessToken = signUp.Data.SignUp.AccessToken
	if p.AccessToken == "" {
		return p, fmt.Errorf("signUp returned no access token")
	}
	key, id, err := CreateKey(base, p.AccessToken, "load")
	p.Key, p.KeyID = key, id
	return p, err
}

// CreateKey creates a TEST secret key through REST with a portal session.
func CreateKey(base, accessToken, name string) (key, id string, err error) {
	var k struct{ Key, ID string }
	err = PostJSON(base+"/v1/api-keys", accessToken, map[string]any{"name": name, "environment": "test"}, &k)
	return k.Key, k.ID, err
}

// PostJSON posts body as JSON with an optional bearer token and decodes a
// success answer into out.
func PostJSON(url, token string, body, out any) error {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		raw, _ := io.ReadAll(res.Body)
		return fmt.Errorf("POST %s: %d %s", url, res.StatusCode, raw)
	}
	return json.NewDecoder(res.Body).Decode(out)
}
