package webhook

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// blocked are the ranges a live endpoint may never reach, beyond what
// netip.Addr's own predicates cover: shared address space, benchmarking,
// documentation, reserved, and IPv6 prefixes that embed IPv4 addresses.
var blocked = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("2001::/32"),
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("2002::/16"),
	netip.MustParsePrefix("100::/64"),
}

// Reach says which addresses a delivery may connect to.
type Reach int

// The reach levels.
const (
	// PublicOnly: live endpoints, only public unicast addresses.
	PublicOnly Reach = iota
	// LoopbackToo: test endpoints may also reach this machine (a local tunnel
	// or a test receiver), but not the private network.
	LoopbackToo
	// Anywhere: KEYBS_WEBHOOK_ALLOW_PRIVATE=true, for development only.
	Anywhere
)

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

// errBlocked is the connect-time refusal.
type errBlocked struct{ addr string }

func (e errBlocked) Error() string {
	return fmt.Sprintf("connection to %s refused: the address is not public", e.addr)
}

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
				return err
			}
			addr, err := netip.ParseAddr(host)
			if err != nil || !Allowed(addr, r) {
				return errBlocked{addr: host}
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
