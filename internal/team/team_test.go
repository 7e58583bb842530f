package team_test

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/secretbox"
	"github.com/keybs/platform/internal/team"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
)

type harness struct {
	db    *database.DB
	clock *testkit.Clock
	mail  *testkit.Mailbox
	auth  *auth.Service
	team  *team.Service
	seq   atomic.Int64
}

const password = "correct horse battery"

func newHarness(t *testing.T, url string) *harness {
	t.Helper()
	db := testkit.Open(t, url)
	h := &harness{db: db, clock: testkit.NewClock(testkit.Epoch), mail: &testkit.Mailbox{}}
	tokens, err := auth.NewTokens([]byte(strings.Repeat("k", 32)), h.clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	box, err := secretbox.New([]byte(strings.Repeat("b", 32)))
	if err != nil {
		t.Fatal(err)
	}
	h.auth = auth.NewService(db.Client, tokens, ratelimit.NewMemory(), h.clock.Now, testkit.DiscardLog())
	h.auth.Box, h.auth.Mail, h.auth.PublicURL = box, h.mail, "https://portal.example"
	h.team = team.New(team.Options{Client: db.Client, Bus: testkit.Bus(t, db, url), Sessions: h.auth, Mail: h.mail,
		Now: h.clock.Now, PublicURL: "https://portal.example", Dialect: db.Dialect, Log: testkit.DiscardLog()})
	h.auth.Invitations = h.team
	return h
}

// tenant makes a tenant with one member of each role.
func (h *harness) tenant(t *testing.T) testkit.Tenant {
	t.Helper()
	return testkit.MustTenant(t, h.db.Client, fmt.Sprintf("t%d", h.seq.Add(1)),
		membership.RoleOWNER, membership.RoleADMIN, membership.RoleDEVELOPER, membership.RoleVIEWER)
}

func (h *harness) membershipOf(t *testing.T, tn testkit.Tenant, role membership.Role) *ent.Membership {
	t.Helper()
	return h.db.Client.Membership.Query().Where(membership.TenantID(tn.ID), membership.UserID(tn.Users[role].ID)).OnlyX(testkit.System())
}

func (h *harness) count(t *testing.T, tenantID, typ string) (audits, events int) {
	t.Helper()
	sys := testkit.System()
	audits = h.db.Client.AuditLog.Query().Where(auditlog.TenantID(tenantID), auditlog.Action(typ)).CountX(sys)
	events = h.db.Client.Event.Query().Where(event.TenantID(tenantID), event.Type(typ)).CountX(sys)
	return audits, events
}

// lastLink returns the token of the latest emailed link to to.
func (h *harness) lastLink(t *testing.T, to string) string {
	t.Helper()
	sent := h.mail.Sent()
	for i := len(sent) - 1; i >= 0; i-- {
		if sent[i].To[0] != to {
			continue
		}
		m := regexp.MustCompile(`https://portal\.example/\S+\?token=(\S+)`).FindStringSubmatch(sent[i].Body)
		if m == nil {
			t.Fatalf("email to %s has no link: %s", to, sent[i].Body)
		}
		token, err := url.QueryUnescape(m[1])
		if err != nil {
			t.Fatal(err)
		}
		return token
	}
	t.Fatalf("no email to %s among %d", to, len(sent))
	return ""
}

// user creates an account with the test password, outside any tenant.
func (h *harness) user(t *testing.T, email string) *ent.User {
	t.Helper()
	hash, err := auth.HashPassword(password)
	if err != nil {
		t.Fatal(err)
	}
	return h.db.Client.User.Create().SetEmail(email).SetName("Someone").SetPasswordHash(hash).SaveX(testkit.System())
}

func TestMemberManagementMatrix(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)
		const (
			O = membership.RoleOWNER
			A = membership.RoleADMIN
			D = membership.RoleDEVELOPER
			V = membership.RoleVIEWER
		)
		changes := []struct {
			actor, target, to membership.Role
			want              fault.Kind // "" for success
		}{
			{O, A, V, ""}, {O, V, O, ""}, {O, D, A, ""}, {O, O, A, fault.Conflict},
			{A, D, V, ""}, {A, V, A, ""}, {A, A, D, ""}, {A, D, O, fault.Forbidden}, {A, O, A, fault.Forbidden},
			{D, V, D, fault.Forbidden}, {D, D, A, fault.Forbidden},
			{V, D, V, fault.Forbidden}, {V, V, O, fault.Forbidden},
		}
		for _, c := range changes {
			name := fmt.Sprintf("%sChanges%sTo%s", c.actor, c.target, c.to)
			if c.want == "" {
				name += "Succeeds"
			} else {
				name += "Is" + string(c.want)
			}
			t.Run(name, func(t *testing.T) {
				tn := h.tenant(t)
				m := h.membershipOf(t, tn, c.target)
				got, err := h.team.ChangeRole(tn.As(c.actor), m.ID, c.to)
				audits, events := h.count(t, tn.ID, "member.role_changed")
				if c.want != "" {
					testkit.WantFault(t, err, c.want, "")
					if now := h.membershipOf(t, tn, c.target); now.Role != c.target || audits+events != 0 {
						t.Fatalf("a refused change was applied or recorded: role %s, %d audits, %d events", now.Role, audits, events)
					}
					return
				}
				if err != nil {
					t.Fatalf("ChangeRole: %v", err)
				}
				if got.Role != c.to || h.membershipOf(t, tn, c.target).Role != c.to {
					t.Fatalf("role = %s, want %s", got.Role, c.to)
				}
				if audits != 1 || events != 2 {
					t.Fatalf("%d audit entries and %d events (TEST and LIVE), want 1 and 2", audits, events)
				}
			})
		}

		removals := []struct {
			actor, target membership.Role
			want          fault.Kind
		}{
			{O, A, ""}, {O, D, ""}, {O, O, fault.Conflict},
			{A, D, ""}, {A, V, ""}, {A, O, fault.Forbidden},
			{D, V, fault.Forbidden}, {D, D, ""}, // a developer may leave
			{V, D, fault.Forbidden}, {V, V, ""},
		}
		for _, c := range removals {
			name := fmt.Sprintf("%sRemoves%s", c.actor, c.target)
			if c.actor == c.target {
				name = fmt.Sprintf("%sLeaves", c.actor)
			}
			if c.want == "" {
				name += "Succeeds"
			} else {
				name += "Is" + string(c.want)
			}
			t.Run(name, func(t *testing.T) {
				tn := h.tenant(t)
				m := h.membershipOf(t, tn, c.target)
				err := h.team.Remove(tn.As(c.actor), m.ID)
				left := h.db.Client.Membership.Query().Where(membership.ID(m.ID)).ExistX(testkit.System())
				audits, events := h.count(t, tn.ID, "member.removed")
				if c.want != "" {
					testkit.WantFault(t, err, c.want, "")
					if !left || audits+events != 0 {
						t.Fatal("a refused removal was applied or recorded")
					}
					return
				}
				if err != nil || left || audits != 1 || events != 2 {
					t.Fatalf("Remove = %v; membership still there: %v; %d audits, %d events", err, left, audits, events)
				}
			})
		}

		invites := []struct {
			actor, role membership.Role
			want        fault.Kind
		}{
			{O, O, ""}, {O, A, ""}, {O, V, ""}, {A, A, ""}, {A, D, ""}, {A, O, fault.Forbidden},
			{D, V, fault.Forbidden}, {V, V, fault.Forbidden},
		}
		for _, c := range invites {
			name := fmt.Sprintf("%sInvites%s", c.actor, c.role)
			if c.want == "" {
				name += "Succeeds"
			} else {
				name += "Is" + string(c.want)
			}
			t.Run(name, func(t *testing.T) {
				tn := h.tenant(t)
				email := fmt.Sprintf("new-%d@example.com", h.seq.Add(1))
				before := h.mail.Count()
				inv, err := h.team.Invite(tn.As(c.actor), email, c.role)
				audits, events := h.count(t, tn.ID, "member.invited")
				if c.want != "" {
					testkit.WantFault(t, err, c.want, "")
					if audits+events != 0 || h.mail.Count() != before {
						t.Fatal("a refused invitation was recorded or emailed")
					}
					return
				}
				if err != nil || string(inv.Role) != string(c.role) || audits != 1 || events != 2 || h.mail.Count() != before+1 {
					t.Fatalf("Invite = %+v, %v; %d audits, %d events, %d emails", inv, err, audits, events, h.mail.Count()-before)
				}
			})
		}

		t.Run("EveryRoleListsMembersOnlyAdminsListInvitations", func(t *testing.T) {
			tn := h.tenant(t)
			for _, r := range []membership.Role{O, A, D, V} {
				ms, err := h.team.Members(tn.As(r))
				if err != nil || len(ms) != 4 {
					t.Fatalf("%s: Members = %d, %v; want the 4 members", r, len(ms), err)
				}
				_, err = h.team.Invitations(tn.As(r))
				if (r == O || r == A) != (err == nil) {
					t.Fatalf("%s: Invitations error %v", r, err)
				}
			}
		})

		t.Run("AnotherTenantsMemberIsNotFound", func(t *testing.T) {
			a, b := h.tenant(t), h.tenant(t)
			_, err := h.team.ChangeRole(a.As(O), h.membershipOf(t, b, D).ID, V)
			testkit.WantFault(t, err, fault.NotFound, "")
			testkit.WantFault(t, h.team.Remove(a.As(O), h.membershipOf(t, b, D).ID), fault.NotFound, "")
		})

		t.Run("TwoOwnersDemotingEachOtherLeaveOneOwner", func(t *testing.T) {
			tn := h.tenant(t)
			second := h.membershipOf(t, tn, A)
			if _, err := h.team.ChangeRole(tn.As(O), second.ID, O); err != nil {
				t.Fatal(err)
			}
			first := h.membershipOf(t, tn, O)
			asFirst := tn.As(O)
			asSecond := testkit.As(&viewer.Principal{UserID: second.UserID, TenantID: tn.ID, Role: viewer.RoleOwner})
			errs := testkit.Concurrently(2, func(i int) error {
				if i == 0 {
					_, err := h.team.ChangeRole(asFirst, second.ID, A)
					return err
				}
				_, err := h.team.ChangeRole(asSecond, first.ID, A)
				return err
			})
			testkit.WantOneWinner(t, errs, fault.Conflict)
			owners := h.db.Client.Membership.Query().Where(membership.TenantID(tn.ID), membership.RoleEQ(O)).CountX(testkit.System())
			if owners != 1 {
				t.Fatalf("%d owners left, want 1", owners)
			}
		})
	})
}

