// Command soak runs a KeyBS server in this process under steady mixed load
// for a fixed time and shows whether it stays healthy: REST reads, creates
// and document uploads with API keys, GraphQL queries and mutations with a
// portal session, graphql-transport-ws subscribers (apiKeyChanged and
// webhookDeliveryLogged) and webhook deliveries to a loopback receiver. It
// samples RSS, heap and goroutines every second and compares the window
// after a warm-up with the last (they should be flat), prints p99 per kind
// of call, and exits 1 on any 5xx (a REST 5xx status or a GraphQL
// server_error).
//
// The load is paced (a fixed rate per kind, within the default GraphQL and
// per-key document budgets), not flat out: a soak asks "does it leak or
// fail over time", not "how fast is it" (cmd/loadtest asks that).
//
//	go run ./cmd/soak -db sqlite -duration 60s
//	go run ./cmd/soak -db "$TEST_DATABASE_URL" -duration 60s
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"github.com/keybs/platform/internal/benchrig"
)

func main() {
	db := flag.String("db", "sqlite", `"sqlite" for a fresh SQLite file, or a postgres:// URL (a scratch database is created on it)`)
	duration := flag.Duration("duration", 60*time.Second, "how long to keep the load on (use 10s while developing)")
	subscribers := flag.Int("subscribers", 50, "websocket subscribers (half apiKeyChanged, half webhookDeliveryLogged)")
	readRate := flag.Float64("reads", 200, "REST reads per second")
	verbose := flag.Bool("v", false, "show the server's warnings and errors")
	flag.Parse()
	var log *slog.Logger
	if *verbose {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	failed, err := run(*db, *duration, *subscribers, *readRate, log)
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
	if failed {
		fmt.Fprintln(os.Stderr, "soak: the server answered 5xx (see above)")
		os.Exit(1)
	}
}

// keys are the API keys the REST load spreads over, so no key's document
// budget (10 a minute) is what the soak measures.
const keys = 8

func run(db string, duration time.Duration, subscribers int, readRate float64, log *slog.Logger) (failed bool, err error) {
	receiver := &receiver{}
	hook, stopHook, err := serve(receiver)
	if err != nil {
		return false, err
	}
	defer stopHook()
	rig, err := benchrig.Start(db, benchrig.Options{Log: log, Env: map[string]string{
		"KEYBS_WEBHOOK_ALLOW_PRIVATE": "true", // the receiver is on loopback
		"KEYBS_SANDBOX_STEP":          "1s",   // cases move, so their events flow too
	}})
	if err != nil {
		return false, err
	}
	defer rig.Close()
	base := rig.URL
	f, err := setUp(base, hook)
	if err != nil {
		return false, err
	}
	if err := rig.Server.LiftRateLimit(context.Background(), 1<<30); err != nil {
		return false, err
	}

	st := newStats()
	subs, err := openSubscribers(base, f.token, subscribers, st)
	if err != nil {
		return false, err
	}
	// Wait until every subscription is live on the bus, so the first
	// events are not missed.
	for deadline := time.Now().Add(30 * time.Second); rig.Server.Bus.Subscribers() < subscribers; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			return false, fmt.Errorf("only %d of %d subscriptions started", rig.Server.Bus.Subscribers(), subscribers)
		}
	}

	ctx, stop := context.WithTimeout(context.Background(), duration)
	defer stop()
	var wg sync.WaitGroup
	load := func(rate float64, workers int, fn func(worker, i int)) {
		for w := range workers {
			wg.Add(1)
			go func() { defer wg.Done(); pace(ctx, rate/float64(workers), func(i int) { fn(w, i) }) }()
		}
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 32}, Timeout: 30 * time.Second}
	load(readRate, 8, func(w, i int) {
		key := f.keys[(w+i)%keys]
		if i%2 == 0 {
			st.rest(client, "rest GET /v1/verifications/{id}", http.MethodGet, base+"/v1/verifications/"+f.caseID, key, nil)
		} else {
			st.rest(client, "rest GET /v1/verifications", http.MethodGet, base+"/v1/verifications?limit=10", key, nil)
		}
	})
	var created = newRing(64)
	created.put(f.caseID)
	load(5, 2, func(w, i int) {
		body := map[string]any{"supplier_name": "Soak " + strconv.Itoa(i), "country_code": "IN", "tier": "tier1",
			"package": "basic", "contact_email": "ops@soak.example"}
		if id := st.rest(client, "rest POST /v1/verifications", http.MethodPost, base+"/v1/verifications", f.keys[(w+i)%keys], body); id != "" {
			created.put(id)
		}
	})
	load(1, 1, func(_, i int) {
		body := map[string]any{"kind": "bank_statement", "filename": "statement.pdf", "storage_path": "tenants/soak/statement.pdf",
			"sha256": strings.Repeat("a", 64)}
		st.rest(client, "rest POST /v1/verifications/{id}/documents", http.MethodPost,
			base+"/v1/verifications/"+created.get(i)+"/documents", f.keys[i%keys], body)
	})
	// GraphQL stays inside a signed-in user's default budgets (600 root
	// fields and 120 mutations a minute): 4 queries of 2 fields a second,
	// one key update a second and a test webhook every two seconds.
	load(4, 2, func(_, i int) {
		st.graphql(client, "graphql query", base, f.token, `query($id: ID!) { viewer { id email } apiKey(id: $id) { id name state } }`,
			map[string]any{"id": f.keyIDs[i%keys]})
	})
	load(1, 1, func(_, i int) {
		id := f.keyIDs[i%keys]
		st.sent.Store(id, time.Now())
		st.graphql(client, "graphql mutation updateApiKey", base, f.token, `mutation($id: ID!, $n: String!) { updateApiKey(id: $id, input: {name: $n}) { id name } }`,
			map[string]any{"id": id, "n": "soak " + strconv.Itoa(i)})
		st.keyUpdates.Add(1)
	})
	load(0.5, 1, func(_, _ int) {
		st.graphql(client, "graphql mutation sendTestWebhook", base, f.token, `mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }`,
			map[string]any{"id": f.endpointID})
	})
	// Sampling starts with the load's own goroutines (its pacers) running,
	// so the first window is the steady state, as the last is.
	samples := make(chan []sample, 1)
	go func() { samples <- sampleEvery(ctx, time.Second) }()
	wg.Wait()
	// Let the last events and deliveries arrive before counting them.
	time.Sleep(2 * time.Second)
	for _, c := range subs {
		_ = c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
		_ = c.Close()
	}
	return report(rig.Dialect, duration, st, <-samples, receiver), nil
}

