package alerts_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	entkey "github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/notification"
	"github.com/keybs/platform/ent/requestlog"
	"github.com/keybs/platform/internal/alerts"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/usage"
)

var (
	sys = testkit.System()
	t0  = testkit.Epoch
)

const retention = 30 * 24 * time.Hour

// harness is one replica of the scheduler on a fresh database, with a
// tenant, its application and an owner.
type harness struct {
	url    string
	db     *database.DB
	clock  *testkit.Clock
	mail   *testkit.Mailbox
	s      *alerts.Scheduler
	tenant string
	app    string
}

func newHarness(t *testing.T, url string) *harness {
	t.Helper()
	h := &harness{url: url, clock: testkit.NewClock(t0), mail: &testkit.Mailbox{}}
	h.db = testkit.Open(t, url)
	h.s = h.replica(t, h.db)
	tn := testkit.MustTenant(t, h.db.Client, "acme", membership.RoleOWNER)
	h.tenant, h.app = tn.ID, tn.AppID
	return h
}

// replica returns a scheduler on db sharing the harness's clock and mailbox.
func (h *harness) replica(t *testing.T, db *database.DB) *alerts.Scheduler {
	t.Helper()
	bus := events.NewBus(db.Dialect, testkit.DiscardLog())
	return alerts.NewScheduler(db.Client, notify.New(db.Client, bus, h.mail, testkit.DiscardLog()), testkit.DiscardLog(), h.clock.Now, retention)
}

var keySeq int

// key stores an API key created 10 days before t0 (rotation due in 80 days,
// no expiry) after mutate.
func (h *harness) key(t *testing.T, name string, mutate func(*ent.APIKeyCreate)) *ent.APIKey {
	t.Helper()
	keySeq++
	create := h.db.Client.APIKey.Create().SetTenantID(h.tenant).SetApplicationID(h.app).SetName(name).
		SetKind(entkey.KindSECRET).SetEnvironment(environment.Live).SetKeyHash(fmt.Sprintf("hash-%s-%d", name, keySeq)).
		SetPrefix("sk_live_abcd").SetLast4("wxyz").SetScopes([]string{"verification:read"}).
		SetRateLimitPerMinute(120).SetRotationDueAt(t0.Add(80 * 24 * time.Hour))
	if mutate != nil {
		mutate(create)
	}
	return create.SaveX(sys)
}

