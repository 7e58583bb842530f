// Package escrow runs the escrow module of seed 000: POST /v1/escrow/initiate
// opens an escrow (esc_…) holding a buyer's money for a seller, and POST
// /v1/escrow/funds moves it through its states:
//
//	initiated ─fund─► funded ─release─► released
//	                    │    └─refund──► refunded
//	                    └─(a dispute opens)─► disputed ─(lost)─► released
//	                                                    └─(won)──► refunded
//
// Every move is one conditional write (UPDATE … WHERE status = the state it
// leaves), so of two concurrent releases exactly one wins and the other is a
// conflict naming the state the winner left behind. Each move's event
// (escrow.funded, escrow.released, escrow.refunded) goes through the outbox in
// the move's transaction. Amounts are integer minor units of the currency.
package escrow

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	entescrow "github.com/keybs/platform/ent/escrow"
	"github.com/keybs/platform/internal/currency"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/metering"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// The events an escrow's moves send.
const (
	EventFunded   = "escrow.funded"
	EventReleased = "escrow.released"
	EventRefunded = "escrow.refunded"
)

// MaxAmount bounds an escrow's amount in minor units (10^15: a trillion in
// a currency of two decimals), far below int64's range so sums stay exact.
const MaxAmount = 1_000_000_000_000_000

// Action is what POST /v1/escrow/funds asks for.
type Action string

// The partner's actions.
const (
	ActionFund    Action = "fund"
	ActionRelease Action = "release"
	ActionRefund  Action = "refund"
)

// move is one legal transition: from the states it leaves to the one it
// takes, with the event it sends.
type move struct {
	from  []entescrow.Status
	to    entescrow.Status
	event string
}

// moves is the one table of the partner's legal moves. A disputed escrow is
// not in it: only its dispute's outcome (Settle) moves it on.
var moves = map[Action]move{
	ActionFund:    {[]entescrow.Status{entescrow.StatusINITIATED}, entescrow.StatusFUNDED, EventFunded},
	ActionRelease: {[]entescrow.Status{entescrow.StatusFUNDED}, entescrow.StatusRELEASED, EventReleased},
	ActionRefund:  {[]entescrow.Status{entescrow.StatusFUNDED}, entescrow.StatusREFUNDED, EventRefunded},
}

// Input opens an escrow.
type Input struct {
	Amount      int64
	Currency    string
	BuyerID     string
	SellerID    string
	Description string
	Reference   string
}

// Service runs escrows for the viewer in the context.
type Service struct {
	client *ent.Client
	bus    *events.Bus
	now    func() time.Time
}

// NewService wires a Service.
func NewService(client *ent.Client, bus *events.Bus, now func() time.Time) *Service {
	return &Service{client: client, bus: bus, now: now}
}

// Initiate opens an escrow in the initiated state.
func (s *Service) Initiate(ctx context.Context, in Input) (*ent.Escrow, error) {
	p, env, err := writer(ctx)
	if err != nil {
		return nil, err
	}
	v, err := clean(in, p.CurrencyType)
	if err != nil {
		return nil, err
	}
	now := s.now()
	var e *ent.Escrow
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		e, err = tx.Escrow.Create().SetTenantID(p.TenantID).SetEnvironment(env).
			SetKeyID(p.KeyID).SetApplicationID(p.ApplicationID).SetNillableReference(nilIfEmpty(v.Reference)).
			SetAmount(v.Amount).SetCurrency(v.Currency).SetBuyerID(v.BuyerID).SetSellerID(v.SellerID).
			SetDescription(v.Description).SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return database.Err(err, "save escrow")
		}
		return metering.Record(ctx, tx, metering.Call{Operation: metering.EscrowInitiate, SourceID: e.ID,
			Amount: &e.Amount, Currency: e.Currency, At: now})
	})
	if err != nil {
		return nil, err
	}
	return e, nil
}

