package rest

import (
	"net/http"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/reportfield"
	"github.com/keybs/platform/internal/sharetoken"
	"github.com/keybs/platform/internal/viewer"
)

// shareTokenJSON is a share token as REST shows it; the token itself
// appears only in the create response (Token).
type shareTokenJSON struct {
	ID             string              `json:"id"`
	Object         string              `json:"object"`
	Token          string              `json:"token,omitempty"`
	Prefix         string              `json:"prefix"`
	VerificationID string              `json:"verification_id"`
	Environment    string              `json:"environment"`
	Fields         []reportfield.Field `json:"fields"`
	MaxUses        int                 `json:"max_uses"`
	Uses           int                 `json:"uses"`
	UsesRemaining  int                 `json:"uses_remaining"`
	Status         string              `json:"status"`
	ExpiresAt      time.Time           `json:"expires_at"`
	RevokedAt      *time.Time          `json:"revoked_at"`
	LastUsedAt     *time.Time          `json:"last_used_at"`
	CreatedAt      time.Time           `json:"created_at"`
}

func (h *handler) toShareTokenJSON(t *ent.ShareToken, token string) shareTokenJSON {
	return shareTokenJSON{
		ID: t.ID, Object: "share_token", Token: token, Prefix: t.Prefix, VerificationID: t.Edges.Case.VerificationID,
		Environment: t.Environment.Lower(), Fields: t.Fields, MaxUses: t.MaxUses, Uses: t.Uses,
		UsesRemaining: sharetoken.UsesRemaining(t), Status: strings.ToLower(string(h.Shares.Status(t))),
		ExpiresAt: t.ExpiresAt, RevokedAt: t.RevokedAt, LastUsedAt: t.LastUsedAt, CreatedAt: t.CreatedAt,
	}
}

type createShareTokenBody struct {
	VerificationID string              `json:"verification_id"`
	Fields         []reportfield.Field `json:"fields"`
	MaxUses        *int                `json:"max_uses"`
	ExpiresIn      *int                `json:"expires_in"`
}

func (h *handler) createShareToken(c call) error {
	var b createShareTokenBody
	if err := c.decode(&b); err != nil {
		return err
	}
	out, err := h.Shares.Create(c.ctx(), sharetoken.CreateInput(b))
	if err != nil {
		return err
	}
	return c.json(http.StatusCreated, h.toShareTokenJSON(out.ShareToken, out.Token))
}

func (h *handler) listShareTokens(c call) error {
	limit, err := parseLimit(c.query("limit"), sharetoken.MaxLimit)
	if err != nil {
		return err
	}
	tokens, err := h.Shares.List(c.ctx(), sharetoken.ListInput{VerificationID: c.query("verification_id"), Limit: limit})
	if err != nil {
		return err
	}
	out := make([]shareTokenJSON, len(tokens))
	for i, t := range tokens {
		out[i] = h.toShareTokenJSON(t, "")
	}
	return c.json(http.StatusOK, map[string]any{"data": out})
}

func (h *handler) revokeShareToken(c call) error {
	t, err := h.Shares.Revoke(c.ctx(), c.path("id"))
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, h.toShareTokenJSON(t, ""))
}

type verifyShareBody struct {
	Token string `json:"token"`
}

// verifyShareToken is seed 004's public share-token check: the token travels
// in the body, so the handler hands it to the credential chain unread (the
// share-token resolver spends a use and records the attempt), then reveals
// what the resolved token allows. The answer holds exactly the token's
// fields, and sandbox, which is always said.
func (h *handler) verifyShareToken(c call) error {
	var b verifyShareBody
	if err := c.decode(&b); err != nil {
		return err
	}
	if b.Token == "" {
		return fault.InvalidField("token", "{field} is required: send the share token you were given")
	}
	creds := auth.RequestFacts(c.r)
	creds.ShareToken = b.Token
	p, err := h.Chain.Resolve(c.ctx(), creds, viewer.Accept(viewer.KindShareToken))
	if err != nil {
		return err
	}
	out, err := h.Shares.Reveal(viewer.NewContext(c.ctx(), p))
	if err != nil {
		return err
	}
	body := map[string]any{"sandbox": out.Sandbox}
	for f, v := range out.Fields {
		body[string(f)] = v
	}
	return c.json(http.StatusOK, body)
}
