package rest

import (
	"net/http"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/finding"
	"github.com/keybs/platform/internal/risk"
)

// transactionCheckBody is POST /v1/transaction/check's body.
type transactionCheckBody struct {
	Amount          *int64    `json:"amount"`
	Currency        string    `json:"currency"`
	AccountCurrency string    `json:"account_currency"`
	Party           partyJSON `json:"party"`
	Counterparty    partyJSON `json:"counterparty"`
	Reference       string    `json:"reference"`
}

type partyJSON struct {
	ID      string `json:"id"`
	Country string `json:"country"`
}

// transactionCheckJSON is a transaction check as the API shows it.
type transactionCheckJSON struct {
	ID              string            `json:"id"`
	Environment     string            `json:"environment"`
	Reference       *string           `json:"reference"`
	Amount          int64             `json:"amount"`
	Currency        string            `json:"currency"`
	AccountCurrency *string           `json:"account_currency"`
	Party           partyJSON         `json:"party"`
	Counterparty    *partyJSON        `json:"counterparty"`
	RiskScore       int               `json:"risk_score"`
	Decision        string            `json:"decision"`
	Reasons         []finding.Finding `json:"reasons"`
	CreatedAt       time.Time         `json:"created_at"`
}

func toTransactionCheckJSON(c *ent.RiskCheck) transactionCheckJSON {
	out := transactionCheckJSON{ID: c.ID, Environment: c.Environment.Lower(), Reference: c.Reference, Currency: c.Currency,
		Party: partyJSON{ID: c.PartyID, Country: c.PartyCountry}, RiskScore: c.RiskScore,
		Decision: strings.ToLower(string(c.Decision)), Reasons: c.Reasons, CreatedAt: c.CreatedAt.UTC()}
	if c.Amount != nil {
		out.Amount = *c.Amount
	}
	if c.AccountCurrency != "" {
		out.AccountCurrency = &c.AccountCurrency
	}
	if c.CounterpartyID != "" {
		out.Counterparty = &partyJSON{ID: c.CounterpartyID, Country: c.CounterpartyCountry}
	}
	return out
}

func (h *handler) checkTransaction(c call) error {
	var b transactionCheckBody
	if err := c.decode(&b); err != nil {
		return err
	}
	tc, err := h.Risk.CheckTransaction(c.ctx(), risk.TransactionInput{Amount: b.Amount, Currency: b.Currency,
		AccountCurrency: b.AccountCurrency, Party: risk.Party(b.Party), Counterparty: risk.Party(b.Counterparty), Reference: b.Reference})
	if err != nil {
		return err
	}
	return c.json(http.StatusCreated, toTransactionCheckJSON(tc))
}
