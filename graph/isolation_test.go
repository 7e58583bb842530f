package graph_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/server/servertest"
)

// TestTenantIsolation signs up two tenants and proves neither can read, list,
// node()-fetch or change the other's rows, and that another tenant's id is
// answered exactly like an id that does not exist.
func TestTenantIsolation(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		a := s.SignUp(t, "alice@a.example", "Tenant A")
		b := s.SignUp(t, "bob@b.example", "Tenant B")
		sys := testkit.System()
		bMembership := s.DB.Client.Membership.Query().Where(membership.TenantID(b.TenantID)).OnlyX(sys)
		bAudit := s.DB.Client.AuditLog.Query().Where(auditlog.TenantID(b.TenantID)).FirstX(sys)

		nodeQuery := `query($id: ID!) { node(id: $id) { id } }`
		missing := map[string]string{
			"Tenant": "tnt_01jd0000000000000000000000", "User": "usr_01jd0000000000000000000000",
			"Membership": "mem_01jd0000000000000000000000", "AuditLog": "aud_01jd0000000000000000000000",
		}
		foreign := map[string]string{
			"Tenant": b.TenantID, "User": b.User.ID, "Membership": bMembership.ID, "AuditLog": bAudit.ID,
		}
		for typ, id := range foreign {
			t.Run("NodeOfOtherTenants"+typ+"LooksMissing", func(t *testing.T) {
				got := s.GraphQL(t, a.AccessToken, nodeQuery, map[string]any{"id": id})
				want := s.GraphQL(t, a.AccessToken, nodeQuery, map[string]any{"id": missing[typ]})
				if got.Err(t).Code() != "not_found" || !sameAnswer(got, want) {
					t.Fatalf("foreign %s: %+v\nmissing: %+v", typ, got, want)
				}
				// The owner does see it, so the test is not vacuous.
				var own struct{ Node *struct{ ID string } }
				s.GraphQL(t, b.AccessToken, nodeQuery, map[string]any{"id": id}).Decode(t, &own)
				if own.Node == nil || own.Node.ID != id {
					t.Fatalf("owner cannot fetch its own %s", typ)
				}
			})
		}

		t.Run("NodesHidesOtherTenantsRows", func(t *testing.T) {
			res := s.GraphQL(t, a.AccessToken, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
				map[string]any{"ids": []string{a.TenantID, b.TenantID}})
			var data struct{ Nodes []*struct{ ID string } }
			_ = json.Unmarshal(res.Data, &data)
			for _, n := range data.Nodes {
				if n != nil && n.ID == b.TenantID {
					t.Fatal("nodes() returned the other tenant")
				}
			}
		})

		t.Run("AuditLogListShowsOnlyOwnEntries", func(t *testing.T) {
			var logs struct {
				AuditLogs struct {
					TotalCount int
					Edges      []struct{ Node struct{ TargetID *string } }
				}
			}
			s.GraphQL(t, a.AccessToken, `{ auditLogs(first: 100) { totalCount edges { node { targetID } } } }`, nil).Decode(t, &logs)
			if logs.AuditLogs.TotalCount == 0 {
				t.Fatal("tenant A sees no audit entries of its own")
			}
			for _, e := range logs.AuditLogs.Edges {
				if e.Node.TargetID != nil && (*e.Node.TargetID == b.TenantID || *e.Node.TargetID == b.User.ID) {
					t.Fatalf("tenant A sees an entry about tenant B: %+v", e)
				}
			}
		})

		// The same rules hold below GraphQL, for any code holding the client.
		ctxA := testkit.As(&viewer.Principal{UserID: a.User.ID, TenantID: a.TenantID, Role: viewer.RoleOwner})
		client := s.DB.Client
		t.Run("UpdatingOtherTenantIsNotFound", func(t *testing.T) {
			err := client.Tenant.UpdateOneID(b.TenantID).SetName("pwned").Exec(ctxA)
			if !ent.IsNotFound(err) {
				t.Fatalf("err = %v, want not found", err)
			}
			if got := client.Tenant.GetX(sys, b.TenantID).Name; got != "Tenant B" {
				t.Fatalf("tenant B renamed to %q", got)
			}
		})
		t.Run("BulkUpdateTouchesOnlyOwnTenant", func(t *testing.T) {
			n, err := client.Membership.Update().SetRole(membership.RoleVIEWER).Save(ctxA)
			if err != nil || n != 1 {
				t.Fatalf("updated %d memberships (err %v), want only A's 1", n, err)
			}
			if got := client.Membership.GetX(sys, bMembership.ID).Role; got != membership.RoleOWNER {
				t.Fatalf("B's membership role changed to %s", got)
			}
		})
		t.Run("CreatingInOtherTenantIsDenied", func(t *testing.T) {
			err := client.Membership.Create().SetUserID(a.User.ID).SetTenantID(b.TenantID).SetRole(membership.RoleOWNER).Exec(ctxA)
			if err == nil {
				t.Fatal("A joined tenant B")
			}
		})
		t.Run("DeletingOtherTenantsRowsDeletesNothing", func(t *testing.T) {
			n, err := client.Membership.Delete().Where(membership.TenantID(b.TenantID)).Exec(ctxA)
			if err != nil || n != 0 {
				t.Fatalf("deleted %d (err %v)", n, err)
			}
		})
		t.Run("ListingUsersShowsOnlyOwnTenant", func(t *testing.T) {
			users := client.User.Query().AllX(ctxA)
			if len(users) != 1 || users[0].ID != a.User.ID {
				t.Fatalf("A lists %d users", len(users))
			}
		})
		t.Run("AnonymousReadsAreDenied", func(t *testing.T) {
			if _, err := client.Tenant.Query().All(context.Background()); err == nil {
				t.Fatal("anonymous context listed tenants")
			}
		})
		t.Run("AuditLogIsAppendOnly", func(t *testing.T) {
			if _, err := client.AuditLog.Delete().Exec(sys); err == nil {
				t.Fatal("audit log deleted, even by the system")
			}
		})
	})
}

// sameAnswer compares two responses' errors and data, ignoring the path value.
func sameAnswer(a, b servertest.Response) bool {
	if len(a.Errors) != len(b.Errors) || string(a.Data) != string(b.Data) {
		return false
	}
	for i := range a.Errors {
		if a.Errors[i].Message != b.Errors[i].Message || a.Errors[i].Code() != b.Errors[i].Code() {
			return false
		}
	}
	return true
}
