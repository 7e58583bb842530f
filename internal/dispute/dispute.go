// Package dispute runs the disputes module of seed 000: POST /v1/disputes/open
// raises a dispute (dsp_…) against one of the partner's escrows or checked
// transactions (a chargeback), and KeyBS ops decide it:
//
//	open ─review─► under_review ─resolve─► won | lost
//	  └───────────────resolve────────────► won | lost
//
// Opening a dispute on a funded escrow moves the escrow to disputed in the
// same transaction; the outcome then settles it (won refunds the buyer, lost
// releases the money to the seller). Every change sends dispute.updated
// through the outbox. In the sandbox the test helper stands in for ops, and
// a documented description forces an outcome at once (Stripe's
// winning_evidence and losing_evidence); LIVE keys never honour it.
package dispute

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	entdispute "github.com/keybs/platform/ent/dispute"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/escrow"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/metering"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// EventUpdated is sent on every change of a dispute: when it opens, when its
// review starts and when it is decided.
const EventUpdated = "dispute.updated"

// Reasons are the reasons a dispute may give, as the API spells them.
var Reasons = []string{"fraudulent", "product_not_received", "product_unacceptable", "duplicate", "other"}

// Outcomes are the decisions of a dispute: won upholds the claim, lost
// rejects it.
var Outcomes = []string{"won", "lost"}

// MagicDescriptions decide a TEST dispute as soon as it opens.
var MagicDescriptions = map[string]entdispute.Status{
	"winning_evidence": entdispute.StatusWON,
	"losing_evidence":  entdispute.StatusLOST,
}

// Resolver names who decided a dispute when no staff member did.
const (
	ResolvedByTestHelper = "test_helper"
	ResolvedBySandbox    = "sandbox"
)

// CheckLookup tells whether a transaction check (txc_…) exists in the
// caller's tenant and environment, inside the dispute's transaction. It is
// nil until the transaction-monitoring module's store is wired in.
type CheckLookup func(ctx context.Context, tx *ent.Tx, id string, env environment.Environment) error

// Input opens a dispute against exactly one of EscrowID and CheckID.
type Input struct {
	EscrowID    string
	CheckID     string
	Reason      string
	Description string
	Reference   string
}

// Service runs disputes for the viewer in the context.
type Service struct {
	client  *ent.Client
	bus     *events.Bus
	now     func() time.Time
	escrows *escrow.Service
	checks  CheckLookup
}

// NewService wires a Service; checks may be nil (see CheckLookup).
func NewService(client *ent.Client, bus *events.Bus, now func() time.Time, escrows *escrow.Service, checks CheckLookup) *Service {
	return &Service{client: client, bus: bus, now: now, escrows: escrows, checks: checks}
}

var (
	escrowID = regexp.MustCompile(`^esc_[0-9a-z]{1,40}$`)
	checkID  = regexp.MustCompile(`^txc_[0-9a-z]{1,40}$`)
)

// Open raises a dispute. Against an escrow, the escrow must be funded; it
// becomes disputed.
func (s *Service) Open(ctx context.Context, in Input) (*ent.Dispute, error) {
	p, env, err := writer(ctx)
	if err != nil {
		return nil, err
	}
	v, err := clean(in)
	if err != nil {
		return nil, err
	}
	forced, magic := MagicDescriptions[strings.ToLower(v.Description)]
	magic = magic && env == environment.Test
	var out *ent.Dispute
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		if v.EscrowID != "" {
			if _, err := s.escrows.Dispute(ctx, tx, v.EscrowID, env); err != nil {
				return err
			}
		} else if err := s.lookupCheck(ctx, tx, v.CheckID, env); err != nil {
			return err
		}
		now := s.now()
		d, err := tx.Dispute.Create().SetTenantID(p.TenantID).SetEnvironment(env).
			SetKeyID(p.KeyID).SetApplicationID(p.ApplicationID).SetNillableReference(nilIfEmpty(v.Reference)).
			SetNillableEscrowID(nilIfEmpty(v.EscrowID)).SetNillableCheckID(nilIfEmpty(v.CheckID)).
			SetReason(entdispute.Reason(strings.ToUpper(v.Reason))).SetDescription(v.Description).
			SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return database.Err(err, "save dispute")
		}
		if err := s.emit(ctx, tx, d, ""); err != nil {
			return err
		}
		if err := metering.Record(ctx, tx, metering.Call{Operation: metering.DisputeOpen, SourceID: d.ID, At: now}); err != nil {
			return err
		}
		out = d
		if magic {
			out, err = s.decide(ctx, tx, d, forced, ResolvedBySandbox, "test environment: the description "+v.Description+" forces the outcome")
		}
		return err
	})
	return out, err
}

// lookupCheck finds the transaction check a dispute is raised against.
func (s *Service) lookupCheck(ctx context.Context, tx *ent.Tx, id string, env environment.Environment) error {
	if s.checks == nil {
		return fault.New(fault.NotFound, "no such transaction check: %s", id)
	}
	return s.checks(ctx, tx, id, env)
}

