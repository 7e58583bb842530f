package trust_test

// The pages are checked with a clock the test controls, on both databases:
// a trust.Handler over a verification service on a fresh database, served by
// httptest. server_test.go's TestPublicSurface checks the same routes
// through the whole server (middleware, mux, portal fallback).

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/server/trust"
)

type harness struct {
	t      *testing.T
	db     *ent.Client
	clock  *testkit.Clock
	svc    *verification.Service
	url    string
	tenant testkit.Tenant
}

func newHarness(t *testing.T, dbURL string) *harness {
	t.Helper()
	db := testkit.Open(t, dbURL)
	clock := testkit.NewClock(testkit.Epoch)
	keys := testkit.Keyring(t, db)
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	svc := verification.NewService(db.Client, testkit.Bus(t, db, dbURL), clock.Now, []byte("trust test cursor key, 32 bytes!"), srv.URL)
	svc.Signer = keys
	(&trust.Handler{Verifications: svc, Keys: keys, Log: testkit.DiscardLog(), PublicURL: srv.URL}).Register(mux)
	return &harness{t: t, db: db.Client, clock: clock, svc: svc, url: srv.URL,
		tenant: testkit.MustTenant(t, db.Client, "acme", membership.RoleOWNER)}
}

var (
	analyst = testkit.Staff(viewer.StaffAnalyst)
	senior  = testkit.Staff(viewer.StaffSeniorAnalyst)
)

func (h *harness) key(env environment.Environment) context.Context {
	return testkit.APIKey(h.tenant.ID, env, "verification:create", "verification:read", "document:create", "report:read")
}

// newCase opens a case of an Indian supplier in env.
func (h *harness) newCase(env environment.Environment) *ent.VerificationCase {
	h.t.Helper()
	c, err := h.svc.Create(h.key(env), verification.CreateInput{SupplierName: "Acme Trading Co.", CountryCode: "IN",
		Tier: "tier2", Package: "standard", ContactEmail: "ops@acme.example", ClientReference: ptr("sim_manual")})
	if err != nil {
		h.t.Fatal(err)
	}
	return c
}

// live drives a new LIVE case to a signed report valid for days, and
// publishes it when publish is set.
func (h *harness) live(days int, publish bool) *ent.VerificationCase {
	h.t.Helper()
	c := h.newCase(environment.Live)
	must(h.t, func() error { _, err := h.svc.StartReview(analyst, c.ID); return err }())
	must(h.t, func() error {
		_, err := h.svc.ApproveCase(analyst, c.ID, verification.Approval{TrustScore: 78, RiskBand: "MEDIUM", ValidForDays: days})
		return err
	}())
	must(h.t, func() error { _, err := h.svc.SignReport(senior, c.ID); return err }())
	if publish {
		must(h.t, func() error { _, err := h.svc.PublishReport(senior, c.ID); return err }())
	}
	return c
}

// sandbox walks a new TEST case to state with the sandbox test helper.
func (h *harness) sandbox(state string) *ent.VerificationCase {
	h.t.Helper()
	c := h.newCase(environment.Test)
	if _, err := h.svc.Advance(h.key(environment.Test), c.ID, state); err != nil {
		h.t.Fatal(err)
	}
	return c
}

func (h *harness) get(t *testing.T, path string, header http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, h.url+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return res, body
}

// page gets path and fails unless it answers 200 with the content type.
func (h *harness) page(t *testing.T, path, contentType string) (*http.Response, []byte) {
	t.Helper()
	res, body := h.get(t, path, nil)
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), contentType) {
		t.Fatalf("GET %s = %d %s, want 200 %s; body %.300s", path, res.StatusCode, res.Header.Get("Content-Type"), contentType, body)
	}
	return res, body
}

