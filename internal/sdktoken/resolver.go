package sdktoken

import (
	"context"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/privacy"
	entsdk "github.com/keybs/platform/ent/sdktoken"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/bearertoken"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// The refusals of a token, which the hosted page shows as its own pages.
// A used token is told apart from an unknown one: only the holder of the
// exact 256-bit token can ask, so it reveals nothing about other tokens, and
// it spares an end user who submitted (and then pressed Back) the fear that
// nothing was received. It shows nothing of the case.
var (
	ErrUnknown = fault.New(fault.NotFound, "this verification link is not valid")
	ErrUsed    = fault.New(fault.Conflict, "this verification link has already been used: the details were submitted")
	ErrExpired = fault.New(fault.Unauthorized, "this verification link has expired")
)

// Resolver is the credential chain's SDK-token resolver: an unused token
// before its expiry resolves to a principal that may open one case in its
// tenant and environment.
type Resolver struct {
	client *ent.Client
	now    func() time.Time
}

// NewResolver wires a Resolver.
func NewResolver(client *ent.Client, now func() time.Time) *Resolver {
	return &Resolver{client: client, now: now}
}

// Kind is viewer.KindSDKToken.
func (*Resolver) Kind() viewer.Kind { return viewer.KindSDKToken }

// Claims reports whether c carries an SDK access token: in the hosted
// page's slot, or (to refuse it with a clear message) in the headers.
func (*Resolver) Claims(c auth.Credentials) bool {
	return c.SDKToken != "" || strings.HasPrefix(c.HeaderToken(), Prefix)
}

// Resolve checks the token c carries.
func (r *Resolver) Resolve(ctx context.Context, c auth.Credentials) (*viewer.Principal, error) {
	token := c.SDKToken
	if token == "" {
		token = c.HeaderToken()
	}
	if bearertoken.Parse(Prefix, token) != nil {
		return nil, ErrUnknown
	}
	hash := bearertoken.Hash(token)
	t, err := r.client.SDKToken.Query().Where(entsdk.TokenHash(hash)).Only(privacy.DecisionContext(ctx, privacy.Allow))
	switch {
	case ent.IsNotFound(err):
		return nil, ErrUnknown
	case err != nil:
		return nil, fault.Wrap(err, "look up SDK access token")
	case !bearertoken.Equal(t.TokenHash, hash):
		return nil, ErrUnknown
	}
	if err := refusal(t, r.now()); err != nil {
		return nil, err
	}
	return &viewer.Principal{Kind: viewer.KindSDKToken, TenantID: t.TenantID, Environment: t.Environment,
		ApplicationID: t.ApplicationID, TokenID: t.ID, Scopes: []string{"verification:create"}}, nil
}

// refusal is why t cannot open a case at now, or nil when it can.
func refusal(t *ent.SDKToken, now time.Time) error {
	switch {
	case t.UsedAt != nil:
		return ErrUsed
	case !now.Before(t.ExpiresAt):
		return ErrExpired
	}
	return nil
}

var _ auth.Resolver = (*Resolver)(nil)
