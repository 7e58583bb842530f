// Package sdkpage serves the hosted page of an SDK access token, /sdk/{token}
// (seed 004's sdk_url): a server-rendered form, usable without JavaScript and
// inside a partner's iframe, where the end user enters the company details
// and a document reference. Submitting opens a verification case through
// package sdktoken and redirects to the partner's redirect_url with
// verification_id appended; an unknown, used or expired token gets a page
// that says so, never an error dump.
//
// The token is the credential, so the page takes the usual care with it: the
// credential chain resolves it (nothing here reads it), the page sends no
// Referer anywhere and is never cached, and the form carries an anti-forgery
// field bound to the token, checked with the request's Origin, so another
// site cannot submit it. Only this route may be framed (frame-ancestors *);
// its Content-Security-Policy allows its one nonce'd style sheet, form
// posts to itself and the redirect to the partner's origin, and nothing else.
package sdkpage

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/sdktoken"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
)

//go:embed templates/*.html
var templateFS embed.FS

var pages = template.Must(template.ParseFS(templateFS, "templates/*.html"))

// PerIPPerMinute is the page's budget per client IP, seed 004's "SDK
// verification start" limit: plenty for a person, little for a script.
const PerIPPerMinute = 20

// Handler serves the hosted page.
type Handler struct {
	Chain   *auth.Chain
	SDK     *sdktoken.Service
	Limiter ratelimit.Store
	Now     func() time.Time
	Log     *slog.Logger
	// FormKey signs the form's anti-forgery field (32 bytes or more).
	FormKey []byte
}

// Register adds the page's routes to mux.
func (h *Handler) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /sdk/{token}", h.show)
	mux.HandleFunc("POST /sdk/{token}", h.submit)
}

// The pages a token can lead to besides the form.
var (
	unknownPage = message{Status: http.StatusNotFound, Title: "This link is not valid",
		Message: "Check that you opened the whole link you were given, or go back to the site that sent you and start the verification again."}
	usedPage = message{Status: http.StatusGone, Title: "This link has already been used",
		Message: "Your details were submitted with this link, and it cannot be used again. Go back to the site that sent you if you need to start over."}
	expiredPage = message{Status: http.StatusGone, Title: "This link has expired",
		Message: "Verification links are valid for a limited time. Go back to the site that sent you to get a new one."}
	limitedPage = message{Status: http.StatusTooManyRequests, Title: "Too many attempts",
		Message: "Please wait a minute, then reload this page."}
	forgedPage = message{Status: http.StatusForbidden, Title: "The form could not be accepted",
		Message: "It was not sent from this page. Reload the page and submit it again."}
	brokenPage = message{Status: http.StatusInternalServerError, Title: "Something went wrong on our side",
		Message: "Nothing was submitted. Please try again in a moment."}
)

// message is a page without a form.
type message struct {
	Status         int
	Title, Message string
}

func (h *Handler) show(w http.ResponseWriter, r *http.Request) {
	nonce := h.secure(w, "")
	r, p, page := h.open(r)
	if page != nil {
		h.message(w, r, nonce, *page, p)
		return
	}
	pending, err := h.SDK.Pending(r.Context())
	if err != nil {
		h.message(w, r, nonce, pageFor(h.logged(r, err)), p)
		return
	}
	h.form(w, r, http.StatusOK, pending, formValues{ContactEmail: pending.Email, DocumentKind: "trade_license"}, "")
}

