// Command benchtable reads the output of `make bench` (the Go benchmarks and
// the load tools) on stdin, passes it through, and ends with one table of
// every target of issue 18 and the soak: row, measured, target, PASS/SHORT.
// The load tools print their figures as result lines (benchrig.Report); the
// Go benchmarks' figures are read from their standard output lines. A target
// no tool measured in this run is shown as "not measured", never dropped.
//
// It exits 1 when a gating row (a soak's 5xx count) fails or is missing, so
// `make bench` fails on a 5xx; a SHORT performance row does not fail it.
//
//	make bench            (reads bin/bench.out, which the tools tee into)
//	go run ./cmd/benchtable -quiet < bin/bench.out
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/keybs/platform/internal/benchrig"
)

// expected are the rows every full run reports, in table order; rows a tool
// reports beyond these (per-kind p99 of the soak) follow them.
var expected = []benchrig.Result{
	{Key: "t1.get_ratio.sqlite", Row: "1 GET /v1/verifications/{id} vs bare (sqlite)", Unit: "x", Op: ">=", Target: 0.60},
	{Key: "t1.get_ratio.postgres", Row: "1 GET /v1/verifications/{id} vs bare (postgres)", Unit: "x", Op: ">=", Target: 0.40},
	{Key: "t1.get_p99.sqlite", Row: "1 GET /v1/verifications/{id} p99 (sqlite)", Unit: "ms", Op: "<=", Target: 10},
	{Key: "t1.get_p99.postgres", Row: "1 GET /v1/verifications/{id} p99 (postgres)", Unit: "ms", Op: "<=", Target: 10},
	{Key: "t1.floor_reads.sqlite", Row: "1 floor: key read + case read vs bare (sqlite)", Unit: "x"},
	{Key: "t1.floor_reads.postgres", Row: "1 floor: key read + case read vs bare (postgres)", Unit: "x"},
	{Key: "t1.floor_ratio.sqlite", Row: "1 floor: key read + budget + case read vs bare (sqlite)", Unit: "x"},
	{Key: "t1.floor_ratio.postgres", Row: "1 floor: key read + budget + case read vs bare (postgres)", Unit: "x"},
	{Key: "t2.auth_ns", Row: "2 auth middleware above the handler", Unit: "µs", Op: "<=", Target: 5},
	{Key: "t2.auth_allocs", Row: "2 auth middleware allocations", Unit: "allocs", Op: "<=", Target: 10},
	{Key: "t3.post_ratio.sqlite", Row: "3 POST /v1/verifications vs bare (sqlite)", Unit: "x", Op: ">=", Target: 0.25},
	{Key: "t3.post_ratio.postgres", Row: "3 POST /v1/verifications vs bare (postgres)", Unit: "x", Op: ">=", Target: 0.15},
	{Key: "t3.floor_post.sqlite", Row: "3 floor: key read + 3-row transaction vs bare (sqlite)", Unit: "x"},
	{Key: "t3.floor_post.postgres", Row: "3 floor: key read + 3-row transaction vs bare (postgres)", Unit: "x"},
	{Key: "t4.deliveries.sqlite", Row: "4 webhook deliveries/s (sqlite)", Unit: "/s", Op: ">=", Target: 1000},
	{Key: "t4.deliveries.postgres", Row: "4 webhook deliveries/s (postgres)", Unit: "/s", Op: ">=", Target: 1000},
	{Key: "t4.floor.sqlite", Row: "4 floor: insert, one-statement claim, send, mark (sqlite)", Unit: "/s"},
	{Key: "t4.floor.postgres", Row: "4 floor: insert, one-statement claim, send, mark (postgres)", Unit: "/s"},
	{Key: "t4.first_p99.sqlite", Row: "4 first attempt p99 after commit (sqlite)", Unit: "ms", Op: "<=", Target: 1000},
	{Key: "t4.first_p99.postgres", Row: "4 first attempt p99 after commit (postgres)", Unit: "ms", Op: "<=", Target: 1000},
	{Key: "t4.slow_endpoint_loss", Row: "4 others' throughput lost to a 2 s endpoint", Unit: "%", Op: "<=", Target: 10},
	{Key: "t5.fanout_p99", Row: "5 one event to 5,000 subscribers, p99", Unit: "ms", Op: "<=", Target: 250},
	{Key: "t5.fanout_mem", Row: "5 memory per websocket connection", Unit: "KB", Op: "<=", Target: 20},
	{Key: "t5.fanout_mem_floor", Row: "5 floor: memory per bare net/http + gorilla socket", Unit: "KB"},
	{Key: "t5.fanout_cpu", Row: "5 server CPU per subscriber per event", Unit: "µs"},
	{Key: "t6.usage_rows.sqlite", Row: "6 usage writer rows/s (sqlite)", Unit: "/s", Op: ">=", Target: 20000},
	{Key: "t6.usage_rows.postgres", Row: "6 usage writer rows/s (postgres)", Unit: "/s", Op: ">=", Target: 20000},
	{Key: "t7.portal_kb", Row: "7 portal first load as transferred", Unit: "KB", Op: "<=", Target: 300},
	{Key: "soak.5xx.sqlite", Row: "soak 5xx and server_error (sqlite)", Op: "<=", Target: 0},
	{Key: "soak.5xx.postgres", Row: "soak 5xx and server_error (postgres)", Op: "<=", Target: 0},
	{Key: "soak.rss.sqlite", Row: "soak RSS last/first window (sqlite)", Unit: "x", Op: "<=", Target: 1.25},
	{Key: "soak.rss.postgres", Row: "soak RSS last/first window (postgres)", Unit: "x", Op: "<=", Target: 1.25},
	{Key: "soak.goroutines.sqlite", Row: "soak goroutines last/first window (sqlite)", Unit: "x", Op: "<=", Target: 1.10},
	{Key: "soak.goroutines.postgres", Row: "soak goroutines last/first window (postgres)", Unit: "x", Op: "<=", Target: 1.10},
}

