package graph

import (
	"context"
	"math"
	"slices"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// operationLimits is the gqlgen extension that checks a validated operation
// before it runs: introspection rights, argument values the resolvers would
// refuse (page sizes, cursors, times), and the operation's cost. It then
// gives every connection that asked for no page the default one, so that
// what runs is what was costed.
//
// The cost model counts what makes the database work: an object field costs
// 1 plus its selection, a scalar or enum field 0 (its value is already
// loaded) except at the root, where every field costs at least 1. A
// connection costs 1, plus n times the cost of one of its edges, where n is
// its first or last (DefaultPageSize when neither is given); nodes(ids:)
// costs one node per id. So
// `apiKeys(first: 100) { edges { node { id application { apiKeys(first: 100) { edges { node { id } } } } } } }`
// costs 1 + 100 × (1 + 1 + 1 + 100 × 1) = 10,301.
type operationLimits struct {
	limits        Limits
	schema        *ast.Schema
	introspection bool // allowed on this server, to signed-in callers
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = operationLimits{}

func (operationLimits) ExtensionName() string                   { return "OperationLimits" }
func (operationLimits) Validate(graphql.ExecutableSchema) error { return nil }

func (o operationLimits) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	w := costWalker{limits: o.limits, schema: o.schema, doc: opCtx.Doc, vars: opCtx.Variables, unpaged: map[*ast.Field]bool{}}
	cost := w.selectionSet(opCtx.Operation.SelectionSet, true)
	if w.err != nil {
		return w.err
	}
	signedIn := viewer.FromContext(ctx) != nil
	opCtx.DisableIntrospection = !o.introspection || !signedIn
	if w.introspects && opCtx.DisableIntrospection {
		return refuseIntrospection(o.introspection, signedIn)
	}
	if cost > o.limits.MaxCost {
		return tooComplex("cost", o.limits.MaxCost, "the query costs %d and the limit is %d: a connection costs its first or last (default %d) times the cost of one item, so ask for smaller pages or fewer nested connections",
			cost, o.limits.MaxCost, o.limits.DefaultPageSize)
	}
	if len(w.unpaged) > 0 {
		opCtx.Doc, opCtx.Operation = withDefaultPages(opCtx.Doc, opCtx.Operation, w.unpaged, o.limits.DefaultPageSize)
	}
	return nil
}

// costWalker computes an operation's cost and checks its arguments on the
// way. The operation is validated, so fragments exist and do not cycle, and
// documentLimits has bounded how many fields the walk can reach.
type costWalker struct {
	limits      Limits
	schema      *ast.Schema
	doc         *ast.QueryDocument
	vars        map[string]any
	err         *gqlerror.Error
	introspects bool
	// unpaged holds the connections that passed neither first nor last.
	unpaged map[*ast.Field]bool
}

// fields calls f for each field of set, looking through fragments.
func (w *costWalker) fields(set ast.SelectionSet, f func(*ast.Field)) {
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			f(sel)
		case *ast.InlineFragment:
			w.fields(sel.SelectionSet, f)
		case *ast.FragmentSpread:
			if frag := w.doc.Fragments.ForName(sel.Name); frag != nil {
				w.fields(frag.SelectionSet, f)
			}
		}
	}
}

func (w *costWalker) selectionSet(set ast.SelectionSet, root bool) int {
	total := 0
	w.fields(set, func(f *ast.Field) {
		if w.err == nil {
			total = addCost(total, w.field(f, root))
		}
	})
	return total
}

func (w *costWalker) field(f *ast.Field, root bool) int {
	if f.Definition == nil {
		return 0
	}
	if f.Name == "__schema" || f.Name == "__type" {
		w.introspects = true
	}
	var args map[string]any
	if len(f.Definition.Arguments) > 0 {
		args = f.ArgumentMap(w.vars)
		w.checkArguments(f, args)
	}
	if page, ok := w.page(f, args); ok {
		return w.connection(f, page)
	}
	cost := w.selectionSet(f.SelectionSet, false)
	if ids, ok := args["ids"].([]any); ok && f.Definition.Type.Elem != nil {
		if len(ids) > w.limits.MaxPageSize && w.err == nil {
			w.err = invalidArgument(f, "ids", "%s: ask for at most %d ids at once (asked for %d)", f.Alias, w.limits.MaxPageSize, len(ids))
		}
		cost = mulCost(len(ids), cost)
	}
	if root || w.isComposite(f.Definition.Type) {
		cost = addCost(cost, 1)
	}
	return cost
}

// connection costs a Relay connection: 1 for the query, the edges page
// times one edge, and whatever else it selects (pageInfo, totalCount).
func (w *costWalker) connection(f *ast.Field, page int) int {
	cost := 1
	w.fields(f.SelectionSet, func(c *ast.Field) {
		if w.err != nil {
			return
		}
		if c.Name == "edges" || c.Name == "nodes" {
			cost = addCost(cost, mulCost(page, w.selectionSet(c.SelectionSet, false)))
			return
		}
		cost = addCost(cost, w.field(c, false))
	})
	return cost
}

