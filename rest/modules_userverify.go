package rest

import (
	"net/http"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/userverify"
	"github.com/keybs/platform/internal/userverify/check"
)

// userVerifyBody is POST /v1/user/verify's body.
type userVerifyBody struct {
	Email   string `json:"email"`
	Phone   string `json:"phone"`
	Name    string `json:"name"`
	Country string `json:"country"`
	Role    string `json:"role"`
}

// userVerificationJSON is a user verification as the API shows it.
type userVerificationJSON struct {
	ID          string         `json:"id"`
	Environment string         `json:"environment"`
	Email       string         `json:"email"`
	Phone       string         `json:"phone"`
	Name        string         `json:"name"`
	Country     string         `json:"country"`
	Role        *string        `json:"role"`
	Status      string         `json:"status"`
	Level       *string        `json:"level"`
	Checks      []check.Result `json:"checks"`
	CreatedAt   time.Time      `json:"created_at"`
}

func toUserVerificationJSON(u *ent.UserVerification) userVerificationJSON {
	out := userVerificationJSON{ID: u.ID, Environment: u.Environment.Lower(), Email: u.Email, Phone: u.Phone, Name: u.Name,
		Country: u.Country, Status: strings.ToLower(string(u.Status)), Checks: u.Checks, CreatedAt: u.CreatedAt.UTC()}
	if u.Role != nil {
		r := strings.ToLower(string(*u.Role))
		out.Role = &r
	}
	if u.Level != nil {
		l := strings.ToLower(string(*u.Level))
		out.Level = &l
	}
	return out
}

func (h *handler) verifyUser(c call) error {
	var b userVerifyBody
	if err := c.decode(&b); err != nil {
		return err
	}
	u, err := h.UserVerify.Verify(c.ctx(), userverify.Input{Email: b.Email, Phone: b.Phone, Name: b.Name, Country: b.Country, Role: b.Role})
	if err != nil {
		return err
	}
	return c.json(http.StatusCreated, toUserVerificationJSON(u))
}
