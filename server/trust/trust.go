// Package trust serves the public trust surface: what anyone, without an
// account, can check about a published report. The verify page, the PDF, the
// hosted badge and its embed script are rendered here from a
// verification.Attestation, which holds only the report's public fields; an
// unknown, unpublished or draft id answers the same 404 everywhere.
//
// Every page is server-rendered with no script of its own, under a strict
// Content-Security-Policy; only the badge may be framed, by anyone, because
// framing it is what it is for. State-bearing answers carry an ETag and may
// be reused by a browser only after revalidation (and by a shared cache for
// at most 60 s), so a revocation shows on the next view.
package trust

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	texttemplate "text/template"
	"unicode"
	"unicode/utf8"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/signing"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/rest"
)

// Handler serves the public report routes.
type Handler struct {
	Verifications *verification.Service
	// Keys publishes the public keys that check reports' signatures.
	Keys *signing.Keyring
	Log  *slog.Logger
	// PublicURL is the base of every link the pages show (KEYBS_PUBLIC_URL),
	// without a trailing slash.
	PublicURL string
}

// Register adds the routes to mux, with catch-alls so that nothing under
// /r/ or /badge/ falls through to the portal.
func (h *Handler) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /.well-known/keybs-signing-keys.json", h.signingKeys)
	mux.HandleFunc("GET /r/{file}", h.report) // the verify page, or /r/{id}.json
	mux.HandleFunc("GET /r/{id}/report.pdf", h.pdf)
	mux.HandleFunc("GET /badge/{id}", h.badge)
	mux.HandleFunc("GET /badge/{id}/embed.js", h.embed)
	mux.HandleFunc("/r/", h.nothing)
	mux.HandleFunc("/badge/", h.nothing)
}

// Routes lists the operations Register serves, as the OpenAPI document
// names them, so a test can check each one is documented.
func Routes() []string {
	return []string{
		"GET /.well-known/keybs-signing-keys.json",
		"GET /badge/{verificationId}",
		"GET /badge/{verificationId}/embed.js",
		"GET /r/{verificationId}",
		"GET /r/{verificationId}.json",
		"GET /r/{verificationId}/report.pdf",
	}
}

//go:embed assets
var assets embed.FS

// The embedded assets, parsed once. A broken template panics at start-up,
// which every test catches long before a deploy.
var (
	pageCSS, badgeCSS = mustRead("page.css"), mustRead("badge.css")
	verifyPage        = template.Must(template.ParseFS(assets, "assets/verify.html"))
	badgePage         = template.Must(template.ParseFS(assets, "assets/badge.html"))
	embedScript       = texttemplate.Must(texttemplate.ParseFS(assets, "assets/embed.js"))
	// assetsVersion changes with any asset, so ETags change with them.
	assetsVersion = hashAssets()
	// notFoundPage and notFoundBadge are rendered once: every id without a
	// published report gets exactly these bytes.
	notFoundPage  = mustRender(template.Must(template.ParseFS(assets, "assets/notfound.html")), struct{ CSS template.CSS }{template.CSS(pageCSS)})
	notFoundBadge = mustRender(badgePage, badgeData{CSS: template.CSS(badgeCSS)})
)

// Content security policies: no script, no network access beyond the page
// itself, and styles only from the page's own stylesheet (by hash).
var (
	pagePolicy  = "default-src 'none'; style-src '" + styleHash(pageCSS) + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
	badgePolicy = "default-src 'none'; style-src '" + styleHash(badgeCSS) + "'; base-uri 'none'; form-action 'none'; frame-ancestors *"
)

// Cache policies. A browser revalidates a state-bearing answer every time
// (a 304 when nothing changed) and a shared cache may keep it 60 s, so a
// revoked report shows as revoked within a minute everywhere. The embed
// script never shows a state.
const (
	stateCache  = "public, max-age=0, s-maxage=60, must-revalidate"
	scriptCache = "public, max-age=60"
)

