package graph_test

import (
	"testing"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// TestMutationPayloadsLoadEdges selects edges of entities that mutations
// created or changed inside a transaction: they must load after the commit
// (a failure here used to lose a new key's secret).
func TestMutationPayloadsLoadEdges(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		sess := s.SignUp(t, "f@f.example", "Keys")
		var created struct {
			CreateApiKey struct {
				Secret string
				ApiKey struct {
					ID          string
					Application struct{ Name string }
				}
			}
		}
		s.GraphQL(t, sess.AccessToken, `mutation { createApiKey(input: {name: "k", environment: TEST}) { secret apiKey { id application { name } } } }`, nil).Decode(t, &created)
		if created.CreateApiKey.Secret == "" || created.CreateApiKey.ApiKey.Application.Name == "" {
			t.Fatalf("createApiKey payload: %+v", created)
		}
		id := created.CreateApiKey.ApiKey.ID
		// In this order: update and rotate need an active key, revoke takes
		// the rotated one.
		for _, op := range []struct{ name, query string }{
			{"updateApiKey", `mutation($id: ID!) { updateApiKey(id: $id, input: {name: "k2"}) { application { name } } }`},
			{"rotateApiKey", `mutation($id: ID!) { rotateApiKey(id: $id, gracePeriodSeconds: 60) { secret apiKey { application { name } } } }`},
			{"revokeApiKey", `mutation($id: ID!) { revokeApiKey(id: $id) { application { name } } }`},
		} {
			if res := s.GraphQL(t, sess.AccessToken, op.query, map[string]any{"id": id}); len(res.Errors) > 0 {
				t.Errorf("%s: %+v", op.name, res.Errors)
			}
		}
		var app struct {
			CreateApplication struct{ APIKeys struct{ TotalCount int } }
		}
		s.GraphQL(t, sess.AccessToken, `mutation { createApplication(input: {name: "Second"}) { apiKeys { totalCount } } }`, nil).Decode(t, &app)
	})
}