func (h *Handler) submit(w http.ResponseWriter, r *http.Request) {
	nonce := h.secure(w, "")
	r, p, page := h.open(r)
	if page != nil {
		h.message(w, r, nonce, *page, p)
		return
	}
	ctx := r.Context()
	if err := r.ParseForm(); err != nil {
		h.message(w, r, nonce, message{Status: http.StatusBadRequest, Title: "The form could not be read",
			Message: "Reload the page and submit it again."}, p)
		return
	}
	if !h.sameOrigin(r) || !hmac.Equal([]byte(r.PostForm.Get("form_token")), []byte(h.formToken(p.TokenID))) {
		h.message(w, r, nonce, forgedPage, p)
		return
	}
	v := formValues{
		SupplierName: r.PostForm.Get("supplier_name"), CountryCode: r.PostForm.Get("country_code"),
		ContactEmail: r.PostForm.Get("contact_email"), DocumentKind: r.PostForm.Get("document_kind"),
		Filename: r.PostForm.Get("document_filename"), StoragePath: r.PostForm.Get("document_storage_path"),
		SHA256: strings.TrimSpace(r.PostForm.Get("document_sha256")),
	}
	sub, err := h.SDK.Submit(ctx, sdktoken.SubmitInput{SupplierName: v.SupplierName, CountryCode: v.CountryCode,
		ContactEmail: v.ContactEmail, Document: verification.DocumentInput{Kind: v.DocumentKind, Filename: v.Filename,
			StoragePath: v.StoragePath, SHA256: v.SHA256}})
	var fe *fault.Error
	switch {
	case errors.As(err, &fe) && fe.Kind == fault.Invalid:
		pending, perr := h.SDK.Pending(ctx)
		if perr != nil {
			h.message(w, r, nonce, pageFor(h.logged(r, perr)), p)
			return
		}
		h.form(w, r, http.StatusUnprocessableEntity, pending, v, explain(fe))
	case err != nil:
		h.message(w, r, nonce, pageFor(h.logged(r, err)), p)
	default:
		http.Redirect(w, r, sub.Redirect, http.StatusSeeOther)
	}
}

// open rate-limits the request and resolves its token through the
// credential chain. It returns the token's principal in the context, or the
// page to show instead (with the principal, when there is one, for the
// sandbox banner).
func (h *Handler) open(r *http.Request) (*http.Request, *viewer.Principal, *message) {
	ip := requestinfo.FromContext(r.Context()).ClientIP
	d, err := h.Limiter.Take(r.Context(), h.Now(), ratelimit.Limit{Key: "sdkpage:ip:" + ip, Max: PerIPPerMinute, Window: time.Minute})
	switch {
	case err != nil:
		page := pageFor(h.logged(r, fault.Wrap(err, "rate limiter")))
		return r, nil, &page
	case !d.Allowed:
		return r, nil, &limitedPage
	}
	creds := auth.RequestFacts(r)
	creds.SDKToken = r.PathValue("token")
	p, err := h.Chain.Resolve(r.Context(), creds, viewer.Accept(viewer.KindSDKToken))
	if err != nil || p == nil {
		page := pageFor(h.logged(r, err))
		return r, nil, &page
	}
	return r.WithContext(viewer.NewContext(r.Context(), p)), p, nil
}

// pageFor is the page that explains err.
func pageFor(err error) message {
	switch {
	case errors.Is(err, sdktoken.ErrUsed):
		return usedPage
	case errors.Is(err, sdktoken.ErrExpired):
		return expiredPage
	case err == nil, errors.Is(err, sdktoken.ErrUnknown), fault.Is(err, fault.NotFound), fault.Is(err, fault.Unauthorized):
		return unknownPage
	}
	return brokenPage
}

// logged logs an internal error with the request id and returns it.
func (h *Handler) logged(r *http.Request, err error) error {
	if err != nil && fault.From(err).Kind == fault.Internal {
		requestinfo.Logger(r.Context(), h.Log).Error("hosted SDK page failed", "error", err)
	}
	return err
}

// sameOrigin reports whether a form post came from this site: browsers say
// so in Sec-Fetch-Site and Origin. A sandboxed frame sends Origin "null";
// the anti-forgery field, which another site cannot read, decides then.
func (h *Handler) sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
		return false
	}
	origin := r.Header.Get("Origin")
	if origin == "" || origin == "null" {
		return true
	}
	u, err := url.Parse(origin)
	return err == nil && strings.EqualFold(u.Host, r.Host)
}

