package graph_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"testing"

	"github.com/keybs/platform/ent/user"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

// TestInputGuard: control characters and duplicate keys are refused at the
// edge, as validation_error naming the field, on both databases (a NUL made
// PostgreSQL fail signUp, logIn, submitKyc and createApplication with
// server_error) — and nothing is stored.
func TestInputGuard(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		owner := s.SignUp(t, "owner@acme.example", "Acme")
		signUp := func(name string) map[string]any {
			return map[string]any{"query": servertest.SignUpMutation, "variables": map[string]any{"input": map[string]any{
				"email": "nul@acme.example", "password": "correct horse battery", "name": name,
				"organizationName": "Nul Co", "industry": "FINTECH", "acceptTerms": true}}}
		}
		for _, tc := range []struct {
			name, token string
			body        any
			field       string
		}{
			{"ANULInSignUp", "", signUp("Ann\x00"), "input.name"},
			{"AnEscapeInSignUp", "", signUp("\x1b[31mAnn"), "input.name"},
			{"ANULInLogIn", "", map[string]any{"query": `mutation($e: String!) { logIn(input: {email: $e, password: "x"}) { accessToken } }`,
				"variables": map[string]any{"e": "ann\x00@acme.example"}}, "e"},
			{"ANULInAnInlineLiteral", owner.AccessToken, map[string]any{"query": "mutation { createApplication(input: {name: \"App\x00\"}) { id } }"}, "query"},
			{"ANULInSubmitKyc", owner.AccessToken, map[string]any{"query": `mutation($i: SubmitKycInput!) { submitKyc(input: $i) { id } }`,
				"variables": map[string]any{"i": map[string]any{"legalName": "Acme\x00", "registrationNumber": "1", "country": "GB",
					"address": "1 Road", "contactName": "Ann", "contactEmail": "ann@acme.example"}}}, "i.legalName"},
		} {
			t.Run(tc.name+"IsInvalid", func(t *testing.T) {
				_, res := postRaw(t, s, tc.token, tc.body)
				e := res.Err(t)
				if e.Code() != "validation_error" || e.Field() != tc.field {
					t.Fatalf("got %+v, want validation_error on %q", e, tc.field)
				}
			})
		}
		t.Run("ADuplicateKeyIsInvalid", func(t *testing.T) {
			_, res := postRaw(t, s, "", rawJSON(`{"query":"{ termsOfService { version } }","query":"{ viewer { id } }"}`))
			if e := res.Err(t); e.Code() != "validation_error" || e.Field() != "query" {
				t.Fatalf("got %+v", e)
			}
		})
		t.Run("AControlCharacterInAGETQueryIsInvalid", func(t *testing.T) {
			res, err := s.HTTP.Client().Get(s.URL + "/graphql?query=" + url.QueryEscape("{ termsOfService { version } }\x00"))
			servertest.Must(t, err)
			defer res.Body.Close()
			var out servertest.Response
			servertest.Must(t, json.NewDecoder(res.Body).Decode(&out))
			if e := out.Err(t); res.StatusCode != http.StatusOK || e.Code() != "validation_error" || e.Field() != "query" {
				t.Fatalf("status %d, error %+v", res.StatusCode, e)
			}
		})
		t.Run("NothingWasStored", func(t *testing.T) {
			if n := s.DB.Client.User.Query().Where(user.Email("nul@acme.example")).CountX(testkit.System()); n != 0 {
				t.Fatalf("%d users stored from refused sign-ups", n)
			}
		})
		t.Run("TabsAndLineBreaksAreText", func(t *testing.T) {
			var data struct{ CreateApplication struct{ ID string } }
			s.GraphQL(t, owner.AccessToken, `mutation($i: ApplicationInput!) { createApplication(input: $i) { id } }`,
				map[string]any{"i": map[string]any{"name": "Multi line", "description": "first line\n\tsecond line\r\n"}}).Decode(t, &data)
		})
	})
}

// rawJSON is a request body sent exactly as written.
func rawJSON(s string) json.RawMessage { return json.RawMessage(s) }
