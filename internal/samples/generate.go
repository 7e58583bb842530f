package samples

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"go/format"
	"path"
	"regexp"
	"sort"
	"strings"
	"text/template"
)

//go:embed templates
var templates embed.FS

// Operation is a catalog entry joined with its operation in the OpenAPI
// document.
type Operation struct {
	Sample
	Method, Path, Summary, Tag string
	// Scope is the scope the operation requires ("" for public and
	// session-only operations).
	Scope string
	// Accept is the media type of the success answer (application/json,
	// or a Download's: application/pdf, text/html).
	Accept string
}

// AuthEnv is the variable holding the operation's credential: the portal
// session's token for Session operations, else the API key ("" if public).
func (op Operation) AuthEnv() string {
	switch {
	case op.Public:
		return ""
	case op.Session:
		return "KEYBS_PORTAL_TOKEN"
	}
	return "KEYBS_API_KEY"
}

// Operations joins Catalog with the OpenAPI document doc; an entry naming no
// operation of doc is an error, so a renamed operation cannot leave a stale
// sample behind.
func Operations(doc []byte) ([]Operation, error) {
	var d struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(doc, &d); err != nil {
		return nil, fmt.Errorf("openapi: %w", err)
	}
	type opDoc struct {
		OperationID string                `json:"operationId"`
		Summary     string                `json:"summary"`
		Tags        []string              `json:"tags"`
		Security    []map[string][]string `json:"security"`
		Responses   map[string]struct {
			Content map[string]json.RawMessage `json:"content"`
		} `json:"responses"`
	}
	found := map[string]Operation{}
	for p, item := range d.Paths {
		for method, raw := range item {
			var o opDoc
			if json.Unmarshal(raw, &o) != nil || o.OperationID == "" {
				continue // parameters, servers
			}
			op := Operation{Method: strings.ToUpper(method), Path: p, Summary: o.Summary}
			if len(o.Tags) > 0 {
				op.Tag = o.Tags[0]
			}
			for _, req := range o.Security {
				if s := req["apiKey"]; len(s) > 0 {
					op.Scope = s[0]
				}
			}
			op.Accept = successType(o.Responses)
			found[o.OperationID] = op
		}
	}
	out := make([]Operation, 0, len(Catalog))
	// known are the variables a sample may read: prepared ones, and those
	// an earlier sample printed.
	known := map[string]bool{}
	for name := range Prepared {
		known[name] = true
	}
	seen := map[string]bool{}
	for _, s := range Catalog {
		op, ok := found[s.OperationID]
		if !ok {
			return nil, fmt.Errorf("samples: catalog entry %q names no operation of openapi.json", s.OperationID)
		}
		if seen[s.OperationID] {
			return nil, fmt.Errorf("samples: %s: two catalog entries", s.OperationID)
		}
		seen[s.OperationID] = true
		if (s.Print == "") == (s.Download == "") {
			return nil, fmt.Errorf("samples: %s: set exactly one of Print and Download", s.OperationID)
		}
		if s.Download == "" && op.Accept != "application/json" {
			return nil, fmt.Errorf("samples: %s answers %s: name the file it saves in Download", s.OperationID, op.Accept)
		}
		if s.Download != "" {
			if op.Accept == "application/json" {
				return nil, fmt.Errorf("samples: %s answers JSON: Print a field instead of Download", s.OperationID)
			}
			if path.Base(s.Download) != s.Download {
				return nil, fmt.Errorf("samples: %s: Download %q is no plain file name", s.OperationID, s.Download)
			}
		}
		op.Sample = s
		for _, name := range pathParams(op.Path) {
			if s.Params[name] == "" && s.Fixed[name] == "" {
				return nil, fmt.Errorf("samples: %s: path parameter {%s} has no variable in Params", s.OperationID, name)
			}
		}
		if s.Body != "" {
			if _, err := parseValue(s.Body); err != nil {
				return nil, fmt.Errorf("samples: %s: body: %w", s.OperationID, err)
			}
		}
		for _, e := range op.Env() {
			if !known[e] {
				return nil, fmt.Errorf("samples: %s reads %s, which no earlier sample saves and Prepared lacks", s.OperationID, e)
			}
		}
		if s.Saves != "" {
			known[s.Saves] = true
		}
		out = append(out, op)
	}
	return out, nil
}

