package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/keybs/platform/graph"
	"github.com/keybs/platform/internal/auth"
)

// abusiveDocuments are the documents of the hardening issue's findings and
// their cousins, each of which once cost seconds of CPU to validate.
var abusiveDocuments = []struct{ name, query, limit string }{
	{"Typename20k", "{" + strings.Repeat(" __typename", 20000) + "}", "tokens"},
	{"Fields100k", "{" + strings.Repeat(" __typename", 100000) + "}", "tokens"},
	{"Typename2k", "{" + strings.Repeat(" __typename", 2000) + "}", "repeats"},
	{"Repeated11", "{" + strings.Repeat(" __typename", 11) + "}", "repeats"},
	{"RepeatedThroughFragments", "{" + repeatSpreads(200) + "}" + fragments(200, "__typename"), "repeats"},
	{"RepeatedInUnusedFragment", "{ __typename } fragment F on Query {" + strings.Repeat(" __typename", 900) + "}", "repeats"},
	{"Nesting24", nested(24), "depth"},
	{"NestingThroughFragments", "{ viewer { ...F0 } } " + chain(30), "depth"},
	{"ExponentialFragments", "{ ...F0 } " + doubling(40), "repeats"},
	{"Unknown5000", unknownFields(5000), "tokens"},
	{"Unknown600", unknownFields(600), "fields"},
	{"LongName", "{ " + strings.Repeat("a", 500000) + " }", "nameLength"},
	{"Aliases600", aliases(600), "tokens"},
	{"Aliases31", aliases(31), "aliases"},
}

// worstAccepted are documents just inside the limits, shaped for the most
// validation work each limit allows; they are refused by validation or
// answered, not refused by a limit.
var worstAccepted = []struct{ name, query string }{
	// 499 unknown fields with the longest allowed names: with suggestions on,
	// each is compared with every field of Query.
	{"UnknownLongNames", unknownLong(499, 63)},
	// Ten repeats of a nested selection: every pair of repeats is compared,
	// and so are their children, pair by pair.
	{"RepeatsNested", "{" + strings.Repeat(" viewer { memberships { role id tenant { id name } user { id email } } }", 10) + " }"},
	// Three aliases repeated ten times each (30 aliases), nested likewise.
	{"AliasedRepeats", "{" + strings.Repeat(aliasesOf(3, "viewer { memberships { role id tenant { id } } }"), 10) + " }"},
	// A fragment spread ten times in each of ten places.
	{"SpreadRepeats", "{ viewer { memberships {" + strings.Repeat(" ...M", 10) + " } } } fragment M on Membership { role id tenant { id name } user { id email } }"},
}

func aliasesOf(n int, field string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, " a%d: %s", i, field)
	}
	return b.String()
}

func repeatSpreads(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, " ...F%d", i)
	}
	return b.String()
}

func fragments(n int, body string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, " fragment F%d on Query { %s }", i, body)
	}
	return b.String()
}

// nested is a query whose fields nest depth levels: viewer, then
// memberships and user in turn, then id.
func nested(depth int) string {
	var open, close strings.Builder
	open.WriteString("{ viewer {")
	for i := 1; i < depth-1; i++ {
		if i%2 == 1 {
			open.WriteString(" memberships {")
		} else {
			open.WriteString(" user {")
		}
		close.WriteString(" }")
	}
	return open.String() + " id" + close.String() + " } }"
}

// chain nests fields through n fragments F0…, one level each.
func chain(n int) string {
	var b strings.Builder
	for i := range n {
		typ, field := "User", "memberships"
		if i%2 == 1 {
			typ, field = "Membership", "user"
		}
		next := fmt.Sprintf("...F%d", i+1)
		if i == n-1 {
			next = "id"
		}
		fmt.Fprintf(&b, " fragment F%d on %s { %s { %s } }", i, typ, field, next)
	}
	return b.String()
}

// doubling defines fragments that each spread the next twice: 2^n
// fields once expanded, from a few hundred bytes.
func doubling(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, " fragment F%d on Query { ...F%d ...F%d }", i, i+1, i+1)
	}
	fmt.Fprintf(&b, " fragment F%d on Query { __typename }", n)
	return b.String()
}

func unknownFields(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " f%d", i)
	}
	return b.String() + " }"
}

func unknownLong(n, length int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " f%0*d", length, i)
	}
	return b.String() + " }"
}

func aliases(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " t%d: termsOfService { version }", i)
	}
	return b.String() + " }"
}

// bareHandler is the GraphQL handler without a database: enough for
// anything refused before a resolver runs.
func bareHandler(tb testing.TB, opts graph.HandlerOptions) http.Handler {
	tb.Helper()
	opts.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	return graph.NewHandler(&graph.Resolver{Chain: auth.NewChain()}, opts)
}

func postBody(h http.Handler, body []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// BenchmarkRefusal measures what it costs to refuse each abusive document,
// from the request body to the written response, in production mode (no
// suggestions) and in development mode (suggestions).
func BenchmarkRefusal(b *testing.B) {
	for _, mode := range []struct {
		name        string
		suggestions bool
	}{{"Production", false}, {"Development", true}} {
		h := bareHandler(b, graph.HandlerOptions{Suggestions: mode.suggestions})
		for _, d := range abusiveDocuments {
			body, _ := json.Marshal(map[string]any{"query": d.query})
			b.Run(mode.name+"/"+d.name, func(b *testing.B) {
				b.SetBytes(int64(len(body)))
				for b.Loop() {
					if rec := postBody(h, body); rec.Code != http.StatusOK || !bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
						b.Fatalf("status %d: %.300s", rec.Code, rec.Body)
					}
				}
			})
		}
	}
}

// BenchmarkWorstAccepted measures the documents that pass the limits with
// the most validation work each allows.
func BenchmarkWorstAccepted(b *testing.B) {
	for _, mode := range []struct {
		name        string
		suggestions bool
	}{{"Production", false}, {"Development", true}} {
		h := bareHandler(b, graph.HandlerOptions{Suggestions: mode.suggestions})
		for _, d := range worstAccepted {
			// Distinct documents each round, so gqlgen's cache of validated
			// documents does not answer in place of validation.
			bodies := make([][]byte, 4096)
			for i := range bodies {
				bodies[i], _ = json.Marshal(map[string]any{"query": fmt.Sprintf("%s # %d", d.query, i)})
			}
			i := 0 // shared across the benchmark's rounds, so no body repeats
			b.Run(mode.name+"/"+d.name, func(b *testing.B) {
				for b.Loop() {
					rec := postBody(h, bodies[i%len(bodies)])
					i++
					if strings.Contains(rec.Body.String(), "query_too_complex") {
						b.Fatalf("refused by a limit: %.300s", rec.Body)
					}
				}
			})
		}
	}
}