// fixture is what the load runs with.
type fixture struct {
	token      string // the owner's portal access token
	keys       []string
	keyIDs     []string
	caseID     string // a sandbox case every key can read
	endpointID string
}

func setUp(base, hook string) (fixture, error) {
	var f fixture
	p, err := benchrig.SignUp(base, "soak@example.com")
	if err != nil {
		return f, err
	}
	f.token = p.AccessToken
	f.keys, f.keyIDs = []string{p.Key}, []string{p.KeyID}
	for i := 1; i < keys; i++ {
		k, id, err := benchrig.CreateKey(base, p.AccessToken, "soak "+strconv.Itoa(i))
		if err != nil {
			return f, err
		}
		f.keys, f.keyIDs = append(f.keys, k), append(f.keyIDs, id)
	}
	var list struct{ Data []struct{ ID string } }
	if err := getJSON(base+"/v1/verifications?limit=1", p.Key, &list); err != nil || len(list.Data) == 0 {
		return f, fmt.Errorf("no sandbox case to read: %v", err)
	}
	f.caseID = list.Data[0].ID
	var ep struct {
		Data struct {
			CreateWebhookEndpoint struct{ Endpoint struct{ ID string } }
		}
		Errors []any
	}
	err = benchrig.PostJSON(base+"/graphql", f.token, map[string]any{
		"query":     `mutation($u: String!) { createWebhookEndpoint(input: {url: $u, environment: TEST}) { endpoint { id } } }`,
		"variables": map[string]any{"u": hook + "/hook"}}, &ep)
	if err != nil || ep.Data.CreateWebhookEndpoint.Endpoint.ID == "" {
		return f, fmt.Errorf("create webhook endpoint: %v %v", err, ep.Errors)
	}
	f.endpointID = ep.Data.CreateWebhookEndpoint.Endpoint.ID
	return f, nil
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

// pace calls fn at rate per second until ctx ends; a call that overruns its
// slot delays the next (the load never piles up goroutines).
func pace(ctx context.Context, rate float64, fn func(i int)) {
	every := time.Duration(float64(time.Second) / rate)
	next := time.Now()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Until(next)):
		}
		fn(i)
		next = next.Add(every)
		if now := time.Now(); next.Before(now) {
			next = now
		}
	}
}

