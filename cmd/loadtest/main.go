// Command loadtest measures the authenticated REST hot path on loopback: it
// starts a KeyBS server in this process on the given database, signs up a
// tenant, creates a test key, and drives GET /v1/verifications/{id} with
// concurrent clients for a fixed time. In the same run it drives a bare JSON
// handler, so the result is a ratio against a baseline measured on the same
// machine at the same moment, not an absolute number.
//
//	go run ./cmd/loadtest -db sqlite -duration 5s
//	go run ./cmd/loadtest -db "$TEST_DATABASE_URL" -duration 5s
package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"time"

	_ "github.com/lib/pq"

	"github.com/keybs/platform/server"
)

func main() {
	db := flag.String("db", "sqlite", `"sqlite" for a fresh SQLite file, or a postgres:// URL of an empty database`)
	duration := flag.Duration("duration", 5*time.Second, "how long to drive each target")
	clients := flag.Int("clients", 16, "concurrent clients")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the authenticated run to this file")
	verbose := flag.Bool("v", false, "show the server's warnings and errors")
	flag.StringVar(&dumpPath, "goroutines", "", "write a goroutine dump to this file 2s after the authenticated run's deadline")
	flag.Parse()
	profilePath = *cpuProfile
	if *verbose {
		serverLog = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	if err := run(*db, *duration, *clients); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

var (
	failedMu     sync.Mutex
	failedStatus = map[int]int{}
	profilePath  string
	dumpPath     string
	serverLog    = slog.New(slog.NewTextHandler(io.Discard, nil))
)

func run(db string, duration time.Duration, clients int) error {
	dir, err := os.MkdirTemp("", "keybs-loadtest-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	switch {
	case db == "sqlite":
		db = "sqlite://" + filepath.Join(dir, "load.db")
	case strings.HasPrefix(db, "postgres"):
		scratch, drop, err := scratchPostgres(db)
		if err != nil {
			return err
		}
		defer drop()
		db = scratch
	}
	secret := hex.EncodeToString(bytes.Repeat([]byte{9}, 32))
	env := map[string]string{"KEYBS_ENV": "test", "KEYBS_DATA_DIR": dir, "DATABASE_URL": db,
		"KEYBS_JWT_SECRET": secret, "KEYBS_ENCRYPTION_KEY": secret}
	log := serverLog
	cfg, err := server.LoadConfig(func(k string) string { return env[k] }, log)
	if err != nil {
		return err
	}
	ctx := context.Background()
	srv, err := server.New(ctx, cfg, log)
	if err != nil {
		return err
	}
	workers, stopWorkers := context.WithCancel(ctx)
	defer func() { stopWorkers(); _ = srv.Close() }()
	if err := srv.Start(workers); err != nil { // the request-log writer and the dispatcher
		return err
	}
	keybs, stopKeybs, err := serve(srv.Handler())
	if err != nil {
		return err
	}
	defer stopKeybs()

	key, caseID, err := setUp(keybs)
	if err != nil {
		return err
	}
	// The key's budget must not be what is measured.
	if err := srv.LiftRateLimit(ctx, 1<<30); err != nil {
		return err
	}

	bare, stopBare, err := serve(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"id": "vrc_x", "verification_id": "KBS-VR-XXXXXXXXXX", "status": "approved",
			"supplier": map[string]any{"name": "Acme", "country_code": "IN", "trust_score": 78, "risk_band": "medium"}})
	}))
	if err != nil {
		return err
	}
	defer stopBare()

	base := drive(bare+"/v1/verifications/x", "", duration, clients)
	if profilePath != "" {
		f, err := os.Create(profilePath)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	if dumpPath != "" {
		go func() {
			time.Sleep(duration + 2*time.Second)
			if f, err := os.Create(dumpPath); err == nil {
				_ = pprof.Lookup("goroutine").WriteTo(f, 2)
				f.Close()
			}
		}()
	}
	auth := drive(keybs+"/v1/verifications/"+caseID, key, duration, clients)
	if profilePath != "" {
		pprof.StopCPUProfile()
	}
	dialect := "sqlite"
	if srv.DB.Dialect != "sqlite3" {
		dialect = srv.DB.Dialect
	}
	fmt.Printf("%-34s %10s %9s %9s %7s %8s\n", "target ("+dialect+", "+fmt.Sprint(clients)+" clients)", "req/s", "p50", "p99", "errors", "ratio")
	for _, r := range []struct {
		name string
		res  result
	}{{"bare JSON handler", base}, {"GET /v1/verifications/{id}", auth}} {
		fmt.Printf("%-34s %10.0f %9s %9s %7d %7.2fx\n", r.name, r.res.rps(), r.res.pct(50), r.res.pct(99), r.res.errors, r.res.rps()/base.rps())
	}
	if len(failedStatus) > 0 {
		fmt.Printf("failed responses by status: %v\n", failedStatus)
	}
	return nil
}

