package webhook_test

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/testdb"

	"github.com/keybs/platform/ent/webhookdelivery"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/webhook"
)

// fakeDNS answers from a table; a missing name does not resolve, and "slow."
// names answer only when the lookup's context ends.
type fakeDNS map[string][]string

func (f fakeDNS) LookupNetIP(ctx context.Context, _, host string) ([]netip.Addr, error) {
	if strings.HasPrefix(host, "slow.") {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	answers, ok := f[host]
	if !ok {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	out := make([]netip.Addr, len(answers))
	for i, a := range answers {
		out[i] = netip.MustParseAddr(a)
	}
	return out, nil
}

var dns = fakeDNS{
	"hooks.partner.example":     {"93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"},
	"localhost":                 {"127.0.0.1", "::1"},
	"metadata.google.internal":  {"169.254.169.254"},
	"intranet.partner.example":  {"10.1.2.3"},
	"mixed.partner.example":     {"93.184.215.14", "10.1.2.3"},
	"v6private.partner.example": {"fd00::1"},
}

var (
	strict  = webhook.Policy{}
	dev     = webhook.Policy{TestLoopback: true}
	private = webhook.Policy{AllowPrivate: true}
)

func TestGuardCheck(t *testing.T) {
	tests := []struct {
		name   string
		policy webhook.Policy
		env    environment.Environment
		url    string
		want   string // a part of the error message; "" when the URL is accepted
	}{
		// The strict policy (test and production) refuses every internal
		// address, for TEST endpoints as much as for LIVE ones.
		{"LoopbackIPv4IsRefused", strict, environment.Test, "http://127.0.0.1:8080/hook", "127.0.0.1 is a loopback address"},
		{"OtherLoopbackIPv4IsRefused", strict, environment.Test, "http://127.8.9.10/", "loopback"},
		{"LoopbackIPv6IsRefused", strict, environment.Test, "http://[::1]:9000/", "::1 is a loopback address"},
		{"LocalhostIsRefused", strict, environment.Test, "http://localhost:5432/", "localhost resolves to an address that is private, loopback"},
		{"LocalhostWithTrailingDotIsRefused", strict, environment.Test, "http://localhost.:5432/", "localhost resolves"},
		{"MappedLoopbackIsRefused", strict, environment.Test, "http://[::ffff:127.0.0.1]/", "loopback"},
		{"TenDotIsRefused", strict, environment.Live, "https://10.0.0.5/hook", "10.0.0.5 is a private network address"},
		{"OneSevenTwoIsRefused", strict, environment.Live, "https://172.16.0.1/", "private network"},
		{"OneNineTwoIsRefused", strict, environment.Test, "http://192.168.1.1/", "private network"},
		{"UniqueLocalIPv6IsRefused", strict, environment.Live, "https://[fd00::1]/", "private network"},
		{"MappedPrivateIsRefused", strict, environment.Live, "https://[::ffff:10.0.0.5]/", "private network"},
		{"AWSIPv6MetadataIsRefused", strict, environment.Live, "https://[fd00:ec2::254]/", "private network"},
		{"MetadataIPIsRefused", strict, environment.Test, "http://169.254.169.254/latest/meta-data/", "link-local"},
		{"MetadataNameIsRefused", strict, environment.Live, "https://metadata.google.internal/", "metadata.google.internal resolves"},
		{"LinkLocalIPv6IsRefused", strict, environment.Live, "https://[fe80::1]/", "link-local"},
		{"LinkLocalIPv6WithZoneIsRefused", strict, environment.Live, "https://[fe80::1%25eth0]/", "link-local"},
		{"SharedAddressSpaceIsRefused", strict, environment.Live, "https://100.100.100.200/", "reserved"},
		{"UnspecifiedIsRefused", strict, environment.Test, "http://0.0.0.0:8080/", "unspecified"},
		{"UnspecifiedIPv6IsRefused", strict, environment.Test, "http://[::]:8080/", "unspecified"},
		{"ThisNetworkIsRefused", strict, environment.Test, "http://0.1.2.3/", "reserved"},
		{"MulticastIsRefused", strict, environment.Test, "http://224.0.0.1/", "multicast"},
		{"BroadcastIsRefused", strict, environment.Test, "http://255.255.255.255/", "broadcast"},
		{"BenchmarkingRangeIsRefused", strict, environment.Live, "https://198.18.0.1/", "reserved"},
		{"NAT64LoopbackIsRefused", strict, environment.Live, "https://[64:ff9b::7f00:1]/", "reserved"},
		{"SixToFourLoopbackIsRefused", strict, environment.Live, "https://[2002:7f00:1::]/", "reserved"},
		{"IPv4CompatibleLoopbackIsRefused", strict, environment.Live, "https://[::127.0.0.1]/", "reserved"},
		{"ShortDottedIPIsRefused", strict, environment.Test, "http://127.1/", "four decimal numbers"},
		{"DecimalIPIsRefused", strict, environment.Test, "http://2130706433/", "four decimal numbers"},
		{"HexIPIsRefused", strict, environment.Test, "http://0x7f000001/", "four decimal numbers"},
		{"HexDottedIPIsRefused", strict, environment.Test, "http://0x7f.0.0.1/", "four decimal numbers"},
		{"OctalIPIsRefused", strict, environment.Test, "http://0177.0.0.1/", "four decimal numbers"},
		{"NameResolvingPrivateIsRefused", strict, environment.Live, "https://intranet.partner.example/", "resolves to an address that is private"},
		{"NameWithOnePrivateAnswerIsRefused", strict, environment.Live, "https://mixed.partner.example/", "resolves to an address that is private"},
		{"NameResolvingPrivateIPv6IsRefused", strict, environment.Live, "https://v6private.partner.example/", "resolves to an address that is private"},
		{"UnresolvableNameIsRefused", strict, environment.Live, "https://nope.partner.example/", "does not resolve"},
		{"SlowNameIsRefused", strict, environment.Live, "https://slow.partner.example/", "could not be looked up in time"},
		{"TestEndpointsGetATunnelHint", strict, environment.Test, "http://127.0.0.1/", "use a public tunnel URL"},
		{"PublicIPv4IsAccepted", strict, environment.Live, "https://93.184.215.14/hook", ""},
		{"PublicIPv6IsAccepted", strict, environment.Live, "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook", ""},
		{"PublicNameIsAccepted", strict, environment.Live, "https://hooks.partner.example/keybs", ""},
		{"PublicNameIsAcceptedForTest", strict, environment.Test, "http://hooks.partner.example:8443/keybs", ""},

		// Development: TEST endpoints may reach this machine, nothing else.
		{"DevelopmentTestEndpointMayUseLoopback", dev, environment.Test, "http://127.0.0.1:4000/hook", ""},
		{"DevelopmentTestEndpointMayUseLocalhost", dev, environment.Test, "http://localhost:4000/hook", ""},
		{"DevelopmentTestEndpointMayUseIPv6Loopback", dev, environment.Test, "http://[::1]:4000/hook", ""},
		{"DevelopmentTestEndpointCannotUsePrivate", dev, environment.Test, "http://10.0.0.5/", "private network"},
		{"DevelopmentTestEndpointCannotUseMetadata", dev, environment.Test, "http://169.254.169.254/", "link-local"},
		{"DevelopmentLiveEndpointCannotUseLoopback", dev, environment.Live, "https://127.0.0.1/", "loopback"},
		{"DevelopmentLiveEndpointCannotUseLocalhost", dev, environment.Live, "https://localhost/", "localhost resolves"},

		// KEYBS_WEBHOOK_ALLOW_PRIVATE opens internal addresses, but a name
		// must still resolve.
		{"AllowPrivateAcceptsPrivateTest", private, environment.Test, "http://10.0.0.5/", ""},
		{"AllowPrivateStillRefusesPrivateLive", private, environment.Live, "https://10.0.0.5/", "10.0.0.5 is a private network address"},
		{"AllowPrivateStillRefusesLoopbackLive", private, environment.Live, "https://127.0.0.1/", "loopback"},
		{"AllowPrivateStillRefusesLocalhostLive", private, environment.Live, "https://localhost/", "localhost resolves"},
		{"AllowPrivateStillRefusesMetadataLive", private, environment.Live, "https://169.254.169.254/", "link-local"},
		{"AllowPrivateStillRefusesMappedLive", private, environment.Live, "https://[::ffff:127.0.0.1]/", "loopback"},
		{"AllowPrivateStillRefusesIPv6LoopbackLive", private, environment.Live, "https://[::1]/", "loopback"},
		{"AllowPrivateStillRefusesPrivateNameLive", private, environment.Live, "https://intranet.partner.example/", "resolves to an address that is private"},
		{"AllowPrivateStillRefusesDecimalLive", private, environment.Live, "https://2130706433/", "four decimal numbers"},
		{"AllowPrivateAcceptsLoopbackTest", private, environment.Test, "http://127.0.0.1:4000/", ""},
		{"AllowPrivateStillNeedsAResolvableName", private, environment.Test, "http://nope.partner.example/", "does not resolve"},
		{"AllowPrivateStillRefusesObscureIPForms", private, environment.Test, "http://127.1/", "four decimal numbers"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := webhook.Guard{Policy: tc.policy, Resolver: dns, Timeout: 50 * time.Millisecond}
			err := g.Check(context.Background(), tc.url, tc.env)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Check(%s) = %v, want it accepted", tc.url, err)
				}
				return
			}
			fe := fault.From(err)
			if err == nil || fe.Kind != fault.Invalid || fe.Field != "url" {
				t.Fatalf("Check(%s) = %v, want a validation_error naming url", tc.url, err)
			}
			if !strings.Contains(fe.Message, tc.want) {
				t.Fatalf("message %q does not say %q", fe.Message, tc.want)
			}
			u, _ := url.Parse(tc.url)
			for _, a := range dns[strings.TrimSuffix(u.Hostname(), ".")] {
				if strings.Contains(fe.Message, a) {
					t.Fatalf("message %q names the address %s that %s resolves to", fe.Message, a, u.Hostname())
				}
			}
		})
	}
}

