package rest_test

import (
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// The served document carries each catalog operation's x-codeSamples (merged
// from codesamples_gen.json at start-up), and only those.
func TestServedCodeSamples(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		res, err := s.HTTP.Client().Get(s.URL + "/v1/openapi.json")
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d", res.StatusCode)
		}
		var doc struct {
			Paths map[string]map[string]json.RawMessage `json:"paths"`
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatal(err)
		}
		type sample struct{ Lang, Label, Source string }
		ops := map[string][]sample{}
		for _, item := range doc.Paths {
			for _, rawOp := range item {
				var op struct {
					OperationID string   `json:"operationId"`
					Samples     []sample `json:"x-codeSamples"`
				}
				if json.Unmarshal(rawOp, &op) == nil && op.OperationID != "" {
					ops[op.OperationID] = op.Samples
				}
			}
		}
		want := []string{"JavaScript", "Python", "PHP", "Java", "Go", "Shell"}
		t.Run("PartnerOperationsHaveSixLanguages", func(t *testing.T) {
			for _, id := range []string{"createVerification", "getReport", "verifyKyc", "getKyc", "verifyShareToken"} {
				var langs []string
				for _, s := range ops[id] {
					langs = append(langs, s.Lang)
					if !strings.Contains(s.Source, "KEYBS_BASE_URL") {
						t.Errorf("%s %s: source does not read KEYBS_BASE_URL", id, s.Lang)
					}
				}
				if !slices.Equal(langs, want) {
					t.Errorf("%s: x-codeSamples langs %v, want %v", id, langs, want)
				}
			}
		})
		t.Run("SessionOnlyOperationsHaveNone", func(t *testing.T) {
			if got := ops["createApiKey"]; len(got) != 0 {
				t.Errorf("createApiKey has %d code samples; key management takes a portal session, not a sample's API key", len(got))
			}
		})
	})
}
