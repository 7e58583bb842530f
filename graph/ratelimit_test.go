package graph_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/graph"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/viewer"
)

// TestOperationBudgets: GraphQL is metered in root fields per minute, per
// user when signed in and per client IP when not; a document that does not
// fit is refused whole, before anything runs, and spends nothing.
func TestOperationBudgets(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 30, 0, time.UTC)
	limiter := ratelimit.NewMemory()
	h := bareHandler(t, graph.HandlerOptions{Limiter: limiter, Now: func() time.Time { return now },
		Budgets: graph.Budgets{Queries: 5, Mutations: 3, AnonymousQueries: 4, AnonymousMutations: 2}})
	as := func(p *viewer.Principal, ip string) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := requestinfo.NewContext(r.Context(), requestinfo.Info{ClientIP: ip})
			if p != nil {
				ctx = viewer.NewContext(ctx, p)
			}
			h.ServeHTTP(w, r.WithContext(ctx))
		})
	}
	aliased := func(n int, field string) []byte {
		var b strings.Builder
		b.WriteString("mutation {")
		for i := range n {
			fmt.Fprintf(&b, " a%d: %s", i, field)
		}
		b.WriteString(" }")
		body, _ := json.Marshal(map[string]any{"query": b.String()})
		return body
	}
	code := func(t *testing.T, handler http.Handler, body []byte) string {
		t.Helper()
		var out struct {
			Errors []struct{ Extensions map[string]any }
		}
		rec := postBody(handler, body)
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("%s: %v", rec.Body, err)
		}
		if len(out.Errors) == 0 {
			return "ok"
		}
		c, _ := out.Errors[0].Extensions["code"].(string)
		return c
	}
	ann := as(&viewer.Principal{Kind: viewer.KindSession, UserID: "usr_ann"}, "198.51.100.1")
	bob := as(&viewer.Principal{Kind: viewer.KindSession, UserID: "usr_bob"}, "198.51.100.1")

	t.Run("FourAliasedMutationsDoNotFitABudgetOfThree", func(t *testing.T) {
		if c := code(t, ann, aliased(4, "markAllNotificationsRead")); c != "rate_limited" {
			t.Fatalf("4 aliased mutations: %s, want rate_limited", c)
		}
	})
	t.Run("ARefusedDocumentSpentNothing", func(t *testing.T) {
		if c := code(t, ann, aliased(3, "markAllNotificationsRead")); c == "rate_limited" {
			t.Fatal("3 aliased mutations refused after a refused document of 4")
		}
		if c := code(t, ann, aliased(1, "markAllNotificationsRead")); c != "rate_limited" {
			t.Fatalf("a 4th mutation field in the minute: %s, want rate_limited", c)
		}
	})
	t.Run("EachUserHasItsOwnBudget", func(t *testing.T) {
		if c := code(t, bob, aliased(3, "markAllNotificationsRead")); c == "rate_limited" {
			t.Fatal("another user from the same address was refused")
		}
	})
	t.Run("QueriesHaveTheirOwnBudget", func(t *testing.T) {
		q, _ := json.Marshal(map[string]any{"query": "{ a: termsOfService { version } b: termsOfService { version } c: industries { id } __typename }"})
		if c := code(t, ann, q); c != "ok" {
			t.Fatalf("3 query fields after the mutations were spent: %s", c)
		}
		if c := code(t, ann, q); c != "rate_limited" {
			t.Fatalf("6 query fields on a budget of 5: %s, want rate_limited", c)
		}
	})
	t.Run("AnonymousCallersAreCountedByAddress", func(t *testing.T) {
		one := as(nil, "203.0.113.1")
		two := as(nil, "203.0.113.2")
		logOut := aliased(2, "logOut")
		if c := code(t, one, logOut); c == "rate_limited" {
			t.Fatal("2 anonymous mutation fields on a budget of 2 refused")
		}
		if c := code(t, one, aliased(1, "logOut")); c != "rate_limited" {
			t.Fatalf("a 3rd anonymous mutation field: %s, want rate_limited", c)
		}
		if c := code(t, two, logOut); c == "rate_limited" {
			t.Fatal("another address was refused")
		}
	})
	t.Run("TheBudgetComesBackNextMinute", func(t *testing.T) {
		now = now.Add(time.Minute)
		if c := code(t, ann, aliased(3, "markAllNotificationsRead")); c == "rate_limited" {
			t.Fatal("refused in the next minute")
		}
	})
}