func TestPolicyReach(t *testing.T) {
	tests := []struct {
		name   string
		policy webhook.Policy
		env    environment.Environment
		want   webhook.Reach
	}{
		{"StrictTestIsPublicOnly", strict, environment.Test, webhook.PublicOnly},
		{"StrictLiveIsPublicOnly", strict, environment.Live, webhook.PublicOnly},
		{"DevelopmentTestReachesLoopback", dev, environment.Test, webhook.LoopbackToo},
		{"DevelopmentLiveIsPublicOnly", dev, environment.Live, webhook.PublicOnly},
		{"AllowPrivateTestReachesAnywhere", private, environment.Test, webhook.Anywhere},
		{"AllowPrivateLiveIsPublicOnly", private, environment.Live, webhook.PublicOnly},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.policy.Reach(tc.env); got != tc.want {
				t.Fatalf("Reach = %v, want %v", got, tc.want)
			}
		})
	}
}

// secretService is a loopback-only internal service whose answer must never
// reach a delivery log.
func secretService(t *testing.T) (*httptest.Server, func() int) {
	t.Helper()
	hits := make(chan struct{}, 100)
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hits <- struct{}{}
		_, _ = w.Write([]byte("db_password=hunter2"))
	}))
	// TLS, so LIVE endpoints (https only) can be pointed at it too.
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv, func() int { return len(hits) }
}