// Get returns one of the caller's escrows in its environment; another
// tenant's or environment's id is not found.
func (s *Service) Get(ctx context.Context, id string) (*ent.Escrow, error) {
	_, env, err := caller(ctx)
	if err != nil {
		return nil, err
	}
	e, err := s.client.Escrow.Query().Where(entescrow.ID(id), entescrow.EnvironmentEQ(env)).Only(ctx)
	return e, database.Err(err, "load escrow")
}

// Move applies the partner's action to one of its escrows. amount, when
// given, must be the escrow's whole amount: money moves all at once.
func (s *Service) Move(ctx context.Context, id string, action string, amount *int64) (*ent.Escrow, error) {
	_, env, err := writer(ctx)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(id) == "" {
		return nil, fault.InvalidField("escrow_id", "{field} is required")
	}
	m, ok := moves[Action(strings.ToLower(strings.TrimSpace(action)))]
	if !ok {
		if strings.TrimSpace(action) == "" {
			return nil, fault.InvalidField("action", "{field} is required")
		}
		return nil, fault.InvalidField("action", "{field} must be fund, release or refund")
	}
	var out *ent.Escrow
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		cur, err := tx.Escrow.Query().Where(entescrow.ID(id), entescrow.EnvironmentEQ(env)).Only(ctx)
		if err != nil {
			if ent.IsNotFound(err) {
				return fault.New(fault.NotFound, "no such escrow: %s", id)
			}
			return database.Err(err, "load escrow")
		}
		if amount != nil && *amount != cur.Amount {
			return fault.InvalidField("amount", "{field} must be the escrow's whole amount, %d; escrows move all at once", cur.Amount)
		}
		magic, isMagic := MagicAmounts[cur.Amount]
		isMagic = isMagic && env == environment.Test && m.to == entescrow.StatusFUNDED && cur.Status == entescrow.StatusINITIATED
		if isMagic && magic == DeclineFunding {
			return declined(cur.Amount)
		}
		if out, err = s.apply(ctx, tx, cur, m); err != nil {
			return err
		}
		if isMagic && magic == ReleaseAtOnce {
			if out, err = s.apply(ctx, tx, out, moves[ActionRelease]); err != nil {
				return err
			}
		}
		// Each move is its own billable call (a magic fund-and-release is
		// one call): no source id of its own.
		return metering.Record(ctx, tx, metering.Call{Operation: metering.EscrowFunds, At: s.now()})
	})
	return out, err
}

// Dispute moves a funded escrow to disputed inside the transaction opening
// the dispute; any other state is a conflict naming it.
func (s *Service) Dispute(ctx context.Context, tx *ent.Tx, id string, env environment.Environment) (*ent.Escrow, error) {
	cur, err := tx.Escrow.Query().Where(entescrow.ID(id), entescrow.EnvironmentEQ(env)).Only(ctx)
	if err != nil {
		if ent.IsNotFound(err) {
			return nil, fault.New(fault.NotFound, "no such escrow: %s", id)
		}
		return nil, database.Err(err, "load escrow")
	}
	return s.apply(ctx, tx, cur, move{[]entescrow.Status{entescrow.StatusFUNDED}, entescrow.StatusDISPUTED, ""})
}

// Settle ends a disputed escrow by its dispute's outcome, inside the
// transaction deciding the dispute: a won dispute refunds the buyer, a lost
// one releases the money to the seller. An escrow that is no longer disputed
// is left alone and returned as it is.
func (s *Service) Settle(ctx context.Context, tx *ent.Tx, id string, won bool) (*ent.Escrow, error) {
	cur, err := tx.Escrow.Get(ctx, id)
	if err != nil {
		return nil, database.Err(err, "load escrow")
	}
	if cur.Status != entescrow.StatusDISPUTED {
		return cur, nil
	}
	m := move{[]entescrow.Status{entescrow.StatusDISPUTED}, entescrow.StatusRELEASED, EventReleased}
	if won {
		m = move{[]entescrow.Status{entescrow.StatusDISPUTED}, entescrow.StatusREFUNDED, EventRefunded}
	}
	return s.apply(ctx, tx, cur, m)
}

