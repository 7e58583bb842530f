// Package validate checks the shapes of user input shared by several domains
// (network allowlists, callback URLs, browser origins) and reports the field at
// fault in a fault.Error.
package validate

import (
	"net/mail"
	"net/netip"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/keybs/platform/internal/fault"
)

// MaxListLen bounds allowlists and URL lists.
const MaxListLen = 50

// Text trims s and checks it is present (when required) and at most maxLen
// characters.
func Text(field, s string, maxLen int, required bool) (string, error) {
	s = strings.TrimSpace(s)
	if required && s == "" {
		return "", fault.InvalidField(field, "{field} is required")
	}
	if utf8.RuneCountInString(s) > maxLen {
		return "", fault.InvalidField(field, "{field} must be at most %d characters", maxLen)
	}
	return s, nil
}

// CIDRs validates an IP allowlist of IPv4/IPv6 CIDRs or single addresses and
// returns it normalised to CIDR notation.
func CIDRs(field string, in []string) ([]string, error) {
	if len(in) > MaxListLen {
		return nil, fault.InvalidField(field, "{field} has more than %d entries", MaxListLen)
	}
	out := make([]string, 0, len(in))
	for _, raw := range in {
		s := strings.TrimSpace(raw)
		if p, err := netip.ParsePrefix(s); err == nil {
			out = append(out, p.Masked().String())
			continue
		}
		if a, err := netip.ParseAddr(s); err == nil && a.Zone() == "" {
			a = a.Unmap()
			out = append(out, netip.PrefixFrom(a, a.BitLen()).String())
			continue
		}
		return nil, fault.InvalidField(field, "%q in {field} is not an IP address or CIDR (e.g. 203.0.113.0/24 or 2001:db8::/32)", raw)
	}
	return out, nil
}

// AllowsIP reports whether ip falls inside one of the CIDRs (an empty list
// allows nothing; callers treat "no list" separately).
func AllowsIP(cidrs []string, ip string) bool {
	addr, err := netip.ParseAddr(ip)
	if err != nil {
		return false
	}
	addr = addr.Unmap()
	for _, c := range cidrs {
		if p, err := netip.ParsePrefix(c); err == nil && p.Contains(addr) {
			return true
		}
	}
	return false
}

// URLs validates absolute http(s) URLs; requireHTTPS refuses plain http.
func URLs(field string, in []string, requireHTTPS bool) ([]string, error) {
	if len(in) > MaxListLen {
		return nil, fault.InvalidField(field, "{field} has more than %d entries", MaxListLen)
	}
	out := make([]string, 0, len(in))
	for _, raw := range in {
		s := strings.TrimSpace(raw)
		u, err := url.Parse(s)
		if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") || len(s) > 2000 {
			return nil, fault.InvalidField(field, "%q in {field} is not an absolute http(s) URL", raw)
		}
		if requireHTTPS && u.Scheme != "https" {
			return nil, fault.InvalidField(field, "%q in {field} must use https", raw)
		}
		out = append(out, s)
	}
	return out, nil
}

// Origins validates browser origins (scheme://host[:port], no path).
func Origins(field string, in []string) ([]string, error) {
	if len(in) > MaxListLen {
		return nil, fault.InvalidField(field, "{field} has more than %d entries", MaxListLen)
	}
	out := make([]string, 0, len(in))
	for _, raw := range in {
		s := strings.TrimSuffix(strings.TrimSpace(raw), "/")
		u, err := url.Parse(s)
		if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") || u.Path != "" || u.RawQuery != "" {
			return nil, fault.InvalidField(field, "%q in {field} is not an origin like https://shop.example", raw)
		}
		out = append(out, u.Scheme+"://"+u.Host)
	}
	return out, nil
}

// Email checks an email address (a bare address, no display name, with a
// dotted domain, at most 254 bytes) and returns it trimmed.
func Email(field, in string) (string, error) {
	s := strings.TrimSpace(in)
	if s == "" {
		return "", fault.InvalidField(field, "{field} is required")
	}
	addr, err := mail.ParseAddress(s)
	at := strings.LastIndex(s, "@")
	if err != nil || addr.Address != s || len(s) > 254 || at < 0 || !strings.Contains(s[at:], ".") {
		return "", fault.InvalidField(field, "{field} is not a valid email address")
	}
	return s, nil
}

// Time reads an optional point in time given as an RFC 3339 time or a
// YYYY-MM-DD date (midnight UTC); "" is nil.
func Time(field, v string) (*time.Time, error) {
	if v == "" {
		return nil, nil
	}
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, v); err == nil {
			return &t, nil
		}
	}
	return nil, fault.InvalidField(field, "{field} must be a date (2006-01-02) or an RFC 3339 time")
}

// IsDate reports whether v is written as a bare YYYY-MM-DD date.
func IsDate(v string) bool {
	_, err := time.Parse(time.DateOnly, v)
	return err == nil
}
