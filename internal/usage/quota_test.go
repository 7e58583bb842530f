package usage

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/internal/ratelimit"

	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/notification"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
)

// smtpMessage is one message the receiver accepted.
type smtpMessage struct {
	from string
	to   []string
	data string
}

// smtpReceiver is a loopback SMTP server that speaks just enough of the
// protocol for net/smtp.SendMail and keeps what it receives.
type smtpReceiver struct {
	ln   net.Listener
	mu   sync.Mutex
	msgs []smtpMessage
}

func newSMTPReceiver(t testing.TB) *smtpReceiver {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &smtpReceiver{ln: ln}
	var wg sync.WaitGroup
	t.Cleanup(func() { _ = ln.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() { defer wg.Done(); s.serve(c) }()
		}
	}()
	return s
}

func (s *smtpReceiver) addr() string { return s.ln.Addr().String() }

func (s *smtpReceiver) messages() []smtpMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]smtpMessage(nil), s.msgs...)
}

func (s *smtpReceiver) serve(c net.Conn) {
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	r := bufio.NewReader(c)
	reply := func(line string) { _, _ = fmt.Fprintf(c, "%s\r\n", line) }
	reply("220 keybs.test ESMTP")
	var cur smtpMessage
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		cmd := strings.TrimRight(line, "\r\n")
		upper := strings.ToUpper(cmd)
		switch {
		case strings.HasPrefix(upper, "EHLO"), strings.HasPrefix(upper, "HELO"):
			reply("250 keybs.test")
		case strings.HasPrefix(upper, "MAIL FROM:"):
			cur = smtpMessage{from: strings.Trim(cmd[len("MAIL FROM:"):], "<> ")}
			reply("250 OK")
		case strings.HasPrefix(upper, "RCPT TO:"):
			cur.to = append(cur.to, strings.Trim(cmd[len("RCPT TO:"):], "<> "))
			reply("250 OK")
		case upper == "DATA":
			reply("354 end with <CRLF>.<CRLF>")
			var data strings.Builder
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if l == ".\r\n" {
					break
				}
				data.WriteString(l)
			}
			cur.data = data.String()
			s.mu.Lock()
			s.msgs = append(s.msgs, cur)
			s.mu.Unlock()
			reply("250 OK queued")
		case upper == "QUIT":
			reply("221 bye")
			return
		case upper == "RSET", upper == "NOOP":
			reply("250 OK")
		default:
			reply("502 not implemented")
		}
	}
}

type quotaHarness struct {
	db     *database.DB
	q      *Quotas
	clock  *testkit.Clock
	mail   *testkit.Mailbox
	tenant tenantFixture
}

func newQuotaHarness(t *testing.T, url string, volume int64, mailer notify.Mailer) *quotaHarness {
	t.Helper()
	db := mustOpen(t, url)
	h := &quotaHarness{db: db, clock: testkit.NewClock(t0), mail: &testkit.Mailbox{}}
	if mailer == nil {
		mailer = h.mail
	}
	bus := events.NewBus(db.Dialect, discardLog())
	h.q = NewQuotas(db.Client, notify.New(db.Client, bus, mailer, discardLog()), ratelimit.NewMemory(), discardLog(), h.clock.Now)
	h.tenant = mustTenant(t, db, "acme", volume)
	return h
}

// use adds n LIVE calls in the minute at.
func (h *quotaHarness) use(t *testing.T, at time.Time, n int64) {
	t.Helper()
	mustRollup(t, h.db, rollupRow{tenant: h.tenant.ID, env: environment.Live, minute: at, key: "key_live",
		app: h.tenant.AppID, route: fmt.Sprintf("GET /v1/r%d", at.UnixNano()), requests: n})
}

// counts returns the tenant's notifications and events of kind.
func (h *quotaHarness) counts(t *testing.T, kind string) (notes, evts int) {
	t.Helper()
	notes = h.db.Client.Notification.Query().Where(notification.TenantID(h.tenant.ID), notification.Kind(kind)).CountX(sys)
	evts = h.db.Client.Event.Query().Where(event.TenantID(h.tenant.ID), event.Type(kind)).CountX(sys)
	return notes, evts
}

func (h *quotaHarness) expect(t *testing.T, kind string, want int) {
	t.Helper()
	notes, evts := h.counts(t, kind)
	if notes != want || evts != want {
		t.Fatalf("%s: %d notifications and %d events, want %d of each", kind, notes, evts, want)
	}
}

