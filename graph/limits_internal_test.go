package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/keybs/platform/graph/generated"
	"github.com/keybs/platform/internal/fault"
)

func schemaForTest(t *testing.T) *ast.Schema {
	t.Helper()
	return generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}}).Schema()
}

func TestEveryCustomScalarIsChecked(t *testing.T) {
	builtin := map[string]bool{"Int": true, "Float": true, "String": true, "Boolean": true, "ID": true}
	for name, def := range schemaForTest(t).Types {
		if def.Kind != ast.Scalar || builtin[name] {
			continue
		}
		t.Run(name+"HasAChecker", func(t *testing.T) {
			c, ok := scalarCheckers[name]
			if !ok {
				t.Fatalf("scalar %s has no entry in scalarCheckers: a malformed value would fail inside execution", name)
			}
			if c.check(struct{}{}) == nil {
				t.Errorf("the %s checker accepts a value of no JSON type", name)
			}
		})
	}
}

func TestTimeoutsAreNotInternalErrors(t *testing.T) {
	present := presentError(slog.New(slog.NewTextHandler(io.Discard, nil)))
	for _, tc := range []struct {
		name string
		err  error
	}{
		{"DeadlineIsTimeout", fmt.Errorf("count api keys: %w", context.DeadlineExceeded)},
		{"WrappedDeadlineIsTimeout", fault.Wrap(context.DeadlineExceeded, "create key")},
		{"CancellationIsTimeout", fmt.Errorf("query: %w", context.Canceled)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := present(context.Background(), tc.err); got.Extensions["code"] != string(fault.Timeout) {
				t.Fatalf("presented as %+v", got)
			}
		})
	}
}

// portalDocuments returns every operation of the portal, as the portal
// sends it: with the fragments it spreads appended. They are read from the
// GraphQL Code Generator's output, which holds each document's source.
func portalDocuments(t *testing.T) map[string]string {
	t.Helper()
	raw, err := os.ReadFile("../portal/src/gql/gql.ts")
	if err != nil {
		t.Fatal(err)
	}
	entry := regexp.MustCompile(`(?m)^\s+("(?:[^"\\]|\\.)*"): typeof types\.\w+,$`)
	fragmentName := regexp.MustCompile(`^\s*fragment (\w+)`)
	operationName := regexp.MustCompile(`^\s*(?:query|mutation|subscription) (\w+)`)
	spread := regexp.MustCompile(`\.\.\.(\w+)`)
	fragments := map[string]string{}
	var operations []string
	for _, m := range entry.FindAllStringSubmatch(string(raw), -1) {
		var doc string
		if err := json.Unmarshal([]byte(m[1]), &doc); err != nil {
			t.Fatal(err)
		}
		if f := fragmentName.FindStringSubmatch(doc); f != nil {
			fragments[f[1]] = doc
		} else {
			operations = append(operations, doc)
		}
	}
	docs := map[string]string{}
	for _, op := range operations {
		full, added := op, map[string]bool{}
		for grew := true; grew; {
			grew = false
			for _, s := range spread.FindAllStringSubmatch(full, -1) {
				if f, ok := fragments[s[1]]; ok && !added[s[1]] {
					added[s[1]], full, grew = true, full+f, true
				}
			}
		}
		name := operationName.FindStringSubmatch(op)
		if name == nil {
			t.Fatalf("portal operation without a name: %.80s", op)
		}
		docs[name[1]] = full
	}
	if len(docs) < 20 {
		t.Fatalf("found only %d portal operations in gql.ts", len(docs))
	}
	return docs
}

// portalPagesOverTheLimit are the portal's known requests for more than
// MaxPageSize items; the test fails when one is fixed, so the list cannot
// outlive its reason. The portal asks for at most a page today.
var portalPagesOverTheLimit = map[string]bool{}

func TestPortalDocumentsFitTheLimits(t *testing.T) {
	schema := schemaForTest(t)
	limits := DefaultLimits()
	for name, doc := range portalDocuments(t) {
		t.Run(name+"FitsTheLimits", func(t *testing.T) {
			if err := limits.checkDocument(doc); err != nil {
				t.Fatalf("refused before validation: %s", err.Message)
			}
			parsed, errs := gqlparser.LoadQuery(schema, doc)
			if errs != nil {
				t.Fatalf("invalid against the schema: %v", errs)
			}
			op := parsed.Operations[0]
			// Page sizes the portal passes as variables are costed at the
			// most they may be.
			vars := map[string]any{}
			for _, v := range op.VariableDefinitions {
				if v.Variable == "first" || v.Variable == "last" {
					vars[v.Variable] = int64(limits.MaxPageSize)
				}
			}
			w := costWalker{limits: limits, schema: schema, doc: parsed, vars: vars, unpaged: map[*ast.Field]bool{}}
			cost := w.selectionSet(op.SelectionSet, true)
			overPage := w.err != nil && w.err.Extensions["code"] == string(fault.Invalid) && strings.Contains(w.err.Message, "at most")
			switch {
			case overPage != portalPagesOverTheLimit[name]:
				t.Fatalf("over the page limit: %v, expected %v (%v)", overPage, portalPagesOverTheLimit[name], w.err)
			case w.err != nil && !overPage:
				t.Fatalf("refused: %s", w.err.Message)
			case cost > limits.MaxCost:
				t.Fatalf("costs %d, over the limit of %d", cost, limits.MaxCost)
			}
		})
	}
}

// BenchmarkPortalDocumentChecks measures what the limits add to a portal
// request: the document check (once per document text; gqlgen's cache of
// validated documents skips it afterwards) and the cost walk (every
// request), against gqlgen's own parse and validation of the same text.
func BenchmarkPortalDocumentChecks(b *testing.B) {
	t := &testing.T{}
	doc := portalDocuments(t)["ApiKeys"]
	schema := schemaForTest(t)
	limits := DefaultLimits()
	parsed, errs := gqlparser.LoadQuery(schema, doc)
	if errs != nil {
		b.Fatal(errs)
	}
	b.Run("DocumentCheck", func(b *testing.B) {
		for b.Loop() {
			if err := limits.checkDocument(doc); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("CostWalk", func(b *testing.B) {
		big := limits
		big.MaxPageSize = 200 // the portal's page of keys
		for b.Loop() {
			w := costWalker{limits: big, schema: schema, doc: parsed, vars: map[string]any{"environment": "TEST"}, unpaged: map[*ast.Field]bool{}}
			w.selectionSet(parsed.Operations[0].SelectionSet, true)
		}
	})
	b.Run("GqlparserParseAndValidate", func(b *testing.B) {
		for b.Loop() {
			if _, errs := gqlparser.LoadQuery(schema, doc); errs != nil {
				b.Fatal(errs)
			}
		}
	})
}
