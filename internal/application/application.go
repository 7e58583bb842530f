// Package application holds application profiles: one per product a partner
// integrates, with what it needs (modules, expected volume, callback URLs, IP
// allowlist) and its production-access review.
package application

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/predicate"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/plan"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// AllowedScopes is what keys of app may be granted: the seed-002 core and the
// scopes of the modules it requires. Modules, not industries, decide: the
// industry preset is only the modules a new application starts with
// (DefaultModules), and enabling a module makes all its scopes grantable
// whatever the industry.
func AllowedScopes(app *ent.Application) []string {
	out := slices.Concat(scope.Core, scope.Platform)
	for _, m := range app.RequiredModules {
		out = append(out, m.Scopes()...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// DefaultModules are the modules a new application of ind starts with: those
// unlocking the industry's preset scopes, sorted as stored.
func DefaultModules(ind industry.Industry) []scope.Module {
	mods := slices.Clone(industry.ProfileOf(ind).PresetModules)
	slices.Sort(mods)
	return mods
}

// HasModule reports whether app enabled m.
func HasModule(app *ent.Application, m scope.Module) bool {
	return slices.Contains(app.RequiredModules, m)
}

// SuggestedTier is the pricing tier the expected volume suggests.
func SuggestedTier(app *ent.Application) plan.Tier { return plan.Suggest(app.ExpectedMonthlyVolume) }

// Input is the editable profile. Nil fields are left unchanged on update.
type Input struct {
	Name                  *string
	Description           *string
	Industry              *industry.Industry
	RegulatoryCategory    *string
	CallbackURLs          []string
	IPAllowlist           []string
	ExpectedMonthlyVolume *int64
	RequiredModules       []scope.Module
}

// Service runs application operations for the viewer in the context.
type Service struct {
	client *ent.Client
	now    func() time.Time
}

// NewService wires a Service.
func NewService(client *ent.Client, now func() time.Time) *Service {
	return &Service{client: client, now: now}
}

// CreateDefault makes the application every tenant starts with; client is the
// sign-up transaction's.
func CreateDefault(ctx context.Context, client *ent.Client, tenantID string, ind industry.Industry) (*ent.Application, error) {
	app, err := client.Application.Create().
		SetTenantID(tenantID).SetName("Default application").SetIndustry(ind).SetIsDefault(true).
		SetRequiredModules(DefaultModules(ind)).
		SetDescription("Created with your account. Rename it or add one per product you integrate.").
		Save(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return nil, fault.Wrap(err, "create default application")
	}
	return app, nil
}

// Create adds an application to the viewer's tenant.
func (s *Service) Create(ctx context.Context, in Input) (*ent.Application, error) {
	p, err := viewer.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	if in.Name == nil {
		return nil, fault.InvalidField("name", "{field} is required")
	}
	if in.Industry == nil {
		ind, err := s.tenantIndustry(ctx, p.TenantID)
		if err != nil {
			return nil, err
		}
		in.Industry = &ind
	}
	if in.RequiredModules == nil && in.Industry.Valid() {
		in.RequiredModules = DefaultModules(*in.Industry)
	}
	var app *ent.Application
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		c := tx.Application.Create().SetTenantID(p.TenantID)
		if err := apply(in, c.Mutation(), false); err != nil {
			return err
		}
		if app, err = c.Save(ctx); err != nil {
			if ent.IsConstraintError(err) {
				return nameTaken(c.Mutation())
			}
			return fault.Wrap(err, "create application")
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: p.TenantID, Action: "application.created",
			TargetType: "Application", TargetID: app.ID, Metadata: map[string]any{"name": app.Name}})
	})
	return database.Unwrap(app, err)
}

// Update changes an application's profile. Changing an approved application's
// callback URLs to plain http is refused, since live traffic uses them.
func (s *Service) Update(ctx context.Context, id string, in Input) (*ent.Application, error) {
	return s.transition(ctx, id, "application.updated", func(cur *ent.Application, u *ent.ApplicationUpdateOne) error {
		if cur.ArchivedAt != nil {
			return fault.New(fault.Conflict, "the application is archived")
		}
		return apply(in, u.Mutation(), cur.Status == entapp.StatusAPPROVED)
	})
}

// Archive hides an application from new keys. Its existing keys keep working
// until they are revoked.
func (s *Service) Archive(ctx context.Context, id string) (*ent.Application, error) {
	return s.transition(ctx, id, "application.archived", func(cur *ent.Application, u *ent.ApplicationUpdateOne) error {
		if cur.ArchivedAt != nil {
			return fault.New(fault.Conflict, "the application is already archived")
		}
		u.SetArchivedAt(s.now())
		return nil
	})
}

