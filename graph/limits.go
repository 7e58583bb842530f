package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/keybs/platform/internal/fault"
)

// Limits bounds what one GraphQL request may ask of the server. The
// document limits (tokens, names, aliases, fields, repeats, depth) are
// checked before gqlparser validates the document, because validation is
// where an abusive document costs CPU: its OverlappingFieldsCanBeMerged rule
// compares every pair of fields that share a response name, so 20,000
// `__typename`s take seconds. The page-size and cost limits need the schema
// and are checked after validation, before anything runs.
type Limits struct {
	// MaxTokens bounds the lexical tokens of a document; gqlparser's parser
	// enforces it too.
	MaxTokens int
	// MaxNameLength bounds one name (field, alias, argument, type): the
	// "did you mean" suggestions compare every unknown name with every
	// known one, at a cost that grows with the name's length.
	MaxNameLength int
	// MaxAliases bounds the aliases written in a document.
	MaxAliases int
	// MaxFields bounds the selections of a document, a fragment counting
	// again wherever it is spread.
	MaxFields int
	// MaxRepeats bounds how many selections merge into one response key at
	// one place (`{ a a a }` is three), which is what makes validation
	// quadratic.
	MaxRepeats int
	// MaxDepth bounds how deeply fields nest, through fragments.
	// Introspection is governed by gqlparser's own MaxIntrospectionDepth.
	MaxDepth int
	// MaxCost bounds an operation's cost; see cost.go for the model.
	MaxCost int
	// DefaultPageSize is the page a connection returns (and costs) when
	// the client passes neither first nor last; MaxPageSize is the most it
	// may ask for.
	DefaultPageSize int
	MaxPageSize     int
	// Timeout bounds one query or mutation from the start of its
	// execution; subscriptions are exempt.
	Timeout time.Duration
}

// DefaultLimits leave the portal ample room (its largest document has 81
// tokens, 51 fields, 5 levels and costs 401; GraphiQL's introspection query
// has about 190 fields) and keep the worst document any caller can send to
// milliseconds of validation (see BenchmarkRefusal).
func DefaultLimits() Limits {
	return Limits{
		MaxTokens:       3000,
		MaxNameLength:   64,
		MaxAliases:      30,
		MaxFields:       500,
		MaxRepeats:      10,
		MaxDepth:        12,
		MaxCost:         1000,
		DefaultPageSize: 20,
		MaxPageSize:     100,
		Timeout:         10 * time.Second,
	}
}

// withDefaults fills each limit left at zero from DefaultLimits, so a
// caller setting one limit does not switch the others off.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	return Limits{
		MaxTokens:       cmp.Or(l.MaxTokens, d.MaxTokens),
		MaxNameLength:   cmp.Or(l.MaxNameLength, d.MaxNameLength),
		MaxAliases:      cmp.Or(l.MaxAliases, d.MaxAliases),
		MaxFields:       cmp.Or(l.MaxFields, d.MaxFields),
		MaxRepeats:      cmp.Or(l.MaxRepeats, d.MaxRepeats),
		MaxDepth:        cmp.Or(l.MaxDepth, d.MaxDepth),
		MaxCost:         cmp.Or(l.MaxCost, d.MaxCost),
		DefaultPageSize: cmp.Or(l.DefaultPageSize, d.DefaultPageSize),
		MaxPageSize:     cmp.Or(l.MaxPageSize, d.MaxPageSize),
		Timeout:         cmp.Or(l.Timeout, d.Timeout),
	}
}

func init() {
	// Errors raised before execution with these codes answer HTTP 422 like
	// gqlgen's own parse and validation errors, and travel as a websocket
	// "error" message rather than a "next" carrying errors. The registry is
	// a global map, so it is filled once here rather than per handler.
	for _, k := range []fault.Kind{fault.TooComplex, fault.Invalid, fault.Unauthorized, fault.Forbidden} {
		errcode.RegisterErrorType(string(k), errcode.KindProtocol)
	}
}

// tooComplex is the error of a document over one of the limits; limit names
// it for programs, the message for people.
func tooComplex(limit string, max int, format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{
		Message:    fmt.Sprintf(format, args...),
		Extensions: map[string]any{"code": string(fault.TooComplex), "limit": limit, "max": max},
	}
}

// invalidArgument is the error of an argument value the resolvers would
// refuse; field names the argument ("first", "filter.from").
func invalidArgument(f *ast.Field, field, format string, args ...any) *gqlerror.Error {
	err := &gqlerror.Error{
		Message:    fmt.Sprintf(format, args...),
		Extensions: map[string]any{"code": string(fault.Invalid), "field": field},
	}
	if f.Position != nil {
		err.Locations = []gqlerror.Location{{Line: f.Position.Line, Column: f.Position.Column}}
	}
	return err
}

// documentLimits is the gqlgen extension that checks a document before
// gqlgen parses and validates it. It runs after APQ, so a persisted query is
// checked like one sent in full.
type documentLimits struct {
	limits Limits
	// validated is gqlgen's cache of parsed and validated documents: a
	// document found there passed these checks before.
	validated graphql.Cache[*ast.QueryDocument]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = documentLimits{}

func (documentLimits) ExtensionName() string                   { return "DocumentLimits" }
func (documentLimits) Validate(graphql.ExecutableSchema) error { return nil }

func (d documentLimits) MutateOperationParameters(ctx context.Context, params *graphql.RawParams) *gqlerror.Error {
	if _, ok := d.validated.Get(ctx, params.Query); ok {
		return nil
	}
	return d.limits.checkDocument(params.Query)
}

// checkDocument refuses a document over the document limits. Its work is
// bounded by MaxTokens and MaxFields whatever the document holds. A document
// that does not parse passes, for gqlgen's parser to report.
func (l Limits) checkDocument(query string) *gqlerror.Error {
	lex := lexer.New(&ast.Source{Input: query})
	for tokens := 0; ; tokens++ {
		tok, err := lex.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			break
		}
		if tokens == l.MaxTokens {
			return tooComplex("tokens", l.MaxTokens, "the query has more than %d tokens; send a smaller document", l.MaxTokens)
		}
		if tok.Kind == lexer.Name && len(tok.Value) > l.MaxNameLength {
			return tooComplex("nameLength", l.MaxNameLength, "the query has a name longer than %d characters", l.MaxNameLength)
		}
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, l.MaxTokens)
	if err != nil {
		return nil
	}
	s := shape{limits: l, doc: doc, expanding: map[string]bool{}}
	return s.check()
}

