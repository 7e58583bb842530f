// Command fanout measures one event reaching many websocket subscribers
// (issue 18, target 5): it starts a KeyBS server in this process, opens N
// graphql-transport-ws subscriptions to apiKeyChanged in one tenant from a
// child process (itself, re-run with -client, so the subscribers' memory and
// CPU are not counted as the server's), then commits one key change at a
// time and reports how long each subscriber waited for it (p99), the
// server's memory per connection and its CPU per subscriber per event.
//
//	go run ./cmd/fanout -n 5000 -events 3
//
// With -floor it measures the least any websocket server on net/http and
// gorilla/websocket can hold per socket on this machine, in a separate
// process so neither figure includes the other: an upgrade with the
// server's buffer settings and one goroutine reading, nothing else.
//
//	go run ./cmd/fanout -floor -n 5000
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gorilla/websocket"

	"github.com/keybs/platform/graph"
	"github.com/keybs/platform/internal/benchrig"
	"github.com/keybs/platform/server"
)

func main() {
	db := flag.String("db", "sqlite", `"sqlite" or a postgres:// URL (a scratch database is created on it)`)
	n := flag.Int("n", 5000, "subscribers")
	events := flag.Int("events", 3, "key changes to send, one after another")
	query := flag.String("query", "subscription { apiKeyChanged { type apiKeyId } }", "the subscription each socket starts")
	flag.StringVar(&heapProfile, "heapprofile", "", "write the server's heap profile to this file once the subscribers are open")
	floor := flag.Bool("floor", false, "measure bare sockets (net/http and gorilla/websocket alone), not KeyBS's subscriptions")
	client := flag.Bool("client", false, "internal: run as the subscribers' process")
	url := flag.String("url", "", "internal: the server's URL (with -client)")
	token := flag.String("token", "", "internal: the access token (with -client)")
	flag.Parse()
	raiseFileLimit()
	var err error
	switch {
	case *client && *floor:
		err = runBareClient(*url, *n)
	case *client:
		err = runClient(*url, *token, *query, *n)
	case *floor:
		err = runFloor(*n)
	default:
		err = runServer(*db, *query, *n, *events)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "fanout:", err)
		os.Exit(1)
	}
}

// raiseFileLimit lifts the soft limit on open files to the hard one: each
// socket is a descriptor on both ends of loopback.
func raiseFileLimit() {
	var l syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l) == nil && l.Cur < l.Max {
		l.Cur = l.Max
		_ = syscall.Setrlimit(syscall.RLIMIT_NOFILE, &l)
	}
}