// closedPort returns a loopback address nothing listens on.
func closedPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	return addr
}

func TestSSRF(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("ATestEndpointOnLoopbackIsRefusedWhenSaved", func(t *testing.T) {
			h := newHarnessWith(t, fresh(t), webhook.Guard{Policy: strict, Resolver: dns})
			srv, hits := secretService(t)
			for _, u := range []string{srv.URL, "http://localhost:" + srv.URL[strings.LastIndexByte(srv.URL, ':')+1:], "http://169.254.169.254/"} {
				_, err := h.svc.CreateEndpoint(h.ctx, webhook.EndpointInput{URL: &u, Environment: environment.Test})
				if fe := fault.From(err); err == nil || fe.Kind != fault.Invalid || fe.Field != "url" {
					t.Fatalf("create %s: %v, want a validation_error naming url", u, err)
				}
			}
			if n := h.db.Client.WebhookEndpoint.Query().CountX(h.sys); n != 0 {
				t.Fatalf("%d endpoints saved", n)
			}
			if hits() != 0 {
				t.Fatal("saving an endpoint made a request")
			}
		})

		t.Run("ChangingTheURLToAPrivateOneIsRefused", func(t *testing.T) {
			h := newHarnessWith(t, fresh(t), webhook.Guard{Policy: strict, Resolver: dns})
			ep := h.endpoint(t, "https://hooks.partner.example/keybs", environment.Live)
			bad := "https://intranet.partner.example/keybs"
			_, err := h.svc.UpdateEndpoint(h.ctx, ep.Endpoint.ID, webhook.EndpointInput{URL: &bad})
			if fe := fault.From(err); err == nil || fe.Field != "url" {
				t.Fatalf("update: %v, want a validation_error naming url", err)
			}
			if got := h.db.Client.WebhookEndpoint.GetX(h.sys, ep.Endpoint.ID).URL; got != "https://hooks.partner.example/keybs" {
				t.Fatalf("url is now %s", got)
			}
		})

		t.Run("ALoopbackServiceIsNeverReadAtDelivery", func(t *testing.T) {
			// Endpoints saved before the check existed (or under another
			// policy) are refused when the dispatcher connects, with one
			// message whatever listens there, and nothing of the reply.
			h := newHarnessWith(t, fresh(t), webhook.Guard{Policy: strict})
			srv, hits := secretService(t)
			lenient := webhook.NewService(h.db.Client, h.bus, mustBox(t), h.clock.Now, webhook.Guard{Policy: private})
			for _, u := range []string{srv.URL + "/", "http://" + closedPort(t) + "/"} {
				if _, err := lenient.CreateEndpoint(h.ctx, webhook.EndpointInput{URL: &u, Environment: environment.Test}); err != nil {
					t.Fatal(err)
				}
			}
			h.emit(t, "verification.submitted")
			h.runAt(t, t0)
			ds := h.db.Client.WebhookDelivery.Query().Where(webhookdelivery.Attempt(1)).AllX(h.sys)
			if len(ds) != 2 {
				t.Fatalf("%d first attempts, want 2", len(ds))
			}
			for _, d := range ds {
				if d.Status != webhookdelivery.StatusFAILED || d.ErrorMessage != webhook.RefusedByPolicy ||
					d.ResponseExcerpt != "" || d.ResponseStatus != nil {
					t.Fatalf("delivery %+v, want FAILED %q and no response", d, webhook.RefusedByPolicy)
				}
			}
			if hits() != 0 {
				t.Fatalf("the loopback service got %d requests", hits())
			}
			all := h.db.Client.WebhookDelivery.Query().AllX(h.sys)
			for _, d := range all {
				if strings.Contains(d.ResponseExcerpt, "hunter2") || strings.Contains(d.ErrorMessage, "hunter2") {
					t.Fatal("the loopback service's reply is in the delivery log")
				}
			}
		})

		t.Run("AHostThatRebindsToLoopbackIsRefusedAtConnect", func(t *testing.T) {
			// At save time "localhost" is made to look public; at delivery
			// the system resolver says 127.0.0.1, which the dialer refuses.
			rebinding := fakeDNS{"localhost": {"93.184.215.14"}}
			h := newHarnessWith(t, fresh(t), webhook.Guard{Policy: strict, Resolver: rebinding})
			hits := 0
			rc := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { hits++; w.WriteHeader(200) }))
			t.Cleanup(rc.Close)
			u := "https://localhost:" + rc.URL[strings.LastIndexByte(rc.URL, ':')+1:] + "/hook"
			ep := h.endpoint(t, u, environment.Live)
			h.emitIn(t, environment.Live, "report.published")
			h.runAt(t, t0)
			d := h.db.Client.WebhookDelivery.Query().Where(webhookdelivery.EndpointID(ep.Endpoint.ID), webhookdelivery.Attempt(1)).OnlyX(h.sys)
			if d.Status != webhookdelivery.StatusFAILED || d.ErrorMessage != webhook.RefusedByPolicy || hits != 0 {
				t.Fatalf("delivery to a rebound host: %s %q, %d requests", d.Status, d.ErrorMessage, hits)
			}
		})

		t.Run("AllowPrivateStillKeepsLiveEndpointsOffThisMachine", func(t *testing.T) {
			// KEYBS_WEBHOOK_ALLOW_PRIVATE opens TEST endpoints only: a LIVE
			// one on loopback is refused when it is saved, created or updated.
			h := newHarnessWith(t, fresh(t), webhook.Guard{Policy: private})
			srv, hits := secretService(t)
			u := srv.URL + "/"
			_, err := h.svc.CreateEndpoint(h.ctx, webhook.EndpointInput{URL: &u, Environment: environment.Live})
			if fe := fault.From(err); err == nil || fe.Kind != fault.Invalid || fe.Field != "url" || !strings.Contains(fe.Message, "loopback") {
				t.Fatalf("create a LIVE loopback endpoint under AllowPrivate: %v, want a validation_error naming url", err)
			}
			public := "https://93.184.215.14/hook"
			ep := h.endpoint(t, public, environment.Live)
			private10 := "https://10.0.0.5/hook"
			_, err = h.svc.UpdateEndpoint(h.ctx, ep.Endpoint.ID, webhook.EndpointInput{URL: &private10})
			if fe := fault.From(err); err == nil || fe.Kind != fault.Invalid || fe.Field != "url" || !strings.Contains(fe.Message, "private network") {
				t.Fatalf("update a LIVE endpoint to 10.0.0.5 under AllowPrivate: %v, want a validation_error naming url", err)
			}
			// A row saved by an older version is refused when the dispatcher connects.
			h.db.Client.WebhookEndpoint.UpdateOneID(ep.Endpoint.ID).SetURL(u).ExecX(h.sys)
			h.emitIn(t, environment.Live, "report.published")
			h.runAt(t, t0)
			d := h.db.Client.WebhookDelivery.Query().Where(webhookdelivery.EndpointID(ep.Endpoint.ID)).FirstX(h.sys)
			if d.ErrorMessage != webhook.RefusedByPolicy || hits() != 0 {
				t.Fatalf("live delivery to loopback under AllowPrivate: %q, %d requests", d.ErrorMessage, hits())
			}
			// A TEST endpoint on the same receiver is accepted and delivered to.
			testEP := h.endpoint(t, u, environment.Test)
			if testEP.Endpoint.URL != u {
				t.Fatalf("test endpoint url %q", testEP.Endpoint.URL)
			}
		})
	})
}
