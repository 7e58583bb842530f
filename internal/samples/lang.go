package samples

import (
	"strconv"
	"strings"
)

// Lang is one language the samples are written in: its name as
// x-codeSamples spells it, where its files go, and how it writes the parts
// of a request that differ per operation (variables, the URL, the body, the
// printed field). The rest of each program is its template.
type Lang struct {
	Name  string // x-codeSamples lang: JavaScript, Python, PHP, Java, Go, Shell
	Label string // x-codeSamples label
	Dir   string // under samples/
	// File is the sample's path under Dir.
	File func(op string) string
	// Var is the program's name for an environment variable's value.
	Var func(env string) string
	// URL joins literal path text and variables into one expression.
	URL func(parts []urlPart) string
	// Body writes the JSON body as the language's value (indented as it
	// sits in the template).
	Body func(v value) string
	// Print is the expression of the printed field, path split at dots.
	Print func(path []string) string
}

// urlPart is literal text of a URL or, when Env is set, a variable (of the
// query string when Query is set).
type urlPart struct {
	Text, Env string
	Query     bool
}

// Langs are the six languages, in the order the portal shows them.
var Langs = []Lang{javaScript, python, php, java, golang, shell}

// camel turns KEYBS_CASE_ID into caseId (the KEYBS_ prefix goes).
func camel(env string) string {
	words := strings.Split(strings.ToLower(strings.TrimPrefix(env, "KEYBS_")), "_")
	for i := 1; i < len(words); i++ {
		words[i] = strings.ToUpper(words[i][:1]) + words[i][1:]
	}
	return strings.Join(words, "")
}

// snake turns KEYBS_CASE_ID into case_id.
func snake(env string) string { return strings.ToLower(strings.TrimPrefix(env, "KEYBS_")) }

// exported is the operation id with its first letter upper-cased.
func exported(op string) string { return strings.ToUpper(op[:1]) + op[1:] }

func isIndex(seg string) bool { _, err := strconv.Atoi(seg); return err == nil }

var javaScript = Lang{
	Name: "JavaScript", Label: "Node.js 20 (fetch)", Dir: "javascript",
	File: func(op string) string { return op + ".mjs" },
	Var:  camel,
	URL: func(parts []urlPart) string {
		var b strings.Builder
		b.WriteString("`${baseUrl}")
		for _, p := range parts {
			if p.Env != "" {
				b.WriteString("${encodeURIComponent(" + camel(p.Env) + ")}")
			} else {
				b.WriteString(p.Text)
			}
		}
		return b.String() + "`"
	},
	Body: func(v value) string {
		return literal{open: "{", close: "}", aopen: "[", aclose: "]",
			pair: func(k, val string) string { return quote(k) + ": " + val },
			str:  quote, null: "null", t: "true", f: "false", env: camel}.render(v, "  ", 1)
	},
	Print: func(path []string) string {
		var b strings.Builder
		b.WriteString("body")
		for _, s := range path {
			if isIndex(s) {
				b.WriteString("[" + s + "]")
			} else {
				b.WriteString("." + s)
			}
		}
		return b.String()
	},
}

var python = Lang{
	Name: "Python", Label: "Python 3 (requests)", Dir: "python",
	File: func(op string) string { return snake("KEYBS_"+toSnake(op)) + ".py" },
	Var:  snake,
	URL: func(parts []urlPart) string {
		var b strings.Builder
		b.WriteString(`f"{BASE_URL}`)
		for _, p := range parts {
			if p.Env != "" {
				b.WriteString("{quote(" + snake(p.Env) + ", safe='')}")
			} else {
				b.WriteString(p.Text)
			}
		}
		return b.String() + `"`
	},
	Body: func(v value) string {
		return literal{open: "{", close: "}", aopen: "[", aclose: "]",
			pair: func(k, val string) string { return quote(k) + ": " + val },
			str:  quote, null: "None", t: "True", f: "False", env: snake}.render(v, "    ", 1)
	},
	Print: func(path []string) string {
		var b strings.Builder
		b.WriteString("body")
		for _, s := range path {
			if isIndex(s) {
				b.WriteString("[" + s + "]")
			} else {
				b.WriteString(`["` + s + `"]`)
			}
		}
		return b.String()
	},
}

var php = Lang{
	Name: "PHP", Label: "PHP 8 (curl)", Dir: "php",
	File: func(op string) string { return op + ".php" },
	Var:  func(env string) string { return "$" + camel(env) },
	URL: func(parts []urlPart) string {
		var b strings.Builder
		b.WriteString("$baseUrl . '")
		for _, p := range parts {
			if p.Env != "" {
				b.WriteString("' . rawurlencode($" + camel(p.Env) + ") . '")
			} else {
				b.WriteString(p.Text)
			}
		}
		return strings.TrimSuffix(b.String()+"'", " . ''")
	},
	Body: func(v value) string {
		return literal{open: "[", close: "]", aopen: "[", aclose: "]",
			pair: func(k, val string) string { return phpString(k) + " => " + val },
			str:  phpString, null: "null", t: "true", f: "false", env: func(e string) string { return "$" + camel(e) },
			emptyObject: "new stdClass()"}.render(v, "    ", 1)
	},
	Print: func(path []string) string {
		var b strings.Builder
		b.WriteString("$body")
		for _, s := range path {
			if isIndex(s) {
				b.WriteString("[" + s + "]")
			} else {
				b.WriteString(`['` + s + `']`)
			}
		}
		return b.String()
	},
}