// formToken is the anti-forgery field of the form for token id tokenID.
func (h *Handler) formToken(tokenID string) string {
	mac := hmac.New(sha256.New, h.FormKey)
	mac.Write([]byte("keybs sdk form\x00" + tokenID))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// secure sets the headers of every answer and returns the style nonce.
// formAction is the partner origin a form may be redirected to ("" for a
// page without a form).
func (h *Handler) secure(w http.ResponseWriter, formAction string) string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	nonce := base64.RawStdEncoding.EncodeToString(b)
	hdr := w.Header()
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("Referrer-Policy", "no-referrer")
	hdr.Set("X-Robots-Tag", "noindex")
	h.csp(w, nonce, formAction)
	return nonce
}

func (h *Handler) csp(w http.ResponseWriter, nonce, formAction string) {
	action := "'none'"
	if formAction != "" {
		action = "'self' " + formAction
	}
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'nonce-"+nonce+"'; img-src 'none'; "+
		"form-action "+action+"; base-uri 'none'; frame-ancestors *")
	// The server denies framing by default; this page is made to be framed.
	w.Header().Del("X-Frame-Options")
}

// formValues are what the user typed, shown again after a refusal.
type formValues struct {
	SupplierName, CountryCode, ContactEmail, DocumentKind, Filename, StoragePath, SHA256 string
}

type option struct{ Value, Label string }

// documentKinds are the document references the form offers, as
// verification.DocumentInput spells them.
var documentKinds = []option{
	{"trade_license", "Trade licence"},
	{"certificate_of_incorporation", "Certificate of incorporation"},
	{"tax_certificate", "Tax certificate"},
	{"bank_statement", "Bank statement"},
	{"identity_document", "Identity document"},
	{"proof_of_address", "Proof of address"},
	{"other", "Other"},
}

var countries = country.All()

type formPage struct {
	Title, Nonce, Action, FormToken, Error string
	Sandbox, Form                          bool
	Values                                 formValues
	Countries                              []country.Country
	DocumentKinds                          []option
	Message                                string
}

func (h *Handler) form(w http.ResponseWriter, r *http.Request, status int, p *sdktoken.Pending, v formValues, errText string) {
	// The form may be redirected to the partner: allow its origin.
	u, _ := url.Parse(p.RedirectURL)
	nonce := h.secure(w, u.Scheme+"://"+u.Host)
	h.render(w, r, status, formPage{Title: "Verify your company", Nonce: nonce, Action: r.URL.EscapedPath(),
		FormToken: h.formToken(p.TokenID), Error: errText, Sandbox: p.Sandbox, Form: true, Values: v,
		Countries: countries, DocumentKinds: documentKinds})
}

func (h *Handler) message(w http.ResponseWriter, r *http.Request, nonce string, m message, p *viewer.Principal) {
	h.render(w, r, m.Status, formPage{Title: m.Title, Message: m.Message, Nonce: nonce,
		Sandbox: p != nil && p.Environment == environment.Test})
}

// render writes the page whole or, when the template fails, a plain error;
// never half a page.
func (h *Handler) render(w http.ResponseWriter, r *http.Request, status int, page formPage) {
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, "page", page); err != nil {
		h.logged(r, fault.Wrap(err, "render hosted SDK page"))
		http.Error(w, "Something went wrong on our side. Please try again in a moment.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// explain is a refusal's message with the field named as the form labels it.
func explain(fe *fault.Error) string {
	msg := fe.MessageFor(fieldLabel)
	if label := fieldLabel(fe.Field); fe.Field != "" && !strings.Contains(msg, label) {
		msg = label + ": " + msg
	}
	return msg
}

// fieldLabel names a form field as the page labels it.
func fieldLabel(field string) string {
	switch field {
	case "supplier_name":
		return "Company name"
	case "country_code":
		return "Country of registration"
	case "contact_email":
		return "Contact email"
	case "kind":
		return "Document type"
	case "filename":
		return "File name"
	case "storage_path":
		return "Where it is stored"
	case "sha256":
		return "SHA-256 checksum"
	}
	return field
}
