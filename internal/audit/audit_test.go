package audit_test

import (
	"context"
	"errors"
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
)

// only returns the single entry with action, failing otherwise.
func only(t *testing.T, db *database.DB, action string) *ent.AuditLog {
	t.Helper()
	rows := db.Client.AuditLog.Query().Where(auditlog.Action(action)).AllX(testkit.System())
	if len(rows) != 1 {
		t.Fatalf("%d %s entries, want 1", len(rows), action)
	}
	return rows[0]
}

func TestRecord(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		tn := testkit.MustTenant(t, db.Client, "acme", membership.RoleOWNER)
		owner := tn.Users[membership.RoleOWNER]
		for _, c := range []struct {
			name      string
			ctx       context.Context
			entry     audit.Entry
			actorType auditlog.ActorType
			actorID   string
		}{
			{"AnAnonymousCallerIsRecordedAsAnonymous", context.Background(), audit.Entry{}, auditlog.ActorTypeANONYMOUS, ""},
			{"AMemberIsRecordedAsAUser", tn.As(membership.RoleOWNER), audit.Entry{}, auditlog.ActorTypeUSER, owner.ID},
			{"StaffAreRecordedAsStaff", testkit.Staff(viewer.StaffOps), audit.Entry{}, auditlog.ActorTypeSTAFF, "usr_staff_ops"},
			{"AnAPIKeyIsRecordedByItsID", testkit.APIKey(tn.ID, environment.Live), audit.Entry{}, auditlog.ActorTypeAPI_KEY, "key_live"},
			{"AnExplicitActorOverridesTheContext", testkit.Staff(viewer.StaffOps),
				audit.Entry{ActorID: owner.ID, ActorType: auditlog.ActorTypeUSER}, auditlog.ActorTypeUSER, owner.ID},
			{"AnExplicitSystemActorMayHaveNoID", tn.As(membership.RoleOWNER),
				audit.Entry{ActorType: auditlog.ActorTypeSYSTEM}, auditlog.ActorTypeSYSTEM, ""},
		} {
			t.Run(c.name, func(t *testing.T) {
				e := c.entry
				e.TenantID, e.Action, e.TargetType, e.TargetID = tn.ID, "test."+c.name, "Tenant", tn.ID
				if err := audit.Record(c.ctx, db.Client, e); err != nil {
					t.Fatal(err)
				}
				got := only(t, db, e.Action)
				if got.ActorType != c.actorType || got.ActorID != c.actorID {
					t.Fatalf("actor %s %q, want %s %q", got.ActorType, got.ActorID, c.actorType, c.actorID)
				}
				if got.TenantID != tn.ID || got.TargetType != "Tenant" || got.TargetID != tn.ID {
					t.Fatalf("entry %+v", got)
				}
			})
		}
		t.Run("RequestFactsComeFromTheContext", func(t *testing.T) {
			ctx := requestinfo.NewContext(tn.As(membership.RoleOWNER), requestinfo.Info{RequestID: "req_1", ClientIP: "203.0.113.9", UserAgent: "portal/1.0"})
			if err := audit.Record(ctx, db.Client, audit.Entry{TenantID: tn.ID, Action: "key.created",
				Metadata: map[string]any{"name": "ci", "environment": "live"}}); err != nil {
				t.Fatal(err)
			}
			got := only(t, db, "key.created")
			if got.IP != "203.0.113.9" || got.UserAgent != "portal/1.0" {
				t.Fatalf("ip %q user agent %q", got.IP, got.UserAgent)
			}
			if !maps.Equal(got.Metadata, map[string]any{"name": "ci", "environment": "live"}) {
				t.Fatalf("metadata %v", got.Metadata)
			}
		})
		t.Run("APlatformEntryHasNoTenant", func(t *testing.T) {
			if err := audit.Record(context.Background(), db.Client, audit.Entry{Action: "login.failed", Metadata: map[string]any{}}); err != nil {
				t.Fatal(err)
			}
			got := only(t, db, "login.failed")
			if got.TenantID != "" || got.IP != "" || len(got.Metadata) != 0 {
				t.Fatalf("entry %+v", got)
			}
		})
		t.Run("AnEntryRollsBackWithItsTransaction", func(t *testing.T) {
			err := database.WithTx(context.Background(), db.Client, func(tx *ent.Tx) error {
				if err := audit.Record(context.Background(), tx.Client(), audit.Entry{TenantID: tn.ID, Action: "terms.accepted"}); err != nil {
					return err
				}
				return errors.New("the change failed")
			})
			if err == nil {
				t.Fatal("WithTx succeeded")
			}
			if db.Client.AuditLog.Query().Where(auditlog.Action("terms.accepted")).ExistX(testkit.System()) {
				t.Fatal("an entry of a rolled-back change was kept")
			}
		})
		t.Run("AnEntryWithoutAnActionIsRefused", func(t *testing.T) {
			if err := audit.Record(context.Background(), db.Client, audit.Entry{TenantID: tn.ID}); err == nil {
				t.Fatal("recorded an entry without an action")
			}
		})
		t.Run("TheLogIsAppendOnly", func(t *testing.T) {
			e := only(t, db, "key.created")
			if err := db.Client.AuditLog.UpdateOneID(e.ID).Exec(testkit.System()); err == nil {
				t.Error("an entry was updated")
			}
			if err := db.Client.AuditLog.DeleteOneID(e.ID).Exec(testkit.System()); err == nil {
				t.Error("an entry was deleted")
			}
			if !maps.Equal(only(t, db, "key.created").Metadata, e.Metadata) {
				t.Error("the entry changed")
			}
		})
	})
}