func TestInvitations(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)
		invite := func(t *testing.T, tn testkit.Tenant, email string, role membership.Role) string {
			t.Helper()
			if _, err := h.team.Invite(tn.As(membership.RoleOWNER), email, role); err != nil {
				t.Fatalf("Invite: %v", err)
			}
			return h.lastLink(t, strings.ToLower(email))
		}
		signUp := func(email, token string) (*auth.Session, error) {
			return h.auth.SignUp(context.Background(), auth.SignUpInput{Email: email, Password: password, Name: "New Member", InvitationToken: token})
		}

		t.Run("NewUserSignsUpIntoTheInvitingOrganizationWithTheRole", func(t *testing.T) {
			tn := h.tenant(t)
			token := invite(t, tn, "Dev@Example.com", membership.RoleDEVELOPER)
			if !strings.HasPrefix(token, "kbs_inv_") {
				t.Fatalf("emailed token %q", token)
			}
			stored := h.db.Client.Invitation.Query().OnlyX(tn.As(membership.RoleOWNER))
			if strings.Contains(stored.TokenHash, token) || stored.Email != "dev@example.com" {
				t.Fatalf("stored invitation %+v: the token must be stored hashed, the email lower-cased", stored)
			}
			sess, err := signUp("dev@example.com", token)
			if err != nil {
				t.Fatalf("SignUp: %v", err)
			}
			if sess.Principal.TenantID != tn.ID || sess.Principal.Role != viewer.RoleDeveloper {
				t.Fatalf("session for %+v, want DEVELOPER of %s", sess.Principal, tn.ID)
			}
			if n := h.db.Client.Tenant.Query().CountX(testkit.System()); n == 0 {
				t.Fatal("no tenants")
			}
			if _, events := h.count(t, tn.ID, "member.added"); events != 2 {
				t.Fatalf("%d member.added events, want 2", events)
			}
			if st := h.team.State(h.db.Client.Invitation.GetX(testkit.System(), stored.ID)); st != team.Accepted {
				t.Fatalf("state %s, want ACCEPTED", st)
			}
		})

		t.Run("ExistingUserAcceptsAndTheSessionMovesThere", func(t *testing.T) {
			home, other := h.tenant(t), h.tenant(t)
			u := h.user(t, "joiner@example.com")
			h.db.Client.Membership.Create().SetUserID(u.ID).SetTenantID(home.ID).SetRole(membership.RoleOWNER).ExecX(testkit.System())
			token := invite(t, other, "joiner@example.com", membership.RoleADMIN)
			sess, err := h.auth.LogIn(context.Background(), "joiner@example.com", password, "")
			if err != nil || sess.Principal.TenantID != home.ID {
				t.Fatalf("LogIn = %+v, %v", sess, err)
			}
			moved, err := h.team.Accept(testkit.As(sess.Principal), token)
			if err != nil {
				t.Fatalf("Accept: %v", err)
			}
			if moved.Principal.TenantID != other.ID || moved.Principal.Role != viewer.RoleAdmin || moved.Principal.SessionID != sess.Principal.SessionID {
				t.Fatalf("accepted session %+v; want ADMIN of %s in the same session", moved.Principal, other.ID)
			}
		})

		refusals := []struct {
			name  string
			setup func(t *testing.T, tn testkit.Tenant) (email, token string)
			kind  fault.Kind
			says  string
		}{
			{"ExpiredIsRefused", func(t *testing.T, tn testkit.Tenant) (string, string) {
				token := invite(t, tn, "late@example.com", membership.RoleDEVELOPER)
				h.clock.Advance(team.InvitationTTL)
				t.Cleanup(func() { h.clock.Set(testkit.Epoch) })
				return "late@example.com", token
			}, fault.Invalid, "expired"},
			{"ReusedIsRefused", func(t *testing.T, tn testkit.Tenant) (string, string) {
				token := invite(t, tn, "twice@example.com", membership.RoleDEVELOPER)
				if _, err := signUp("twice@example.com", token); err != nil {
					t.Fatal(err)
				}
				return "twice-again@example.com", token
			}, fault.Invalid, "already been used"},
			{"WrongEmailIsRefused", func(t *testing.T, tn testkit.Tenant) (string, string) {
				return "someone-else@example.com", invite(t, tn, "invited@example.com", membership.RoleDEVELOPER)
			}, fault.Forbidden, "another email address"},
			{"RevokedIsRefused", func(t *testing.T, tn testkit.Tenant) (string, string) {
				token := invite(t, tn, "revoked@example.com", membership.RoleDEVELOPER)
				inv := h.db.Client.Invitation.Query().OnlyX(tn.As(membership.RoleOWNER))
				if _, err := h.team.RevokeInvitation(tn.As(membership.RoleADMIN), inv.ID); err != nil {
					t.Fatal(err)
				}
				return "revoked@example.com", token
			}, fault.Invalid, "revoked"},
			{"ReplacedLinkIsRefused", func(t *testing.T, tn testkit.Tenant) (string, string) {
				old := invite(t, tn, "resent@example.com", membership.RoleDEVELOPER)
				invite(t, tn, "resent@example.com", membership.RoleVIEWER)
				return "resent@example.com", old
			}, fault.Invalid, "revoked"},
			{"UnknownTokenIsRefused", func(t *testing.T, tn testkit.Tenant) (string, string) {
				return "nobody@example.com", "kbs_inv_made-up"
			}, fault.Invalid, "not valid"},
		}
		for _, c := range refusals {
			t.Run(c.name, func(t *testing.T) {
				tn := h.tenant(t)
				email, token := c.setup(t, tn)
				members := h.db.Client.Membership.Query().Where(membership.TenantID(tn.ID)).CountX(testkit.System())
				_, err := signUp(email, token)
				testkit.WantFault(t, err, c.kind, "")
				if !strings.Contains(fault.From(err).Message, c.says) {
					t.Fatalf("message %q, want it to say %q", fault.From(err).Message, c.says)
				}
				if n := h.db.Client.Membership.Query().Where(membership.TenantID(tn.ID)).CountX(testkit.System()); n != members {
					t.Fatalf("members %d -> %d after a refused invitation", members, n)
				}
				if _, err := h.team.PreviewInvitation(context.Background(), token); err == nil && c.kind == fault.Invalid {
					t.Fatal("the refused invitation still previews")
				}
			})
		}

		t.Run("AnAlreadyMemberIsRefusedAtInviteAndAtAccept", func(t *testing.T) {
			tn := h.tenant(t)
			_, err := h.team.Invite(tn.As(membership.RoleOWNER), tn.Email(membership.RoleDEVELOPER), membership.RoleADMIN)
			testkit.WantFault(t, err, fault.Conflict, "email")

			u := h.user(t, "both@example.com")
			token := invite(t, tn, "both@example.com", membership.RoleVIEWER)
			h.db.Client.Membership.Create().SetUserID(u.ID).SetTenantID(tn.ID).SetRole(membership.RoleDEVELOPER).ExecX(testkit.System())
			sess, err := h.auth.LogIn(context.Background(), "both@example.com", password, "")
			if err != nil {
				t.Fatal(err)
			}
			_, err = h.team.Accept(testkit.As(sess.Principal), token)
			testkit.WantFault(t, err, fault.Conflict, "")
		})

		t.Run("PreviewNamesTheOrganizationAndWhetherToSignUp", func(t *testing.T) {
			tn := h.tenant(t)
			token := invite(t, tn, "preview@example.com", membership.RoleVIEWER)
			p, err := h.team.PreviewInvitation(context.Background(), token)
			if err != nil || p.Email != "preview@example.com" || p.OrganizationName == "" || p.InvitedBy != "OWNER" || p.Role != membership.RoleVIEWER || p.AccountExists {
				t.Fatalf("Preview = %+v, %v", p, err)
			}
			if !p.ExpiresAt.Equal(testkit.Epoch.Add(7 * 24 * time.Hour)) {
				t.Fatalf("expires %v, want 7 days after the invitation", p.ExpiresAt)
			}
		})

		t.Run("InvitationsListsOpenOnesOnly", func(t *testing.T) {
			tn := h.tenant(t)
			invite(t, tn, "open@example.com", membership.RoleVIEWER)
			token := invite(t, tn, "done@example.com", membership.RoleVIEWER)
			if _, err := signUp("done@example.com", token); err != nil {
				t.Fatal(err)
			}
			invs, err := h.team.Invitations(tn.As(membership.RoleADMIN))
			if err != nil || len(invs) != 1 || invs[0].Email != "open@example.com" {
				t.Fatalf("Invitations = %v, %v; want the open one", invs, err)
			}
		})
	})
}
