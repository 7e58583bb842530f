package verification

import (
	"context"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/caseevent"
	"github.com/keybs/platform/ent/rfiitem"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/validate"
)

// ItemAnswered is the timeline action of an RFI item the partner answered;
// it moves nothing and emits no event (the last answer's rfi_resolved does).
const ItemAnswered = "rfi.item_answered"

// AnswerQuestion answers an open QUESTION item of the caller's case. The
// answer that leaves no item open resolves the request for information.
func (s *Service) AnswerQuestion(ctx context.Context, caseRef, itemID, text string) (*ent.RFIItem, error) {
	p, _, err := writer(ctx)
	if err != nil {
		return nil, err
	}
	text, err = validate.Text("text", text, 8000, true)
	if err != nil {
		return nil, err
	}
	var item *ent.RFIItem
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		c, it, err := s.openItem(ctx, tx, caseRef, itemID)
		if err != nil {
			return err
		}
		if it.Kind != rfiitem.KindQUESTION {
			return fault.New(fault.Conflict, "item %s asks for a document: attach one with rfi_item_id set", it.ID)
		}
		item, err = s.answer(ctx, tx, c, it, actorOf(p), func(u *ent.RFIItemUpdateOne) { u.SetAnswer(text) })
		return err
	})
	return database.Unwrap(item, err)
}

// openItem loads one of the caller's items and its case (caseRef may be ""
// when only the item is known); the item must be open while the case waits
// for information.
func (s *Service) openItem(ctx context.Context, tx *ent.Tx, caseRef, itemID string) (*ent.VerificationCase, *ent.RFIItem, error) {
	q := tx.RFIItem.Query().Where(rfiitem.ID(itemID))
	if caseRef != "" {
		q.Where(rfiitem.HasCaseWith(byRef(caseRef)))
	}
	it, err := q.Only(ctx)
	if err != nil {
		return nil, nil, database.Err(err, "load RFI item")
	}
	// Answers to one request take turns on its case: this write holds the
	// case's row until commit (PostgreSQL; SQLite runs one writer at a
	// time anyway), so an answer to another item waits, then counts what is
	// still open with this one's answer in sight. Without the turn each of
	// two answers to the last two items counts the other as open, and
	// neither resolves the request.
	waiting, err := tx.VerificationCase.Update().
		Where(verificationcase.ID(it.CaseID), verificationcase.StatusEQ(verificationcase.StatusRFI_REQUESTED)).
		SetUpdatedAt(s.now()).Save(ctx)
	if err != nil {
		return nil, nil, database.Err(err, "hold case")
	}
	c, err := tx.VerificationCase.Query().Where(verificationcase.ID(it.CaseID)).WithReport().Only(ctx)
	if err != nil {
		return nil, nil, database.Err(err, "load case")
	}
	switch {
	case it.Status == rfiitem.StatusANSWERED:
		return nil, nil, fault.New(fault.Conflict, "item %s is already answered", it.ID)
	case waiting == 0:
		return nil, nil, fault.New(fault.Conflict, "the case is %s; it is not waiting for information", lowerState(c.Status))
	}
	return c, it, nil
}

// answer marks it answered (conditionally, so one of two concurrent answers
// wins), notes it on the timeline and, when no item is left open, resolves
// the request for information in the same transaction.
func (s *Service) answer(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase, it *ent.RFIItem, actor Actor, set func(*ent.RFIItemUpdateOne)) (*ent.RFIItem, error) {
	now := s.now().UTC().Truncate(time.Second)
	u := tx.RFIItem.UpdateOneID(it.ID).Where(rfiitem.StatusEQ(rfiitem.StatusOPEN)).
		SetStatus(rfiitem.StatusANSWERED).SetAnsweredAt(now)
	set(u)
	item, err := u.Save(ctx)
	if ent.IsNotFound(err) {
		return nil, fault.New(fault.Conflict, "item %s is already answered", it.ID)
	} else if err != nil {
		return nil, database.Err(err, "answer RFI item")
	}
	state := StateOf(c, c.Edges.Report)
	if err := s.note(ctx, tx, c, ItemAnswered, state, state, actor, "", now); err != nil {
		return nil, err
	}
	open, err := tx.RFIItem.Query().Where(rfiitem.CaseID(c.ID), rfiitem.StatusEQ(rfiitem.StatusOPEN)).Count(ctx)
	if err != nil {
		return nil, database.Err(err, "count open RFI items")
	}
	if open == 0 {
		if _, err := s.take(ctx, tx, c, ResolveInfo, actor, stepInput{}); err != nil {
			return nil, err
		}
	}
	return item, nil
}

// RFIItems returns a case's requests for information, oldest first.
func (s *Service) RFIItems(ctx context.Context, c *ent.VerificationCase) ([]*ent.RFIItem, error) {
	items, err := c.QueryRfiItems().Order(ent.Asc(rfiitem.FieldID)).All(ctx)
	return items, database.Err(err, "load RFI items")
}

// Timeline returns a case's timeline, oldest first.
func (s *Service) Timeline(ctx context.Context, c *ent.VerificationCase) ([]*ent.CaseEvent, error) {
	entries, err := c.QueryTimeline().Order(ent.Asc(caseevent.FieldCreatedAt), ent.Asc(caseevent.FieldID)).All(ctx)
	return entries, database.Err(err, "load timeline")
}

// Case returns a case by its id or verification id: one of the viewer's
// tenant (in an API key's environment), or for staff any tenant's.
func (s *Service) Case(ctx context.Context, ref string) (*ent.VerificationCase, error) {
	c, err := s.client.VerificationCase.Query().Where(byRef(ref)).WithReport().Only(ctx)
	return c, database.Err(err, "load case")
}

// ActorLabel names who took a timeline step, in words a partner can read.
// Staff are named by their role only; keys by their display prefix.
func (s *Service) ActorLabel(ctx context.Context, e *ent.CaseEvent) string {
	switch e.ActorType {
	case caseevent.ActorTypeSTAFF:
		return "KeyBS analyst"
	case caseevent.ActorTypeSIMULATOR:
		return "Sandbox simulator"
	case caseevent.ActorTypeSYSTEM:
		return "KeyBS scheduler"
	case caseevent.ActorTypeAPI_KEY:
		if k, err := s.client.APIKey.Get(ctx, deref(e.ActorID, "")); err == nil {
			return "API key " + k.Name + " (" + k.Prefix + "…" + k.Last4 + ")"
		}
		return "API key"
	case caseevent.ActorTypeSDK_TOKEN:
		if t, err := s.client.SDKToken.Get(ctx, deref(e.ActorID, "")); err == nil {
			return "End user " + t.ExternalUserID + " on the hosted SDK page (" + t.Prefix + "…)"
		}
		return "End user on the hosted SDK page"
	}
	if u, err := s.client.User.Get(ctx, deref(e.ActorID, "")); err == nil {
		return u.Name
	}
	return "A member of the organization"
}

// State returns where c stands, loading its report when the caller did not.
func (s *Service) State(ctx context.Context, c *ent.VerificationCase) (State, error) {
	r, err := c.Report(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return "", database.Err(err, "load report")
	}
	return StateOf(c, r), nil
}
