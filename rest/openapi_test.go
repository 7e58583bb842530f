package rest_test

// The OpenAPI document (openapi.json) is checked against the real handlers: a
// server on a fresh database is driven through every route and every error
// status that can be provoked, and each request and response is validated
// with kin-openapi's openapi3filter, including response headers and with
// undocumented statuses refused. The document itself must validate, and every
// registered route must be in it (and vice versa), so the two cannot drift.
//
// kin-openapi validates OpenAPI 3.1 documents with a JSON Schema 2020-12
// validator (openapi3filter turns it on for 3.1+), so the document uses 3.1
// forms directly: `type: [string, "null"]` for nullable fields, `const`, and
// `unevaluatedProperties: false` where a closed object is composed with allOf.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/rest"
	"github.com/keybs/platform/server/servertest"
	"github.com/keybs/platform/server/trust"
)

// The trust surface answers HTML, PDF and JavaScript; the validator reads
// them as strings (their content is checked by server/trust's tests).
func init() {
	openapi3filter.RegisterBodyDecoder("text/html", openapi3filter.PlainBodyDecoder)
	openapi3filter.RegisterBodyDecoder("text/javascript", openapi3filter.PlainBodyDecoder)
	openapi3filter.RegisterBodyDecoder("application/pdf", openapi3filter.FileBodyDecoder)
}

func TestOpenAPI(t *testing.T) {
	testdb.Each(t, testOpenAPI)
}

