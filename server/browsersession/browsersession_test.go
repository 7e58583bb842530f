package browsersession_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/browsersession"
	"github.com/keybs/platform/server/servertest"
)

const signUp = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken membership { role tenant { id } } } }`

// post sends a request as a browser on origin would (Origin and
// Sec-Fetch-Site set), with extra headers and cookies.
func post(t *testing.T, s *servertest.Server, path, body string, headers map[string]string, cookies ...*http.Cookie) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	for _, c := range cookies {
		req.AddCookie(c)
	}
	res, err := s.HTTP.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Body.Close() })
	return res
}

func browser(s *servertest.Server) map[string]string {
	return map[string]string{"Origin": s.URL, "Sec-Fetch-Site": "same-origin", browsersession.CSRFHeader: "1"}
}

func refreshCookie(t *testing.T, res *http.Response) *http.Cookie {
	t.Helper()
	for _, c := range res.Cookies() {
		if c.Name == browsersession.CookieName {
			return c
		}
	}
	t.Fatalf("no %s cookie in %v", browsersession.CookieName, res.Header.Values("Set-Cookie"))
	return nil
}

func signUpBody(email string) string {
	b, _ := json.Marshal(map[string]any{"query": signUp, "variables": map[string]any{"input": map[string]any{
		"email": email, "password": "correct horse battery", "name": "Ann", "organizationName": "Acme",
		"industry": "FINTECH", "acceptTerms": true,
	}}})
	return string(b)
}

func TestBrowserSessions(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)

		res := post(t, s, "/graphql", signUpBody("browser@example.com"), browser(s))
		var out struct {
			Data struct {
				SignUp struct {
					AccessToken  string
					RefreshToken *string
				}
			}
		}
		if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
			t.Fatal(err)
		}
		cookie := refreshCookie(t, res)

		t.Run("BrowserSignUpPutsTheRefreshTokenInAnHttpOnlyCookieOnly", func(t *testing.T) {
			if out.Data.SignUp.AccessToken == "" || out.Data.SignUp.RefreshToken != nil {
				t.Fatalf("payload %+v: want an access token and no refresh token", out.Data.SignUp)
			}
			if !cookie.HttpOnly || cookie.SameSite != http.SameSiteStrictMode || cookie.Path != browsersession.Path || !strings.HasPrefix(cookie.Value, "kbs_rt_") {
				t.Fatalf("cookie %+v: want HttpOnly, SameSite=Strict, Path=%s", cookie, browsersession.Path)
			}
			if cookie.Secure {
				t.Fatal("the cookie is Secure on plain-HTTP loopback, where the browser would never send it back")
			}
		})

		t.Run("SecureAwayFromLoopback", func(t *testing.T) {
			// The test server is reached on 127.0.0.1, so fake the public host.
			req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(signUpBody("proxied2@example.com")))
			req.Host = "portal.keybs.example"
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Origin", "https://portal.keybs.example")
			res, err := s.HTTP.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			if c := refreshCookie(t, res); !c.Secure {
				t.Fatalf("cookie %+v is not Secure for a public host", c)
			}
		})

		t.Run("NonBrowserClientsStillGetTheTokenInThePayload", func(t *testing.T) {
			sess := s.SignUp(t, "cli@example.com", "CLI Co")
			if !strings.HasPrefix(sess.RefreshToken, "kbs_rt_") {
				t.Fatalf("refresh token %q", sess.RefreshToken)
			}
		})

		csrf := []struct {
			name    string
			headers map[string]string
		}{
			{"WithoutTheCSRFHeaderIs403", map[string]string{"Origin": s.URL, "Sec-Fetch-Site": "same-origin"}},
			{"FromAnotherOriginIs403", map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site", browsersession.CSRFHeader: "1"}},
			{"FromASameSiteSubdomainIs403", map[string]string{"Sec-Fetch-Site": "same-site", browsersession.CSRFHeader: "1"}},
			{"WithAForeignOriginAloneIs403", map[string]string{"Origin": "https://evil.example", browsersession.CSRFHeader: "1"}},
		}
		for _, c := range csrf {
			t.Run("Refresh"+c.name, func(t *testing.T) {
				res := post(t, s, browsersession.Path+"/refresh", "", c.headers, cookie)
				body, _ := io.ReadAll(res.Body)
				if res.StatusCode != http.StatusForbidden || !bytes.Contains(body, []byte(`"forbidden"`)) {
					t.Fatalf("status %d, body %s; want 403 forbidden", res.StatusCode, body)
				}
				if len(res.Cookies()) != 0 {
					t.Fatal("a refused request changed the cookie")
				}
			})
			t.Run("LogOut"+c.name, func(t *testing.T) {
				if res := post(t, s, browsersession.Path+"/logout", "", c.headers, cookie); res.StatusCode != http.StatusForbidden {
					t.Fatalf("status %d, want 403", res.StatusCode)
				}
			})
		}

		t.Run("RefreshWithoutACookieIs401", func(t *testing.T) {
			if res := post(t, s, browsersession.Path+"/refresh", "", browser(s)); res.StatusCode != http.StatusUnauthorized {
				t.Fatalf("status %d, want 401", res.StatusCode)
			}
		})

		var rotated *http.Cookie
		t.Run("RefreshRotatesTheCookieAndAnswersTheAccessToken", func(t *testing.T) {
			res := post(t, s, browsersession.Path+"/refresh", "", browser(s), cookie)
			var p browsersession.Payload
			if err := json.NewDecoder(res.Body).Decode(&p); err != nil || res.StatusCode != http.StatusOK {
				t.Fatalf("status %d, %v", res.StatusCode, err)
			}
			rotated = refreshCookie(t, res)
			if p.AccessToken == "" || p.User.Email != "browser@example.com" || p.Membership == nil || p.Membership.Role != "OWNER" {
				t.Fatalf("payload %+v", p)
			}
			if rotated.Value == cookie.Value || !rotated.HttpOnly {
				t.Fatal("the cookie was not rotated")
			}
			if res.Header.Get("Cache-Control") != "no-store" {
				t.Fatal("the access token may be cached")
			}
		})

		t.Run("ReplayingTheOldCookieRevokesTheSession", func(t *testing.T) {
			if res := post(t, s, browsersession.Path+"/refresh", "", browser(s), cookie); res.StatusCode != http.StatusUnauthorized {
				t.Fatalf("replay status %d, want 401", res.StatusCode)
			}
			if res := post(t, s, browsersession.Path+"/refresh", "", browser(s), rotated); res.StatusCode != http.StatusUnauthorized {
				t.Fatalf("the family survived a replay: %d", res.StatusCode)
			}
		})

		t.Run("LogOutClearsTheCookieAndEndsTheSession", func(t *testing.T) {
			res := post(t, s, "/graphql", signUpBody("leaver@example.com"), browser(s))
			c := refreshCookie(t, res)
			res = post(t, s, browsersession.Path+"/logout", "", browser(s), c)
			if res.StatusCode != http.StatusNoContent {
				t.Fatalf("status %d, want 204", res.StatusCode)
			}
			if cleared := refreshCookie(t, res); cleared.MaxAge >= 0 || cleared.Value != "" {
				t.Fatalf("cookie %+v not cleared", cleared)
			}
			if res := post(t, s, browsersession.Path+"/refresh", "", browser(s), c); res.StatusCode != http.StatusUnauthorized {
				t.Fatalf("refresh after log-out: %d, want 401", res.StatusCode)
			}
		})
	})
}