func TestPagesShowEachState(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)
		day := 24 * time.Hour
		for _, tc := range []struct {
			name    string
			make    func() *ent.VerificationCase
			label   string
			words   string // what the state means, on the page and in the PDF
			badge   string // the badge's line
			sandbox bool
		}{
			{"ActiveIsGreenAndValid", func() *ent.VerificationCase { return h.live(365, true) },
				"Active", "Within its validity window", "Valid until", false},
			{"ExpiringWarnsWithinThirtyDays", func() *ent.VerificationCase { return h.live(20, true) },
				"Expiring", "less than 30 days away", "Valid until", false},
			{"ExpiredOnceValidUntilHasPassed", func() *ent.VerificationCase {
				c := h.live(10, true)
				h.clock.Advance(11 * day)
				return c
			}, "Expired", "no longer current", "Expired", false},
			{"RevokedSaysDoNotRelyOnIt", func() *ent.VerificationCase {
				c := h.live(365, true)
				must(t, func() error { _, err := h.svc.RevokeReport(senior, c.ID, "licence withdrawn"); return err }())
				return c
			}, "Revoked", "Do not rely on it", "Do not rely on it", false},
			{"DisputedSaysDoNotRelyOnIt", func() *ent.VerificationCase {
				c := h.live(365, true)
				must(t, func() error { _, err := h.svc.SetReportDisputed(senior, c.ID, true, "complaint"); return err }())
				return c
			}, "Disputed", "Do not rely on it", "Do not rely on it", false},
			{"ASandboxReportIsWatermarked", func() *ent.VerificationCase { return h.sandbox("published") },
				"Active", "Within its validity window", "Valid until", true},
		} {
			t.Run(tc.name, func(t *testing.T) {
				h.clock.Set(testkit.Epoch)
				t.Cleanup(func() { h.clock.Set(testkit.Epoch) })
				c := tc.make()
				a, err := h.svc.Attest(context.Background(), c.VerificationID)
				if err != nil {
					t.Fatal(err)
				}
				state := string(a.State)
				facts := []string{c.VerificationID, "Acme Trading Co.", "India", "78 / 100", "Medium",
					a.SignedAt.Format("2 January 2006, 15:04 UTC"), a.ValidUntil.Format("2 January 2006, 15:04 UTC"),
					a.Signed.Digest, a.Signed.KeyID, a.Signed.Signature, tc.label, tc.words}
				if tc.sandbox {
					facts[4] = "Low" // the sandbox approves with a low risk band and a score of 82
					facts[3] = "82 / 100"
				}

				_, page := h.page(t, "/r/"+c.VerificationID, "text/html")
				for _, want := range append(facts, `class="card state state-`+state+`"`, "verified against KeyBS",
					h.url+"/.well-known/keybs-signing-keys.json", h.url+"/r/"+c.VerificationID+".json") {
					if !bytes.Contains(page, []byte(htmlText(want))) {
						t.Errorf("the verify page lacks %q", want)
					}
				}
				if got := bytes.Contains(page, []byte(trust.SandboxWatermark)); got != tc.sandbox {
					t.Errorf("the verify page has the sandbox watermark: %v, want %v", got, tc.sandbox)
				}

				_, badge := h.page(t, "/badge/"+c.VerificationID, "text/html")
				for _, want := range []string{`data-state="` + state + `"`, ">" + tc.label + "<", tc.badge, "Acme Trading Co.", `href="` + h.url + "/r/" + c.VerificationID + `"`} {
					if !bytes.Contains(badge, []byte(want)) {
						t.Errorf("the badge lacks %q:\n%s", want, badge)
					}
				}
				if got := bytes.Contains(badge, []byte(trust.SandboxWatermark)); got != tc.sandbox {
					t.Errorf("the badge has the sandbox watermark: %v, want %v", got, tc.sandbox)
				}

				_, pdf := h.page(t, "/r/"+c.VerificationID+"/report.pdf", "application/pdf")
				text := pdfText(t, pdf)
				for _, want := range append(facts, "Ed25519 signature verified", h.url+"/r/"+c.VerificationID) {
					if !strings.Contains(text, want) {
						t.Errorf("the PDF's text lacks %q:\n%s", want, text)
					}
				}
				if got := strings.Contains(text, trust.SandboxWatermark); got != tc.sandbox {
					t.Errorf("the PDF has the sandbox watermark: %v, want %v", got, tc.sandbox)
				}
			})
		}
	})
}

