//go:build samples

package samples_test

// What the runner and newman's run prepare on a fresh server before the
// first sample, so every sample runs unchanged: the default application
// requires every module (escrow and disputes are not Fintech's preset), and
// each run has its own case waiting for information, whose open question
// answerRfiItem answers. A developer has these from the portal (modules, callback URLs) and from an
// analyst's request; samples.Prepared lists them.

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"testing"

	"github.com/keybs/platform/internal/samples"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/server/servertest"
)

// sdkRedirect is createSdkAccessToken's redirect_url, which must be one of
// the application's callback URLs.
const sdkRedirect = "https://acme.example/onboarding/done"

// enableEveryModule makes the tenant's default application require every
// module, so keys created after it carry every module's scopes, and lists
// the SDK sample's redirect among its callback URLs.
func enableEveryModule(t *testing.T, s *servertest.Server, jwt string) {
	t.Helper()
	var apps struct {
		Applications struct {
			Edges []struct {
				Node struct {
					ID        string
					IsDefault bool
				}
			}
		}
	}
	s.GraphQL(t, jwt, `{ applications(first: 100) { edges { node { id isDefault } } } }`, nil).Decode(t, &apps)
	id := ""
	for _, e := range apps.Applications.Edges {
		if e.Node.IsDefault {
			id = e.Node.ID
		}
	}
	if id == "" {
		t.Fatal("the new tenant has no default application")
	}
	var updated struct {
		UpdateApplication struct{ RequiredModules []string }
	}
	s.GraphQL(t, jwt, `mutation($id: ID!, $in: ApplicationInput!) { updateApplication(id: $id, input: $in) { requiredModules } }`,
		map[string]any{"id": id, "in": map[string]any{"requiredModules": scope.Modules, "callbackUrls": []string{sdkRedirect}}}).Decode(t, &updated)
	if len(updated.UpdateApplication.RequiredModules) != len(scope.Modules) {
		t.Fatalf("application requires %v, want every module", updated.UpdateApplication.RequiredModules)
	}
}

// prepared is every prepared variable's value for one run with key (and
// the portal session jwt): a fresh case asked one question.
func prepared(t *testing.T, s *servertest.Server, jwt, key string) map[string]string {
	t.Helper()
	v := map[string]string{"KEYBS_PORTAL_TOKEN": jwt}
	var c struct{ ID string }
	apiCall(t, s, key, "POST", "/v1/verifications", map[string]any{
		"supplier_name": "Harbour Exports Pvt Ltd", "country_code": "IN", "tier": "tier2", "package": "standard",
		"contact_email": "ops@harbour.example", "client_reference": "rfi-sample"}, &c)
	var adv struct {
		ID  string
		RFI struct {
			Items []struct{ ID, Kind, Status string }
		}
	}
	apiCall(t, s, key, "POST", "/v1/test_helpers/verifications/"+c.ID+"/advance", map[string]any{"to": "rfi_requested"}, &adv)
	for _, it := range adv.RFI.Items {
		if it.Kind == "question" && it.Status == "open" {
			v["KEYBS_RFI_CASE_ID"], v["KEYBS_RFI_ITEM_ID"] = c.ID, it.ID
		}
	}
	if v["KEYBS_RFI_ITEM_ID"] == "" {
		t.Fatalf("advancing %s to rfi_requested asked no open question: %+v", c.ID, adv)
	}
	for name, p := range samples.Prepared {
		if v[name] == "" {
			if p.Default == "" {
				t.Fatalf("prepared variable %s has no default and the harness does not make it", name)
			}
			v[name] = p.Default
		}
	}
	return v
}

// apiCall sends one JSON request with the API key and decodes a 2xx answer
// into out.
func apiCall(t *testing.T, s *servertest.Server, key, method, path string, body, out any) {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(method, s.URL+path, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/json")
	res, err := s.HTTP.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	if res.StatusCode/100 != 2 || json.Unmarshal(raw, out) != nil {
		t.Fatalf("%s %s: %d %s", method, path, res.StatusCode, raw)
	}
}