func TestList(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		a := testkit.MustTenant(t, db.Client, "acme", membership.RoleOWNER, membership.RoleVIEWER)
		b := testkit.MustTenant(t, db.Client, "globex", membership.RoleOWNER)
		t0 := testkit.Epoch
		add := func(tenant, action, actor, target string, at time.Time) string {
			t.Helper()
			c := db.Client.AuditLog.Create().SetAction(action).SetActorType(auditlog.ActorTypeUSER).SetActorID(actor).
				SetTargetID(target).SetCreatedAt(at)
			if tenant != "" {
				c.SetTenantID(tenant)
			}
			return c.SaveX(testkit.System()).ID
		}
		e1 := add(a.ID, "key.created", "usr_1", "key_1", t0)
		e2 := add(a.ID, "key.revoked", "usr_1", "key_1", t0.Add(time.Minute))
		e3 := add(a.ID, "key.created", "usr_2", "key_2", t0.Add(2*time.Minute))
		add(b.ID, "key.created", "usr_b", "key_b", t0.Add(3*time.Minute))
		add("", "login.failed", "", "", t0.Add(4*time.Minute))
		r := audit.NewReader(db.Client)
		for _, c := range []struct {
			name string
			f    audit.Filter
			want []string
		}{
			{"AllOfTheTenantsEntriesNewestFirst", audit.Filter{}, []string{e3, e2, e1}},
			{"ByAction", audit.Filter{Action: "key.created"}, []string{e3, e1}},
			{"ByActor", audit.Filter{ActorID: "usr_1"}, []string{e2, e1}},
			{"ByTarget", audit.Filter{TargetID: "key_2"}, []string{e3}},
			{"FromIsInclusive", audit.Filter{From: &[]time.Time{t0.Add(time.Minute)}[0]}, []string{e3, e2}},
			{"ToIsExclusive", audit.Filter{To: &[]time.Time{t0.Add(2 * time.Minute)}[0]}, []string{e2, e1}},
			{"FiltersCombine", audit.Filter{Action: "key.created", ActorID: "usr_1"}, []string{e1}},
			{"LimitKeepsTheNewest", audit.Filter{Limit: 2}, []string{e3, e2}},
			{"ANegativeLimitMeansTheMaximum", audit.Filter{Limit: -1}, []string{e3, e2, e1}},
			{"AnOverlargeLimitMeansTheMaximum", audit.Filter{Limit: audit.MaxExport + 1}, []string{e3, e2, e1}},
			{"AnotherTenantsActorFindsNothing", audit.Filter{ActorID: "usr_b"}, nil},
			{"PlatformEntriesAreNotATenants", audit.Filter{Action: "login.failed"}, nil},
		} {
			t.Run(c.name, func(t *testing.T) {
				rows, err := r.List(a.As(membership.RoleVIEWER), c.f)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, row := range rows {
					got = append(got, row.ID)
				}
				if !slices.Equal(got, c.want) {
					t.Fatalf("entries %v, want %v", got, c.want)
				}
			})
		}
		for _, c := range []struct {
			name string
			ctx  context.Context
			kind fault.Kind
		}{
			{"AnonymousIsUnauthorized", context.Background(), fault.Unauthorized},
			{"AnAPIKeyIsForbidden", testkit.APIKey(a.ID, environment.Live), fault.Forbidden},
			{"StaffOutsideATenantAreForbidden", testkit.Staff(viewer.StaffOps), fault.Forbidden},
		} {
			t.Run(c.name, func(t *testing.T) {
				rows, err := r.List(c.ctx, audit.Filter{})
				testkit.WantFault(t, err, c.kind, "")
				if rows != nil {
					t.Fatalf("a refused caller got %d entries", len(rows))
				}
			})
		}
	})
}
