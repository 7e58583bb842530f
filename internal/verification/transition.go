package verification

import (
	"context"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/caseevent"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/rfiitem"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/signing"
	"github.com/keybs/platform/internal/viewer"
)

// Actor is who takes a step: a tenant user, platform staff, an API key (test
// helpers, RFI answers), an SDK access token (a case an end user submitted on
// the hosted page), the sandbox simulator or the scheduler.
type Actor struct {
	Type caseevent.ActorType
	ID   string
}

// The actors that are not people or keys.
var (
	simulatorActor = Actor{Type: caseevent.ActorTypeSIMULATOR}
	systemActor    = Actor{Type: caseevent.ActorTypeSYSTEM}
)

// actorOf names the principal as an actor.
func actorOf(p *viewer.Principal) Actor {
	switch {
	case p == nil:
		return systemActor
	case p.IsAPIKey():
		return Actor{Type: caseevent.ActorTypeAPI_KEY, ID: p.KeyID}
	case p.Kind == viewer.KindSDKToken && p.IsToken():
		return Actor{Type: caseevent.ActorTypeSDK_TOKEN, ID: p.TokenID}
	case p.IsStaff():
		return Actor{Type: caseevent.ActorTypeSTAFF, ID: p.UserID}
	}
	return Actor{Type: caseevent.ActorTypeUSER, ID: p.UserID}
}

// isPerson reports whether a person (not a key or a program) took the step.
func (a Actor) isPerson() bool {
	return a.Type == caseevent.ActorTypeSTAFF || a.Type == caseevent.ActorTypeUSER
}

// stepInput is what a step needs beyond its action.
type stepInput struct {
	reason   string
	approval Approval        // Approve
	items    []*RFIItemInput // RequestInfo
	validFor time.Duration   // Approve from the sandbox: a validity shorter than a day
	forced   bool            // MarkExpiring and Expire before their time (sandbox only)
	answered []*ent.RFIItem  // ResolveInfo: the items whose answers resolve it
}

// take applies action to the case c (loaded with its report) in tx. The
// table decides whether the step is legal from the state c is in; the write
// is conditional on that state, so of two concurrent steps on one case
// exactly one wins and the other is a conflict. The timeline entry, the audit
// entry and the event are written in tx too.
func (s *Service) take(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase, action Action, actor Actor, in stepInput) (*ent.VerificationCase, error) {
	from := StateOf(c, c.Edges.Report)
	to, err := target(from, action)
	if err != nil {
		return nil, err
	}
	now := s.now().UTC().Truncate(time.Second)
	if action.isReportStep() {
		err = s.moveReport(ctx, tx, c, action, actor, in, now)
	} else {
		err = s.moveCase(ctx, tx, c, to, action, actor, in, now)
	}
	if err != nil {
		return nil, err
	}
	c, err = tx.VerificationCase.Query().Where(verificationcase.ID(c.ID)).WithReport().Only(ctx)
	if err != nil {
		return nil, database.Err(err, "reload case")
	}
	// The timeline records where the step really led, which is the
	// table's state but for one step: clearing the dispute of a report
	// already notified as expiring leaves it expiring, not published.
	return c, s.record(ctx, tx, c, action, from, StateOf(c, c.Edges.Report), actor, in.reason, now)
}

// moveCase writes a case step: the new status and what the step sets.
func (s *Service) moveCase(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase, to State, action Action, actor Actor, in stepInput, now time.Time) error {
	u := tx.VerificationCase.Update().
		Where(verificationcase.ID(c.ID), verificationcase.StatusEQ(c.Status)).
		SetStatus(to.caseStatus())
	if actor.isPerson() {
		u.ClearSimNextAt() // a person works the case now; the simulator stands back
	}
	switch action {
	case Approve:
		u.SetDecidedAt(now).SetTrustScore(in.approval.TrustScore).
			SetRiskBand(verificationcase.RiskBand(in.approval.RiskBand))
		// Four eyes is between analysts: a partner approving its own
		// sandbox case through the test helper plays the part of one and
		// goes on to sign it, so only staff approvers are remembered.
		if actor.Type == caseevent.ActorTypeSTAFF {
			u.SetApprovedBy(actor.ID)
		}
	case Decline:
		u.SetDecidedAt(now).SetDeclineReason(in.reason)
	}
	if err := s.conditional(u.Save(ctx)); err != nil {
		return err
	}
	switch action {
	case Approve:
		return s.createReport(ctx, tx, c, in)
	case RequestInfo:
		return s.createItems(ctx, tx, c, in.items)
	}
	return nil
}