func (h *harness) run(t *testing.T) {
	t.Helper()
	if err := h.s.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// notes returns the notifications of kind about target ("" for any).
func (h *harness) notes(t *testing.T, kind, target string) []*ent.Notification {
	t.Helper()
	q := h.db.Client.Notification.Query().Where(notification.Kind(kind))
	if target != "" {
		q = q.Where(notification.TargetID(target))
	}
	return q.AllX(sys)
}

func (h *harness) expectNotes(t *testing.T, kind, target string, want int) {
	t.Helper()
	if got := len(h.notes(t, kind, target)); got != want {
		t.Fatalf("%d %s notifications for %q, want %d", got, kind, target, want)
	}
}

// rollup inserts a LIVE rollup row for key.
func (h *harness) rollup(t *testing.T, key string, minute time.Time, requests, errors int64) {
	t.Helper()
	h.db.Client.UsageRollup.Create().SetTenantID(h.tenant).SetEnvironment(environment.Live).SetMinute(minute.Truncate(time.Minute)).
		SetKeyID(key).SetApplicationID(h.app).SetRoute(fmt.Sprintf("GET /v1/r/%d", minute.UnixNano())).SetStatus(200).
		SetRequests(requests).SetErrors(errors).SetLatencySumUs(0).
		SetB0(requests).SetB1(0).SetB2(0).SetB3(0).SetB4(0).SetB5(0).SetB6(0).SetB7(0).SetB8(0).SetB9(0).SetB10(0).SetB11(0).
		ExecX(sys)
}

func TestRotationDue(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("ADueKeyIsRaisedOnceHoweverOftenItRuns", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			k := h.key(t, "old", func(c *ent.APIKeyCreate) { c.SetRotationDueAt(t0.Add(-time.Hour)) })
			h.key(t, "fresh", nil)
			h.run(t)
			h.run(t)
			h.expectNotes(t, "key.rotation_due", k.ID, 1)
			h.expectNotes(t, "key.rotation_due", "", 1)
			if h.mail.Count() != 1 {
				t.Fatalf("%d emails, want 1", h.mail.Count())
			}
		})
		t.Run("ReplicasRunningAtOnceRaiseEachAlertOnce", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			var due []*ent.APIKey
			for i := range 5 {
				due = append(due, h.key(t, fmt.Sprint("old-", i), func(c *ent.APIKeyCreate) { c.SetRotationDueAt(t0.Add(-time.Hour)) }))
			}
			replicas := []*alerts.Scheduler{h.s}
			for range 3 { // each replica has its own connection pool
				replicas = append(replicas, h.replica(t, testkit.Open(t, h.url)))
			}
			var wg sync.WaitGroup
			errs := make(chan error, len(replicas))
			for _, s := range replicas {
				wg.Add(1)
				go func() { defer wg.Done(); errs <- s.RunOnce(context.Background()) }()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				if err != nil {
					t.Fatalf("a replica's run failed: %v", err)
				}
			}
			for _, k := range due {
				h.expectNotes(t, "key.rotation_due", k.ID, 1)
			}
			if h.mail.Count() != len(due) {
				t.Fatalf("%d emails from %d replicas, want %d (one per key)", h.mail.Count(), len(replicas), len(due))
			}
		})
		t.Run("RevokedAndRotatedKeysAreNeverRaised", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			h.key(t, "revoked", func(c *ent.APIKeyCreate) {
				c.SetRotationDueAt(t0.Add(-time.Hour)).SetRevokedAt(t0.Add(-30 * time.Minute))
			})
			h.key(t, "rotated", func(c *ent.APIKeyCreate) {
				c.SetRotationDueAt(t0.Add(-time.Hour)).SetRotatedTo("key_successor")
			})
			h.run(t)
			h.expectNotes(t, "key.rotation_due", "", 0)
		})
		t.Run("AKeyBecomesDueWhenTheClockPassesItsDate", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			k := h.key(t, "soon", func(c *ent.APIKeyCreate) { c.SetRotationDueAt(t0.Add(time.Hour)) })
			h.run(t)
			h.expectNotes(t, "key.rotation_due", "", 0)
			h.clock.Set(t0.Add(time.Hour))
			h.run(t)
			h.expectNotes(t, "key.rotation_due", k.ID, 1)
		})
	})
}

func TestExpiring(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("AKeyExpiringWithinSevenDaysIsRaisedWithTheEvent", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			k := h.key(t, "expiring", func(c *ent.APIKeyCreate) { c.SetExpiresAt(t0.Add(3 * 24 * time.Hour)) })
			h.run(t)
			h.run(t)
			h.expectNotes(t, "key.expiring", k.ID, 1)
			evts := h.db.Client.Event.Query().Where(event.Type("key.expiring")).AllX(sys)
			if len(evts) != 1 {
				t.Fatalf("%d key.expiring events, want 1", len(evts))
			}
			e := evts[0]
			apiKey, _ := e.Payload["api_key"].(map[string]any)
			if e.TenantID != h.tenant || e.Environment != environment.Live || apiKey["id"] != k.ID || e.Payload["expires_at"] != k.ExpiresAt.UTC().Format(time.RFC3339) {
				t.Fatalf("event %s/%s payload %v", e.TenantID, e.Environment, e.Payload)
			}
		})
		t.Run("ExactlySevenDaysIsRaised", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			k := h.key(t, "edge", func(c *ent.APIKeyCreate) { c.SetExpiresAt(t0.Add(alerts.ExpiryWarning)) })
			h.run(t)
			h.expectNotes(t, "key.expiring", k.ID, 1)
		})
		t.Run("EightDaysAwayRaisesNothing", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			h.key(t, "later", func(c *ent.APIKeyCreate) { c.SetExpiresAt(t0.Add(8 * 24 * time.Hour)) })
			h.run(t)
			h.expectNotes(t, "key.expiring", "", 0)
			if n := h.db.Client.Event.Query().CountX(sys); n != 0 {
				t.Fatalf("%d events, want none", n)
			}
		})
		t.Run("RevokedOrAlreadyExpiredKeysRaiseNothing", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			h.key(t, "revoked", func(c *ent.APIKeyCreate) {
				c.SetExpiresAt(t0.Add(24 * time.Hour)).SetRevokedAt(t0.Add(-time.Hour))
			})
			h.key(t, "expired", func(c *ent.APIKeyCreate) { c.SetExpiresAt(t0.Add(-time.Hour)) })
			h.run(t)
			h.expectNotes(t, "key.expiring", "", 0)
		})
	})
}