// apply makes move m of cur with a write conditional on cur's status, so a
// concurrent move of the same escrow updates nothing and is a conflict.
func (s *Service) apply(ctx context.Context, tx *ent.Tx, cur *ent.Escrow, m move) (*ent.Escrow, error) {
	if !slices.Contains(m.from, cur.Status) {
		return nil, conflict(cur.Status, m.to)
	}
	now := s.now()
	upd := tx.Escrow.Update().Where(entescrow.ID(cur.ID), entescrow.StatusEQ(cur.Status)).SetStatus(m.to).SetUpdatedAt(now)
	switch m.to {
	case entescrow.StatusFUNDED:
		upd.SetFundedAt(now)
	case entescrow.StatusRELEASED:
		upd.SetReleasedAt(now)
	case entescrow.StatusREFUNDED:
		upd.SetRefundedAt(now)
	case entescrow.StatusDISPUTED:
		upd.SetDisputedAt(now)
	}
	n, err := upd.Save(ctx)
	if err != nil {
		return nil, database.Err(err, "move escrow")
	}
	if n == 0 {
		// Another move of this escrow committed first; name where it left it.
		if now, err := tx.Escrow.Get(ctx, cur.ID); err == nil {
			return nil, conflict(now.Status, m.to)
		}
		return nil, fault.New(fault.Conflict, "the escrow was moved concurrently")
	}
	out, err := tx.Escrow.Get(ctx, cur.ID)
	if err != nil {
		return nil, database.Err(err, "load escrow")
	}
	if m.event != "" {
		if err := s.emit(ctx, tx, out, m.event, cur.Status); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// conflict is the 409 of an illegal move, naming the current state.
func conflict(cur, to entescrow.Status) error {
	if cur == entescrow.StatusDISPUTED {
		return fault.New(fault.Conflict, "the escrow is disputed; its dispute's outcome releases or refunds it")
	}
	return fault.New(fault.Conflict, "the escrow is %s; it cannot become %s", Lower(cur), Lower(to))
}

// emit announces a move of e from the state it left.
func (s *Service) emit(ctx context.Context, tx *ent.Tx, e *ent.Escrow, typ string, from entescrow.Status) error {
	var ref any
	if e.Reference != nil {
		ref = *e.Reference
	}
	_, err := s.bus.Emit(ctx, tx, events.Event{TenantID: e.TenantID, Environment: e.Environment, Type: typ,
		Payload: map[string]any{"escrow_id": e.ID, "status": Lower(e.Status), "previous_status": Lower(from),
			"amount": e.Amount, "currency": e.Currency, "buyer_id": e.BuyerID, "seller_id": e.SellerID, "reference": ref}})
	return err
}

// Lower is a status as the API spells it.
func Lower(s entescrow.Status) string { return strings.ToLower(string(s)) }

// clean validates in, naming the first bad field; the currency is checked
// against the key's currency type (fiat or crypto).
func clean(in Input, keyCurrencyType string) (Input, error) {
	var v Input
	var err error
	switch {
	case in.Amount <= 0:
		return v, fault.InvalidField("amount", "{field} must be a positive integer of minor units (e.g. 1050 for 10.50)")
	case in.Amount > MaxAmount:
		return v, fault.InvalidField("amount", "{field} must be at most %d minor units", int64(MaxAmount))
	}
	v.Amount = in.Amount
	if err := currency.Check(keyCurrencyType, in.Currency); err != nil {
		return v, err
	}
	v.Currency = currency.Canonical(in.Currency)
	if v.BuyerID, err = validate.Text("buyer_id", in.BuyerID, 200, true); err != nil {
		return v, err
	}
	if v.SellerID, err = validate.Text("seller_id", in.SellerID, 200, true); err != nil {
		return v, err
	}
	if v.BuyerID == v.SellerID {
		return v, fault.InvalidField("seller_id", "{field} must differ from buyer_id")
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