// createReport adds the approved, not yet signed report of an approval.
func (s *Service) createReport(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase, in stepInput) error {
	a := in.approval
	create := tx.Report.Create().SetTenantID(c.TenantID).SetEnvironment(c.Environment).SetCaseID(c.ID).
		SetTrustScore(a.TrustScore).SetRiskBand(report.RiskBand(a.RiskBand)).
		SetControls(a.Controls).SetValidForSeconds(a.ValidForDays * 24 * 60 * 60).
		SetDemo(c.Environment == environment.Test)
	if in.validFor > 0 {
		create.SetValidForSeconds(int(in.validFor / time.Second))
	}
	return database.Err(create.Exec(ctx), "create report")
}

// createItems records the items a request for information asks for.
func (s *Service) createItems(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase, items []*RFIItemInput) error {
	for _, it := range items {
		create := tx.RFIItem.Create().SetTenantID(c.TenantID).SetEnvironment(c.Environment).SetCaseID(c.ID).
			SetKind(rfiitem.Kind(it.Kind)).SetMessage(it.Message)
		if it.DocumentKind != "" {
			create.SetDocumentKind(rfiitem.DocumentKind(it.DocumentKind))
		}
		if err := create.Exec(ctx); err != nil {
			return database.Err(err, "create RFI item")
		}
	}
	return nil
}

// moveReport writes a report step, conditional on the report being as it was
// read.
func (s *Service) moveReport(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase, action Action, actor Actor, in stepInput, now time.Time) error {
	r := c.Edges.Report
	u := tx.Report.Update().Where(report.ID(r.ID), report.LifecycleStatusEQ(r.LifecycleStatus), report.DisputedEQ(r.Disputed))
	switch action {
	case Sign:
		if err := s.sign(c, r, u, actor, now); err != nil {
			return err
		}
	case Publish:
		u.SetLifecycleStatus(report.LifecycleStatusPUBLISHED).SetPublishedAt(now)
	case Revoke:
		u.SetLifecycleStatus(report.LifecycleStatusREVOKED).SetRevokedAt(now).SetRevokeReason(in.reason)
	case MarkExpiring:
		if !in.forced && (r.ValidUntil == nil || r.ValidUntil.Sub(now) > expiringWindow) {
			return fault.New(fault.Conflict, "the report is valid until %s, more than 30 days away", r.ValidUntil.Format(time.DateOnly))
		}
		u.Where(report.ExpiringNotifiedAtIsNil()).SetExpiringNotifiedAt(now)
	case Expire:
		if !in.forced && (r.ValidUntil == nil || now.Before(*r.ValidUntil)) {
			return fault.New(fault.Conflict, "the report is valid until %s", r.ValidUntil.Format(time.RFC3339))
		}
		u.SetLifecycleStatus(report.LifecycleStatusEXPIRED)
	case Dispute:
		u.SetDisputed(true).SetDisputeReason(in.reason)
	case ClearDispute:
		u.SetDisputed(false).ClearDisputeReason()
	}
	return s.conditional(u.Save(ctx))
}

// sign sets the signature of r on u: the report's public fields as
// canonical JSON, signed with the current key. Four eyes: the person who
// approved the case may not sign it.
func (s *Service) sign(c *ent.VerificationCase, r *ent.Report, u *ent.ReportUpdate, actor Actor, now time.Time) error {
	if actor.isPerson() && c.ApprovedBy != nil && *c.ApprovedBy == actor.ID {
		return fault.New(fault.Forbidden, "four eyes: the person who approved a case cannot sign its report; another senior analyst must")
	}
	validUntil := now.Add(time.Duration(deref(r.ValidForSeconds, 365*24*60*60)) * time.Second)
	signed, err := s.signature(c, r, now, validUntil)
	if err != nil {
		return err
	}
	u.SetLifecycleStatus(report.LifecycleStatusSIGNED).SetSignedAt(now).SetValidUntil(validUntil)
	setSignature(u.Mutation(), signed, s.publicURL, c.VerificationID)
	if actor.isPerson() {
		u.SetSignedBy(actor.ID)
	}
	return nil
}

