package rest_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

// TestKeyRotationNotifyAndCurrency: POST …/rotate takes notify_emails
// (validated, emailed at once, never the secret), PATCH takes currency_type,
// and another tenant's key id is a 404 for both, changing nothing.
func TestKeyRotationNotifyAndCurrency(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		mail := &testkit.Mailbox{}
		s := servertest.Start(t, dbURL, func(c *server.Config) { c.Mailer = mail })
		tok := s.SignUp(t, "owner@notify.example", "Notify Co").AccessToken
		other := s.SignUp(t, "owner@elsewhere.example", "Elsewhere").AccessToken
		k := createRESTKey(t, s, tok, `{"name":"Payments","environment":"test"}`)
		mail0 := mail.Count() // sign-up emails, if any
		rotate := "/v1/api-keys/" + k.ID + "/rotate"

		for _, tc := range []struct{ name, body, names string }{
			{"ANonAddressIs422", `{"grace_period":"1h","notify_emails":["ops@acme.example","nope"]}`, "nope"},
			{"AnEmptyAddressIs422", `{"notify_emails":[""]}`, "notify_emails"},
			{"ElevenAddressesAre422", `{"notify_emails":["a@b.io","c@b.io","d@b.io","e@b.io","f@b.io","g@b.io","h@b.io","i@b.io","j@b.io","k@b.io","l@b.io"]}`, "at most 10"},
			{"AStringInsteadOfAListIs422", `{"notify_emails":"ops@acme.example"}`, "notify_emails"},
		} {
			t.Run("Rotate"+tc.name, func(t *testing.T) {
				env := keysDo(t, s, keysReq{method: "POST", path: rotate, token: tok, body: tc.body}).
					wantError(t, http.StatusUnprocessableEntity, "validation_error")
				if !strings.Contains(env.Error.Message, "notify_emails") || !strings.Contains(env.Error.Message, tc.names) {
					t.Fatalf("message %q, want it to name notify_emails and %q", env.Error.Message, tc.names)
				}
			})
		}
		t.Run("AnotherTenantsKeyIs404AndSendsNothing", func(t *testing.T) {
			keysDo(t, s, keysReq{method: "POST", path: rotate, token: other, body: `{"notify_emails":["spy@evil.example"]}`}).
				wantError(t, http.StatusNotFound, "not_found")
			keysDo(t, s, keysReq{method: "PATCH", path: "/v1/api-keys/" + k.ID, token: other, body: `{"currency_type":"crypto"}`}).
				wantError(t, http.StatusNotFound, "not_found")
			if mail.Count() != mail0 {
				t.Fatalf("refused rotations sent %d emails", mail.Count()-mail0)
			}
		})

		t.Run("CurrencyTypeIsEditable", func(t *testing.T) {
			var got struct {
				CurrencyType string `json:"currency_type"`
			}
			keysDo(t, s, keysReq{method: "PATCH", path: "/v1/api-keys/" + k.ID, token: tok, body: `{"currency_type":"crypto"}`}).
				decodeInto(t, http.StatusOK, &got)
			if got.CurrencyType != "crypto" {
				t.Fatalf("currency_type = %q after the change", got.CurrencyType)
			}
			env := keysDo(t, s, keysReq{method: "PATCH", path: "/v1/api-keys/" + k.ID, token: tok, body: `{"currency_type":"gold"}`}).
				wantError(t, http.StatusUnprocessableEntity, "validation_error")
			if !strings.Contains(env.Error.Message, "currency_type") {
				t.Fatalf("message %q", env.Error.Message)
			}
			keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys/" + k.ID, token: tok}).decodeInto(t, http.StatusOK, &got)
			if got.CurrencyType != "crypto" {
				t.Fatalf("a refused change moved currency_type to %q", got.CurrencyType)
			}
		})

		t.Run("ARotationEmailsItsAddresses", func(t *testing.T) {
			var succ restKey
			keysDo(t, s, keysReq{method: "POST", path: rotate, token: tok,
				body: `{"grace_period":"48h","notify_emails":["security@notify.example","oncall@notify.example"]}`}).
				decodeInto(t, http.StatusCreated, &succ)
			sent := mail.Sent()[mail0:]
			if len(sent) != 1 {
				t.Fatalf("%d emails after the rotation, want 1", len(sent))
			}
			m := sent[0]
			if !slices.Equal(m.To, []string{"security@notify.example", "oncall@notify.example"}) ||
				!strings.Contains(m.Body, succ.Last4) || !strings.Contains(m.Subject, "Payments") {
				t.Fatalf("email %+v", m)
			}
			if strings.Contains(m.Body, succ.Key) || strings.Contains(m.Body, k.Key) {
				t.Fatal("the email holds a secret")
			}
			var logs struct {
				Data []struct {
					Action   string         `json:"action"`
					Metadata map[string]any `json:"metadata"`
				}
			}
			keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys/" + k.ID + "/logs?event_types=key.rotated", token: tok}).
				decodeInto(t, http.StatusOK, &logs)
			if len(logs.Data) != 1 || logs.Data[0].Metadata["notify_emails"] == nil {
				t.Fatalf("the rotation's log entry does not say who was told: %+v", logs.Data)
			}
		})
	})
}