// ring keeps the last ids created, for the document uploads.
type ring struct {
	mu  sync.Mutex
	ids []string
	n   int
}

func newRing(n int) *ring { return &ring{ids: make([]string, 0, n)} }

func (r *ring) put(id string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.ids) < cap(r.ids) {
		r.ids = append(r.ids, id)
	} else {
		r.ids[r.n%cap(r.ids)] = id
	}
	r.n++
}

func (r *ring) get(i int) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ids[i%len(r.ids)]
}

// receiver is the loopback webhook endpoint: it answers 200 and counts.
type receiver struct{ got atomic.Int64 }

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_, _ = io.Copy(io.Discard, r.Body)
	rc.got.Add(1)
	w.WriteHeader(http.StatusOK)
}

func serve(h http.Handler) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	s := &http.Server{Handler: h}
	go func() { _ = s.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() { _ = s.Close() }, nil
}

// stats collects outcomes per kind of call.
type stats struct {
	mu    sync.Mutex
	kinds map[string]*kindStats
	// sent is when the last updateApiKey of each key was sent, for the
	// apiKeyChanged subscribers' delivery latency.
	sent       sync.Map
	keyUpdates atomic.Int64
	// keySubscribers is how many sockets follow apiKeyChanged.
	keySubscribers int
}

type kindStats struct {
	latencies []time.Duration
	statuses  map[string]int // failures by status or GraphQL code
	server    int            // 5xx and server_error
}

func newStats() *stats { return &stats{kinds: map[string]*kindStats{}} }

func (s *stats) record(kind string, d time.Duration, failure string, serverFault bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := s.kinds[kind]
	if k == nil {
		k = &kindStats{statuses: map[string]int{}}
		s.kinds[kind] = k
	}
	switch {
	case failure == "":
		k.latencies = append(k.latencies, d)
	default:
		k.statuses[failure]++
		if serverFault {
			k.server++
		}
	}
}

// rest sends one /v1 call and records it; it returns the created id of a
// successful POST.
func (s *stats) rest(client *http.Client, kind, method, url, key string, body any) string {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, url, rd)
	req.Header.Set("Authorization", "Bearer "+key)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	t0 := time.Now()
	res, err := client.Do(req)
	if err != nil {
		s.record(kind, 0, "transport: "+err.Error(), false)
		return ""
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	d := time.Since(t0)
	if res.StatusCode >= 300 {
		s.record(kind, d, strconv.Itoa(res.StatusCode), res.StatusCode >= 500)
		return ""
	}
	s.record(kind, d, "", false)
	var out struct{ ID string }
	_ = json.Unmarshal(raw, &out)
	return out.ID
}

