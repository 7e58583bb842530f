// Package trust answers the trust-scoring and trust-badge modules of seed 000
// for a partner's own verifications: GET /v1/trustscore/get (the score and
// risk band of a verification's published report) and GET /v1/trustbadge/get
// (the badge's state, its hosted URL and seed 002's embed snippet). Both read
// through package verification in the caller's tenant and environment, so
// another tenant's or environment's verification id is simply not found;
// what a report's public state is comes from verification.PublicStateOf, the
// same rule the public badge and verify pages use.
package trust

import (
	"context"
	"regexp"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/verification"
)

// BadgeNotPublished is the badge state of a verification without a
// published report: the badge page shows nothing yet.
const BadgeNotPublished = "not_published"

// Service answers trust scores and badges.
type Service struct {
	verifications *verification.Service
	publicURL     string
	now           func() time.Time
}

// NewService wires a Service; publicURL is the server's public base
// (KEYBS_PUBLIC_URL), from which badge and verify URLs are built.
func NewService(v *verification.Service, publicURL string, now func() time.Time) *Service {
	return &Service{verifications: v, publicURL: strings.TrimSuffix(publicURL, "/"), now: now}
}

// Score is a verification's trust score, from its published report.
type Score struct {
	VerificationID string
	Environment    environment.Environment
	TrustScore     int
	RiskBand       string // low, medium or high
	// State is the report's public state (active, expiring, expired,
	// revoked, disputed): only active and expiring scores are current.
	State       verification.PublicState
	PublishedAt time.Time
	ValidUntil  *time.Time
}

// Badge is a verification's badge as a partner embeds it.
type Badge struct {
	VerificationID string
	Environment    environment.Environment
	// State is the report's public state, or BadgeNotPublished.
	State        string
	BadgeURL     string
	EmbedURL     string
	EmbedSnippet string
	VerifyURL    string
	ValidUntil   *time.Time
	// Sandbox is a TEST verification: its badge carries the demo watermark.
	Sandbox bool
}

// idShape is a verification id as KeyBS issues them ("KBS-VR-" and base32
// characters), with room for the shorter ids of seed 002's examples.
var idShape = regexp.MustCompile(`^KBS-VR-[A-Z0-9]{1,32}$`)

// GetScore returns the score of verificationID's published report. An id of
// another tenant or environment, an unknown id and a verification without a
// published report are all 404, with messages that say only what the caller
// may know.
func (s *Service) GetScore(ctx context.Context, verificationID string) (*Score, error) {
	c, err := s.load(ctx, verificationID)
	if err != nil {
		return nil, err
	}
	r := c.Edges.Report
	state, ok := verification.PublicStateOf(r, s.now())
	if !ok {
		return nil, fault.New(fault.NotFound, "verification %s has no published report yet, so it has no trust score", c.VerificationID)
	}
	out := &Score{VerificationID: c.VerificationID, Environment: c.Environment, State: state,
		PublishedAt: r.PublishedAt.UTC(), ValidUntil: utc(r.ValidUntil)}
	if r.TrustScore != nil {
		out.TrustScore = *r.TrustScore
	}
	if r.RiskBand != nil {
		out.RiskBand = strings.ToLower(string(*r.RiskBand))
	}
	return out, nil
}

// GetBadge returns the badge of verificationID: its state (not_published
// until the report is published), the hosted badge page and the snippet
// that embeds it. The URLs are the same before publication, so a partner
// can place the snippet early; the page shows the badge once published.
func (s *Service) GetBadge(ctx context.Context, verificationID string) (*Badge, error) {
	c, err := s.load(ctx, verificationID)
	if err != nil {
		return nil, err
	}
	id := c.VerificationID
	b := &Badge{VerificationID: id, Environment: c.Environment, State: BadgeNotPublished,
		BadgeURL: verification.BadgeURL(s.publicURL, id), EmbedURL: verification.BadgeURL(s.publicURL, id) + "/embed.js",
		EmbedSnippet: verification.BadgeEmbed(s.publicURL, id), VerifyURL: verification.VerifyURL(s.publicURL, id),
		Sandbox: c.Environment == environment.Test}
	if state, ok := verification.PublicStateOf(c.Edges.Report, s.now()); ok {
		b.State = string(state)
		b.ValidUntil = utc(c.Edges.Report.ValidUntil)
		b.Sandbox = b.Sandbox || c.Edges.Report.Demo
	}
	return b, nil
}

// load validates verificationID (422 naming verification_id) and returns
// the caller's case with that verification id and its report.
func (s *Service) load(ctx context.Context, verificationID string) (*ent.VerificationCase, error) {
	id := strings.TrimSpace(verificationID)
	switch {
	case id == "":
		return nil, fault.InvalidField("verification_id", "{field} is required (?verification_id=KBS-VR-…)")
	case !idShape.MatchString(id):
		return nil, fault.InvalidField("verification_id", "{field} must be a verification id such as KBS-VR-7F3A2B9C1D")
	}
	c, err := s.verifications.Get(ctx, id)
	if err != nil {
		if ent.IsNotFound(err) || fault.Is(err, fault.NotFound) {
			return nil, fault.New(fault.NotFound, "no verification %s in this environment", id)
		}
		return nil, err
	}
	if c.VerificationID != id {
		// Get also matches internal ids; this endpoint takes the public one.
		return nil, fault.New(fault.NotFound, "no verification %s in this environment", id)
	}
	return c, nil
}

func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}