// Get returns one of the caller's disputes in its environment; another
// tenant's or environment's id is not found.
func (s *Service) Get(ctx context.Context, id string) (*ent.Dispute, error) {
	_, env, err := caller(ctx)
	if err != nil {
		return nil, err
	}
	d, err := s.client.Dispute.Query().Where(entdispute.ID(id), entdispute.EnvironmentEQ(env)).Only(ctx)
	return d, database.Err(err, "load dispute")
}

// TestResolve is the sandbox's stand-in for KeyBS ops: it decides a TEST
// dispute as won or lost.
func (s *Service) TestResolve(ctx context.Context, id, outcome string) (*ent.Dispute, error) {
	p, _, err := writer(ctx)
	if err != nil {
		return nil, err
	}
	if p.IsAPIKey() && p.Environment != environment.Test {
		return nil, fault.New(fault.Forbidden, "test helpers work with test keys (kbs_test_…) only")
	}
	goal, err := outcomeOf(outcome)
	if err != nil {
		return nil, err
	}
	return s.change(ctx, func(tx *ent.Tx) (*ent.Dispute, error) {
		d, err := tx.Dispute.Query().Where(entdispute.ID(id), entdispute.EnvironmentEQ(environment.Test)).Only(ctx)
		if err != nil {
			return nil, database.Err(err, "load dispute")
		}
		return s.decide(ctx, tx, d, goal, ResolvedByTestHelper, "")
	})
}

// List is the ops queue: every tenant's disputes, newest first, optionally
// of one status (as the API spells it), at most limit.
func (s *Service) List(ctx context.Context, status string, limit int) ([]*ent.Dispute, error) {
	if _, err := viewer.RequireStaff(ctx, viewer.StaffOps, viewer.StaffSeniorAnalyst, viewer.StaffAnalyst); err != nil {
		return nil, err
	}
	q := s.client.Dispute.Query().Order(ent.Desc(entdispute.FieldCreatedAt), ent.Desc(entdispute.FieldID))
	if status = strings.TrimSpace(status); status != "" {
		st := entdispute.Status(strings.ToUpper(status))
		if entdispute.StatusValidator(st) != nil {
			return nil, fault.InvalidField("status", "{field} must be open, under_review, won or lost")
		}
		q.Where(entdispute.StatusEQ(st))
	}
	if limit <= 0 || limit > 200 {
		limit = 200
	}
	out, err := q.Limit(limit).All(ctx)
	return out, database.Err(err, "list disputes")
}

// Review starts ops' review of an open dispute.
func (s *Service) Review(ctx context.Context, id string) (*ent.Dispute, error) {
	if _, err := viewer.RequireStaff(ctx, viewer.StaffOps); err != nil {
		return nil, err
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	return s.change(sys, func(tx *ent.Tx) (*ent.Dispute, error) {
		d, err := tx.Dispute.Get(sys, id)
		if err != nil {
			return nil, database.Err(err, "load dispute")
		}
		return s.move(sys, tx, d, entdispute.StatusUNDER_REVIEW, "", "")
	})
}

// Resolve is ops' decision of a dispute of any tenant, with an optional note
// to the partner. Only ops staff decide disputes.
func (s *Service) Resolve(ctx context.Context, id, outcome, note string) (*ent.Dispute, error) {
	p, err := viewer.RequireStaff(ctx, viewer.StaffOps)
	if err != nil {
		return nil, err
	}
	goal, err := outcomeOf(outcome)
	if err != nil {
		return nil, err
	}
	if note, err = validate.Text("note", note, 2000, false); err != nil {
		return nil, err
	}
	// Staff act across tenants: the role was checked above, so the tenant
	// filter is lifted for this operation only.
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	return s.change(sys, func(tx *ent.Tx) (*ent.Dispute, error) {
		d, err := tx.Dispute.Get(sys, id)
		if err != nil {
			return nil, database.Err(err, "load dispute")
		}
		return s.decide(sys, tx, d, goal, p.UserID, note)
	})
}

// change runs fn in a transaction and returns the dispute it leaves.
func (s *Service) change(ctx context.Context, fn func(tx *ent.Tx) (*ent.Dispute, error)) (*ent.Dispute, error) {
	var out *ent.Dispute
	err := database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		var err error
		out, err = fn(tx)
		return err
	})
	return out, err
}

// transitions is the one table of a dispute's legal moves.
var transitions = map[entdispute.Status][]entdispute.Status{
	entdispute.StatusOPEN:         {entdispute.StatusUNDER_REVIEW, entdispute.StatusWON, entdispute.StatusLOST},
	entdispute.StatusUNDER_REVIEW: {entdispute.StatusWON, entdispute.StatusLOST},
}

// CanMove reports whether a dispute may move from one status to another.
func CanMove(from, to entdispute.Status) bool { return slices.Contains(transitions[from], to) }

