package rest

import "net/http"

type testWebhookBody struct {
	EndpointID string `json:"endpoint_id"`
}

// testWebhook sends a signed webhook.test event (seed 002): to the named
// endpoint, or to every enabled endpoint of the key's environment.
func (h *handler) testWebhook(c call) error {
	var b testWebhookBody
	if err := c.decodeOptional(&b); err != nil {
		return err
	}
	evt, err := h.Webhooks.SendTest(c.ctx(), b.EndpointID)
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, map[string]any{"ok": true, "endpoint_id": nilIfEmpty(b.EndpointID), "event_id": evt.ID})
}
