package webhook

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
)

// blocked are the ranges an endpoint may never reach, beyond what
// netip.Addr's own predicates cover: shared address space, benchmarking,
// documentation, reserved, deprecated site-local, and IPv6 prefixes that
// embed IPv4 addresses (and could smuggle an internal one).
var blocked = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("::/96"),
	netip.MustParsePrefix("64:ff9b::/96"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("2001::/32"),
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("2002::/16"),
	netip.MustParsePrefix("100::/64"),
	netip.MustParsePrefix("fec0::/10"),
}

// Reach says which addresses a delivery may connect to.
type Reach int

// The reach levels.
const (
	// PublicOnly: only public unicast addresses.
	PublicOnly Reach = iota
	// LoopbackToo: this machine as well (a developer's local receiver), but
	// not the private network.
	LoopbackToo
	// Anywhere: private, loopback and link-local addresses too.
	Anywhere
)

// Policy decides the reach of an endpoint's deliveries from its environment.
// The zero Policy is the strict one a real deployment uses: every endpoint,
// TEST ones included, reaches public addresses only, so no tenant can make
// the server talk to (and echo the answer of) an internal service.
type Policy struct {
	// TestLoopback lets TEST endpoints reach this machine. It is set by
	// KEYBS_ENV=development only, so `make run` can deliver to a local
	// receiver.
	TestLoopback bool
	// AllowPrivate lets TEST endpoints reach private, loopback and
	// link-local addresses (KEYBS_WEBHOOK_ALLOW_PRIVATE; refused in
	// production). Tests with loopback receivers opt into it explicitly.
	// LIVE endpoints are never opened by it: a live endpoint on an internal
	// address is refused when it is saved and when it is delivered to.
	AllowPrivate bool
}

// Reach returns how far deliveries to an endpoint of env may go.
func (p Policy) Reach(env environment.Environment) Reach {
	switch {
	case env == environment.Live:
		return PublicOnly
	case p.AllowPrivate:
		return Anywhere
	case p.TestLoopback && env == environment.Test:
		return LoopbackToo
	default:
		return PublicOnly
	}
}

// Allowed reports whether an address may be connected to at reach r.
func Allowed(addr netip.Addr, r Reach) bool {
	addr = addr.Unmap()
	if r == Anywhere {
		return addr.IsValid()
	}
	if addr.IsLoopback() {
		return r == LoopbackToo
	}
	if !addr.IsValid() || addr.IsUnspecified() || addr.IsPrivate() || addr.IsLinkLocalUnicast() ||
		addr.IsLinkLocalMulticast() || addr.IsInterfaceLocalMulticast() || addr.IsMulticast() ||
		addr == netip.MustParseAddr("255.255.255.255") {
		return false
	}
	for _, p := range blocked {
		if p.Contains(addr) {
			return false
		}
	}
	return true
}

// kindOf names the kind of a refused address for a person reading a
// validation error about the address they typed.
func kindOf(addr netip.Addr) string {
	addr = addr.Unmap()
	switch {
	case addr.IsLoopback():
		return "a loopback address (the server itself)"
	case addr.IsPrivate():
		return "a private network address"
	case addr.IsLinkLocalUnicast():
		return "a link-local address (where cloud metadata services answer)"
	case addr.IsUnspecified():
		return "the unspecified address"
	case addr.IsMulticast() || addr == netip.MustParseAddr("255.255.255.255"):
		return "a multicast or broadcast address"
	default:
		return "a reserved or special-purpose address"
	}
}

// Resolver looks up a host's addresses; *net.Resolver is one. Tests inject
// their own so save-time checks need no DNS.
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// DefaultResolveTimeout bounds the save-time DNS lookup of an endpoint host.
const DefaultResolveTimeout = 3 * time.Second

// Guard checks an endpoint URL when it is saved: the host is resolved and
// every address it resolves to must be reachable under Policy. Deliveries are
// checked again when they connect (newClient), because a DNS answer can
// change between saving and sending (DNS rebinding).
type Guard struct {
	Policy   Policy
	Resolver Resolver      // net.DefaultResolver when nil
	Timeout  time.Duration // DefaultResolveTimeout when zero
}

