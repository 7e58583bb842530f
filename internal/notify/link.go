package notify

import (
	"net/url"
	"strings"
)

// Link is the portal page a notification is about, from its kind and
// target: the webhook endpoint that was disabled, the key an alert is
// about in the usage page, the plan's quota, the terms to accept. A kind
// without a page of its own links to the notifications list.
func Link(kind, targetID string) string {
	switch {
	case strings.HasPrefix(kind, "webhook.") && targetID != "":
		return "/webhooks/" + url.PathEscape(targetID)
	case strings.HasPrefix(kind, "key.") && targetID != "":
		return "/usage?key=" + url.QueryEscape(targetID)
	case strings.HasPrefix(kind, "key."):
		return "/keys"
	case strings.HasPrefix(kind, "usage."):
		return "/usage"
	case strings.HasPrefix(kind, "terms.") || strings.HasPrefix(kind, "kyc."):
		return "/onboarding"
	}
	return "/notifications"
}
