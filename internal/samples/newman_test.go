//go:build samples

package samples_test

// The Postman collection under newman: the collection and the environment
// exactly as a developer downloads them from a fresh server, run by
// Postman's own CLI with a fresh TEST key. Every request carries a test
// script asserting its status and the documented response schema
// (internal/samples/postman.go); a failed assertion, a failed request or a
// request newman never sent fails this test. make test runs it with the
// samples (go test -tags samples ./internal/samples/); under CI=true a
// missing newman (npm ci installs it) fails.

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// newmanReport is the part of newman's JSON reporter output read here.
type newmanReport struct {
	Run struct {
		Stats map[string]struct {
			Total  int `json:"total"`
			Failed int `json:"failed"`
		} `json:"stats"`
		Failures []struct {
			Error struct {
				Name    string `json:"name"`
				Message string `json:"message"`
				Test    string `json:"test"`
			} `json:"error"`
			Source struct {
				Name string `json:"name"`
			} `json:"source"`
		} `json:"failures"`
		Executions []struct {
			Item struct {
				Name string `json:"name"`
			} `json:"item"`
			Response struct {
				Code int `json:"code"`
			} `json:"response"`
			Assertions []struct {
				Assertion string `json:"assertion"`
			} `json:"assertions"`
		} `json:"executions"`
	} `json:"run"`
}

func TestPostmanCollectionUnderNewman(t *testing.T) {
	newman := filepath.Join(root, "node_modules", "newman", "bin", "newman.js")
	if _, err := os.Stat(newman); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("newman missing (%v): npm ci installs it", err)
		}
		t.Skipf("newman missing (%v): run npm ci; under CI=true this fails", err)
	}

	s := servertest.Start(t, testdb.SQLiteURL(t), servertest.AllowPrivateWebhooks)
	owner := s.SignUp(t, "postman@acme.example", "Acme Postman")
	enableEveryModule(t, s, owner.TenantID)
	// "Send a test webhook" needs an endpoint to send to.
	got, _ := receiveWebhooks(t, s, owner.AccessToken)
	key := mustTestKey(t, s, owner.AccessToken, "postman")

	dir := t.TempDir()
	collection := download(t, s, "/v1/postman/collection.json", filepath.Join(dir, "collection.json"))
	environment := download(t, s, "/v1/postman/environment.json?environment=test", filepath.Join(dir, "environment.json"))

	// The collection's requests, as newman should send them.
	var coll struct {
		Item []collectionItem `json:"item"`
	}
	raw, _ := os.ReadFile(collection)
	if err := json.Unmarshal(raw, &coll); err != nil {
		t.Fatalf("collection is not JSON: %v", err)
	}
	want := countRequests(coll.Item)
	if want == 0 {
		t.Fatal("the served collection holds no request")
	}

	report := filepath.Join(dir, "report.json")
	r := runFor(t, 4*time.Minute, []string{"node", newman, "run", collection,
		"--environment", environment,
		// The key only ever lives in the environment variable, as the
		// portal's download fills it in in the browser.
		"--env-var", "apiKey=" + key,
		"--reporters", "cli,json", "--reporter-json-export", report,
		"--color", "off", "--disable-unicode", "--timeout-request", "30000",
	}, nil, nil)

	var rep newmanReport
	if b, err := os.ReadFile(report); err != nil || json.Unmarshal(b, &rep) != nil {
		t.Fatalf("newman wrote no report (exit %d): %v\nstdout: %s\nstderr: %s", r.code, err, r.stdout, r.stderr)
	}
	for _, f := range rep.Run.Failures {
		t.Errorf("%s: %s %s", f.Source.Name, f.Error.Test, f.Error.Message)
	}
	if r.code != 0 {
		t.Fatalf("newman exited %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if got := rep.Run.Stats["requests"]; got.Total != want || got.Failed != 0 {
		t.Fatalf("newman sent %d requests (%d failed), the collection holds %d", got.Total, got.Failed, want)
	}
	select {
	case <-got:
	case <-time.After(30 * time.Second):
		t.Fatal("the collection's test webhook never arrived at the receiver")
	}
	// Each request asserted its status, and each with a JSON answer its schema.
	for _, e := range rep.Run.Executions {
		status := false
		for _, a := range e.Assertions {
			status = status || strings.HasPrefix(a.Assertion, "status is ")
		}
		if !status {
			t.Errorf("%s (HTTP %d) asserted no status", e.Item.Name, e.Response.Code)
		}
	}
	if a := rep.Run.Stats["assertions"]; a.Total < want || a.Failed != 0 {
		t.Fatalf("assertions: %d run, %d failed, for %d requests", a.Total, a.Failed, want)
	}
}

// collectionItem is a folder (with items) or a request.
type collectionItem struct {
	Item    []collectionItem `json:"item"`
	Request json.RawMessage  `json:"request"`
}

func countRequests(items []collectionItem) int {
	n := 0
	for _, it := range items {
		if it.Request != nil {
			n++
		}
		n += countRequests(it.Item)
	}
	return n
}

// download saves what GET path answers, as a developer's browser would.
func download(t *testing.T, s *servertest.Server, path, file string) string {
	t.Helper()
	res, err := s.HTTP.Client().Get(s.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, res.StatusCode, b)
	}
	if err := os.WriteFile(file, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}
