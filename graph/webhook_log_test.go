package graph_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

// switchReceiver answers every delivery with its current status and counts
// the requests per event id.
type switchReceiver struct {
	mu     sync.Mutex
	status int
	hits   map[string][]int // event id -> the statuses it answered
	srv    *httptest.Server
}

func newSwitchReceiver(t *testing.T, status int) *switchReceiver {
	t.Helper()
	r := &switchReceiver{status: status, hits: map[string][]int{}}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		_, _ = io.Copy(io.Discard, req.Body)
		r.mu.Lock()
		st := r.status
		id := req.Header.Get("X-KeyBS-Event-Id")
		r.hits[id] = append(r.hits[id], st)
		r.mu.Unlock()
		w.WriteHeader(st)
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *switchReceiver) answer(status int) {
	r.mu.Lock()
	r.status = status
	r.mu.Unlock()
}

func (r *switchReceiver) of(eventID string) []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]int(nil), r.hits[eventID]...)
}

const messagesQuery = `query($first: Int, $after: String, $filter: WebhookMessageFilter) {
  webhookMessages(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id eventType status event { id payload } attempts { id attempt trigger status scheduledAt attemptedAt errorMessage } } }
  }
}`

type logAttempt struct {
	ID, Trigger, Status, ErrorMessage string
	Attempt                           int
	ScheduledAt                       time.Time
	AttemptedAt                       *time.Time
}

type logMessage struct {
	ID, EventType, Status string
	Attempts              []logAttempt
}

type messagesPage struct {
	WebhookMessages struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   *string
		}
		Edges []struct {
			Cursor string
			Node   logMessage
		}
	}
}

func (p messagesPage) ids() []string {
	var out []string
	for _, e := range p.WebhookMessages.Edges {
		out = append(out, e.Node.ID)
	}
	return out
}

// messages reads one page of the log.
func messages(t *testing.T, s *servertest.Server, token string, filter map[string]any) messagesPage {
	t.Helper()
	var p messagesPage
	s.GraphQL(t, token, messagesQuery, map[string]any{"first": 50, "filter": filter}).Decode(t, &p)
	return p
}

// messageUntil polls the log until the message of eventID satisfies ok.
func messageUntil(t *testing.T, s *servertest.Server, token, endpointID, eventID string, ok func(logMessage) bool) logMessage {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		p := messages(t, s, token, map[string]any{"endpointId": endpointID, "search": eventID})
		if len(p.WebhookMessages.Edges) == 1 && ok(p.WebhookMessages.Edges[0].Node) {
			return p.WebhookMessages.Edges[0].Node
		}
		if time.Now().After(deadline) {
			t.Fatalf("message %s never reached the expected state: %+v", eventID, p)
		}
		time.Sleep(50 * time.Millisecond) // polling the log, not waiting for time to pass
	}
}

// firstFailedRetryPending: attempt 1 failed and attempt 2 is scheduled.
func firstFailedRetryPending(m logMessage) bool {
	return len(m.Attempts) == 2 && m.Attempts[0].Status == "FAILED" && m.Attempts[1].Status == "PENDING" && m.Attempts[1].Trigger == "SCHEDULED"
}

