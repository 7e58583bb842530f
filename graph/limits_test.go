package graph_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"entgo.io/contrib/entgql"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

// postRaw posts a GraphQL request body and returns the status and response.
func postRaw(t *testing.T, s *servertest.Server, token string, body any) (int, servertest.Response) {
	t.Helper()
	raw, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", bytes.NewReader(raw))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := s.HTTP.Client().Do(req)
	servertest.Must(t, err)
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	var out servertest.Response
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("status %d, body %.300s: %v", res.StatusCode, b, err)
	}
	return res.StatusCode, out
}

func TestDocumentLimits(t *testing.T) {
	s := servertest.Start(t, testdb.SQLiteURL(t))
	sess := s.SignUp(t, "ann@example.com", "Acme")
	docs := append(abusiveDocuments[:len(abusiveDocuments):len(abusiveDocuments)],
		struct{ name, query, limit string }{"Fields100kShortNames", "{" + strings.Repeat(" a", 100000) + "}", "tokens"},
		struct{ name, query, limit string }{"TooManyTokensInVariablesDefinitions", "query(" + strings.Repeat("$a: Int ", 1001) + ") { __typename }", "tokens"},
	)
	for _, d := range docs {
		if len(d.query) > 1<<20-1000 {
			continue // over the body limit: refused with 413 before GraphQL sees it
		}
		for _, who := range []struct{ name, token string }{{"Anonymous", ""}, {"SignedIn", sess.AccessToken}} {
			t.Run(d.name+"Is"+d.limit+"Refusal"+who.name, func(t *testing.T) {
				status, res := postRaw(t, s, who.token, map[string]any{"query": d.query})
				e := res.Err(t)
				if status != http.StatusOK || e.Code() != "query_too_complex" || e.Extensions["limit"] != d.limit {
					t.Fatalf("status %d, error %+v; want 200 query_too_complex (%s)", status, e, d.limit)
				}
				if len(res.Data) != 0 {
					t.Fatalf("refused document returned data %s", res.Data)
				}
			})
		}
	}

	accepted := []struct{ name, query string }{
		{"TenRepeatsAreAllowed", "{" + strings.Repeat(" __typename", 10) + " }"},
		{"TwelveLevelsAreAllowed", nested(12)},
		{"ThirtyAliasesAreAllowed", "{" + aliasesOf(30, "__typename") + " }"},
		{"AFragmentSpreadInTwoPlacesIsAllowed", "{ viewer { ...U memberships { user { ...U } } } } fragment U on User { id email }"},
		{"IntrospectionNestingIsLeftToItsOwnRule", introspectionQuery},
	}
	for _, tc := range accepted {
		t.Run(tc.name, func(t *testing.T) {
			_, res := postRaw(t, s, sess.AccessToken, map[string]any{"query": tc.query})
			if len(res.Errors) > 0 {
				t.Fatalf("refused: %+v", res.Errors)
			}
		})
	}

	t.Run("ThirteenLevelsAreRefused", func(t *testing.T) {
		_, res := postRaw(t, s, sess.AccessToken, map[string]any{"query": nested(13)})
		if e := res.Err(t); e.Extensions["limit"] != "depth" || e.Extensions["max"] != float64(12) {
			t.Fatalf("got %+v", e)
		}
	})
	t.Run("SyntaxErrorsStayParseErrors", func(t *testing.T) {
		status, res := postRaw(t, s, "", map[string]any{"query": "{ viewer { "})
		if e := res.Err(t); status != http.StatusOK || e.Code() != "GRAPHQL_PARSE_FAILED" || len(res.Data) != 0 {
			t.Fatalf("status %d, %+v", status, e)
		}
	})
	t.Run("FragmentCyclesStayValidationErrors", func(t *testing.T) {
		_, res := postRaw(t, s, "", map[string]any{"query": "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"})
		if len(res.Errors) == 0 || res.Errors[0].Code() != "GRAPHQL_VALIDATION_FAILED" {
			t.Fatalf("got %+v", res.Errors)
		}
	})
}

