package verification

import (
	"context"

	"entgo.io/contrib/entgql"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/rfiitem"
	"github.com/keybs/platform/ent/tenant"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// Who among platform staff may take which step: analysts work cases;
// senior analysts also sign, publish, revoke and set disputes.
var (
	caseWorkers    = []viewer.StaffRole{viewer.StaffAnalyst, viewer.StaffSeniorAnalyst}
	reportSigners  = []viewer.StaffRole{viewer.StaffSeniorAnalyst}
	anyStaffMember = []viewer.StaffRole{viewer.StaffAnalyst, viewer.StaffSeniorAnalyst, viewer.StaffOps}
)

// Approval is an analyst's decision to approve a case.
type Approval struct {
	TrustScore int
	RiskBand   verificationcase.RiskBand
	// Controls are the conditions the approval comes with.
	Controls []string
	// ValidForDays is how long the report is valid once signed (365 when 0).
	ValidForDays int
}

// RFIItemInput is one thing a request for information asks for.
type RFIItemInput struct {
	Kind rfiitem.Kind
	// DocumentKind is the kind of document a DOCUMENT item asks for.
	DocumentKind rfiitem.DocumentKind
	Message      string
}

// StartReview picks a submitted case (or one whose RFI was answered) up for
// review.
func (s *Service) StartReview(ctx context.Context, caseRef string) (*ent.VerificationCase, error) {
	return s.staffStep(ctx, caseRef, StartReview, caseWorkers, stepInput{})
}

// RequestInformation asks the partner for documents or answers.
func (s *Service) RequestInformation(ctx context.Context, caseRef string, items []*RFIItemInput) (*ent.VerificationCase, error) {
	items, err := validItems(items)
	if err != nil {
		return nil, err
	}
	return s.staffStep(ctx, caseRef, RequestInfo, caseWorkers, stepInput{items: items})
}

// ApproveCase approves a case and creates its (unsigned) report.
func (s *Service) ApproveCase(ctx context.Context, caseRef string, a Approval) (*ent.VerificationCase, error) {
	a, err := validApproval(a)
	if err != nil {
		return nil, err
	}
	return s.staffStep(ctx, caseRef, Approve, caseWorkers, stepInput{approval: a})
}

// DeclineCase declines a case; no report is issued.
func (s *Service) DeclineCase(ctx context.Context, caseRef, reason string) (*ent.VerificationCase, error) {
	reason, err := validate.Text("reason", reason, 2000, true)
	if err != nil {
		return nil, err
	}
	return s.staffStep(ctx, caseRef, Decline, caseWorkers, stepInput{reason: reason})
}

// SignReport signs an approved case's report (four eyes: not by its
// approver).
func (s *Service) SignReport(ctx context.Context, ref string) (*ent.Report, error) {
	return reportOf(s.staffStep(ctx, ref, Sign, reportSigners, stepInput{}))
}

// PublishReport makes a signed report's verify page live.
func (s *Service) PublishReport(ctx context.Context, ref string) (*ent.Report, error) {
	return reportOf(s.staffStep(ctx, ref, Publish, reportSigners, stepInput{}))
}

// RevokeReport withdraws a signed or published report.
func (s *Service) RevokeReport(ctx context.Context, ref, reason string) (*ent.Report, error) {
	reason, err := validate.Text("reason", reason, 2000, true)
	if err != nil {
		return nil, err
	}
	return reportOf(s.staffStep(ctx, ref, Revoke, reportSigners, stepInput{reason: reason}))
}

// SetReportDisputed sets or clears a published report's dispute flag.
func (s *Service) SetReportDisputed(ctx context.Context, ref string, disputed bool, reason string) (*ent.Report, error) {
	reason, err := validate.Text("reason", reason, 2000, true)
	if err != nil {
		return nil, err
	}
	action := ClearDispute
	if disputed {
		action = Dispute
	}
	return reportOf(s.staffStep(ctx, ref, action, reportSigners, stepInput{reason: reason}))
}

// staffStep takes a step on any tenant's case for a staff member in roles.
// Staff have no tenant, so the write runs in a system context once the role
// is checked; the timeline and audit name the staff member.
func (s *Service) staffStep(ctx context.Context, ref string, action Action, roles []viewer.StaffRole, in stepInput) (*ent.VerificationCase, error) {
	p, err := viewer.RequireStaff(ctx, roles...)
	if err != nil {
		return nil, err
	}
	return s.step(privacy.DecisionContext(ctx, privacy.Allow), ref, action, actorOf(p), in)
}

// step loads the case ref names and takes action on it in one transaction.
func (s *Service) step(ctx context.Context, ref string, action Action, actor Actor, in stepInput) (*ent.VerificationCase, error) {
	var c *ent.VerificationCase
	err := database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		cur, err := tx.VerificationCase.Query().Where(byRef(ref)).WithReport().Only(ctx)
		if err != nil {
			return database.Err(err, "load case")
		}
		c, err = s.take(ctx, tx, cur, action, actor, in)
		return err
	})
	if err != nil {
		return nil, err
	}
	return detach(c), nil
}

