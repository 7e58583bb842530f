package pulid

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestNew(t *testing.T) {
	id := New("Tenant")
	tests := []struct {
		name string
		ok   bool
	}{
		{"HasTypePrefix", strings.HasPrefix(id, "tnt_")},
		{"IsLowerCase", id == strings.ToLower(id)},
		{"IsThirtyChars", len(id) == 30},
		{"SuffixIsCrockfordBase32", strings.Trim(id[4:], "0123456789abcdefghjkmnpqrstvwxyz") == ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.ok {
				t.Errorf("New(\"Tenant\") = %q", id)
			}
		})
	}

	t.Run("UnknownTypePanics", func(t *testing.T) {
		defer func() {
			if recover() == nil {
				t.Error("New(\"Nope\") did not panic")
			}
		}()
		New("Nope")
	})
}

func TestTypeOf(t *testing.T) {
	for typ := range prefixes {
		t.Run(typ+"RoundTrips", func(t *testing.T) {
			got, ok := TypeOf(New(typ))
			if !ok || got != typ {
				t.Errorf("TypeOf(New(%q)) = %q, %v", typ, got, ok)
			}
		})
	}

	tests := []struct {
		name string
		id   string
	}{
		{"UnknownPrefixIsNotFound", "zzz_01jd0000000000000000000000"},
		{"NoUnderscoreIsNotFound", "tnt01jd0000000000000000000000"},
		{"EmptyIsNotFound", ""},
		{"UpperCasePrefixIsNotFound", "TNT_01jd0000000000000000000000"},
		{"TypeNameAsPrefixIsNotFound", "Tenant_01jd0000000000000000000000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if typ, ok := TypeOf(tc.id); ok || typ != "" {
				t.Errorf("TypeOf(%q) = %q, %v; want \"\", false", tc.id, typ, ok)
			}
		})
	}
}

func TestPrefix(t *testing.T) {
	t.Run("PrefixesAreUnique", func(t *testing.T) {
		seen := map[string]string{}
		for typ, p := range prefixes {
			if other, dup := seen[p]; dup {
				t.Errorf("prefix %q used by both %s and %s", p, typ, other)
			}
			seen[p] = typ
			if strings.Contains(p, "_") || p != strings.ToLower(p) || p == "" {
				t.Errorf("prefix %q of %s must be non-empty lower case without underscore", p, typ)
			}
		}
	})

	t.Run("UnknownTypePanics", func(t *testing.T) {
		defer func() {
			v := recover()
			if v == nil {
				t.Fatal("Prefix(\"Unknown\") did not panic")
			}
			if msg, _ := v.(string); !strings.Contains(msg, "Unknown") {
				t.Errorf("panic %v does not name the type", v)
			}
		}()
		Prefix("Unknown")
	})
}

func TestNewSortsInGenerationOrder(t *testing.T) {
	ids := make([]string, 1000)
	for i := range ids {
		ids[i] = New("User")
	}
	for i := 1; i < len(ids); i++ {
		if ids[i-1] >= ids[i] {
			t.Fatalf("id %d %q does not sort after id %d %q", i, ids[i], i-1, ids[i-1])
		}
	}
}

func TestEveryEntSchemaHasAPrefix(t *testing.T) {
	types := mustSchemaTypes(t, filepath.Join("..", "..", "ent", "schema"))
	if len(types) == 0 {
		t.Fatal("found no ent schema types")
	}
	for _, typ := range types {
		t.Run(typ+"HasPrefix", func(t *testing.T) {
			defer func() {
				if v := recover(); v != nil {
					t.Errorf("ent type %s has no pulid prefix: %v", typ, v)
				}
			}()
			Prefix(typ)
		})
	}
}

// mustSchemaTypes returns the top-level struct types in dir that embed
// ent.Schema, i.e. the ent entity types.
func mustSchemaTypes(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("list %s: %v (%d files)", dir, err, len(files))
	}
	var types []string
	fset := token.NewFileSet()
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatalf("parse %s: %v", path, err)
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, field := range st.Fields.List {
					sel, ok := field.Type.(*ast.SelectorExpr)
					if !ok || len(field.Names) != 0 {
						continue
					}
					if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "ent" && sel.Sel.Name == "Schema" {
						types = append(types, ts.Name.Name)
					}
				}
			}
		}
	}
	slices.Sort(types)
	return types
}
