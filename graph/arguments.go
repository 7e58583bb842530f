package graph

import (
	"fmt"
	"strings"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// scalarCheckers holds, for each custom scalar of the schema, the function
// that turns a client's value into the Go value the resolvers receive.
// gqlparser does not look inside custom scalars, so a malformed cursor or
// time would otherwise first fail inside execution, where gqlgen reports it
// like a resolver's own failure. Checking them before execution lets the
// client hear which argument is wrong. A test fails when the schema gains a
// custom scalar missing here.
var scalarCheckers = map[string]struct {
	check func(v any) error
	want  string // what a valid value looks like, for the message
}{
	"Time":   {func(v any) error { _, err := graphql.UnmarshalTime(v); return err }, "an RFC 3339 time such as 2024-05-01T12:00:00Z"},
	"Cursor": {checkCursor, "a cursor returned by this API"},
	"Map":    {func(v any) error { _, err := graphql.UnmarshalMap(v); return err }, "an object"},
}

// checkCursor accepts what entgql can decode and what it can then compare
// with a column: the ordered field's value in our cursors is a scalar or a
// time, never a list or an object, which the SQL drivers cannot bind.
func checkCursor(v any) error {
	var c entgql.Cursor[string]
	if err := c.UnmarshalGQL(v); err != nil {
		return err
	}
	switch c.Value.(type) {
	case nil, string, bool, time.Time, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64:
		return nil
	}
	return fmt.Errorf("cursor value of type %T", c.Value)
}

// checkArguments records in w.err the first argument of f, or field inside
// an input object or list, whose custom-scalar value would not unmarshal.
func (w *costWalker) checkArguments(f *ast.Field, values map[string]any) {
	for _, def := range f.Definition.Arguments {
		if w.err != nil {
			return
		}
		w.checkValue(f, def.Type, values[def.Name], def.Name)
	}
}

func (w *costWalker) checkValue(f *ast.Field, t *ast.Type, v any, path string) {
	if v == nil || w.err != nil {
		return
	}
	if t.Elem != nil {
		list, ok := v.([]any)
		if !ok {
			list = []any{v} // a single value where a list is expected is a list of one
		}
		for i, e := range list {
			w.checkValue(f, t.Elem, e, fmt.Sprintf("%s[%d]", path, i))
		}
		return
	}
	def := w.schema.Types[t.NamedType]
	switch {
	case def == nil:
	case def.Kind == ast.InputObject:
		obj, _ := v.(map[string]any)
		for _, field := range def.Fields {
			w.checkValue(f, field.Type, obj[field.Name], path+"."+field.Name)
		}
	case def.Kind == ast.Scalar:
		if c, ok := scalarCheckers[def.Name]; ok && c.check(v) != nil {
			w.err = invalidArgument(f, path, "%s(%s): %s is not %s", f.Alias, path, describe(v), c.want)
		}
	}
}

// describe quotes a short value for an error message, clipping long ones.
func describe(v any) string {
	s := fmt.Sprintf("%v", v)
	if str, ok := v.(string); ok {
		s = fmt.Sprintf("%q", str)
	}
	if len(s) > 40 {
		s = strings.ToValidUTF8(s[:40], "") + "…"
	}
	return s
}
