package usage

import (
	"context"
	"testing"
	"time"

	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/internal/environment"
)

// key.accessed is written for a key's first call from each address and its
// first call of each UTC day, once, even after a restart.
func TestKeyAccessedEntries(t *testing.T) {
	eachFreshDB(t, func(t *testing.T, fresh func(*testing.T) string) {
		db := mustOpen(t, fresh(t))
		tn := mustTenant(t, db, "acme", 0)
		now := time.Now().UTC()
		call := func(at time.Time, ip string) Entry {
			return Entry{TenantID: tn.ID, Environment: environment.Test, KeyID: "key_accessed", ApplicationID: tn.AppID,
				Method: "GET", Route: "GET /v1/reports", Status: 200, ClientIP: ip, UserAgent: "test", RequestID: "req_" + ip, At: at}
		}
		run := func(entries ...Entry) {
			rec := newRecorder(t, db, RecorderOptions{BatchSize: 1, Interval: time.Millisecond})
			rec.Start()
			for _, e := range entries {
				rec.Record(context.Background(), e)
			}
			rec.Close()
		}
		reasons := func() []string {
			var out []string
			for _, l := range db.Client.AuditLog.Query().Where(auditlog.Action(KeyAccessed)).Order(auditlog.ByID()).AllX(sys) {
				out = append(out, l.Metadata["reason"].(string)+"@"+l.IP)
			}
			return out
		}

		run(call(now, "198.51.100.1"), call(now.Add(time.Second), "198.51.100.1"),
			call(now.Add(24*time.Hour), "198.51.100.1"), call(now.Add(24*time.Hour+time.Second), "198.51.100.2"))
		want := []string{"new_ip@198.51.100.1", "first_use_today@198.51.100.1", "new_ip@198.51.100.2"}
		if got := reasons(); len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
			t.Fatalf("entries %v, want %v", got, want)
		}
		t.Run("ARestartedWriterDoesNotRepeatTodaysEntry", func(t *testing.T) {
			run(call(now.Add(2*time.Second), "198.51.100.1"))
			if got := reasons(); len(got) != len(want) {
				t.Fatalf("entries %v after a restart, want still %v", got, want)
			}
		})
	})
}
