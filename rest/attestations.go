package rest

import (
	"net/http"
	"time"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/verification"
)

// attestationJSON answers GET /v1/attestations/verify/{verificationId}: can
// a published report be relied on, and the signature to check that without
// us. canonical is the exact signed text, so the answer alone is enough to
// verify the Ed25519 signature against the JWK set.
type attestationJSON struct {
	VerificationID string     `json:"verification_id"`
	Valid          bool       `json:"valid"`
	State          string     `json:"state"` // a public state, or "unknown"
	Reason         *string    `json:"reason"`
	SignedAt       *time.Time `json:"signed_at"`
	ValidUntil     *time.Time `json:"valid_until"`
	Digest         *string    `json:"digest"`
	Signature      *string    `json:"signature"`
	KeyID          *string    `json:"kid"`
	SignatureValid bool       `json:"signature_valid"`
	Canonical      *string    `json:"canonical"`
	Sandbox        bool       `json:"sandbox"`
	CheckedAt      time.Time  `json:"checked_at"`
}

// verifyAttestation is public: any relying party may ask, from any origin.
// An id without a published report is an answer too (valid false, state
// unknown), the same for an unknown id, a draft and an unpublished report.
func (h *handler) verifyAttestation(c call) error {
	c.w.Header().Set("Access-Control-Allow-Origin", "*")
	a, err := h.Verifications.Attest(c.ctx(), c.path("verificationId"))
	if fault.Is(err, fault.NotFound) {
		return c.json(http.StatusOK, unknownAttestation(c.path("verificationId"), h.Now()))
	}
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, toAttestationJSON(a))
}

func toAttestationJSON(a *verification.Attestation) attestationJSON {
	return attestationJSON{
		VerificationID: a.VerificationID, Valid: a.Valid(), State: string(a.State), Reason: nilIfEmpty(a.Reason()),
		SignedAt: &a.SignedAt, ValidUntil: &a.ValidUntil,
		Digest: &a.Signed.Digest, Signature: &a.Signed.Signature, KeyID: &a.Signed.KeyID,
		SignatureValid: a.SignatureValid, Canonical: &a.Signed.Canonical, Sandbox: a.Sandbox,
		CheckedAt: a.CheckedAt,
	}
}

func unknownAttestation(id string, now time.Time) attestationJSON {
	reason := verification.UnknownReason
	return attestationJSON{VerificationID: id, State: "unknown", Reason: &reason, CheckedAt: now.UTC().Truncate(time.Second)}
}
