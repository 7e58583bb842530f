package fraud

import (
	"context"
	"strings"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/fraudcheck"
	"github.com/keybs/platform/ent/fraudfeedback"
	"github.com/keybs/platform/ent/riskcheck"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/validate"
)

// Outcomes of feedback, as the API spells them.
const (
	OutcomeFraud      = "fraud"
	OutcomeLegitimate = "legitimate"
)

// FeedbackInput confirms a check as fraud or legitimate.
type FeedbackInput struct {
	CheckID string // frd_… or txc_…
	Outcome string // fraud | legitimate
	Note    string // optional
}

// FeedbackResult is the stored feedback; Replaced tells whether it replaced
// an earlier feedback for the same check.
type FeedbackResult struct {
	Feedback *ent.FraudFeedback
	Replaced bool
}

// Feedback records the outcome of one of the caller's checks in its
// environment: a fraud check (frd_…) or a transaction check (txc_…). Another
// tenant's or environment's check is not found. A second feedback for the
// same check replaces the first (the latest word wins: a chargeback can turn
// a "legitimate" into "fraud" weeks later). The check's own feedback field is
// updated in the same transaction, for the figures.
func (s *Service) Feedback(ctx context.Context, in FeedbackInput) (*FeedbackResult, error) {
	p, env, err := writer(ctx)
	if err != nil {
		return nil, err
	}
	id := strings.TrimSpace(in.CheckID)
	if id == "" {
		return nil, fault.InvalidField("check_id", "{field} is required (a frd_… or txc_… id)")
	}
	outcome := strings.ToLower(strings.TrimSpace(in.Outcome))
	if outcome != OutcomeFraud && outcome != OutcomeLegitimate {
		return nil, fault.InvalidField("outcome", "{field} must be fraud or legitimate")
	}
	note, err := validate.Text("note", in.Note, 2000, false)
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(id, "frd_") && !strings.HasPrefix(id, "txc_") {
		return nil, fault.InvalidField("check_id", "{field} must be a fraud check (frd_…) or transaction check (txc_…) id")
	}
	var out *FeedbackResult
	save := func() error {
		return database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
			var err error
			out, err = s.saveFeedback(ctx, tx, p.TenantID, p.KeyID, p.ApplicationID, env, id, outcome, note)
			return err
		})
	}
	err = save()
	// Two first feedbacks for one check at once: the unique index lets one
	// in; the other replaces it, as a later one would.
	if err != nil && fault.From(err).Kind == fault.Conflict {
		err = save()
	}
	return out, err
}

func (s *Service) saveFeedback(ctx context.Context, tx *ent.Tx, tenantID, keyID, appID string, env environment.Environment,
	id, outcome, note string) (*FeedbackResult, error) {
	now := s.now()
	ids, err := s.markCheck(ctx, tx, tenantID, env, id, outcome)
	if err != nil {
		return nil, err
	}
	o := fraudfeedback.Outcome(strings.ToUpper(outcome))
	prev, err := tx.FraudFeedback.Query().Where(fraudfeedback.TenantID(tenantID), fraudfeedback.EnvironmentEQ(env),
		fraudfeedback.CheckID(id)).Only(ctx)
	switch {
	case err == nil:
		u := prev.Update().SetOutcome(o).SetKeyID(keyID).SetApplicationID(appID).SetUpdatedAt(now)
		if note == "" {
			u.ClearNote()
		} else {
			u.SetNote(note)
		}
		fb, err := u.Save(ctx)
		return &FeedbackResult{Feedback: fb, Replaced: true}, database.Err(err, "replace feedback")
	case !ent.IsNotFound(err):
		return nil, database.Err(err, "load feedback")
	}
	fb, err := tx.FraudFeedback.Create().SetTenantID(tenantID).SetEnvironment(env).SetKeyID(keyID).SetApplicationID(appID).
		SetCheckID(id).SetOutcome(o).SetNillableNote(nilIfEmpty(note)).
		SetEmail(ids.Email).SetIP(ids.IP).SetDeviceID(ids.DeviceID).SetPartyID(ids.Party).
		SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
	if err != nil {
		return nil, database.Err(err, "save feedback")
	}
	return &FeedbackResult{Feedback: fb}, nil
}

// markCheck finds the check the feedback is about, sets its feedback field
// and returns its identifiers. A transaction check's subject is its payer.
func (s *Service) markCheck(ctx context.Context, tx *ent.Tx, tenantID string, env environment.Environment, id, outcome string) (Input, error) {
	now := s.now()
	if strings.HasPrefix(id, "frd_") {
		c, err := tx.FraudCheck.Query().Where(fraudcheck.ID(id), fraudcheck.TenantID(tenantID), fraudcheck.EnvironmentEQ(env)).Only(ctx)
		if ent.IsNotFound(err) {
			return Input{}, fault.New(fault.NotFound, "no such check: %s", id)
		}
		if err != nil {
			return Input{}, database.Err(err, "load fraud check")
		}
		if err := c.Update().SetFeedback(fraudcheck.Feedback(strings.ToUpper(outcome))).SetFeedbackAt(now).Exec(ctx); err != nil {
			return Input{}, database.Err(err, "mark fraud check")
		}
		return Input{Email: c.Email, IP: c.IP, DeviceID: c.DeviceID, Party: c.PartyID}, nil
	}
	c, err := tx.RiskCheck.Query().Where(riskcheck.ID(id), riskcheck.TenantID(tenantID), riskcheck.EnvironmentEQ(env)).Only(ctx)
	if ent.IsNotFound(err) {
		return Input{}, fault.New(fault.NotFound, "no such check: %s", id)
	}
	if err != nil {
		return Input{}, database.Err(err, "load transaction check")
	}
	fb := riskcheck.FeedbackFRAUD
	if outcome == OutcomeLegitimate {
		fb = riskcheck.FeedbackLEGIT
	}
	if err := c.Update().SetFeedback(fb).SetFeedbackAt(now).Exec(ctx); err != nil {
		return Input{}, database.Err(err, "mark transaction check")
	}
	return Input{Party: c.PartyID}, nil
}

func nilIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
