package rest

import (
	"net/http"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/fraud"
	"github.com/keybs/platform/internal/fraud/reason"
)

// fraudBody is POST /v1/fraud/score's and /v1/fraud/signals' body.
type fraudBody struct {
	Email    string `json:"email"`
	IP       string `json:"ip"`
	DeviceID string `json:"device_id"`
	Party    string `json:"party"`
}

func (b fraudBody) input() fraud.Input {
	return fraud.Input{Email: b.Email, IP: b.IP, DeviceID: b.DeviceID, Party: b.Party}
}

// fraudCheckJSON is a fraud check as the API shows it.
type fraudCheckJSON struct {
	ID          string          `json:"id"`
	Environment string          `json:"environment"`
	Email       *string         `json:"email"`
	IP          *string         `json:"ip"`
	DeviceID    *string         `json:"device_id"`
	Party       *string         `json:"party"`
	Score       int             `json:"score"`
	Decision    string          `json:"decision"`
	Reasons     []reason.Reason `json:"reasons"`
	Signals     fraud.Signals   `json:"signals"`
	CreatedAt   time.Time       `json:"created_at"`
}

func toFraudCheckJSON(r *fraud.Result) fraudCheckJSON {
	c := r.Check
	return fraudCheckJSON{ID: c.ID, Environment: c.Environment.Lower(), Email: orNil(c.Email), IP: orNil(c.IP),
		DeviceID: orNil(c.DeviceID), Party: orNil(c.PartyID), Score: c.Score, Decision: strings.ToLower(string(c.Decision)),
		Reasons: c.Reasons, Signals: r.Signals, CreatedAt: c.CreatedAt.UTC()}
}

// fraudSignalsJSON is POST /v1/fraud/signals' answer: no score, no decision.
type fraudSignalsJSON struct {
	Environment string          `json:"environment"`
	Signals     fraud.Signals   `json:"signals"`
	Reasons     []reason.Reason `json:"reasons"`
}

// fraudFeedbackBody is POST /v1/fraud/feedback's body.
type fraudFeedbackBody struct {
	CheckID string `json:"check_id"`
	Outcome string `json:"outcome"`
	Note    string `json:"note"`
}

// fraudFeedbackJSON is stored feedback as the API shows it.
type fraudFeedbackJSON struct {
	ID          string    `json:"id"`
	Environment string    `json:"environment"`
	CheckID     string    `json:"check_id"`
	Outcome     string    `json:"outcome"`
	Note        *string   `json:"note"`
	Replaced    bool      `json:"replaced"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

func toFraudFeedbackJSON(f *ent.FraudFeedback, replaced bool) fraudFeedbackJSON {
	return fraudFeedbackJSON{ID: f.ID, Environment: f.Environment.Lower(), CheckID: f.CheckID,
		Outcome: strings.ToLower(string(f.Outcome)), Note: f.Note, Replaced: replaced,
		CreatedAt: f.CreatedAt.UTC(), UpdatedAt: f.UpdatedAt.UTC()}
}

func (h *handler) scoreFraud(c call) error {
	var b fraudBody
	if err := c.decode(&b); err != nil {
		return err
	}
	r, err := h.Fraud.Score(c.ctx(), b.input())
	if err != nil {
		return err
	}
	return c.json(http.StatusCreated, toFraudCheckJSON(r))
}

func (h *handler) fraudSignals(c call) error {
	var b fraudBody
	if err := c.decode(&b); err != nil {
		return err
	}
	r, err := h.Fraud.Signals(c.ctx(), b.input())
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, fraudSignalsJSON{Environment: r.Environment.Lower(), Signals: r.Signals, Reasons: r.Reasons})
}

// fraudFeedback answers 201 for a check's first feedback and 200 when it
// replaces an earlier one.
func (h *handler) fraudFeedback(c call) error {
	var b fraudFeedbackBody
	if err := c.decode(&b); err != nil {
		return err
	}
	r, err := h.Fraud.Feedback(c.ctx(), fraud.FeedbackInput{CheckID: b.CheckID, Outcome: b.Outcome, Note: b.Note})
	if err != nil {
		return err
	}
	status := http.StatusCreated
	if r.Replaced {
		status = http.StatusOK
	}
	return c.json(status, toFraudFeedbackJSON(r.Feedback, r.Replaced))
}

// orNil is nil for an empty string, so the API shows null for a field the
// caller did not send.
func orNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
