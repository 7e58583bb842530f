package verification

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/caseevent"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/rfiitem"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
)

// Magic values of a TEST case's client_reference choose the path the sandbox
// simulator takes (DESIGN §7). Without one a case goes in_review → approved
// → signed → published. They are matched anywhere in the reference, in any
// case; live cases never honour them.
const (
	SimManual  = "sim_manual"  // no simulation: people (or test helpers) work the case
	SimDecline = "sim_decline" // in_review → declined
	SimRFI     = "sim_rfi"     // in_review → rfi_requested → rfi_resolved (answered by itself) → approved → signed → published
	SimRevoke  = "sim_revoke"  // … published → revoked
	SimExpire  = "sim_expire"  // … published → expiring → expired
	SimDispute = "sim_dispute" // … published → disputed
)

// scenario is the states a simulated case passes through, in order.
func scenario(ref *string) []State {
	r := strings.ToLower(deref(ref, ""))
	switch {
	case strings.Contains(r, SimManual):
		return nil
	case strings.Contains(r, SimDecline):
		return []State{StateDeclined}
	case strings.Contains(r, SimRFI):
		return []State{StateRFIResolved, StatePublished}
	case strings.Contains(r, SimRevoke):
		return []State{StatePublished, StateRevoked}
	case strings.Contains(r, SimExpire):
		return []State{StatePublished, StateExpiring, StateExpired}
	case strings.Contains(r, SimDispute):
		return []State{StatePublished, StateDisputed}
	}
	return []State{StatePublished}
}

// simulateFrom says when the simulator first steps a new case, if it does.
func (s *Service) simulateFrom(env environment.Environment, ref *string) (time.Time, bool) {
	if env != environment.Test || s.SandboxStep <= 0 || scenario(ref) == nil {
		return time.Time{}, false
	}
	return s.now().Add(s.SandboxStep), true
}

// Advance is the test helper POST /v1/test_helpers/verifications/{id}/advance:
// it walks a sandbox case to the state to through every intermediate state,
// taking exactly the steps (and emitting exactly the events) real
// transitions would. Only sandbox callers may: a TEST key, or a portal
// session (which works in the sandbox).
func (s *Service) Advance(ctx context.Context, caseRef, to string) (*ent.VerificationCase, error) {
	p, _, err := writer(ctx)
	if err != nil {
		return nil, err
	}
	if p.IsAPIKey() && p.Environment != environment.Test {
		return nil, fault.New(fault.Forbidden, "test helpers work with test keys (kbs_test_…) only")
	}
	goal := State(strings.ToLower(strings.TrimSpace(to)))
	var c *ent.VerificationCase
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		cur, err := tx.VerificationCase.Query().Where(byRef(caseRef), verificationcase.EnvironmentEQ(environment.Test)).WithReport().Only(ctx)
		if err != nil {
			return database.Err(err, "load case")
		}
		from := StateOf(cur, cur.Edges.Report)
		plan, err := Plan(from, goal)
		if err != nil {
			return err
		}
		if c, err = s.walk(ctx, tx, cur, plan, goal, actorOf(p)); err != nil {
			return err
		}
		// The table plans an expiring report's way back to published
		// through a dispute, but clearing the dispute leaves it expiring:
		// a walk that ends elsewhere than asked is undone, not reported
		// as done.
		if at := StateOf(c, c.Edges.Report); at != goal {
			return fault.New(fault.Conflict, "the case is %s and cannot reach %s", from, goal)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.Get(ctx, c.ID)
}

// walk takes the planned steps on a sandbox case, supplying what a person
// would (items, answers, an approval, reasons).
func (s *Service) walk(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase, plan []Action, goal State, actor Actor) (*ent.VerificationCase, error) {
	for _, action := range plan {
		if action == ResolveInfo {
			var err error
			if c, err = s.answerAll(ctx, tx, c, actor); err != nil {
				return nil, err
			}
			continue // the last answer resolved the request
		}
		next, err := s.take(ctx, tx, c, action, actor, sandboxInput(action, goal))
		if err != nil {
			return nil, err
		}
		c = next
	}
	return c, nil
}

// answerAll answers a sandbox case's open items, which resolves its request
// for information.
func (s *Service) answerAll(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase, actor Actor) (*ent.VerificationCase, error) {
	items, err := tx.RFIItem.Query().Where(rfiitem.CaseID(c.ID), rfiitem.StatusEQ(rfiitem.StatusOPEN)).All(ctx)
	if err != nil {
		return nil, database.Err(err, "load RFI items")
	}
	for _, it := range items {
		if _, err := s.answer(ctx, tx, c, it, actor, func(u *ent.RFIItemUpdateOne) {
			u.SetAnswer("Sandbox answer (test helper).")
		}); err != nil {
			return nil, err
		}
	}
	c, err = tx.VerificationCase.Query().Where(verificationcase.ID(c.ID)).WithReport().Only(ctx)
	return c, database.Err(err, "reload case")
}

// sandboxInput is what a sandbox step is taken with. A walk towards
// expiring or expired approves for 20 days, so that the report really is
// within 30 days of valid_until, and expires it before its time.
func sandboxInput(action Action, goal State) stepInput {
	toExpiry := goal == StateExpiring || goal == StateExpired
	switch action {
	case RequestInfo:
		return stepInput{items: []*RFIItemInput{{Kind: rfiitem.KindQUESTION,
			Message: "Sandbox: please confirm the supplier's registered address."}}}
	case Approve:
		in := stepInput{approval: Approval{TrustScore: 82, RiskBand: verificationcase.RiskBandLOW, ValidForDays: 365}}
		if toExpiry {
			in.validFor = 20 * 24 * time.Hour
		}
		return in
	case Decline:
		return stepInput{reason: "Sandbox: declined by the simulator or a test helper."}
	case Revoke:
		return stepInput{reason: "Sandbox: revoked by the simulator or a test helper."}
	case Dispute:
		return stepInput{reason: "Sandbox: dispute opened by the simulator or a test helper."}
	case MarkExpiring, Expire:
		return stepInput{forced: true}
	}
	return stepInput{}
}

// simulate takes the next step of every sandbox case that is due, then
// schedules the one after. Steps are conditional writes, so replicas racing
// for one case take it once; the loser's conflict is ignored.
func (s *Service) simulate(ctx context.Context) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	due, err := s.client.VerificationCase.Query().
		Where(verificationcase.EnvironmentEQ(environment.Test), verificationcase.SimNextAtLTE(s.now())).
		Order(ent.Asc(verificationcase.FieldSimNextAt)).Limit(100).IDs(ctx)
	if err != nil {
		return database.Err(err, "find due sandbox cases")
	}
	for _, id := range due {
		if err := s.simulateOne(ctx, id); err != nil && !fault.Is(err, fault.Conflict) {
			return err
		}
	}
	return nil
}

