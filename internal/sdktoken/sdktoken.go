// Package sdktoken holds SDK access tokens (seed 004's "SDK Access Token
// Flow"): a partner's server mints one with a secret or restricted key for
// one end user, and sends the user to the token's hosted page, where the user
// enters the company details and a document reference. Submitting opens a
// verification case in the key's tenant and environment, like any other case
// (event, timeline, audit, sandbox simulation), and sends the user back to
// the partner's redirect_url, which had to be one of the application's
// callback URLs. A token opens at most one case and expires.
//
// The Service mints tokens and serves the hosted page's two steps; the
// Resolver is the credential chain's SDK-token resolver.
package sdktoken

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/apikey"
	entsdk "github.com/keybs/platform/ent/sdktoken"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/bearertoken"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
)

// Prefix starts every SDK access token.
const Prefix = "kbs_sdk_"

// Lifetimes of a token, in seconds.
const (
	DefaultExpiresIn = 3600
	MinExpiresIn     = 60
	MaxExpiresIn     = 86400
)

// Flow is what a hosted verification asks for: the flow_name a token is
// minted with chooses the tier and package of the case it opens.
type Flow struct {
	Name, Tier, Package string
}

// Flows are the flows a token may name; "default" is seed 004's example.
var Flows = []Flow{
	{"default", "tier2", "standard"},
	{"basic", "tier1", "basic"},
	{"standard", "tier2", "standard"},
	{"enhanced", "tier3", "enhanced"},
}

func flowNamed(name string) (Flow, bool) {
	i := slices.IndexFunc(Flows, func(f Flow) bool { return f.Name == name })
	if i < 0 {
		return Flow{}, false
	}
	return Flows[i], true
}

// Service mints tokens and runs their hosted page.
type Service struct {
	client        *ent.Client
	verifications *verification.Service
	now           func() time.Time
	publicURL     string
}

// NewService wires a Service; publicURL is the base of the sdk_url it
// answers.
func NewService(client *ent.Client, verifications *verification.Service, now func() time.Time, publicURL string) *Service {
	return &Service{client: client, verifications: verifications, now: now, publicURL: strings.TrimSuffix(publicURL, "/")}
}

// IssueInput is POST /v1/sdk/access-token's body, seed 004's fields.
type IssueInput struct {
	ExternalUserID string
	Email          *string
	FlowName       *string
	RedirectURL    string
	ExpiresIn      *int
}

// Issued is a new token, shown this once, with the page it opens.
type Issued struct {
	Token     string
	SDKURL    string
	ExpiresAt time.Time
}

// Issue mints a token for the calling key's tenant, environment and
// application. Only a secret or restricted key may: a publishable key lives
// in a browser, where a token minted from it would let anyone open cases.
func (s *Service) Issue(ctx context.Context, in IssueInput) (*Issued, error) {
	p := viewer.FromContext(ctx)
	switch {
	case p == nil || p.TenantID == "":
		return nil, fault.New(fault.Unauthorized, "missing or invalid credentials")
	case !p.IsAPIKey():
		return nil, fault.New(fault.Forbidden, "SDK access tokens are minted by your server with a secret or restricted API key")
	case p.KeyKind == string(apikey.KindPUBLISHABLE):
		return nil, fault.New(fault.Forbidden, "a publishable key cannot mint SDK access tokens; call this from your server with a secret or restricted key")
	}
	user, err := validate.Text("external_user_id", in.ExternalUserID, 100, true)
	if err != nil {
		return nil, err
	}
	var email string
	if in.Email != nil && strings.TrimSpace(*in.Email) != "" {
		if email, err = validate.Email("email", *in.Email); err != nil {
			return nil, err
		}
	}
	flow := "default"
	if in.FlowName != nil {
		flow = strings.TrimSpace(*in.FlowName)
	}
	if _, ok := flowNamed(flow); !ok {
		names := make([]string, len(Flows))
		for i, f := range Flows {
			names[i] = f.Name
		}
		return nil, fault.InvalidField("flow_name", "{field} must be one of %s", strings.Join(names, ", "))
	}
	expiresIn := DefaultExpiresIn
	if in.ExpiresIn != nil {
		if *in.ExpiresIn < MinExpiresIn || *in.ExpiresIn > MaxExpiresIn {
			return nil, fault.InvalidField("expires_in", "{field} must be a whole number of seconds from %d to %d", MinExpiresIn, MaxExpiresIn)
		}
		expiresIn = *in.ExpiresIn
	}
	app, err := s.client.Application.Get(ctx, p.ApplicationID)
	if err != nil {
		return nil, database.Err(err, "load application")
	}
	redirect, err := CallbackMatch(app.CallbackUrls, in.RedirectURL)
	if err != nil {
		return nil, err
	}
	secret, err := bearertoken.Generate(Prefix)
	if err != nil {
		return nil, fault.Wrap(err, "generate SDK access token")
	}
	now := s.now().UTC().Truncate(time.Second)
	expires := now.Add(time.Duration(expiresIn) * time.Second)
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		t, err := tx.SDKToken.Create().
			SetTenantID(p.TenantID).SetEnvironment(p.Environment).SetApplicationID(app.ID).SetKeyID(p.KeyID).
			SetTokenHash(secret.Hash).SetPrefix(secret.Prefix).
			SetExternalUserID(user).SetEmail(email).SetFlowName(flow).SetRedirectURL(redirect).
			SetExpiresAt(expires).SetCreatedAt(now).SetUpdatedAt(now).
			Save(ctx)
		if err != nil {
			return database.Err(err, "create SDK access token")
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{TenantID: p.TenantID, Action: "sdk_token.created",
			TargetType: "SDKToken", TargetID: t.ID, Metadata: map[string]any{
				"external_user_id": user, "flow_name": flow, "redirect_url": redirect,
				"expires_at": expires, "environment": string(p.Environment),
			}})
	})
	if err != nil {
		return nil, err
	}
	return &Issued{Token: secret.Plain, SDKURL: s.publicURL + "/sdk/" + secret.Plain, ExpiresAt: expires}, nil
}