type badgeData struct {
	CSS   template.CSS
	Found bool
	View  view
}

// signingKeys serves GET /.well-known/keybs-signing-keys.json: every public
// key that has signed reports, current first, as a JWK set. It is public and
// may be cached for five minutes, so a key change reaches verifiers within
// that time; a retired key stays in the set for good, so the delay never
// breaks an old report. Any origin may read it, because checking a report
// in a browser without us is the point.
func (h *Handler) signingKeys(w http.ResponseWriter, r *http.Request) {
	set, err := h.Keys.JWKS(r.Context())
	if err != nil {
		rest.WriteError(w, r, h.Log, fault.Wrap(err, "load signing keys"))
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=300")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	rest.WriteJSON(w, http.StatusOK, set)
}

// report serves /r/{verificationId} (the verify page) and
// /r/{verificationId}.json (the exact signed string with its digest,
// signature and key id, so anyone can check the report against the JWK set
// without trusting us).
func (h *Handler) report(w http.ResponseWriter, r *http.Request) {
	if id, ok := strings.CutSuffix(r.PathValue("file"), ".json"); ok {
		h.signed(w, r, id)
		return
	}
	v, ok := h.view(w, r, r.PathValue("file"))
	if !ok {
		return
	}
	w.Header().Set("Content-Security-Policy", pagePolicy)
	h.answer(w, r, v.fingerprint("page"), "text/html; charset=utf-8", stateCache, func() ([]byte, error) {
		return render(verifyPage, struct {
			view
			CSS template.CSS
		}{v, template.CSS(pageCSS)})
	})
}

// signedJSON is /r/{verificationId}.json: the signature as stored, marked
// when it is a sandbox report's.
type signedJSON struct {
	signing.Signed
	Sandbox   bool   `json:"sandbox"`
	Watermark string `json:"watermark,omitempty"`
}

func (h *Handler) signed(w http.ResponseWriter, r *http.Request, id string) {
	a, err := h.attest(r, id)
	if err != nil {
		rest.WriteError(w, r, h.Log, err)
		return
	}
	out := signedJSON{Signed: a.Signed, Sandbox: a.Sandbox}
	if a.Sandbox {
		out.Watermark = SandboxWatermark
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	rest.WriteJSON(w, http.StatusOK, out)
}

// pdf serves /r/{verificationId}/report.pdf.
func (h *Handler) pdf(w http.ResponseWriter, r *http.Request) {
	v, ok := h.view(w, r, r.PathValue("id"))
	if !ok {
		return
	}
	w.Header().Set("Content-Disposition", `inline; filename="`+v.ID+`.pdf"`)
	h.answer(w, r, v.fingerprint("pdf"), "application/pdf", stateCache, func() ([]byte, error) { return renderPDF(v) })
}

// badge serves /badge/{verificationId}: a small page meant for an iframe on
// any partner's site, the one route any origin may frame.
func (h *Handler) badge(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", badgePolicy)
	hdr.Del("X-Frame-Options")
	hdr.Set("Cross-Origin-Resource-Policy", "cross-origin")
	a, err := h.attest(r, r.PathValue("id"))
	switch {
	case fault.Is(err, fault.NotFound):
		hdr.Set("Cache-Control", "no-store")
		hdr.Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write(notFoundBadge)
		return
	case err != nil:
		rest.WriteError(w, r, h.Log, err)
		return
	}
	v := newView(a, h.PublicURL)
	h.answer(w, r, v.fingerprint("badge"), "text/html; charset=utf-8", stateCache, func() ([]byte, error) {
		return render(badgePage, badgeData{CSS: template.CSS(badgeCSS), Found: true, View: v})
	})
}

// embed serves /badge/{verificationId}/embed.js, the script of seed 002's
// snippet. It needs no database: for an id without a report, the badge it
// frames says so.
func (h *Handler) embed(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !sane(id) {
		h.nothing(w, r)
		return
	}
	src := h.PublicURL + "/badge/" + pathEscape(id)
	hdr := w.Header()
	hdr.Set("Access-Control-Allow-Origin", "*")
	hdr.Set("Cross-Origin-Resource-Policy", "cross-origin")
	etag := `"` + shortHash("embed\x00"+assetsVersion+"\x00"+src) + `"`
	h.answer(w, r, etag, "text/javascript; charset=utf-8", scriptCache, func() ([]byte, error) {
		var b bytes.Buffer
		err := embedScript.Execute(&b, struct{ BadgeURL string }{jsString(src)})
		return b.Bytes(), err
	})
}

// nothing answers every other path under /r/ and /badge/: the not-found
// page for a read, 405 for anything else.
func (h *Handler) nothing(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	notFound(w)
}

// notFound writes the one 404 page of the verify routes.
func notFound(w http.ResponseWriter) {
	hdr := w.Header()
	hdr.Set("Content-Type", "text/html; charset=utf-8")
	hdr.Set("Content-Security-Policy", pagePolicy)
	hdr.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusNotFound)
	_, _ = w.Write(notFoundPage)
}

// view loads the public view of id, or answers the 404 page (or the error)
// itself and reports false.
func (h *Handler) view(w http.ResponseWriter, r *http.Request, id string) (view, bool) {
	a, err := h.attest(r, id)
	switch {
	case fault.Is(err, fault.NotFound):
		notFound(w)
		return view{}, false
	case err != nil:
		rest.WriteError(w, r, h.Log, err)
		return view{}, false
	}
	return newView(a, h.PublicURL), true
}

// attest returns the attestation of id; an id no report can have is not
// found without asking the database.
func (h *Handler) attest(r *http.Request, id string) (*verification.Attestation, error) {
	if !sane(id) {
		return nil, fault.New(fault.NotFound, "not found")
	}
	return h.Verifications.Attest(r.Context(), id)
}

// answer writes a state-bearing answer: its ETag and cache policy, then 304
// when the client already holds it, else the body render makes.
func (h *Handler) answer(w http.ResponseWriter, r *http.Request, etag, contentType, cache string, render func() ([]byte, error)) {
	hdr := w.Header()
	hdr.Set("ETag", etag)
	hdr.Set("Cache-Control", cache)
	if matches(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body, err := render()
	if err != nil {
		hdr.Del("ETag")
		hdr.Set("Cache-Control", "no-store")
		rest.WriteError(w, r, h.Log, fault.Wrap(err, "render public report"))
		return
	}
	hdr.Set("Content-Type", contentType)
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body) // the answer has started: a failed write cannot be reported
}

// matches reports whether an If-None-Match header names etag (weakly, as
// RFC 9110 §13.1.2 compares for GET).
func matches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}

// sane reports whether id could be a verification id at all: short, valid
// UTF-8, no control characters. Anything else never reaches the database.
func sane(id string) bool {
	return id != "" && len(id) <= 200 && utf8.ValidString(id) && !strings.ContainsFunc(id, unicode.IsControl)
}

func render(t *template.Template, data any) ([]byte, error) {
	var b bytes.Buffer
	err := t.Execute(&b, data)
	return b.Bytes(), err
}

func mustRender(t *template.Template, data any) []byte {
	b, err := render(t, data)
	if err != nil {
		panic("trust: " + err.Error())
	}
	return b
}

func mustRead(name string) string {
	b, err := assets.ReadFile("assets/" + name)
	if err != nil {
		panic("trust: " + err.Error())
	}
	return string(b)
}

func hashAssets() string {
	h := sha256.New()
	_ = fs.WalkDir(assets, "assets", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := assets.ReadFile(p)
			h.Write([]byte(p + "\x00"))
			h.Write(b)
		}
		return nil
	})
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// styleHash is the CSP source that allows exactly the stylesheet css.
func styleHash(css string) string {
	sum := sha256.Sum256([]byte(css))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}