// introspectionQuery is GraphiQL's (graphql-js getIntrospectionQuery), the
// largest document tools send.
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name ofType { kind name ofType { kind name ofType { kind name ofType {
  kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}`

func TestOperationLimits(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		sess := s.SignUp(t, "ann@example.com", "Acme")
		var forged bytes.Buffer
		entgql.Cursor[string]{ID: "aud_x", Value: map[string]any{"a": 1}}.MarshalGQL(&forged)
		hundredIDs := make([]string, 101)
		for i := range hundredIDs {
			hundredIDs[i] = missingKeyID
		}
		refused := []struct {
			name, query string
			vars        map[string]any
			code, field string // field is extensions.field, or extensions.limit for query_too_complex
		}{
			{"FirstOver100IsRefused", `{ apiKeys(first: 101) { totalCount } }`, nil, "validation_error", "first"},
			{"LastOver100IsRefused", `{ apiKeys(last: 500) { totalCount } }`, nil, "validation_error", "last"},
			{"FirstOver100FromAVariableIsRefused", `query($n: Int) { auditLogs(first: $n) { totalCount } }`, map[string]any{"n": 1000}, "validation_error", "first"},
			{"NegativeFirstIsRefused", `{ apiKeys(first: -1) { totalCount } }`, nil, "validation_error", "first"},
			{"FirstAndLastTogetherAreRefused", `{ apiKeys(first: 1, last: 1) { totalCount } }`, nil, "validation_error", "last"},
			{"NestedFirstOver100IsRefused", `{ applications(first: 1) { edges { node { apiKeys(first: 1000) { totalCount } } } } }`, nil, "validation_error", "first"},
			{"PageInsideAFragmentIsChecked", `{ applications(first: 1) { edges { node { ...K } } } } fragment K on Application { apiKeys(first: 200) { totalCount } }`, nil, "validation_error", "first"},
			{"MoreThan100NodeIDsAreRefused", `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": hundredIDs}, "validation_error", "ids"},
			{"NestedConnectionsCostTooMuch", `{ apiKeys(first: 100) { edges { node { application { apiKeys(first: 100) { edges { node { id } } } } } } } }`, nil, "query_too_complex", "cost"},
			{"DefaultPagesAreCosted", `{ applications { edges { node { apiKeys { edges { node { application { apiKeys { edges { node { id } } } } } } } } } } }`, nil, "query_too_complex", "cost"},
			{"MalformedAfterCursorIsRefused", `{ apiKeys(first: 5, after: "garbage") { totalCount } }`, nil, "validation_error", "after"},
			{"MalformedBeforeCursorVariableIsRefused", `query($c: Cursor) { auditLogs(last: 5, before: $c) { totalCount } }`, map[string]any{"c": "%%%"}, "validation_error", "before"},
			{"ForgedCursorHoldingAnObjectIsRefused", `query($c: Cursor) { auditLogs(first: 5, after: $c) { totalCount } }`, map[string]any{"c": strings.Trim(forged.String(), `"`)}, "validation_error", "after"},
			{"CursorOfTheWrongTypeIsRefused", `query($c: Cursor) { auditLogs(first: 5, after: $c) { totalCount } }`, map[string]any{"c": 42}, "validation_error", "after"},
			{"MalformedTimeInAnInputIsRefused", `{ usage(filter: {from: "x"}) { totals { requests } } }`, nil, "validation_error", "filter.from"},
			{"MalformedTimeInAVariableIsRefused", `query($f: UsageFilter) { usage(filter: $f) { totals { requests } } }`, map[string]any{"f": map[string]any{"to": "yesterday"}}, "validation_error", "filter.to"},
			{"MalformedTimeInAListIsRefused", `{ auditLogs(first: 1, where: {createdAtIn: ["2024-01-01T00:00:00Z", "soon"]}) { totalCount } }`, nil, "validation_error", "where.createdAtIn[1]"},
			{"NumberAsTimeIsRefused", `{ verificationStats(from: 5) { approvalRate } }`, nil, "validation_error", "from"},
			{"MalformedTimeInAMutationIsRefused", `mutation { createApiKey(input: {name: "k", environment: TEST, expiresAt: "tomorrow"}) { secret } }`, nil, "validation_error", "input.expiresAt"},
		}
		for _, tc := range refused {
			t.Run(tc.name, func(t *testing.T) {
				status, res := postRaw(t, s, sess.AccessToken, map[string]any{"query": tc.query, "variables": tc.vars})
				e := res.Err(t)
				got := e.Field()
				if tc.code == "query_too_complex" {
					got, _ = e.Extensions["limit"].(string)
				}
				if status != http.StatusOK || e.Code() != tc.code || got != tc.field {
					t.Fatalf("status %d, error %+v; want 200 %s naming %q", status, e, tc.code, tc.field)
				}
				if tc.code == "validation_error" && !strings.Contains(e.Message, tc.field) {
					t.Errorf("message %q does not name %s", e.Message, tc.field)
				}
			})
		}

		accepted := []struct {
			name, query string
			vars        map[string]any
		}{
			{"Page100IsAllowed", `{ apiKeys(first: 100) { edges { node { id application { id } } } } }`, nil},
			{"NestedSmallPagesAreAllowed", `{ applications(first: 30) { edges { node { apiKeys(first: 30) { edges { node { id } } } } } } }`, nil},
			{"WellFormedTimesAreAllowed", `{ usage(filter: {from: "2024-01-01T00:00:00Z", to: "2024-01-02T00:00:00.5+02:00"}) { totals { requests } } }`, nil},
			{"NullTimesAreAllowed", `query($f: UsageFilter) { usage(filter: $f) { totals { requests } } }`, map[string]any{"f": map[string]any{"from": nil}}},
			{"HundredNodeIDsAreAllowed", `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": hundredIDs[:100]}},
			{"SignedInIntrospectionIsAllowed", introspectionQuery, nil},
		}
		for _, tc := range accepted {
			t.Run(tc.name, func(t *testing.T) {
				_, res := postRaw(t, s, sess.AccessToken, map[string]any{"query": tc.query, "variables": tc.vars})
				for _, e := range res.Errors {
					if e.Code() != "not_found" { // the hundred ids do not exist
						t.Fatalf("refused: %+v", e)
					}
				}
			})
		}

		t.Run("ACursorFromThisAPIIsAccepted", func(t *testing.T) {
			var page struct {
				AuditLogs struct {
					Edges []struct{ Cursor string }
				}
			}
			s.GraphQL(t, sess.AccessToken, `{ auditLogs(first: 1) { edges { cursor } } }`, nil).Decode(t, &page)
			if len(page.AuditLogs.Edges) != 1 {
				t.Fatalf("no audit log to page from: %+v", page)
			}
			s.GraphQL(t, sess.AccessToken, `query($c: Cursor) { auditLogs(first: 1, after: $c) { totalCount } }`,
				map[string]any{"c": page.AuditLogs.Edges[0].Cursor}).Decode(t, &page)
		})
	})
}

func TestDefaultPageSize(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		sess := s.SignUp(t, "ann@example.com", "Acme")
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		rows := make([]*ent.AuditLogCreate, 25)
		for i := range rows {
			rows[i] = s.DB.Client.AuditLog.Create().SetTenantID(sess.TenantID).SetActorType(auditlog.ActorTypeSYSTEM).SetAction("test.row")
		}
		servertest.Must(t, s.DB.Client.AuditLog.CreateBulk(rows...).Exec(sys))
		for i := range 22 {
			mustCreateKey(t, s, sess.AccessToken, map[string]any{"name": fmt.Sprintf("key %d", i)})
		}

		type page struct {
			TotalCount int
			PageInfo   struct{ HasNextPage bool }
			Edges      []struct{ Node struct{ ID string } }
		}
		for _, tc := range []struct{ name, query string }{
			{"NoFirstOrLastReturnsTwenty", `{ auditLogs(where: {action: "test.row"}) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`},
			{"NullFirstReturnsTwenty", `{ auditLogs(first: null, where: {action: "test.row"}) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`},
			{"OmittedVariableReturnsTwenty", `query($n: Int) { auditLogs(first: $n, where: {action: "test.row"}) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`},
			{"DefaultInsideAFragmentReturnsTwenty", `{ ...Logs } fragment Logs on Query { auditLogs(where: {action: "test.row"}) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`},
		} {
			t.Run(tc.name, func(t *testing.T) {
				var data struct{ AuditLogs page }
				s.GraphQL(t, sess.AccessToken, tc.query, nil).Decode(t, &data)
				if got := data.AuditLogs; len(got.Edges) != 20 || got.TotalCount != 25 || !got.PageInfo.HasNextPage {
					t.Fatalf("got %d edges of %d (next page %v), want 20 of 25 with a next page", len(got.Edges), got.TotalCount, got.PageInfo.HasNextPage)
				}
			})
		}
		t.Run("AnExplicitFirstIsHonoured", func(t *testing.T) {
			var data struct{ AuditLogs page }
			s.GraphQL(t, sess.AccessToken, `{ auditLogs(first: 25, where: {action: "test.row"}) { pageInfo { hasNextPage } edges { node { id } } } }`, nil).Decode(t, &data)
			if len(data.AuditLogs.Edges) != 25 || data.AuditLogs.PageInfo.HasNextPage {
				t.Fatalf("got %d edges (next page %v), want all 25", len(data.AuditLogs.Edges), data.AuditLogs.PageInfo.HasNextPage)
			}
		})
		t.Run("ANestedConnectionWithoutFirstReturnsTwenty", func(t *testing.T) {
			// Nested connections are loaded eagerly by entgql from the
			// document's arguments, so this proves the document itself
			// carries the default.
			var data struct {
				Applications struct {
					Edges []struct{ Node struct{ APIKeys page } }
				}
			}
			s.GraphQL(t, sess.AccessToken, `{ applications(first: 5) { edges { node { apiKeys { totalCount pageInfo { hasNextPage } edges { node { id } } } } } } }`, nil).Decode(t, &data)
			var keys page
			for _, e := range data.Applications.Edges {
				if e.Node.APIKeys.TotalCount > 0 {
					keys = e.Node.APIKeys
				}
			}
			if len(keys.Edges) != 20 || keys.TotalCount != 22 || !keys.PageInfo.HasNextPage {
				t.Fatalf("got %d keys of %d (next page %v), want 20 of 22 with a next page", len(keys.Edges), keys.TotalCount, keys.PageInfo.HasNextPage)
			}
		})
		t.Run("TheCachedDocumentKeepsNoDefault", func(t *testing.T) {
			// The same text with an explicit page afterwards: had the default
			// been written into gqlgen's cached document, first would be
			// found twice.
			q := `query($n: Int) { auditLogs(first: $n, where: {action: "test.row"}) { edges { node { id } } } }`
			for _, n := range []any{nil, 3, nil, 25} {
				var data struct{ AuditLogs page }
				s.GraphQL(t, sess.AccessToken, q, map[string]any{"n": n}).Decode(t, &data)
				want := 20
				if n != nil {
					want = n.(int)
				}
				if len(data.AuditLogs.Edges) != want {
					t.Fatalf("first: %v gave %d edges, want %d", n, len(data.AuditLogs.Edges), want)
				}
			}
		})
	})
}

func TestOperationTimeout(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		sess := s.SignUp(t, "ann@example.com", "Acme")
		// A second replica on the same database whose operations all run
		// out of time at once: the session from the first is valid on it.
		hurried := servertest.Start(t, dbURL, func(c *server.Config) { c.GraphQLTimeout = time.Nanosecond })

		t.Run("AQueryPastItsDeadlineIsTimeout", func(t *testing.T) {
			res := hurried.GraphQL(t, sess.AccessToken, `{ apiKeys(first: 1) { totalCount } }`, nil)
			if e := res.Err(t); e.Code() != "timeout" {
				t.Fatalf("got %+v, want timeout", e)
			}
		})
		t.Run("AMutationPastItsDeadlineIsTimeout", func(t *testing.T) {
			res := hurried.GraphQL(t, sess.AccessToken, `mutation { createApiKey(input: {name: "late", environment: TEST}) { secret } }`, nil)
			if e := res.Err(t); e.Code() != "timeout" {
				t.Fatalf("got %+v, want timeout", e)
			}
			var keys struct{ APIKeys struct{ TotalCount int } }
			s.GraphQL(t, sess.AccessToken, `{ apiKeys { totalCount } }`, nil).Decode(t, &keys)
			if keys.APIKeys.TotalCount != 0 {
				t.Fatalf("the timed-out mutation created %d keys", keys.APIKeys.TotalCount)
			}
		})
		t.Run("TheSameOperationWithinItsDeadlineSucceeds", func(t *testing.T) {
			s.GraphQL(t, sess.AccessToken, `{ apiKeys(first: 1) { totalCount } }`, nil).Decode(t, &struct{}{})
		})
	})
}

func TestIntrospection(t *testing.T) {
	dbURL := testdb.SQLiteURL(t)
	on := servertest.Start(t, dbURL)
	off := servertest.Start(t, dbURL, func(c *server.Config) { c.GraphQLIntrospection = false })
	sess := on.SignUp(t, "ann@example.com", "Acme")
	for _, tc := range []struct {
		name   string
		s      *servertest.Server
		token  string
		query  string
		code   string // "" when allowed
		wanted string
	}{
		{"AnonymousSchemaQueryIsUnauthorized", on, "", `{ __schema { queryType { name } } }`, "unauthorized", ""},
		{"AnonymousTypeQueryIsUnauthorized", on, "", `{ __type(name: "APIKey") { name } }`, "unauthorized", ""},
		{"AnonymousIntrospectionInAFragmentIsUnauthorized", on, "", `{ ...S } fragment S on Query { __schema { queryType { name } } }`, "unauthorized", ""},
		{"SignedInIntrospectionIsAllowed", on, sess.AccessToken, `{ __type(name: "APIKey") { name } }`, "", `"APIKey"`},
		{"AnonymousTypenameIsAllowed", on, "", `{ __typename }`, "", `"Query"`},
		{"SignedInIntrospectionIsForbiddenWhenOff", off, sess.AccessToken, `{ __schema { queryType { name } } }`, "forbidden", ""},
		{"AnonymousIntrospectionIsForbiddenWhenOff", off, "", `{ __schema { queryType { name } } }`, "forbidden", ""},
		{"TypenameStillWorksWhenOff", off, "", `{ __typename }`, "", `"Query"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := tc.s.GraphQL(t, tc.token, tc.query, nil)
			if tc.code == "" {
				if len(res.Errors) > 0 || !strings.Contains(string(res.Data), tc.wanted) {
					t.Fatalf("got %s %+v", res.Data, res.Errors)
				}
				return
			}
			if e := res.Err(t); e.Code() != tc.code {
				t.Fatalf("got %+v, want %s", e, tc.code)
			}
		})
	}
}

func TestSuggestions(t *testing.T) {
	dbURL := testdb.SQLiteURL(t)
	dev := servertest.Start(t, dbURL)
	prod := servertest.Start(t, dbURL, func(c *server.Config) { c.Env = "production" })
	for _, q := range []struct{ name, query string }{
		{"UnknownField", `{ apiKye { id } }`},
		{"UnknownFieldOnAType", `{ viewer { emial } }`},
		{"UnknownArgument", `{ apiKeys(frist: 1) { totalCount } }`},
		{"UnknownEnumValue", `{ apiKeys(first: 1, where: {environment: TESTS}) { totalCount } }`},
		{"UnknownInputField", `{ apiKeys(first: 1, where: {enviroment: TEST}) { totalCount } }`},
		{"UnknownType", `{ ...F } fragment F on Quer { __typename }`},
		{"ObjectWithoutSelection", `{ viewer }`},
	} {
		for _, env := range []struct {
			name    string
			s       *servertest.Server
			suggest bool
		}{{"Development", dev, true}, {"Production", prod, false}} {
			name := q.name + "IsSuggestedIn" + env.name
			if !env.suggest {
				name = q.name + "IsNotSuggestedIn" + env.name
			}
			t.Run(name, func(t *testing.T) {
				res := env.s.GraphQL(t, "", q.query, nil)
				if len(res.Errors) == 0 {
					t.Fatal("no validation error")
				}
				var msgs []string
				for _, e := range res.Errors {
					msgs = append(msgs, e.Message)
				}
				all := strings.Join(msgs, " | ")
				if suggested := strings.Contains(all, "Did you mean"); suggested != env.suggest {
					t.Fatalf("suggestions %v, want %v: %s", suggested, env.suggest, all)
				}
			})
		}
	}
}

func TestAPQUnderLimits(t *testing.T) {
	s := servertest.Start(t, testdb.SQLiteURL(t))
	hash := func(q string) string { h := sha256.Sum256([]byte(q)); return hex.EncodeToString(h[:]) }
	apq := func(q string, send bool) map[string]any {
		body := map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash(q)}}}
		if send {
			body["query"] = q
		}
		return body
	}
	t.Run("APersistedQueryStillWorks", func(t *testing.T) {
		q := `{ termsOfService { version } }`
		for _, send := range []bool{true, false, false} {
			if _, res := postRaw(t, s, "", apq(q, send)); len(res.Errors) > 0 || !strings.Contains(string(res.Data), "version") {
				t.Fatalf("sent query %v: %s %+v", send, res.Data, res.Errors)
			}
		}
	})
	t.Run("AnUnknownHashStillAsksForTheQuery", func(t *testing.T) {
		if _, res := postRaw(t, s, "", apq(`{ __typename __typename }`, false)); res.Err(t).Message != "PersistedQueryNotFound" {
			t.Fatalf("got %+v", res.Errors)
		}
	})
	t.Run("APersistedOversizeQueryIsRefusedByItsHashToo", func(t *testing.T) {
		q := "{" + strings.Repeat(" __typename", 20000) + "}"
		for _, send := range []bool{true, false} {
			status, res := postRaw(t, s, "", apq(q, send))
			if e := res.Err(t); status != http.StatusOK || e.Code() != "query_too_complex" {
				t.Fatalf("sent query %v: status %d %+v", send, status, e)
			}
		}
	})
}
