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
		type served struct {
			Samples  []sample
			Security []map[string][]string
		}
		ops := map[string]served{}
		for _, item := range doc.Paths {
			for _, rawOp := range item {
				var op struct {
					OperationID string                `json:"operationId"`
					Samples     []sample              `json:"x-codeSamples"`
					Security    []map[string][]string `json:"security"`
				}
				if json.Unmarshal(rawOp, &op) == nil && op.OperationID != "" {
					ops[op.OperationID] = served{op.Samples, op.Security}
				}
			}
		}
		want := []string{"JavaScript", "Python", "PHP", "Java", "Go", "Shell"}
		t.Run("EveryOperationHasSixLanguages", func(t *testing.T) {
			for _, id := range []string{"createVerification", "getReport", "verifyKyc", "getKyc", "verifyShareToken", "answerRfiItem", "createSdkAccessToken", "rotateApiKey"} {
				var langs []string
				for _, s := range ops[id].Samples {
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
		// Key management refuses API keys: its samples send the portal
		// session's token, and never an API key.
		t.Run("SessionOnlyOperationsSendThePortalToken", func(t *testing.T) {
			n := 0
			for id, op := range ops {
				if len(op.Security) != 1 || op.Security[0]["portalSession"] == nil {
					continue
				}
				n++
				if len(op.Samples) != len(want) {
					t.Errorf("%s has %d code samples, want %d", id, len(op.Samples), len(want))
				}
				for _, s := range op.Samples {
					if !strings.Contains(s.Source, "KEYBS_PORTAL_TOKEN") || strings.Contains(s.Source, "KEYBS_API_KEY") {
						t.Errorf("%s %s: does not send KEYBS_PORTAL_TOKEN alone", id, s.Lang)
					}
				}
			}
			if n == 0 {
				t.Fatal("no session-only operation in the served document")
			}
		})
	})
}
