package audit_test

import (
	"testing"

	"github.com/keybs/platform/internal/audit"
)

// The changed fields come from what the entry stored, and a secret's value is
// never shown, only its name.
func TestChangesOf(t *testing.T) {
	str := func(p *string) string {
		if p == nil {
			return "<nil>"
		}
		return *p
	}
	cases := []struct {
		name, action string
		meta         map[string]any
		want         []string // field=from>to
	}{
		{"ChangedList", "key.updated", map[string]any{"changed": []any{"name", "scopes"}}, []string{"name=<nil>><nil>", "scopes=<nil>><nil>"}},
		{"Diff", "application.updated", map[string]any{"changes": map[string]any{
			"name": map[string]any{"from": "A", "to": "B"}, "client_secret": map[string]any{"from": "s1", "to": "s2"}}},
			[]string{"client_secret=<nil>><nil>", "name=A>B"}},
		{"FromTo", "tenant.industry_changed", map[string]any{"from": "retail", "to": "fintech"}, []string{"industry_changed=retail>fintech"}},
		{"NewValuesOnUpdate", "webhook.updated", map[string]any{"url": "https://x", "signing_secret": "whsec"}, []string{"signing_secret=<nil>><nil>", "url=<nil>><nil>"}},
		{"NotAChange", "key.revoked", map[string]any{"reason": "leaked"}, nil},
		{"NoMetadata", "application.updated", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := []string{}
			for _, ch := range audit.ChangesOf(c.action, c.meta) {
				got = append(got, ch.Field+"="+str(ch.From)+">"+str(ch.To))
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Fatalf("got %v, want %v", got, c.want)
				}
			}
		})
	}
}