func testOpenAPI(t *testing.T, dbURL string) {
	s := servertest.Start(t, dbURL, servertest.AllowPrivateWebhooks)

	// The document is public: fetched without credentials, then loaded and
	// checked with doc.Validate.
	res, err := s.HTTP.Client().Get(s.URL + "/v1/openapi.json")
	if err != nil {
		t.Fatalf("GET /v1/openapi.json: %v", err)
	}
	raw, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /v1/openapi.json without credentials: status %d, body %s", res.StatusCode, raw)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET /v1/openapi.json: Content-Type %q, want application/json", ct)
	}
	c := newOAClient(t, s, raw)

	t.Run("DocumentIsValidOpenAPI31", func(t *testing.T) {
		d := c.served
		if d.OpenAPI != "3.1.0" {
			t.Errorf("openapi = %q, want 3.1.0", d.OpenAPI)
		}
		if d.Info == nil || d.Info.Title != "KeyBS API" || d.Info.Version != "v1" {
			t.Errorf("info = %+v, want title KeyBS API, version v1", d.Info)
		}
		// "Try it out" must call this server: the servers are
		// KEYBS_PUBLIC_URL (the test server's URL) and its /api/public
		// mirror, and the trust surface's paths are served from its root.
		var got []string
		for _, srv := range d.Servers {
			got = append(got, srv.URL)
		}
		if want := []string{s.URL, s.URL + "/api/public"}; !slices.Equal(got, want) {
			t.Errorf("servers = %v, want %v", got, want)
		}
		for _, route := range trust.Routes() {
			_, path, _ := strings.Cut(route, " ")
			item := d.Paths.Value(path)
			if item == nil || len(item.Servers) != 1 || item.Servers[0].URL != s.URL {
				t.Errorf("%s: path servers %v, want [%s]", path, item, s.URL)
			}
		}
		// (newOAClient has already loaded it and run doc.Validate.)
	})

	t.Run("EveryRouteIsDocumented", func(t *testing.T) {
		registered := append(rest.Routes(), trust.Routes()...)
		if len(registered) == 0 {
			t.Fatal("rest.Routes() is empty")
		}
		for _, r := range registered {
			method, pattern, _ := strings.Cut(r, " ")
			item := c.doc.Paths.Value(pattern)
			if item == nil || item.GetOperation(method) == nil {
				t.Errorf("route %s is registered but not in openapi.json", r)
			}
		}
		for _, op := range c.operations() {
			if !slices.Contains(registered, op) {
				t.Errorf("operation %s is in openapi.json but not registered", op)
			}
		}
	})

	t.Run("OperationsAreDescribed", func(t *testing.T) {
		seen := map[string]bool{}
		for path, item := range c.doc.Paths.Map() {
			for method, op := range item.Operations() {
				name := method + " " + path
				switch {
				case op.OperationID == "":
					t.Errorf("%s has no operationId", name)
				case seen[op.OperationID]:
					t.Errorf("%s: operationId %s is used twice", name, op.OperationID)
				}
				seen[op.OperationID] = true
				if op.Summary == "" {
					t.Errorf("%s has no summary", name)
				}
				if op.Description == "" {
					t.Errorf("%s has no description", name)
				}
				for _, problem := range operationGaps(path, op) {
					t.Errorf("%s: %s (run the document's gap-filling script or write it)", name, problem)
				}
				if op.Security == nil {
					t.Errorf("%s has no security requirements (use [] for a public route)", name)
					continue
				}
				sc, _ := op.Extensions["x-required-scope"].(string)
				if sc != "" && !strings.Contains(op.Description, "`"+sc+"`") {
					t.Errorf("%s: description does not name its required scope %s", name, sc)
				}
				for _, req := range *op.Security {
					for scheme, scopes := range req {
						switch scheme {
						case "apiKey", "apiKeyHeader":
							if sc == "" || !slices.Equal(scopes, []string{sc}) {
								t.Errorf("%s: %s requires %v, want x-required-scope [%s]", name, scheme, scopes, sc)
							}
						case "portalSession":
						default:
							t.Errorf("%s: unknown security scheme %s", name, scheme)
						}
					}
				}
			}
		}
	})

	t.Run("ScopeEnumIsTheCatalog", func(t *testing.T) {
		var want []string
		for _, sc := range scope.All {
			want = append(want, sc.Name)
		}
		var got []string
		for _, v := range c.doc.Components.Schemas["Scope"].Value.Enum {
			got = append(got, v.(string))
		}
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("Scope enum = %v, want scope.All %v", got, want)
		}
	})

	// Credentials: a portal session, and keys created through the API.
	owner := s.SignUp(t, "owner@openapi.example", "OpenAPI Org")
	session := "Bearer " + owner.AccessToken
	// The escrow and disputes modules are on too (a FINTECH sign-up has
	// neither), before any key is made, so the keys hold their scopes.
	{
		sys := testkit.System()
		app := s.DB.Client.Application.Query().Where(entapp.TenantID(owner.TenantID), entapp.IsDefault(true)).OnlyX(sys)
		mods := append(slices.Clone(app.RequiredModules), scope.ModuleEscrow, scope.ModuleDisputes, scope.ModuleTrustBadges, scope.ModulePrimitives)
		if err := s.DB.Client.Application.UpdateOneID(app.ID).SetRequiredModules(mods).Exec(sys); err != nil {
			t.Fatalf("enable escrow and disputes: %v", err)
		}
	}
	createKey := func(t *testing.T, body map[string]any) map[string]any {
		t.Helper()
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/api-keys", auth: session, body: body, want: 201})
		return oaObject(t, out)
	}
	full := createKey(t, map[string]any{"name": "full access", "environment": "test"})
	fullKey := "Bearer " + full["key"].(string)
	readOnly := createKey(t, map[string]any{"name": "reports only", "environment": "test", "kind": "restricted", "scopes": []string{"report:read"}})
	readOnlyKey := "Bearer " + readOnly["key"].(string)

	var caseID, verificationID, reportVID string
	t.Run("Verifications", func(t *testing.T) {
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/verifications", auth: fullKey, want: 201,
			body: map[string]any{"supplier_name": "Acme Trading Co.", "country_code": "IN", "tier": "tier2",
				"package": "standard", "contact_email": "ops@acme.example", "client_reference": "PO-2026-0042"}})
		created := oaObject(t, out)
		caseID, verificationID = created["id"].(string), created["verification_id"].(string)

		// client_reference is optional and nullable; country_code any case.
		c.do(t, oaExchange{method: "POST", path: "/v1/verifications", auth: fullKey, want: 201,
			body: map[string]any{"supplier_name": "Nordic Timber AB", "country_code": "se", "tier": "tier1",
				"package": "basic", "contact_email": "ops@nordic.example", "client_reference": nil}})

		c.do(t, oaExchange{method: "GET", path: "/v1/verifications", auth: fullKey, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/verifications?status=approved", auth: fullKey, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/verifications?status=submitted&limit=200", auth: fullKey, want: 200})

		// Pages, following next_cursor to the end.
		next, pages := "", 0
		for {
			path := "/v1/verifications?limit=3"
			if next != "" {
				path += "&cursor=" + next
			}
			_, out := c.do(t, oaExchange{method: "GET", path: path, auth: fullKey, want: 200})
			var page struct {
				Data       []map[string]any `json:"data"`
				NextCursor *string          `json:"next_cursor"`
			}
			oaUnmarshal(t, out, &page)
			pages++
			if page.NextCursor == nil || pages > 10 {
				break
			}
			next = *page.NextCursor
		}
		if pages < 2 {
			t.Errorf("listing 3 at a time took %d page(s); the sandbox data should need several", pages)
		}

		// One case by id and by verification_id; a scored demo case with a
		// report, found through the listing.
		c.do(t, oaExchange{method: "GET", path: "/v1/verifications/" + caseID, auth: fullKey, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/verifications/" + verificationID, auth: fullKey, want: 200})
		_, out = c.do(t, oaExchange{method: "GET", path: "/v1/verifications?status=approved", auth: fullKey, want: 200})
		var approved struct{ Data []map[string]any }
		oaUnmarshal(t, out, &approved)
		if len(approved.Data) == 0 {
			t.Fatal("no approved sandbox case to read")
		}
		_, out = c.do(t, oaExchange{method: "GET", path: "/v1/verifications/" + approved.Data[0]["verification_id"].(string), auth: fullKey, want: 200})
		if _, ok := oaObject(t, out)["report"]; !ok {
			t.Errorf("an approved sandbox case has no report: %s", out)
		}

		// A portal session and the X-API-Key header are accepted too.
		c.do(t, oaExchange{method: "GET", path: "/v1/verifications?limit=1", auth: session, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/verifications?limit=1", apiKey: strings.TrimPrefix(fullKey, "Bearer "), want: 200})
	})

	t.Run("Documents", func(t *testing.T) {
		doc := map[string]any{"kind": "trade_license", "filename": "license.pdf",
			"storage_path": "tenants/acme/license.pdf", "sha256": strings.Repeat("9a", 32)}
		c.do(t, oaExchange{method: "POST", path: "/v1/verifications/" + caseID + "/documents", auth: fullKey, body: doc, want: 201})
		doc["kind"] = "other"
		c.do(t, oaExchange{method: "POST", path: "/v1/verifications/" + verificationID + "/documents", auth: fullKey, body: doc, want: 201})
	})

	t.Run("Reports", func(t *testing.T) {
		_, out := c.do(t, oaExchange{method: "GET", path: "/v1/reports", auth: fullKey, want: 200})
		var list struct{ Data []map[string]any }
		oaUnmarshal(t, out, &list)
		if len(list.Data) == 0 {
			t.Fatal("no sandbox report to read")
		}
		for _, r := range list.Data {
			c.do(t, oaExchange{method: "GET", path: "/v1/reports/" + r["verification_id"].(string), auth: readOnlyKey, want: 200})
		}
		reportVID = list.Data[0]["verification_id"].(string)
		c.do(t, oaExchange{method: "GET", path: "/v1/reports", apiKey: strings.TrimPrefix(readOnlyKey, "Bearer "), want: 200})
	})

	t.Run("Webhooks", func(t *testing.T) {
		// No endpoint yet: nothing to test.
		c.do(t, oaExchange{method: "POST", path: "/v1/webhooks/test", auth: fullKey, want: 404, wantCode: "not_found"})

		// Endpoints are managed in the portal (GraphQL); deliveries go to a
		// local receiver.
		receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) }))
		t.Cleanup(receiver.Close)
		newEndpoint := func(t *testing.T) string {
			t.Helper()
			var v struct {
				CreateWebhookEndpoint struct{ Endpoint struct{ ID string } }
			}
			s.GraphQL(t, owner.AccessToken, `mutation($input: CreateWebhookEndpointInput!) {
				createWebhookEndpoint(input: $input) { endpoint { id } secret } }`,
				map[string]any{"input": map[string]any{"url": receiver.URL + "/hooks", "environment": "TEST"}}).Decode(t, &v)
			return v.CreateWebhookEndpoint.Endpoint.ID
		}
		enabled, disabled := newEndpoint(t), newEndpoint(t)
		var v map[string]any
		s.GraphQL(t, owner.AccessToken, `mutation($id: ID!) { disableWebhookEndpoint(id: $id) { id } }`,
			map[string]any{"id": disabled}).Decode(t, &v)

		c.do(t, oaExchange{method: "POST", path: "/v1/webhooks/test", auth: fullKey, body: map[string]any{"endpoint_id": enabled}, want: 200})
		c.do(t, oaExchange{method: "POST", path: "/v1/webhooks/test", auth: fullKey, want: 200}) // every enabled endpoint
		c.do(t, oaExchange{method: "POST", path: "/v1/webhooks/test", auth: session, body: map[string]any{}, want: 200})
		c.do(t, oaExchange{method: "POST", path: "/v1/webhooks/test", auth: fullKey, body: map[string]any{"endpoint_id": "wh_01jd000000000000000000000"}, want: 404, wantCode: "not_found"})
		c.do(t, oaExchange{method: "POST", path: "/v1/webhooks/test", auth: fullKey, body: map[string]any{"endpoint_id": disabled}, want: 409, wantCode: "conflict"})
		c.do(t, oaExchange{method: "POST", path: "/v1/webhooks/test", auth: fullKey, body: map[string]any{"endpoint": enabled}, want: 422, wantCode: "validation_error", badRequest: true})
	})

	var rotatedID string
	t.Run("APIKeys", func(t *testing.T) {
		c.do(t, oaExchange{method: "GET", path: "/v1/api-keys", auth: session, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/api-keys?environment=test", auth: session, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/api-keys?environment=live", auth: session, want: 200})

		k := createKey(t, map[string]any{"name": "lifecycle", "environment": "test", "kind": "secret",
			"scopes": []string{"verification:read", "report:read"}, "expires_at": time.Now().Add(48 * time.Hour).UTC().Format(time.RFC3339),
			"ip_allowlist": []string{"127.0.0.1", "::1"}, "currency_type": "fiat"})
		id := k["id"].(string)
		createKey(t, map[string]any{"name": "browser", "environment": "test", "kind": "publishable",
			"allowed_origins": []string{"https://shop.example"}})

		c.do(t, oaExchange{method: "GET", path: "/v1/api-keys/" + id, auth: session, want: 200})
		c.do(t, oaExchange{method: "PATCH", path: "/v1/api-keys/" + id, auth: session, want: 200,
			body: map[string]any{"name": "lifecycle (renamed)", "scopes": []string{"report:read"}, "ip_allowlist": []string{}, "expires_at": nil}})
		c.do(t, oaExchange{method: "PATCH", path: "/v1/api-keys/" + id, auth: session, want: 200, body: map[string]any{}})

		// A key that has been used (last_used_* fill in, possibly later).
		used := createKey(t, map[string]any{"name": "used", "environment": "test"})
		c.do(t, oaExchange{method: "GET", path: "/v1/reports", auth: "Bearer " + used["key"].(string), want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/api-keys/" + used["id"].(string), auth: session, want: 200})

		// Rotate with a grace period: the old key is "rotating", the successor
		// carries rotated_from.
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/api-keys/" + id + "/rotate", auth: session, want: 201,
			body: map[string]any{"grace_period": "1h"}})
		rotatedID = oaObject(t, out)["id"].(string)
		_, out = c.do(t, oaExchange{method: "GET", path: "/v1/api-keys/" + id, auth: session, want: 200})
		if st := oaObject(t, out)["status"]; st != "rotating" {
			t.Errorf("rotated key status = %v, want rotating", st)
		}
		// Rotate without a body: the old key is revoked at once.
		_, out = c.do(t, oaExchange{method: "POST", path: "/v1/api-keys/" + rotatedID + "/rotate", auth: session, want: 201})
		successor := oaObject(t, out)["id"].(string)

		c.do(t, oaExchange{method: "POST", path: "/v1/api-keys/" + successor + "/revoke", auth: session, want: 200,
			body: map[string]any{"reason": "leaked in a log"}})
		c.do(t, oaExchange{method: "POST", path: "/v1/api-keys/" + successor + "/revoke", auth: session, want: 200}) // again: no-op
		c.do(t, oaExchange{method: "GET", path: "/v1/api-keys/" + id + "/logs", auth: session, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/api-keys/" + id + "/logs?limit=1", auth: session, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/api-keys/" + id + "/usage", auth: session, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/api-keys/" + id + "/usage?start=2026-01-01&end=2026-01-31&metrics=requests,latency", auth: session, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/audit-logs/export", auth: session, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/audit-logs/export?format=csv&action=key.created&limit=5", auth: session, want: 200})
		c.do(t, oaExchange{method: "DELETE", path: "/v1/api-keys/" + successor, auth: session, want: 200})
	})

	// concrete fills a documented path's parameters with existing resources.
	var shareTokenID, kycID, escrowID, disputeID string
	concrete := func(path string) string {
		id := caseID
		switch {
		case strings.HasPrefix(path, "/v1/kyc/"), strings.HasPrefix(path, "/v1/test_helpers/kyc/"):
			id = kycID
		case strings.HasPrefix(path, "/v1/escrow/"):
			id = escrowID
		case strings.HasPrefix(path, "/v1/disputes/"), strings.HasPrefix(path, "/v1/test_helpers/disputes/"):
			id = disputeID
		case strings.HasPrefix(path, "/v1/api-keys/"):
			id = rotatedID
		case strings.HasPrefix(path, "/v1/share-tokens/"):
			id = shareTokenID
		}
		return strings.NewReplacer("{id}", id, "{verificationId}", reportVID, "{itemId}", "rfi_01jd0000000000000000000000").Replace(path)
	}
	// openItem makes a sandbox case wait for information (the test helper
	// asks one question) and returns the path that answers it.
	openItem := func(t *testing.T) string {
		t.Helper()
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/verifications", auth: fullKey, want: 201,
			body: map[string]any{"supplier_name": "Question Co", "country_code": "GB", "tier": "tier1", "package": "basic",
				"contact_email": "q@question.example", "client_reference": "sim_manual"}})
		id := oaObject(t, out)["id"].(string)
		_, out = c.do(t, oaExchange{method: "POST", path: "/v1/test_helpers/verifications/" + id + "/advance", auth: fullKey,
			body: map[string]any{"to": "rfi_requested"}, want: 200})
		var v struct {
			RFI struct{ Items []struct{ ID string } }
		}
		oaUnmarshal(t, out, &v)
		if len(v.RFI.Items) != 1 {
			t.Fatalf("a case advanced to rfi_requested has %d items: %s", len(v.RFI.Items), out)
		}
		return "/v1/verifications/" + id + "/rfi/" + v.RFI.Items[0].ID + "/answer"
	}

	t.Run("Lifecycle", func(t *testing.T) {
		answer := openItem(t)
		c.do(t, oaExchange{method: "POST", path: answer, auth: fullKey, body: map[string]any{"text": "12 Harbour Road"}, want: 200})
		c.do(t, oaExchange{method: "POST", path: answer, auth: fullKey, body: map[string]any{"text": "again"}, want: 409, wantCode: "conflict"})
		id := strings.Split(answer, "/")[3]
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/test_helpers/verifications/" + id + "/advance", auth: fullKey,
			body: map[string]any{"to": "published"}, want: 200})
		if rep, _ := oaObject(t, out)["report"].(map[string]any); rep["lifecycle_status"] != "published" || rep["digest"] == nil {
			t.Errorf("a case advanced to published: %s", out)
		}
		c.do(t, oaExchange{method: "POST", path: "/v1/test_helpers/verifications/" + id + "/advance", auth: fullKey,
			body: map[string]any{"to": "declined"}, want: 409, wantCode: "conflict"})
		c.do(t, oaExchange{method: "POST", path: "/v1/test_helpers/verifications/" + id + "/advance", auth: fullKey,
			body: map[string]any{"to": "sideways"}, want: 422, wantCode: "validation_error", badRequest: true})
	})

	// kycBody is a valid POST /v1/kyc/verify body with lastName.
	kycBody := func(lastName string) map[string]any {
		return map[string]any{"first_name": "Ada", "last_name": lastName, "date_of_birth": "1990-05-17", "country": "GB",
			"document_type": "passport", "document_number": "123 456 789", "reference": "cust-1"}
	}
	pendingKYC := func(t *testing.T, key string) string {
		t.Helper()
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/kyc/verify", auth: key, body: kycBody("Pending"), want: 201})
		return oaObject(t, out)["id"].(string)
	}
	t.Run("KYC", func(t *testing.T) {
		// Every magic value of the description, and a real rejection.
		for last, want := range map[string]string{"Lovelace": "verified", "Rejected": "rejected", "Review": "review", "Verified": "verified", "Pending": "pending"} {
			_, out := c.do(t, oaExchange{method: "POST", path: "/v1/kyc/verify", auth: fullKey, body: kycBody(last), want: 201})
			if got := oaObject(t, out)["status"]; got != want {
				t.Errorf("last name %s: status %v, want %s", last, got, want)
			}
		}
		minimal := kycBody("Lovelace")
		delete(minimal, "reference")
		minimal["document_number"] = "12"
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/kyc/verify", auth: session, body: minimal, want: 201})
		if got := oaObject(t, out)["status"]; got != "rejected" {
			t.Errorf("a malformed passport number: status %v, want rejected", got)
		}
		kycID = pendingKYC(t, fullKey)
		c.do(t, oaExchange{method: "GET", path: "/v1/kyc/" + kycID, auth: fullKey, want: 200})
		c.do(t, oaExchange{method: "POST", path: "/v1/test_helpers/kyc/" + kycID + "/complete", auth: fullKey, want: 200})
		c.do(t, oaExchange{method: "POST", path: "/v1/test_helpers/kyc/" + pendingKYC(t, fullKey) + "/complete", auth: fullKey,
			body: map[string]any{"status": "rejected"}, want: 200})
		c.do(t, oaExchange{method: "POST", path: "/v1/test_helpers/kyc/" + kycID + "/complete", auth: fullKey, want: 409, wantCode: "conflict"})
	})

	// ageBody is a valid POST /v1/kyc/agecheck body.
	ageBody := map[string]any{"date_of_birth": "1990-05-17", "country": "CA", "region": "ON"}
	t.Run("AgeCheck", func(t *testing.T) {
		// A key of its own, so that these calls leave fullKey's budget to the
		// error tables.
		ageKey := "Bearer " + createKey(t, map[string]any{"name": "age checks", "environment": "test"})["key"].(string)
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/kyc/agecheck", auth: ageKey, body: ageBody, want: 200})
		if got := oaObject(t, out); got["allowed"] != true || got["jurisdiction"] != "CA-ON" {
			t.Errorf("an adult in Ontario: %s", out)
		}
		minor := time.Now().UTC().AddDate(-18, 0, 0).Format(time.DateOnly)
		_, out = c.do(t, oaExchange{method: "POST", path: "/v1/kyc/agecheck", auth: ageKey, body: map[string]any{"date_of_birth": minor, "country": "US", "region": "NJ"}, want: 200})
		if got := oaObject(t, out); got["allowed"] != false || got["minimum_age"] != float64(21) {
			t.Errorf("an 18-year-old in New Jersey: %s", out)
		}
		for _, x := range []oaExchange{
			{body: map[string]any{"date_of_birth": "1990-05-17", "country": "US"}, field: "region"},
			{body: map[string]any{"date_of_birth": "1990-05-17", "country": "AF"}, field: "country"},
			{body: map[string]any{"date_of_birth": "2999-05-17", "country": "GB"}, field: "date_of_birth"},
			{body: map[string]any{"date_of_birth": "1990-05-17", "country": "GB", "state": "x"}, badRequest: true, field: "state"},
		} {
			x.method, x.path, x.auth, x.want, x.wantCode = "POST", "/v1/kyc/agecheck", ageKey, 422, "validation_error"
			c.do(t, x)
		}
	})

	// txcBody is a valid POST /v1/transaction/check body.
	txcBody := map[string]any{"amount": 12500, "currency": "EUR", "party": map[string]any{"id": "cust-1", "country": "DE"}}
	t.Run("TransactionCheck", func(t *testing.T) {
		txcKey := "Bearer " + createKey(t, map[string]any{"name": "transaction checks", "environment": "test"})["key"].(string)
		// Every magic amount of the description, and the full body of its example.
		for amount, want := range map[int]string{66600: "decline", 44400: "review", 22200: "approve"} {
			_, out := c.do(t, oaExchange{method: "POST", path: "/v1/transaction/check", auth: txcKey, want: 201,
				body: map[string]any{"amount": amount, "currency": "EUR", "party": map[string]any{"id": "cust-1", "country": "DE"}}})
			if got := oaObject(t, out)["decision"]; got != want {
				t.Errorf("amount %d: decision %v, want %s", amount, got, want)
			}
		}
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/transaction/check", auth: txcKey, want: 201,
			body: map[string]any{"amount": 1250000, "currency": "EUR", "account_currency": "USD", "party": map[string]any{"id": "cust_42", "country": "DE"},
				"counterparty": map[string]any{"id": "merchant_7", "country": "VN"}, "reference": "order-9001"}})
		if got := oaObject(t, out); got["decision"] != "decline" || got["risk_score"] != float64(70) {
			t.Errorf("the documented example: %s", out)
		}
		for _, x := range []oaExchange{
			{body: map[string]any{"amount": 12500, "currency": "BTC", "party": map[string]any{"id": "p", "country": "DE"}}, field: "currency"},
			{body: map[string]any{"amount": 0, "currency": "EUR", "party": map[string]any{"id": "p", "country": "DE"}}, badRequest: true, field: "amount"},
			{body: map[string]any{"amount": 1, "currency": "EUR"}, badRequest: true, field: "party"},
		} {
			x.method, x.path, x.auth, x.want, x.wantCode = "POST", "/v1/transaction/check", txcKey, 422, "validation_error"
			c.do(t, x)
		}
	})

	// The module calls have a key of their own, so they do not spend the
	// other operations' per-key budget.
	modKey := "Bearer " + createKey(t, map[string]any{"name": "modules", "environment": "test"})["key"].(string)
	// Fraud signals and buyer/seller verification (modules_fraud_openapi_test.go).
	oaFraudAndUserVerify(t, c, modKey)
	// escrowIn makes an escrow with key, moved by actions.
	escrowIn := func(t *testing.T, key string, actions ...string) string {
		t.Helper()
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/escrow/initiate", auth: key, want: 201,
			body: map[string]any{"amount": 12500, "currency": "EUR", "buyer_id": "buyer-1", "seller_id": "seller-9", "reference": "order-7"}})
		id := oaObject(t, out)["id"].(string)
		for _, a := range actions {
			c.do(t, oaExchange{method: "POST", path: "/v1/escrow/funds", auth: key, body: map[string]any{"escrow_id": id, "action": a}, want: 200})
		}
		return id
	}
	openDispute := func(t *testing.T, key, description string) string {
		t.Helper()
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/disputes/open", auth: key, want: 201,
			body: map[string]any{"escrow_id": escrowIn(t, key, "fund"), "reason": "product_not_received", "description": description}})
		return oaObject(t, out)["id"].(string)
	}
	t.Run("Escrow", func(t *testing.T) {
		// A minimal body from a portal session, then the full life of one.
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/escrow/initiate", auth: session, want: 201,
			body: map[string]any{"amount": 1, "currency": "USDC", "buyer_id": "b", "seller_id": "s"}})
		if got := oaObject(t, out)["status"]; got != "initiated" {
			t.Errorf("a new escrow: status %v, want initiated", got)
		}
		escrowID = escrowIn(t, modKey)
		c.do(t, oaExchange{method: "GET", path: "/v1/escrow/" + escrowID, auth: modKey, want: 200})
		c.do(t, oaExchange{method: "POST", path: "/v1/escrow/funds", auth: modKey, want: 409, wantCode: "conflict",
			body: map[string]any{"escrow_id": escrowID, "action": "release"}})
		c.do(t, oaExchange{method: "POST", path: "/v1/escrow/funds", auth: modKey, want: 200,
			body: map[string]any{"escrow_id": escrowID, "action": "fund", "amount": 12500}})
		for _, a := range []string{"release", "refund"} {
			c.do(t, oaExchange{method: "POST", path: "/v1/escrow/funds", auth: modKey, want: 200, body: map[string]any{"escrow_id": escrowIn(t, modKey, "fund"), "action": a}})
		}
		c.do(t, oaExchange{method: "POST", path: "/v1/escrow/funds", auth: modKey, want: 404, wantCode: "not_found",
			body: map[string]any{"escrow_id": "esc_01jd000000000000000000000", "action": "fund"}})
		c.do(t, oaExchange{method: "POST", path: "/v1/escrow/initiate", auth: modKey, want: 422, wantCode: "validation_error", badRequest: true,
			body: map[string]any{"amount": 0, "currency": "EUR", "buyer_id": "b", "seller_id": "s"}})
		c.do(t, oaExchange{method: "POST", path: "/v1/escrow/funds", auth: modKey, want: 422, wantCode: "validation_error", badRequest: true,
			body: map[string]any{"escrow_id": escrowID, "action": "withdraw"}})
	})
	t.Run("Disputes", func(t *testing.T) {
		disputeID = openDispute(t, modKey, "The parcel never arrived.")
		c.do(t, oaExchange{method: "GET", path: "/v1/disputes/" + disputeID, auth: modKey, want: 200})
		// Every magic value of the description.
		for desc, want := range map[string]string{"winning_evidence": "won", "losing_evidence": "lost"} {
			_, out := c.do(t, oaExchange{method: "GET", path: "/v1/disputes/" + openDispute(t, modKey, desc), auth: modKey, want: 200})
			if got := oaObject(t, out)["status"]; got != want {
				t.Errorf("description %s: status %v, want %s", desc, got, want)
			}
		}
		c.do(t, oaExchange{method: "POST", path: "/v1/test_helpers/disputes/" + disputeID + "/resolve", auth: modKey, body: map[string]any{"outcome": "won"}, want: 200})
		c.do(t, oaExchange{method: "POST", path: "/v1/test_helpers/disputes/" + disputeID + "/resolve", auth: modKey, body: map[string]any{"outcome": "lost"}, want: 409, wantCode: "conflict"})
		c.do(t, oaExchange{method: "POST", path: "/v1/test_helpers/disputes/" + openDispute(t, modKey, "") + "/resolve", auth: modKey,
			body: map[string]any{"outcome": "draw"}, want: 422, wantCode: "validation_error", badRequest: true})
		// The escrow it was raised against is refunded, and cannot be disputed again.
		c.do(t, oaExchange{method: "POST", path: "/v1/disputes/open", auth: modKey, want: 409, wantCode: "conflict",
			body: map[string]any{"escrow_id": escrowIn(t, modKey), "reason": "other"}})
		c.do(t, oaExchange{method: "POST", path: "/v1/disputes/open", auth: modKey, want: 404, wantCode: "not_found",
			body: map[string]any{"transaction_check_id": "txc_01jd000000000000000000000", "reason": "fraudulent"}})
		c.do(t, oaExchange{method: "POST", path: "/v1/disputes/open", auth: modKey, want: 422, wantCode: "validation_error",
			body: map[string]any{"escrow_id": escrowID, "reason": "bored"}, badRequest: true})
	})

	t.Run("Attestations", func(t *testing.T) {
		// Public: no credentials, a published report and an unknown id alike.
		_, out := c.do(t, oaExchange{method: "GET", path: "/v1/attestations/verify/" + reportVID, want: 200})
		if a := oaObject(t, out); a["valid"] != true || a["signature_valid"] != true || a["sandbox"] != true {
			t.Errorf("a published sandbox report's attestation: %s", out)
		}
		_, out = c.do(t, oaExchange{method: "GET", path: "/v1/attestations/verify/KBS-VR-NOSUCHCASE", want: 200})
		if a := oaObject(t, out); a["valid"] != false || a["state"] != "unknown" || a["reason"] == nil {
			t.Errorf("an unknown id's attestation: %s", out)
		}
		// A draft case's is the same answer as an unknown id's.
		_, out = c.do(t, oaExchange{method: "GET", path: "/v1/attestations/verify/" + verificationID, want: 200})
		if a := oaObject(t, out); a["state"] != "unknown" {
			t.Errorf("a draft case's attestation: %s", out)
		}
		// Credentials change nothing.
		c.do(t, oaExchange{method: "GET", path: "/v1/attestations/verify/" + reportVID, auth: fullKey, want: 200})
		// An id no report can have is not found before the rate limiter.
		c.do(t, oaExchange{method: "GET", path: "/v1/attestations/verify/" + strings.Repeat("x", 201), want: 404, wantCode: "not_found", badRequest: true})
	})

	t.Run("TrustSurface", func(t *testing.T) {
		// Each page answers, then 304 to its own ETag; an id without a
		// published report answers the one not-found page.
		for _, path := range []string{"/r/" + reportVID, "/r/" + reportVID + "/report.pdf", "/badge/" + reportVID, "/badge/" + reportVID + "/embed.js"} {
			res, _ := c.do(t, oaExchange{method: "GET", path: path, want: 200})
			c.do(t, oaExchange{method: "GET", path: path, want: 304, header: http.Header{"If-None-Match": {res.Header.Get("ETag")}}})
		}
		for _, path := range []string{"/r/KBS-VR-NOSUCHCASE", "/r/" + verificationID + "/report.pdf", "/badge/KBS-VR-NOSUCHCASE"} {
			c.do(t, oaExchange{method: "GET", path: path, want: 404})
		}
		c.do(t, oaExchange{method: "GET", path: "/badge/" + strings.Repeat("x", 201) + "/embed.js", want: 404, badRequest: true})
		c.do(t, oaExchange{method: "GET", path: "/r/" + reportVID + ".json", want: 200})
		c.do(t, oaExchange{method: "GET", path: "/r/KBS-VR-NOSUCHCASE.json", want: 404, wantCode: "not_found"})
		c.do(t, oaExchange{method: "GET", path: "/.well-known/keybs-signing-keys.json", want: 200})
	})

	t.Run("TrustScoresAndBadges", func(t *testing.T) {
		// A published report's score and badge; a draft case has a badge
		// not yet published and no score; a missing id is 422. A key of its
		// own: the other keys' per-minute budgets are spoken for.
		trustKey := "Bearer " + createKey(t, map[string]any{"name": "trust", "environment": "test"})["key"].(string)
		_, out := c.do(t, oaExchange{method: "GET", path: "/v1/trustscore/get?verification_id=" + reportVID, auth: trustKey, want: 200})
		if got := oaObject(t, out); got["verification_id"] != reportVID || got["current"] != true {
			t.Errorf("a published report's score: %s", out)
		}
		_, out = c.do(t, oaExchange{method: "GET", path: "/v1/trustbadge/get?verification_id=" + reportVID, auth: trustKey, want: 200})
		if got := oaObject(t, out); got["state"] != "active" && got["state"] != "expiring" {
			t.Errorf("a published report's badge: %s", out)
		}
		_, out = c.do(t, oaExchange{method: "GET", path: "/v1/trustbadge/get?verification_id=" + verificationID, auth: trustKey, want: 200})
		if got := oaObject(t, out); got["state"] != "not_published" {
			t.Errorf("a draft case's badge: %s", out)
		}
		c.do(t, oaExchange{method: "GET", path: "/v1/trustscore/get?verification_id=" + verificationID, auth: trustKey, want: 404, wantCode: "not_found"})
		c.do(t, oaExchange{method: "GET", path: "/v1/trustbadge/get?verification_id=KBS-VR-NOSUCHCASE", auth: trustKey, want: 404, wantCode: "not_found"})
		for _, p := range []string{"/v1/trustscore/get", "/v1/trustbadge/get"} {
			c.do(t, oaExchange{method: "GET", path: p, auth: trustKey, want: 422, wantCode: "validation_error", badRequest: true})
		}
	})

	t.Run("Mirror", func(t *testing.T) {
		// /api/public/v1 is /v1: the same operations, answers and errors.
		c.do(t, oaExchange{method: "GET", path: "/api/public/v1/reports", auth: fullKey, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/api/public/v1/reports/" + reportVID, apiKey: strings.TrimPrefix(readOnlyKey, "Bearer "), want: 200})
		c.do(t, oaExchange{method: "GET", path: "/api/public/v1/attestations/verify/" + reportVID, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/api/public/v1/openapi.json", want: 200})
		c.do(t, oaExchange{method: "GET", path: "/api/public/v1/reports", want: 401, wantCode: "unauthorized", badRequest: true})
		c.do(t, oaExchange{method: "GET", path: "/api/public/v1/reports/KBS-VR-NOSUCHCASE", auth: fullKey, want: 404, wantCode: "not_found"})
	})

	t.Run("DeveloperKit", func(t *testing.T) {
		// Public downloads: the Postman collection and environment, and
		// the industry starter files.
		res, body := c.do(t, oaExchange{method: "GET", path: "/v1/postman/collection.json", want: 200})
		if !strings.Contains(res.Header.Get("Content-Disposition"), "attachment") || !bytes.Contains(body, []byte("{{apiKey}}")) {
			t.Errorf("collection: Content-Disposition %q, body without {{apiKey}}", res.Header.Get("Content-Disposition"))
		}
		_, body = c.do(t, oaExchange{method: "GET", path: "/v1/postman/environment.json?environment=live", want: 200})
		if !bytes.Contains(body, []byte(`"KeyBS live"`)) || !bytes.Contains(body, []byte(s.URL)) {
			t.Errorf("live environment does not name live and this server: %s", body)
		}
		c.do(t, oaExchange{method: "GET", path: "/v1/postman/environment.json", want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/postman/environment.json?environment=staging", want: 422, wantCode: "validation_error", field: "environment", badRequest: true})
		_, body = c.do(t, oaExchange{method: "GET", path: "/v1/starter/fintech", want: 200})
		if !bytes.Contains(body, []byte("KEYBS_BASE_URL="+s.URL+"\n")) || !bytes.Contains(body, []byte("KEYBS_LIVE_RATE_LIMIT_PER_MINUTE=1000")) {
			t.Errorf("fintech starter lacks this server's URL or its rate cap:\n%s", body)
		}
		c.do(t, oaExchange{method: "GET", path: "/v1/starter/IGAMING.env", want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/starter/banking", want: 404, wantCode: "not_found"})
		res, body = c.do(t, oaExchange{method: "GET", path: "/v1/starter/payments/javascript", want: 200})
		if !strings.Contains(res.Header.Get("Content-Disposition"), `filename="client.mjs"`) ||
			!bytes.Contains(body, []byte("KEYBS_BASE_URL="+s.URL+" ")) || !bytes.Contains(body, []byte("'escrow:initiate'")) {
			t.Errorf("payments JavaScript client: Content-Disposition %q, lacks this server's URL or the preset:\n%s", res.Header.Get("Content-Disposition"), body)
		}
		for _, lang := range []string{"python", "php", "java", "go"} {
			c.do(t, oaExchange{method: "GET", path: "/v1/starter/FINTECH/" + lang, want: 200})
		}
		c.do(t, oaExchange{method: "GET", path: "/v1/starter/fintech/ruby", want: 404, wantCode: "not_found", badRequest: true})
		c.do(t, oaExchange{method: "GET", path: "/v1/starter/banking/go", want: 404, wantCode: "not_found"})
	})

	t.Run("ShareTokens", func(t *testing.T) {
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/share-tokens", auth: fullKey, want: 201,
			body: map[string]any{"verification_id": reportVID, "fields": []string{"supplier_name", "trust_score", "state", "verify_url"}, "max_uses": 2, "expires_in": 3600}})
		created := oaObject(t, out)
		shareTokenID = created["id"].(string)
		token := created["token"].(string)
		c.do(t, oaExchange{method: "POST", path: "/v1/share-tokens", auth: session, want: 201,
			body: map[string]any{"verification_id": reportVID, "fields": []string{"digest", "signature", "key_id", "signed_at", "valid_until", "pdf_url", "country", "country_code", "risk_band", "verification_id"}}})
		c.do(t, oaExchange{method: "GET", path: "/v1/share-tokens", auth: fullKey, want: 200})
		c.do(t, oaExchange{method: "GET", path: "/v1/share-tokens?verification_id=" + reportVID + "&limit=5", auth: session, want: 200})

		// The public check: the token in the body, no other credential. It
		// answers twice (max_uses 2), then is exhausted.
		origin := http.Header{"Origin": {"https://bank.example"}}
		for range 2 {
			_, out := c.do(t, oaExchange{method: "POST", path: "/v1/kyc-share/verify", body: map[string]any{"token": token}, header: origin, want: 200})
			contractKeys := slices.Sorted(maps.Keys(oaObject(t, out)))
			if want := []string{"sandbox", "state", "supplier_name", "trust_score", "verify_url"}; !slices.Equal(contractKeys, want) {
				t.Errorf("revealed %v, want exactly %v", contractKeys, want)
			}
		}
		c.do(t, oaExchange{method: "POST", path: "/v1/kyc-share/verify", body: map[string]any{"token": token}, want: 410, wantCode: "share_token_exhausted"})

		// An expired one: the API takes future expiries only, so the row is
		// moved into the past directly.
		_, out = c.do(t, oaExchange{method: "POST", path: "/v1/share-tokens", auth: fullKey, want: 201,
			body: map[string]any{"verification_id": reportVID, "fields": []string{"state"}, "max_uses": 5}})
		expiring := oaObject(t, out)
		expire := "UPDATE share_tokens SET expires_at = ? WHERE id = ?"
		if s.DB.Dialect == "postgres" {
			expire = "UPDATE share_tokens SET expires_at = $1 WHERE id = $2"
		}
		if _, err := s.DB.SQL.Exec(expire, time.Now().Add(-time.Minute), expiring["id"]); err != nil {
			t.Fatalf("expire share token: %v", err)
		}
		c.do(t, oaExchange{method: "POST", path: "/v1/kyc-share/verify", body: map[string]any{"token": expiring["token"]}, want: 410, wantCode: "share_token_expired"})
		_, out = c.do(t, oaExchange{method: "GET", path: "/v1/share-tokens?verification_id=" + reportVID, auth: fullKey, want: 200})
		statuses := map[string]string{}
		for _, tok := range oaObject(t, out)["data"].([]any) {
			statuses[tok.(map[string]any)["id"].(string)] = tok.(map[string]any)["status"].(string)
		}
		if statuses[shareTokenID] != "exhausted" || statuses[expiring["id"].(string)] != "expired" {
			t.Errorf("statuses %v", statuses)
		}

		// Revoked (twice: the same answer) is not found, like unknown.
		c.do(t, oaExchange{method: "DELETE", path: "/v1/share-tokens/" + expiring["id"].(string), auth: fullKey, want: 200})
		c.do(t, oaExchange{method: "DELETE", path: "/v1/share-tokens/" + expiring["id"].(string), auth: session, want: 200})
		c.do(t, oaExchange{method: "POST", path: "/v1/kyc-share/verify", body: map[string]any{"token": expiring["token"]}, want: 404, wantCode: "not_found"})
		c.do(t, oaExchange{method: "POST", path: "/v1/kyc-share/verify", body: map[string]any{"token": "kbs_share_" + strings.Repeat("0", 49)}, want: 404, wantCode: "not_found"})
		c.do(t, oaExchange{method: "DELETE", path: "/v1/share-tokens/shr_01jd0000000000000000000000", auth: fullKey, want: 404, wantCode: "not_found"})

		// Refusals of the routes' own.
		for _, x := range []oaExchange{
			{method: "POST", path: "/v1/kyc-share/verify", body: map[string]any{}, badRequest: true, field: "token"},
			{method: "POST", path: "/v1/kyc-share/verify", body: map[string]any{"token": 7}, badRequest: true, field: "token"},
			{method: "POST", path: "/v1/kyc-share/verify", body: map[string]any{"token": "x", "key": "y"}, badRequest: true, field: "key"},
		} {
			x.want, x.wantCode = 422, "validation_error"
			c.do(t, x)
		}
		for _, x := range []oaExchange{
			{body: map[string]any{"verification_id": reportVID, "fields": []string{}}, badRequest: true, field: "fields"},
			{body: map[string]any{"verification_id": reportVID, "fields": []string{"contact_email"}}, badRequest: true, field: "fields"},
			{body: map[string]any{"verification_id": reportVID, "fields": []string{"state"}, "max_uses": 0}, badRequest: true, field: "max_uses"},
			{body: map[string]any{"verification_id": reportVID, "fields": []string{"state"}, "expires_in": 2592001}, badRequest: true, field: "expires_in"},
			{body: map[string]any{"fields": []string{"state"}}, badRequest: true, field: "verification_id"},
		} {
			x.method, x.path, x.auth, x.want, x.wantCode = "POST", "/v1/share-tokens", fullKey, 422, "validation_error"
			c.do(t, x)
		}
		c.do(t, oaExchange{method: "GET", path: "/v1/share-tokens?limit=0", auth: fullKey, want: 422, wantCode: "validation_error", badRequest: true, field: "limit"})
		c.do(t, oaExchange{method: "POST", path: "/v1/share-tokens", auth: fullKey, want: 404, wantCode: "not_found",
			body: map[string]any{"verification_id": "KBS-VR-NOSUCHCASE", "fields": []string{"state"}}})
		c.do(t, oaExchange{method: "POST", path: "/v1/share-tokens", auth: fullKey, want: 409, wantCode: "conflict",
			body: map[string]any{"verification_id": verificationID, "fields": []string{"state"}}})
	})

	sdkCallback := "https://shop.example/verification-complete"
	t.Run("SDKAccessTokens", func(t *testing.T) {
		if err := s.DB.Client.Application.Update().Where(entapp.TenantID(owner.TenantID), entapp.IsDefault(true)).
			SetCallbackUrls([]string{sdkCallback}).Exec(testkit.System()); err != nil {
			t.Fatal(err)
		}
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/sdk/access-token", auth: fullKey, want: 201,
			body: map[string]any{"external_user_id": "user_12345", "email": "user@example.com", "flow_name": "default", "redirect_url": sdkCallback, "expires_in": 3600}})
		if url, _ := oaObject(t, out)["sdk_url"].(string); !strings.Contains(url, "/sdk/kbs_sdk_") {
			t.Errorf("sdk_url %q", url)
		}
		c.do(t, oaExchange{method: "POST", path: "/v1/sdk/access-token", apiKey: strings.TrimPrefix(fullKey, "Bearer "), want: 201,
			body: map[string]any{"external_user_id": "user_2", "redirect_url": sdkCallback + "?state=abc", "email": nil, "flow_name": nil, "expires_in": nil}})
		publishable := createKey(t, map[string]any{"name": "browser sdk", "environment": "test", "kind": "publishable"})
		c.do(t, oaExchange{method: "POST", path: "/v1/sdk/access-token", auth: "Bearer " + publishable["key"].(string), want: 403, wantCode: "forbidden",
			body: map[string]any{"external_user_id": "u", "redirect_url": sdkCallback}})
		// A portal session is no scheme of this operation.
		c.do(t, oaExchange{method: "POST", path: "/v1/sdk/access-token", auth: session, want: 403, wantCode: "forbidden", badRequest: true,
			body: map[string]any{"external_user_id": "u", "redirect_url": sdkCallback}})
		for _, x := range []oaExchange{
			{body: map[string]any{"external_user_id": "u", "redirect_url": "https://evil.example/verification-complete"}, field: "redirect_url"},
			{body: map[string]any{"external_user_id": "u", "redirect_url": sdkCallback, "email": "nope"}, field: "email"},
			{body: map[string]any{"external_user_id": " ", "redirect_url": sdkCallback}, field: "external_user_id"},
			{body: map[string]any{"external_user_id": "u", "redirect_url": sdkCallback, "expires_in": 86401}, badRequest: true, field: "expires_in"},
			{body: map[string]any{"external_user_id": "u", "redirect_url": sdkCallback, "flow_name": "express"}, badRequest: true, field: "flow_name"},
			{body: map[string]any{"redirect_url": sdkCallback}, badRequest: true, field: "external_user_id"},
			{body: map[string]any{"external_user_id": "u", "redirect_url": sdkCallback, "callback": "x"}, badRequest: true, field: "callback"},
		} {
			x.method, x.path, x.auth, x.want, x.wantCode = "POST", "/v1/sdk/access-token", fullKey, 422, "validation_error"
			c.do(t, x)
		}
	})

	t.Run("Errors", func(t *testing.T) {
		t.Run("401", func(t *testing.T) {
			// No credentials, on every operation that needs them: the
			// document requires them, so the request itself is invalid.
			for _, op := range c.operationsWhere(func(op *openapi3.Operation) bool { return op.Security != nil && len(*op.Security) > 0 }) {
				c.do(t, oaExchange{method: op.method, path: concrete(op.path), want: 401, wantCode: "unauthorized", badRequest: true})
			}
			for _, x := range []oaExchange{
				{method: "GET", path: "/v1/reports", auth: "Bearer kbs_test_notARealKey000000000000000000"},
				{method: "GET", path: "/v1/reports", apiKey: "kbs_live_notARealKey000000000000000000"},
				{method: "GET", path: "/v1/api-keys", auth: "Bearer not.a.jwt"},
			} {
				x.want, x.wantCode = 401, "unauthorized"
				c.do(t, x)
			}
			// Malformed Authorization (not Bearer): no scheme of the document.
			c.do(t, oaExchange{method: "GET", path: "/v1/reports", want: 401, wantCode: "unauthorized", badRequest: true,
				header: http.Header{"Authorization": {"Basic dXNlcjpwYXNz"}}})

			// A revoked key.
			k := createKey(t, map[string]any{"name": "to revoke", "environment": "test"})
			c.do(t, oaExchange{method: "POST", path: "/v1/api-keys/" + k["id"].(string) + "/revoke", auth: session, want: 200})
			c.do(t, oaExchange{method: "GET", path: "/v1/reports", auth: "Bearer " + k["key"].(string), want: 401, wantCode: "unauthorized"})

			// An expired key: the API only takes future expiries, so the
			// clock is beaten by moving the expiry into the past directly.
			k = createKey(t, map[string]any{"name": "short-lived", "environment": "test",
				"expires_at": time.Now().Add(time.Hour).UTC().Format(time.RFC3339)})
			sys := testkit.System()
			if err := s.DB.Client.APIKey.UpdateOneID(k["id"].(string)).SetExpiresAt(time.Now().Add(-time.Minute)).Exec(sys); err != nil {
				t.Fatalf("expire key: %v", err)
			}
			c.do(t, oaExchange{method: "GET", path: "/v1/reports", auth: "Bearer " + k["key"].(string), want: 401, wantCode: "expired_api_key"})
			c.do(t, oaExchange{method: "GET", path: "/v1/api-keys/" + k["id"].(string), auth: session, want: 200}) // status "expired"
		})

		t.Run("403", func(t *testing.T) {
			// A key lacking the scope of each API-key route, and one with
			// exactly that scope: x-required-scope is what the server checks.
			// Operations with the same scope share their keys: the portal
			// session that makes them has a per-minute budget too.
			restrictedKeys := map[string]string{}
			restricted := func(t *testing.T, name string, scopes []string) string {
				t.Helper()
				set := strings.Join(scopes, " ")
				if restrictedKeys[set] == "" {
					// Through GraphQL: a key per scoped operation would spend
					// the session's /v1 budget the later checks need.
					var made struct{ CreateApiKey struct{ Secret string } }
					s.GraphQL(t, owner.AccessToken, `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
						map[string]any{"input": map[string]any{"name": name, "environment": "TEST", "kind": "RESTRICTED", "scopes": scopes}}).Decode(t, &made)
					restrictedKeys[set] = made.CreateApiKey.Secret
				}
				return restrictedKeys[set]
			}
			for _, op := range c.scopedOperations() {
				others := slices.DeleteFunc(slices.Clone(scope.Core), func(s string) bool { return s == op.scope })
				without := restricted(t, "without "+op.scope, others)
				with := restricted(t, "with "+op.scope, []string{op.scope})
				path := concrete(op.path)
				var body any
				switch op.operationID {
				case "createVerification":
					body = map[string]any{"supplier_name": "Scoped Co", "country_code": "GB", "tier": "tier3", "package": "enhanced", "contact_email": "a@b.example"}
				case "createDocument":
					body = map[string]any{"kind": "other", "filename": "a.pdf", "storage_path": "a/a.pdf", "sha256": strings.Repeat("0", 64)}
				case "answerRfiItem":
					path, body = openItem(t), map[string]any{"text": "Yes."}
				case "advanceVerification":
					body = map[string]any{"to": "in_review"}
				case "createShareToken":
					body = map[string]any{"verification_id": reportVID, "fields": []string{"state"}}
				case "createSdkAccessToken":
					body = map[string]any{"external_user_id": "scoped-user", "redirect_url": sdkCallback}
				case "verifyKyc":
					body = kycBody("Lovelace")
				case "completeKyc":
					path = "/v1/test_helpers/kyc/" + pendingKYC(t, fullKey) + "/complete"
				case "checkAge":
					body = ageBody
				case "checkTransaction":
					body = txcBody
				case "initiateEscrow":
					body = map[string]any{"amount": 100, "currency": "EUR", "buyer_id": "b", "seller_id": "s"}
				case "moveEscrowFunds":
					body = map[string]any{"escrow_id": escrowIn(t, modKey), "action": "fund"}
				case "openDispute":
					body = map[string]any{"escrow_id": escrowIn(t, modKey, "fund"), "reason": "other"}
				case "scoreFraud", "readFraudSignals":
					body = map[string]any{"email": "scoped@example.com"}
				case "sendFraudFeedback":
					_, out := c.do(t, oaExchange{method: "POST", path: "/v1/fraud/score", auth: modKey, want: 201, body: map[string]any{"party": "scoped"}})
					body = map[string]any{"check_id": oaObject(t, out)["id"], "outcome": "fraud"}
				case "verifyUser":
					body = map[string]any{"email": "a@b.example", "phone": "+49301234567", "name": "Ana", "country": "DE"}
				case "resolveDisputeTestHelper":
					path, body = "/v1/test_helpers/disputes/"+openDispute(t, modKey, "")+"/resolve", map[string]any{"outcome": "lost"}
				case "getTrustScore", "getTrustBadge":
					path += "?verification_id=" + reportVID
				}
				_, out := c.do(t, oaExchange{method: op.method, path: path, auth: "Bearer " + without, body: body, want: 403, wantCode: "invalid_scope"})
				if msg := oaErrorOf(t, out).Message; !strings.Contains(msg, op.scope) {
					t.Errorf("%s without %s: message %q does not name the scope", op.operationID, op.scope, msg)
				}
				res, _ := c.do(t, oaExchange{method: op.method, path: path, auth: "Bearer " + with, body: body, want: -1})
				if res.StatusCode/100 != 2 {
					t.Errorf("%s with only %s: status %d, want 2xx", op.operationID, op.scope, res.StatusCode)
				}
			}
			// An API key (either header) on every session-only route.
			sessionOnly := c.operationsWhere(func(op *openapi3.Operation) bool {
				return op.Security != nil && len(*op.Security) == 1 && (*op.Security)[0]["portalSession"] != nil
			})
			for _, op := range sessionOnly {
				c.do(t, oaExchange{method: op.method, path: concrete(op.path), auth: fullKey, want: 403, wantCode: "forbidden", badRequest: true})
			}
			c.do(t, oaExchange{method: "GET", path: "/v1/api-keys", apiKey: strings.TrimPrefix(fullKey, "Bearer "), want: 403, wantCode: "forbidden", badRequest: true})
			// A module the key's application has not enabled: a second
			// application without modules, and a key of its own.
			var app struct {
				CreateApplication struct{ ID string }
			}
			s.GraphQL(t, owner.AccessToken, `mutation($input: ApplicationInput!) { createApplication(input: $input) { id } }`,
				map[string]any{"input": map[string]any{"name": "No modules", "industry": "OTHER", "requiredModules": []string{}}}).Decode(t, &app)
			bare := createKey(t, map[string]any{"name": "no modules", "environment": "test", "application_id": app.CreateApplication.ID})
			for _, x := range []oaExchange{
				{method: "POST", path: "/v1/kyc/verify", body: kycBody("Lovelace")},
				{method: "GET", path: "/v1/kyc/" + kycID},
				{method: "POST", path: "/v1/test_helpers/kyc/" + kycID + "/complete"},
				{method: "POST", path: "/v1/kyc/agecheck", body: ageBody},
				{method: "POST", path: "/v1/transaction/check", body: txcBody},
				{method: "POST", path: "/v1/escrow/initiate", body: map[string]any{"amount": 100, "currency": "EUR", "buyer_id": "b", "seller_id": "s"}},
				{method: "POST", path: "/v1/escrow/funds", body: map[string]any{"escrow_id": escrowID, "action": "fund"}},
				{method: "GET", path: "/v1/escrow/" + escrowID},
				{method: "POST", path: "/v1/disputes/open", body: map[string]any{"escrow_id": escrowID, "reason": "other"}},
				{method: "GET", path: "/v1/disputes/" + disputeID},
				{method: "POST", path: "/v1/test_helpers/disputes/" + disputeID + "/resolve", body: map[string]any{"outcome": "won"}},
				{method: "GET", path: "/v1/trustscore/get?verification_id=" + reportVID},
				{method: "GET", path: "/v1/trustbadge/get?verification_id=" + reportVID},
			} {
				x.auth, x.want, x.wantCode = "Bearer "+bare["key"].(string), 403, "forbidden"
				_, out := c.do(t, x)
				module := "KYC"
				switch {
				case strings.HasPrefix(x.path, "/v1/escrow/"):
					module = "ESCROW"
				case strings.Contains(x.path, "/disputes/"):
					module = "DISPUTES"
				case strings.HasPrefix(x.path, "/v1/transaction/"):
					module = "TRANSACTION_MONITORING"
				case strings.HasPrefix(x.path, "/v1/trustscore/"):
					module = "TRUST_SCORING"
				case strings.HasPrefix(x.path, "/v1/trustbadge/"):
					module = "TRUST_BADGES"
				}
				if msg := oaErrorOf(t, out).Message; !strings.Contains(msg, module) || !strings.Contains(msg, app.CreateApplication.ID) {
					t.Errorf("%s %s: message %q does not name the module and the application", x.method, x.path, msg)
				}
			}
			// A live key without KYC.
			c.do(t, oaExchange{method: "POST", path: "/v1/api-keys", auth: session, body: map[string]any{"name": "live", "environment": "live"}, want: 403, wantCode: "forbidden"})
			// A client IP outside the key's allowlist (refused before the
			// rate limiter: no X-RateLimit headers).
			fenced := createKey(t, map[string]any{"name": "fenced", "environment": "test", "ip_allowlist": []string{"203.0.113.0/24"}})
			res, _ := c.do(t, oaExchange{method: "GET", path: "/v1/reports", auth: "Bearer " + fenced["key"].(string), want: 403, wantCode: "forbidden"})
			if res.Header.Get("X-RateLimit-Limit") != "" {
				t.Errorf("an IP-refused request has X-RateLimit-Limit %q; the document says it is counted only after authentication", res.Header.Get("X-RateLimit-Limit"))
			}
		})

		t.Run("404", func(t *testing.T) {
			for _, x := range []oaExchange{
				{method: "GET", path: "/v1/verifications/vrc_01jd000000000000000000000", auth: fullKey},
				{method: "GET", path: "/v1/verifications/KBS-VR-NOSUCHCASE", auth: fullKey},
				{method: "POST", path: "/v1/verifications/KBS-VR-NOSUCHCASE/documents", auth: fullKey,
					body: map[string]any{"kind": "other", "filename": "a.pdf", "storage_path": "a/a.pdf", "sha256": strings.Repeat("0", 64)}},
				{method: "GET", path: "/v1/reports/KBS-VR-NOSUCHCASE", auth: fullKey},
				{method: "GET", path: "/v1/reports/" + verificationID, auth: fullKey}, // a case without a signed report
				{method: "GET", path: "/v1/api-keys/key_01jd000000000000000000000", auth: session},
				{method: "PATCH", path: "/v1/api-keys/key_01jd000000000000000000000", auth: session, body: map[string]any{"name": "x"}},
				{method: "DELETE", path: "/v1/api-keys/key_01jd000000000000000000000", auth: session},
				{method: "POST", path: "/v1/api-keys/key_01jd000000000000000000000/rotate", auth: session},
				{method: "POST", path: "/v1/api-keys/key_01jd000000000000000000000/revoke", auth: session},
				{method: "GET", path: "/v1/api-keys/key_01jd000000000000000000000/logs", auth: session},
				{method: "GET", path: "/v1/kyc/kyc_01jd000000000000000000000", auth: fullKey},
				{method: "POST", path: "/v1/test_helpers/kyc/kyc_01jd000000000000000000000/complete", auth: fullKey},
				{method: "GET", path: "/v1/escrow/esc_01jd000000000000000000000", auth: modKey},
				{method: "GET", path: "/v1/disputes/dsp_01jd000000000000000000000", auth: modKey},
				{method: "POST", path: "/v1/test_helpers/disputes/dsp_01jd000000000000000000000/resolve", auth: modKey, body: map[string]any{"outcome": "won"}},
				{method: "POST", path: "/v1/disputes/open", auth: modKey, body: map[string]any{"escrow_id": "esc_01jd000000000000000000000", "reason": "other"}},
			} {
				x.want, x.wantCode = 404, "not_found"
				c.do(t, x)
			}
			// A path value no resource can have is not found before
			// authentication (and breaks the parameter's maxLength).
			c.do(t, oaExchange{method: "GET", path: "/v1/verifications/" + strings.Repeat("x", 201), auth: fullKey, want: 404, wantCode: "not_found", badRequest: true})
			c.do(t, oaExchange{method: "GET", path: "/v1/api-keys/" + strings.Repeat("x", 201) + "/logs", want: 404, wantCode: "not_found", badRequest: true})

			// Another tenant's resources are not found, never forbidden.
			other := s.SignUp(t, "other@openapi.example", "Other Org")
			otherSession := "Bearer " + other.AccessToken
			_, out := c.do(t, oaExchange{method: "POST", path: "/v1/api-keys", auth: otherSession, body: map[string]any{"name": "other", "environment": "test"}, want: 201})
			otherKey := "Bearer " + oaObject(t, out)["key"].(string)
			c.do(t, oaExchange{method: "GET", path: "/v1/verifications/" + caseID, auth: otherKey, want: 404, wantCode: "not_found"})
			c.do(t, oaExchange{method: "GET", path: "/v1/kyc/" + kycID, auth: otherKey, want: 404, wantCode: "not_found"})
			c.do(t, oaExchange{method: "GET", path: "/v1/api-keys/" + rotatedID, auth: otherSession, want: 404, wantCode: "not_found"})
			// An unknown endpoint answers the NotFound response.
			c.do(t, oaExchange{method: "GET", path: "/v1/no-such-thing", auth: fullKey, want: 404, wantCode: "not_found", undocumented: "NotFound"})
		})

		t.Run("405", func(t *testing.T) {
			for _, x := range []oaExchange{
				{method: "PUT", path: "/v1/verifications", allow: "POST, GET"},
				{method: "DELETE", path: "/v1/reports", allow: "GET"},
				{method: "POST", path: "/v1/api-keys/key_x/logs", allow: "GET"},
				{method: "POST", path: "/v1/openapi.json", allow: "GET"},
			} {
				x.want, x.wantCode, x.undocumented, x.auth = 405, "method_not_allowed", "MethodNotAllowed", fullKey
				res, _ := c.do(t, x)
				if got := res.Header.Get("Allow"); got != x.allow {
					t.Errorf("%s %s: Allow = %q, want %q", x.method, x.path, got, x.allow)
				}
			}
		})

		t.Run("409", func(t *testing.T) {
			// rotatedID was rotated without grace: revoked, so neither
			// rotated again nor changed.
			c.do(t, oaExchange{method: "POST", path: "/v1/api-keys/" + rotatedID + "/rotate", auth: session, want: 409, wantCode: "conflict"})
			c.do(t, oaExchange{method: "PATCH", path: "/v1/api-keys/" + rotatedID, auth: session, body: map[string]any{"name": "x"}, want: 409, wantCode: "conflict"})
		})

		t.Run("413", func(t *testing.T) {
			// Every operation with a body; more than 1 MiB is refused before
			// authentication, so no credentials are needed to provoke it.
			huge := map[string]any{"name": strings.Repeat("x", 1<<20)}
			for _, op := range c.operationsWhere(func(op *openapi3.Operation) bool { return op.RequestBody != nil }) {
				c.do(t, oaExchange{method: op.method, path: concrete(op.path), auth: session, body: huge, want: 413, wantCode: "payload_too_large", badRequest: true})
			}
		})

		t.Run("415", func(t *testing.T) {
			// A server-key route is asked with the key, the others with a session.
			for _, op := range c.operationsWhere(func(op *openapi3.Operation) bool { return op.RequestBody != nil && acceptsSession(op) }) {
				c.do(t, oaExchange{method: op.method, path: concrete(op.path), auth: session, raw: []byte(`name=x`),
					contentType: "application/x-www-form-urlencoded", want: 415, wantCode: "unsupported_media_type", badRequest: true})
			}
			for _, op := range c.operationsWhere(func(op *openapi3.Operation) bool { return op.RequestBody != nil && !acceptsSession(op) }) {
				c.do(t, oaExchange{method: op.method, path: concrete(op.path), auth: fullKey, raw: []byte(`name=x`),
					contentType: "application/x-www-form-urlencoded", want: 415, wantCode: "unsupported_media_type", badRequest: true})
			}
		})

		t.Run("422", func(t *testing.T) {
			valid := func() map[string]any {
				return map[string]any{"supplier_name": "Acme", "country_code": "IN", "tier": "tier2", "package": "standard", "contact_email": "ops@acme.example"}
			}
			with := func(k string, v any) map[string]any { b := valid(); b[k] = v; return b }
			without := func(k string) map[string]any { b := valid(); delete(b, k); return b }
			for _, x := range []oaExchange{
				// The document refuses these bodies too (badRequest).
				{method: "POST", path: "/v1/verifications", body: with("unexpected", 1), badRequest: true, field: "unexpected"},
				{method: "POST", path: "/v1/verifications", body: with("tier", "tier9"), badRequest: true, field: "tier"},
				{method: "POST", path: "/v1/verifications", body: with("package", "platinum"), badRequest: true, field: "package"},
				{method: "POST", path: "/v1/verifications", body: with("country_code", "India"), badRequest: true, field: "country_code"},
				{method: "POST", path: "/v1/verifications", body: with("supplier_name", 42), badRequest: true, field: "supplier_name"},
				{method: "POST", path: "/v1/verifications", body: with("client_reference", strings.Repeat("r", 101)), badRequest: true, field: "client_reference"},
				{method: "POST", path: "/v1/verifications", body: without("supplier_name"), badRequest: true, field: "supplier_name"},
				{method: "POST", path: "/v1/verifications", raw: []byte(`{"supplier_name":`), badRequest: true, field: "JSON"},
				{method: "POST", path: "/v1/verifications", raw: []byte(`[]`), badRequest: true},
				{method: "POST", path: "/v1/verifications", raw: []byte(`{}{}`), badRequest: true},
				{method: "POST", path: "/v1/verifications", raw: []byte(`{"supplier_name":"Acme","country_code":"IN","tier":"tier2","package":"standard","contact_email":"ops@acme.example","tier":"tier1"}`), field: "appears twice"},
				{method: "POST", path: "/v1/verifications", body: with("supplier_name", "Acme\x00Ltd"), field: "control character"},
				{method: "POST", path: "/v1/verifications", raw: []byte{}, badRequest: true, field: "empty"},
				{method: "GET", path: "/v1/verifications?limit=0", badRequest: true, field: "limit"},
				{method: "GET", path: "/v1/verifications?limit=201", badRequest: true, field: "limit"},
				{method: "GET", path: "/v1/verifications?limit=ten", badRequest: true, field: "limit"},
				{method: "GET", path: "/v1/verifications?status=lost", badRequest: true, field: "status"},
				{method: "POST", path: "/v1/verifications/" + caseID + "/documents", body: map[string]any{"kind": "selfie", "filename": "a.pdf", "storage_path": "a", "sha256": strings.Repeat("0", 64)}, badRequest: true, field: "kind"},
				{method: "POST", path: "/v1/verifications/" + caseID + "/documents", body: map[string]any{"kind": "other", "filename": "a.pdf", "storage_path": "a", "sha256": "abc"}, badRequest: true, field: "sha256"},
				{method: "POST", path: "/v1/verifications/" + caseID + "/documents", body: map[string]any{"kind": "other", "filename": "../a.pdf", "storage_path": "a", "sha256": strings.Repeat("0", 64)}, badRequest: true, field: "filename"},
				// Valid by the document's types, refused by the server's rules.
				{method: "POST", path: "/v1/verifications", body: with("country_code", "ZZ"), field: "country_code"},
				{method: "POST", path: "/v1/verifications", body: with("supplier_name", "   "), field: "supplier_name"},
				{method: "GET", path: "/v1/verifications?cursor=not-a-cursor", field: "cursor"},
				{method: "POST", path: "/v1/verifications/" + caseID + "/documents", body: map[string]any{"kind": "other", "filename": "a.pdf", "storage_path": "a/../../b", "sha256": strings.Repeat("0", 64)}, field: "storage_path"},
				// KYC: the document's types, then the server's rules.
				{method: "POST", path: "/v1/kyc/verify", body: func() map[string]any { b := kycBody("X"); delete(b, "first_name"); return b }(), badRequest: true, field: "first_name"},
				{method: "POST", path: "/v1/kyc/verify", body: func() map[string]any { b := kycBody("X"); b["document_type"] = "library_card"; return b }(), badRequest: true, field: "document_type"},
				{method: "POST", path: "/v1/kyc/verify", body: func() map[string]any { b := kycBody("X"); b["nickname"] = "Ada"; return b }(), badRequest: true, field: "nickname"},
				{method: "POST", path: "/v1/kyc/verify", body: func() map[string]any { b := kycBody("X"); b["country"] = "ZZ"; return b }(), field: "country"},
				{method: "POST", path: "/v1/kyc/verify", body: func() map[string]any { b := kycBody("X"); b["date_of_birth"] = "2999-01-01"; return b }(), field: "date_of_birth"},
				{method: "POST", path: "/v1/kyc/verify", body: func() map[string]any { b := kycBody("X"); b["last_name"] = "   "; return b }(), field: "last_name"},
				{method: "POST", path: "/v1/test_helpers/kyc/" + kycID + "/complete", body: map[string]any{"status": "review"}, badRequest: true, field: "status"},
			} {
				x.auth, x.want, x.wantCode = fullKey, 422, "validation_error"
				c.do(t, x)
			}
			for _, x := range []oaExchange{
				{method: "POST", path: "/v1/api-keys", body: map[string]any{"name": "x", "environment": "prod"}, badRequest: true, field: "environment"},
				{method: "POST", path: "/v1/api-keys", body: map[string]any{"name": "x", "environment": "test", "kind": "master"}, badRequest: true, field: "kind"},
				{method: "POST", path: "/v1/api-keys", body: map[string]any{"name": "x", "environment": "test", "scopes": []string{"root:all"}}, badRequest: true, field: "scopes"},
				{method: "POST", path: "/v1/api-keys", body: map[string]any{"environment": "test"}, badRequest: true, field: "name"},
				{method: "POST", path: "/v1/api-keys", body: map[string]any{"name": "x", "environment": "test", "kind": "restricted"}, field: "scopes"},
				{method: "POST", path: "/v1/api-keys", body: map[string]any{"name": "x", "environment": "test", "kind": "publishable", "scopes": []string{"verification:create"}}, field: "publishable key"},
				{method: "GET", path: "/v1/api-keys?environment=prod", badRequest: true, field: "environment"},
				{method: "PATCH", path: "/v1/api-keys/" + full["id"].(string), body: map[string]any{"expires_at": "tomorrow"}, badRequest: true, field: "expires_at"},
				{method: "PATCH", path: "/v1/api-keys/" + full["id"].(string), body: map[string]any{"secret": "x"}, badRequest: true, field: "secret"},
				{method: "POST", path: "/v1/api-keys/" + full["id"].(string) + "/rotate", body: map[string]any{"grace_period": "soon"}, badRequest: true, field: "grace_period"},
				{method: "POST", path: "/v1/api-keys/" + full["id"].(string) + "/revoke", body: map[string]any{"reason": strings.Repeat("r", 501)}, badRequest: true, field: "reason"},
				{method: "GET", path: "/v1/api-keys/" + full["id"].(string) + "/logs?limit=500", badRequest: true, field: "limit"},
				{method: "GET", path: "/v1/api-keys/" + full["id"].(string) + "/usage?start=yesterday", field: "start"},
				{method: "GET", path: "/v1/api-keys/" + full["id"].(string) + "/usage?granularity=week", badRequest: true, field: "granularity"},
				{method: "GET", path: "/v1/api-keys/" + full["id"].(string) + "/usage?metrics=cost", field: "metrics"},
				{method: "GET", path: "/v1/audit-logs/export?format=xml", badRequest: true, field: "format"},
				{method: "GET", path: "/v1/audit-logs/export?limit=0", badRequest: true, field: "limit"},
			} {
				x.auth, x.want, x.wantCode = session, 422, "validation_error"
				c.do(t, x)
			}
		})

		// DESIGN §5: "validation_error 422 (message names the field)", as the
		// REST body spells it. The key service is shared with GraphQL and
		// names its fields (ipAllowlist, expiresAt, gracePeriod, …);
		// WriteError respells them, so these guard that every such message
		// names the field at all.
		t.Run("422MessagesNameTheRESTField", func(t *testing.T) {
			id := full["id"].(string)
			for _, x := range []oaExchange{
				{method: "POST", path: "/v1/api-keys", body: map[string]any{"name": "x", "environment": "test", "ip_allowlist": []string{"not-an-ip"}}, field: "ip_allowlist"},
				{method: "POST", path: "/v1/api-keys", body: map[string]any{"name": "x", "environment": "test", "expires_at": "2001-01-01T00:00:00Z"}, field: "expires_at"},
				{method: "POST", path: "/v1/api-keys", body: map[string]any{"name": "x", "environment": "test", "currency_type": "gold"}, badRequest: true, field: "currency_type"},
				{method: "POST", path: "/v1/api-keys", body: map[string]any{"name": "x", "environment": "test", "allowed_origins": []string{"https://shop.example"}}, field: "allowed_origins"},
				{method: "POST", path: "/v1/api-keys", body: map[string]any{"name": "x", "environment": "test", "application_id": "app_nope"}, field: "application_id"},
				{method: "PATCH", path: "/v1/api-keys/" + id, body: map[string]any{"ip_allowlist": []string{"not-an-ip"}}, field: "ip_allowlist"},
				{method: "PATCH", path: "/v1/api-keys/" + id, body: map[string]any{"expires_at": "2001-01-01T00:00:00Z"}, field: "expires_at"},
				{method: "POST", path: "/v1/api-keys/" + id + "/rotate", body: map[string]any{"grace_period": "8d"}, field: "grace_period"},
			} {
				x.auth, x.want, x.wantCode = session, 422, "validation_error"
				c.do(t, x)
			}
		})

		t.Run("429", func(t *testing.T) {
			// Document uploads: 10 a minute per key. A fresh key, so that
			// the other budgets are untouched; a window may end during the
			// loop, hence up to 25 tries.
			k := createKey(t, map[string]any{"name": "uploader", "environment": "test"})
			body := map[string]any{"kind": "bank_statement", "filename": "s.pdf", "storage_path": "s/s.pdf", "sha256": strings.Repeat("ab", 32)}
			var limited *http.Response
			for i := 0; i < 25 && limited == nil; i++ {
				res, _ := c.do(t, oaExchange{method: "POST", path: "/v1/verifications/" + caseID + "/documents", auth: "Bearer " + k["key"].(string), body: body, want: -1})
				switch res.StatusCode {
				case 201:
				case 429:
					limited = res
				default:
					t.Fatalf("upload %d: status %d, want 201 or 429", i+1, res.StatusCode)
				}
			}
			if limited == nil {
				t.Fatal("25 document uploads in a row were never rate limited")
			}
			if got := limited.Header.Get("X-RateLimit-Limit"); got != "10" {
				t.Errorf("429 X-RateLimit-Limit = %q, want the document budget 10", got)
			}
			// SDK access tokens: 20 a minute per key.
			k = createKey(t, map[string]any{"name": "sdk minter", "environment": "test"})
			limited = nil
			for i := 0; i < 45 && limited == nil; i++ {
				res, _ := c.do(t, oaExchange{method: "POST", path: "/v1/sdk/access-token", auth: "Bearer " + k["key"].(string), want: -1,
					body: map[string]any{"external_user_id": "u", "redirect_url": sdkCallback}})
				switch res.StatusCode {
				case 201:
				case 429:
					limited = res
				default:
					t.Fatalf("token %d: status %d, want 201 or 429", i+1, res.StatusCode)
				}
			}
			if limited == nil || limited.Header.Get("X-RateLimit-Limit") != "20" {
				t.Fatalf("SDK tokens were not limited at 20 a minute: %v", limited)
			}
			// The public share-token check: 60 a minute per client IP.
			limited = nil
			for i := 0; i < 130 && limited == nil; i++ {
				res, _ := c.do(t, oaExchange{method: "POST", path: "/v1/kyc-share/verify", body: map[string]any{"token": "kbs_share_x"}, want: -1})
				switch res.StatusCode {
				case 404:
				case 429:
					limited = res
				default:
					t.Fatalf("POST /v1/kyc-share/verify: status %d", res.StatusCode)
				}
			}
			if limited == nil || limited.Header.Get("X-RateLimit-Limit") != "60" {
				t.Fatalf("the share-token check was not limited at 60 a minute per IP: %v", limited)
			}
			// The public document: 60 a minute per client IP.
			limited = nil
			for i := 0; i < 130 && limited == nil; i++ {
				res, _ := c.do(t, oaExchange{method: "GET", path: "/v1/openapi.json", want: -1})
				switch res.StatusCode {
				case 200:
					if got := res.Header.Get("X-RateLimit-Limit"); got != "60" {
						t.Fatalf("GET /v1/openapi.json: X-RateLimit-Limit = %q, want 60", got)
					}
				case 429:
					limited = res
				default:
					t.Fatalf("GET /v1/openapi.json: status %d", res.StatusCode)
				}
			}
			if limited == nil {
				t.Fatal("130 GET /v1/openapi.json in a row were never rate limited")
			}
			// The attestation check: its own 60 a minute per client IP, so
			// the document's spent budget above does not refuse it.
			limited = nil
			for i := 0; i < 130 && limited == nil; i++ {
				res, _ := c.do(t, oaExchange{method: "GET", path: "/v1/attestations/verify/" + reportVID, want: -1})
				switch res.StatusCode {
				case 200:
					if got := res.Header.Get("X-RateLimit-Limit"); got != "60" {
						t.Fatalf("GET /v1/attestations/verify: X-RateLimit-Limit = %q, want 60", got)
					}
				case 429:
					if i == 0 {
						t.Fatal("the first attestation check after the document's budget ran out was refused; budgets are per route")
					}
					limited = res
				default:
					t.Fatalf("GET /v1/attestations/verify: status %d", res.StatusCode)
				}
			}
			if limited == nil {
				t.Fatal("130 attestation checks in a row were never rate limited")
			}
		})
	})

	t.Run("RequestIdIsEchoed", func(t *testing.T) {
		res, out := c.do(t, oaExchange{method: "GET", path: "/v1/reports/KBS-VR-NOSUCHCASE", auth: fullKey, want: 404,
			header: http.Header{"X-Request-Id": {"partner-trace-42"}}})
		if got := res.Header.Get("X-Request-Id"); got != "partner-trace-42" {
			t.Errorf("X-Request-Id = %q, want the caller's partner-trace-42", got)
		}
		if got := oaErrorOf(t, out).RequestID; got != "partner-trace-42" {
			t.Errorf("error request_id = %q, want partner-trace-42", got)
		}
	})

	t.Run("ValidatorCatchesDrift", func(t *testing.T) {
		// The checks above are only worth something if a drifted response
		// fails them: replay recorded responses with one thing changed.
		getKey := c.recorded(t, "getApiKey", 200)
		getCase := c.recorded(t, "getVerification", 200)
		notFound := c.recorded(t, "getVerification", 404)
		for _, tc := range []struct {
			name   string
			base   oaRecorded
			mutate func(h http.Header, body map[string]any) int
		}{
			{"SecretLeakedOnGet", getKey, func(_ http.Header, b map[string]any) int { b["key"] = "kbs_test_leaked"; return 200 }},
			{"FieldMissing", getKey, func(_ http.Header, b map[string]any) int { delete(b, "rotation_due_at"); return 200 }},
			{"NullWhereNotNullable", getKey, func(_ http.Header, b map[string]any) int { b["created_at"] = nil; return 200 }},
			{"NotATimestamp", getKey, func(_ http.Header, b map[string]any) int { b["created_at"] = "yesterday"; return 200 }},
			{"UnknownEnumValue", getKey, func(_ http.Header, b map[string]any) int { b["status"] = "paused"; return 200 }},
			{"ExtraField", getCase, func(_ http.Header, b map[string]any) int { b["internal_notes"] = "x"; return 200 }},
			{"NoRequestId", getCase, func(h http.Header, _ map[string]any) int { h.Del("X-Request-Id"); return 200 }},
			{"NoRateLimitHeader", getCase, func(h http.Header, _ map[string]any) int { h.Del("X-RateLimit-Remaining"); return 200 }},
			{"UndocumentedStatus", getCase, func(_ http.Header, _ map[string]any) int { return http.StatusTeapot }},
			{"WrongErrorCode", notFound, func(_ http.Header, b map[string]any) int {
				b["error"].(map[string]any)["code"] = "forbidden"
				return 404
			}},
			{"ErrorWithoutRequestId", notFound, func(_ http.Header, b map[string]any) int {
				delete(b["error"].(map[string]any), "request_id")
				return 404
			}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				h := tc.base.header.Clone()
				body := oaObject(t, tc.base.body)
				status := tc.mutate(h, body)
				b, _ := json.Marshal(body)
				err := c.validateResponse(tc.base.input, status, h, b)
				if err == nil {
					t.Fatalf("a response with %s passed validation", tc.name)
				}
				t.Logf("refused: %.300s", err)
			})
		}
	})

	t.Run("Coverage", func(t *testing.T) {
		// Every operation answered its success status at least once, and
		// every documented error status was provoked somewhere.
		c.mu.Lock()
		defer c.mu.Unlock()
		errorsSeen := map[int]bool{}
		var missing []string
		for path, item := range c.doc.Paths.Map() {
			for method, op := range item.Operations() {
				success := false
				for code := range op.Responses.Map() {
					n, _ := strconv.Atoi(code)
					switch {
					case c.seen[op.OperationID][n] && n < 300:
						success = true
					case c.seen[op.OperationID][n]:
						errorsSeen[n] = true
					case n >= 400:
						missing = append(missing, fmt.Sprintf("%s %s → %d", method, path, n))
					}
				}
				if !success {
					t.Errorf("%s %s (%s): no successful response was validated", method, path, op.OperationID)
				}
			}
		}
		for n := range c.seen["(undocumented)"] {
			errorsSeen[n] = true
		}
		for _, n := range []int{401, 403, 404, 405, 409, 413, 415, 422, 429} {
			if !errorsSeen[n] {
				t.Errorf("no %d response was provoked and validated", n)
			}
		}
		sort.Strings(missing)
		t.Logf("documented error responses not provoked (500s need a failing dependency): %d\n  %s", len(missing), strings.Join(missing, "\n  "))
	})
}

// oaClient sends requests to the server and validates them and their
// responses against the document.
type oaClient struct {
	s      *servertest.Server
	served *openapi3.T // as served
	doc    *openapi3.T // retargeted at the test server
	router routers.Router

	mu        sync.Mutex
	seen      map[string]map[int]bool // operationId -> statuses validated
	exchanges map[string]oaRecorded
}

type oaRecorded struct {
	input  *openapi3filter.RequestValidationInput
	header http.Header
	body   []byte
}

func newOAClient(t *testing.T, s *servertest.Server, raw []byte) *oaClient {
	t.Helper()
	load := func() *openapi3.T {
		loader := openapi3.NewLoader()
		doc, err := loader.LoadFromData(raw)
		if err != nil {
			t.Fatalf("load openapi.json: %v", err)
		}
		if err := doc.Validate(loader.Context); err != nil {
			t.Fatalf("openapi.json does not validate: %v", err)
		}
		return doc
	}
	c := &oaClient{s: s, served: load(), doc: load(), seen: map[string]map[int]bool{}, exchanges: map[string]oaRecorded{}}
	// Route requests to the test server and its mirror (the served
	// document should already name them; DocumentIsValidOpenAPI31 checks).
	c.doc.Servers = openapi3.Servers{{URL: s.URL}, {URL: s.URL + "/api/public"}}
	for _, item := range c.doc.Paths.Map() {
		if len(item.Servers) > 0 {
			item.Servers = openapi3.Servers{{URL: s.URL}}
		}
	}
	router, err := gorillamux.NewRouter(c.doc)
	if err != nil {
		t.Fatalf("router: %v", err)
	}
	c.router = router
	return c
}

// oaExchange is one request and what to expect of it.
type oaExchange struct {
	method, path string
	body         any    // sent as JSON
	raw          []byte // sent as is, instead of body
	contentType  string // default application/json when there is a body
	auth         string // Authorization
	apiKey       string // X-API-Key
	header       http.Header

	want       int    // the status; -1 for any documented one
	wantCode   string // the error code, for errors
	field      string // a word the validation message must contain
	allow      string // the Allow header of a 405
	badRequest bool   // the request breaks the document on purpose: its validation must fail
	// undocumented names the components.responses entry that describes the
	// answer to a request the document has no operation for (unknown path,
	// wrong method).
	undocumented string
}

// do sends x, validates the request (or checks that it is invalid when
// x.badRequest), the status, and the response's headers and body.
func (c *oaClient) do(t *testing.T, x oaExchange) (*http.Response, []byte) {
	t.Helper()
	var payload []byte
	switch {
	case x.raw != nil:
		payload = x.raw
	case x.body != nil:
		b, err := json.Marshal(x.body)
		if err != nil {
			t.Fatal(err)
		}
		payload = b
	}
	name := x.method + " " + x.path
	newRequest := func() *http.Request {
		var body io.Reader
		if payload != nil {
			body = bytes.NewReader(payload)
		}
		req, err := http.NewRequest(x.method, c.s.URL+x.path, body)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range x.header {
			req.Header[k] = v
		}
		if payload != nil {
			ct := x.contentType
			if ct == "" {
				ct = "application/json"
			}
			req.Header.Set("Content-Type", ct)
		}
		if x.auth != "" {
			req.Header.Set("Authorization", x.auth)
		}
		if x.apiKey != "" {
			req.Header.Set("X-API-Key", x.apiKey)
		}
		return req
	}

	// The route in the document, and the request checked against it.
	req := newRequest()
	var input *openapi3filter.RequestValidationInput
	if x.undocumented != "" {
		route, err := c.undocumentedRoute(x.method, x.path, x.undocumented)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, _, err := c.router.FindRoute(req); err == nil {
			t.Fatalf("%s is an operation of the document; expected none", name)
		}
		input = &openapi3filter.RequestValidationInput{Request: req, Route: route}
	} else {
		route, params, err := c.router.FindRoute(req)
		if err != nil {
			t.Fatalf("%s: not an operation of the document: %v", name, err)
		}
		input = &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: oaAuthenticate, MultiError: true}}
		err = openapi3filter.ValidateRequest(context.Background(), input)
		switch {
		case x.badRequest && err == nil:
			t.Errorf("%s: the request is valid by the document, but the test sends it as one the document refuses", name)
		case !x.badRequest && err != nil:
			t.Errorf("%s: the request does not match the document: %v", name, err)
		}
	}

	res, err := c.s.HTTP.Client().Do(newRequest())
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil {
		t.Fatalf("%s: read body: %v", name, err)
	}
	if x.want != -1 && res.StatusCode != x.want {
		t.Fatalf("%s: status %d, want %d; body %s", name, res.StatusCode, x.want, body)
	}
	if res.Header.Get("X-Request-Id") == "" {
		t.Errorf("%s: no X-Request-Id header", name)
	}
	if err := c.validateResponse(input, res.StatusCode, res.Header, body); err != nil {
		t.Errorf("%s: the %d response does not match the document: %v\nbody: %s", name, res.StatusCode, err, oaTruncate(body))
	}
	if res.StatusCode >= 400 && strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		e := oaErrorOf(t, body)
		if x.wantCode != "" && e.Code != x.wantCode {
			t.Errorf("%s: error code %q, want %q (%s)", name, e.Code, x.wantCode, e.Message)
		}
		if e.RequestID != res.Header.Get("X-Request-Id") {
			t.Errorf("%s: error request_id %q differs from X-Request-Id %q", name, e.RequestID, res.Header.Get("X-Request-Id"))
		}
		if x.field != "" && !strings.Contains(e.Message, x.field) {
			t.Errorf("%s: validation message %q does not name %q", name, e.Message, x.field)
		}
	}

	op := "(undocumented)"
	if x.undocumented == "" {
		op = input.Route.Operation.OperationID
	}
	c.mu.Lock()
	if c.seen[op] == nil {
		c.seen[op] = map[int]bool{}
	}
	c.seen[op][res.StatusCode] = true
	c.exchanges[fmt.Sprintf("%s %d", op, res.StatusCode)] = oaRecorded{input: input, header: res.Header.Clone(), body: body}
	c.mu.Unlock()
	return res, body
}

// validateResponse checks a response against the operation of input; an
// undocumented status is an error.
func (c *oaClient) validateResponse(input *openapi3filter.RequestValidationInput, status int, h http.Header, body []byte) error {
	return openapi3filter.ValidateResponse(context.Background(), &openapi3filter.ResponseValidationInput{
		RequestValidationInput: input,
		Status:                 status,
		Header:                 h,
		Body:                   io.NopCloser(bytes.NewReader(body)),
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	})
}

// undocumentedRoute is a stand-in operation whose only response is the named
// component, for a request the document has no operation for.
func (c *oaClient) undocumentedRoute(method, path, response string) (*routers.Route, error) {
	ref := c.doc.Components.Responses[response]
	if ref == nil {
		return nil, fmt.Errorf("components.responses has no %s", response)
	}
	code := map[string]int{"NotFound": 404, "MethodNotAllowed": 405}[response]
	op := openapi3.NewOperation()
	op.Responses = openapi3.NewResponses(openapi3.WithStatus(code, ref))
	return &routers.Route{Spec: c.doc, Server: c.doc.Servers[0], Path: path, Method: method, Operation: op}, nil
}

func (c *oaClient) recorded(t *testing.T, op string, status int) oaRecorded {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.exchanges[fmt.Sprintf("%s %d", op, status)]
	if !ok {
		t.Fatalf("no recorded %d response of %s", status, op)
	}
	return r
}

// operations lists the document's operations as "METHOD /path".
func (c *oaClient) operations() []string {
	var out []string
	for path, item := range c.doc.Paths.Map() {
		for method := range item.Operations() {
			out = append(out, method+" "+path)
		}
	}
	slices.Sort(out)
	return out
}

type oaOperation struct {
	method, path string
}

// operationsWhere lists the document's operations that keep says yes to.
func (c *oaClient) operationsWhere(keep func(*openapi3.Operation) bool) []oaOperation {
	var out []oaOperation
	for path, item := range c.doc.Paths.Map() {
		for method, op := range item.Operations() {
			if keep(op) {
				out = append(out, oaOperation{method, path})
			}
		}
	}
	slices.SortFunc(out, func(a, b oaOperation) int { return strings.Compare(a.path+a.method, b.path+b.method) })
	return out
}

type oaScopedOperation struct {
	method, path, operationID, scope string
}

// scopedOperations lists the operations with an x-required-scope.
func (c *oaClient) scopedOperations() []oaScopedOperation {
	var out []oaScopedOperation
	for path, item := range c.doc.Paths.Map() {
		for method, op := range item.Operations() {
			if sc, _ := op.Extensions["x-required-scope"].(string); sc != "" {
				out = append(out, oaScopedOperation{method, path, op.OperationID, sc})
			}
		}
	}
	slices.SortFunc(out, func(a, b oaScopedOperation) int { return strings.Compare(a.operationID, b.operationID) })
	return out
}

// oaAuthenticate checks that a request carries the credential a security
// scheme describes (the server decides whether it is valid).
func oaAuthenticate(_ context.Context, in *openapi3filter.AuthenticationInput) error {
	r := in.RequestValidationInput.Request
	bearer, isBearer := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	switch in.SecuritySchemeName {
	case "apiKey":
		if isBearer && strings.HasPrefix(bearer, "kbs_") {
			return nil
		}
	case "apiKeyHeader":
		if r.Header.Get("X-API-Key") != "" {
			return nil
		}
	case "portalSession":
		if isBearer && bearer != "" && !strings.HasPrefix(bearer, "kbs_") {
			return nil
		}
	}
	return errors.New("no " + in.SecuritySchemeName + " credential")
}

type oaError struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	RequestID string `json:"request_id"`
}

func oaErrorOf(t *testing.T, body []byte) oaError {
	t.Helper()
	var e struct{ Error oaError }
	oaUnmarshal(t, body, &e)
	return e.Error
}

func oaObject(t *testing.T, body []byte) map[string]any {
	t.Helper()
	var m map[string]any
	oaUnmarshal(t, body, &m)
	return m
}

func oaUnmarshal(t *testing.T, body []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("decode %s: %v", oaTruncate(body), err)
	}
}

func oaTruncate(b []byte) string {
	if len(b) > 2000 {
		return string(b[:2000]) + "…"
	}
	return string(b)
}

// acceptsSession says whether op takes a portal session among its credentials.
func acceptsSession(op *openapi3.Operation) bool {
	if op.Security == nil {
		return false
	}
	for _, req := range *op.Security {
		if _, ok := req["portalSession"]; ok {
			return true
		}
	}
	return false
}

// operationGaps lists what an operation lacks of what every operation must
// have beyond its names (issue 17's OpenAPI quality bar): examples of its
// JSON request and success bodies, and the error responses its kind of
// route can return: credentials can be refused (401, 403), rate limited
// (429) and fail (500); a body can be too large, of the wrong type or
// invalid (413, 415, 422); a secured /v1 path naming a resource can miss
// it (404).
func operationGaps(path string, op *openapi3.Operation) []string {
	var gaps []string
	hasExample := func(m *openapi3.MediaType) bool { return m.Example != nil || len(m.Examples) > 0 }
	if op.RequestBody != nil && op.RequestBody.Value != nil {
		for ct, m := range op.RequestBody.Value.Content {
			if strings.HasSuffix(ct, "json") && !hasExample(m) {
				gaps = append(gaps, "request body "+ct+" has no example")
			}
		}
	}
	success := 0
	for code, r := range op.Responses.Map() {
		if !strings.HasPrefix(code, "2") || r.Value == nil {
			continue
		}
		success++
		for ct, m := range r.Value.Content {
			if strings.HasSuffix(ct, "json") && !hasExample(m) {
				gaps = append(gaps, "response "+code+" "+ct+" has no example")
			}
		}
	}
	if success == 0 {
		gaps = append(gaps, "no success response")
	}
	var want []string
	if op.Security != nil && len(*op.Security) > 0 {
		want = append(want, "401", "403", "429", "500")
		if strings.HasPrefix(path, "/v1/") && strings.Contains(path, "{") {
			want = append(want, "404")
		}
	}
	if op.RequestBody != nil {
		want = append(want, "413", "415", "422")
	}
	for _, code := range want {
		if op.Responses.Value(code) == nil {
			gaps = append(gaps, "no "+code+" response")
		}
	}
	return gaps
}

func TestOperationGaps(t *testing.T) {
	bare := func() *openapi3.Operation {
		op := openapi3.NewOperation()
		op.Responses = openapi3.NewResponses(openapi3.WithStatus(201, &openapi3.ResponseRef{Value: openapi3.NewResponse().
			WithJSONSchema(openapi3.NewObjectSchema())}))
		op.RequestBody = &openapi3.RequestBodyRef{Value: openapi3.NewRequestBody().WithJSONSchema(openapi3.NewObjectSchema())}
		op.Security = &openapi3.SecurityRequirements{{"apiKey": {"verification:create"}}}
		return op
	}
	for _, tc := range []struct {
		name string
		path string
		op   func() *openapi3.Operation
		want []string
	}{
		{"ASecuredPostWithoutExamplesOrErrorsListsEveryGap", "/v1/verifications/{id}/documents", bare, []string{
			"request body application/json has no example", "response 201 application/json has no example",
			"no 401 response", "no 403 response", "no 429 response", "no 500 response", "no 404 response",
			"no 413 response", "no 415 response", "no 422 response"}},
		{"APublicGetNeedsOnlyItsExample", "/r/{verificationId}.json", func() *openapi3.Operation {
			op := bare()
			op.RequestBody, op.Security = nil, &openapi3.SecurityRequirements{}
			return op
		}, []string{"response 201 application/json has no example"}},
		{"AnOperationWithoutSuccessSaysSo", "/v1/x", func() *openapi3.Operation {
			op := openapi3.NewOperation()
			op.Responses = openapi3.NewResponses()
			return op
		}, []string{"no success response"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := operationGaps(tc.path, tc.op())
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("gaps = %q\nwant   %q", got, want)
			}
		})
	}
}