// phpString is a single-quoted PHP string (no interpolation).
func phpString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

var java = Lang{
	Name: "Java", Label: "Java 17 (java.net.http)", Dir: "java",
	File: func(op string) string { return exported(op) + ".java" },
	Var:  camel,
	URL: func(parts []urlPart) string {
		var b strings.Builder
		b.WriteString(`baseUrl + "`)
		for _, p := range parts {
			if p.Env != "" {
				b.WriteString(`" + URLEncoder.encode(` + camel(p.Env) + `, StandardCharsets.UTF_8) + "`)
			} else {
				b.WriteString(p.Text)
			}
		}
		return strings.TrimSuffix(b.String()+`"`, ` + ""`)
	},
	// Java 17 has no JSON in the JDK: the body is JSON text in a text
	// block, each environment value spliced in by formatted() as a JSON
	// string.
	Body: func(v value) string {
		refs := v.envRefs()
		const mark = "\x00"
		text := jsonText(v, "  ", 0, func(e string) string { return mark + e + mark })
		text = strings.NewReplacer(`\`, `\\`, "%", "%%").Replace(text)
		for i, e := range refs {
			text = strings.ReplaceAll(text, mark+e+mark, `"%`+strconv.Itoa(i+1)+`$s"`)
		}
		var b strings.Builder
		b.WriteString(`"""` + "\n")
		for _, line := range strings.Split(text, "\n") {
			b.WriteString("            " + line + "\n")
		}
		b.WriteString(`            """`)
		if len(refs) > 0 {
			args := make([]string, len(refs))
			for i, e := range refs {
				args[i] = camel(e)
			}
			b.WriteString(".formatted(" + strings.Join(args, ", ") + ")")
		}
		return b.String()
	},
	Print: func(path []string) string { return quote(path[len(path)-1]) },
}

var golang = Lang{
	Name: "Go", Label: "Go (net/http)", Dir: "go",
	File: func(op string) string { return op + "/main.go" },
	Var:  goVar,
	URL: func(parts []urlPart) string {
		var b strings.Builder
		b.WriteString(`baseURL + "`)
		for _, p := range parts {
			if p.Env != "" && p.Query {
				b.WriteString(`" + url.QueryEscape(` + goVar(p.Env) + `) + "`)
			} else if p.Env != "" {
				b.WriteString(`" + url.PathEscape(` + goVar(p.Env) + `) + "`)
			} else {
				b.WriteString(p.Text)
			}
		}
		return strings.TrimSuffix(b.String()+`"`, ` + ""`)
	},
	Body: func(v value) string {
		return literal{open: "map[string]any{", close: "}", aopen: "[]any{", aclose: "}",
			pair: func(k, val string) string { return quote(k) + ": " + val },
			str:  quote, null: "nil", t: "true", f: "false", env: goVar}.render(v, "\t", 1)
	},
	Print: func(path []string) string {
		var b strings.Builder
		b.WriteString("body")
		for _, s := range path {
			if isIndex(s) {
				b.WriteString(".([]any)[" + s + "]")
			} else {
				b.WriteString(`.(map[string]any)["` + s + `"]`)
			}
		}
		return b.String()
	},
}

// goVar is camel with Go's initialism: caseID.
func goVar(env string) string {
	c := camel(env)
	if strings.HasSuffix(c, "Id") {
		return strings.TrimSuffix(c, "Id") + "ID"
	}
	return c
}

var shell = Lang{
	Name: "Shell", Label: "curl", Dir: "shell",
	File: func(op string) string { return op + ".sh" },
	Var:  func(env string) string { return "$" + env },
	URL: func(parts []urlPart) string {
		var b strings.Builder
		b.WriteString(`"$KEYBS_BASE_URL`)
		for _, p := range parts {
			if p.Env != "" {
				b.WriteString("${" + p.Env + "}")
			} else {
				b.WriteString(p.Text)
			}
		}
		return b.String() + `"`
	},
	Body: func(v value) string {
		return "'" + jsonText(v, "  ", 0, func(e string) string { return `"'"$` + e + `"'"` }) + "'"
	},
	Print: func(path []string) string { return strings.Join(path, ".") },
}

// toSnake turns createVerification into CREATE_VERIFICATION.
func toSnake(op string) string {
	var b strings.Builder
	for i, r := range op {
		if r >= 'A' && r <= 'Z' && i > 0 {
			b.WriteByte('_')
		}
		b.WriteRune(r)
	}
	return strings.ToUpper(b.String())
}
