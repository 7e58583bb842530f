package graph

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/viewer"
)

// Budgets are GraphQL's per-minute rate limits, counted in root fields: a
// document with 50 aliased createApiKey spends 50 of the mutation budget.
// A signed-in caller is counted by user, an anonymous one by client IP; the
// budgets live in the server's limiter, shared by every replica.
type Budgets struct {
	Queries, Mutations                   int // per signed-in user
	AnonymousQueries, AnonymousMutations int // per client IP
}

// DefaultBudgets leave the portal ample room (a page reads a handful of root
// fields) and stop scripted floods.
func DefaultBudgets() Budgets {
	return Budgets{Queries: 600, Mutations: 120, AnonymousQueries: 300, AnonymousMutations: 60}
}

// operationBudget is the gqlgen extension that spends an operation's root
// fields from its caller's budget before it runs.
type operationBudget struct {
	limiter ratelimit.Store
	now     func() time.Time
	budgets Budgets
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = operationBudget{}

func (operationBudget) ExtensionName() string                   { return "OperationBudget" }
func (operationBudget) Validate(graphql.ExecutableSchema) error { return nil }

func (b operationBudget) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	n := rootFields(opCtx.Doc, opCtx.Operation.SelectionSet)
	if n == 0 {
		return nil
	}
	limit := b.limit(ctx, opCtx.Operation.Operation == ast.Mutation)
	limit.Cost = n // a document of n fields fits only if n remain; a refused one spends nothing
	d, err := b.limiter.Take(ctx, b.now(), limit)
	switch {
	case err != nil && database.Unreachable(err):
		fe := database.Unavailable(err)
		return &gqlerror.Error{Message: fe.Message, Extensions: map[string]any{"code": string(fe.Kind), "retryAfterSeconds": fe.RetryAfterSeconds}}
	case err != nil:
		return &gqlerror.Error{Message: "internal server error", Extensions: map[string]any{"code": string(fault.Internal)}}
	case !d.Allowed:
		secs := max(1, int(math.Ceil(d.RetryAfter.Seconds())))
		return &gqlerror.Error{
			Message: fmt.Sprintf("rate limit of %d %s fields per minute exceeded (this operation has %d); retry in %d seconds",
				limit.Max, opCtx.Operation.Operation, n, secs),
			Extensions: map[string]any{"code": string(fault.RateLimited), "retryAfterSeconds": secs},
		}
	}
	return nil
}

// limit is the caller's budget for queries (and subscriptions) or mutations.
func (b operationBudget) limit(ctx context.Context, mutation bool) ratelimit.Limit {
	key, perMinute := "gql:ip:"+requestinfo.FromContext(ctx).ClientIP, b.budgets.AnonymousQueries
	if mutation {
		perMinute = b.budgets.AnonymousMutations
	}
	if p := viewer.FromContext(ctx); p != nil && p.UserID != "" {
		key, perMinute = "gql:user:"+p.UserID, b.budgets.Queries
		if mutation {
			perMinute = b.budgets.Mutations
		}
	}
	if mutation {
		key += ":mutations"
	}
	return ratelimit.Limit{Key: key, Max: perMinute, Window: time.Minute}
}

// rootFields counts the fields at the root of an operation, aliases and
// fields in fragments included; __typename costs nothing.
func rootFields(doc *ast.QueryDocument, set ast.SelectionSet) int {
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name != "__typename" {
				n++
			}
		case *ast.InlineFragment:
			n += rootFields(doc, s.SelectionSet)
		case *ast.FragmentSpread:
			if f := doc.Fragments.ForName(s.Name); f != nil {
				n += rootFields(doc, f.SelectionSet)
			}
		}
	}
	return n
}

// withDefaults fills the budgets left at zero from DefaultBudgets.
func (b Budgets) withDefaults() Budgets {
	d := DefaultBudgets()
	return Budgets{
		Queries: cmp.Or(b.Queries, d.Queries), Mutations: cmp.Or(b.Mutations, d.Mutations),
		AnonymousQueries: cmp.Or(b.AnonymousQueries, d.AnonymousQueries), AnonymousMutations: cmp.Or(b.AnonymousMutations, d.AnonymousMutations),
	}
}
