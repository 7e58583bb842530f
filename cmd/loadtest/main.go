// Command loadtest measures the authenticated REST hot path on loopback: it
// starts a KeyBS server in this process on the given database, signs up a
// tenant, creates a test key, and drives GET /v1/verifications/{id} and then
// POST /v1/verifications with concurrent clients for a fixed time. In the same
// run it drives a bare JSON handler with the same requests, so each result is
// a ratio against a baseline measured on the same machine at the same moment,
// not an absolute number, and a floor handler that does only the database
// work each contract cannot skip (see floorHandler): the ceiling of those
// ratios here. It also sums what the portal's first load transfers. Its figures end in result lines for cmd/benchtable.
//
//	go run ./cmd/loadtest -db sqlite -duration 5s
//	go run ./cmd/loadtest -db "$TEST_DATABASE_URL" -duration 5s
package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"regexp"
	"runtime/pprof"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/keybs/platform/internal/benchrig"
	"github.com/keybs/platform/internal/ratelimit"
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
	rig, err := benchrig.Start(db, benchrig.Options{Log: serverLog})
	if err != nil {
		return err
	}
	defer rig.Close()
	keybs := rig.URL
	p, err := benchrig.SignUp(keybs, "load@example.com")
	if err != nil {
		return err
	}
	var list struct{ Data []struct{ ID string } }
	if err := getJSON(keybs+"/v1/verifications?status=approved&limit=1", p.Key, &list); err != nil || len(list.Data) == 0 {
		return fmt.Errorf("no sandbox case to read: %v", err)
	}
	key, caseID := p.Key, list.Data[0].ID
	// The key's budget must not be what is measured.
	if err := rig.Server.LiftRateLimit(context.Background(), 1<<30); err != nil {
		return err
	}

	bare, stopBare, err := serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		status := http.StatusOK
		if r.Method == http.MethodPost {
			status = http.StatusCreated
		}
		writeCase(w, status, bareCase)
	}))
	if err != nil {
		return err
	}
	defer stopBare()

	floor, stopFloor, err := floorHandler(rig)
	if err != nil {
		return err
	}
	defer stopFloor()

	get := request{method: http.MethodGet, status: http.StatusOK}
	base := drive(bare+"/v1/verifications/x", get, duration, clients)
	reads := drive(floor+"/v1/verifications/"+caseID, get, duration, clients)
	least := drive(floor+"/v1/verifications/"+caseID+"?budget", get, duration, clients)
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
	auth := drive(keybs+"/v1/verifications/"+caseID, request{method: http.MethodGet, key: key, status: http.StatusOK}, duration, clients)
	if profilePath != "" {
		pprof.StopCPUProfile()
	}
	create := request{method: http.MethodPost, key: key, status: http.StatusCreated, body: []byte(`{"supplier_name":"Acme","country_code":"IN",` +
		`"tier":"tier1","package":"basic","contact_email":"ops@acme.example"}`)}
	bareCreate := drive(bare+"/v1/verifications", request{method: http.MethodPost, status: http.StatusCreated, body: create.body}, duration, clients)
	leastCreate := drive(floor+"/v1/verifications", request{method: http.MethodPost, status: http.StatusCreated, body: create.body}, duration, clients)
	created := drive(keybs+"/v1/verifications", create, duration, clients)
	dialect := rig.Dialect
	fmt.Printf("%-34s %10s %9s %9s %7s %8s\n", "target ("+dialect+", "+fmt.Sprint(clients)+" clients)", "req/s", "p50", "p99", "errors", "ratio")
	for _, r := range []struct {
		name     string
		res, bar result
	}{{"bare JSON handler", base, base}, {"floor: key + case reads", reads, base},
		{"floor: key + budget + case", least, base}, {"GET /v1/verifications/{id}", auth, base},
		{"bare JSON handler (POST)", bareCreate, bareCreate}, {"floor: key read + 3-row transaction", leastCreate, bareCreate},
		{"POST /v1/verifications", created, bareCreate}} {
		fmt.Printf("%-34s %10.0f %9s %9s %7d %7.2fx\n", r.name, r.res.rps(), r.res.pct(50), r.res.pct(99), r.res.errors, r.res.rps()/r.bar.rps())
	}
	if len(failedStatus) > 0 {
		fmt.Printf("failed responses by status: %v\n", failedStatus)
	}
	note := fmt.Sprintf("%d clients, %s", clients, duration)
	benchrig.Report(benchrig.Result{Key: "t1.get_ratio." + dialect, Measured: auth.rps() / base.rps(), Note: note})
	benchrig.Report(benchrig.Result{Key: "t1.get_p99." + dialect, Measured: auth.ms(99), Note: note})
	benchrig.Report(benchrig.Result{Key: "t1.floor_reads." + dialect, Measured: reads.rps() / base.rps(),
		Note: "bare + the key and the case read by prepared statements"})
	benchrig.Report(benchrig.Result{Key: "t1.floor_ratio." + dialect, Measured: least.rps() / base.rps(),
		Note: fmt.Sprintf("… + one budget from the shared store; row 1 reaches %.2f of it", auth.rps()/least.rps())})
	benchrig.Report(benchrig.Result{Key: "t3.post_ratio." + dialect, Measured: created.rps() / bareCreate.rps(), Note: note})
	benchrig.Report(benchrig.Result{Key: "t3.floor_post." + dialect, Measured: leastCreate.rps() / bareCreate.rps(),
		Note: fmt.Sprintf("bare + the key read and one transaction of 3 row inserts; row 3 reaches %.2f of it", created.rps()/leastCreate.rps())})
	if kb, files, err := portalTransferred(keybs); err == nil {
		benchrig.Report(benchrig.Result{Key: "t7.portal_kb", Measured: kb, Note: fmt.Sprintf("index.html and %d assets, brotli", files)})
	} else {
		fmt.Println("portal first load not measured:", err)
	}
	return nil
}