// graphql posts one operation and records it; a GraphQL error counts as a
// failure under its extensions.code, and server_error as a 5xx.
func (s *stats) graphql(client *http.Client, kind, base, token, query string, vars map[string]any) {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	t0 := time.Now()
	res, err := client.Do(req)
	if err != nil {
		s.record(kind, 0, "transport: "+err.Error(), false)
		return
	}
	defer res.Body.Close()
	var out struct {
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	decodeErr := json.NewDecoder(res.Body).Decode(&out)
	d := time.Since(t0)
	switch {
	case res.StatusCode >= 500:
		s.record(kind, d, strconv.Itoa(res.StatusCode), true)
	case decodeErr != nil:
		s.record(kind, d, "undecodable "+strconv.Itoa(res.StatusCode), false)
	case len(out.Errors) > 0:
		code := out.Errors[0].Extensions.Code
		s.record(kind, d, code, code == "server_error" || code == "internal")
	default:
		s.record(kind, d, "", false)
	}
}

// openSubscribers opens n sockets, alternating apiKeyChanged and
// webhookDeliveryLogged, and records each message they receive.
func openSubscribers(base, token string, n int, st *stats) ([]*websocket.Conn, error) {
	var conns []*websocket.Conn
	for i := range n {
		kind, query := "ws apiKeyChanged", `subscription { apiKeyChanged { type apiKeyId apiKey { id name } } }`
		if i%2 == 1 {
			kind, query = "ws webhookDeliveryLogged", `subscription { webhookDeliveryLogged { id } }`
		} else {
			st.keySubscribers++
		}
		c, err := benchrig.Subscribe(base, token, query)
		if err != nil {
			for _, c := range conns {
				_ = c.Close()
			}
			return nil, fmt.Errorf("subscriber %d: %w", i, err)
		}
		conns = append(conns, c)
		go readSubscriber(c, kind, st)
	}
	return conns, nil
}

func readSubscriber(c *websocket.Conn, kind string, st *stats) {
	for {
		var m benchrig.Message
		if err := c.ReadJSON(&m); err != nil {
			return // closed at the end of the run (or by the server: counted below)
		}
		switch m.Type {
		case "next":
			var p struct {
				Data struct {
					APIKeyChanged struct{ Type, APIKeyID string }
				}
				Errors []struct{ Extensions struct{ Code string } }
			}
			_ = json.Unmarshal(m.Payload, &p)
			if len(p.Errors) > 0 {
				code := p.Errors[0].Extensions.Code
				st.record(kind, 0, code, code == "server_error" || code == "internal")
				continue
			}
			var d time.Duration
			as := kind
			if change := p.Data.APIKeyChanged; kind == "ws apiKeyChanged" && change.Type != "UPDATED" {
				// A key's calls announce it too (USED, at most once a minute
				// per key): not a reply to an update, so neither timed nor
				// counted against the updates sent.
				as += " " + change.Type
			} else if t, ok := st.sent.Load(change.APIKeyID); ok {
				d = time.Since(t.(time.Time))
			}
			st.record(as, d, "", false)
		case "error", "complete":
			st.record(kind, 0, "subscription "+m.Type+" "+string(m.Payload), strings.Contains(string(m.Payload), "server_error"))
		}
	}
}

// sample is one second's reading of the process.
type sample struct {
	at         time.Time
	rss, heap  uint64
	goroutines int
}

func sampleEvery(ctx context.Context, every time.Duration) []sample {
	var out []sample
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		out = append(out, sample{at: time.Now(), rss: rss(), heap: m.HeapInuse, goroutines: runtime.NumGoroutine()})
		select {
		case <-ctx.Done():
			return out
		case <-t.C:
		}
	}
}

// rss reads the process's resident set from /proc (Linux); 0 elsewhere.
func rss() uint64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// window averages the samples of [from, to) after the start, RSS and heap,
// and takes their fewest goroutines: a leaked goroutine is in every sample,
// while the requests and deliveries in flight at one second come and go
// (a subscription has no goroutine of its own while idle, so the count at
// any one second is mostly the load's).
func window(s []sample, from, to time.Duration) (rss, heap, goroutines float64) {
	n := 0.0
	fewest := -1
	for _, x := range s {
		if off := x.at.Sub(s[0].at); off >= from && off < to {
			rss, heap, n = rss+float64(x.rss), heap+float64(x.heap), n+1
			if fewest < 0 || x.goroutines < fewest {
				fewest = x.goroutines
			}
		}
	}
	if n == 0 {
		return 0, 0, 0
	}
	return rss / n, heap / n, float64(fewest)
}

