// Package browsersession keeps the portal's refresh token out of reach of
// any script on the page. A browser never receives it in a response body:
// sign-up, log-in, organisation switching and invitation acceptance over
// GraphQL set it as an HttpOnly, SameSite=Strict cookie scoped to Path (and
// Secure, except over plain HTTP on a loopback address), and the portal
// renews its in-memory access token with a POST to Path+"/refresh", which
// only a same-origin page can make (a CSRF header, the Origin and
// Sec-Fetch-Site checked). Non-browser GraphQL clients keep receiving the
// refresh token in the payload and renew with refreshSession.
package browsersession

import (
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/rest"
)

// The cookie, where it is sent, and the header that proves the request came
// from the portal's own script.
const (
	CookieName = "keybs_refresh"
	Path       = "/auth/session"
	CSRFHeader = "X-KeyBS-CSRF"
)

// Handler serves the browser's session endpoints.
type Handler struct {
	Auth *auth.Service
	Log  *slog.Logger
	// Origins are the browser origins besides the server's own that may use
	// the endpoints (KEYBS_CORS_ORIGINS).
	Origins []string
}

// Register mounts POST Path/refresh and POST Path/logout.
func (h *Handler) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST "+Path+"/refresh", h.refresh)
	mux.HandleFunc("POST "+Path+"/logout", h.logout)
	mux.HandleFunc(Path+"/", func(w http.ResponseWriter, r *http.Request) {
		rest.WriteError(w, r, h.Log, fault.New(fault.NotFound, "no such endpoint: %s %s", r.Method, r.URL.Path))
	})
}

// FromBrowser reports whether a browser sent r: browsers add Sec-Fetch-Site
// (and Origin to every POST) and no script can remove either.
func FromBrowser(r *http.Request) bool {
	return r.Header.Get("Sec-Fetch-Site") != "" || r.Header.Get("Origin") != ""
}

// Middleware makes the sessions that GraphQL operations from a browser start
// hand their refresh token to the cookie instead of the response body.
func (h *Handler) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if FromBrowser(r) {
			r = r.WithContext(auth.WithRefreshCookie(r.Context(), func(token string, expires time.Time) {
				http.SetCookie(w, cookie(r, token, expires))
			}))
		}
		next.ServeHTTP(w, r)
	})
}

// Payload is what the refresh endpoint answers: the session without its
// refresh token.
type Payload struct {
	AccessToken string      `json:"accessToken"`
	ExpiresAt   time.Time   `json:"expiresAt"`
	User        User        `json:"user"`
	Membership  *Membership `json:"membership"`
}

// User is the signed-in user.
type User struct {
	ID    string `json:"id"`
	Email string `json:"email"`
	Name  string `json:"name"`
}

// Membership is the organization the session acts in, with the role.
type Membership struct {
	ID     string `json:"id"`
	Role   string `json:"role"`
	Tenant struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"tenant"`
}

func (h *Handler) refresh(w http.ResponseWriter, r *http.Request) {
	if err := h.sameOrigin(r); err != nil {
		rest.WriteError(w, r, h.Log, err)
		return
	}
	c, err := r.Cookie(CookieName)
	if err != nil || c.Value == "" {
		rest.WriteError(w, r, h.Log, fault.New(fault.Unauthorized, "no session: log in"))
		return
	}
	ctx := auth.WithRefreshCookie(r.Context(), func(token string, expires time.Time) {
		http.SetCookie(w, cookie(r, token, expires))
	})
	sess, err := h.Auth.Refresh(ctx, c.Value)
	if err != nil {
		if fault.Is(err, fault.Unauthorized) {
			http.SetCookie(w, cookie(r, "", time.Time{}))
		}
		rest.WriteError(w, r, h.Log, err)
		return
	}
	m, err := h.Auth.MembershipOf(ctx, sess)
	if err != nil {
		rest.WriteError(w, r, h.Log, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	rest.WriteJSON(w, http.StatusOK, payload(sess, m))
}

func (h *Handler) logout(w http.ResponseWriter, r *http.Request) {
	if err := h.sameOrigin(r); err != nil {
		rest.WriteError(w, r, h.Log, err)
		return
	}
	if c, err := r.Cookie(CookieName); err == nil && c.Value != "" {
		if err := h.Auth.LogOut(r.Context(), c.Value); err != nil {
			rest.WriteError(w, r, h.Log, err)
			return
		}
	}
	http.SetCookie(w, cookie(r, "", time.Time{}))
	w.WriteHeader(http.StatusNoContent)
}

// sameOrigin refuses a request another site could have made the browser
// send. SameSite=Strict already keeps the cookie off cross-site requests;
// the custom header cannot be sent cross-origin without a CORS preflight
// that names it (none does), and Origin and Sec-Fetch-Site, which pages
// cannot forge, must say the portal's own origin.
func (h *Handler) sameOrigin(r *http.Request) error {
	refuse := func(why string) error {
		return fault.New(fault.Forbidden, "cross-site request refused: %s", why)
	}
	if r.Header.Get(CSRFHeader) != "1" {
		return refuse("send the " + CSRFHeader + ": 1 header from the portal")
	}
	switch site := r.Header.Get("Sec-Fetch-Site"); site {
	case "", "same-origin":
	default:
		return refuse("the request came from a " + site + " page")
	}
	if origin := r.Header.Get("Origin"); origin != "" {
		u, err := url.Parse(origin)
		if err != nil || (u.Host != r.Host && !slices.Contains(h.Origins, origin)) {
			return refuse("origin " + origin + " is not this portal")
		}
	}
	return nil
}

// cookie is the refresh-token cookie for r; an empty token deletes it.
func cookie(r *http.Request, token string, expires time.Time) *http.Cookie {
	c := &http.Cookie{
		Name: CookieName, Value: token, Path: Path,
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: !plainLoopback(r),
	}
	if token == "" {
		c.MaxAge = -1
	} else {
		c.Expires = expires
	}
	return c
}

// plainLoopback reports whether r came over plain HTTP to a loopback host,
// where a Secure cookie would not be sent back (local development and the
// browser tests). Everywhere else, behind a TLS proxy too, it is Secure.
func plainLoopback(r *http.Request) bool {
	if r.TLS != nil {
		return false
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func payload(s *auth.Session, m *ent.Membership) Payload {
	p := Payload{AccessToken: s.AccessToken, ExpiresAt: s.ExpiresAt,
		User: User{ID: s.User.ID, Email: s.User.Email, Name: s.User.Name}}
	if m != nil {
		p.Membership = &Membership{ID: m.ID, Role: string(m.Role)}
		p.Membership.Tenant.ID = m.TenantID
		if t := m.Edges.Tenant; t != nil {
			p.Membership.Tenant.Name = t.Name
		}
	}
	return p
}