func runServer(db, query string, n, events int) error {
	rig, err := benchrig.Start(db, benchrig.Options{
		Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
		// n subscriptions are n root fields of one user's query budget.
		Mutate: func(c *server.Config) { c.GraphQLBudgets = graph.Budgets{Queries: 1 << 30, Mutations: 1 << 30} },
	})
	if err != nil {
		return err
	}
	defer rig.Close()
	p, err := benchrig.SignUp(rig.URL, "fanout@example.com")
	if err != nil {
		return err
	}
	before := measure()
	toChild, lines, stop, err := startChild("-client", "-url", rig.URL, "-token", p.AccessToken, "-query", query, "-n", strconv.Itoa(n))
	if err != nil {
		return err
	}
	defer stop()
	opened := time.Now()
	for deadline := time.Now().Add(2 * time.Minute); rig.Server.Bus.Subscribers() < n; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			return fmt.Errorf("only %d of %d subscriptions are live", rig.Server.Bus.Subscribers(), n)
		}
	}
	// Settle for one session recheck interval (5 s) so the sockets' steady
	// cost is in the figures, then measure what they hold.
	time.Sleep(time.Until(opened.Add(6 * time.Second)))
	after := measure()
	if heapProfile != "" {
		if err := writeHeapProfile(heapProfile); err != nil {
			return err
		}
	}
	fmt.Printf("%d subscribers open: server %s\n", n, after.since(before, n))

	var worstP99, worstCPU float64
	for e := range events {
		cpu0 := cpuTime()
		sent := time.Now()
		fmt.Fprintln(toChild, sent.UnixNano())
		var upd struct {
			Data struct{ UpdateApiKey struct{ ID string } }
		}
		if err := benchrig.PostJSON(rig.URL+"/graphql", p.AccessToken, map[string]any{
			"query":     `mutation($id: ID!, $n: String!) { updateApiKey(id: $id, input: {name: $n}) { id } }`,
			"variables": map[string]any{"id": p.KeyID, "n": "fanout " + strconv.Itoa(e)}}, &upd); err != nil {
			return err
		}
		mutation := time.Since(sent)
		if !lines.Scan() {
			return fmt.Errorf("the subscribers' process ended: %v", lines.Err())
		}
		cpu := cpuTime() - cpu0
		var r clientResult
		if err := json.Unmarshal(lines.Bytes(), &r); err != nil {
			return fmt.Errorf("subscribers' result %q: %w", lines.Text(), err)
		}
		perSub := cpu.Seconds() * 1e6 / float64(n)
		rss, heap := memory()
		fmt.Printf("event %d: %d/%d delivered, p50 %.0f ms, p99 %.0f ms, max %.0f ms; mutation %s; server CPU %s (%.0f µs per subscriber); RSS %.0f MB, heap %.0f MB\n",
			e+1, r.Delivered, n, r.P50, r.P99, r.Max, mutation.Round(time.Millisecond), cpu.Round(time.Millisecond), perSub, rss/1e6, heap/1e6)
		if r.Delivered < n {
			r.P99 = 30000 // an undelivered event counts as the client's 30 s timeout
		}
		worstP99, worstCPU = max(worstP99, r.P99), max(worstCPU, perSub)
	}
	note := fmt.Sprintf("%d subscribers, worst of %d events, %s", n, events, rig.Dialect)
	benchrig.Report(benchrig.Result{Key: "t5.fanout_p99", Measured: worstP99, Note: note})
	benchrig.Report(benchrig.Result{Key: "t5.fanout_mem", Measured: after.rssEach(before, n), Note: fmt.Sprintf("server RSS growth / %d sockets", n)})
	benchrig.Report(benchrig.Result{Key: "t5.fanout_cpu", Measured: worstCPU, Note: note})
	return nil
}

// runFloor serves bare websockets on loopback and reports what n of them
// hold: net/http's connection (its 4 KB reader, which the socket reads
// through, its 4 KB writer and the request), gorilla's Conn and the one
// goroutine that reads. Writes borrow their buffer from a pool, as the
// server's adapter does (graph/websocket.go).
func runFloor(n int) error {
	pool := &sync.Pool{}
	var open atomic.Int64
	up := websocket.Upgrader{WriteBufferSize: 4096, WriteBufferPool: pool}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		open.Add(1)
		defer open.Add(-1)
		for {
			if _, _, err := c.NextReader(); err != nil {
				return
			}
		}
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	before := measure()
	_, _, stop, err := startChild("-client", "-floor", "-url", "http://"+ln.Addr().String(), "-n", strconv.Itoa(n))
	if err != nil {
		return err
	}
	defer stop()
	for deadline := time.Now().Add(time.Minute); open.Load() < int64(n); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			return fmt.Errorf("only %d of %d sockets are open", open.Load(), n)
		}
	}
	time.Sleep(time.Second)
	after := measure()
	fmt.Printf("%d bare sockets open: %s\n", n, after.since(before, n))
	benchrig.Report(benchrig.Result{Key: "t5.fanout_mem_floor", Measured: after.rssEach(before, n),
		Note: fmt.Sprintf("RSS growth / %d bare net/http + gorilla sockets", n)})
	return nil
}

// runBareClient opens n plain websockets to url, prints "ready" and holds
// them until stdin ends.
func runBareClient(url string, n int) error {
	conns := make([]*websocket.Conn, n)
	dialer := websocket.Dialer{HandshakeTimeout: 30 * time.Second}
	for i := range conns {
		c, _, err := dialer.Dial("ws"+strings.TrimPrefix(url, "http"), nil)
		if err != nil {
			return err
		}
		conns[i] = c
	}
	fmt.Println("ready")
	_, _ = io.Copy(io.Discard, os.Stdin)
	for _, c := range conns {
		_ = c.Close()
	}
	return nil
}

// memory is this process's RSS and in-use heap, in bytes.
func memory() (rss, heap float64) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	raw, _ := os.ReadFile("/proc/self/status")
	for line := range strings.SplitSeq(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			rss = kb * 1024
		}
	}
	return rss, float64(m.HeapInuse)
}

// footprint is what this process holds at one moment.
type footprint struct {
	rss, heap, stacks float64 // bytes
	goroutines        int
}