// simulateOne takes one step of a due sandbox case towards the next state of
// its scenario.
func (s *Service) simulateOne(ctx context.Context, id string) error {
	return database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		c, err := tx.VerificationCase.Query().
			Where(verificationcase.ID(id), verificationcase.SimNextAtLTE(s.now())).WithReport().Only(ctx)
		if ent.IsNotFound(err) {
			return nil // a person took it over, or another replica stepped it first
		} else if err != nil {
			return database.Err(err, "load sandbox case")
		}
		passed, err := s.passed(ctx, tx, c)
		if err != nil {
			return err
		}
		goals := scenario(c.ClientReference)
		idx := slices.IndexFunc(goals, func(g State) bool { return !passed[g] })
		if idx < 0 {
			return database.Err(tx.VerificationCase.UpdateOne(c).ClearSimNextAt().Exec(ctx), "finish simulation")
		}
		plan, err := Plan(StateOf(c, c.Edges.Report), goals[idx])
		if err != nil || len(plan) == 0 {
			return database.Err(tx.VerificationCase.UpdateOne(c).ClearSimNextAt().Exec(ctx), "stop simulation")
		}
		if c, err = s.walk(ctx, tx, c, plan[:1], goals[len(goals)-1], simulatorActor); err != nil {
			return err
		}
		return database.Err(tx.VerificationCase.UpdateOne(c).SetSimNextAt(s.now().Add(s.SandboxStep)).Exec(ctx), "schedule simulation")
	})
}

// passed is the set of states a case has been in, from its timeline.
func (s *Service) passed(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase) (map[State]bool, error) {
	entries, err := tx.CaseEvent.Query().Where(caseevent.CaseID(c.ID)).All(ctx)
	if err != nil {
		return nil, database.Err(err, "load timeline")
	}
	seen := map[State]bool{StateOf(c, c.Edges.Report): true}
	for _, e := range entries {
		if e.ToStatus != nil {
			seen[State(*e.ToStatus)] = true
		}
	}
	return seen, nil
}
