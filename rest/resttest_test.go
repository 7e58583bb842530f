package rest_test

// Shared helpers for the seed-002 partner-contract tests: a server with a
// signed-up tenant, API keys made through POST /v1/api-keys, a small HTTP
// client that records status, headers and body, and assertions on the error
// envelope. Every identifier here is prefixed or a method so it cannot clash
// with helpers of other test files in package rest_test.

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/tenant"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/rest"
	"github.com/keybs/platform/server/servertest"
)

// v1Request is one call to /v1.
type v1Request struct {
	Method string
	Path   string // with any query string
	// Body is nil (no body), a string or []byte (sent verbatim), an io.Reader
	// (sent chunked, length unknown) or any other value (JSON-encoded).
	Body any
	// ContentType defaults to application/json when there is a body; "-"
	// sends none.
	ContentType string
	// Key is sent as "Authorization: Bearer <Key>" (an API key or a JWT).
	Key    string
	Header map[string]string
}

// v1Response is what came back.
type v1Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// v1Client speaks to one base URL.
type v1Client struct {
	base   string
	client *http.Client
}

func (c v1Client) send(req v1Request) (v1Response, error) {
	var body io.Reader
	switch b := req.Body.(type) {
	case nil:
	case string:
		body = strings.NewReader(b)
	case []byte:
		body = bytes.NewReader(b)
	case io.Reader:
		body = b
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			return v1Response{}, err
		}
		body = bytes.NewReader(raw)
	}
	method := req.Method
	if method == "" {
		method = http.MethodGet
	}
	r, err := http.NewRequest(method, c.base+req.Path, body)
	if err != nil {
		return v1Response{}, err
	}
	switch {
	case req.ContentType == "-":
	case req.ContentType != "":
		r.Header.Set("Content-Type", req.ContentType)
	case body != nil:
		r.Header.Set("Content-Type", "application/json")
	}
	if req.Key != "" {
		r.Header.Set("Authorization", "Bearer "+req.Key)
	}
	for k, v := range req.Header {
		r.Header.Set(k, v)
	}
	res, err := c.client.Do(r)
	if err != nil {
		return v1Response{}, err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return v1Response{}, err
	}
	return v1Response{Status: res.StatusCode, Header: res.Header, Body: raw}, nil
}

// do sends req and fails the test on a transport error.
func (c v1Client) do(t testing.TB, req v1Request) v1Response {
	t.Helper()
	res, err := c.send(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.Path, err)
	}
	return res
}

func (r v1Response) String() string {
	return fmt.Sprintf("HTTP %d %s", r.Status, bytes.TrimSpace(r.Body))
}

// object decodes the body as one JSON object.
func (r v1Response) object(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatalf("body is not a JSON object: %v (%s)", err, r)
	}
	return m
}

// wantStatus fails the test unless the status is want.
func (r v1Response) wantStatus(t testing.TB, want int) {
	t.Helper()
	if r.Status != want {
		t.Fatalf("status = %d, want %d; body %s", r.Status, want, bytes.TrimSpace(r.Body))
	}
}

// wantOK asserts status want and a JSON content type, and returns the object.
func (r v1Response) wantOK(t testing.TB, want int) map[string]any {
	t.Helper()
	r.wantStatus(t, want)
	contractWantJSONContentType(t, r.Header)
	return r.object(t)
}

// v1Envelope is the seed-002 error body.
type v1Envelope struct {
	Code      string
	Message   string
	RequestID string
}

// wantError asserts that the response is the error envelope with status and
// code: a JSON content type, a body of exactly {"error":{"code","message",
// "request_id"}} with no other key at either level, and a request_id equal to
// the X-Request-Id header. It returns the envelope.
func (r v1Response) wantError(t testing.TB, status int, code string) v1Envelope {
	t.Helper()
	if r.Status != status {
		t.Fatalf("status = %d, want %d (%s); body %s", r.Status, status, code, bytes.TrimSpace(r.Body))
	}
	contractWantJSONContentType(t, r.Header)
	var outer map[string]json.RawMessage
	if err := json.Unmarshal(r.Body, &outer); err != nil {
		t.Fatalf("error body is not a JSON object: %v (%s)", err, r)
	}
	contractWantKeys(t, "error body", keysOf(outer), "error")
	var inner map[string]any
	if err := json.Unmarshal(outer["error"], &inner); err != nil {
		t.Fatalf(`"error" is not an object: %v (%s)`, err, r)
	}
	contractWantKeys(t, `"error"`, keysOf(inner), "code", "message", "request_id")
	var env v1Envelope
	var ok1, ok2, ok3 bool
	env.Code, ok1 = inner["code"].(string)
	env.Message, ok2 = inner["message"].(string)
	env.RequestID, ok3 = inner["request_id"].(string)
	if !ok1 || !ok2 || !ok3 {
		t.Fatalf("code, message and request_id must be strings: %s", r)
	}
	if env.Code != code {
		t.Errorf("error.code = %q, want %q (message %q)", env.Code, code, env.Message)
	}
	if env.Message == "" {
		t.Errorf("error.message is empty")
	}
	if hdr := r.Header.Get("X-Request-Id"); env.RequestID == "" || env.RequestID != hdr {
		t.Errorf("error.request_id = %q, X-Request-Id header = %q; want equal and non-empty", env.RequestID, hdr)
	}
	return env
}