// RequestProductionAccess puts a DRAFT or REJECTED application up for review.
func (s *Service) RequestProductionAccess(ctx context.Context, id string) (*ent.Application, error) {
	return s.transition(ctx, id, "application.production_access_requested", func(cur *ent.Application, u *ent.ApplicationUpdateOne) error {
		switch {
		case cur.ArchivedAt != nil:
			return fault.New(fault.Conflict, "the application is archived")
		case cur.Status != entapp.StatusDRAFT && cur.Status != entapp.StatusREJECTED:
			return fault.New(fault.Conflict, "production access is already %s", strings.ToLower(strings.ReplaceAll(string(cur.Status), "_", " ")))
		}
		// Live traffic goes to the callback URLs, so they must be https
		// before the application can be approved.
		if _, err := validate.URLs("callback_urls", cur.CallbackUrls, true); err != nil {
			return err
		}
		u.SetStatus(entapp.StatusPENDING_REVIEW).ClearReviewReason().ClearReviewedAt()
		return nil
	})
}

// Decision is a staff verdict on a production-access request.
type Decision string

// The review decisions.
const (
	Approve Decision = "APPROVE"
	Reject  Decision = "REJECT"
)

// Review approves or rejects a pending application (ops or senior analyst).
func (s *Service) Review(ctx context.Context, id string, decision Decision, reason string) (*ent.Application, error) {
	if _, err := viewer.RequireReviewer(ctx); err != nil {
		return nil, err
	}
	reason = strings.TrimSpace(reason)
	status := entapp.StatusAPPROVED
	switch decision {
	case Approve:
	case Reject:
		if reason == "" {
			return nil, fault.InvalidField("reason", "a rejection needs a reason")
		}
		status = entapp.StatusREJECTED
	default:
		return nil, fault.InvalidField("decision", "{field} must be APPROVE or REJECT")
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	var app *ent.Application
	err := database.WithTx(sys, s.client, func(tx *ent.Tx) error {
		cur, err := tx.Application.Get(sys, id)
		if err != nil {
			return database.Err(err, "load application")
		}
		switch {
		case cur.ArchivedAt != nil:
			return fault.New(fault.Conflict, "the application is archived")
		case cur.Status != entapp.StatusPENDING_REVIEW:
			return fault.New(fault.Conflict, "the application's status is %s, not PENDING_REVIEW", cur.Status)
		}
		u := tx.Application.UpdateOne(cur).Where(unchanged(cur)...).SetStatus(status).SetReviewedAt(s.now())
		if reason != "" {
			u.SetReviewReason(reason)
		}
		if app, err = u.Save(sys); err != nil {
			return changedErr(err, "review application")
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: app.TenantID, Action: "application.reviewed",
			TargetType: "Application", TargetID: app.ID, Metadata: map[string]any{"decision": string(decision), "reason": reason}})
	})
	return database.Unwrap(app, err)
}

// transition loads an application of the viewer's tenant, lets change decide
// and set the new state, and records action.
func (s *Service) transition(ctx context.Context, id, action string, change func(*ent.Application, *ent.ApplicationUpdateOne) error) (*ent.Application, error) {
	p, err := viewer.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	var app *ent.Application
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		cur, err := tx.Application.Get(ctx, id)
		if err != nil {
			return database.Err(err, "load application")
		}
		u := tx.Application.UpdateOne(cur).Where(unchanged(cur)...)
		if err := change(cur, u); err != nil {
			return err
		}
		var meta map[string]any
		if action == "application.updated" {
			meta = map[string]any{"changes": changes(cur, u.Mutation())}
		}
		if app, err = u.Save(ctx); err != nil {
			if ent.IsConstraintError(err) {
				return nameTaken(u.Mutation())
			}
			return changedErr(err, action)
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: p.TenantID, Action: action,
			TargetType: "Application", TargetID: app.ID, Metadata: meta})
	})
	return database.Unwrap(app, err)
}

// changes is the audit log's account of an update: each field m sets to a
// new value, with the value cur had before ({"name": {"from": "Shop",
// "to": "Shop EU"}}). Derived and bookkeeping fields are left out; an
// application has no secret fields.
func changes(cur *ent.Application, m *ent.ApplicationMutation) map[string]any {
	var before map[string]any
	if b, err := json.Marshal(cur); err == nil {
		_ = json.Unmarshal(b, &before)
	}
	out := map[string]any{}
	for _, f := range m.Fields() {
		if f == entapp.FieldNameKey || f == entapp.FieldUpdatedAt {
			continue
		}
		to, _ := m.Field(f)
		if from := before[f]; fmt.Sprint(from) != fmt.Sprint(to) {
			out[f] = map[string]any{"from": from, "to": to}
		}
	}
	return out
}

