package notify_test

import (
	"testing"

	"github.com/keybs/platform/internal/notify"
)

func TestLink(t *testing.T) {
	cases := []struct{ name, kind, target, want string }{
		{"ADisabledEndpointOpensTheEndpoint", "webhook.endpoint_disabled", "whe_01jd", "/webhooks/whe_01jd"},
		{"AKeyAlertOpensTheKeysUsage", "key.error_rate_anomaly", "key_01jd", "/usage?key=key_01jd"},
		{"AKeyAlertWithoutAKeyOpensTheKeys", "key.expiring", "", "/keys"},
		{"AQuotaWarningOpensUsage", "usage.quota_warning", "ten_1", "/usage"},
		{"NewTermsOpenOnboarding", "terms.updated", "ten_1", "/onboarding"},
		{"AnUnknownKindOpensTheList", "something.else", "x", "/notifications"},
		{"ATargetIsEscaped", "webhook.endpoint_disabled", "a/b?c", "/webhooks/a%2Fb%3Fc"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := notify.Link(tc.kind, tc.target); got != tc.want {
				t.Fatalf("Link(%q, %q) = %q, want %q", tc.kind, tc.target, got, tc.want)
			}
		})
	}
}