// wantRateLimitHeaders asserts the X-RateLimit-* headers are present (and
// numeric) or absent.
func (r v1Response) wantRateLimitHeaders(t testing.TB, present bool) {
	t.Helper()
	for _, h := range []string{"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} {
		v := r.Header.Get(h)
		switch {
		case present && v == "":
			t.Errorf("%s missing on HTTP %d", h, r.Status)
		case present:
			if _, err := strconv.ParseInt(v, 10, 64); err != nil {
				t.Errorf("%s = %q, want an integer", h, v)
			}
		case v != "":
			t.Errorf("%s = %q on HTTP %d, want absent", h, v, r.Status)
		}
	}
}

// headerInt reads a numeric header.
func (r v1Response) headerInt(t testing.TB, name string) int {
	t.Helper()
	v := r.Header.Get(name)
	n, err := strconv.Atoi(v)
	if err != nil {
		t.Fatalf("%s = %q, want an integer (%s)", name, v, r)
	}
	return n
}

func contractWantJSONContentType(t testing.TB, h http.Header) {
	t.Helper()
	if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
}

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// contractWantKeys asserts that got holds exactly the keys want.
func contractWantKeys(t testing.TB, what string, got []string, want ...string) {
	t.Helper()
	want = slices.Clone(want)
	sort.Strings(want)
	got = slices.Clone(got)
	sort.Strings(got)
	if !slices.Equal(got, want) {
		t.Errorf("%s has keys %v, want exactly %v", what, got, want)
	}
}

// contractWantObjectKeys asserts that v is a JSON object with exactly keys and
// returns it.
func contractWantObjectKeys(t testing.TB, what string, v any, keys ...string) map[string]any {
	t.Helper()
	m, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("%s = %#v, want an object", what, v)
	}
	contractWantKeys(t, what, keysOf(m), keys...)
	return m
}

// contractServer is a real server (servertest) with one signed-up tenant.
type contractServer struct {
	*servertest.Server
	api   v1Client
	Owner servertest.Session
}

// startContract starts a server on dbURL and signs up owner@acme.example.
func startContract(t *testing.T, dbURL string) *contractServer {
	t.Helper()
	s := servertest.Start(t, dbURL)
	cs := &contractServer{Server: s, api: v1Client{base: s.URL, client: s.HTTP.Client()}}
	cs.Owner = s.SignUp(t, "owner@acme.example", "Acme")
	return cs
}

// createdKey is the useful part of a POST /v1/api-keys response.
type createdKey struct {
	ID     string
	Secret string
}

// mustKey creates an API key with the portal session jwt; body is the POST
// /v1/api-keys body (name and environment default to "k" and "test").
func (cs *contractServer) mustKey(t testing.TB, jwt string, body map[string]any) createdKey {
	t.Helper()
	b := map[string]any{"name": "k", "environment": "test"}
	for k, v := range body {
		b[k] = v
	}
	res := cs.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/api-keys", Key: jwt, Body: b})
	obj := res.wantOK(t, http.StatusCreated)
	id, _ := obj["id"].(string)
	secret, _ := obj["key"].(string)
	if id == "" || secret == "" {
		t.Fatalf("POST /v1/api-keys: no id or key in %s", res)
	}
	return createdKey{ID: id, Secret: secret}
}

// mustTestKey is a secret TEST key of the owner's tenant with every scope.
func (cs *contractServer) mustTestKey(t testing.TB) createdKey {
	t.Helper()
	return cs.mustKey(t, cs.Owner.AccessToken, nil)
}

// mustRestrictedKey is a restricted TEST key with only scopes.
func (cs *contractServer) mustRestrictedKey(t testing.TB, scopes ...string) createdKey {
	t.Helper()
	return cs.mustKey(t, cs.Owner.AccessToken, map[string]any{"kind": "restricted", "scopes": scopes})
}