func TestErrorRateAnomaly(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("SixtyPercentAgainstAOnePercentBaselineIsRaisedOnce", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			h.rollup(t, "key_bad", t0.Add(-6*time.Hour), 500, 5) // baseline: 1%
			h.rollup(t, "key_bad", t0.Add(-20*time.Hour), 500, 5)
			h.rollup(t, "key_bad", t0.Add(-10*time.Minute), 20, 12) // last 15 min: 60% of 40
			h.rollup(t, "key_bad", t0.Add(-2*time.Minute), 20, 12)
			h.rollup(t, "key_ok", t0.Add(-6*time.Hour), 500, 5) // steady
			h.rollup(t, "key_ok", t0.Add(-5*time.Minute), 100, 1)
			h.run(t)
			h.run(t)
			h.expectNotes(t, "key.error_rate_anomaly", "key_bad", 1)
			h.expectNotes(t, "key.error_rate_anomaly", "", 1)
		})
		t.Run("FewerThanMinRecentCallsRaisesNothing", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			h.rollup(t, "key_quiet", t0.Add(-6*time.Hour), 500, 5)
			h.rollup(t, "key_quiet", t0.Add(-5*time.Minute), alerts.MinRecentCalls-1, alerts.MinRecentCalls-1)
			h.run(t)
			h.expectNotes(t, "key.error_rate_anomaly", "", 0)
		})
		t.Run("AKeyThatAlwaysFailsIsNotAnAnomaly", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			h.rollup(t, "key_broken", t0.Add(-6*time.Hour), 500, 300) // 60% baseline
			h.rollup(t, "key_broken", t0.Add(-5*time.Minute), 40, 26) // 65% now
			h.run(t)
			h.expectNotes(t, "key.error_rate_anomaly", "", 0)
		})
		t.Run("ErrorsOlderThanTheRecentWindowAreBaseline", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			h.rollup(t, "key_past", t0.Add(-alerts.RecentWindow-time.Minute), 40, 30)
			h.run(t)
			h.expectNotes(t, "key.error_rate_anomaly", "", 0)
		})
	})
}

