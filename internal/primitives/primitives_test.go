package primitives_test

import (
	"errors"
	"net/netip"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/primitives"
	"github.com/keybs/platform/internal/scope"
)

func TestClass(t *testing.T) {
	for _, c := range []struct{ ip, want string }{
		{"8.8.8.8", "public"}, {"2606:4700:4700::1111", "public"},
		{"10.0.0.1", "private"}, {"172.16.5.4", "private"}, {"192.168.1.1", "private"}, {"fd00::1", "private"},
		{"127.0.0.1", "loopback"}, {"::1", "loopback"},
		{"169.254.1.1", "link_local"}, {"fe80::1", "link_local"},
		{"100.64.0.1", "shared"}, {"100.127.255.254", "shared"}, {"100.128.0.1", "public"},
		{"192.0.2.1", "documentation"}, {"198.51.100.7", "documentation"}, {"203.0.113.66", "documentation"}, {"2001:db8::1", "documentation"},
		{"224.0.0.1", "multicast"}, {"ff02::1", "multicast"},
		{"0.0.0.0", "reserved"}, {"::", "reserved"}, {"255.255.255.255", "reserved"},
	} {
		t.Run(c.ip, func(t *testing.T) {
			if got := primitives.Class(netip.MustParseAddr(c.ip)); got != c.want {
				t.Fatalf("Class(%s) = %s, want %s", c.ip, got, c.want)
			}
		})
	}
}

func TestCatalog(t *testing.T) {
	t.Run("EveryPrimitivesScopeIsInTheScopeCatalogUnderItsCategory", func(t *testing.T) {
		for _, p := range primitives.Catalog {
			if !strings.HasPrefix(p.ID, p.Category+".") {
				t.Errorf("%s is not in its category %s", p.ID, p.Category)
			}
			if !scope.Known(p.Scope()) || !scope.Known("invoke:primitives."+p.Category) {
				t.Errorf("%s: %s or its category's scope is not in the scope catalog", p.ID, p.Scope())
			}
			m, ok := scope.ModuleOf(p.Scope())
			if !ok || m != scope.ModulePrimitives {
				t.Errorf("%s: scope %s is granted by %v, want PRIMITIVES", p.ID, p.Scope(), m)
			}
			if !scope.Covers(scope.PrimitivesScope, p.Scope()) || !scope.Covers("invoke:primitives."+p.Category, p.Scope()) {
				t.Errorf("%s: not covered by invoke:primitives and its category", p.ID)
			}
		}
	})
	t.Run("AnUnknownIdIsUnknownPrimitive", func(t *testing.T) {
		_, err := primitives.Lookup("biometrics.face")
		var fe *fault.Error
		if !errors.As(err, &fe) || fe.Kind != fault.UnknownPrimitive || fe.HTTPStatus() != 404 {
			t.Fatalf("Lookup = %v, want a 404 unknown_primitive", err)
		}
	})
}
