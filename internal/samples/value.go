package samples

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// value is a JSON value that keeps its object keys in the order they were
// written, so every language's sample lists a body's fields in the catalog's
// order.
type value struct {
	kind   byte // 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null
	keys   []string
	items  []value
	scalar string // the string, or the literal text of a number or bool
}

// parseValue reads one JSON value, keeping key order.
func parseValue(src string) (value, error) {
	dec := json.NewDecoder(strings.NewReader(src))
	dec.UseNumber()
	v, err := readValue(dec)
	if err != nil {
		return value{}, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return value{}, fmt.Errorf("trailing data after the JSON value")
	}
	return v, nil
}

func readValue(dec *json.Decoder) (value, error) {
	tok, err := dec.Token()
	if err != nil {
		return value{}, err
	}
	switch t := tok.(type) {
	case json.Delim:
		v := value{kind: 'a'}
		if t == '{' {
			v.kind = 'o'
		}
		for dec.More() {
			if v.kind == 'o' {
				k, err := dec.Token()
				if err != nil {
					return value{}, err
				}
				v.keys = append(v.keys, k.(string))
			}
			item, err := readValue(dec)
			if err != nil {
				return value{}, err
			}
			v.items = append(v.items, item)
		}
		_, err := dec.Token() // the closing delimiter
		return v, err
	case string:
		return value{kind: 's', scalar: t}, nil
	case json.Number:
		return value{kind: 'n', scalar: t.String()}, nil
	case bool:
		return value{kind: 'b', scalar: fmt.Sprint(t)}, nil
	default:
		return value{kind: 'z'}, nil
	}
}

// envRef returns the variable a "$KEYBS_X" string stands for.
func (v value) envRef() (string, bool) {
	if v.kind == 's' && strings.HasPrefix(v.scalar, "$KEYBS_") {
		return v.scalar[1:], true
	}
	return "", false
}

// envRefs lists the variables the value reads, in order, once each.
func (v value) envRefs() []string {
	var out []string
	var walk func(value)
	walk = func(v value) {
		if name, ok := v.envRef(); ok && !contains(out, name) {
			out = append(out, name)
		}
		for _, it := range v.items {
			walk(it)
		}
	}
	walk(v)
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// literal is how one language writes values: the object, array and scalar
// syntax and how an environment reference reads.
type literal struct {
	open, close   string // object
	aopen, aclose string // array
	pair          func(key, val string) string
	str           func(s string) string
	null, t, f    string
	env           func(name string) string
	// emptyObject is how an empty object reads, when not open+close (PHP's
	// [] would encode as a JSON array).
	emptyObject string
}

// render writes v in the language's syntax, indented by indent (a string
// of spaces) per level, starting at depth.
func (l literal) render(v value, indent string, depth int) string {
	pad := strings.Repeat(indent, depth+1)
	end := strings.Repeat(indent, depth)
	switch v.kind {
	case 'o', 'a':
		open, close := l.open, l.close
		if v.kind == 'a' {
			open, close = l.aopen, l.aclose
		}
		if len(v.items) == 0 {
			if v.kind == 'o' && l.emptyObject != "" {
				return l.emptyObject
			}
			return open + close
		}
		var b bytes.Buffer
		b.WriteString(open + "\n")
		for i, it := range v.items {
			b.WriteString(pad)
			val := l.render(it, indent, depth+1)
			if v.kind == 'o' {
				b.WriteString(l.pair(v.keys[i], val))
			} else {
				b.WriteString(val)
			}
			b.WriteString(",\n")
		}
		b.WriteString(end + close)
		return b.String()
	case 's':
		if name, ok := v.envRef(); ok {
			return l.env(name)
		}
		return l.str(v.scalar)
	case 'b':
		if v.scalar == "true" {
			return l.t
		}
		return l.f
	case 'z':
		return l.null
	default:
		return v.scalar
	}
}

// jsonText writes v as indented JSON, with environment references left to
// ref (which returns the text to put in place of the whole quoted value).
func jsonText(v value, indent string, depth int, ref func(name string) string) string {
	l := literal{open: "{", close: "}", aopen: "[", aclose: "]",
		pair: func(k, val string) string { return quote(k) + ": " + val },
		str:  quote, null: "null", t: "true", f: "false", env: ref}
	return trimTrailingCommas(l.render(v, indent, depth))
}

// trimTrailingCommas removes the comma before each closing bracket that
// render leaves for the languages that allow one.
func trimTrailingCommas(s string) string {
	lines := strings.Split(s, "\n")
	for i := 0; i+1 < len(lines); i++ {
		next := strings.TrimSpace(lines[i+1])
		if next == "}" || next == "]" || strings.HasPrefix(next, "}") || strings.HasPrefix(next, "]") {
			lines[i] = strings.TrimSuffix(lines[i], ",")
		}
	}
	return strings.Join(lines, "\n")
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