// mustLiveKey makes the tenant eligible for live keys (KYC verified, default
// application approved, as an operator would) and creates a secret LIVE key.
func (cs *contractServer) mustLiveKey(t testing.TB, sess servertest.Session) createdKey {
	t.Helper()
	ctx := testkit.System()
	if err := cs.DB.Client.Tenant.UpdateOneID(sess.TenantID).SetKycStatus(tenant.KycStatusVERIFIED).Exec(ctx); err != nil {
		t.Fatalf("verify KYC: %v", err)
	}
	if err := cs.DB.Client.Application.Update().
		Where(entapp.TenantID(sess.TenantID), entapp.IsDefault(true)).
		SetStatus(entapp.StatusAPPROVED).Exec(ctx); err != nil {
		t.Fatalf("approve application: %v", err)
	}
	return cs.mustKey(t, sess.AccessToken, map[string]any{"environment": "live"})
}

// updateKey changes a key row directly (privacy allowed), to simulate an
// operator or the passage of time.
func (cs *contractServer) updateKey(t testing.TB, id string, set func(*ent.APIKeyUpdateOne)) {
	t.Helper()
	u := cs.DB.Client.APIKey.UpdateOneID(id)
	set(u)
	if err := u.Exec(testkit.System()); err != nil {
		t.Fatalf("update key %s: %v", id, err)
	}
}

// setDefaultAppAllowlist sets the IP allowlist of a tenant's default
// application.
func (cs *contractServer) setDefaultAppAllowlist(t testing.TB, tenantID string, cidrs []string) {
	t.Helper()
	if err := cs.DB.Client.Application.Update().
		Where(entapp.TenantID(tenantID), entapp.IsDefault(true)).
		SetIPAllowlist(cidrs).Exec(testkit.System()); err != nil {
		t.Fatalf("set application allowlist: %v", err)
	}
}

// v1Case is a case as the list returns it.
type v1Case struct {
	ID             string `json:"id"`
	VerificationID string `json:"verification_id"`
	Status         string `json:"status"`
	Supplier       struct {
		Name        string `json:"name"`
		CountryCode string `json:"country_code"`
		Tier        string `json:"tier"`
	} `json:"supplier"`
}

// v1CasePage is one GET /v1/verifications page.
type v1CasePage struct {
	Data       []v1Case `json:"data"`
	NextCursor *string  `json:"next_cursor"`
}

// listCases GETs path (a /v1/verifications URL) and decodes the page.
func (c v1Client) listCases(t testing.TB, key, path string) v1CasePage {
	t.Helper()
	res := c.do(t, v1Request{Path: path, Key: key})
	res.wantStatus(t, http.StatusOK)
	var p v1CasePage
	if err := json.Unmarshal(res.Body, &p); err != nil {
		t.Fatalf("decode page: %v (%s)", err, res)
	}
	return p
}

// demoCase finds the demo case of supplier name prefix in a key's listing.
func (c v1Client) demoCase(t testing.TB, key, supplierPrefix string) v1Case {
	t.Helper()
	for _, vc := range c.listCases(t, key, "/v1/verifications?limit=200").Data {
		if strings.HasPrefix(vc.Supplier.Name, supplierPrefix) {
			return vc
		}
	}
	t.Fatalf("no case of %q in the listing", supplierPrefix)
	return v1Case{}
}

// clockedV1 is the /v1 handler built exactly as server.New builds it, over
// the same database as cs, but with a frozen clock for the rate limiter (and
// report status), so per-minute windows never roll over mid-test. Requests get
// a request id and the socket peer as client IP, as the server's middleware
// gives them.
type clockedV1 struct {
	api   v1Client
	clock *testkit.Clock
}

// newClockedV1 builds the handler; limiter may be nil for a fresh in-memory
// store.
func (cs *contractServer) newClockedV1(t *testing.T, limiter ratelimit.Store) *clockedV1 {
	t.Helper()
	// The middle of a minute: a fixed-window limiter's window is the minute.
	clock := testkit.NewClock(time.Now().Truncate(time.Minute).Add(30 * time.Second))
	log := servertest.Logger(t)
	cursorKey := sha256.Sum256([]byte("clocked test cursors"))
	if limiter == nil {
		limiter = ratelimit.NewMemory()
	}
	h := cs.Chain.Middleware(rest.Accepts, rest.NewHandler(rest.Deps{
		Log:           log,
		Keys:          cs.Keys,
		Verifications: verification.NewService(cs.DB.Client, cs.Bus, time.Now, cursorKey[:], "http://verify.test"),
		Limiter:       limiter,
		Now:           clock.Now,
	}))
	var n atomic.Int64
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := fmt.Sprintf("req_clocked_%d", n.Add(1))
		w.Header().Set("X-Request-Id", id)
		host, _, _ := net.SplitHostPort(r.RemoteAddr)
		ctx := requestinfo.NewContext(r.Context(), requestinfo.Info{RequestID: id, ClientIP: host, UserAgent: r.UserAgent()})
		h.ServeHTTP(w, r.WithContext(ctx))
	}))
	t.Cleanup(func() {
		ts.Close()
	})
	return &clockedV1{api: v1Client{base: ts.URL, client: ts.Client()}, clock: clock}
}
