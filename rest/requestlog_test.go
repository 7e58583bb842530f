package rest_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// The request log keeps each call's bodies for its detail view, redacted by
// internal/redact before they are stored, and only for the caller's tenant.
func TestRequestLogBodies(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		tok := s.SignUp(t, "owner@bodies.example", "Bodies Co").AccessToken
		other := s.SignUp(t, "owner@elsewhere.example", "Elsewhere Co").AccessToken

		type row struct {
			Status                int
			ErrorCode             string
			RequestBody           string
			RequestBodyTruncated  bool
			ResponseBody          string
			ResponseBodyTruncated bool
		}
		const detail = `query($r: String!) { requestLogs(first: 1, where: {requestID: $r}) { edges { node {
			status errorCode requestBody requestBodyTruncated responseBody responseBodyTruncated } } } }`
		find := func(t *testing.T, token, requestID string) []row {
			t.Helper()
			var data struct {
				RequestLogs struct{ Edges []struct{ Node row } }
			}
			s.GraphQL(t, token, detail, map[string]any{"r": requestID}).Decode(t, &data)
			var out []row
			for _, e := range data.RequestLogs.Edges {
				out = append(out, e.Node)
			}
			return out
		}
		// waitFor polls until the batched writer has stored the call.
		waitFor := func(t *testing.T, requestID string) row {
			t.Helper()
			for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
				if rows := find(t, tok, requestID); len(rows) == 1 {
					return rows[0]
				}
				if time.Now().After(deadline) {
					t.Fatalf("request %s is not in the request log 5 s later", requestID)
				}
			}
		}

		gone := createRESTKey(t, s, tok, `{"name":"Revoked and tried","environment":"test"}`)
		keysDo(t, s, keysReq{method: "POST", path: "/v1/api-keys/" + gone.ID + "/revoke", token: tok}).decodeInto(t, http.StatusOK, &restKey{})

		t.Run("ARefusedCallKeepsBothBodiesRedacted", func(t *testing.T) {
			body := `{"supplier_name":"Acme GmbH","contact_email":"ops@acme.example","country_code":"DE"}`
			keysDo(t, s, keysReq{method: "POST", path: "/v1/verifications", token: gone.Key, body: body,
				header: map[string]string{"X-Request-Id": "req_refused_bodies"}}).wantError(t, http.StatusUnauthorized, "unauthorized")
			got := waitFor(t, "req_refused_bodies")
			if got.Status != 401 || got.ErrorCode != "unauthorized" {
				t.Fatalf("row %+v", got)
			}
			if want := `{"supplier_name":"[REDACTED]","contact_email":"[REDACTED]","country_code":"DE"}`; got.RequestBody != want {
				t.Fatalf("request body %q, want %q", got.RequestBody, want)
			}
			if !strings.Contains(got.ResponseBody, `"code":"unauthorized"`) || !strings.Contains(got.ResponseBody, `"request_id":"req_refused_bodies"`) {
				t.Fatalf("response body %q, want the error envelope", got.ResponseBody)
			}
			if strings.Contains(got.RequestBody+got.ResponseBody, "acme") || got.RequestBodyTruncated || got.ResponseBodyTruncated {
				t.Fatalf("row %+v leaks or is cut short", got)
			}
		})
		t.Run("ANewKeysSecretIsNeverStored", func(t *testing.T) {
			res := keysDo(t, s, keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"Logged key","environment":"test"}`,
				header: map[string]string{"X-Request-Id": "req_new_key_bodies"}})
			var k restKey
			res.decodeInto(t, http.StatusCreated, &k)
			got := waitFor(t, "req_new_key_bodies")
			if k.Key == "" || strings.Contains(got.ResponseBody, k.Key) || !strings.Contains(got.ResponseBody, `"key":"[REDACTED]"`) {
				t.Fatalf("response body %q for key %q", got.ResponseBody, k.Key)
			}
			if !strings.Contains(got.RequestBody, `"environment":"test"`) {
				t.Fatalf("request body %q", got.RequestBody)
			}
		})
		t.Run("AnotherTenantCannotFindTheCall", func(t *testing.T) {
			waitFor(t, "req_refused_bodies")
			if rows := find(t, other, "req_refused_bodies"); len(rows) != 0 {
				t.Fatalf("another tenant sees %+v", rows)
			}
		})
	})
}
