package rest

import (
	"net/http"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/finding"
	"github.com/keybs/platform/internal/kyc"
)

// kycVerifyBody is POST /v1/kyc/verify's body.
type kycVerifyBody struct {
	FirstName      string `json:"first_name"`
	LastName       string `json:"last_name"`
	DateOfBirth    string `json:"date_of_birth"`
	Country        string `json:"country"`
	DocumentType   string `json:"document_type"`
	DocumentNumber string `json:"document_number"`
	Reference      string `json:"reference"`
}

// kycCompleteBody is the KYC test helper's optional body.
type kycCompleteBody struct {
	Status string `json:"status"`
}

// kycCheckJSON is a KYC check as the API shows it.
type kycCheckJSON struct {
	ID          string            `json:"id"`
	Status      string            `json:"status"`
	Environment string            `json:"environment"`
	Reference   *string           `json:"reference"`
	FirstName   string            `json:"first_name"`
	LastName    string            `json:"last_name"`
	DateOfBirth string            `json:"date_of_birth"`
	Country     string            `json:"country"`
	Document    kycDocumentJSON   `json:"document"`
	Checks      []finding.Finding `json:"checks"`
	CreatedAt   time.Time         `json:"created_at"`
	DecidedAt   *time.Time        `json:"decided_at"`
}

type kycDocumentJSON struct {
	Type  string `json:"type"`
	Last4 string `json:"last4"`
}

func toKYCJSON(c *ent.KYCCheck) kycCheckJSON {
	return kycCheckJSON{ID: c.ID, Status: lower(c.Status), Environment: c.Environment.Lower(), Reference: c.Reference,
		FirstName: c.FirstName, LastName: c.LastName, DateOfBirth: c.DateOfBirth, Country: c.Country,
		Document: kycDocumentJSON{Type: strings.ToLower(string(c.DocumentType)), Last4: c.DocumentLast4},
		Checks:   c.Checks, CreatedAt: c.CreatedAt.UTC(), DecidedAt: c.DecidedAt}
}

func (h *handler) verifyKYC(c call) error {
	var b kycVerifyBody
	if err := c.decode(&b); err != nil {
		return err
	}
	k, err := h.KYC.Verify(c.ctx(), kyc.Input{FirstName: b.FirstName, LastName: b.LastName, DateOfBirth: b.DateOfBirth,
		Country: b.Country, DocumentType: b.DocumentType, DocumentNumber: b.DocumentNumber, Reference: b.Reference})
	if err != nil {
		return err
	}
	return c.json(http.StatusCreated, toKYCJSON(k))
}

func (h *handler) getKYC(c call) error {
	k, err := h.KYC.Get(c.ctx(), c.path("id"))
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, toKYCJSON(k))
}

func (h *handler) completeKYC(c call) error {
	var b kycCompleteBody
	if err := c.decodeOptional(&b); err != nil {
		return err
	}
	k, err := h.KYC.Complete(c.ctx(), c.path("id"), b.Status)
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, toKYCJSON(k))
}
