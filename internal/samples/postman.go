package samples

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/scope"
)

// PostmanSchema is the collection format's schema URL (v2.1).
const PostmanSchema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"

// postmanVar is the collection variable a "$KEYBS_CASE_ID" reads: caseId.
func postmanVar(env string) string { return camel(env) }

// PostmanVar is the collection variable of the sample variable env
// (KEYBS_RFI_ITEM_ID → rfiItemId), for a runner's --env-var.
func PostmanVar(env string) string { return postmanVar(env) }

// Collection is the Postman collection (v2.1) of the catalog's operations:
// one folder per resource (the operation's tag, in the catalog's order, so
// newman's run creates what later requests read), then one folder per
// industry with the module endpoints its preset enables. Each request's test
// script asserts its documented success status and its response schema and
// stores what the sample prints for later requests. The base URL and the API
// key are variables ({{baseUrl}}, {{apiKey}}) an environment fills in.
func Collection(doc []byte) ([]byte, error) {
	ops, err := Operations(doc)
	if err != nil {
		return nil, err
	}
	var d openAPIDoc
	if err := json.Unmarshal(doc, &d); err != nil {
		return nil, err
	}
	var folders []map[string]any
	index := map[string]int{}
	for _, op := range ops {
		group := op.Tag
		if op.Group != "" {
			group = op.Group
		}
		item, err := postmanItem(d, op)
		if err != nil {
			return nil, err
		}
		i, ok := index[group]
		if !ok {
			i = len(folders)
			index[group] = i
			folders = append(folders, map[string]any{"name": group, "item": []any{}})
		}
		folders[i]["item"] = append(folders[i]["item"].([]any), item)
	}
	var industries []any
	for _, p := range industry.Catalog {
		var items []any
		for _, op := range ops {
			if industryUses(p, op) {
				item, err := postmanItem(d, op)
				if err != nil {
					return nil, err
				}
				items = append(items, item)
			}
		}
		if len(items) > 0 {
			industries = append(industries, map[string]any{"name": p.Name, "item": items,
				"description": fmt.Sprintf("The %s preset's module endpoints built so far.", p.Name)})
		}
	}
	var vars []any
	vars = append(vars, map[string]any{"key": "baseUrl", "value": "https://api.trust.keybs.io"})
	for _, op := range ops {
		if op.Saves != "" {
			vars = append(vars, map[string]any{"key": postmanVar(op.Saves), "value": ""})
		}
	}
	// The prepared variables (an RFI question to answer, the industry),
	// which an environment or --env-var sets when they have no fixed value.
	prepared := make([]string, 0, len(Prepared))
	for name := range Prepared {
		if name != "KEYBS_PORTAL_TOKEN" {
			prepared = append(prepared, name)
		}
	}
	slices.Sort(prepared)
	for _, name := range prepared {
		vars = append(vars, map[string]any{"key": postmanVar(name), "value": Prepared[name].Default, "description": Prepared[name].Doc})
	}
	coll := map[string]any{
		"info": map[string]any{
			"name":        "KeyBS API",
			"description": "Generated from /v1/openapi.json and the code samples' catalog (internal/samples). Import an environment from /v1/postman/environment.json and set apiKey (and portalToken, a portal session's access token, for the API keys and audit log requests).",
			"schema":      PostmanSchema,
		},
		"auth": map[string]any{"type": "bearer", "bearer": []any{map[string]any{"key": "token", "value": "{{apiKey}}", "type": "string"}}},
		"item": []any{
			map[string]any{"name": "By resource", "item": folders},
			map[string]any{"name": "By industry", "item": industries},
		},
		"variable": vars,
	}
	b, err := json.MarshalIndent(coll, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// industryUses reports whether op is a module endpoint of a module the
// industry's preset enables.
func industryUses(p industry.Profile, op Operation) bool {
	for _, e := range scope.Endpoints {
		if e.Method == op.Method && e.Path == op.Path && slices.Contains(p.PresetModules, e.Module) {
			return true
		}
	}
	return false
}

// openAPIDoc is the part of the document the collection reads.
type openAPIDoc struct {
	Paths      map[string]map[string]json.RawMessage `json:"paths"`
	Components struct {
		Schemas map[string]json.RawMessage `json:"schemas"`
	} `json:"components"`
}

func postmanItem(d openAPIDoc, op Operation) (map[string]any, error) {
	var o struct {
		Description string                     `json:"description"`
		Responses   map[string]json.RawMessage `json:"responses"`
	}
	if err := json.Unmarshal(d.Paths[op.Path][strings.ToLower(op.Method)], &o); err != nil {
		return nil, err
	}
	// Every documented success, each with its own schema: a first fraud
	// feedback answers 201 and a replacing one 200.
	var okCodes []string
	for code := range o.Responses {
		if code >= "200" && code < "300" {
			okCodes = append(okCodes, code)
		}
	}
	if len(okCodes) == 0 {
		return nil, fmt.Errorf("%s: no success response", op.OperationID)
	}
	slices.Sort(okCodes)
	schemas := map[string]any{}
	for _, code := range okCodes {
		var r struct {
			Content map[string]struct {
				Schema json.RawMessage `json:"schema"`
			} `json:"content"`
		}
		_ = json.Unmarshal(o.Responses[code], &r)
		if c, ok := r.Content["application/json"]; ok {
			s, err := d.resolve(c.Schema, 0)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", op.OperationID, err)
			}
			schemas[code] = s
		}
	}
	raw := "{{baseUrl}}"
	for _, p := range op.urlParts() {
		if p.Env != "" {
			raw += "{{" + postmanVar(p.Env) + "}}"
		} else {
			raw += p.Text
		}
	}
	headers := []any{map[string]any{"key": "Accept", "value": op.Accept}}
	if op.Body != "" {
		headers = append(headers, map[string]any{"key": "Content-Type", "value": "application/json"})
	}
	req := map[string]any{
		"method": op.Method,
		"header": headers,
		"url":    raw,
	}
	switch {
	case op.Public:
		req["auth"] = map[string]any{"type": "noauth"}
	case op.Session:
		req["auth"] = map[string]any{"type": "bearer", "bearer": []any{map[string]any{"key": "token", "value": "{{" + postmanVar("KEYBS_PORTAL_TOKEN") + "}}", "type": "string"}}}
	}
	if op.Body != "" {
		v, _ := parseValue(op.Body)
		body := jsonText(v, "  ", 0, func(e string) string { return `"{{` + postmanVar(e) + `}}"` })
		req["body"] = map[string]any{"mode": "raw", "raw": body, "options": map[string]any{"raw": map[string]any{"language": "json"}}}
	}
	script := []string{
		fmt.Sprintf("pm.test(%q, function () { pm.expect(pm.response.code).to.be.oneOf([%s]); });", "status is "+strings.Join(okCodes, " or "), strings.Join(okCodes, ", ")),
	}
	if len(schemas) > 0 {
		schemasJSON, _ := json.Marshal(schemas)
		script = append(script,
			"const schemas = "+string(schemasJSON)+";",
			`pm.test("response matches the documented schema", function () { const schema = schemas[pm.response.code]; if (schema) pm.response.to.have.jsonSchema(schema); });`)
	}
	if op.Saves != "" {
		script = append(script, fmt.Sprintf("pm.collectionVariables.set(%q, %s);", postmanVar(op.Saves), postmanPath(op.Print)))
	}
	return map[string]any{
		"name":    op.Summary,
		"request": withDescription(req, o.Description),
		"event":   []any{map[string]any{"listen": "test", "script": map[string]any{"type": "text/javascript", "exec": script}}},
	}, nil
}

func withDescription(req map[string]any, desc string) map[string]any {
	if desc != "" {
		req["description"] = desc
	}
	return req
}

// postmanPath reads a dotted path of the JSON answer in a test script.
func postmanPath(p string) string {
	var b strings.Builder
	b.WriteString("pm.response.json()")
	for _, s := range strings.Split(p, ".") {
		if isIndex(s) {
			b.WriteString("[" + s + "]")
		} else {
			b.WriteString("[" + quote(s) + "]")
		}
	}
	return b.String()
}

// resolve inlines $refs and keeps only the keywords every JSON Schema
// draft reads alike (type, properties, required, items, enum), so
// Postman's validator checks the answer's shape without tripping over
// OpenAPI 3.1's newer keywords.
func (d openAPIDoc) resolve(raw json.RawMessage, depth int) (any, error) {
	if depth > 12 || len(raw) == 0 {
		return map[string]any{}, nil
	}
	var s map[string]json.RawMessage
	if err := json.Unmarshal(raw, &s); err != nil {
		return map[string]any{}, nil // true/false schemas
	}
	if ref, ok := s["$ref"]; ok {
		var r string
		_ = json.Unmarshal(ref, &r)
		name := strings.TrimPrefix(r, "#/components/schemas/")
		target, ok := d.Components.Schemas[name]
		if !ok {
			return nil, fmt.Errorf("unknown schema %s", r)
		}
		return d.resolve(target, depth+1)
	}
	out := map[string]any{}
	for _, k := range []string{"type", "required", "enum"} {
		if v, ok := s[k]; ok {
			var x any
			_ = json.Unmarshal(v, &x)
			out[k] = x
		}
	}
	if props, ok := s["properties"]; ok {
		var m map[string]json.RawMessage
		_ = json.Unmarshal(props, &m)
		pm := map[string]any{}
		for k, v := range m {
			r, err := d.resolve(v, depth+1)
			if err != nil {
				return nil, err
			}
			pm[k] = r
		}
		out["properties"] = pm
	}
	if items, ok := s["items"]; ok {
		r, err := d.resolve(items, depth+1)
		if err != nil {
			return nil, err
		}
		out["items"] = r
	}
	return out, nil
}

// Environment is a Postman environment for this server: baseUrl is
// publicURL, apiKey an empty secret the user (or the portal, in the
// browser) fills in, and portalToken the empty secret the key management
// requests send (a portal session's access token).
func Environment(publicURL, env string) ([]byte, error) {
	e := map[string]any{
		"id":   "keybs-" + env,
		"name": "KeyBS " + env,
		"values": []any{
			map[string]any{"key": "baseUrl", "value": strings.TrimSuffix(publicURL, "/"), "type": "default", "enabled": true},
			map[string]any{"key": "apiKey", "value": "", "type": "secret", "enabled": true},
			map[string]any{"key": postmanVar("KEYBS_PORTAL_TOKEN"), "value": "", "type": "secret", "enabled": true},
		},
		"_postman_variable_scope": "environment",
	}
	b, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
