package graph_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// TestRequestErrorsFollowGraphQLOverHTTP checks the statuses and bodies the
// GraphQL-over-HTTP specification asks for when a request cannot run, for
// both response media types (graph/node's audit checks the same against the
// built binary with the specification's own suite).
func TestRequestErrorsFollowGraphQLOverHTTP(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		sess := s.SignUp(t, "conformance@example.com", "Acme")
		const jsonType, gqlType = "application/json", "application/graphql-response+json"
		for _, tc := range []struct {
			name, accept, body string
			status             int
			code               string
		}{
			{"ParseFailureWithJSONIs200", jsonType, `{"query": "{"}`, 200, "GRAPHQL_PARSE_FAILED"},
			{"ValidationFailureWithJSONIs200", jsonType, `{"query": "{ nope }"}`, 200, "GRAPHQL_VALIDATION_FAILED"},
			{"VariableCoercionFailureWithJSONIs200", jsonType, `{"query": "query($n: Int) { apiKeys(first: $n) { totalCount } }", "variables": {"n": "many"}}`, 200, ""},
			{"NoAcceptIsTreatedAsJSON", "", `{"query": "{"}`, 200, "GRAPHQL_PARSE_FAILED"},
			{"ParseFailureWithGraphQLResponseIs400", gqlType, `{"query": "{"}`, 400, "GRAPHQL_PARSE_FAILED"},
			{"ValidationFailureWithGraphQLResponseIs400", gqlType, `{"query": "{ nope }"}`, 400, "GRAPHQL_VALIDATION_FAILED"},
			{"MissingQueryWithJSONIs400", jsonType, `{"qeury": "{ __typename }"}`, 400, "validation_error"},
			{"EmptyQueryWithGraphQLResponseIs400", gqlType, `{"query": ""}`, 400, "validation_error"},
			{"QueryOfTheWrongTypeIs400", jsonType, `{"query": 7}`, 400, ""},
			{"UnparsableBodyIs400", jsonType, `{"query": `, 400, ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(tc.body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+sess.AccessToken)
				if tc.accept != "" {
					req.Header.Set("Accept", tc.accept)
				}
				res, err := s.HTTP.Client().Do(req)
				servertest.Must(t, err)
				defer res.Body.Close()
				raw, _ := io.ReadAll(res.Body)
				var body map[string]json.RawMessage
				if err := json.Unmarshal(raw, &body); err != nil {
					t.Fatalf("status %d, body %s: %v", res.StatusCode, raw, err)
				}
				if res.StatusCode != tc.status {
					t.Fatalf("status %d, want %d: %s", res.StatusCode, tc.status, raw)
				}
				if _, has := body["data"]; has {
					t.Errorf("a request that did not run carries data: %s", raw)
				}
				if len(body["errors"]) < 3 || !strings.Contains(string(body["errors"]), tc.code) {
					t.Errorf("errors %s, want one with code %q", body["errors"], tc.code)
				}
				if want := tc.accept; want != "" && !strings.HasPrefix(res.Header.Get("Content-Type"), want) {
					t.Errorf("Content-Type %q, want %s", res.Header.Get("Content-Type"), want)
				}
			})
		}
		t.Run("AnExecutedOperationKeepsItsData", func(t *testing.T) {
			res := s.GraphQL(t, sess.AccessToken, "{ __typename }", nil)
			if len(res.Errors) != 0 || !strings.Contains(string(res.Data), "Query") {
				t.Fatalf("got %+v", res)
			}
		})
	})
}