// page returns the page a connection field asks for and whether f is a
// connection at all. It records a page size out of range as w.err, and a
// connection without first or last in w.unpaged.
func (w *costWalker) page(f *ast.Field, values map[string]any) (int, bool) {
	defs := f.Definition.Arguments
	if defs.ForName("first") == nil || defs.ForName("last") == nil || !w.hasField(f.Definition.Type, "edges") {
		return 0, false
	}
	first, hasFirst := w.pageArgument(f, values, "first")
	last, hasLast := w.pageArgument(f, values, "last")
	switch {
	case w.err != nil:
		return 0, true
	case hasFirst && hasLast:
		w.err = invalidArgument(f, "last", "%s: pass first or last, not both", f.Alias)
		return 0, true
	case hasFirst:
		return first, true
	case hasLast:
		return last, true
	default:
		w.unpaged[f] = true
		return w.limits.DefaultPageSize, true
	}
}

func (w *costWalker) pageArgument(f *ast.Field, values map[string]any, name string) (int, bool) {
	v := values[name]
	if v == nil {
		return 0, false
	}
	n, err := graphql.UnmarshalInt(v)
	switch {
	case err != nil || n < 0:
		w.err = invalidArgument(f, name, "%s: %s must be a number from 0 to %d", f.Alias, name, w.limits.MaxPageSize)
	case n > w.limits.MaxPageSize:
		w.err = invalidArgument(f, name, "%s: %s must be at most %d (asked for %d); fetch further pages with after or before",
			f.Alias, name, w.limits.MaxPageSize, n)
	}
	return n, true
}

func (w *costWalker) isComposite(t *ast.Type) bool {
	def := w.schema.Types[t.Name()]
	return def != nil && def.IsCompositeType()
}

func (w *costWalker) hasField(t *ast.Type, name string) bool {
	if t.Elem != nil {
		return false
	}
	def := w.schema.Types[t.Name()]
	return def != nil && def.Fields.ForName(name) != nil
}

// refuseIntrospection answers an introspection query the caller may not
// make: anonymous callers are told to log in, unless introspection is off
// for everyone.
func refuseIntrospection(enabled, signedIn bool) *gqlerror.Error {
	err := &gqlerror.Error{Message: "introspection is turned off on this server", Extensions: map[string]any{"code": string(fault.Forbidden)}}
	if enabled && !signedIn {
		err.Message = "log in to use introspection"
		err.Extensions["code"] = string(fault.Unauthorized)
	}
	return err
}

// maxCost saturates the cost arithmetic: a nesting of large pages must
// compare above the limit, never wrap around below it.
const maxCost = math.MaxInt32

func addCost(a, b int) int { return min(a+b, maxCost) }

func mulCost(n, cost int) int {
	if n <= 0 || cost <= 0 {
		return 0
	}
	if cost > maxCost/n {
		return maxCost
	}
	return n * cost
}

// withDefaultPages returns doc and op with `first: page` added to the
// unpaged connection fields. The document may be gqlgen's cached copy,
// shared by concurrent requests, so it is copied along the paths that
// change and never modified.
func withDefaultPages(doc *ast.QueryDocument, op *ast.OperationDefinition, unpaged map[*ast.Field]bool, page int) (*ast.QueryDocument, *ast.OperationDefinition) {
	p := pager{unpaged: unpaged, page: page}
	d := *doc
	if set, changed := p.selectionSet(op.SelectionSet); changed {
		o := *op
		o.SelectionSet = set
		d.Operations = slices.Clone(doc.Operations)
		d.Operations[slices.Index(d.Operations, op)] = &o
		op = &o
	}
	d.Fragments = slices.Clone(doc.Fragments)
	for i, f := range d.Fragments {
		if set, changed := p.selectionSet(f.SelectionSet); changed {
			c := *f
			c.SelectionSet = set
			d.Fragments[i] = &c
		}
	}
	return &d, op
}

type pager struct {
	unpaged map[*ast.Field]bool
	page    int
}

func (p pager) selectionSet(set ast.SelectionSet) (ast.SelectionSet, bool) {
	var out ast.SelectionSet
	for i, sel := range set {
		next, changed := p.selection(sel)
		if !changed {
			continue
		}
		if out == nil {
			out = slices.Clone(set)
		}
		out[i] = next
	}
	if out == nil {
		return set, false
	}
	return out, true
}

func (p pager) selection(sel ast.Selection) (ast.Selection, bool) {
	switch sel := sel.(type) {
	case *ast.Field:
		children, changed := p.selectionSet(sel.SelectionSet)
		if !changed && !p.unpaged[sel] {
			return sel, false
		}
		c := *sel
		c.SelectionSet = children
		if p.unpaged[sel] {
			// A first or last given as null (or as a variable left out)
			// is replaced; ArgumentMap would otherwise find it first.
			c.Arguments = slices.DeleteFunc(slices.Clone(sel.Arguments), func(a *ast.Argument) bool {
				return a.Name == "first" || a.Name == "last"
			})
			c.Arguments = append(c.Arguments, &ast.Argument{
				Name:     "first",
				Value:    &ast.Value{Kind: ast.IntValue, Raw: strconv.Itoa(p.page), Position: sel.Position},
				Position: sel.Position,
			})
		}
		return &c, true
	case *ast.InlineFragment:
		children, changed := p.selectionSet(sel.SelectionSet)
		if !changed {
			return sel, false
		}
		c := *sel
		c.SelectionSet = children
		return &c, true
	}
	return sel, false // a spread's fragment is rewritten where it is defined
}