// measure collects garbage (several cycles, so idle stacks shrink as far as
// a long-running server's would) and reports what is left.
func measure() footprint {
	for range 4 {
		runtime.GC()
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	rss, heap := memory()
	return footprint{rss: rss, heap: heap, stacks: float64(m.StackInuse), goroutines: runtime.NumGoroutine()}
}

// rssEach is the RSS growth since before, in KB per socket.
func (f footprint) rssEach(before footprint, n int) float64 {
	return (f.rss - before.rss) / float64(n) / 1024
}

// since describes the growth since before, per socket.
func (f footprint) since(before footprint, n int) string {
	each := func(a, b float64) float64 { return (b - a) / float64(n) / 1024 }
	return fmt.Sprintf("RSS %.0f -> %.0f MB (%.1f KB each), heap %.0f -> %.0f MB (%.1f KB each), %.1f goroutines each, their stacks %.1f KB each",
		before.rss/1e6, f.rss/1e6, f.rssEach(before, n), before.heap/1e6, f.heap/1e6, each(before.heap, f.heap),
		float64(f.goroutines-before.goroutines)/float64(n), each(before.stacks, f.stacks))
}

// startChild runs this program again with args and waits for its "ready"
// line; stop ends it by closing its stdin.
func startChild(args ...string) (stdin io.WriteCloser, lines *bufio.Scanner, stop func(), err error) {
	self, err := os.Executable()
	if err != nil {
		return nil, nil, nil, err
	}
	child := exec.Command(self, args...)
	child.Stderr = os.Stderr
	stdin, _ = child.StdinPipe()
	stdout, _ := child.StdoutPipe()
	if err := child.Start(); err != nil {
		return nil, nil, nil, err
	}
	stop = func() { _ = stdin.Close(); _ = child.Wait() }
	lines = bufio.NewScanner(stdout)
	if !lines.Scan() || lines.Text() != "ready" {
		stop()
		return nil, nil, nil, fmt.Errorf("the child did not start: %q", lines.Text())
	}
	return stdin, lines, stop, nil
}

// cpuTime is the CPU (user and system) this process has used.
func cpuTime() time.Duration {
	var u syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// clientResult is one event as the subscribers saw it, in milliseconds.
type clientResult struct {
	Delivered     int
	P50, P99, Max float64
}

// runClient opens n subscriptions, prints "ready", then for each send time
// read from stdin waits for every socket's next message (at most 30 s) and
// prints the latencies as one JSON line.
func runClient(url, token, query string, n int) error {
	conns := make([]*websocket.Conn, n)
	var (
		wg      sync.WaitGroup
		failed  atomic.Value
		started = make(chan struct{}, 64) // dials in flight
	)
	for i := range n {
		wg.Add(1)
		started <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-started }()
			c, err := benchrig.Subscribe(url, token, query)
			if err != nil {
				failed.Store(err)
				return
			}
			conns[i] = c
		}()
	}
	wg.Wait()
	if err, _ := failed.Load().(error); err != nil {
		return err
	}
	received := make(chan time.Time, n)
	for _, c := range conns {
		go func() {
			for {
				var m benchrig.Message
				if err := c.ReadJSON(&m); err != nil {
					return
				}
				if m.Type == "next" {
					received <- time.Now()
				}
			}
		}()
	}
	fmt.Println("ready")
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		ns, err := strconv.ParseInt(in.Text(), 10, 64)
		if err != nil {
			return err
		}
		sent := time.Unix(0, ns)
		var lat []float64
		timeout := time.After(30 * time.Second)
	collect:
		for len(lat) < n {
			select {
			case at := <-received:
				lat = append(lat, float64(at.Sub(sent).Microseconds())/1000)
			case <-timeout:
				break collect
			}
		}
		slices.Sort(lat)
		r := clientResult{Delivered: len(lat)}
		if len(lat) > 0 {
			r.P50, r.P99, r.Max = lat[(len(lat)-1)/2], lat[(len(lat)-1)*99/100], lat[len(lat)-1]
		}
		b, _ := json.Marshal(r)
		fmt.Println(string(b))
	}
	for _, c := range conns {
		_ = c.Close()
	}
	_, _ = io.Copy(io.Discard, os.Stdin)
	return in.Err()
}

// heapProfile names the file -heapprofile writes.
var heapProfile string

// writeHeapProfile writes what the server holds with its sockets open.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return pprof.Lookup("heap").WriteTo(f, 0)
}
