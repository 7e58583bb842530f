package usage

import (
	"context"
	"sync"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/requestinfo"
)

// KeyAccessed is the audit action of a key's first call of a UTC day and of
// its first call from an address (seed 003's "key.accessed"), readable in
// GET /v1/api-keys/{id}/logs next to the key's lifecycle entries.
const KeyAccessed = "key.accessed"

// access is a key's first call from one address in a batch; newIP says the
// key had never been seen from it.
type access struct {
	first Entry
	newIP bool
}

// accessLog writes key.accessed entries: one for each new address, and one
// for the first call of each day otherwise. It remembers the day of the
// last entry per key, so a busy key costs one lookup a day, not one a batch.
type accessLog struct {
	mu  sync.Mutex
	day map[string]string // key id → "2006-01-02" of its last entry
}

// record writes the entries accesses call for in tx and returns the days
// to remember once tx has committed (see remember).
func (l *accessLog) record(ctx context.Context, tx *ent.Tx, accesses []access) (map[string]string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	written := map[string]string{}
	for _, a := range accesses {
		e := a.first
		day := e.At.UTC().Format(time.DateOnly)
		reason := "new_ip"
		if !a.newIP {
			if l.day[e.KeyID] == day || written[e.KeyID] == day {
				continue
			}
			start, _ := time.Parse(time.DateOnly, day)
			// Entries are stamped when written, which is the call's day
			// but for a batch flushed across midnight.
			done, err := tx.AuditLog.Query().Where(auditlog.Action(KeyAccessed), auditlog.TargetID(e.KeyID),
				auditlog.CreatedAtGTE(start), auditlog.CreatedAtLT(start.Add(24*time.Hour))).Exist(ctx)
			if err != nil {
				return nil, database.Err(err, "find key accesses")
			}
			if done {
				written[e.KeyID] = day
				continue
			}
			reason = "first_use_today"
		}
		at := requestinfo.NewContext(ctx, requestinfo.Info{ClientIP: e.ClientIP, UserAgent: e.UserAgent, RequestID: e.RequestID})
		if err := audit.Record(at, tx.Client(), audit.Entry{
			TenantID: e.TenantID, Action: KeyAccessed, TargetType: "APIKey", TargetID: e.KeyID,
			ActorID: e.KeyID, ActorType: auditlog.ActorTypeAPI_KEY,
			Metadata: map[string]any{"reason": reason, "ip": e.ClientIP, "environment": string(e.Environment), "request_id": e.RequestID},
		}); err != nil {
			return nil, err
		}
		written[e.KeyID] = day
	}
	return written, nil
}

// remember keeps the days record returned, after their transaction
// committed; a rolled-back batch leaves nothing remembered.
func (l *accessLog) remember(days map[string]string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for k, d := range days {
		l.day[k] = d
	}
}
