package sdkpage_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/sdktoken"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/bearertoken"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

const callback = "https://shop.example/verification-complete"

// flow is a running server with a tenant whose application has callback
// URLs, a secret TEST key, and a loopback webhook receiver.
type flow struct {
	s       *servertest.Server
	owner   servertest.Session
	key     string
	hooks   chan map[string]any
	browser *http.Client // follows no redirects, like a test of where they lead
}

func newFlow(t *testing.T, dbURL string) *flow {
	t.Helper()
	s := servertest.Start(t, dbURL, servertest.AllowPrivateWebhooks)
	f := &flow{s: s, hooks: make(chan map[string]any, 64)}
	f.owner = s.SignUp(t, "owner@acme.example", "Acme")
	if err := s.DB.Client.Application.Update().Where(entapp.TenantID(f.owner.TenantID), entapp.IsDefault(true)).
		SetCallbackUrls([]string{callback}).Exec(testkit.System()); err != nil {
		t.Fatal(err)
	}
	f.key = f.post(t, "/v1/api-keys", "Bearer "+f.owner.AccessToken, map[string]any{"name": "server", "environment": "test"}, 201)["key"].(string)

	receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body map[string]any
		_ = json.NewDecoder(r.Body).Decode(&body)
		select {
		case f.hooks <- body:
		default:
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(receiver.Close)
	s.GraphQL(t, f.owner.AccessToken, `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
		map[string]any{"input": map[string]any{"url": receiver.URL + "/hooks", "environment": "TEST", "eventTypes": []string{"verification.submitted"}}}).
		Decode(t, &map[string]any{})

	jar := *s.HTTP.Client()
	jar.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	f.browser = &jar
	return f
}

func (f *flow) post(t *testing.T, path, auth string, body any, want int) map[string]any {
	t.Helper()
	raw, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, f.s.URL+path, bytes.NewReader(raw))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", auth)
	res, err := f.s.HTTP.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	out, _ := io.ReadAll(res.Body)
	if res.StatusCode != want {
		t.Fatalf("POST %s: %d %s, want %d", path, res.StatusCode, out, want)
	}
	var m map[string]any
	_ = json.Unmarshal(out, &m)
	return m
}

// mint gets an SDK access token and returns the path of its page.
func (f *flow) mint(t *testing.T, body map[string]any) string {
	t.Helper()
	b := map[string]any{"external_user_id": "user_12345", "email": "user@example.com", "flow_name": "default", "redirect_url": callback + "?state=s1"}
	for k, v := range body {
		b[k] = v
	}
	u, err := url.Parse(f.post(t, "/v1/sdk/access-token", "Bearer "+f.key, b, 201)["sdk_url"].(string))
	if err != nil {
		t.Fatal(err)
	}
	return u.Path
}

type page struct {
	status int
	header http.Header
	body   string
}

func (f *flow) get(t *testing.T, path string) page {
	t.Helper()
	return f.do(t, http.MethodGet, path, nil, nil)
}

func (f *flow) do(t *testing.T, method, path string, form url.Values, header map[string]string) page {
	t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, _ := http.NewRequest(method, f.s.URL+path, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", f.s.URL) // a browser posting the page's own form
		req.Header.Set("Sec-Fetch-Site", "same-origin")
	}
	for k, v := range header {
		if v == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, v)
		}
	}
	res, err := f.browser.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	p := page{status: res.StatusCode, header: res.Header, body: string(raw)}
	if strings.Contains(p.body, "goroutine") || strings.Contains(p.body, "panic") || strings.Contains(p.body, `{"error"`) {
		t.Fatalf("%s %s answered a stack trace or an error envelope: %s", method, path, p.body)
	}
	return p
}

var formToken = regexp.MustCompile(`name="form_token" value="([^"]+)"`)

// fill is the form as a user completes it, with the page's form token.
func fill(t *testing.T, p page) url.Values {
	t.Helper()
	m := formToken.FindStringSubmatch(p.body)
	if m == nil {
		t.Fatalf("no form token in the page: %s", p.body)
	}
	return url.Values{"form_token": {m[1]}, "supplier_name": {"Acme Trading Co."}, "country_code": {"IN"},
		"contact_email": {"ops@acme.example"}, "document_kind": {"trade_license"}, "document_filename": {"licence.pdf"},
		"document_storage_path": {"acme/licence.pdf"}, "document_sha256": {strings.Repeat("9a", 32)}}
}

func wantPage(t *testing.T, p page, status int, text string) {
	t.Helper()
	if p.status != status || !strings.Contains(p.body, text) {
		t.Fatalf("status %d, want %d with %q; body %s", p.status, status, text, p.body)
	}
	if ct := p.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Fatalf("Content-Type %q, want HTML", ct)
	}
	csp := p.header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "frame-ancestors *", "base-uri 'none'", "style-src 'nonce-"} {
		if !strings.Contains(csp, want) {
			t.Fatalf("Content-Security-Policy %q lacks %q", csp, want)
		}
	}
	if p.header.Get("Referrer-Policy") != "no-referrer" || p.header.Get("Cache-Control") != "no-store" || p.header.Get("X-Frame-Options") != "" {
		t.Fatalf("headers %v", p.header)
	}
}