// floorHandler serves the least any handler honouring the contracts of rows
// 1 and 3 must do per request, with nothing of ours in between. Both read
// the key by its hash (a revoked key is refused on the very next request, on
// every replica, so no cache). The GET takes one budget from the server's
// own rate-limit store (the counter every replica shares on PostgreSQL; only
// with ?budget, so the run shows what the reads alone cost) and reads the
// case by its id. The POST writes, in one transaction, the three rows the
// contract needs at the least (the case, its outbox event, its audit entry),
// into a table of its own with no secondary index: fewer indexes than the
// real tables, so a ceiling. Plain SQL on the server's own pool (the reads
// prepared), no ORM, the bare handler's JSON. Each ratio to the bare handler is the
// ceiling its row's ratio can reach on this machine and database.
func floorHandler(rig *benchrig.Rig) (string, func(), error) {
	ctx := context.Background()
	db := rig.Server.DB.SQL
	mark := func(q string) string { return benchrig.Placeholders(rig.Dialect, q) }
	var hash string
	if err := db.QueryRowContext(ctx, `SELECT key_hash FROM api_keys WHERE revoked_at IS NULL LIMIT 1`).Scan(&hash); err != nil {
		return "", nil, fmt.Errorf("floor: a key to read: %w", err)
	}
	keyStmt, err := db.PrepareContext(ctx, mark(`SELECT id, tenant_id, scopes, revoked_at, expires_at FROM api_keys WHERE key_hash = $1`))
	if err != nil {
		return "", nil, err
	}
	caseStmt, err := db.PrepareContext(ctx, mark(`SELECT id, verification_id, status, supplier_name, country_code, trust_score, risk_band
		FROM verification_cases WHERE id = $1`))
	if err != nil {
		_ = keyStmt.Close()
		return "", nil, err
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE loadtest_floor_rows (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL)`); err != nil {
		_, _ = keyStmt.Close(), caseStmt.Close()
		return "", nil, err
	}
	insert := mark(`INSERT INTO loadtest_floor_rows (id, tenant_id, kind, body) VALUES ($1, $2, $3, $4)`)
	var rows atomic.Int64
	key := func(w http.ResponseWriter, r *http.Request) (keyID, tenantID string, ok bool) {
		var scopes string
		var revoked, expires sql.NullTime
		if err := keyStmt.QueryRowContext(r.Context(), hash).Scan(&keyID, &tenantID, &scopes, &revoked, &expires); err != nil || revoked.Valid {
			http.Error(w, "key", http.StatusUnauthorized)
			return "", "", false
		}
		return keyID, tenantID, true
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/verifications", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		_, tenantID, ok := key(w, r)
		if !ok {
			return
		}
		tx, err := db.BeginTx(r.Context(), nil)
		if err != nil {
			http.Error(w, "begin", http.StatusServiceUnavailable)
			return
		}
		n := rows.Add(3)
		for i, kind := range []string{"case", "event", "audit"} {
			if _, err := tx.ExecContext(r.Context(), insert, fmt.Sprintf("floor_%d", n-int64(i)), tenantID, kind, string(body)); err != nil {
				_ = tx.Rollback()
				http.Error(w, "insert", http.StatusServiceUnavailable)
				return
			}
		}
		if err := tx.Commit(); err != nil {
			http.Error(w, "commit", http.StatusServiceUnavailable)
			return
		}
		writeCase(w, http.StatusCreated, bareCase)
	})
	mux.HandleFunc("GET /v1/verifications/{id}", func(w http.ResponseWriter, r *http.Request) {
		keyID, _, ok := key(w, r)
		if !ok {
			return
		}
		if r.URL.Query().Has("budget") {
			d, err := rig.Server.Limiter.Take(r.Context(), time.Now(), ratelimit.Limit{Key: "floor:" + keyID, Max: 1 << 30, Window: time.Minute})
			if err != nil || !d.Allowed {
				http.Error(w, "budget", http.StatusTooManyRequests)
				return
			}
		}
		var id, vid, status, name, country string
		var score sql.NullInt64
		var band sql.NullString
		if err := caseStmt.QueryRowContext(r.Context(), r.PathValue("id")).Scan(&id, &vid, &status, &name, &country, &score, &band); err != nil {
			http.Error(w, "case", http.StatusNotFound)
			return
		}
		writeCase(w, http.StatusOK, caseJSON{id, vid, status, name, country, score.Int64, band.String})
	})
	url, stop, err := serve(mux)
	if err != nil {
		_, _ = keyStmt.Close(), caseStmt.Close()
		return "", nil, err
	}
	return url, func() { stop(); _, _ = keyStmt.Close(), caseStmt.Close() }, nil
}

// caseJSON is the shape every handler of the run answers with: the fields
// of a case the REST read shows.
type caseJSON struct {
	id, verificationID, status, name, country string
	trustScore                                int64
	riskBand                                  string
}

// bareCase is what the bare handler and the POST floor answer.
var bareCase = caseJSON{"vrc_x", "KBS-VR-XXXXXXXXXX", "approved", "Acme", "IN", 78, "medium"}

// writeCase answers c as JSON with status, encoded as every handler of the
// run encodes it, so the ratios compare the work before the answer.
func writeCase(w http.ResponseWriter, status int, c caseJSON) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"id": c.id, "verification_id": c.verificationID, "status": c.status,
		"supplier": map[string]any{"name": c.name, "country_code": c.country, "trust_score": c.trustScore, "risk_band": c.riskBand}})
}

func getJSON(url, key string, out any) error {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Authorization", "Bearer "+key)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %d", url, res.StatusCode)
	}
	return json.NewDecoder(res.Body).Decode(out)
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

// assetRef finds the scripts, styles and preloads index.html makes a browser
// fetch on first load.
var assetRef = regexp.MustCompile(`(?:src|href)="(/assets/[^"]+)"`)

