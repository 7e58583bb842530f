package rest

// Issue 12 item 4: every module operation documents its sandbox magic values
// as x-keybs-magic-values (an empty list when it has none), and each listed
// value is in the operation's description too, where people read it.

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/escrow"
	"github.com/keybs/platform/internal/risk"
	"github.com/keybs/platform/internal/scope"
)

func TestMagicValuesAreDocumented(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openapiSource, &doc); err != nil {
		t.Fatal(err)
	}
	type magicValue struct {
		Field   string `json:"field"`
		Value   any    `json:"value"`
		Outcome string `json:"outcome"`
	}
	operation := func(t *testing.T, method, path string) (string, []magicValue, bool) {
		t.Helper()
		raw, ok := doc.Paths[path][strings.ToLower(method)]
		if !ok {
			t.Fatalf("%s %s is not in openapi.json", method, path)
		}
		var op struct {
			Description string        `json:"description"`
			Magic       *[]magicValue `json:"x-keybs-magic-values"`
		}
		if err := json.Unmarshal(raw, &op); err != nil {
			t.Fatal(err)
		}
		if op.Magic == nil {
			return op.Description, nil, false
		}
		return op.Description, *op.Magic, true
	}
	h := &handler{mux: http.NewServeMux(), methods: map[string][]string{}}
	h.routes()
	for route, req := range h.required {
		if req.module == "" {
			continue
		}
		t.Run(route, func(t *testing.T) {
			method, path, _ := strings.Cut(route, " ")
			desc, values, ok := operation(t, method, path)
			if !ok {
				t.Fatalf("no x-keybs-magic-values (write [] when the operation has none)")
			}
			if len(values) > 0 && !strings.Contains(desc, "live keys never honour them") {
				t.Errorf("the description does not say live keys never honour the magic values")
			}
			for _, v := range values {
				if v.Field == "" || v.Outcome == "" {
					t.Errorf("magic value %+v lacks its field or outcome", v)
				}
				s := fmt.Sprint(v.Value)
				if at, ok := strings.CutPrefix(s, "anyone@"); ok {
					s = at // a magic domain: any address at it
				}
				if !strings.Contains(desc, "`"+s+"`") {
					t.Errorf("magic value %s of %s is not in the description", s, v.Field)
				}
			}
		})
	}
	// The code's own magic tables are the documented ones.
	for _, c := range []struct {
		path  string
		field string
		want  []string
	}{
		{"/v1/transaction/check", "amount", keys(risk.MagicAmounts)},
		{"/v1/escrow/initiate", "amount", keys(escrow.MagicAmounts)},
		{"/v1/escrow/funds", "amount", keys(escrow.MagicAmounts)},
	} {
		t.Run("TheCodesTable"+c.path, func(t *testing.T) {
			_, values, _ := operation(t, "POST", c.path)
			var got []string
			for _, v := range values {
				if v.Field == c.field {
					got = append(got, fmt.Sprint(v.Value))
				}
			}
			for _, w := range c.want {
				if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+w+" ") {
					t.Errorf("%s %s is a magic value in the code but not documented (%v)", c.field, w, got)
				}
			}
			if len(got) != len(c.want) {
				t.Errorf("documented %v, the code has %v", got, c.want)
			}
		})
	}
	if _, ok := h.required["POST /v1/primitives/{primitiveId}"]; !ok || len(scope.Endpoints) == 0 {
		t.Fatal("the module routes are not registered; the test checks nothing")
	}
}

func keys[V any](m map[int64]V) []string {
	var out []string
	for k := range m {
		out = append(out, fmt.Sprint(k))
	}
	return out
}