// CallbackMatch returns raw when it may be a redirect_url of an application
// with these callback URLs: an absolute http(s) URL, without credentials or
// a fragment, whose scheme, host (with port) and path are those of one of
// the callback URLs. Its query string is the partner's own (state it wants
// back) and is kept; verification_id is appended to it.
func CallbackMatch(callbacks []string, raw string) (string, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return "", fault.InvalidField("redirect_url", "{field} is required")
	}
	u, err := url.Parse(s)
	if err != nil || !u.IsAbs() || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") || len(s) > 2000 {
		return "", fault.InvalidField("redirect_url", "{field} must be an absolute http(s) URL")
	}
	if u.User != nil || u.Fragment != "" || strings.Contains(s, "#") {
		return "", fault.InvalidField("redirect_url", "{field} must not carry credentials or a #fragment")
	}
	for _, cb := range callbacks {
		c, err := url.Parse(cb)
		if err == nil && strings.EqualFold(c.Scheme, u.Scheme) && strings.EqualFold(c.Host, u.Host) && samePath(c.Path, u.Path) {
			return s, nil
		}
	}
	if len(callbacks) == 0 {
		return "", fault.InvalidField("redirect_url", "{field} must be one of the application's callback URLs, and the application has none: add it to the application's callback URLs in the portal")
	}
	return "", fault.InvalidField("redirect_url", "{field} must be one of the application's callback URLs (%s)", strings.Join(callbacks, ", "))
}

func samePath(a, b string) bool {
	if a == "" {
		a = "/"
	}
	if b == "" {
		b = "/"
	}
	return a == b
}

// Pending is what the hosted page shows for an unused token.
type Pending struct {
	TokenID        string
	Email          string
	ExternalUserID string
	Flow           Flow
	RedirectURL    string
	ExpiresAt      time.Time
	Sandbox        bool
}

// Pending returns the caller's token as the hosted form needs it. The
// credential chain has resolved the token (unknown, used and expired tokens
// never get here).
func (s *Service) Pending(ctx context.Context) (*Pending, error) {
	t, err := s.token(ctx)
	if err != nil {
		return nil, err
	}
	flow, _ := flowNamed(t.FlowName)
	return &Pending{TokenID: t.ID, Email: t.Email, ExternalUserID: t.ExternalUserID, Flow: flow,
		RedirectURL: t.RedirectURL, ExpiresAt: t.ExpiresAt, Sandbox: t.Environment == environment.Test}, nil
}

// SubmitInput is the hosted form: the company and one document reference.
type SubmitInput struct {
	SupplierName string
	CountryCode  string
	ContactEmail string
	Document     verification.DocumentInput
}

// Submitted is a case the hosted page opened, and where to send the user.
type Submitted struct {
	Case     *ent.VerificationCase
	Redirect string
}

// Submit opens the caller's token's case and spends the token in the same
// transaction, with a conditional update: of two submissions at once, one
// opens a case and the other is refused as used, and a refused or invalid
// submission leaves the token unspent.
func (s *Service) Submit(ctx context.Context, in SubmitInput) (*Submitted, error) {
	t, err := s.token(ctx)
	if err != nil {
		return nil, err
	}
	flow, _ := flowNamed(t.FlowName)
	ref := t.ExternalUserID
	doc := in.Document
	c, err := s.verifications.Open(ctx, verification.CreateInput{
		SupplierName: in.SupplierName, CountryCode: in.CountryCode, Tier: flow.Tier, Package: flow.Package,
		ContactEmail: in.ContactEmail, ClientReference: &ref,
	}, verification.Opening{Document: &doc, Within: func(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase) error {
		now := s.now()
		n, err := tx.SDKToken.Update().
			Where(entsdk.ID(t.ID), entsdk.UsedAtIsNil(), entsdk.ExpiresAtGT(now)).
			SetUsedAt(now).SetCaseID(c.ID).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return database.Err(err, "spend SDK access token")
		}
		if n == 0 {
			fresh, err := tx.SDKToken.Get(ctx, t.ID)
			if err != nil {
				return database.Err(err, "load SDK access token")
			}
			return refusal(fresh, now)
		}
		return nil
	}})
	if err != nil {
		return nil, err
	}
	return &Submitted{Case: c, Redirect: withVerificationID(t.RedirectURL, c.VerificationID)}, nil
}

// token loads the caller's SDK access token.
func (s *Service) token(ctx context.Context) (*ent.SDKToken, error) {
	p := viewer.FromContext(ctx)
	if p == nil || p.Kind != viewer.KindSDKToken || p.TokenID == "" {
		return nil, ErrUnknown
	}
	t, err := s.client.SDKToken.Get(ctx, p.TokenID)
	if ent.IsNotFound(err) {
		return nil, ErrUnknown
	}
	return t, database.Err(err, "load SDK access token")
}

// withVerificationID appends verification_id to a checked redirect URL,
// keeping the partner's own query parameters.
func withVerificationID(redirect, verificationID string) string {
	u, err := url.Parse(redirect)
	if err != nil {
		return redirect // checked when the token was minted; cannot happen
	}
	q := u.Query()
	q.Set("verification_id", verificationID)
	u.RawQuery = q.Encode()
	return u.String()
}