// gating rows fail the run when they fail or are missing.
func gating(key string) bool { return strings.HasPrefix(key, "soak.5xx.") }

func main() {
	quiet := flag.Bool("quiet", false, "print only the table, not the input")
	flag.Parse()
	var echo io.Writer = os.Stdout
	if *quiet {
		echo = io.Discard
	}
	results, err := read(os.Stdin, echo)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
	if failed := table(os.Stdout, results); failed {
		os.Exit(1)
	}
}

// goBench matches a Go benchmark line: name, iterations, then value/unit
// pairs.
var goBench = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)

// read copies in to echo and collects the result lines and the figures of
// the Go benchmarks that stand for a target.
func read(in io.Reader, echo io.Writer) (map[string]benchrig.Result, error) {
	out := map[string]benchrig.Result{}
	var order []string
	add := func(r benchrig.Result) {
		if _, ok := out[r.Key]; !ok {
			order = append(order, r.Key)
		}
		out[r.Key] = r
	}
	bench := map[string]map[string]float64{} // benchmark -> unit -> value
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		fmt.Fprintln(echo, line)
		if raw, ok := strings.CutPrefix(line, benchrig.ResultPrefix); ok {
			var r benchrig.Result
			if err := json.Unmarshal([]byte(raw), &r); err != nil {
				return nil, fmt.Errorf("bad result line %q: %w", line, err)
			}
			add(r)
			continue
		}
		if m := goBench.FindStringSubmatch(line); m != nil {
			bench[m[1]] = metrics(m[2])
		}
	}
	for _, r := range fromGoBenchmarks(bench) {
		add(r)
	}
	extra = order
	return out, sc.Err()
}

// extra is the order in which results arrived, for rows not in expected.
var extra []string

// metrics parses "123 ns/op  45 B/op  6 allocs/op  789 rows/s".
func metrics(s string) map[string]float64 {
	f := strings.Fields(s)
	m := map[string]float64{}
	for i := 0; i+1 < len(f); i += 2 {
		if v, err := strconv.ParseFloat(f[i], 64); err == nil {
			m[f[i+1]] = v
		}
	}
	return m
}

