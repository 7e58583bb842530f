// Package audit writes the append-only audit log. Entries are written with the
// caller's ent client (or transaction), so an entry commits or rolls back with
// the change it records.
package audit

import (
	"context"
	"fmt"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/viewer"
)

// Entry is one action to record. Actor and request facts are taken from the
// context unless set here.
type Entry struct {
	TenantID   string
	Action     string
	TargetType string
	TargetID   string
	Metadata   map[string]any
	// ActorID and ActorType override the context's principal (for example when
	// the actor is the user who has just signed up).
	ActorID   string
	ActorType auditlog.ActorType
}

// Record writes e. Writing the log is a system action: the entry's tenant is
// set explicitly, so the privacy policy is not consulted for the insert.
func Record(ctx context.Context, client *ent.Client, e Entry) error {
	info := requestinfo.FromContext(ctx)
	actorID, actorType := e.ActorID, e.ActorType
	if actorType == "" {
		actorID, actorType = actorFrom(viewer.FromContext(ctx))
	}
	create := client.AuditLog.Create().
		SetAction(e.Action).
		SetActorType(actorType).
		SetNillableActorID(nonEmpty(actorID)).
		SetNillableTenantID(nonEmpty(e.TenantID)).
		SetNillableTargetType(nonEmpty(e.TargetType)).
		SetNillableTargetID(nonEmpty(e.TargetID)).
		SetNillableIP(nonEmpty(info.ClientIP)).
		SetNillableUserAgent(nonEmpty(info.UserAgent))
	if len(e.Metadata) > 0 {
		create.SetMetadata(e.Metadata)
	}
	if _, err := create.Save(privacy.DecisionContext(ctx, privacy.Allow)); err != nil {
		return fmt.Errorf("audit %s: %w", e.Action, err)
	}
	return nil
}

func actorFrom(p *viewer.Principal) (string, auditlog.ActorType) {
	switch {
	case p == nil:
		return "", auditlog.ActorTypeANONYMOUS
	case p.IsAPIKey():
		return p.KeyID, auditlog.ActorTypeAPI_KEY
	case p.IsToken() && p.Kind == viewer.KindSDKToken:
		return p.TokenID, auditlog.ActorTypeSDK_TOKEN
	case p.IsToken() && p.Kind == viewer.KindShareToken:
		return p.TokenID, auditlog.ActorTypeSHARE_TOKEN
	case p.IsStaff():
		return p.UserID, auditlog.ActorTypeSTAFF
	default:
		return p.UserID, auditlog.ActorTypeUSER
	}
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Filter selects audit entries.
type Filter struct {
	Action   string
	ActorID  string
	TargetID string
	From, To *time.Time
	Limit    int
}

// MaxExport bounds one export.
const MaxExport = 10000

// Reader lists the viewer's audit entries.
type Reader struct{ client *ent.Client }

// NewReader wires a Reader.
func NewReader(client *ent.Client) *Reader { return &Reader{client: client} }

// List returns the viewer's tenant's entries matching f, newest first.
func (r *Reader) List(ctx context.Context, f Filter) ([]*ent.AuditLog, error) {
	if _, err := viewer.RequireMember(ctx); err != nil {
		return nil, err
	}
	if f.Limit <= 0 || f.Limit > MaxExport {
		f.Limit = MaxExport
	}
	q := r.client.AuditLog.Query().Order(ent.Desc(auditlog.FieldCreatedAt)).Limit(f.Limit)
	if f.Action != "" {
		q = q.Where(auditlog.Action(f.Action))
	}
	if f.ActorID != "" {
		q = q.Where(auditlog.ActorID(f.ActorID))
	}
	if f.TargetID != "" {
		q = q.Where(auditlog.TargetID(f.TargetID))
	}
	if f.From != nil {
		q = q.Where(auditlog.CreatedAtGTE(*f.From))
	}
	if f.To != nil {
		q = q.Where(auditlog.CreatedAtLT(*f.To))
	}
	logs, err := q.All(ctx)
	if err != nil {
		return nil, fmt.Errorf("list audit log: %w", err)
	}
	return logs, nil
}