// successType is the media type of the lowest documented success answer
// (JSON when it offers JSON among others, as the audit export does).
func successType(responses map[string]struct {
	Content map[string]json.RawMessage `json:"content"`
}) string {
	var codes []string
	for code := range responses {
		if code >= "200" && code < "300" {
			codes = append(codes, code)
		}
	}
	sort.Strings(codes)
	for _, code := range codes {
		c := responses[code].Content
		if _, ok := c["application/json"]; ok || len(c) == 0 {
			return "application/json"
		}
		types := make([]string, 0, len(c))
		for t := range c {
			types = append(types, t)
		}
		sort.Strings(types)
		return types[0]
	}
	return "application/json"
}

var paramPattern = regexp.MustCompile(`\{([^}]+)\}`)

func pathParams(p string) []string {
	var out []string
	for _, m := range paramPattern.FindAllStringSubmatch(p, -1) {
		out = append(out, m[1])
	}
	return out
}

// urlParts splits an operation's path (and query) into text and variables.
// A fixed path parameter is text; consecutive texts are joined.
func (op Operation) urlParts() []urlPart {
	var parts []urlPart
	text := func(s string) {
		if n := len(parts); n > 0 && parts[n-1].Env == "" {
			parts[n-1].Text += s
		} else if s != "" {
			parts = append(parts, urlPart{Text: s})
		}
	}
	rest := op.Path
	for {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest, '}')
		text(rest[:i])
		if v, ok := op.Fixed[rest[i+1:j]]; ok {
			text(v)
		} else {
			parts = append(parts, urlPart{Env: op.Params[rest[i+1:j]]})
		}
		rest = rest[j+1:]
	}
	text(rest)
	if op.Query != "" {
		q := "?" + op.Query
		for _, m := range queryVar.FindAllStringIndex(q, -1) {
			text(q[:m[0]])
			parts = append(parts, urlPart{Env: q[m[0]+1 : m[1]], Query: true})
			q = q[m[1]:]
		}
		text(q)
	}
	return parts
}

// queryVar is a variable in Query: "verification_id=$KEYBS_VERIFICATION_ID".
var queryVar = regexp.MustCompile(`\$KEYBS_[A-Z0-9_]+`)