func TestRetention(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("LogRowsPastRetentionAreDeletedAndNewerKept", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			logAt := func(id string, at time.Time) {
				h.db.Client.RequestLog.Create().SetTenantID(h.tenant).SetEnvironment(environment.Live).SetKeyID("key_1").
					SetMethod("GET").SetRoute("GET /v1/x").SetStatus(200).SetLatencyUs(100).SetRequestID(id).SetCreatedAt(at).ExecX(sys)
			}
			logAt("old-1", t0.Add(-retention-24*time.Hour))
			logAt("old-2", t0.Add(-retention-time.Second))
			logAt("new-1", t0.Add(-retention+time.Minute))
			logAt("new-2", t0.Add(-time.Minute))
			h.rollup(t, "key_1", t0.Add(-retention-24*time.Hour), 1, 0)
			h.run(t)
			left := h.db.Client.RequestLog.Query().Order(ent.Asc(requestlog.FieldRequestID)).Select(requestlog.FieldRequestID).StringsX(sys)
			if len(left) != 2 || left[0] != "new-1" || left[1] != "new-2" {
				t.Fatalf("request log keeps %v, want [new-1 new-2]", left)
			}
			if n := h.db.Client.UsageRollup.Query().CountX(sys); n != 1 {
				t.Fatalf("%d rollups, want the old one kept", n)
			}
		})
		t.Run("ZeroRetentionKeepsEverything", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			h.s = alerts.NewScheduler(h.db.Client, notify.New(h.db.Client, events.NewBus(h.db.Dialect, testkit.DiscardLog()), h.mail, testkit.DiscardLog()), testkit.DiscardLog(), h.clock.Now, 0)
			h.db.Client.RequestLog.Create().SetTenantID(h.tenant).SetEnvironment(environment.Live).
				SetMethod("GET").SetRoute("GET /v1/x").SetStatus(200).SetLatencyUs(100).SetRequestID("ancient").SetCreatedAt(t0.AddDate(-5, 0, 0)).ExecX(sys)
			h.run(t)
			if n := h.db.Client.RequestLog.Query().CountX(sys); n != 1 {
				t.Fatalf("%d rows, want 1", n)
			}
		})
	})
}

func TestNewIPs(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("RaisedOncePerKeyAndAddress", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			f := usage.Flushed{NewIPs: []usage.NewIP{{TenantID: h.tenant, KeyID: "key_1", IP: "203.0.113.9"}}}
			h.s.NewIPs(context.Background(), f)
			h.s.NewIPs(context.Background(), f)
			h.expectNotes(t, "key.new_ip", "key_1", 1)
			h.s.NewIPs(context.Background(), usage.Flushed{NewIPs: []usage.NewIP{
				{TenantID: h.tenant, KeyID: "key_1", IP: "203.0.113.10"},
				{TenantID: h.tenant, KeyID: "key_2", IP: "203.0.113.9"},
			}})
			h.expectNotes(t, "key.new_ip", "key_1", 2)
			h.expectNotes(t, "key.new_ip", "key_2", 1)
			if h.mail.Count() != 3 {
				t.Fatalf("%d emails, want 3", h.mail.Count())
			}
		})
		t.Run("AFlushWithoutNewIPsRaisesNothing", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			h.s.NewIPs(context.Background(), usage.Flushed{Tenants: []string{h.tenant}, LiveTenants: []string{h.tenant}})
			h.expectNotes(t, "key.new_ip", "", 0)
		})
		t.Run("TheRecorderFeedsNewIPsToTheScheduler", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			rec := usage.NewRecorder(h.db.Client, events.NewBus(h.db.Dialect, testkit.DiscardLog()), usage.RecorderOptions{
				Log: testkit.DiscardLog(), BatchSize: 1, Interval: time.Hour, AfterFlush: h.s.NewIPs,
			})
			rec.Start()
			for i, ip := range []string{"198.51.100.1", "198.51.100.1", "198.51.100.2", "198.51.100.2"} {
				rec.Record(context.Background(), usage.Entry{TenantID: h.tenant, Environment: environment.Live, KeyID: "key_1", ApplicationID: h.app,
					Method: "GET", Route: "GET /v1/x", Status: 200, ClientIP: ip, RequestID: fmt.Sprint("r", i), At: t0})
			}
			rec.Close()
			notes := h.notes(t, "key.new_ip", "key_1")
			if len(notes) != 1 {
				t.Fatalf("%d new-IP alerts, want 1 (for the second address only)", len(notes))
			}
			if want := "Key key_1 was used from 198.51.100.2"; len(notes[0].Body) < len(want) || notes[0].Body[:len(want)] != want {
				t.Fatalf("alert body %q", notes[0].Body)
			}
		})
	})
}
