package auth

import (
	"context"
	"strings"

	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// Credentials are what a request presents: its Authorization and X-API-Key
// headers, plus facts the key checks need.
type Credentials struct {
	Authorization string
	APIKey        string
	ClientIP      string
	Origin        string
}

// Chain turns a request's credentials into one principal: a portal access
// token (JWT) or an API key. REST uses it for every /v1 route; GraphQL's HTTP
// and websocket paths use the JWT half through Service.Authenticate.
type Chain struct {
	Sessions *Service
	Keys     *apikey.Authenticator
}

// Resolve authenticates c. A Bearer JWT wins when both a JWT and an API key
// are sent (seed 004); a Bearer value that is a KeyBS key is treated as a key.
func (ch *Chain) Resolve(ctx context.Context, c Credentials) (*viewer.Principal, error) {
	bearer, hasBearer := BearerToken(c.Authorization)
	switch {
	case hasBearer && !strings.HasPrefix(bearer, "kbs_"):
		return ch.Sessions.Authenticate(bearer)
	case hasBearer:
		return ch.Keys.Authenticate(ctx, apikey.Request{Key: bearer, ClientIP: c.ClientIP, Origin: c.Origin})
	case c.APIKey != "":
		return ch.Keys.Authenticate(ctx, apikey.Request{Key: strings.TrimSpace(c.APIKey), ClientIP: c.ClientIP, Origin: c.Origin})
	case c.Authorization != "":
		return nil, fault.New(fault.Unauthorized, "malformed Authorization header: use \"Bearer <API key>\"")
	default:
		return nil, fault.New(fault.Unauthorized, "missing API key: send \"Authorization: Bearer <key>\" or \"X-API-Key: <key>\"")
	}
}
