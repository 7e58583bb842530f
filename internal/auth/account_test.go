package auth_test

import (
	"context"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/secretbox"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
)

const password = "correct horse battery"

type harness struct {
	db      *database.DB
	clock   *testkit.Clock
	mail    *testkit.Mailbox
	svc     *auth.Service
	tokens  *auth.Tokens
	current *auth.Current
}

func newHarness(t *testing.T, url string) *harness {
	t.Helper()
	db := testkit.Open(t, url)
	h := &harness{db: db, clock: testkit.NewClock(testkit.Epoch), mail: &testkit.Mailbox{}}
	var err error
	if h.tokens, err = auth.NewTokens([]byte(strings.Repeat("k", 32)), h.clock.Now); err != nil {
		t.Fatal(err)
	}
	box, err := secretbox.New([]byte(strings.Repeat("b", 32)))
	if err != nil {
		t.Fatal(err)
	}
	h.svc = auth.NewService(db.Client, h.tokens, ratelimit.NewMemory(), h.clock.Now, testkit.DiscardLog())
	h.svc.Box, h.svc.Mail, h.svc.PublicURL = box, h.mail, "https://portal.example"
	if h.current, err = auth.NewCurrent(db.SQL, db.Dialect); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.current.Close() })
	return h
}

// member makes email an account with the test password and role in a new
// tenant, and logs it in.
func (h *harness) member(t *testing.T, slug string, role membership.Role) (testkit.Tenant, *auth.Session) {
	t.Helper()
	tn := testkit.MustTenant(t, h.db.Client, slug, role)
	hash, err := auth.HashPassword(password)
	if err != nil {
		t.Fatal(err)
	}
	h.db.Client.User.UpdateOne(tn.Users[role]).SetPasswordHash(hash).ExecX(testkit.System())
	sess, err := h.svc.LogIn(context.Background(), tn.Email(role), password, "")
	if err != nil {
		t.Fatalf("LogIn: %v", err)
	}
	return tn, sess
}

// resolve runs the session resolver on an access token, as every request does.
func (h *harness) resolve(token string) (*viewer.Principal, error) {
	r := auth.SessionResolver{Tokens: h.tokens, Current: h.current}
	return r.Resolve(context.Background(), auth.Credentials{Authorization: "Bearer " + token})
}

func (h *harness) link(t *testing.T, to string) string {
	t.Helper()
	h.svc.Flush()
	sent := h.mail.Sent()
	for i := len(sent) - 1; i >= 0; i-- {
		if sent[i].To[0] == to {
			m := regexp.MustCompile(`\?token=(\S+)`).FindStringSubmatch(sent[i].Body)
			if m == nil {
				continue
			}
			tok, _ := url.QueryUnescape(m[1])
			return tok
		}
	}
	t.Fatalf("no link emailed to %s", to)
	return ""
}

func TestSessionResolverReadsTheDatabase(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)

		t.Run("RoleComesFromTheMembershipNotTheToken", func(t *testing.T) {
			tn, sess := h.member(t, "demoted", membership.RoleADMIN)
			h.db.Client.Membership.Update().Where(membership.TenantID(tn.ID)).SetRole(membership.RoleVIEWER).ExecX(testkit.System())
			p, err := h.resolve(sess.AccessToken)
			if err != nil || p.Role != viewer.RoleViewer || p.CanWrite() {
				t.Fatalf("principal %+v, %v; want the demoted VIEWER role", p, err)
			}
		})
		t.Run("RemovedMembersNextRequestIsRefused", func(t *testing.T) {
			tn, sess := h.member(t, "removed", membership.RoleDEVELOPER)
			h.db.Client.Membership.Delete().Where(membership.TenantID(tn.ID)).ExecX(testkit.System())
			_, err := h.resolve(sess.AccessToken)
			testkit.WantFault(t, err, fault.Unauthorized, "")
		})
		t.Run("SignedOutSessionsAccessTokenIsRefused", func(t *testing.T) {
			_, sess := h.member(t, "signedout", membership.RoleOWNER)
			if _, err := h.resolve(sess.AccessToken); err != nil {
				t.Fatalf("a live session was refused: %v", err)
			}
			if err := h.svc.LogOut(context.Background(), sess.RefreshToken); err != nil {
				t.Fatal(err)
			}
			_, err := h.resolve(sess.AccessToken)
			testkit.WantFault(t, err, fault.Unauthorized, "")
		})
		t.Run("RequiredMFAWithoutOneLeavesNoTenant", func(t *testing.T) {
			tn, sess := h.member(t, "needsmfa", membership.RoleDEVELOPER)
			h.db.Client.Tenant.UpdateOneID(tn.ID).SetRequireMfa(true).ExecX(testkit.System())
			p, err := h.resolve(sess.AccessToken)
			if err != nil || p.TenantID != "" || p.MFASetupFor != tn.ID {
				t.Fatalf("principal %+v, %v; want no tenant until MFA is set up", p, err)
			}
			_, err = viewer.RequireMember(viewer.NewContext(context.Background(), p))
			if err == nil || !strings.Contains(fault.From(err).Message, "two-factor") {
				t.Fatalf("RequireMember = %v, want a refusal naming two-factor authentication", err)
			}
		})
	})
}

