package graph_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

const (
	inviteMember = `mutation($e: String!, $r: MembershipRole!) { inviteMember(email: $e, role: $r) { id email role state invitedBy { email } } }`
	membersQuery = `{ members { id role user { email name } } }`
)

// withMailbox makes the server's emails land in box.
func withMailbox(box *testkit.Mailbox) func(*server.Config) {
	return func(c *server.Config) { c.Mailer = notify.Mailer(box) }
}

func TestTeamOverGraphQL(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		box := &testkit.Mailbox{}
		s := servertest.Start(t, dbURL, withMailbox(box))
		owner := s.SignUp(t, "owner@team.example", "Team Co")

		var inv struct {
			InviteMember struct{ ID, Email, Role, State string }
		}
		s.GraphQL(t, owner.AccessToken, inviteMember, map[string]any{"e": "dev@team.example", "r": "DEVELOPER"}).Decode(t, &inv)
		if inv.InviteMember.State != "PENDING" || inv.InviteMember.Role != "DEVELOPER" {
			t.Fatalf("invitation %+v", inv.InviteMember)
		}
		sent := box.Sent()
		if len(sent) != 1 || sent[0].To[0] != "dev@team.example" {
			t.Fatalf("emails %+v", sent)
		}
		link := regexp.MustCompile(`(http://\S+)/invitations/accept\?token=(\S+)`).FindStringSubmatch(sent[0].Body)
		if link == nil || link[1] != s.Server.PublicURL() {
			t.Fatalf("invitation link %v does not start with KEYBS_PUBLIC_URL %s", link, s.Server.PublicURL())
		}

		var joined struct{ SignUp servertest.Session }
		s.GraphQL(t, "", servertest.SignUpMutation, map[string]any{"input": map[string]any{
			"email": "dev@team.example", "password": "correct horse battery", "name": "Dev",
			"acceptTerms": true, "invitationToken": link[2],
		}}).Decode(t, &joined)
		dev := joined.SignUp.AccessToken

		t.Run("BothSeeEachOtherInTheMembersList", func(t *testing.T) {
			for _, tok := range []string{owner.AccessToken, dev} {
				var m struct {
					Members []struct {
						ID, Role string
						User     struct{ Email string }
					}
				}
				s.GraphQL(t, tok, membersQuery, nil).Decode(t, &m)
				if len(m.Members) != 2 || m.Members[0].User.Email != "owner@team.example" || m.Members[1].User.Email != "dev@team.example" {
					t.Fatalf("members %+v", m.Members)
				}
			}
		})

		var devMembership string
		t.Run("DemotionAppliesOnTheNextRequest", func(t *testing.T) {
			var m struct{ Members []struct{ ID, Role string } }
			s.GraphQL(t, owner.AccessToken, membersQuery, nil).Decode(t, &m)
			devMembership = m.Members[1].ID
			const create = `mutation { createApiKey(input: {name: "k", environment: TEST}) { apiKey { id } } }`
			if res := s.GraphQL(t, dev, create, nil); len(res.Errors) != 0 {
				t.Fatalf("a developer could not create a key: %+v", res.Errors)
			}
			s.GraphQL(t, owner.AccessToken, `mutation($id: ID!) { changeMemberRole(membershipId: $id, role: VIEWER) { role } }`,
				map[string]any{"id": devMembership}).Decode(t, &struct{}{})
			// The same access token, issued while a developer, now acts as a viewer.
			if e := s.GraphQL(t, dev, create, nil).Err(t); e.Code() != "forbidden" {
				t.Fatalf("a demoted member created a key: %+v", e)
			}
		})

		t.Run("RemovedMembersNextRequestIsRefused", func(t *testing.T) {
			s.GraphQL(t, owner.AccessToken, `mutation($id: ID!) { removeMember(membershipId: $id) }`,
				map[string]any{"id": devMembership}).Decode(t, &struct{}{})
			if e := s.GraphQL(t, dev, membersQuery, nil).Err(t); e.Code() != "unauthorized" {
				t.Fatalf("a removed member's request: %+v, want unauthorized", e)
			}
		})

		t.Run("TheLastOwnerStays", func(t *testing.T) {
			var m struct{ Members []struct{ ID string } }
			s.GraphQL(t, owner.AccessToken, membersQuery, nil).Decode(t, &m)
			e := s.GraphQL(t, owner.AccessToken, `mutation($id: ID!) { removeMember(membershipId: $id) }`, map[string]any{"id": m.Members[0].ID}).Err(t)
			if e.Code() != "conflict" || !strings.Contains(e.Message, "last owner") {
				t.Fatalf("removing the last owner: %+v", e)
			}
		})

		t.Run("CountriesAreRealNames", func(t *testing.T) {
			var c struct{ Countries []struct{ Code, Name string } }
			s.GraphQL(t, owner.AccessToken, `{ countries { code name } }`, nil).Decode(t, &c)
			found := false
			for _, x := range c.Countries {
				if x.Name == "Germany" {
					found = x.Code == "DE"
				}
			}
			if len(c.Countries) < 240 || !found {
				t.Fatalf("%d countries, Germany found as DE: %v", len(c.Countries), found)
			}
		})

		t.Run("TermsNameEachIndustrysUseCases", func(t *testing.T) {
			var v struct {
				TermsOfService struct {
					Version    string
					Industries []struct {
						Industry  string
						Permitted []string
					}
				}
			}
			s.GraphQL(t, owner.AccessToken, `{ termsOfService { version industries { industry permitted } } }`, nil).Decode(t, &v)
			if len(v.TermsOfService.Industries) != 5 || len(v.TermsOfService.Industries[0].Permitted) == 0 {
				t.Fatalf("terms %+v", v.TermsOfService)
			}
		})
	})
}

func TestNewTermsVersionGatesOnlyNewLiveKeys(t *testing.T) {
	s := servertest.Start(t, testdb.SQLiteURL(t))
	owner := s.SignUp(t, "terms@team.example", "Terms Co")
	s.DB.Client.Tenant.UpdateOneID(owner.TenantID).SetTermsVersion("2025-06-01").ExecX(testkit.System())
	const create = `mutation($env: Environment!) { createApiKey(input: {name: "k", environment: $env}) { apiKey { id } } }`

	if res := s.GraphQL(t, owner.AccessToken, create, map[string]any{"env": "TEST"}); len(res.Errors) != 0 {
		t.Fatalf("a test key was refused for older terms: %+v", res.Errors)
	}
	e := s.GraphQL(t, owner.AccessToken, create, map[string]any{"env": "LIVE"}).Err(t)
	if e.Code() != "forbidden" || !strings.Contains(e.Message, "current API terms") {
		t.Fatalf("a live key with older terms: %+v, want forbidden naming the terms", e)
	}
	var v struct {
		Viewer struct {
			Memberships []struct{ Tenant struct{ TermsUpToDate bool } }
		}
	}
	s.GraphQL(t, owner.AccessToken, `{ viewer { memberships { tenant { termsUpToDate } } } }`, nil).Decode(t, &v)
	if v.Viewer.Memberships[0].Tenant.TermsUpToDate {
		t.Fatal("termsUpToDate is true for an older version")
	}
}