func TestWebhookMessageLog(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL, servertest.AllowPrivateWebhooks)
		a := s.SignUp(t, "log-a@a.example", "Log A")
		b := s.SignUp(t, "log-b@b.example", "Log B")
		rc := newSwitchReceiver(t, 500)
		var created struct {
			CreateWebhookEndpoint struct {
				Endpoint struct{ ID string }
				Secret   string
			}
		}
		s.GraphQL(t, a.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": rc.srv.URL + "/hook", "environment": "TEST",
			"eventTypes": []string{"verification.submitted"}}}).Decode(t, &created)
		epID := created.CreateWebhookEndpoint.Endpoint.ID
		key := apiKeySecret(t, s, a.AccessToken)
		// newCase opens a case; its verification.submitted event is a message.
		newCase := func(t *testing.T) (eventID, verificationID string) {
			t.Helper()
			c := restCall(t, s, key, "POST", "/v1/verifications", map[string]any{"supplier_name": "Acme Trading Co.", "country_code": "IN",
				"tier": "tier2", "package": "standard", "contact_email": "ops@acme.example"})
			vid := c["verification_id"].(string)
			deadline := time.Now().Add(20 * time.Second)
			for {
				p := messages(t, s, a.AccessToken, map[string]any{"endpointId": epID, "search": vid})
				if len(p.WebhookMessages.Edges) == 1 {
					return p.WebhookMessages.Edges[0].Node.ID, vid
				}
				if time.Now().After(deadline) {
					t.Fatalf("no message for case %s: %+v", vid, p)
				}
				time.Sleep(50 * time.Millisecond)
			}
		}

		// Message 1: fails, then a manual resend delivers it.
		resent, _ := newCase(t)
		t.Run("ASuccessfulResendCancelsTheScheduledRetry", func(t *testing.T) {
			m := messageUntil(t, s, a.AccessToken, epID, resent, firstFailedRetryPending)
			if m.Status != "PENDING" || m.EventType != "verification.submitted" {
				t.Fatalf("message %+v, want PENDING while its retry is scheduled", m)
			}
			rc.answer(200)
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { resendWebhookDelivery(id: $id) { id } }`, map[string]any{"id": m.Attempts[0].ID}).Decode(t, &struct{}{})
			m = messageUntil(t, s, a.AccessToken, epID, resent, func(m logMessage) bool {
				return m.Status == "SUCCEEDED" && len(m.Attempts) == 3 && m.Attempts[1].Status != "PENDING"
			})
			if m.Attempts[1].Status != "CANCELLED" || m.Attempts[1].AttemptedAt != nil || !strings.Contains(m.Attempts[1].ErrorMessage, "attempt 3 delivered the event") {
				t.Fatalf("the scheduled retry %+v, want it CANCELLED and never sent", m.Attempts[1])
			}
			if m.Attempts[2].Trigger != "MANUAL" || m.Attempts[2].Status != "SUCCEEDED" {
				t.Fatalf("the resend %+v", m.Attempts[2])
			}
			if got := rc.of(resent); len(got) != 2 || got[1] != 200 {
				t.Fatalf("the receiver answered %v, want one failure and exactly one delivery", got)
			}
		})

		// Message 2: fails; its scheduled retry is sent now.
		rc.answer(500)
		retried, retriedVID := newCase(t)
		t.Run("RetryNowSendsAScheduledAttemptBeforeItsTime", func(t *testing.T) {
			m := messageUntil(t, s, a.AccessToken, epID, retried, firstFailedRetryPending)
			pending := m.Attempts[1]
			retryNow := `mutation($id: ID!) { retryWebhookDeliveryNow(id: $id) { id status scheduledAt } }`
			if e := s.GraphQL(t, b.AccessToken, retryNow, map[string]any{"id": pending.ID}).Err(t); e.Code() != "not_found" {
				t.Fatalf("another tenant retried the attempt: %+v", e)
			}
			if e := s.GraphQL(t, a.AccessToken, retryNow, map[string]any{"id": m.Attempts[0].ID}).Err(t); e.Code() != "conflict" || !strings.Contains(e.Message, "only a pending attempt") {
				t.Fatalf("retry now of a failed attempt: %+v, want a conflict", e)
			}
			rc.answer(200)
			var got struct {
				RetryWebhookDeliveryNow struct {
					ID, Status  string
					ScheduledAt time.Time
				}
			}
			s.GraphQL(t, a.AccessToken, retryNow, map[string]any{"id": pending.ID}).Decode(t, &got)
			if got.RetryWebhookDeliveryNow.ID != pending.ID || !got.RetryWebhookDeliveryNow.ScheduledAt.Before(pending.ScheduledAt) {
				t.Fatalf("retry now answered %+v, want the attempt due before %s", got, pending.ScheduledAt)
			}
			m = messageUntil(t, s, a.AccessToken, epID, retried, func(m logMessage) bool { return m.Status == "SUCCEEDED" })
			if len(m.Attempts) != 2 || m.Attempts[1].AttemptedAt == nil || !m.Attempts[1].AttemptedAt.Before(pending.ScheduledAt) {
				t.Fatalf("attempts %+v, want attempt 2 sent before it was scheduled (%s)", m.Attempts, pending.ScheduledAt)
			}
			if got := rc.of(retried); len(got) != 2 || got[1] != 200 {
				t.Fatalf("the receiver answered %v", got)
			}
		})

		// Message 3: fails; disabling the endpoint cancels its retry.
		rc.answer(500)
		cancelled, _ := newCase(t)
		t.Run("DisablingStopsPendingRetries", func(t *testing.T) {
			messageUntil(t, s, a.AccessToken, epID, cancelled, firstFailedRetryPending)
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { disableWebhookEndpoint(id: $id) { status } }`, map[string]any{"id": epID}).Decode(t, &struct{}{})
			m := messageUntil(t, s, a.AccessToken, epID, cancelled, func(m logMessage) bool { return m.Status == "FAILED" })
			if m.Attempts[1].Status != "CANCELLED" || m.Attempts[1].AttemptedAt != nil || !strings.Contains(m.Attempts[1].ErrorMessage, "disabled") {
				t.Fatalf("the retry %+v, want it CANCELLED because the endpoint was disabled", m.Attempts[1])
			}
			if got := rc.of(cancelled); len(got) != 1 {
				t.Fatalf("the receiver got %v, want only the first attempt", got)
			}
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { enableWebhookEndpoint(id: $id) { status } }`, map[string]any{"id": epID}).Decode(t, &struct{}{})
		})

		t.Run("FiltersSearchAndPages", func(t *testing.T) {
			all := messages(t, s, a.AccessToken, map[string]any{"endpointId": epID})
			if ids := all.ids(); all.WebhookMessages.TotalCount != 3 || len(ids) != 3 || ids[0] != cancelled || ids[2] != resent {
				t.Fatalf("log %v (total %d), want the three messages newest first", ids, all.WebhookMessages.TotalCount)
			}
			for _, tc := range []struct {
				name   string
				filter map[string]any
				want   []string
			}{
				{"BySucceeded", map[string]any{"status": "SUCCEEDED"}, []string{retried, resent}},
				{"ByFailed", map[string]any{"status": "FAILED"}, []string{cancelled}},
				{"ByPendingNone", map[string]any{"status": "PENDING"}, nil},
				{"ByEventType", map[string]any{"eventTypes": []string{"verification.submitted"}}, []string{cancelled, retried, resent}},
				{"ByOtherEventType", map[string]any{"eventTypes": []string{"escrow.funded"}}, nil},
				{"ByEventID", map[string]any{"search": resent}, []string{resent}},
				{"ByVerificationID", map[string]any{"search": retriedVID}, []string{retried}},
				{"ByUnknownSearch", map[string]any{"search": "KBS-VR-NOPE"}, nil},
				{"SinceTheFuture", map[string]any{"since": time.Now().Add(time.Hour).Format(time.RFC3339)}, nil},
				{"UntilThePast", map[string]any{"until": time.Now().Add(-time.Hour).Format(time.RFC3339)}, nil},
				{"InTheLastHour", map[string]any{"since": time.Now().Add(-time.Hour).Format(time.RFC3339), "status": "FAILED"}, []string{cancelled}},
			} {
				t.Run(tc.name, func(t *testing.T) {
					tc.filter["endpointId"] = epID
					p := messages(t, s, a.AccessToken, tc.filter)
					if got := p.ids(); strings.Join(got, ",") != strings.Join(tc.want, ",") || p.WebhookMessages.TotalCount != len(tc.want) {
						t.Fatalf("got %v (total %d), want %v", got, p.WebhookMessages.TotalCount, tc.want)
					}
				})
			}
			t.Run("CursorPagination", func(t *testing.T) {
				var seen []string
				var after any
				for range 4 {
					var p messagesPage
					s.GraphQL(t, a.AccessToken, messagesQuery, map[string]any{"first": 2, "after": after, "filter": map[string]any{"endpointId": epID}}).Decode(t, &p)
					seen = append(seen, p.ids()...)
					if !p.WebhookMessages.PageInfo.HasNextPage {
						break
					}
					after = *p.WebhookMessages.PageInfo.EndCursor
				}
				if strings.Join(seen, ",") != strings.Join(all.ids(), ",") {
					t.Fatalf("pages gave %v, want %v", seen, all.ids())
				}
				e := s.GraphQL(t, a.AccessToken, messagesQuery, map[string]any{"after": "not-a-cursor"}).Err(t)
				if e.Code() != "validation_error" || e.Field() != "after" {
					t.Fatalf("bad cursor: %+v", e)
				}
				e = s.GraphQL(t, a.AccessToken, messagesQuery, map[string]any{"first": 101}).Err(t)
				if e.Code() != "validation_error" || e.Field() != "first" {
					t.Fatalf("page of 101: %+v", e)
				}
			})
			t.Run("AnotherTenantSeesNothing", func(t *testing.T) {
				e := s.GraphQL(t, b.AccessToken, messagesQuery, map[string]any{"filter": map[string]any{"endpointId": epID}}).Err(t)
				if e.Code() != "not_found" {
					t.Fatalf("another tenant's endpoint filter: %+v", e)
				}
				if p := messages(t, s, b.AccessToken, map[string]any{"search": resent}); p.WebhookMessages.TotalCount != 0 {
					t.Fatalf("another tenant found the message: %+v", p)
				}
			})
		})

		t.Run("RecoverSaysWhatItWillResendFirst", func(t *testing.T) {
			preview := `query($id: ID!, $since: Time!) { failedDeliveriesPreview(endpointId: $id, since: $since) { count eventTypes oldest newest } }`
			since := time.Now().Add(-time.Hour).Format(time.RFC3339)
			var p struct {
				FailedDeliveriesPreview struct {
					Count          int
					EventTypes     []string
					Oldest, Newest *time.Time
				}
			}
			s.GraphQL(t, a.AccessToken, preview, map[string]any{"id": epID, "since": since}).Decode(t, &p)
			got := p.FailedDeliveriesPreview
			if got.Count != 1 || strings.Join(got.EventTypes, ",") != "verification.submitted" || got.Oldest == nil || got.Newest == nil || got.Newest.Before(*got.Oldest) {
				t.Fatalf("preview %+v, want the one cancelled message", got)
			}
			if e := s.GraphQL(t, b.AccessToken, preview, map[string]any{"id": epID, "since": since}).Err(t); e.Code() != "not_found" {
				t.Fatalf("another tenant previewed: %+v", e)
			}
			rc.answer(200)
			var n struct{ RecoverFailedDeliveries int }
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!, $since: Time!) { recoverFailedDeliveries(endpointId: $id, since: $since) }`,
				map[string]any{"id": epID, "since": since}).Decode(t, &n)
			if n.RecoverFailedDeliveries != got.Count {
				t.Fatalf("recovered %d, the preview said %d", n.RecoverFailedDeliveries, got.Count)
			}
			messageUntil(t, s, a.AccessToken, epID, cancelled, func(m logMessage) bool { return m.Status == "SUCCEEDED" })
			s.GraphQL(t, a.AccessToken, preview, map[string]any{"id": epID, "since": since}).Decode(t, &p)
			if p.FailedDeliveriesPreview.Count != 0 || p.FailedDeliveriesPreview.Oldest != nil || len(p.FailedDeliveriesPreview.EventTypes) != 0 {
				t.Fatalf("preview after recovering %+v, want nothing left", p.FailedDeliveriesPreview)
			}
		})

		t.Run("RevealTheSecretAfterAFreshCheck", func(t *testing.T) {
			reveal := `mutation($id: ID!, $password: String, $mfaCode: String) { revealWebhookSecret(id: $id, password: $password, mfaCode: $mfaCode) { secret endpoint { id } } }`
			for _, tc := range []struct {
				name, token string
				vars        map[string]any
				code, field string
			}{
				{"NoPassword", a.AccessToken, map[string]any{"id": epID}, "validation_error", "password"},
				{"WrongPassword", a.AccessToken, map[string]any{"id": epID, "password": "wrong horse battery"}, "validation_error", "password"},
				{"AnotherTenantsEndpoint", b.AccessToken, map[string]any{"id": epID, "password": "correct horse battery"}, "not_found", ""},
				{"MFACodeWithoutMFA", a.AccessToken, map[string]any{"id": epID, "mfaCode": "123456"}, "validation_error", "mfaCode"},
			} {
				t.Run(tc.name, func(t *testing.T) {
					e := s.GraphQL(t, tc.token, reveal, tc.vars).Err(t)
					if e.Code() != tc.code || e.Field() != tc.field || strings.Contains(e.Message, "whsec_") {
						t.Fatalf("got %+v, want %s on %q", e, tc.code, tc.field)
					}
				})
			}
			var got struct {
				RevealWebhookSecret struct{ Secret string }
			}
			s.GraphQL(t, a.AccessToken, reveal, map[string]any{"id": epID, "password": "correct horse battery"}).Decode(t, &got)
			if got.RevealWebhookSecret.Secret != created.CreateWebhookEndpoint.Secret {
				t.Fatal("the revealed secret is not the endpoint's signing secret")
			}
			sys := testkit.System()
			reveals := s.DB.Client.AuditLog.Query().Where(auditlog.TenantID(a.TenantID), auditlog.Action("webhook.secret_revealed")).AllX(sys)
			if len(reveals) != 1 || reveals[0].TargetID != epID {
				t.Fatalf("audit of reveals %+v, want one", reveals)
			}
			checks := s.DB.Client.AuditLog.Query().Where(auditlog.TenantID(a.TenantID), auditlog.Action("user.reauthenticated")).AllX(sys)
			failed := 0
			for _, c := range checks {
				if c.Metadata["outcome"] == "failed" {
					failed++
				}
				for _, v := range c.Metadata {
					if s, ok := v.(string); ok && (strings.Contains(s, "horse") || strings.Contains(s, "whsec_")) {
						t.Fatalf("the audit log keeps a password or secret: %+v", c.Metadata)
					}
				}
			}
			if failed != 2 {
				t.Fatalf("%d failed checks audited, want 2 (wrong password, MFA code without MFA)", failed)
			}

			t.Run("WithAnAuthenticatorCode", func(t *testing.T) {
				var enrol struct{ BeginMfaEnrollment struct{ Secret string } }
				s.GraphQL(t, a.AccessToken, `mutation { beginMfaEnrollment { secret } }`, nil).Decode(t, &enrol)
				code, err := auth.TOTPCode(enrol.BeginMfaEnrollment.Secret, time.Now())
				servertest.Must(t, err)
				var confirmed struct{ ConfirmMfaEnrollment []string }
				s.GraphQL(t, a.AccessToken, `mutation($code: String!) { confirmMfaEnrollment(code: $code) }`, map[string]any{"code": code}).Decode(t, &confirmed)
				e := s.GraphQL(t, a.AccessToken, reveal, map[string]any{"id": epID, "mfaCode": "000000"}).Err(t)
				if e.Code() != "validation_error" || e.Field() != "mfaCode" {
					t.Fatalf("wrong code: %+v", e)
				}
				s.GraphQL(t, a.AccessToken, reveal, map[string]any{"id": epID, "mfaCode": confirmed.ConfirmMfaEnrollment[0]}).Decode(t, &got)
				if got.RevealWebhookSecret.Secret != created.CreateWebhookEndpoint.Secret {
					t.Fatal("the revealed secret is not the endpoint's signing secret")
				}
			})
		})

		t.Run("PrivateLiveURLsAreRefusedAtSave", func(t *testing.T) {
			// This server has KEYBS_WEBHOOK_ALLOW_PRIVATE: it opens TEST endpoints only.
			for _, u := range []string{"https://10.0.0.5/hook", "https://127.0.0.1/hook", "https://[::1]/hook", "https://169.254.169.254/", "https://[::ffff:10.0.0.5]/", "https://2130706433/", "https://localhost/hook"} {
				e := s.GraphQL(t, a.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": u, "environment": "LIVE"}}).Err(t)
				if e.Code() != "validation_error" || e.Field() != "url" {
					t.Fatalf("LIVE %s: %+v, want a validation_error on url", u, e)
				}
			}
			var live struct {
				CreateWebhookEndpoint struct{ Endpoint struct{ ID string } }
			}
			s.GraphQL(t, a.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": "https://93.184.215.14/hook", "environment": "LIVE"}}).Decode(t, &live)
			e := s.GraphQL(t, a.AccessToken, `mutation($id: ID!, $in: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $in) { url } }`,
				map[string]any{"id": live.CreateWebhookEndpoint.Endpoint.ID, "in": map[string]any{"url": "https://10.0.0.5/hook"}}).Err(t)
			if e.Code() != "validation_error" || e.Field() != "url" || !strings.Contains(e.Message, "private network") {
				t.Fatalf("update of a LIVE endpoint to 10.0.0.5: %+v", e)
			}
		})
	})
}