// Check returns a validation error naming the url field when rawURL (already
// an absolute http(s) URL) may not be delivered to from an endpoint of env.
// A literal IP address is judged without DNS; a name is resolved, and refused
// when it does not resolve or when any of its addresses is not allowed.
func (g Guard) Check(ctx context.Context, rawURL string, env environment.Environment) error {
	u, err := url.Parse(rawURL)
	if err != nil || u.Hostname() == "" {
		return fault.InvalidField("url", "url must name a host")
	}
	reach := g.Policy.Reach(env)
	host := strings.TrimSuffix(u.Hostname(), ".")
	hint := ""
	if env == environment.Test {
		hint = "; to receive test events on your own machine, use a public tunnel URL"
	}
	if addr, err := netip.ParseAddr(host); err == nil {
		if !Allowed(addr, reach) {
			return fault.InvalidField("url", "url must point at a public internet address: %s is %s%s", host, kindOf(addr), hint)
		}
		return nil
	}
	if endsInNumber(host) {
		// Browsers and some resolvers read "127.1", "2130706433" or
		// "0x7f.0.0.1" as IPv4 addresses; rather than guess how, refuse them.
		return fault.InvalidField("url", "url must write an IP address as four decimal numbers from 0 to 255 (like 8.8.8.8), not %q", host)
	}
	addrs, err := g.resolve(ctx, host)
	var dnsErr *net.DNSError
	switch {
	case errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &dnsErr) && dnsErr.IsTimeout):
		return fault.InvalidField("url", "the host %s of url could not be looked up in time; try again", host)
	case err != nil || len(addrs) == 0:
		return fault.InvalidField("url", "the host %s of url does not resolve; check the name (it must resolve in public DNS when you save it)", host)
	}
	for _, a := range addrs {
		if !Allowed(a, reach) {
			// The resolved address is not named: it would tell a tenant
			// what an internal name points at.
			return fault.InvalidField("url", "url must point at a public internet address: %s resolves to an address that is private, loopback, link-local or reserved%s", host, hint)
		}
	}
	return nil
}

func (g Guard) resolve(ctx context.Context, host string) ([]netip.Addr, error) {
	timeout := g.Timeout
	if timeout <= 0 {
		timeout = DefaultResolveTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var r Resolver = net.DefaultResolver
	if g.Resolver != nil {
		r = g.Resolver
	}
	return r.LookupNetIP(ctx, "ip", host)
}

// endsInNumber reports whether a host's last label is a number (decimal, or
// hexadecimal with 0x): the WHATWG URL rule for "this host is an IPv4
// address", which no real domain name meets.
func endsInNumber(host string) bool {
	last := host[strings.LastIndexByte(host, '.')+1:]
	if last == "" {
		return false
	}
	digits := "0123456789"
	if l := strings.ToLower(last); strings.HasPrefix(l, "0x") {
		last, digits = l[2:], "0123456789abcdef"
	}
	return strings.Trim(last, digits) == ""
}

// errBlocked is the connect-time refusal. Its message is the same for every
// refused address, so the delivery log of a refused endpoint tells nothing
// about what listens there.
type errBlocked struct{}

// RefusedByPolicy is the delivery log's error message for an attempt whose
// address the policy does not allow.
const RefusedByPolicy = "refused by policy: webhooks are only sent to public internet addresses"

func (errBlocked) Error() string { return RefusedByPolicy }

// newClient returns the HTTP client deliveries use at reach r: the address is
// checked when the socket connects, after DNS resolution, so a host name that
// resolves (or re-resolves) to an internal address is refused too. Redirects
// are not followed and no proxy from the environment is used.
func newClient(r Reach, timeout time.Duration) *http.Client {
	dialer := &net.Dialer{
		Timeout: 10 * time.Second,
		Control: func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return errBlocked{}
			}
			addr, err := netip.ParseAddr(host)
			if err != nil || !Allowed(addr, r) {
				return errBlocked{}
			}
			return nil
		},
	}
	transport := &http.Transport{
		Proxy:                 nil,
		DialContext:           func(ctx context.Context, n, a string) (net.Conn, error) { return dialer.DialContext(ctx, n, a) },
		ForceAttemptHTTP2:     true,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: timeout,
	}
	return &http.Client{
		Transport:     transport,
		Timeout:       timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}