// scratchPostgres creates an empty database on the server of serverURL, so
// runs never see each other's data, and returns its URL and a drop function.
func scratchPostgres(serverURL string) (string, func(), error) {
	admin, err := sql.Open("postgres", serverURL)
	if err != nil {
		return "", nil, err
	}
	name := fmt.Sprintf("keybs_load_%d", os.Getpid())
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

// serve starts h on a loopback port.
func serve(h http.Handler) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	s := &http.Server{Handler: h}
	go func() { _ = s.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() { _ = s.Close() }, nil
}

// setUp signs up through GraphQL, creates a test key through REST and picks a
// sandbox case, exactly as a partner would.
func setUp(base string) (key, caseID string, err error) {
	var signUp struct {
		Data struct{ SignUp struct{ AccessToken string } }
	}
	if err = post(base+"/graphql", "", map[string]any{"query": `mutation { signUp(input: {email: "load@example.com", password: "correct horse battery",
		name: "Load", organizationName: "Load Co", industry: FINTECH, acceptTerms: true}) { accessToken } }`}, &signUp); err != nil {
		return
	}
	var k struct{ Key string }
	if err = post(base+"/v1/api-keys", signUp.Data.SignUp.AccessToken, map[string]any{"name": "load", "environment": "test"}, &k); err != nil {
		return
	}
	req, _ := http.NewRequest(http.MethodGet, base+"/v1/verifications?status=approved&limit=1", nil)
	req.Header.Set("Authorization", "Bearer "+k.Key)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return
	}
	defer res.Body.Close()
	var list struct{ Data []struct{ ID string } }
	if err = json.NewDecoder(res.Body).Decode(&list); err != nil || len(list.Data) == 0 {
		return "", "", fmt.Errorf("no sandbox case to read (status %d): %v", res.StatusCode, err)
	}
	return k.Key, list.Data[0].ID, nil
}

func post(url, token string, body, out any) error {
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

type result struct {
	latencies []time.Duration
	errors    int
	elapsed   time.Duration
}

func (r result) rps() float64 { return float64(len(r.latencies)) / r.elapsed.Seconds() }

func (r result) pct(p int) string {
	if len(r.latencies) == 0 {
		return "-"
	}
	return r.latencies[(len(r.latencies)-1)*p/100].Round(time.Microsecond).String()
}

// drive sends GETs from clients goroutines for d (bounded in time and by the
// loopback target) and collects latencies of successful requests.
func drive(url, key string, d time.Duration, clients int) result {
	transport := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	client := &http.Client{Transport: transport, Timeout: 10 * time.Second}
	defer transport.CloseIdleConnections()
	var (
		mu  sync.Mutex
		all result
		wg  sync.WaitGroup
	)
	deadline := time.Now().Add(d)
	start := time.Now()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local []time.Duration
			errs := 0
			for time.Now().Before(deadline) {
				req, _ := http.NewRequest(http.MethodGet, url, nil)
				if key != "" {
					req.Header.Set("Authorization", "Bearer "+key)
				}
				t0 := time.Now()
				res, err := client.Do(req)
				if err != nil {
					errs++
					continue
				}
				_, _ = io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusOK {
					errs++
					failedMu.Lock()
					failedStatus[res.StatusCode]++
					failedMu.Unlock()
					continue
				}
				local = append(local, time.Since(t0))
			}
			mu.Lock()
			all.latencies = append(all.latencies, local...)
			all.errors += errs
			mu.Unlock()
		}()
	}
	wg.Wait()
	all.elapsed = time.Since(start)
	slices.Sort(all.latencies)
	return all
}