// decide moves d to won or lost and settles its escrow by the outcome.
func (s *Service) decide(ctx context.Context, tx *ent.Tx, d *ent.Dispute, goal entdispute.Status, by, note string) (*ent.Dispute, error) {
	out, err := s.move(ctx, tx, d, goal, by, note)
	if err != nil {
		return nil, err
	}
	if out.EscrowID != nil {
		if _, err := s.escrows.Settle(ctx, tx, *out.EscrowID, goal == entdispute.StatusWON); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// move makes one legal move of d with a write conditional on d's status, so
// of two concurrent decisions one wins and the other is a conflict.
func (s *Service) move(ctx context.Context, tx *ent.Tx, d *ent.Dispute, to entdispute.Status, by, note string) (*ent.Dispute, error) {
	if !CanMove(d.Status, to) {
		return nil, fault.New(fault.Conflict, "the dispute is %s; it cannot become %s", Lower(d.Status), Lower(to))
	}
	now := s.now()
	upd := tx.Dispute.Update().Where(entdispute.ID(d.ID), entdispute.StatusEQ(d.Status)).SetStatus(to).SetUpdatedAt(now)
	if d.ReviewStartedAt == nil {
		upd.SetReviewStartedAt(now)
	}
	if to == entdispute.StatusWON || to == entdispute.StatusLOST {
		upd.SetResolvedAt(now).SetResolvedBy(by)
		if note != "" {
			upd.SetResolutionNote(note)
		}
	}
	n, err := upd.Save(ctx)
	if err != nil {
		return nil, database.Err(err, "move dispute")
	}
	if n == 0 {
		return nil, fault.New(fault.Conflict, "the dispute was changed concurrently; reload it")
	}
	out, err := tx.Dispute.Get(ctx, d.ID)
	if err != nil {
		return nil, database.Err(err, "load dispute")
	}
	return out, s.emit(ctx, tx, out, d.Status)
}

// emit announces d's status, with the one it had before ("" for a new one).
func (s *Service) emit(ctx context.Context, tx *ent.Tx, d *ent.Dispute, from entdispute.Status) error {
	var previous, ref, esc, check any
	if from != "" {
		previous = Lower(from)
	}
	if d.Reference != nil {
		ref = *d.Reference
	}
	if d.EscrowID != nil {
		esc = *d.EscrowID
	}
	if d.CheckID != nil {
		check = *d.CheckID
	}
	_, err := s.bus.Emit(ctx, tx, events.Event{TenantID: d.TenantID, Environment: d.Environment, Type: EventUpdated,
		Payload: map[string]any{"dispute_id": d.ID, "status": Lower(d.Status), "previous_status": previous,
			"reason": strings.ToLower(string(d.Reason)), "escrow_id": esc, "transaction_check_id": check, "reference": ref}})
	return err
}

// Lower is a status as the API spells it.
func Lower(s entdispute.Status) string { return strings.ToLower(string(s)) }

// outcomeOf reads an outcome as the API spells it.
func outcomeOf(outcome string) (entdispute.Status, error) {
	switch strings.ToLower(strings.TrimSpace(outcome)) {
	case "won":
		return entdispute.StatusWON, nil
	case "lost":
		return entdispute.StatusLOST, nil
	case "":
		return "", fault.InvalidField("outcome", "{field} is required: won or lost")
	}
	return "", fault.InvalidField("outcome", "{field} must be won or lost")
}

// clean validates in, naming the first bad field.
func clean(in Input) (Input, error) {
	var v Input
	var err error
	v.EscrowID, v.CheckID = strings.TrimSpace(in.EscrowID), strings.TrimSpace(in.CheckID)
	switch {
	case v.EscrowID == "" && v.CheckID == "":
		return v, fault.InvalidField("escrow_id", "{field} or transaction_check_id is required")
	case v.EscrowID != "" && v.CheckID != "":
		return v, fault.InvalidField("transaction_check_id", "{field} and escrow_id cannot both be given: a dispute is against one of them")
	case v.EscrowID != "" && !escrowID.MatchString(v.EscrowID):
		return v, fault.InvalidField("escrow_id", "{field} must be an escrow id (esc_…)")
	case v.CheckID != "" && !checkID.MatchString(v.CheckID):
		return v, fault.InvalidField("transaction_check_id", "{field} must be a transaction check id (txc_…)")
	}
	v.Reason = strings.ToLower(strings.TrimSpace(in.Reason))
	switch {
	case v.Reason == "":
		return v, fault.InvalidField("reason", "{field} is required")
	case !slices.Contains(Reasons, v.Reason):
		return v, fault.InvalidField("reason", "{field} must be one of "+strings.Join(Reasons, ", "))
	}
	if v.Description, err = validate.Text("description", in.Description, 2000, false); err != nil {
		return v, err
	}
	if v.Reference, err = validate.Text("reference", in.Reference, 400, false); err != nil {
		return v, err
	}
	return v, nil
}

func nilIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// caller and writer are the module principal checks of package viewer.
var (
	caller = viewer.RequireModuleCaller
	writer = viewer.RequireModuleWriter
)