func TestHostedPage(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		f := newFlow(t, dbURL)

		t.Run("AUserSubmitsAndIsSentBackWithTheVerificationID", func(t *testing.T) {
			path := f.mint(t, nil)
			form := f.get(t, path)
			wantPage(t, form, http.StatusOK, "Verify your company")
			if !strings.Contains(form.body, `value="user@example.com"`) || !strings.Contains(form.body, "Sandbox") {
				t.Errorf("the form is not prefilled or not marked as sandbox: %s", form.body)
			}
			if csp := form.header.Get("Content-Security-Policy"); !strings.Contains(csp, "form-action 'self' https://shop.example") {
				t.Errorf("the form may not post to itself and redirect to the partner: %q", csp)
			}
			res := f.do(t, http.MethodPost, path, fill(t, form), nil)
			if res.status != http.StatusSeeOther {
				t.Fatalf("submit: %d %s", res.status, res.body)
			}
			loc, err := url.Parse(res.header.Get("Location"))
			if err != nil || loc.Scheme+"://"+loc.Host+loc.Path != callback || loc.Query().Get("state") != "s1" {
				t.Fatalf("redirected to %q", res.header.Get("Location"))
			}
			vid := loc.Query().Get("verification_id")
			c, err := f.s.DB.Client.VerificationCase.Query().Where(verificationcase.VerificationID(vid)).WithDocuments().Only(testkit.System())
			if err != nil {
				t.Fatalf("no case %q: %v", vid, err)
			}
			if c.TenantID != f.owner.TenantID || c.CreatedVia != verificationcase.CreatedViaSDK || *c.ClientReference != "user_12345" ||
				c.SupplierName != "Acme Trading Co." || len(c.Edges.Documents) != 1 || c.Edges.Documents[0].Filename != "licence.pdf" {
				t.Fatalf("case %+v, documents %v", c, c.Edges.Documents)
			}
			deadline := time.After(20 * time.Second)
			for {
				select {
				case hook := <-f.hooks:
					if hook["event_type"] == "verification.submitted" && hook["verification_id"] == vid {
						goto delivered
					}
				case <-deadline:
					t.Fatal("no verification.submitted webhook for the case within 20s")
				}
			}
		delivered:
			// The link is spent: its page and a second submission say so.
			wantPage(t, f.get(t, path), http.StatusGone, "already been used")
			wantPage(t, f.do(t, http.MethodPost, path, fill(t, form), nil), http.StatusGone, "already been used")
		})

		t.Run("AnInvalidSubmissionShowsTheFormAgainAndSpendsNothing", func(t *testing.T) {
			path := f.mint(t, nil)
			form := f.get(t, path)
			bad := fill(t, form)
			bad.Set("document_sha256", "not-a-hash")
			bad.Set("supplier_name", "Kept & <Escaped>")
			again := f.do(t, http.MethodPost, path, bad, nil)
			wantPage(t, again, http.StatusUnprocessableEntity, "SHA-256 checksum must be 64 hexadecimal characters")
			if !strings.Contains(again.body, "Kept &amp; &lt;Escaped&gt;") || strings.Contains(again.body, "<Escaped>") {
				t.Errorf("what the user typed is not shown back escaped: %s", again.body)
			}
			if res := f.do(t, http.MethodPost, path, fill(t, again), nil); res.status != http.StatusSeeOther {
				t.Fatalf("the corrected submission: %d %s", res.status, res.body)
			}
		})

		t.Run("AForgedOrCrossSiteSubmissionIsRefused", func(t *testing.T) {
			path := f.mint(t, nil)
			form := fill(t, f.get(t, path))
			forged := url.Values{}
			for k, v := range form {
				forged[k] = v
			}
			forged.Set("form_token", "forged")
			wantPage(t, f.do(t, http.MethodPost, path, forged, nil), http.StatusForbidden, "not sent from this page")
			wantPage(t, f.do(t, http.MethodPost, path, url.Values{"supplier_name": {"x"}}, nil), http.StatusForbidden, "not sent from this page")
			wantPage(t, f.do(t, http.MethodPost, path, form, map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": ""}), http.StatusForbidden, "not sent from this page")
			wantPage(t, f.do(t, http.MethodPost, path, form, map[string]string{"Sec-Fetch-Site": "cross-site"}), http.StatusForbidden, "not sent from this page")
			// None of these spent the token.
			if res := f.do(t, http.MethodPost, path, form, nil); res.status != http.StatusSeeOther {
				t.Fatalf("the genuine submission after the forged ones: %d %s", res.status, res.body)
			}
		})

		t.Run("UnknownAndExpiredLinksGetClearPages", func(t *testing.T) {
			other, _ := bearertoken.Generate("kbs_sdk_")
			for _, p := range []string{"/sdk/" + other.Plain, "/sdk/kbs_sdk_short", "/sdk/" + f.key, "/sdk/%3Cscript%3E"} {
				wantPage(t, f.get(t, p), http.StatusNotFound, "This link is not valid")
			}
			path := f.mint(t, nil)
			token := strings.TrimPrefix(path, "/sdk/")
			row := f.s.DB.Client.SDKToken.Query().Where(sdktoken.TokenHash(bearertoken.Hash(token))).OnlyX(testkit.System())
			q := "UPDATE sdk_tokens SET expires_at = ? WHERE id = ?"
			if f.s.DB.Dialect == "postgres" {
				q = "UPDATE sdk_tokens SET expires_at = $1 WHERE id = $2"
			}
			if _, err := f.s.DB.SQL.Exec(q, time.Now().Add(-time.Second), row.ID); err != nil {
				t.Fatal(err)
			}
			wantPage(t, f.get(t, path), http.StatusGone, "This link has expired")
		})

		t.Run("ManyRequestsFromOneAddressAreSlowedDown", func(t *testing.T) {
			limited := false
			for i := 0; i < 40 && !limited; i++ {
				p := f.get(t, "/sdk/kbs_sdk_probe")
				switch p.status {
				case http.StatusNotFound:
				case http.StatusTooManyRequests:
					wantPage(t, p, http.StatusTooManyRequests, "Too many attempts")
					limited = true
				default:
					t.Fatalf("probe %d: %d", i, p.status)
				}
			}
			if !limited {
				t.Fatal("40 page loads from one address were never limited")
			}
		})
	})
}