func TestSessionsAndSwitching(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)
		tn, first := h.member(t, "sessions", membership.RoleOWNER)
		other := testkit.MustTenant(t, h.db.Client, "sessions-other")
		h.db.Client.Membership.Create().SetUserID(first.User.ID).SetTenantID(other.ID).SetRole(membership.RoleVIEWER).ExecX(testkit.System())
		ctx := requestinfo.NewContext(context.Background(), requestinfo.Info{ClientIP: "203.0.113.7",
			UserAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"})
		second, err := h.svc.LogIn(ctx, tn.Email(membership.RoleOWNER), password, "")
		if err != nil {
			t.Fatal(err)
		}

		t.Run("ListsEachSessionWithDeviceAndIP", func(t *testing.T) {
			list, err := h.svc.Sessions(testkit.As(second.Principal))
			if err != nil || len(list) != 2 {
				t.Fatalf("Sessions = %d, %v; want 2", len(list), err)
			}
			var current *auth.SessionInfo
			for _, s := range list {
				if s.Current {
					current = s
				}
			}
			if current == nil || current.Device != "Chrome on macOS" || current.IP != "203.0.113.7" {
				t.Fatalf("current session %+v", current)
			}
		})
		t.Run("SwitchingKeepsTheSessionAndSurvivesRefresh", func(t *testing.T) {
			switched, err := h.svc.SwitchOrganization(testkit.As(first.Principal), other.ID)
			if err != nil {
				t.Fatal(err)
			}
			if switched.Principal.TenantID != other.ID || switched.Principal.Role != viewer.RoleViewer || switched.Principal.SessionID != first.Principal.SessionID {
				t.Fatalf("switched %+v", switched.Principal)
			}
			refreshed, err := h.svc.Refresh(context.Background(), switched.RefreshToken)
			if err != nil || refreshed.Principal.TenantID != other.ID {
				t.Fatalf("refresh after switching = %+v, %v; want the chosen organization", refreshed, err)
			}
			// The token from before the switch is spent: using it is a replay.
			_, err = h.svc.Refresh(context.Background(), first.RefreshToken)
			testkit.WantFault(t, err, fault.Unauthorized, "")
			first = refreshed
		})
		t.Run("CreatingAnotherOrganizationMakesTheViewerItsOwnerThere", func(t *testing.T) {
			made, err := h.svc.CreateOrganization(testkit.As(second.Principal), auth.NewOrganization{Name: "Second Co", Industry: "PAYMENTS", AcceptTerms: true})
			if err != nil {
				t.Fatal(err)
			}
			if made.Principal.TenantID == tn.ID || made.Principal.Role != viewer.RoleOwner || made.Principal.SessionID != second.Principal.SessionID {
				t.Fatalf("new organization session %+v", made.Principal)
			}
			_, err = h.svc.CreateOrganization(testkit.As(second.Principal), auth.NewOrganization{Name: " ", Industry: "PAYMENTS"})
			testkit.WantFault(t, err, fault.Invalid, "name")
			back, err := h.svc.SwitchOrganization(testkit.As(made.Principal), tn.ID)
			if err != nil {
				t.Fatal(err)
			}
			second = back
		})
		t.Run("SwitchingToAForeignOrganizationIsNotFound", func(t *testing.T) {
			stranger := testkit.MustTenant(t, h.db.Client, "sessions-stranger")
			_, err := h.svc.SwitchOrganization(testkit.As(second.Principal), stranger.ID)
			testkit.WantFault(t, err, fault.NotFound, "")
		})
		t.Run("RevokingOneSessionEndsOnlyIt", func(t *testing.T) {
			third, err := h.svc.LogIn(context.Background(), tn.Email(membership.RoleOWNER), password, "")
			if err != nil {
				t.Fatal(err)
			}
			if err := h.svc.RevokeSession(testkit.As(second.Principal), third.Principal.SessionID); err != nil {
				t.Fatal(err)
			}
			if _, err := h.resolve(third.AccessToken); !fault.Is(err, fault.Unauthorized) {
				t.Fatalf("revoked session resolves: %v", err)
			}
			if _, err := h.resolve(second.AccessToken); err != nil {
				t.Fatalf("the revoking session was ended too: %v", err)
			}
			testkit.WantFault(t, h.svc.RevokeSession(testkit.As(second.Principal), "rtk_not_mine"), fault.NotFound, "")
		})
		t.Run("PasswordChangeSignsOutTheOtherSessions", func(t *testing.T) {
			err := h.svc.ChangePassword(testkit.As(second.Principal), "wrong password", "a brand new passphrase here")
			testkit.WantFault(t, err, fault.Invalid, "current_password")
			err = h.svc.ChangePassword(testkit.As(second.Principal), password, "aaaaaaaaaaaa")
			testkit.WantFault(t, err, fault.Invalid, "new_password")
			if err := h.svc.ChangePassword(testkit.As(second.Principal), password, "a brand new passphrase here"); err != nil {
				t.Fatal(err)
			}
			if _, err := h.resolve(second.AccessToken); err != nil {
				t.Fatalf("the session that changed the password was signed out: %v", err)
			}
			if _, err := h.resolve(first.AccessToken); !fault.Is(err, fault.Unauthorized) {
				t.Fatalf("another session survived the password change: %v", err)
			}
			if _, err := h.svc.LogIn(context.Background(), tn.Email(membership.RoleOWNER), password, ""); !fault.Is(err, fault.Unauthorized) {
				t.Fatalf("the old password still works: %v", err)
			}
		})
		t.Run("SignOutEverywhereEndsThisSessionToo", func(t *testing.T) {
			n, err := h.svc.SignOutEverywhere(testkit.As(second.Principal))
			if err != nil || n < 1 {
				t.Fatalf("SignOutEverywhere = %d, %v", n, err)
			}
			if _, err := h.resolve(second.AccessToken); !fault.Is(err, fault.Unauthorized) {
				t.Fatalf("the session survived signing out everywhere: %v", err)
			}
		})
	})
}

