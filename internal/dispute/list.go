package dispute

import (
	"context"
	"strings"

	"github.com/keybs/platform/ent"
	entdispute "github.com/keybs/platform/ent/dispute"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/escrow"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// ListInput asks for one page of the organization's disputes, newest first.
type ListInput struct {
	// Environment is TEST (the default) or LIVE.
	Environment environment.Environment
	// Status, as the API spells it, or "" for every status.
	Status string
	// EscrowID keeps the disputes raised against one escrow, or "" for all.
	EscrowID string
	// First is the page's size (default and at most escrow.MaxPage).
	First int
	// After is the id of the last dispute of the page before, or "".
	After string
}

// ListOwn pages through the member's organization's disputes in one
// environment. Staff read every organization's through List; here the
// tenant filter is explicit, so a staff member who belongs to an
// organization sees only that organization's.
func (s *Service) ListOwn(ctx context.Context, in ListInput) (escrow.Page[*ent.Dispute], error) {
	var page escrow.Page[*ent.Dispute]
	p, env, err := viewer.RequireModuleReader(ctx, in.Environment)
	if err != nil {
		return page, err
	}
	q := s.client.Dispute.Query().Where(entdispute.TenantID(p.TenantID), entdispute.EnvironmentEQ(env))
	if st := strings.TrimSpace(in.Status); st != "" {
		status := entdispute.Status(strings.ToUpper(st))
		if entdispute.StatusValidator(status) != nil {
			return page, fault.InvalidField("status", "{field} must be open, under_review, won or lost")
		}
		q.Where(entdispute.StatusEQ(status))
	}
	if in.EscrowID != "" {
		q.Where(entdispute.EscrowID(in.EscrowID))
	}
	if page.TotalCount, err = q.Clone().Count(ctx); err != nil {
		return page, database.Err(err, "count disputes")
	}
	if in.After != "" {
		last, err := q.Clone().Where(entdispute.ID(in.After)).Only(ctx)
		if ent.IsNotFound(err) {
			return page, fault.InvalidField("after", "{field} is not a cursor of this list")
		} else if err != nil {
			return page, database.Err(err, "load cursor")
		}
		q.Where(entdispute.Or(entdispute.CreatedAtLT(last.CreatedAt),
			entdispute.And(entdispute.CreatedAt(last.CreatedAt), entdispute.IDLT(last.ID))))
	}
	first := escrow.PageSize(in.First)
	items, err := q.Order(ent.Desc(entdispute.FieldCreatedAt), ent.Desc(entdispute.FieldID)).Limit(first + 1).All(ctx)
	if err != nil {
		return page, database.Err(err, "list disputes")
	}
	page.HasNextPage = len(items) > first
	page.Items = items[:min(len(items), first)]
	return page, nil
}

// Find is one of the member's organization's disputes in one environment
// (TEST by default); another tenant's or environment's id is not found.
func (s *Service) Find(ctx context.Context, id string, env environment.Environment) (*ent.Dispute, error) {
	p, env, err := viewer.RequireModuleReader(ctx, env)
	if err != nil {
		return nil, err
	}
	d, err := s.client.Dispute.Query().Where(entdispute.ID(id), entdispute.TenantID(p.TenantID), entdispute.EnvironmentEQ(env)).Only(ctx)
	return d, database.Err(err, "load dispute")
}
