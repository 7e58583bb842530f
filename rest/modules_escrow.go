package rest

import (
	"net/http"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/dispute"
	"github.com/keybs/platform/internal/escrow"
)

// escrowInitiateBody is POST /v1/escrow/initiate's body.
type escrowInitiateBody struct {
	Amount      int64  `json:"amount"`
	Currency    string `json:"currency"`
	BuyerID     string `json:"buyer_id"`
	SellerID    string `json:"seller_id"`
	Description string `json:"description"`
	Reference   string `json:"reference"`
}

// escrowFundsBody is POST /v1/escrow/funds's body.
type escrowFundsBody struct {
	EscrowID string `json:"escrow_id"`
	Action   string `json:"action"`
	Amount   *int64 `json:"amount"`
}

// escrowJSON is an escrow as the API shows it.
type escrowJSON struct {
	ID          string     `json:"id"`
	Status      string     `json:"status"`
	Environment string     `json:"environment"`
	Amount      int64      `json:"amount"`
	Currency    string     `json:"currency"`
	BuyerID     string     `json:"buyer_id"`
	SellerID    string     `json:"seller_id"`
	Description string     `json:"description"`
	Reference   *string    `json:"reference"`
	CreatedAt   time.Time  `json:"created_at"`
	FundedAt    *time.Time `json:"funded_at"`
	ReleasedAt  *time.Time `json:"released_at"`
	RefundedAt  *time.Time `json:"refunded_at"`
	DisputedAt  *time.Time `json:"disputed_at"`
}

func toEscrowJSON(e *ent.Escrow) escrowJSON {
	return escrowJSON{ID: e.ID, Status: escrow.Lower(e.Status), Environment: e.Environment.Lower(), Amount: e.Amount,
		Currency: e.Currency, BuyerID: e.BuyerID, SellerID: e.SellerID, Description: e.Description, Reference: e.Reference,
		CreatedAt: e.CreatedAt.UTC(), FundedAt: utc(e.FundedAt), ReleasedAt: utc(e.ReleasedAt), RefundedAt: utc(e.RefundedAt),
		DisputedAt: utc(e.DisputedAt)}
}

func (h *handler) initiateEscrow(c call) error {
	var b escrowInitiateBody
	if err := c.decode(&b); err != nil {
		return err
	}
	e, err := h.Escrows.Initiate(c.ctx(), escrow.Input{Amount: b.Amount, Currency: b.Currency, BuyerID: b.BuyerID,
		SellerID: b.SellerID, Description: b.Description, Reference: b.Reference})
	if err != nil {
		return err
	}
	return c.json(http.StatusCreated, toEscrowJSON(e))
}

func (h *handler) moveEscrowFunds(c call) error {
	var b escrowFundsBody
	if err := c.decode(&b); err != nil {
		return err
	}
	e, err := h.Escrows.Move(c.ctx(), b.EscrowID, b.Action, b.Amount)
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, toEscrowJSON(e))
}

func (h *handler) getEscrow(c call) error {
	e, err := h.Escrows.Get(c.ctx(), c.path("id"))
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, toEscrowJSON(e))
}

// disputeOpenBody is POST /v1/disputes/open's body.
type disputeOpenBody struct {
	EscrowID           string `json:"escrow_id"`
	TransactionCheckID string `json:"transaction_check_id"`
	Reason             string `json:"reason"`
	Description        string `json:"description"`
	Reference          string `json:"reference"`
}

// disputeResolveBody is the dispute test helper's body.
type disputeResolveBody struct {
	Outcome string `json:"outcome"`
}

// disputeJSON is a dispute as the API shows it.
type disputeJSON struct {
	ID                 string     `json:"id"`
	Status             string     `json:"status"`
	Environment        string     `json:"environment"`
	EscrowID           *string    `json:"escrow_id"`
	TransactionCheckID *string    `json:"transaction_check_id"`
	Reason             string     `json:"reason"`
	Description        string     `json:"description"`
	Reference          *string    `json:"reference"`
	ResolutionNote     *string    `json:"resolution_note"`
	CreatedAt          time.Time  `json:"created_at"`
	ReviewStartedAt    *time.Time `json:"review_started_at"`
	ResolvedAt         *time.Time `json:"resolved_at"`
}

func toDisputeJSON(d *ent.Dispute) disputeJSON {
	return disputeJSON{ID: d.ID, Status: dispute.Lower(d.Status), Environment: d.Environment.Lower(), EscrowID: d.EscrowID,
		TransactionCheckID: d.CheckID, Reason: strings.ToLower(string(d.Reason)), Description: d.Description,
		Reference: d.Reference, ResolutionNote: d.ResolutionNote, CreatedAt: d.CreatedAt.UTC(),
		ReviewStartedAt: utc(d.ReviewStartedAt), ResolvedAt: utc(d.ResolvedAt)}
}

func (h *handler) openDispute(c call) error {
	var b disputeOpenBody
	if err := c.decode(&b); err != nil {
		return err
	}
	d, err := h.Disputes.Open(c.ctx(), dispute.Input{EscrowID: b.EscrowID, CheckID: b.TransactionCheckID, Reason: b.Reason,
		Description: b.Description, Reference: b.Reference})
	if err != nil {
		return err
	}
	return c.json(http.StatusCreated, toDisputeJSON(d))
}

func (h *handler) getDispute(c call) error {
	d, err := h.Disputes.Get(c.ctx(), c.path("id"))
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, toDisputeJSON(d))
}

func (h *handler) resolveDispute(c call) error {
	var b disputeResolveBody
	if err := c.decode(&b); err != nil {
		return err
	}
	d, err := h.Disputes.TestResolve(c.ctx(), c.path("id"), b.Outcome)
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, toDisputeJSON(d))
}

// utc shows a stored time in UTC.
func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}