func TestPasswordReset(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)
		tn, sess := h.member(t, "reset", membership.RoleOWNER)
		email := tn.Email(membership.RoleOWNER)
		ask := func(email, ip string) error {
			ctx := requestinfo.NewContext(context.Background(), requestinfo.Info{ClientIP: ip})
			return h.svc.RequestPasswordReset(ctx, email)
		}

		t.Run("UnknownEmailGetsTheSameAnswerAndNoEmail", func(t *testing.T) {
			if err := ask("nobody@example.com", "198.51.100.1"); err != nil {
				t.Fatalf("RequestPasswordReset(unknown) = %v, want the same nil as for a known email", err)
			}
			h.svc.Flush()
			if h.mail.Count() != 0 {
				t.Fatal("an email was sent for an unknown address")
			}
		})
		t.Run("LinkResetsOnceSignsOutEverySession", func(t *testing.T) {
			if err := ask(email, "198.51.100.2"); err != nil {
				t.Fatal(err)
			}
			token := h.link(t, email)
			if !strings.HasPrefix(token, "kbs_pr_") {
				t.Fatalf("token %q", token)
			}
			err := h.svc.ResetPassword(context.Background(), token, "password123")
			testkit.WantFault(t, err, fault.Invalid, "new_password")
			// A refused password leaves the link usable.
			if err := h.svc.ResetPassword(context.Background(), token, "an entirely fresh passphrase"); err != nil {
				t.Fatalf("ResetPassword: %v", err)
			}
			if _, err := h.resolve(sess.AccessToken); !fault.Is(err, fault.Unauthorized) {
				t.Fatalf("a session survived the reset: %v", err)
			}
			if _, err := h.svc.LogIn(context.Background(), email, "an entirely fresh passphrase", ""); err != nil {
				t.Fatalf("log-in with the new password: %v", err)
			}
			err = h.svc.ResetPassword(context.Background(), token, "yet another fresh passphrase")
			testkit.WantFault(t, err, fault.Invalid, "token")
		})
		t.Run("LinkExpiresAfterThirtyMinutes", func(t *testing.T) {
			if err := ask(email, "198.51.100.3"); err != nil {
				t.Fatal(err)
			}
			token := h.link(t, email)
			h.clock.Advance(auth.PasswordResetTTL)
			defer h.clock.Set(testkit.Epoch)
			err := h.svc.ResetPassword(context.Background(), token, "an entirely fresh passphrase 2")
			testkit.WantFault(t, err, fault.Invalid, "token")
		})
		t.Run("OnlyTheNewestLinkWorks", func(t *testing.T) {
			h.clock.Advance(2 * time.Hour) // a fresh per-email budget
			if err := ask(email, "198.51.100.4"); err != nil {
				t.Fatal(err)
			}
			older := h.link(t, email)
			if err := ask(email, "198.51.100.4"); err != nil {
				t.Fatal(err)
			}
			testkit.WantFault(t, h.svc.ResetPassword(context.Background(), older, "an entirely fresh passphrase 3"), fault.Invalid, "token")
		})
		t.Run("RateLimitedPerEmailWhetherOrNotItExists", func(t *testing.T) {
			h.clock.Advance(2 * time.Hour)
			for _, target := range []string{email, "ghost@example.com"} {
				var err error
				for i := 0; i < 4; i++ {
					err = ask(target, "198.51.100.5")
				}
				testkit.WantFault(t, err, fault.RateLimited, "")
			}
		})
		t.Run("RateLimitedPerIP", func(t *testing.T) {
			h.clock.Advance(2 * time.Hour)
			var err error
			for i := 0; i < 21; i++ {
				err = ask(strings.Repeat("x", i+1)+"@example.com", "198.51.100.6")
			}
			testkit.WantFault(t, err, fault.RateLimited, "")
		})
	})
}