func TestPagesWhenTheSignatureFails(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)
		c := h.live(365, true)
		// Someone raises the score in the database; the signature no longer
		// states what the page would show.
		h.db.Report.Update().Where(report.CaseID(c.ID)).SetTrustScore(99).ExecX(testkit.System())

		_, page := h.page(t, "/r/"+c.VerificationID, "text/html")
		for _, want := range []string{"does not verify", "did not verify", "Do not rely on it"} {
			if !bytes.Contains(page, []byte(want)) {
				t.Errorf("the verify page lacks %q", want)
			}
		}
		if bytes.Contains(page, []byte("verified against KeyBS")) {
			t.Error("the verify page says the signature verified")
		}
		_, badge := h.page(t, "/badge/"+c.VerificationID, "text/html")
		if !bytes.Contains(badge, []byte("Do not rely on it")) || bytes.Contains(badge, []byte("Valid until")) {
			t.Errorf("the badge of a report whose signature fails:\n%s", badge)
		}
		_, pdf := h.page(t, "/r/"+c.VerificationID+"/report.pdf", "application/pdf")
		if text := pdfText(t, pdf); !strings.Contains(text, "did not verify") || strings.Contains(text, "signature verified") {
			t.Errorf("the PDF of a report whose signature fails:\n%s", text)
		}
	})
}

func TestNotFoundIsOneAnswer(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)
		draft := h.newCase(environment.Live)
		unpublished := h.live(365, false)
		ids := map[string]string{
			"Unknown": "KBS-VR-NOSUCHCASE", "Draft": draft.VerificationID, "Unpublished": unpublished.VerificationID,
			"ACaseID": draft.ID, "ControlCharacters": "KBS%01VR", "TooLong": strings.Repeat("K", 300),
		}
		for _, route := range []struct{ name, prefix, suffix string }{
			{"VerifyPage", "/r/", ""}, {"PDF", "/r/", "/report.pdf"}, {"Badge", "/badge/", ""},
		} {
			t.Run(route.name, func(t *testing.T) {
				var first []byte
				for name, id := range ids {
					res, body := h.get(t, route.prefix+id+route.suffix, nil)
					if res.StatusCode != http.StatusNotFound || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
						t.Errorf("%s: %d %s, want 404 HTML", name, res.StatusCode, res.Header.Get("Content-Type"))
					}
					if res.Header.Get("ETag") != "" || res.Header.Get("Cache-Control") != "no-store" {
						t.Errorf("%s: ETag %q, Cache-Control %q; a not-found answer is never stored", name, res.Header.Get("ETag"), res.Header.Get("Cache-Control"))
					}
					if first == nil {
						first = body
					} else if !bytes.Equal(body, first) {
						t.Errorf("%s: the 404 body differs from another id's", name)
					}
					if bytes.Contains(body, []byte(id)) && len(id) > 3 {
						t.Errorf("%s: the 404 body names the id", name)
					}
				}
			})
		}
		t.Run("EverythingElseUnderRAndBadgeIsThe404Page", func(t *testing.T) {
			_, want := h.get(t, "/r/KBS-VR-NOSUCHCASE", nil)
			for _, path := range []string{"/r/", "/r/a/b/c", "/badge/", "/badge/a/b/c", "/r/" + unpublished.VerificationID + "/other.pdf"} {
				res, body := h.get(t, path, nil)
				if res.StatusCode != http.StatusNotFound || !bytes.Equal(body, want) {
					t.Errorf("GET %s = %d, want the 404 page", path, res.StatusCode)
				}
			}
		})
		t.Run("OnlyReadsAreAllowed", func(t *testing.T) {
			c := h.live(365, true)
			for _, path := range []string{"/r/" + c.VerificationID, "/badge/" + c.VerificationID, "/r/x"} {
				res, err := http.Post(h.url+path, "text/plain", nil)
				if err != nil {
					t.Fatal(err)
				}
				res.Body.Close()
				if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" {
					t.Errorf("POST %s = %d (Allow %q), want 405 GET, HEAD", path, res.StatusCode, res.Header.Get("Allow"))
				}
			}
		})
		t.Run("TheSignedJSONOfAnUnpublishedReportIsNotFound", func(t *testing.T) {
			for _, id := range []string{"KBS-VR-NOSUCHCASE", unpublished.VerificationID} {
				res, body := h.get(t, "/r/"+id+".json", nil)
				if res.StatusCode != http.StatusNotFound || !bytes.Contains(body, []byte(`"not_found"`)) {
					t.Errorf("GET /r/%s.json = %d %s, want 404 not_found", id, res.StatusCode, body)
				}
			}
		})
	})
}

