package escrow

import (
	"context"
	"strings"

	"github.com/keybs/platform/ent"
	entescrow "github.com/keybs/platform/ent/escrow"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// MaxPage is the most escrows one page holds, as for the portal's other
// lists.
const MaxPage = 100

// ListInput asks for one page of the organization's escrows, newest first.
type ListInput struct {
	// Environment is TEST (the default) or LIVE.
	Environment environment.Environment
	// Status, as the API spells it, or "" for every status.
	Status string
	// First is the page's size (default and at most MaxPage).
	First int
	// After is the id of the last escrow of the page before, or "".
	After string
}

// Page is one page of a list, newest first.
type Page[T any] struct {
	Items       []T
	HasNextPage bool
	// TotalCount counts every item of the list, not only this page's.
	TotalCount int
}

// List pages through the member's organization's escrows in one
// environment. A cursor naming another tenant's or environment's escrow is
// invalid, never a way to learn that it exists.
func (s *Service) List(ctx context.Context, in ListInput) (Page[*ent.Escrow], error) {
	var page Page[*ent.Escrow]
	p, env, err := viewer.RequireModuleReader(ctx, in.Environment)
	if err != nil {
		return page, err
	}
	// Staff may read every tenant's escrows (to decide disputes): the
	// tenant filter is explicit so a list is always one organization's.
	q := s.client.Escrow.Query().Where(entescrow.TenantID(p.TenantID), entescrow.EnvironmentEQ(env))
	if st := strings.TrimSpace(in.Status); st != "" {
		status := entescrow.Status(strings.ToUpper(st))
		if entescrow.StatusValidator(status) != nil {
			return page, fault.InvalidField("status", "{field} must be initiated, funded, released, refunded or disputed")
		}
		q.Where(entescrow.StatusEQ(status))
	}
	if page.TotalCount, err = q.Clone().Count(ctx); err != nil {
		return page, database.Err(err, "count escrows")
	}
	if in.After != "" {
		last, err := q.Clone().Where(entescrow.ID(in.After)).Only(ctx)
		if ent.IsNotFound(err) {
			return page, fault.InvalidField("after", "{field} is not a cursor of this list")
		} else if err != nil {
			return page, database.Err(err, "load cursor")
		}
		q.Where(entescrow.Or(entescrow.CreatedAtLT(last.CreatedAt),
			entescrow.And(entescrow.CreatedAt(last.CreatedAt), entescrow.IDLT(last.ID))))
	}
	first := pageSize(in.First)
	items, err := q.Order(ent.Desc(entescrow.FieldCreatedAt), ent.Desc(entescrow.FieldID)).Limit(first + 1).All(ctx)
	if err != nil {
		return page, database.Err(err, "list escrows")
	}
	page.HasNextPage = len(items) > first
	page.Items = items[:min(len(items), first)]
	return page, nil
}

// PageSize is a page's size: MaxPage when none or too many are asked for.
func PageSize(first int) int { return pageSize(first) }

// Find is one of the member's organization's escrows in one environment
// (TEST by default); another tenant's or environment's id is not found.
func (s *Service) Find(ctx context.Context, id string, env environment.Environment) (*ent.Escrow, error) {
	p, env, err := viewer.RequireModuleReader(ctx, env)
	if err != nil {
		return nil, err
	}
	e, err := s.client.Escrow.Query().Where(entescrow.ID(id), entescrow.TenantID(p.TenantID), entescrow.EnvironmentEQ(env)).Only(ctx)
	return e, database.Err(err, "load escrow")
}

// pageSize is a page's size: MaxPage when none or too many are asked for.
func pageSize(first int) int {
	if first <= 0 || first > MaxPage {
		return MaxPage
	}
	return first
}
