// Package primitives runs the primitives of seed 004 behind POST
// /v1/primitives/{primitiveId}: small building blocks a partner composes
// itself, each the same logic a module uses, never a copy of it —
//
//	screening.individual, screening.entity  screening.List.Screen (and Match for the hits)
//	document.check                           kyc.CheckDocument (the KYC document-format check)
//	device_intel.ip                          fraud.Service.Signals for the IP, and its address class
//
// A primitive stores nothing and has no sandbox magic values: the same input
// gives the same answer in both environments (the IP's history is the
// caller's own environment's). Who may invoke which primitive is the scope
// hierarchy of seed 004 (scope.ForPrimitive and scope.Ancestors); the
// transport checks it before Invoke runs.
package primitives

import (
	"context"
	"fmt"
	"net/netip"
	"slices"
	"strings"

	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/finding"
	"github.com/keybs/platform/internal/fraud"
	"github.com/keybs/platform/internal/fraud/reason"
	"github.com/keybs/platform/internal/kyc"
	"github.com/keybs/platform/internal/risk"
	"github.com/keybs/platform/internal/screening"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// Primitive is one invocable primitive.
type Primitive struct {
	// ID is "<category>.<name>", as the path and the scopes spell it.
	ID       string
	Category string
	Summary  string
	// input returns a fresh body for the transport to decode into.
	input func() any
	run   func(ctx context.Context, s *Service, in any) (*Result, error)
}

// Scope is the narrowest scope that allows p: "invoke:" + its id.
func (p Primitive) Scope() string { return "invoke:" + p.ID }

// Catalog is every primitive, in display order.
var Catalog = []Primitive{
	{"screening.individual", "screening", "Screen a person's name against the sanctions/PEP watch list.",
		func() any { return &ScreeningInput{} }, func(ctx context.Context, s *Service, in any) (*Result, error) {
			return s.screen(ctx, in.(*ScreeningInput), screening.Individual)
		}},
	{"screening.entity", "screening", "Screen a company's or organisation's name against the sanctions watch list.",
		func() any { return &ScreeningInput{} }, func(ctx context.Context, s *Service, in any) (*Result, error) {
			return s.screen(ctx, in.(*ScreeningInput), screening.Entity)
		}},
	{"document.check", "document", "Check an identity document number's format for its country and type.",
		func() any { return &DocumentInput{} }, func(ctx context.Context, s *Service, in any) (*Result, error) {
			return s.document(ctx, in.(*DocumentInput))
		}},
	{"device_intel.ip", "device_intel", "Classify an IP address and read its fraud history in your tenant.",
		func() any { return &IPInput{} }, func(ctx context.Context, s *Service, in any) (*Result, error) {
			return s.ip(ctx, in.(*IPInput))
		}},
}

// Lookup returns the primitive with id; an unknown id is a 404
// unknown_primitive naming the known ones.
func Lookup(id string) (Primitive, error) {
	if i := slices.IndexFunc(Catalog, func(p Primitive) bool { return p.ID == id }); i >= 0 {
		return Catalog[i], nil
	}
	return Primitive{}, fault.New(fault.UnknownPrimitive, "no primitive %q; the primitives are %s", clip(id), strings.Join(IDs(), ", "))
}

// IDs lists the primitives' ids.
func IDs() []string {
	out := make([]string, len(Catalog))
	for i, p := range Catalog {
		out[i] = p.ID
	}
	return out
}

// ScreeningInput is the body of the screening primitives.
type ScreeningInput struct {
	Name string `json:"name"`
	// Country, optional, is echoed and compared with each hit's.
	Country string `json:"country"`
}

// DocumentInput is document.check's body.
type DocumentInput struct {
	Country        string `json:"country"`
	DocumentType   string `json:"document_type"`
	DocumentNumber string `json:"document_number"`
}

// IPInput is device_intel.ip's body.
type IPInput struct {
	IP string `json:"ip"`
}

// Result is a primitive's answer: its verdict (pass, review or fail), the
// findings it came from, and what the primitive looked at.
type Result struct {
	Primitive   string                  `json:"primitive"`
	Environment environment.Environment `json:"-"`
	Result      string                  `json:"result"`
	Findings    []finding.Finding       `json:"findings"`
	// Screening is what the screening primitives found.
	Screening *Screening `json:"screening,omitempty"`
	// Document is document.check's cleaned document, its number shortened to
	// the last four characters.
	Document *DocumentInfo `json:"document,omitempty"`
	// IP is device_intel.ip's address and history.
	IP *IPInfo `json:"ip,omitempty"`
}

// Screening is a screening primitive's list and possible matches.
type Screening struct {
	// List names the watch list screened against; null when none is
	// configured.
	List *ListInfo `json:"list"`
	// Matches are the possible matches, best first (at most five).
	Matches []Match `json:"matches"`
}

// Match is one possible watch-list match.
type Match struct {
	Name        string  `json:"name"`
	MatchedName string  `json:"matched_name"`
	Kind        string  `json:"kind"`
	Country     *string `json:"country"`
	Program     string  `json:"program"`
	Score       float64 `json:"score"`
}

// ListInfo names a watch list.
type ListInfo struct {
	Source  string `json:"source"`
	Demo    bool   `json:"demo"`
	Entries int    `json:"entries"`
}

// DocumentInfo is a checked document, without its full number.
type DocumentInfo struct {
	Country string `json:"country"`
	Type    string `json:"type"`
	Last4   string `json:"last4"`
}

// IPInfo is what device_intel.ip knows of an address.
type IPInfo struct {
	Address string `json:"address"`
	Version int    `json:"version"`
	// Class is public, private, loopback, link_local, shared (CGNAT),
	// documentation, multicast or reserved.
	Class   string          `json:"class"`
	Signals fraud.Signals   `json:"signals"`
	Reasons []reason.Reason `json:"reasons"`
	Score   int             `json:"score"`
}

// maxMatches bounds the matches a screening answer lists.
const maxMatches = 5

// Service runs primitives for the viewer in the context.
type Service struct {
	list  *screening.List
	fraud *fraud.Service
}

// NewService wires a Service: list is the watch list (KEYBS_SCREENING_LIST
// or the demo list), f the fraud module whose IP signals device_intel.ip
// reads.
func NewService(list *screening.List, f *fraud.Service) *Service {
	return &Service{list: list, fraud: f}
}

// Invoke runs primitive id: decode fills its body (the transport's strict
// JSON decoder), then the primitive runs in the caller's environment.
func (s *Service) Invoke(ctx context.Context, id string, decode func(any) error) (*Result, error) {
	p, err := Lookup(id)
	if err != nil {
		return nil, err
	}
	_, env, err := viewer.RequireModuleCaller(ctx)
	if err != nil {
		return nil, err
	}
	in := p.input()
	if err := decode(in); err != nil {
		return nil, err
	}
	r, err := p.run(ctx, s, in)
	if err != nil {
		return nil, err
	}
	r.Primitive, r.Environment = p.ID, env
	r.Result = finding.Worst(r.Findings)
	return r, nil
}

func (s *Service) screen(_ context.Context, in *ScreeningInput, kind screening.Kind) (*Result, error) {
	name, err := validate.Text("name", in.Name, 200, true)
	if err != nil {
		return nil, err
	}
	want := strings.ToUpper(strings.TrimSpace(in.Country))
	if want != "" && !country.Valid(want) {
		return nil, fault.InvalidField("country", "{field} must be an ISO 3166-1 alpha-2 country code")
	}
	clear, detail := s.list.Screen(name, kind)
	f := finding.Finding{Name: "sanctions_pep_screening", Result: finding.Review, Detail: detail}
	if clear {
		f.Result = finding.Pass
	}
	sc := &Screening{Matches: []Match{}}
	r := &Result{Findings: []finding.Finding{f}, Screening: sc}
	if s.list == nil {
		return r, nil
	}
	sc.List = &ListInfo{Source: s.list.Source, Demo: s.list.Demo, Entries: s.list.Len()}
	for _, h := range s.list.Match(name, kind) {
		if len(sc.Matches) == maxMatches {
			break
		}
		m := Match{Name: h.Entry.Name, MatchedName: h.MatchedName, Kind: string(h.Entry.Kind), Program: h.Entry.Program,
			Score: float64(int(h.Score*1000+0.5)) / 1000}
		if h.Entry.Country != "" {
			c := h.Entry.Country
			m.Country = &c
		}
		sc.Matches = append(sc.Matches, m)
	}
	if want != "" && len(sc.Matches) > 0 {
		same := slices.ContainsFunc(sc.Matches, func(m Match) bool { return m.Country != nil && *m.Country == want })
		detail := fmt.Sprintf("no possible match is listed for %s", want)
		if same {
			detail = fmt.Sprintf("a possible match is listed for %s", want)
		}
		r.Findings = append(r.Findings, finding.Finding{Name: "country_match", Result: finding.Review, Detail: detail})
	}
	return r, nil
}

func (s *Service) document(_ context.Context, in *DocumentInput) (*Result, error) {
	d, f, err := kyc.CheckDocument(in.Country, in.DocumentType, in.DocumentNumber)
	if err != nil {
		return nil, err
	}
	last4 := d.Number
	if len(last4) > 4 {
		last4 = last4[len(last4)-4:]
	}
	return &Result{Findings: []finding.Finding{f}, Document: &DocumentInfo{Country: d.Country, Type: d.Type, Last4: last4}}, nil
}

func (s *Service) ip(ctx context.Context, in *IPInput) (*Result, error) {
	raw := strings.TrimSpace(in.IP)
	if raw == "" {
		return nil, fault.InvalidField("ip", "{field} is required")
	}
	a, err := netip.ParseAddr(raw)
	if err != nil || a.Zone() != "" {
		return nil, fault.InvalidField("ip", "{field} must be an IPv4 or IPv6 address")
	}
	a = a.Unmap()
	sig, err := s.fraud.Signals(ctx, fraud.Input{IP: a.String()})
	if err != nil {
		return nil, err
	}
	score := 0
	for _, r := range sig.Reasons {
		score += r.Weight
	}
	score = min(score, 100)
	info := &IPInfo{Address: a.String(), Version: 4, Class: Class(a), Signals: sig.Signals, Reasons: sig.Reasons, Score: score}
	if a.Is6() {
		info.Version = 6
	}
	class := finding.Finding{Name: "ip_class", Result: finding.Pass, Detail: "a public, routable address"}
	if info.Class != "public" {
		class = finding.Finding{Name: "ip_class", Result: finding.Review,
			Detail: fmt.Sprintf("a %s address, not a public one: send the end user's address, not your proxy's", strings.ReplaceAll(info.Class, "_", "-"))}
	}
	history := finding.Finding{Name: "ip_history", Result: finding.Pass, Score: score,
		Detail: fmt.Sprintf("your tenant's history of this address in %s scores %d", sig.Environment.Lower(), score)}
	switch risk.DecisionFor(score) {
	case risk.Decline:
		history.Result = finding.Fail
	case risk.Review:
		history.Result = finding.Review
	}
	return &Result{Findings: []finding.Finding{class, history}, IP: info}, nil
}

// shared is the carrier-grade NAT range (RFC 6598), which netip does not
// classify.
var shared = netip.MustParsePrefix("100.64.0.0/10")

// documentation are the ranges reserved for examples (RFC 5737, RFC 3849).
var documentation = []netip.Prefix{netip.MustParsePrefix("192.0.2.0/24"), netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"), netip.MustParsePrefix("2001:db8::/32")}

// Class names the kind of address a is.
func Class(a netip.Addr) string {
	switch {
	case a.IsLoopback():
		return "loopback"
	case a.IsPrivate():
		return "private"
	case a.IsLinkLocalUnicast():
		return "link_local"
	case a.IsMulticast() || a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast():
		return "multicast"
	case shared.Contains(a):
		return "shared"
	case slices.ContainsFunc(documentation, func(p netip.Prefix) bool { return p.Contains(a) }):
		return "documentation"
	case a.IsUnspecified() || !a.IsGlobalUnicast():
		return "reserved"
	}
	return "public"
}

// clip shortens an id for a message.
func clip(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}