func TestPageSecurityAndCaching(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)
		c := h.sandbox("published")
		pagePath, badgePath := "/r/"+c.VerificationID, "/badge/"+c.VerificationID

		t.Run("TheVerifyPageIsSmallHasNoScriptAndAStrictPolicy", func(t *testing.T) {
			res, page := h.page(t, pagePath, "text/html")
			if len(page) >= 30*1024 {
				t.Errorf("the verify page is %d bytes, want under 30 KB", len(page))
			}
			if bytes.Contains(bytes.ToLower(page), []byte("<script")) || bytes.Contains(page, []byte(" on")) && regexp.MustCompile(`\son[a-z]+=`).Match(page) {
				t.Error("the verify page has a script or an event handler")
			}
			csp := res.Header.Get("Content-Security-Policy")
			for _, want := range []string{"default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", styleSource(t, page)} {
				if !strings.Contains(csp, want) {
					t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
				}
			}
			if strings.Contains(csp, "script-src") || strings.Contains(csp, "unsafe") {
				t.Errorf("Content-Security-Policy %q allows scripts or unsafe sources", csp)
			}
		})

		t.Run("TheBadgeMayBeFramedByAnyone", func(t *testing.T) {
			res, badge := h.page(t, badgePath, "text/html")
			csp := res.Header.Get("Content-Security-Policy")
			for _, want := range []string{"default-src 'none'", "frame-ancestors *", styleSource(t, badge)} {
				if !strings.Contains(csp, want) {
					t.Errorf("badge Content-Security-Policy %q lacks %q", csp, want)
				}
			}
			if res.Header.Get("X-Frame-Options") != "" {
				t.Errorf("the badge sends X-Frame-Options %q", res.Header.Get("X-Frame-Options"))
			}
			if bytes.Contains(bytes.ToLower(badge), []byte("<script")) {
				t.Error("the badge has a script")
			}
			if !bytes.Contains(badge, []byte(`target="_blank" rel="noopener noreferrer"`)) {
				t.Error("the badge's link does not open the verify page apart from the partner's page")
			}
		})

		t.Run("ARevocationChangesTheETagAndShowsOnTheNextView", func(t *testing.T) {
			for _, path := range []string{pagePath, badgePath, pagePath + "/report.pdf"} {
				res, _ := h.page(t, path, "")
				etag, cc := res.Header.Get("ETag"), res.Header.Get("Cache-Control")
				if !regexp.MustCompile(`^"[0-9a-f]{32}"$`).MatchString(etag) {
					t.Errorf("%s: ETag %q", path, etag)
				}
				if cc != "public, max-age=0, s-maxage=60, must-revalidate" {
					t.Errorf("%s: Cache-Control %q, want browsers to revalidate and shared caches to keep it at most 60 s", path, cc)
				}
				again, body := h.get(t, path, http.Header{"If-None-Match": {`"other", ` + etag}})
				if again.StatusCode != http.StatusNotModified || len(body) != 0 || again.Header.Get("ETag") != etag {
					t.Errorf("%s with If-None-Match: %d, %d bytes, want 304 and no body", path, again.StatusCode, len(body))
				}
				// The time of the check alone does not change the answer.
				h.clock.Advance(time.Minute)
				if later, _ := h.get(t, path, http.Header{"If-None-Match": {etag}}); later.StatusCode != http.StatusNotModified {
					t.Errorf("%s a minute later: %d, want 304", path, later.StatusCode)
				}
			}
			before, _ := h.page(t, badgePath, "text/html")
			if _, err := h.svc.Advance(h.key(environment.Test), c.ID, "revoked"); err != nil {
				t.Fatal(err)
			}
			res, badge := h.get(t, badgePath, http.Header{"If-None-Match": {before.Header.Get("ETag")}})
			if res.StatusCode != http.StatusOK || !bytes.Contains(badge, []byte(">Revoked<")) || res.Header.Get("ETag") == before.Header.Get("ETag") {
				t.Errorf("after revocation the badge answers %d with ETag %q (was %q):\n%s", res.StatusCode, res.Header.Get("ETag"), before.Header.Get("ETag"), badge)
			}
		})

		t.Run("TheEmbedScriptFramesTheBadgeAndReadsNothingElse", func(t *testing.T) {
			res, js := h.page(t, badgePath+"/embed.js", "text/javascript")
			if res.Header.Get("Access-Control-Allow-Origin") != "*" || res.Header.Get("Set-Cookie") != "" {
				t.Errorf("embed.js: Access-Control-Allow-Origin %q, Set-Cookie %q", res.Header.Get("Access-Control-Allow-Origin"), res.Header.Get("Set-Cookie"))
			}
			if cc := res.Header.Get("Cache-Control"); cc != "public, max-age=60" || res.Header.Get("ETag") == "" {
				t.Errorf("embed.js: Cache-Control %q, ETag %q", cc, res.Header.Get("ETag"))
			}
			if !bytes.Contains(js, []byte(`var src = "`+h.url+badgePath+`";`)) || !bytes.Contains(js, []byte(`getElementById("keybs-badge")`)) {
				t.Errorf("embed.js does not frame %s into #keybs-badge:\n%s", h.url+badgePath, js)
			}
			// What it touches of the page: finding the one element and
			// waiting for the document. No cookies, storage, location,
			// network calls or other elements.
			uses := map[string]bool{}
			for _, m := range regexp.MustCompile(`\b(document|window|navigator|location|localStorage|sessionStorage|fetch|XMLHttpRequest)\b(\.[A-Za-z]+)?`).FindAll(js, -1) {
				uses[string(m)] = true
			}
			for use := range uses {
				switch use {
				case "document.getElementById", "document.createElement", "document.readyState", "document.addEventListener":
				default:
					t.Errorf("embed.js uses %s", use)
				}
			}
		})

		t.Run("AnIdCannotBreakOutOfTheScript", func(t *testing.T) {
			_, js := h.page(t, `/badge/x%22%3B%3C%2Fscript%3E%E2%80%A8alert(1)/embed.js`, "text/javascript")
			if bytes.Contains(js, []byte("</script>")) || bytes.Contains(js, []byte(`x";`)) || bytes.Contains(js, []byte("\u2028")) {
				t.Errorf("embed.js lets an id out of its string:\n%s", js)
			}
		})
	})
}