func TestWebhookEndpointChanged(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL, servertest.AllowPrivateWebhooks)
		a := s.SignUp(t, "live-a@a.example", "Live A")
		b := s.SignUp(t, "live-b@b.example", "Live B")
		gone := newSwitchReceiver(t, http.StatusGone)
		var created struct {
			CreateWebhookEndpoint struct{ Endpoint struct{ ID string } }
		}
		s.GraphQL(t, a.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": gone.srv.URL + "/hook", "environment": "TEST"}}).Decode(t, &created)
		id := created.CreateWebhookEndpoint.Endpoint.ID
		sub := `subscription($id: ID) { webhookEndpointChanged(endpointId: $id) { id status disabledReason } }`

		t.Run("AnotherTenantsEndpointIsNotFound", func(t *testing.T) {
			conn := subscribeWith(t, s, b.AccessToken, sub, map[string]any{"id": id}, false)
			m := readUntil(t, conn, "next")
			if m.Payload["data"] != nil || !strings.Contains(fmt2(m.Payload["errors"]), "not_found") {
				t.Fatalf("subscribing to another tenant's endpoint: %+v", m.Payload)
			}
		})

		t.Run("AutoDisabledAfter410ArrivesLive", func(t *testing.T) {
			other := subscribeWith(t, s, b.AccessToken, `subscription { webhookEndpointChanged { id status } }`, nil, true)
			conn := subscribeWith(t, s, a.AccessToken, sub, map[string]any{"id": id}, true)
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }`, map[string]any{"id": id}).Decode(t, &struct{}{})
			for {
				ch := next(t, conn)["webhookEndpointChanged"].(map[string]any)
				if ch["id"] != id {
					t.Fatalf("change of %v", ch["id"])
				}
				if ch["status"] == "DISABLED" {
					if !strings.Contains(ch["disabledReason"].(string), "410") {
						t.Fatalf("disabled for %v", ch["disabledReason"])
					}
					break
				}
			}
			// The other tenant's socket got nothing: a change of its own is the next thing it sees.
			var own struct {
				CreateWebhookEndpoint struct{ Endpoint struct{ ID string } }
			}
			s.GraphQL(t, b.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": gone.srv.URL + "/b", "environment": "TEST"}}).Decode(t, &own)
			s.GraphQL(t, b.AccessToken, `mutation($id: ID!) { disableWebhookEndpoint(id: $id) { status } }`, map[string]any{"id": own.CreateWebhookEndpoint.Endpoint.ID}).Decode(t, &struct{}{})
			if ch := next(t, other)["webhookEndpointChanged"].(map[string]any); ch["id"] != own.CreateWebhookEndpoint.Endpoint.ID {
				t.Fatalf("tenant B saw %v", ch)
			}
		})

		t.Run("EnablingArrivesLive", func(t *testing.T) {
			conn := subscribeWith(t, s, a.AccessToken, sub, map[string]any{"id": id}, true)
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { enableWebhookEndpoint(id: $id) { status } }`, map[string]any{"id": id}).Decode(t, &struct{}{})
			if ch := next(t, conn)["webhookEndpointChanged"].(map[string]any); ch["status"] != "ENABLED" {
				t.Fatalf("change %v", ch)
			}
		})
	})
}