func report(dialect string, duration time.Duration, st *stats, samples []sample, rc *receiver) (failed bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	fmt.Printf("soak on %s for %s (in-process server and load, shared machine)\n", dialect, duration)
	fmt.Printf("%-44s %8s %9s %9s %9s  %s\n", "kind", "ok", "p50", "p99", "max", "failures")
	names := make([]string, 0, len(st.kinds))
	for n := range st.kinds {
		names = append(names, n)
	}
	slices.Sort(names)
	server := 0
	for _, n := range names {
		k := st.kinds[n]
		slices.Sort(k.latencies)
		server += k.server
		fmt.Printf("%-44s %8d %9s %9s %9s  %v\n", n, len(k.latencies), pct(k.latencies, 50), pct(k.latencies, 99), pct(k.latencies, 100), k.statuses)
		if len(k.latencies) > 0 && k.latencies[len(k.latencies)-1] > 0 {
			benchrig.Report(benchrig.Result{Key: "soak.p99." + slug(n) + "." + dialect, Row: "soak p99 " + n + " (" + dialect + ")",
				Measured: ms(k.latencies[(len(k.latencies)-1)*99/100]), Unit: "ms", Note: fmt.Sprintf("%d ok", len(k.latencies))})
		}
	}
	perKey := st.keyUpdates.Load()
	if k := st.kinds["ws apiKeyChanged"]; k != nil {
		want := int(perKey) * st.keySubscribers
		fmt.Printf("apiKeyChanged: %d key updates sent to %d subscribers, %d messages received\n", perKey, st.keySubscribers, len(k.latencies))
		benchrig.Report(benchrig.Result{Key: "soak.missed." + dialect, Row: "soak apiKeyChanged messages missed (" + dialect + ")",
			Measured: float64(max(0, want-len(k.latencies))), Op: "<=", Target: 0, Note: fmt.Sprintf("%d expected", want)})
	}
	fmt.Printf("webhook deliveries received by the loopback endpoint: %d (%.1f/s)\n", rc.got.Load(), float64(rc.got.Load())/duration.Seconds())
	// The first window follows one window of warm-up, in which the
	// clients' and the server's connection pools and caches fill to what
	// the load needs.
	w := min(10*time.Second, duration/4)
	r0, h0, g0 := window(samples, w, 2*w)
	r1, h1, g1 := window(samples, duration-w, duration+time.Second)
	fmt.Printf("%s after %s of warm-up: RSS %.0f MB, heap %.0f MB, at least %.0f goroutines; last %s: RSS %.0f MB, heap %.0f MB, at least %.0f goroutines\n",
		w, w, r0/1e6, h0/1e6, g0, w, r1/1e6, h1/1e6, g1)
	benchrig.Report(benchrig.Result{Key: "soak.5xx." + dialect, Row: "soak 5xx and server_error (" + dialect + ")", Measured: float64(server),
		Op: "<=", Target: 0, Note: duration.String()})
	benchrig.Report(benchrig.Result{Key: "soak.rss." + dialect, Row: "soak RSS last/first " + w.String() + " (" + dialect + ")", Measured: ratio(r1, r0),
		Unit: "x", Op: "<=", Target: 1.25, Note: fmt.Sprintf("%.0f → %.0f MB", r0/1e6, r1/1e6)})
	benchrig.Report(benchrig.Result{Key: "soak.goroutines." + dialect, Row: "soak goroutines last/first " + w.String() + " (" + dialect + ")", Measured: ratio(g1, g0),
		Unit: "x", Op: "<=", Target: 1.10, Note: fmt.Sprintf("fewest in a second: %.0f → %.0f", g0, g1)})
	return server > 0
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func pct(l []time.Duration, p int) string {
	if len(l) == 0 {
		return "-"
	}
	return l[(len(l)-1)*p/100].Round(time.Microsecond).String()
}

func slug(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, s)
}