func TestTOTP(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)
		tn, sess := h.member(t, "totp", membership.RoleOWNER)
		email := tn.Email(membership.RoleOWNER)
		as := testkit.As(sess.Principal)
		code := func(t *testing.T, secret string, at time.Time) string {
			t.Helper()
			c, err := auth.TOTPCode(secret, at)
			if err != nil {
				t.Fatal(err)
			}
			return c
		}

		enrol, err := h.svc.BeginMFA(as)
		if err != nil {
			t.Fatal(err)
		}
		var recovery []string
		t.Run("EnrolmentShowsAQRCodeAndNeedsTheAppsCode", func(t *testing.T) {
			if !strings.HasPrefix(enrol.URI, "otpauth://totp/KeyBS:") || !strings.HasPrefix(enrol.QRCode, "data:image/png;base64,") {
				t.Fatalf("enrolment %+v", enrol)
			}
			u := h.db.Client.User.GetX(testkit.System(), sess.User.ID)
			if u.MfaPendingSecret == nil || strings.Contains(*u.MfaPendingSecret, enrol.Secret) {
				t.Fatal("the pending secret must be stored, and sealed")
			}
			_, err := h.svc.ConfirmMFA(as, code(t, enrol.Secret, h.clock.Now().Add(-5*time.Minute)))
			testkit.WantFault(t, err, fault.Invalid, "code")
			if recovery, err = h.svc.ConfirmMFA(as, code(t, enrol.Secret, h.clock.Now())); err != nil {
				t.Fatal(err)
			}
			if len(recovery) != auth.RecoveryCodeCount {
				t.Fatalf("%d recovery codes, want %d", len(recovery), auth.RecoveryCodeCount)
			}
		})
		t.Run("LogInAsksForTheCode", func(t *testing.T) {
			_, err := h.svc.LogIn(context.Background(), email, password, "")
			testkit.WantFault(t, err, fault.Invalid, "mfa_code")
			h.clock.Advance(30 * time.Second) // the confirming step is spent
			if _, err := h.svc.LogIn(context.Background(), email, password, code(t, enrol.Secret, h.clock.Now())); err != nil {
				t.Fatalf("LogIn with the current code: %v", err)
			}
		})
		t.Run("ACodeWorksOnce", func(t *testing.T) {
			_, err := h.svc.LogIn(context.Background(), email, password, code(t, enrol.Secret, h.clock.Now()))
			testkit.WantFault(t, err, fault.Invalid, "mfa_code")
		})
		t.Run("OneStepOfSkewIsAllowedTwoAreNot", func(t *testing.T) {
			h.clock.Advance(5 * time.Minute)
			if _, err := h.svc.LogIn(context.Background(), email, password, code(t, enrol.Secret, h.clock.Now().Add(-30*time.Second))); err != nil {
				t.Fatalf("a code one step old was refused: %v", err)
			}
			_, err := h.svc.LogIn(context.Background(), email, password, code(t, enrol.Secret, h.clock.Now().Add(90*time.Second)))
			testkit.WantFault(t, err, fault.Invalid, "mfa_code")
		})
		t.Run("RecoveryCodesAreSingleUse", func(t *testing.T) {
			if _, err := h.svc.LogIn(context.Background(), email, password, strings.ToUpper(recovery[0])); err != nil {
				t.Fatalf("log-in with a recovery code: %v", err)
			}
			_, err := h.svc.LogIn(context.Background(), email, password, recovery[0])
			testkit.WantFault(t, err, fault.Invalid, "mfa_code")
			if n, _ := h.svc.RecoveryCodesLeft(as, sess.User.ID); n != auth.RecoveryCodeCount-1 {
				t.Fatalf("%d recovery codes left, want %d", n, auth.RecoveryCodeCount-1)
			}
		})
		t.Run("DisablingNeedsAFreshCode", func(t *testing.T) {
			testkit.WantFault(t, h.svc.DisableMFA(as, "000000"), fault.Invalid, "code")
			h.clock.Advance(time.Minute)
			if err := h.svc.DisableMFA(as, code(t, enrol.Secret, h.clock.Now())); err != nil {
				t.Fatal(err)
			}
			if _, err := h.svc.LogIn(context.Background(), email, password, ""); err != nil {
				t.Fatalf("log-in without MFA after disabling: %v", err)
			}
			_, err := h.svc.LogIn(context.Background(), email, password, recovery[1])
			if err != nil {
				t.Fatalf("an ignored code broke a log-in without MFA: %v", err)
			}
		})
		t.Run("AnOrganizationThatRequiresMFAKeepsIt", func(t *testing.T) {
			again, err := h.svc.BeginMFA(as)
			if err != nil {
				t.Fatal(err)
			}
			h.clock.Advance(time.Minute)
			if _, err := h.svc.ConfirmMFA(as, code(t, again.Secret, h.clock.Now())); err != nil {
				t.Fatal(err)
			}
			h.db.Client.Tenant.UpdateOneID(tn.ID).SetRequireMfa(true).ExecX(testkit.System())
			h.clock.Advance(time.Minute)
			testkit.WantFault(t, h.svc.DisableMFA(as, code(t, again.Secret, h.clock.Now())), fault.Forbidden, "")
		})
	})
}