// signature signs the public fields of c's report r as of the given times.
func (s *Service) signature(c *ent.VerificationCase, r *ent.Report, signedAt, validUntil time.Time) (signing.Signed, error) {
	if s.Signer == nil {
		return signing.Signed{}, fault.Wrap(errNoSigner, "sign report")
	}
	signed, err := s.Signer.Sign(signing.Report{
		VerificationID: c.VerificationID, SupplierName: c.SupplierName, CountryCode: c.CountryCode,
		TrustScore: deref(r.TrustScore, 0), RiskBand: string(deref(r.RiskBand, "")), Environment: c.Environment,
		Demo: r.Demo, SignedAt: signedAt, ValidUntil: validUntil,
	})
	if err != nil {
		return signing.Signed{}, fault.Wrap(err, "sign report")
	}
	return signed, nil
}

// setSignature stores a signature, and the public links it makes live, on a
// report mutation.
func setSignature(m *ent.ReportMutation, signed signing.Signed, publicURL, verificationID string) {
	m.SetCanonical(signed.Canonical)
	m.SetDigest(signed.Digest)
	m.SetSignature(signed.Signature)
	m.SetKeyID(signed.KeyID)
	m.SetVerifyURL(VerifyURL(publicURL, verificationID))
	m.SetPdfURL(PDFURL(publicURL, verificationID))
}

// conditional turns a conditional update's row count into the conflict of a
// lost race.
func (s *Service) conditional(n int, err error) error {
	switch {
	case err != nil:
		return database.Err(err, "update case")
	case n == 0:
		return fault.New(fault.Conflict, "the case changed while this step was being taken; reload it and try again")
	}
	return nil
}

// record writes the timeline entry and the audit entry of a step and emits
// its event, all in tx, and tells live views on commit.
func (s *Service) record(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase, action Action, from, to State, actor Actor, reason string, now time.Time) error {
	if err := s.note(ctx, tx, c, string(action), from, to, actor, reason, now); err != nil {
		return err
	}
	return s.emit(ctx, tx, c, string(action))
}

// note writes a timeline entry and its audit entry in tx: a step (from and
// to differ) or something that happened to the case without moving it (an
// RFI item answered).
func (s *Service) note(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase, action string, from, to State, actor Actor, reason string, now time.Time) error {
	entry := tx.CaseEvent.Create().SetTenantID(c.TenantID).SetEnvironment(c.Environment).SetCaseID(c.ID).
		SetAction(action).SetToStatus(string(to)).SetActorType(actor.Type).SetCreatedAt(now)
	if from != "" {
		entry.SetFromStatus(string(from))
	}
	if actor.ID != "" {
		entry.SetActorID(actor.ID)
	}
	if reason != "" {
		entry.SetReason(reason)
	}
	if err := entry.Exec(ctx); err != nil {
		return database.Err(err, "record timeline")
	}
	meta := map[string]any{"verification_id": c.VerificationID, "environment": string(c.Environment), "to": string(to)}
	if from != "" {
		meta["from"] = string(from)
	}
	if reason != "" {
		meta["reason"] = reason
	}
	return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: c.TenantID, Action: action,
		TargetType: "VerificationCase", TargetID: c.ID, Metadata: meta,
		ActorID: actor.ID, ActorType: auditlog.ActorType(actor.Type)})
}

// emit writes the event of type typ about c and publishes the case's change
// to live views, both on commit.
func (s *Service) emit(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase, typ string) error {
	if _, err := s.bus.Emit(ctx, tx, events.Event{TenantID: c.TenantID, Environment: c.Environment,
		Type: typ, Payload: Payload(c, c.Edges.Report)}); err != nil {
		return err
	}
	return s.bus.Publish(ctx, tx, events.Message{Kind: events.KindCase, ID: c.ID, TenantID: c.TenantID,
		Environment: c.Environment, Type: typ})
}

// deref is *v, or def when v is nil.
func deref[T any](v *T, def T) T {
	if v == nil {
		return def
	}
	return *v
}

// lowerState spells a status as REST and webhooks do.
func lowerState[T ~string](v T) string { return strings.ToLower(string(v)) }
