package rest

import "net/http"

type testWebhookBody struct {
	EndpointID string `json:"endpoint_id"`
}

// testWebhook sends a signed webhook.test event (seed 002): to the named
// endpoint, or to every enabled endpoint of the key's environment.
func (h *handler) testWebhook(w http.ResponseWriter, r *http.Request) {
	var b testWebhookBody
	if r.ContentLength != 0 {
		if err := decode(r, &b); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	evt, err := h.Webhooks.SendTest(r.Context(), b.EndpointID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var endpoint *string
	if b.EndpointID != "" {
		endpoint = &b.EndpointID
	}
	WriteJSON(w, http.StatusOK, map[string]any{"ok": true, "endpoint_id": endpoint, "event_id": evt.ID})
}