// exceeded reports whether a LIVE call of the tenant would be refused now.
func (h *quotaHarness) exceeded(t *testing.T) bool {
	t.Helper()
	x, err := h.q.Exceeded(context.Background(), h.tenant.ID)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func (h *quotaHarness) check() { h.q.Check(context.Background(), []string{h.tenant.ID}) }

const (
	warning  = "usage.quota_warning"
	exceeded = "usage.quota_exceeded"
)

func TestQuotas(t *testing.T) {
	eachFreshDB(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("StarterWarnsOnceAt80PercentAndStopsAt100", func(t *testing.T) {
			h := newQuotaHarness(t, fresh(t), 5000, nil)
			tier, err := h.q.Plan(context.Background(), h.tenant.ID)
			if err != nil || tier.ID != "STARTER" || tier.MonthlyQuota != 10_000 || !tier.HardQuota {
				t.Fatalf("plan %+v, %v; want STARTER, 10000, hard", tier, err)
			}
			h.use(t, t0.Add(-48*time.Hour), 7_999)
			h.check()
			h.expect(t, warning, 0)
			h.expect(t, exceeded, 0)
			if h.exceeded(t) {
				t.Fatal("exceeded at 7999 of 10000")
			}

			h.use(t, t0.Add(-time.Hour), 1) // 8000: 80%
			h.check()
			h.expect(t, warning, 1)
			h.expect(t, exceeded, 0)
			if h.mail.Count() != 1 {
				t.Fatalf("%d emails at 80%%, want 1", h.mail.Count())
			}
			h.check()
			h.check()
			h.expect(t, warning, 1)
			if h.mail.Count() != 1 {
				t.Fatalf("%d emails after checking again, want still 1", h.mail.Count())
			}

			h.use(t, t0.Add(-time.Minute), 2_000) // 10000: 100%
			h.check()
			h.expect(t, warning, 1)
			h.expect(t, exceeded, 1)
			if !h.exceeded(t) {
				t.Fatal("a STARTER tenant at 100% is not refused")
			}
			h.check()
			h.expect(t, exceeded, 1)
			if h.mail.Count() != 2 {
				t.Fatalf("%d emails, want 2 (80%% and 100%%)", h.mail.Count())
			}
			body := h.db.Client.Notification.Query().Where(notification.Kind(exceeded)).OnlyX(sys).Body
			if !strings.Contains(body, "429 quota_exceeded") {
				t.Fatalf("exceeded body %q does not say calls are refused", body)
			}
			evt := h.db.Client.Event.Query().Where(event.Type(exceeded)).OnlyX(sys)
			if evt.Environment != environment.Live || fmt.Sprint(evt.Payload["period"]) != "2026-11" || fmt.Sprint(evt.Payload["plan"]) != "STARTER" {
				t.Fatalf("event %s payload %v", evt.Environment, evt.Payload)
			}
		})
		t.Run("JumpingPast100RaisesBothThresholds", func(t *testing.T) {
			h := newQuotaHarness(t, fresh(t), 5000, nil)
			h.use(t, t0.Add(-time.Hour), 12_000)
			h.check()
			h.expect(t, warning, 1)
			h.expect(t, exceeded, 1)
		})
		t.Run("TestCallsDoNotCountTowardTheQuota", func(t *testing.T) {
			h := newQuotaHarness(t, fresh(t), 5000, nil)
			mustRollup(t, h.db, rollupRow{tenant: h.tenant.ID, env: environment.Test, minute: t0.Add(-time.Hour), key: "key_test", app: h.tenant.AppID, requests: 50_000})
			h.check()
			h.expect(t, warning, 0)
			h.expect(t, exceeded, 0)
			if h.exceeded(t) {
				t.Fatal("TEST calls spent the quota")
			}
		})
		t.Run("AnotherTenantsCallsDoNotCount", func(t *testing.T) {
			h := newQuotaHarness(t, fresh(t), 5000, nil)
			other := mustTenant(t, h.db, "globex", 5000)
			mustRollup(t, h.db, rollupRow{tenant: other.ID, env: environment.Live, minute: t0.Add(-time.Hour), key: "key_other", app: other.AppID, requests: 10_000})
			h.check()
			h.expect(t, warning, 0)
			if h.exceeded(t) {
				t.Fatal("another tenant's calls spent this tenant's quota")
			}
		})
		t.Run("GrowthAt100IsNotifiedButNotRefused", func(t *testing.T) {
			h := newQuotaHarness(t, fresh(t), 50_000, nil)
			tier, _ := h.q.Plan(context.Background(), h.tenant.ID)
			if tier.ID != "GROWTH" || tier.MonthlyQuota != 100_000 || tier.HardQuota {
				t.Fatalf("plan %+v, want GROWTH, 100000, not hard", tier)
			}
			h.use(t, t0.Add(-time.Hour), 100_000)
			h.check()
			h.expect(t, warning, 1)
			h.expect(t, exceeded, 1)
			if h.exceeded(t) {
				t.Fatal("a GROWTH tenant over its quota is refused; its plan says calls keep working")
			}
			if body := h.db.Client.Notification.Query().Where(notification.Kind(exceeded)).OnlyX(sys).Body; !strings.Contains(body, "keep working") {
				t.Fatalf("body %q", body)
			}
		})
		t.Run("ANewMonthStartsOverAndThresholdsFireAgain", func(t *testing.T) {
			h := newQuotaHarness(t, fresh(t), 5000, nil)
			h.use(t, t0.Add(-time.Hour), 10_000)
			h.check()
			h.expect(t, exceeded, 1)
			if !h.exceeded(t) {
				t.Fatal("not exceeded at 100%")
			}
			dec := time.Date(2026, 12, 1, 0, 0, 30, 0, time.UTC)
			h.clock.Set(dec)
			if h.exceeded(t) {
				t.Fatal("still refused in the next billing period before any check")
			}
			if used, err := h.q.Used(context.Background(), h.tenant.ID); err != nil || used != 0 {
				t.Fatalf("used %d (%v) on the 1st of December, want 0", used, err)
			}
			h.check()
			h.expect(t, warning, 1)
			h.expect(t, exceeded, 1)
			if h.exceeded(t) {
				t.Fatal("refused in December with no December calls")
			}
			h.use(t, dec, 8_000)
			h.check()
			h.expect(t, warning, 2)
			h.expect(t, exceeded, 1)
			h.use(t, dec.Add(time.Minute), 2_000)
			h.check()
			h.expect(t, exceeded, 2)
			if !h.exceeded(t) {
				t.Fatal("December's hard quota is spent but calls are not refused")
			}
		})
		t.Run("StatusReportsPlanUsedAndPeriod", func(t *testing.T) {
			h := newQuotaHarness(t, fresh(t), 5000, nil)
			h.use(t, t0.Add(-time.Hour), 1234)
			st, err := h.q.Status(ownerCtx(h.tenant.ID))
			if err != nil || st.Plan.ID != "STARTER" || st.Used != 1234 || st.Quota != 10_000 || st.Period != "2026-11" {
				t.Fatalf("status %+v, %v", st, err)
			}
		})
		t.Run("TheOwnerIsEmailedThroughSMTP", func(t *testing.T) {
			srv := newSMTPReceiver(t)
			mailer, err := notify.NewMailer("smtp://"+srv.addr()+"?from=alerts@keybs.test", discardLog())
			if err != nil {
				t.Fatal(err)
			}
			h := newQuotaHarness(t, fresh(t), 5000, mailer)
			h.use(t, t0.Add(-time.Hour), 8_000)
			h.check()
			h.expect(t, warning, 1)
			msgs := srv.messages()
			if len(msgs) != 1 {
				t.Fatalf("the SMTP receiver got %d messages, want 1", len(msgs))
			}
			m := msgs[0]
			if m.from != "alerts@keybs.test" || len(m.to) != 1 || m.to[0] != h.tenant.Email(membership.RoleOWNER) {
				t.Fatalf("envelope from %q to %v, want alerts@keybs.test to %s", m.from, m.to, h.tenant.Email(membership.RoleOWNER))
			}
			title := h.db.Client.Notification.Query().OnlyX(sys).Title
			if !strings.Contains(m.data, "\r\nSubject: [KeyBS] "+title+"\r\n") || !strings.Contains(m.data, "80%") {
				t.Fatalf("message does not carry the subject %q:\n%s", title, m.data)
			}
		})
	})
}

// TestCheckDueSpacesChecks: the checks that follow request-log flushes run
// at most once per interval per tenant, and again once it has passed.
func TestCheckDueSpacesChecks(t *testing.T) {
	h := newQuotaHarness(t, testdb.SQLiteURL(t), 5000, nil) // STARTER: quota 10k
	due := func() { h.q.CheckDue(context.Background(), []string{h.tenant.ID}) }
	due() // nothing used yet: checked, nothing raised
	h.use(t, t0, 8000)
	due()
	h.expect(t, warning, 0) // within the interval: not summed again
	h.clock.Set(t0.Add(checkInterval))
	due()
	h.expect(t, warning, 1)
}