// unchanged matches an application still in the state cur was loaded in, so
// that a transition decided on cur is written only if no concurrent one has
// moved the application meanwhile: of two, exactly one wins.
func unchanged(cur *ent.Application) []predicate.Application {
	archived := entapp.ArchivedAtIsNil()
	if cur.ArchivedAt != nil {
		archived = entapp.ArchivedAtNotNil()
	}
	return []predicate.Application{entapp.StatusEQ(cur.Status), archived}
}

// nameTaken explains the unique index on (tenant_id, name_key) refusing the
// name m sets: another application of the tenant, archived ones included,
// has the same name up to case and surrounding spaces. The index, not a
// query first, decides, so two concurrent saves of one name cannot both win.
func nameTaken(m *ent.ApplicationMutation) error {
	name, _ := m.Name()
	return &fault.Error{Kind: fault.Conflict, Field: "name",
		Message: fmt.Sprintf("an application named %q already exists in this organization (names are compared ignoring case); choose another name", name)}
}

// changedErr reports a transition that lost to a concurrent one as a conflict.
func changedErr(err error, what string) error {
	if ent.IsNotFound(err) {
		return fault.New(fault.Conflict, "the application was changed at the same time; reload it and try again")
	}
	return fault.Wrap(err, what)
}

// apply validates in and sets its fields on m. httpsOnly requires https
// callback URLs (approved, live applications).
func apply(in Input, m *ent.ApplicationMutation, httpsOnly bool) error {
	if in.Name != nil {
		name, err := validate.Text("name", *in.Name, 100, true)
		if err != nil {
			return err
		}
		m.SetName(name)
	}
	if in.Description != nil {
		d, err := validate.Text("description", *in.Description, 1000, false)
		if err != nil {
			return err
		}
		m.SetDescription(d)
	}
	if in.Industry != nil {
		if !in.Industry.Valid() {
			return fault.InvalidField("industry", "{field} must be one of FINTECH, PAYMENTS, ECOMMERCE, IGAMING, OTHER")
		}
		m.SetIndustry(*in.Industry)
	}
	if in.RegulatoryCategory != nil {
		rc, err := validate.Text("regulatory_category", *in.RegulatoryCategory, 100, false)
		if err != nil {
			return err
		}
		m.SetRegulatoryCategory(rc)
	}
	if in.CallbackURLs != nil {
		urls, err := validate.URLs("callback_urls", in.CallbackURLs, httpsOnly)
		if err != nil {
			return err
		}
		m.SetCallbackUrls(urls)
	}
	if in.IPAllowlist != nil {
		cidrs, err := validate.CIDRs("ip_allowlist", in.IPAllowlist)
		if err != nil {
			return err
		}
		m.SetIPAllowlist(cidrs)
	}
	if in.ExpectedMonthlyVolume != nil {
		if *in.ExpectedMonthlyVolume < 0 {
			return fault.InvalidField("expected_monthly_volume", "{field} must not be negative")
		}
		m.SetExpectedMonthlyVolume(*in.ExpectedMonthlyVolume)
	}
	if in.RequiredModules != nil {
		mods := slices.Clone(in.RequiredModules)
		for _, mod := range mods {
			if !mod.Valid() {
				return fault.InvalidField("required_modules", "%q is not a module", mod)
			}
		}
		slices.Sort(mods)
		m.SetRequiredModules(slices.Compact(mods))
	}
	return nil
}

func (s *Service) tenantIndustry(ctx context.Context, tenantID string) (industry.Industry, error) {
	t, err := s.client.Tenant.Get(ctx, tenantID)
	if err != nil {
		return "", database.Err(err, "load tenant")
	}
	return t.Industry, nil
}

// Get returns one of the viewer's applications.
func (s *Service) Get(ctx context.Context, id string) (*ent.Application, error) {
	if _, err := viewer.RequireMember(ctx); err != nil {
		return nil, err
	}
	app, err := s.client.Application.Get(ctx, id)
	return app, database.Err(err, "load application")
}

// EnabledModules returns the name and the enabled modules of the viewer's
// application id, for the module endpoints' gate: an API key reads its own
// application (the tenant policy keeps it to its tenant). An archived
// application's keys no longer authenticate, so it needs no special case.
func (s *Service) EnabledModules(ctx context.Context, id string) (string, []scope.Module, error) {
	app, err := s.client.Application.Get(ctx, id)
	if err != nil {
		return "", nil, database.Err(err, "load application")
	}
	return app.Name, app.RequiredModules, nil
}
