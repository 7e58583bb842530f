package rest_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

// fuzzTarget is one real server (SQLite) with a signed-up tenant and an API
// key whose budget is lifted so iterations are not rate-limited away. The
// fuzz loops call the server's root handler in-process, middleware included.
type fuzzTarget struct {
	handler http.Handler
	key     string
	api     v1Client
}

// startFuzzTarget builds the target once per fuzz test (servertest.Start
// needs a *testing.T, which a fuzz target only has per iteration).
func startFuzzTarget(f *testing.F) *fuzzTarget {
	f.Helper()
	secret := bytes.Repeat([]byte{7}, 32)
	env := map[string]string{
		"KEYBS_ENV":            "test",
		"KEYBS_DATA_DIR":       f.TempDir(),
		"DATABASE_URL":         "sqlite://" + f.TempDir() + "/keybs.db",
		"KEYBS_JWT_SECRET":     hex.EncodeToString(secret),
		"KEYBS_ENCRYPTION_KEY": hex.EncodeToString(secret),
	}
	log := testkit.DiscardLog()
	cfg, err := server.LoadConfig(func(k string) string { return env[k] }, log)
	if err != nil {
		f.Fatalf("config: %v", err)
	}
	s, err := server.New(context.Background(), cfg, log)
	if err != nil {
		f.Fatalf("start server: %v", err)
	}
	ts := httptest.NewServer(s.Handler())
	f.Cleanup(func() {
		ts.Close()
		_ = s.Close()
	})
	api := v1Client{base: ts.URL, client: ts.Client()}

	gql, _ := json.Marshal(map[string]any{"query": servertest.SignUpMutation, "variables": map[string]any{"input": map[string]any{
		"email": "fuzz@acme.example", "password": "correct horse battery", "name": "Fuzz",
		"organizationName": "Fuzz", "industry": "FINTECH", "acceptTerms": true,
	}}})
	res := api.do(f, v1Request{Method: "POST", Path: "/graphql", Body: gql})
	var signUp struct {
		Data struct{ SignUp servertest.Session }
	}
	if err := json.Unmarshal(res.Body, &signUp); err != nil || signUp.Data.SignUp.AccessToken == "" {
		f.Fatalf("sign up: %s", res)
	}
	obj := api.do(f, v1Request{Method: "POST", Path: "/v1/api-keys", Key: signUp.Data.SignUp.AccessToken,
		Body: map[string]any{"name": "fuzz", "environment": "test"}}).wantOK(f, http.StatusCreated)
	key, _ := obj["key"].(string)
	if err := s.DB.Client.APIKey.Update().SetRateLimitPerMinute(1 << 30).
		Exec(testkit.System()); err != nil {
		f.Fatal(err)
	}
	return &fuzzTarget{handler: s.Handler(), key: key, api: api}
}

// serve runs one request through the handler and checks the invariants every
// response keeps: never a 5xx, always JSON, and an error is the envelope.
func (ft *fuzzTarget) serve(t *testing.T, r *http.Request) {
	t.Helper()
	r.RemoteAddr = "127.0.0.1:40000"
	r.Header.Set("Authorization", "Bearer "+ft.key)
	rec := httptest.NewRecorder()
	ft.handler.ServeHTTP(rec, r)
	res := v1Response{Status: rec.Code, Header: rec.Header(), Body: rec.Body.Bytes()}
	if res.Status >= 500 {
		t.Fatalf("%s %s?%s: %s", r.Method, r.URL.Path, r.URL.RawQuery, res)
	}
	if res.Status >= 400 {
		var env struct {
			Error struct{ Code, Message, RequestID string } `json:"error"`
		}
		if err := json.Unmarshal(res.Body, &env); err != nil || env.Error.Code == "" || env.Error.Message == "" {
			t.Fatalf("%s %s?%s: HTTP %d body is not the error envelope: %s", r.Method, r.URL.Path, r.URL.RawQuery, res.Status, res.Body)
		}
	} else if !json.Valid(res.Body) {
		t.Fatalf("HTTP %d body is not JSON: %s", res.Status, res.Body)
	}
}

// FuzzCreateVerificationBody: any bytes as the POST /v1/verifications body
// give a 2xx or a 4xx in the envelope, never a 5xx.
func FuzzCreateVerificationBody(f *testing.F) {
	ft := startFuzzTarget(f)
	for _, seed := range []string{
		`{"supplier_name":"Acme Trading Co.","country_code":"IN","tier":"tier2","package":"standard","contact_email":"ops@acme.example","client_reference":"PO-1"}`,
		`{"supplier_name":"Acme","country_code":"in","tier":"TIER1","package":"basic","contact_email":"a@b.co"}`,
		`{"supplier_name":"` + strings.Repeat("ü", 200) + `","country_code":"IN","tier":"tier2","package":"standard","contact_email":"a@b.co"}`,
		`{"supplier_name":"Acme\u0000","country_code":"IN","tier":"tier2","package":"standard","contact_email":"a@b.co"}`,
		`{"supplier_name":"\ud800","country_code":"IN","tier":"tier2","package":"standard","contact_email":"a@b.co"}`,
		`{"supplier_name":42}`, `{"foo":1}`, `[]`, `"x"`, `null`, `{}`, `{}{}`, `{`, ``, "\xff\xfe", `{"client_reference":{}}`,
		`{"supplier_name":"A","supplier_name":"B"}`, strings.Repeat("[", 20000),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		r, err := http.NewRequest(http.MethodPost, "/v1/verifications", bytes.NewReader(body))
		if err != nil {
			t.Skip()
		}
		r.Header.Set("Content-Type", "application/json")
		ft.serve(t, r)
	})
}

// FuzzListQuery: any raw query string on GET /v1/verifications (status,
// limit, cursor, or junk) gives a 200 or a 4xx in the envelope, never a 5xx.
func FuzzListQuery(f *testing.F) {
	ft := startFuzzTarget(f)
	page := ft.api.listCases(f, ft.key, "/v1/verifications?limit=2")
	approved := ft.api.listCases(f, ft.key, "/v1/verifications?status=approved&limit=1")
	if page.NextCursor == nil || approved.NextCursor == nil {
		f.Fatal("the demo data should give a second page")
	}
	for _, seed := range []string{
		"", "status=approved", "status=APPROVED", "status=bogus", "status=%00", "status=%FF",
		"limit=2", "limit=200", "limit=201", "limit=0", "limit=-1", "limit=abc", "limit=1e3", "limit=99999999999999999999",
		"limit=2&cursor=" + *page.NextCursor, "status=approved&limit=1&cursor=" + *approved.NextCursor,
		"cursor=" + *approved.NextCursor, "cursor=" + tamper(*page.NextCursor), "cursor=%FF%FE", "cursor=" + strings.Repeat("A", 2000),
		"limit=2&limit=3", "status=approved&status=declined", ";;;&&&===", "%zz", "cursor=eyJ0IjoieCJ9",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		r := &http.Request{
			Method: http.MethodGet, URL: &url.URL{Path: "/v1/verifications", RawQuery: raw},
			Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: http.Header{}, Body: http.NoBody, Host: "api.test",
		}
		ft.serve(t, r)
	})
}