// shape measures a parsed, not yet validated document: fragments may be
// unknown or cyclic, and field names may not exist.
type shape struct {
	limits    Limits
	doc       *ast.QueryDocument
	fields    int
	expanding map[string]bool // fragments being expanded, to cut cycles
}

// responseNode is one place in the response: the selections that merge
// into it and the places below it, by response key.
type responseNode struct {
	selections int
	children   map[string]*responseNode
}

func (n *responseNode) child(key string) *responseNode {
	if n.children == nil {
		n.children = map[string]*responseNode{}
	}
	c := n.children[key]
	if c == nil {
		c = &responseNode{}
		n.children[key] = c
	}
	return c
}

func (s *shape) check() *gqlerror.Error {
	if err := s.checkAliases(); err != nil {
		return err
	}
	for _, op := range s.doc.Operations {
		if err := s.walk(op.SelectionSet, &responseNode{}, 0, true); err != nil {
			return err
		}
	}
	// Validation compares the fields of every fragment too, spread or not,
	// so each is measured as a place of its own as well.
	for _, f := range s.doc.Fragments {
		s.expanding[f.Name] = true
		err := s.walk(f.SelectionSet, &responseNode{}, 0, false)
		delete(s.expanding, f.Name)
		if err != nil {
			return err
		}
	}
	return nil
}

// checkAliases counts the aliases written in the document, each once.
func (s *shape) checkAliases() *gqlerror.Error {
	aliases := 0
	var count func(ast.SelectionSet)
	count = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch sel := sel.(type) {
			case *ast.Field:
				if sel.Alias != sel.Name {
					aliases++
				}
				count(sel.SelectionSet)
			case *ast.InlineFragment:
				count(sel.SelectionSet)
			}
		}
	}
	for _, op := range s.doc.Operations {
		count(op.SelectionSet)
	}
	for _, f := range s.doc.Fragments {
		count(f.SelectionSet)
	}
	if aliases > s.limits.MaxAliases {
		return tooComplex("aliases", s.limits.MaxAliases, "the query uses %d aliases; the limit is %d", aliases, s.limits.MaxAliases)
	}
	return nil
}

// walk expands set into node, counting selections, repeats and depth.
// depth counts the fields above set; counted is false inside introspection,
// whose nesting gqlparser's MaxIntrospectionDepth rule bounds instead.
func (s *shape) walk(set ast.SelectionSet, node *responseNode, depth int, counted bool) *gqlerror.Error {
	l := s.limits
	for _, sel := range set {
		s.fields++
		if s.fields > l.MaxFields {
			return tooComplex("fields", l.MaxFields, "the query selects more than %d fields, counting a fragment each time it is spread", l.MaxFields)
		}
		switch sel := sel.(type) {
		case *ast.Field:
			place := node.child(sel.Alias)
			place.selections++
			if place.selections > l.MaxRepeats {
				return tooComplex("repeats", l.MaxRepeats, "the query selects %q more than %d times in one place", sel.Alias, l.MaxRepeats)
			}
			d, c := depth, counted
			if sel.Name == "__schema" || sel.Name == "__type" {
				c = false
			}
			if c {
				d++
				if d > l.MaxDepth {
					return tooComplex("depth", l.MaxDepth, "the query nests fields more than %d levels deep", l.MaxDepth)
				}
			}
			if err := s.walk(sel.SelectionSet, place, d, c); err != nil {
				return err
			}
		case *ast.InlineFragment:
			if err := s.walk(sel.SelectionSet, node, depth, counted); err != nil {
				return err
			}
		case *ast.FragmentSpread:
			f := s.doc.Fragments.ForName(sel.Name)
			if f == nil || s.expanding[sel.Name] {
				continue // unknown or cyclic: validation reports it
			}
			s.expanding[sel.Name] = true
			err := s.walk(f.SelectionSet, node, depth, counted)
			delete(s.expanding, sel.Name)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// deadline is an operation middleware that stops a query or mutation's
// resolvers after l.Timeout: their database calls end with the context, so
// a request that outlives its budget does not keep the server busy, even
// after its client has left. Subscriptions live as long as their socket.
func (l Limits) deadline(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	op := graphql.GetOperationContext(ctx)
	if l.Timeout <= 0 || op.Operation.Operation == ast.Subscription {
		return next(ctx)
	}
	responses := next(ctx)
	answered := false
	return func(ctx context.Context) *graphql.Response {
		ctx, cancel := context.WithTimeout(ctx, l.Timeout)
		defer cancel()
		res := responses(ctx)
		if res == nil && !answered && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			// gqlgen answers nothing at all when the deadline passed
			// before execution began; say why instead. Once: the websocket
			// transport reads until it gets nil.
			res = &graphql.Response{Errors: gqlerror.List{{
				Message:    "the operation ran longer than the server allows and was stopped; ask for less at once",
				Extensions: map[string]any{"code": string(fault.Timeout)},
			}}}
		}
		answered = true
		return res
	}
}