// portalTransferred is what a browser downloads on the portal's first load
// (index.html and the assets it references), in KB as transferred with
// Accept-Encoding: br, gzip.
func portalTransferred(base string) (kb float64, files int, err error) {
	fetch := func(path string) (int, string, error) {
		req, _ := http.NewRequest(http.MethodGet, base+path, nil)
		req.Header.Set("Accept-Encoding", "br, gzip")
		// A transport of its own: the default one would decode gzip
		// itself and hide the size on the wire.
		res, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
		if err != nil {
			return 0, "", err
		}
		defer res.Body.Close()
		raw, err := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusOK {
			return 0, "", fmt.Errorf("GET %s: %d", path, res.StatusCode)
		}
		return len(raw), res.Header.Get("Content-Encoding"), err
	}
	n, _, err := fetch("/")
	if err != nil {
		return 0, 0, err
	}
	req, _ := http.NewRequest(http.MethodGet, base+"/", nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, 0, err
	}
	html, _ := io.ReadAll(res.Body)
	res.Body.Close()
	total := n
	seen := map[string]bool{}
	for _, m := range assetRef.FindAllStringSubmatch(string(html), -1) {
		if seen[m[1]] {
			continue
		}
		seen[m[1]] = true
		n, _, err := fetch(m[1])
		if err != nil {
			return 0, 0, err
		}
		total += n
	}
	if len(seen) == 0 {
		return 0, 0, fmt.Errorf("index.html references no /assets/ (is the portal built? make portal)")
	}
	return float64(total) / 1024, len(seen), nil
}

type result struct {
	latencies []time.Duration
	errors    int
	elapsed   time.Duration
}

func (r result) rps() float64 { return float64(len(r.latencies)) / r.elapsed.Seconds() }

func (r result) ms(p int) float64 {
	if len(r.latencies) == 0 {
		return 0
	}
	return float64(r.latencies[(len(r.latencies)-1)*p/100].Microseconds()) / 1000
}

func (r result) pct(p int) string {
	if len(r.latencies) == 0 {
		return "-"
	}
	return r.latencies[(len(r.latencies)-1)*p/100].Round(time.Microsecond).String()
}

// drive sends requests from clients goroutines for d (bounded in time and by the
// loopback target) and collects latencies of successful requests.
// request is what drive sends and the status it expects.
type request struct {
	method, key string
	body        []byte
	status      int
}

func drive(url string, rq request, d time.Duration, clients int) result {
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
				var body io.Reader
				if rq.body != nil {
					body = bytes.NewReader(rq.body)
				}
				req, _ := http.NewRequest(rq.method, url, body)
				if rq.body != nil {
					req.Header.Set("Content-Type", "application/json")
				}
				if rq.key != "" {
					req.Header.Set("Authorization", "Bearer "+rq.key)
				}
				t0 := time.Now()
				res, err := client.Do(req)
				if err != nil {
					errs++
					continue
				}
				_, _ = io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != rq.status {
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
