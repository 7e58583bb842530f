package graph

import (
	"context"
	"runtime"
	"sync"
	"weak"

	"github.com/99designs/gqlgen/graphql"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/audit"
)

// auditPage is the resolved details of one page of audit entries, computed
// once (one query per entity type) when the first row asks for them.
type auditPage struct {
	once    sync.Once
	details map[string]audit.Detail
	err     error
}

// auditPages maps the field context of an auditLogs page's edges to its
// details. The key is weak, and the entry is dropped once that request's
// field context is collected, so nothing outlives the request.
var auditPages sync.Map // weak.Pointer[graphql.FieldContext] -> *auditPage

// auditDetail returns obj's details, resolving them for the whole page obj
// came in on (or for obj alone when it was loaded on its own, e.g. by node).
func (r *Resolver) auditDetail(ctx context.Context, obj *ent.AuditLog) (audit.Detail, error) {
	var (
		page  []*ent.AuditLog
		owner *graphql.FieldContext
	)
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if edges, ok := fc.Result.([]*ent.AuditLogEdge); ok {
			for _, e := range edges {
				if e != nil && e.Node != nil {
					page = append(page, e.Node)
				}
			}
			owner = fc
			break
		}
	}
	if owner == nil {
		m, err := audit.Details(ctx, r.Client, []*ent.AuditLog{obj})
		return m[obj.ID], err
	}
	key := weak.Make(owner)
	v, loaded := auditPages.LoadOrStore(key, &auditPage{})
	p := v.(*auditPage)
	if !loaded {
		runtime.AddCleanup(owner, func(k weak.Pointer[graphql.FieldContext]) { auditPages.Delete(k) }, key)
	}
	p.once.Do(func() { p.details, p.err = audit.Details(ctx, r.Client, page) })
	if p.err != nil {
		return audit.Detail{}, p.err
	}
	d, ok := p.details[obj.ID]
	if !ok { // not on the page it was found under: resolve it alone
		m, err := audit.Details(ctx, r.Client, []*ent.AuditLog{obj})
		return m[obj.ID], err
	}
	return d, nil
}
