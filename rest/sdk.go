package rest

import (
	"net/http"
	"time"

	"github.com/keybs/platform/internal/sdktoken"
)

// sdkTokenBody is seed 004's POST /v1/sdk/access-token body, exactly.
type sdkTokenBody struct {
	ExternalUserID string  `json:"external_user_id"`
	Email          *string `json:"email"`
	FlowName       *string `json:"flow_name"`
	RedirectURL    string  `json:"redirect_url"`
	ExpiresIn      *int    `json:"expires_in"`
}

type sdkTokenJSON struct {
	Token     string    `json:"token"`
	SDKURL    string    `json:"sdk_url"`
	ExpiresAt time.Time `json:"expires_at"`
}

func (h *handler) createSDKToken(c call) error {
	var b sdkTokenBody
	if err := c.decode(&b); err != nil {
		return err
	}
	out, err := h.SDKTokens.Issue(c.ctx(), sdktoken.IssueInput(b))
	if err != nil {
		return err
	}
	return c.json(http.StatusCreated, sdkTokenJSON{Token: out.Token, SDKURL: out.SDKURL, ExpiresAt: out.ExpiresAt})
}
