package graph_test

import (
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// TestUsageUpdatedMovesWithTraffic subscribes to usageUpdated, makes calls
// with a key and sees increments that add up to exactly those calls, then
// checks the usage query and the request log agree.
func TestUsageUpdatedMovesWithTraffic(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		a := s.SignUp(t, "a@a.example", "A")
		b := s.SignUp(t, "b@b.example", "B")
		var k struct{ CreateApiKey struct{ Secret string } }
		s.GraphQL(t, a.AccessToken, `mutation { createApiKey(input: {name: "chart", environment: TEST}) { secret } }`, nil).Decode(t, &k)
		var kb struct{ CreateApiKey struct{ Secret string } }
		s.GraphQL(t, b.AccessToken, `mutation { createApiKey(input: {name: "other", environment: TEST}) { secret } }`, nil).Decode(t, &kb)

		conn := subscribe(t, s, a.AccessToken, `subscription { usageUpdated(filter: {route: "GET /v1/verifications"}) { requests errors totals { requests } } }`)
		call := func(secret, path string) {
			req, _ := http.NewRequest(http.MethodGet, s.URL+path, nil)
			req.Header.Set("Authorization", "Bearer "+secret)
			res, err := s.HTTP.Client().Do(req)
			servertest.Must(t, err)
			_, _ = io.Copy(io.Discard, res.Body)
			res.Body.Close()
		}
		// The subscription registers asynchronously: a first call, then
		// wait for the first update before the counted burst.
		call(k.CreateApiKey.Secret, "/v1/verifications")
		first := next(t, conn)["usageUpdated"].(map[string]any)
		const burst = 7
		for i := 0; i < burst; i++ {
			call(k.CreateApiKey.Secret, "/v1/verifications")
			call(kb.CreateApiKey.Secret, "/v1/verifications") // another tenant's calls never count
		}
		call(k.CreateApiKey.Secret, "/v1/verifications/vrc_missing") // another route
		seen := int(first["requests"].(float64))
		deadline := time.Now().Add(10 * time.Second)
		for seen < burst+1 && time.Now().Before(deadline) {
			u := next(t, conn)["usageUpdated"].(map[string]any)
			seen += int(u["requests"].(float64))
		}
		if seen != burst+1 {
			t.Fatalf("increments add up to %d calls, want %d", seen, burst+1)
		}
		var rep struct {
			Usage struct {
				Totals  struct{ Requests int }
				ByRoute []struct {
					Value    string
					Requests int
				}
			}
			RequestLogs struct{ TotalCount int }
		}
		s.GraphQL(t, a.AccessToken, `{ usage { totals { requests } byRoute { value requests } } requestLogs { totalCount } }`, nil).Decode(t, &rep)
		if rep.Usage.Totals.Requests != rep.RequestLogs.TotalCount {
			t.Fatalf("rollups count %d calls, the request log %d", rep.Usage.Totals.Requests, rep.RequestLogs.TotalCount)
		}
		found := false
		for _, r := range rep.Usage.ByRoute {
			if r.Value == "GET /v1/verifications" {
				found = r.Requests == burst+1
			}
		}
		if !found {
			t.Fatalf("byRoute %+v", rep.Usage.ByRoute)
		}
	})
}