// detach returns c and its report detached from the finished transaction.
func detach(c *ent.VerificationCase) *ent.VerificationCase {
	r := c.Edges.Report
	c = c.Unwrap()
	if r != nil {
		c.Edges.Report = r.Unwrap()
	}
	return c
}

// reportOf returns the report of the case a step returned.
func reportOf(c *ent.VerificationCase, err error) (*ent.Report, error) {
	if err != nil {
		return nil, err
	}
	return c.Edges.Report, nil
}

func validApproval(a Approval) (Approval, error) {
	switch {
	case a.TrustScore < 0 || a.TrustScore > 100:
		return a, fault.InvalidField("trust_score", "{field} must be from 0 to 100")
	case verificationcase.RiskBandValidator(a.RiskBand) != nil:
		return a, fault.InvalidField("risk_band", "{field} must be LOW, MEDIUM or HIGH")
	case a.ValidForDays < 0 || a.ValidForDays > 3650:
		return a, fault.InvalidField("valid_for_days", "{field} must be from 1 to 3650 (10 years)")
	case len(a.Controls) > 20:
		return a, fault.InvalidField("controls", "{field} has more than 20 entries")
	}
	if a.ValidForDays == 0 {
		a.ValidForDays = 365
	}
	controls := make([]string, 0, len(a.Controls))
	for _, c := range a.Controls {
		c, err := validate.Text("controls", c, 500, true)
		if err != nil {
			return a, err
		}
		controls = append(controls, c)
	}
	a.Controls = controls
	return a, nil
}

func validItems(items []*RFIItemInput) ([]*RFIItemInput, error) {
	if len(items) == 0 || len(items) > 20 {
		return nil, fault.InvalidField("items", "{field} must list from 1 to 20 things to ask for")
	}
	out := make([]*RFIItemInput, len(items))
	for i, in := range items {
		it := *in
		msg, err := validate.Text("message", it.Message, 2000, true)
		if err != nil {
			return nil, err
		}
		switch it.Kind {
		case rfiitem.KindDOCUMENT:
			if rfiitem.DocumentKindValidator(it.DocumentKind) != nil {
				return nil, fault.InvalidField("document_kind", "a DOCUMENT item needs a {field} (e.g. TRADE_LICENSE)")
			}
		case rfiitem.KindQUESTION:
			it.DocumentKind = ""
		default:
			return nil, fault.InvalidField("kind", "{field} must be DOCUMENT or QUESTION")
		}
		it.Message = msg
		out[i] = &it
	}
	return out, nil
}

// StaffCaseFilter selects cases across tenants for the operations console.
type StaffCaseFilter struct {
	Status      *verificationcase.Status
	TenantID    *string
	Environment *environment.Environment
}

// StaffCases lists cases of every tenant, oldest first (a queue), for staff.
func (s *Service) StaffCases(ctx context.Context, f StaffCaseFilter, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int) (*ent.VerificationCaseConnection, error) {
	if _, err := viewer.RequireStaff(ctx, anyStaffMember...); err != nil {
		return nil, err
	}
	q := s.client.VerificationCase.Query()
	if f.Status != nil {
		q.Where(verificationcase.StatusEQ(*f.Status))
	}
	if f.TenantID != nil {
		q.Where(verificationcase.TenantID(*f.TenantID))
	}
	if f.Environment != nil {
		q.Where(verificationcase.EnvironmentEQ(*f.Environment))
	}
	conn, err := q.Paginate(ctx, after, first, before, last)
	return conn, database.Err(err, "list cases")
}

// StaffTenantFilter selects tenants for KYC review.
type StaffTenantFilter struct {
	KycStatus *tenant.KycStatus
}

// StaffTenants lists every tenant, oldest first, for staff.
func (s *Service) StaffTenants(ctx context.Context, f StaffTenantFilter, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int) (*ent.TenantConnection, error) {
	if _, err := viewer.RequireStaff(ctx, anyStaffMember...); err != nil {
		return nil, err
	}
	q := s.client.Tenant.Query()
	if f.KycStatus != nil {
		q.Where(tenant.KycStatusEQ(*f.KycStatus))
	}
	conn, err := q.Paginate(ctx, after, first, before, last)
	return conn, database.Err(err, "list tenants")
}

// StaffApplicationFilter selects applications for production-access review.
type StaffApplicationFilter struct {
	ProductionStatus *application.Status
}

// StaffApplications lists every tenant's applications, oldest first, for
// staff.
func (s *Service) StaffApplications(ctx context.Context, f StaffApplicationFilter, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int) (*ent.ApplicationConnection, error) {
	if _, err := viewer.RequireStaff(ctx, anyStaffMember...); err != nil {
		return nil, err
	}
	q := s.client.Application.Query()
	if f.ProductionStatus != nil {
		q.Where(application.StatusEQ(*f.ProductionStatus))
	}
	conn, err := q.Paginate(ctx, after, first, before, last)
	return conn, database.Err(err, "list applications")
}
