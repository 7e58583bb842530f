package rest

import (
	"net/http"

	"github.com/keybs/platform/internal/agecheck"
	"github.com/keybs/platform/internal/metering"
)

// ageCheckBody is POST /v1/kyc/agecheck's body.
type ageCheckBody struct {
	DateOfBirth string `json:"date_of_birth"`
	Country     string `json:"country"`
	Region      string `json:"region"`
}

// ageCheckJSON is the answer.
type ageCheckJSON struct {
	Allowed      bool   `json:"allowed"`
	Age          int    `json:"age"`
	MinimumAge   int    `json:"minimum_age"`
	Jurisdiction string `json:"jurisdiction"`
}

func (h *handler) checkAge(c call) error {
	var b ageCheckBody
	if err := c.decode(&b); err != nil {
		return err
	}
	r, err := h.AgeCheck.Check(agecheck.Input{DateOfBirth: b.DateOfBirth, Country: b.Country, Region: b.Region})
	if err != nil {
		return err
	}
	// The age check stores no outcome, so its billable unit is recorded
	// here, before the answer: an answer is never given unbilled.
	if err := h.Metering.RecordAlone(c.ctx(), metering.Call{Operation: metering.KYCAgeCheck}); err != nil {
		return err
	}
	return c.json(http.StatusOK, ageCheckJSON{Allowed: r.Allowed, Age: r.Age, MinimumAge: r.MinimumAge, Jurisdiction: r.Jurisdiction})
}