// Env lists the variables the sample reads besides KEYBS_BASE_URL and
// KEYBS_API_KEY: path parameters, then body references.
func (op Operation) Env() []string {
	var out []string
	for _, p := range op.urlParts() {
		if p.Env != "" && !contains(out, p.Env) {
			out = append(out, p.Env)
		}
	}
	if op.Body != "" {
		v, _ := parseValue(op.Body)
		for _, e := range v.envRefs() {
			if !contains(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}

// view is what a language template sees.
type view struct {
	Operation
	File  string
	Vars  []envVar
	URL   string
	Body  string
	Print string
	// ClassName is Java's class, Dir the sample's directory (Go's package).
	ClassName, Dir string
	// PathVars says whether the URL has path parameters (Go imports net/url).
	PathVars bool
	// AuthEnv is the credential's variable (KEYBS_API_KEY,
	// KEYBS_PORTAL_TOKEN) and AuthVar the program's name for it; AuthHint
	// is what its value looks like.
	AuthEnv, AuthVar, AuthHint string
}

type envVar struct{ Name, Var string }

// Source renders op's sample in lang.
func (l Lang) Source(op Operation) (string, error) {
	t, err := template.New(l.Dir+".tmpl").ParseFS(templates, "templates/"+l.Dir+".tmpl")
	if err != nil {
		return "", err
	}
	v := view{Operation: op, File: path.Join("samples", l.Dir, l.File(op.OperationID)), URL: l.URL(op.urlParts()),
		Print: l.Print(strings.Split(op.Print, ".")), ClassName: exported(op.OperationID)}
	v.Dir = path.Dir(v.File)
	for _, p := range op.urlParts() {
		v.PathVars = v.PathVars || p.Env != ""
	}
	for _, e := range op.Env() {
		v.Vars = append(v.Vars, envVar{Name: e, Var: l.Var(e)})
	}
	if v.AuthEnv = op.AuthEnv(); v.AuthEnv != "" {
		v.AuthVar, v.AuthHint = l.Var(v.AuthEnv), "kbs_test_…"
		if l.Dir == "python" {
			v.AuthVar = strings.ToUpper(v.AuthVar) // a module constant, as BASE_URL
		}
		if op.Session {
			v.AuthHint = "eyJ…"
		}
	}
	if op.Body != "" {
		b, _ := parseValue(op.Body)
		v.Body = l.Body(b)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, v); err != nil {
		return "", fmt.Errorf("%s %s: %w", l.Name, op.OperationID, err)
	}
	if l.Dir == "go" {
		// gofmt's layout, so the Go samples read like any Go file.
		out, err := format.Source(buf.Bytes())
		if err != nil {
			return "", fmt.Errorf("Go %s: %w", op.OperationID, err)
		}
		return string(out), nil
	}
	return buf.String(), nil
}

// CodeSample is one entry of an operation's x-codeSamples.
type CodeSample struct {
	Lang   string `json:"lang"`
	Label  string `json:"label"`
	Source string `json:"source"`
}

// Files renders every artefact from doc (rest/openapi.json): each
// language's programs under samples/, the webhook verifiers, and
// rest/codesamples_gen.json (operation id → x-codeSamples) and the Postman
// collection rest/postman_collection_gen.json, keyed by path
// from the repository root.
func Files(doc []byte) (map[string][]byte, error) {
	ops, err := Operations(doc)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	attached := map[string][]CodeSample{}
	for _, op := range ops {
		for _, l := range Langs {
			src, err := l.Source(op)
			if err != nil {
				return nil, err
			}
			files[path.Join("samples", l.Dir, l.File(op.OperationID))] = []byte(src)
			attached[op.OperationID] = append(attached[op.OperationID], CodeSample{Lang: l.Name, Label: l.Label, Source: src})
		}
	}
	verifiers, err := templates.ReadDir("templates/verify")
	if err != nil {
		return nil, err
	}
	for _, f := range verifiers {
		b, err := templates.ReadFile("templates/verify/" + f.Name())
		if err != nil {
			return nil, err
		}
		files[path.Join("samples", verifierDir(f.Name()), strings.TrimSuffix(f.Name(), ".tmpl"))] = b
	}
	ids := make([]string, 0, len(attached))
	for id := range attached {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var buf bytes.Buffer
	buf.WriteString("{\n")
	for i, id := range ids {
		b, err := json.MarshalIndent(attached[id], "  ", "  ")
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&buf, "  %q: %s", id, b)
		if i < len(ids)-1 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
	}
	buf.WriteString("}\n")
	files["rest/codesamples_gen.json"] = buf.Bytes()
	coll, err := Collection(doc)
	if err != nil {
		return nil, err
	}
	files["rest/postman_collection_gen.json"] = coll
	return files, nil
}

// verifierDir is the language directory of a verifier template by its
// extension (verify_webhook.py.tmpl → python).
func verifierDir(name string) string {
	switch ext := path.Ext(strings.TrimSuffix(name, ".tmpl")); ext {
	case ".mjs":
		return "javascript"
	case ".py":
		return "python"
	case ".php":
		return "php"
	case ".java":
		return "java"
	case ".go":
		return "go/verifywebhook"
	default:
		return "shell"
	}
}
