package graph_test

import (
	"slices"
	"testing"

	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/server/servertest"
)

const auditDetailsQuery = `query { auditLogs(first: 100) { edges { node {
  id action targetID targetName
  actor { kind name email keyPrefix }
  changes { field from to } } } } }`

type auditDetailRow struct {
	ID, Action, TargetID string
	TargetName           *string
	Actor                struct {
		Kind, Name       string
		Email, KeyPrefix *string
	}
	Changes []struct {
		Field    string
		From, To *string
	}
}

func auditDetailRows(t *testing.T, s *servertest.Server, token string) []auditDetailRow {
	t.Helper()
	var data struct {
		AuditLogs struct {
			Edges []struct{ Node auditDetailRow }
		}
	}
	s.GraphQL(t, token, auditDetailsQuery, nil).Decode(t, &data)
	out := make([]auditDetailRow, len(data.AuditLogs.Edges))
	for i, e := range data.AuditLogs.Edges {
		out[i] = e.Node
	}
	return out
}

func findAudit(rows []auditDetailRow, action, target string) *auditDetailRow {
	for i := range rows {
		if rows[i].Action == action && rows[i].TargetID == target {
			return &rows[i]
		}
	}
	return nil
}

// The audit log names who acted (member by name and email, key by name and
// prefix…last4, staff without an email), the target by name, and the fields
// changed, and never shows another tenant's people or objects.
func TestAuditLogDetails(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		a := s.SignUp(t, "owner@audit-details.example", "Audit Details")
		b := s.SignUp(t, "owner@audit-other.example", "Audit Other")
		tok := a.AccessToken

		app := createApp(t, s, tok, map[string]any{"name": "Checkout"})
		s.GraphQL(t, tok, updateAppMutation, map[string]any{"id": app.ID, "in": map[string]any{"name": "Checkout v2"}}).Decode(t, &struct{}{})
		key := mustCreateKey(t, s, tok, map[string]any{"name": "Backend"})
		s.GraphQL(t, tok, updateKeyMutation, map[string]any{"id": key.APIKey.ID, "in": map[string]any{"name": "Backend EU"}}).Decode(t, &struct{}{})

		// Key management is portal-only, so an API key's own action is
		// recorded the way the REST layer does: with the key as principal.
		sys := testkit.System()
		keyCtx := testkit.As(&viewer.Principal{Kind: viewer.KindAPIKey, TenantID: a.TenantID, KeyID: key.APIKey.ID})
		if err := audit.Record(keyCtx, s.DB.Client, audit.Entry{TenantID: a.TenantID, Action: "key.updated",
			TargetType: "APIKey", TargetID: key.APIKey.ID, Metadata: map[string]any{"changed": []string{"ipAllowlist"}}}); err != nil {
			t.Fatal(err)
		}
		// A staff review and an entry naming the other tenant's user as actor.
		if err := audit.Record(sys, s.DB.Client, audit.Entry{TenantID: a.TenantID, Action: "application.reviewed",
			TargetType: "Application", TargetID: app.ID, ActorID: b.User.ID, ActorType: auditlog.ActorTypeSTAFF}); err != nil {
			t.Fatal(err)
		}
		if err := audit.Record(sys, s.DB.Client, audit.Entry{TenantID: a.TenantID, Action: "user.foreign",
			TargetType: "User", TargetID: b.User.ID, ActorID: b.User.ID, ActorType: auditlog.ActorTypeUSER}); err != nil {
			t.Fatal(err)
		}
		rows := auditDetailRows(t, s, tok)

		t.Run("RenamedApplicationNamesMemberAndTarget", func(t *testing.T) {
			r := findAudit(rows, "application.updated", app.ID)
			if r == nil {
				t.Fatalf("no application.updated in %+v", rows)
			}
			if r.Actor.Kind != "USER" || r.Actor.Email == nil || *r.Actor.Email != "owner@audit-details.example" || r.Actor.Name == "" {
				t.Fatalf("actor %+v", r.Actor)
			}
			if r.TargetName == nil || *r.TargetName != "Checkout v2" {
				t.Fatalf("targetName %v", r.TargetName)
			}
			// The rename is the one change, with both values; the derived
			// name_key and the timestamp are not changes a person made.
			if len(r.Changes) != 1 || r.Changes[0].Field != "name" || r.Changes[0].From == nil || *r.Changes[0].From != "Checkout" ||
				r.Changes[0].To == nil || *r.Changes[0].To != "Checkout v2" {
				t.Fatalf("changes %+v", r.Changes)
			}
		})
		t.Run("KeyUpdateByMemberListsChangedFields", func(t *testing.T) {
			var r *auditDetailRow
			for i := range rows {
				if rows[i].Action == "key.updated" && rows[i].Actor.Kind == "USER" {
					r = &rows[i]
				}
			}
			if r == nil {
				t.Fatalf("no member key.updated in %+v", rows)
			}
			if len(r.Changes) != 1 || r.Changes[0].Field != "name" || r.Changes[0].To != nil {
				t.Fatalf("changes %+v", r.Changes)
			}
			want := "Backend EU (" + key.APIKey.Prefix + "…" + key.APIKey.Last4 + ")"
			if r.TargetName == nil || *r.TargetName != want {
				t.Fatalf("targetName %v, want %s", r.TargetName, want)
			}
		})
		t.Run("KeyActorShowsNameAndPrefix", func(t *testing.T) {
			var r *auditDetailRow
			for i := range rows {
				if rows[i].Actor.Kind == "API_KEY" {
					r = &rows[i]
				}
			}
			if r == nil {
				t.Fatalf("no API key entry in %+v", rows)
			}
			if r.Actor.Name != "Backend EU" || r.Actor.Email != nil || r.Actor.KeyPrefix == nil ||
				*r.Actor.KeyPrefix != key.APIKey.Prefix+"…"+key.APIKey.Last4 {
				t.Fatalf("actor %+v", r.Actor)
			}
			if len(r.Changes) != 1 || r.Changes[0].Field != "ipAllowlist" {
				t.Fatalf("changes %+v", r.Changes)
			}
		})
		t.Run("StaffAndOtherTenantsUsersShowNoEmail", func(t *testing.T) {
			staff := findAudit(rows, "application.reviewed", app.ID)
			if staff == nil || staff.Actor.Name != "KeyBS staff" || staff.Actor.Email != nil {
				t.Fatalf("staff entry %+v", staff)
			}
			foreign := findAudit(rows, "user.foreign", b.User.ID)
			if foreign == nil || foreign.Actor.Email != nil || foreign.Actor.Name == "" {
				t.Fatalf("foreign entry %+v", foreign)
			}
			if foreign.TargetName == nil || *foreign.TargetName != b.User.ID {
				t.Fatalf("another tenant's user is named: %v", foreign.TargetName)
			}
		})
		t.Run("OtherTenantSeesNoneOfIt", func(t *testing.T) {
			for _, r := range auditDetailRows(t, s, b.AccessToken) {
				if r.TargetID == app.ID || r.TargetID == key.APIKey.ID || (r.Actor.Email != nil && *r.Actor.Email != "owner@audit-other.example") {
					t.Fatalf("tenant B sees %+v", r)
				}
				if slices.Contains([]string{"Checkout v2", "Backend EU"}, auditStr(r.TargetName)) {
					t.Fatalf("tenant B sees a name: %+v", r)
				}
			}
		})
	})
}

func auditStr(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
