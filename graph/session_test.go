package graph_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

const logInMutation = `mutation($email: String!, $password: String!) {
  logIn(input: {email: $email, password: $password}) { accessToken refreshToken user { id email } }
}`

const refreshMutation = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`

func signUpInput(overrides map[string]any) map[string]any {
	in := map[string]any{
		"email": "ann@example.com", "password": "correct horse battery", "name": "Ann",
		"organizationName": "Acme Ltd", "industry": "FINTECH", "acceptTerms": true,
	}
	for k, v := range overrides {
		in[k] = v
	}
	return map[string]any{"input": in}
}

func TestSignUp(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)

		t.Run("CreatesUserTenantAndOwnerWithTermsAccepted", func(t *testing.T) {
			sess := s.SignUp(t, "Owner@Example.com", "Acme Ltd")
			if sess.User.Email != "owner@example.com" {
				t.Errorf("email = %q, want it lower-cased", sess.User.Email)
			}
			var v struct {
				Viewer struct {
					Name        string
					Memberships []struct {
						Role   string
						Tenant struct {
							Name, Industry, KycStatus     string
							TermsAcceptedAt, TermsVersion *string
						}
					}
				}
				TermsOfService struct{ Version string }
			}
			s.GraphQL(t, sess.AccessToken, `{ viewer { name memberships { role tenant { name industry kycStatus termsAcceptedAt termsVersion } } } termsOfService { version } }`, nil).Decode(t, &v)
			m := v.Viewer.Memberships[0]
			if m.Role != "OWNER" || m.Tenant.Name != "Acme Ltd" || m.Tenant.Industry != "FINTECH" || m.Tenant.KycStatus != "NOT_STARTED" {
				t.Errorf("membership = %+v", m)
			}
			if m.Tenant.TermsAcceptedAt == nil || m.Tenant.TermsVersion == nil || *m.Tenant.TermsVersion != v.TermsOfService.Version {
				t.Errorf("terms not accepted at the current version: %+v", m.Tenant)
			}
		})

		t.Run("WithoutAcceptTermsLeavesTermsOpen", func(t *testing.T) {
			var data struct{ SignUp servertest.Session }
			s.GraphQL(t, "", servertest.SignUpMutation, signUpInput(map[string]any{"email": "noterms@example.com", "acceptTerms": false})).Decode(t, &data)
			var v struct {
				Viewer struct {
					Memberships []struct {
						Tenant struct{ TermsAcceptedAt *string }
					}
				}
			}
			s.GraphQL(t, data.SignUp.AccessToken, `{ viewer { memberships { tenant { termsAcceptedAt } } } }`, nil).Decode(t, &v)
			if v.Viewer.Memberships[0].Tenant.TermsAcceptedAt != nil {
				t.Error("terms accepted although acceptTerms was false")
			}
		})

		failures := []struct {
			name      string
			overrides map[string]any
			code      string
			field     string
		}{
			{"TakenEmailIsConflictIgnoringCase", map[string]any{"email": "OWNER@example.COM"}, "conflict", "email"},
			{"ShortPasswordIsRejected", map[string]any{"email": "p1@example.com", "password": "short"}, "validation_error", "password"},
			{"OverlongPasswordIsRejected", map[string]any{"email": "p2@example.com", "password": strings.Repeat("x", 129)}, "validation_error", "password"},
			{"InvalidEmailIsRejected", map[string]any{"email": "not-an-email"}, "validation_error", "email"},
			{"EmailWithDisplayNameIsRejected", map[string]any{"email": "Ann <ann2@example.com>"}, "validation_error", "email"},
			{"BlankNameIsRejected", map[string]any{"email": "n@example.com", "name": "   "}, "validation_error", "name"},
			{"BlankOrganizationIsRejected", map[string]any{"email": "o@example.com", "organizationName": ""}, "validation_error", "organizationName"},
			{"OverlongOrganizationIsRejected", map[string]any{"email": "o2@example.com", "organizationName": strings.Repeat("a", 201)}, "validation_error", "organizationName"},
		}
		for _, tc := range failures {
			t.Run(tc.name, func(t *testing.T) {
				e := s.GraphQL(t, "", servertest.SignUpMutation, signUpInput(tc.overrides)).Err(t)
				if e.Code() != tc.code || e.Field() != tc.field {
					t.Fatalf("error = %q code %q field %q, want code %q field %q", e.Message, e.Code(), e.Field(), tc.code, tc.field)
				}
			})
		}

		t.Run("UnknownIndustryIsRejected", func(t *testing.T) {
			res := s.GraphQL(t, "", servertest.SignUpMutation, signUpInput(map[string]any{"email": "i@example.com", "industry": "CASINO"}))
			if len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "CASINO") {
				t.Fatalf("want an error naming the bad industry, got %+v", res.Errors)
			}
		})

		t.Run("FailedSignUpCreatesNothing", func(t *testing.T) {
			res := s.GraphQL(t, "", logInMutation, map[string]any{"email": "p1@example.com", "password": "short"})
			if e := res.Err(t); e.Code() != "unauthorized" {
				t.Fatalf("rejected sign-up left an account behind: %+v", e)
			}
		})
	})
}

func TestLogIn(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		s.SignUp(t, "ann@example.com", "Acme")
		s.SignUp(t, "bob@example.com", "Bobco")

		t.Run("RightPasswordStartsSession", func(t *testing.T) {
			var data struct{ LogIn servertest.Session }
			s.GraphQL(t, "", logInMutation, map[string]any{"email": " ANN@example.com ", "password": "correct horse battery"}).Decode(t, &data)
			var v struct{ Viewer struct{ Email string } }
			s.GraphQL(t, data.LogIn.AccessToken, `{ viewer { email } }`, nil).Decode(t, &v)
			if v.Viewer.Email != "ann@example.com" {
				t.Fatalf("viewer = %+v", v.Viewer)
			}
		})

		t.Run("WrongPasswordAndUnknownEmailGetTheSameAnswer", func(t *testing.T) {
			wrong := s.GraphQL(t, "", logInMutation, map[string]any{"email": "bob@example.com", "password": "wrong password!"}).Err(t)
			unknown := s.GraphQL(t, "", logInMutation, map[string]any{"email": "nobody@example.com", "password": "wrong password!"}).Err(t)
			if wrong.Code() != "unauthorized" || wrong.Message != unknown.Message || wrong.Code() != unknown.Code() {
				t.Fatalf("wrong password %+v vs unknown email %+v", wrong, unknown)
			}
		})

		t.Run("RepeatedFailuresForOneEmailAreRefusedEvenWithTheRightPassword", func(t *testing.T) {
			for i := 0; i < 5; i++ {
				if e := s.GraphQL(t, "", logInMutation, map[string]any{"email": "ann@example.com", "password": fmt.Sprintf("guess %d guess", i)}).Err(t); e.Code() != "unauthorized" {
					t.Fatalf("attempt %d: %+v", i, e)
				}
			}
			e := s.GraphQL(t, "", logInMutation, map[string]any{"email": "ann@example.com", "password": "correct horse battery"}).Err(t)
			if e.Code() != "rate_limited" || !strings.Contains(e.Message, "try again") {
				t.Fatalf("6th attempt = %+v, want rate_limited with a retry hint", e)
			}
			if _, ok := e.Extensions["retryAfterSeconds"]; !ok {
				t.Error("rate_limited error has no retryAfterSeconds")
			}
			// Another account is not affected by Ann's lock-out.
			var data struct{ LogIn servertest.Session }
			s.GraphQL(t, "", logInMutation, map[string]any{"email": "bob@example.com", "password": "correct horse battery"}).Decode(t, &data)
		})

		t.Run("ABurstOfConcurrentGuessesGetsAtMostTheBudgetOfPasswordChecks", func(t *testing.T) {
			s.SignUp(t, "cara@example.com", "Carco")
			const burst = 25
			codes := make(chan string, burst)
			var wg sync.WaitGroup
			for i := range burst {
				password := fmt.Sprintf("guess %d guess", i)
				if i == burst-1 {
					password = "correct horse battery" // the right one, somewhere in the burst
				}
				wg.Go(func() {
					res := s.GraphQL(t, "", logInMutation, map[string]any{"email": "cara@example.com", "password": password})
					if len(res.Errors) == 0 {
						codes <- "ok"
						return
					}
					codes <- res.Errors[0].Code()
				})
			}
			wg.Wait()
			close(codes)
			seen := map[string]int{}
			for c := range codes {
				seen[c]++
			}
			// Each password check answers ok or unauthorized; every other
			// attempt was refused before its check. At most the budget of 5
			// checks fail (a right password gives its reservation back).
			if seen["unauthorized"] > 5 || seen["ok"] > 1 || seen["rate_limited"] != burst-seen["ok"]-seen["unauthorized"] {
				t.Fatalf("answers %v: want at most 5 failed password checks and the rest rate_limited", seen)
			}
		})

		t.Run("FailuresAreAudited", func(t *testing.T) {
			var data struct{ LogIn servertest.Session }
			s.GraphQL(t, "", logInMutation, map[string]any{"email": "bob@example.com", "password": "correct horse battery"}).Decode(t, &data)
			var logs struct {
				AuditLogs struct {
					TotalCount int
					Edges      []struct{ Node struct{ Action, IP string } }
				}
			}
			s.GraphQL(t, data.LogIn.AccessToken, `{ auditLogs(where: {action: "user.logged_in"}) { totalCount edges { node { action ip } } } }`, nil).Decode(t, &logs)
			if logs.AuditLogs.TotalCount < 2 || logs.AuditLogs.Edges[0].Node.IP != "127.0.0.1" {
				t.Fatalf("log-ins not audited with the client IP: %+v", logs.AuditLogs)
			}
		})
	})
}

func TestRefreshAndLogOut(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		first := s.SignUp(t, "ann@example.com", "Acme")

		refresh := func(t *testing.T, token string) (servertest.Response, struct{ RefreshSession servertest.Session }) {
			t.Helper()
			var data struct{ RefreshSession servertest.Session }
			res := s.GraphQL(t, "", refreshMutation, map[string]any{"t": token})
			if len(res.Errors) == 0 {
				res.Decode(t, &data)
			}
			return res, data
		}

		t.Run("RefreshRotatesTheToken", func(t *testing.T) {
			_, second := refresh(t, first.RefreshToken)
			if second.RefreshSession.RefreshToken == "" || second.RefreshSession.RefreshToken == first.RefreshToken {
				t.Fatalf("refresh did not rotate: %+v", second)
			}
			var v struct{ Viewer struct{ Email string } }
			s.GraphQL(t, second.RefreshSession.AccessToken, `{ viewer { email } }`, nil).Decode(t, &v)
			if v.Viewer.Email != "ann@example.com" {
				t.Fatal("refreshed access token does not work")
			}

			t.Run("ReusingTheOldTokenRevokesTheWholeFamily", func(t *testing.T) {
				res, _ := refresh(t, first.RefreshToken)
				if e := res.Err(t); e.Code() != "unauthorized" {
					t.Fatalf("reuse = %+v", e)
				}
				res, _ = refresh(t, second.RefreshSession.RefreshToken)
				if e := res.Err(t); e.Code() != "unauthorized" {
					t.Fatalf("successor still works after a replay: %+v", e)
				}
			})
		})

		t.Run("ConcurrentRefreshesYieldOneSession", func(t *testing.T) {
			var data struct{ LogIn servertest.Session }
			s.GraphQL(t, "", logInMutation, map[string]any{"email": "ann@example.com", "password": "correct horse battery"}).Decode(t, &data)
			var wg sync.WaitGroup
			var mu sync.Mutex
			ok := 0
			for i := 0; i < 4; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					res := s.GraphQL(t, "", refreshMutation, map[string]any{"t": data.LogIn.RefreshToken})
					if len(res.Errors) == 0 {
						mu.Lock()
						ok++
						mu.Unlock()
					}
				}()
			}
			wg.Wait()
			if ok > 1 {
				t.Fatalf("%d concurrent refreshes of one token succeeded, want at most 1", ok)
			}
		})

		t.Run("GarbageTokenIsUnauthorized", func(t *testing.T) {
			res, _ := refresh(t, "kbs_rt_not-a-token")
			if e := res.Err(t); e.Code() != "unauthorized" {
				t.Fatalf("got %+v", e)
			}
		})

		t.Run("LogOutRevokesTheRefreshToken", func(t *testing.T) {
			var data struct{ LogIn servertest.Session }
			s.GraphQL(t, "", logInMutation, map[string]any{"email": "ann@example.com", "password": "correct horse battery"}).Decode(t, &data)
			var out struct{ LogOut bool }
			s.GraphQL(t, data.LogIn.AccessToken, `mutation($t: String) { logOut(refreshToken: $t) }`, map[string]any{"t": data.LogIn.RefreshToken}).Decode(t, &out)
			if !out.LogOut {
				t.Fatal("logOut returned false")
			}
			res, _ := refresh(t, data.LogIn.RefreshToken)
			if e := res.Err(t); e.Code() != "unauthorized" {
				t.Fatalf("refresh after log-out = %+v", e)
			}
		})

		t.Run("LogOutWithoutTokenEndsEverySession", func(t *testing.T) {
			var a, b struct{ LogIn servertest.Session }
			s.GraphQL(t, "", logInMutation, map[string]any{"email": "ann@example.com", "password": "correct horse battery"}).Decode(t, &a)
			s.GraphQL(t, "", logInMutation, map[string]any{"email": "ann@example.com", "password": "correct horse battery"}).Decode(t, &b)
			var out struct{ LogOut bool }
			s.GraphQL(t, a.LogIn.AccessToken, `mutation { logOut }`, nil).Decode(t, &out)
			for _, tok := range []string{a.LogIn.RefreshToken, b.LogIn.RefreshToken} {
				if res, _ := refresh(t, tok); len(res.Errors) == 0 {
					t.Fatal("a session survived log-out everywhere")
				}
			}
		})

		t.Run("AnonymousLogOutWithoutTokenIsUnauthorized", func(t *testing.T) {
			if e := s.GraphQL(t, "", `mutation { logOut }`, nil).Err(t); e.Code() != "unauthorized" {
				t.Fatalf("got %+v", e)
			}
		})
	})
}

func TestViewerAuthentication(t *testing.T) {
	s := servertest.Start(t, testdb.SQLiteURL(t))
	sess := s.SignUp(t, "ann@example.com", "Acme")

	t.Run("AnonymousViewerIsNull", func(t *testing.T) {
		var v struct{ Viewer *struct{ ID string } }
		s.GraphQL(t, "", `{ viewer { id } }`, nil).Decode(t, &v)
		if v.Viewer != nil {
			t.Fatal("anonymous viewer is not null")
		}
	})
	t.Run("TamperedTokenIsUnauthorized", func(t *testing.T) {
		e := s.GraphQL(t, sess.AccessToken+"x", `{ viewer { id } auditLogs { totalCount } }`, nil)
		if len(e.Errors) == 0 || e.Errors[0].Code() != "unauthorized" || !strings.Contains(e.Errors[0].Message, "invalid access token") {
			t.Fatalf("got %+v", e.Errors)
		}
	})
	t.Run("ProtectedQueryWithoutTokenIsUnauthorized", func(t *testing.T) {
		if e := s.GraphQL(t, "", `{ auditLogs { totalCount } }`, nil).Err(t); e.Code() != "unauthorized" {
			t.Fatalf("got %+v", e)
		}
	})
	t.Run("PublicOperationsWorkWithAStaleToken", func(t *testing.T) {
		var data struct{ TermsOfService struct{ Version string } }
		s.GraphQL(t, "garbage", `{ termsOfService { version } }`, nil).Decode(t, &data)
		if data.TermsOfService.Version == "" {
			t.Fatal("no terms version")
		}
	})
}
