package rest

import (
	"net/http"
	"time"
)

// trustScoreJSON is GET /v1/trustscore/get's answer.
type trustScoreJSON struct {
	VerificationID string     `json:"verification_id"`
	Environment    string     `json:"environment"`
	TrustScore     int        `json:"trust_score"`
	RiskBand       string     `json:"risk_band"`
	ReportStatus   string     `json:"report_status"`
	Current        bool       `json:"current"`
	PublishedAt    time.Time  `json:"published_at"`
	ValidUntil     *time.Time `json:"valid_until"`
}

func (h *handler) getTrustScore(c call) error {
	s, err := h.Trust.GetScore(c.ctx(), c.query("verification_id"))
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, trustScoreJSON{VerificationID: s.VerificationID, Environment: s.Environment.Lower(),
		TrustScore: s.TrustScore, RiskBand: s.RiskBand, ReportStatus: string(s.State), Current: s.State.Current(),
		PublishedAt: s.PublishedAt, ValidUntil: s.ValidUntil})
}

// trustBadgeJSON is GET /v1/trustbadge/get's answer.
type trustBadgeJSON struct {
	VerificationID string     `json:"verification_id"`
	Environment    string     `json:"environment"`
	State          string     `json:"state"`
	BadgeURL       string     `json:"badge_url"`
	EmbedURL       string     `json:"embed_url"`
	EmbedSnippet   string     `json:"embed_snippet"`
	VerifyURL      string     `json:"verify_url"`
	ValidUntil     *time.Time `json:"valid_until"`
	Sandbox        bool       `json:"sandbox"`
}

func (h *handler) getTrustBadge(c call) error {
	b, err := h.Trust.GetBadge(c.ctx(), c.query("verification_id"))
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, trustBadgeJSON{VerificationID: b.VerificationID, Environment: b.Environment.Lower(),
		State: b.State, BadgeURL: b.BadgeURL, EmbedURL: b.EmbedURL, EmbedSnippet: b.EmbedSnippet, VerifyURL: b.VerifyURL,
		ValidUntil: b.ValidUntil, Sandbox: b.Sandbox})
}