func TestPDFHasAQRCodeOfTheVerifyURL(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)
		for _, tc := range []struct {
			name string
			c    *ent.VerificationCase
		}{{"Live", h.live(365, true)}, {"Sandbox", h.sandbox("published")}} {
			t.Run(tc.name, func(t *testing.T) {
				_, pdf := h.page(t, "/r/"+tc.c.VerificationID+"/report.pdf", "application/pdf")
				if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
					t.Fatalf("not a PDF: %.20q", pdf)
				}
				want := h.url + "/r/" + tc.c.VerificationID
				got, err := readQR(t, pdf, want)
				if err != nil {
					t.Fatal(err)
				}
				if !got {
					t.Errorf("the PDF's QR code does not encode %s", want)
				}
				other, err := readQR(t, pdf, want+"X")
				if err != nil || other {
					t.Errorf("the QR check accepts another URL (%v): it cannot fail", err)
				}
			})
		}
	})
}

// pdfText extracts a PDF's text with pdftotext (Debian's poppler-utils),
// joining words broken over lines by layout.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	path, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Fatal("pdftotext is not installed: apt-get install poppler-utils (.ci/run does)")
	}
	cmd := exec.Command(path, "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// styleSource returns the CSP source that allows exactly the page's
// stylesheet, so the policy is checked against what was sent.
func styleSource(t *testing.T, page []byte) string {
	t.Helper()
	m := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindSubmatch(page)
	if m == nil {
		t.Fatal("the page has no <style>")
	}
	sum := sha256.Sum256(m[1])
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// htmlText is s as html/template writes it in text.
func htmlText(s string) string {
	if strings.HasPrefix(s, "class=") || strings.HasPrefix(s, "http") {
		return s
	}
	return strings.NewReplacer("&", "&amp;", "'", "&#39;", `"`, "&#34;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func ptr[T any](v T) *T { return &v }
