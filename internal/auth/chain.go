package auth

import (
	"context"
	"strings"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// Credentials are what a request presents: its Authorization and X-API-Key
// headers, plus the facts some credentials are checked against. Transports
// fill it in; they never interpret it.
type Credentials struct {
	Authorization string
	APIKey        string
	ClientIP      string
	Origin        string
}

// Resolver turns one kind of credential into a principal. Claims answers,
// cheaply and without I/O, whether the credentials are of its kind ("mine" or
// "not mine"); Resolve then verifies them and returns the principal, or the
// refusal ("mine, but refused") as a fault.
type Resolver interface {
	Kind() viewer.Kind
	Claims(c Credentials) bool
	Resolve(ctx context.Context, c Credentials) (*viewer.Principal, error)
}

// Chain is the one place credentials are resolved: an ordered list of
// resolvers, the first that claims the credentials decides. Every transport
// (REST, GraphQL over HTTP, the websocket connection_init) goes through it.
type Chain struct {
	resolvers []Resolver
}

// NewChain returns a chain trying resolvers in order. Put the portal session
// first: a Bearer JWT wins over an X-API-Key sent with it (seed 004).
func NewChain(resolvers ...Resolver) *Chain {
	return &Chain{resolvers: resolvers}
}

// Resolve authenticates c for a transport that accepts the given kinds of
// principal. It returns the principal; or (nil, nil) when no credential was
// presented at all (an anonymous caller); or a refusal: a credential that
// does not verify, is malformed, or is of a kind this transport does not take.
func (ch *Chain) Resolve(ctx context.Context, c Credentials, accept viewer.Kinds) (*viewer.Principal, error) {
	for _, r := range ch.resolvers {
		if !r.Claims(c) {
			continue
		}
		if !accept.Has(r.Kind()) {
			return nil, notAccepted(r.Kind(), accept)
		}
		return r.Resolve(ctx, c)
	}
	if c.Authorization != "" {
		return nil, fault.New(fault.Unauthorized, "malformed Authorization header: use \"Bearer <API key or access token>\"")
	}
	return nil, nil
}

// notAccepted explains which credential the transport wants instead.
func notAccepted(got viewer.Kind, accept viewer.Kinds) error {
	if got == viewer.KindAPIKey && accept.Has(viewer.KindSession) {
		return fault.New(fault.Unauthorized, "API keys authenticate the REST /v1 API; GraphQL takes a portal access token (Authorization: Bearer <access token>)")
	}
	return fault.New(fault.Unauthorized, "a %s cannot be used here", got)
}

// SessionResolver resolves portal access tokens: a Bearer value that is not a
// KeyBS key (those start with "kbs_"). With Current set, each token's session
// and roles are checked against the database (see Current); without it, the
// token alone decides, as in unit tests of the chain.
type SessionResolver struct {
	Tokens  *Tokens
	Current *Current
}

// Kind is viewer.KindSession.
func (SessionResolver) Kind() viewer.Kind { return viewer.KindSession }

// Claims reports whether c carries a Bearer token that is not an API key.
func (SessionResolver) Claims(c Credentials) bool {
	token, ok := BearerToken(c.Authorization)
	return ok && !strings.HasPrefix(token, "kbs_")
}

// Resolve verifies the access token, then its session and roles.
func (r SessionResolver) Resolve(ctx context.Context, c Credentials) (*viewer.Principal, error) {
	token, _ := BearerToken(c.Authorization)
	p, err := r.Tokens.Verify(token)
	if err != nil || r.Current == nil {
		return p, err
	}
	return r.Current.Check(ctx, p)
}