// fromGoBenchmarks turns the Go benchmarks that measure a target into rows.
func fromGoBenchmarks(b map[string]map[string]float64) []benchrig.Result {
	var out []benchrig.Result
	with, okW := b["BenchmarkVerificationRead/WithAuthMiddleware"]
	bare, okB := b["BenchmarkVerificationRead/HandlerOnly"]
	if okW && okB {
		out = append(out,
			benchrig.Result{Key: "t2.auth_ns", Measured: (with["ns/op"] - bare["ns/op"]) / 1000, Note: "BenchmarkVerificationRead, with − handler only"},
			benchrig.Result{Key: "t2.auth_allocs", Measured: with["allocs/op"] - bare["allocs/op"], Note: "BenchmarkVerificationRead, with − handler only"})
	}
	for _, db := range []string{"sqlite", "postgres"} {
		if m, ok := b["BenchmarkDispatch/"+db]; ok {
			out = append(out,
				benchrig.Result{Key: "t4.deliveries." + db, Measured: m["deliveries/s"],
					Note: fmt.Sprintf("BenchmarkDispatch, 16 workers, loopback; its writers committed %.0f/s", m["commits/s"])},
				benchrig.Result{Key: "t4.first_p99." + db, Measured: m["first_p99_ms"], Note: "BenchmarkDispatch, commit → arrival"})
		}
	}
	for _, db := range []string{"sqlite", "postgres"} {
		if m, ok := b["BenchmarkDispatchFloor/"+db]; ok {
			note := "BenchmarkDispatchFloor, 8 workers, loopback"
			if d, ok := b["BenchmarkDispatch/"+db]; ok && m["deliveries/s"] > 0 {
				note += fmt.Sprintf("; the dispatcher reaches %.2f of it", d["deliveries/s"]/m["deliveries/s"])
			}
			out = append(out, benchrig.Result{Key: "t4.floor." + db, Measured: m["deliveries/s"], Note: note})
		}
	}
	if m, ok := b["BenchmarkDispatch/SlowEndpoint"]; ok {
		out = append(out, benchrig.Result{Key: "t4.slow_endpoint_loss", Measured: m["slow_loss_%"],
			Note: fmt.Sprintf("BenchmarkDispatch, sqlite, %.0f/s alone vs %.0f/s beside a 2 s endpoint, two runs of each", m["alone_deliveries/s"], m["deliveries/s"])})
	}
	for _, db := range []string{"sqlite", "postgres"} {
		if m, ok := b["BenchmarkWriterThroughput/"+db]; ok {
			out = append(out, benchrig.Result{Key: "t6.usage_rows." + db, Measured: m["rows/s"], Note: "BenchmarkWriterThroughput"})
		}
	}
	return out
}

// table prints every expected row, then the extra ones, and reports whether a
// gating row failed or is missing.
func table(w io.Writer, got map[string]benchrig.Result) (failed bool) {
	fmt.Fprintf(w, "\n%-60s %14s %14s  %-6s %s\n", "row", "measured", "target", "result", "note")
	seen := map[string]bool{}
	line := func(want benchrig.Result, r benchrig.Result, ok bool) {
		seen[want.Key] = true
		row, unit, op, target := want.Row, want.Unit, want.Op, want.Target
		if row == "" {
			row, unit, op, target = r.Row, r.Unit, r.Op, r.Target
		}
		targetText := "-"
		if op != "" {
			targetText = op + " " + format(target, unit)
		}
		switch {
		case !ok:
			fmt.Fprintf(w, "%-60s %14s %14s  %-6s\n", row, "not measured", targetText, "-")
			failed = failed || gating(want.Key)
			return
		case op == "":
			fmt.Fprintf(w, "%-60s %14s %14s  %-6s %s\n", row, format(r.Measured, unit), targetText, "INFO", r.Note)
			return
		}
		r.Op, r.Target = op, target
		verdict := "PASS"
		if !r.Pass() {
			verdict = "SHORT"
			failed = failed || gating(want.Key)
		}
		fmt.Fprintf(w, "%-60s %14s %14s  %-6s %s\n", row, format(r.Measured, unit), targetText, verdict, r.Note)
	}
	for _, want := range expected {
		r, ok := got[want.Key]
		line(want, r, ok)
	}
	for _, k := range extra {
		if !seen[k] {
			line(benchrig.Result{Key: k}, got[k], true)
		}
	}
	return failed
}

func format(v float64, unit string) string {
	switch {
	case unit == "x":
		return fmt.Sprintf("%.2fx", v)
	case v >= 100 || v == float64(int64(v)):
		return strings.TrimSpace(fmt.Sprintf("%.0f %s", v, unit))
	default:
		return strings.TrimSpace(fmt.Sprintf("%.2f %s", v, unit))
	}
}
