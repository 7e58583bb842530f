package auth

import (
	"context"
	"net/http"
	"strings"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/viewer"
)

// Credentials are what a request presents: its Authorization and X-API-Key
// headers, or a token a route received elsewhere, plus the facts some
// credentials are checked against or recorded with. Transports fill it in;
// they never interpret it.
type Credentials struct {
	Authorization string
	APIKey        string
	// ShareToken is the "token" of a POST /v1/kyc-share/verify body (seed
	// 004 sends share tokens in the body); SDKToken the token in the path of
	// the hosted SDK page. The route that receives one copies it here
	// unread and calls the chain, so only its resolver interprets it.
	ShareToken string
	SDKToken   string

	ClientIP string
	Origin   string
	Referer  string
}

// HeaderToken returns the credential c carries in its headers: the Bearer
// token, else the X-API-Key value.
func (c Credentials) HeaderToken() string {
	if token, ok := BearerToken(c.Authorization); ok {
		return token
	}
	return strings.TrimSpace(c.APIKey)
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
	failures  *FailureThrottle
}

// NewChain returns a chain trying resolvers in order. Put the portal session
// first: a Bearer JWT wins over an X-API-Key sent with it (seed 004).
func NewChain(resolvers ...Resolver) *Chain {
	return &Chain{resolvers: resolvers}
}

// ThrottleFailures makes the chain refuse API keys from a client IP that
// presented too many invalid ones (see FailureThrottle).
func (ch *Chain) ThrottleFailures(t *FailureThrottle) *Chain {
	ch.failures = t
	return ch
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
		if r.Kind() != viewer.KindAPIKey || ch.failures == nil {
			return r.Resolve(ctx, c)
		}
		if err := ch.failures.Check(c.ClientIP); err != nil {
			return nil, err
		}
		p, err := r.Resolve(ctx, c)
		if fault.Is(err, fault.Unauthorized) || fault.Is(err, fault.ExpiredAPIKey) {
			ch.failures.Failed(ctx, c.ClientIP)
		}
		return p, err
	}
	if c.Authorization != "" {
		return nil, fault.New(fault.Unauthorized, "malformed Authorization header: use \"Bearer <API key or access token>\"")
	}
	return nil, nil
}

// RequestFacts returns the facts of r that credentials are checked against
// or recorded with (client IP, Origin, Referer), without any credential. A
// route that receives a token in its body or path adds it and calls Resolve.
func RequestFacts(r *http.Request) Credentials {
	return Credentials{
		ClientIP: requestinfo.FromContext(r.Context()).ClientIP,
		Origin:   r.Header.Get("Origin"),
		Referer:  r.Header.Get("Referer"),
	}
}

// notAccepted explains which credential the transport wants instead.
func notAccepted(got viewer.Kind, accept viewer.Kinds) error {
	switch {
	case got == viewer.KindAPIKey && accept.Has(viewer.KindSession):
		return fault.New(fault.Unauthorized, "API keys authenticate the REST /v1 API; GraphQL takes a portal access token (Authorization: Bearer <access token>)")
	case got == viewer.KindShareToken:
		return fault.New(fault.Unauthorized, "a share token is presented only as the \"token\" of POST /v1/kyc-share/verify")
	case got == viewer.KindSDKToken:
		return fault.New(fault.Unauthorized, "an SDK access token opens only the hosted SDK page it was issued with (its sdk_url)")
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
