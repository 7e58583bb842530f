package graph_test

// Every lifecycle event end to end: staff work a case over GraphQL, the
// partner answers over REST, the test helper walks two more, another
// replica's scheduler expires a report on its own clock, and a real loopback
// receiver gets every event, signed as seed 002 says, in the shape seed 002
// gives, in the order the steps were taken.

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/server/servertest"
)

// delivery is one webhook request the receiver got.
type delivery struct {
	header http.Header
	body   []byte
}

// receiver collects deliveries on loopback.
type receiver struct {
	mu  sync.Mutex
	got []delivery
	srv *httptest.Server
}

func newReceiver(t *testing.T) *receiver {
	t.Helper()
	r := &receiver{}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		r.got = append(r.got, delivery{header: req.Header.Clone(), body: body})
		r.mu.Unlock()
		w.WriteHeader(http.StatusOK)
	}))
	t.Cleanup(r.srv.Close)
	return r
}

// of returns the deliveries about a case, by event id (the order the
// outbox wrote them in), once there are n of them.
func (r *receiver) of(t *testing.T, caseID string, n int) []delivery {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		r.mu.Lock()
		var out []delivery
		for _, d := range r.got {
			var p struct {
				CaseID string `json:"verification_case_id"`
			}
			if json.Unmarshal(d.body, &p) == nil && p.CaseID == caseID {
				out = append(out, d)
			}
		}
		r.mu.Unlock()
		if len(out) >= n || time.Now().After(deadline) {
			sort.Slice(out, func(i, j int) bool {
				return out[i].header.Get("X-KeyBS-Event-Id") < out[j].header.Get("X-KeyBS-Event-Id")
			})
			return out
		}
		time.Sleep(50 * time.Millisecond) // waiting for deliveries over HTTP, not for time to pass
	}
}

// seedVerify is seed 002's Node verify() in Go, step for step: the header's
// first part is t=, its second v1=, the timestamp within 300 s, and v1 the
// hex HMAC-SHA256 under the secret of "<ts>.<body>".
func seedVerify(secret, header string, body []byte) bool {
	parts := strings.Split(header, ",")
	if len(parts) < 2 {
		return false
	}
	_, ts, _ := strings.Cut(parts[0], "=")
	_, sig, _ := strings.Cut(parts[1], "=")
	n, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || time.Since(time.Unix(n, 0)).Abs() > 300*time.Second {
		return false
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(ts + "." + string(body)))
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig))
}

// restCall sends a /v1 request with key and decodes the JSON answer.
func restCall(t *testing.T, s *servertest.Server, key, method, path string, body any) map[string]any {
	t.Helper()
	raw, _ := json.Marshal(body)
	req, _ := http.NewRequest(method, s.URL+path, bytes.NewReader(raw))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+key)
	res, err := s.HTTP.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	out, _ := io.ReadAll(res.Body)
	if res.StatusCode/100 != 2 {
		t.Fatalf("%s %s: %d %s", method, path, res.StatusCode, out)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestLifecycleEventsReachAReceiver(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL, servertest.AllowPrivateWebhooks)
		owner := s.SignUp(t, "owner@acme.example", "Acme")
		analyst := staffToken(t, s, "analyst@keybs.example", viewer.StaffAnalyst)
		senior1 := staffToken(t, s, "senior1@keybs.example", viewer.StaffSeniorAnalyst)
		senior2 := staffToken(t, s, "senior2@keybs.example", viewer.StaffSeniorAnalyst)
		rc := newReceiver(t)
		var ep struct {
			CreateWebhookEndpoint struct{ Secret string }
		}
		s.GraphQL(t, owner.AccessToken, createEndpoint, map[string]any{"in": map[string]any{"url": rc.srv.URL + "/hook", "environment": "TEST"}}).Decode(t, &ep)
		secret := ep.CreateWebhookEndpoint.Secret
		key := apiKeySecret(t, s, owner.AccessToken)
		newCase := func(t *testing.T) (string, string) {
			t.Helper()
			c := restCall(t, s, key, "POST", "/v1/verifications", map[string]any{"supplier_name": "Acme Trading Co.", "country_code": "IN",
				"tier": "tier2", "package": "standard", "contact_email": "ops@acme.example", "client_reference": "sim_manual"})
			return c["id"].(string), c["verification_id"].(string)
		}
		staff := func(t *testing.T, token, query string, vars map[string]any) {
			t.Helper()
			s.GraphQL(t, token, query, vars).Decode(t, &struct{}{})
		}

		// One case worked by people, expired by another replica's scheduler.
		worked, workedVID := newCase(t)
		ids := map[string]any{"id": worked, "vid": workedVID}
		staff(t, analyst, `mutation($id: ID!) { startReview(caseId: $id) { id } }`, ids)
		var asked struct {
			RequestInformation struct{ RfiItems []struct{ ID string } }
		}
		s.GraphQL(t, analyst, `mutation($id: ID!) { requestInformation(caseId: $id, items: [{kind: QUESTION, message: "Who owns it?"}]) { rfiItems { id } } }`, ids).Decode(t, &asked)
		restCall(t, s, key, "POST", "/v1/verifications/"+worked+"/rfi/"+asked.RequestInformation.RfiItems[0].ID+"/answer", map[string]any{"text": "Jane Doe."})
		staff(t, analyst, `mutation($id: ID!) { startReview(caseId: $id) { id } }`, ids)
		staff(t, senior1, `mutation($id: ID!) { approveVerification(caseId: $id, input: {trustScore: 78, riskBand: MEDIUM, validForDays: 40}) { id } }`, ids)
		staff(t, senior2, `mutation($vid: ID!) { signReport(verificationId: $vid) { id } }`, ids)
		staff(t, senior2, `mutation($vid: ID!) { publishReport(verificationId: $vid) { id } }`, ids)
		staff(t, senior1, `mutation($vid: ID!) { setReportDisputed(verificationId: $vid, disputed: true, reason: "Regulator") { id } }`, ids)
		staff(t, senior1, `mutation($vid: ID!) { setReportDisputed(verificationId: $vid, disputed: false, reason: "Withdrawn") { id } }`, ids)
		rep := s.DB.Client.Report.Query().Where(report.HasCaseWith(verificationcase.ID(worked))).OnlyX(testkit.System())
		clock := testkit.NewClock(rep.ValidUntil.Add(-30 * 24 * time.Hour))
		replica := verification.NewService(s.DB.Client, s.Bus, clock.Now, bytes.Repeat([]byte{1}, 32), s.URL)
		replica.Signer = s.Signing
		for _, at := range []time.Time{clock.Now(), *rep.ValidUntil} {
			clock.Set(at)
			if err := replica.Tick(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		// Two walked by the test helper: to revoked after publishing, and
		// to declined.
		revoked, _ := newCase(t)
		restCall(t, s, key, "POST", "/v1/test_helpers/verifications/"+revoked+"/advance", map[string]any{"to": "published"})
		restCall(t, s, key, "POST", "/v1/test_helpers/verifications/"+revoked+"/advance", map[string]any{"to": "revoked"})
		declined, _ := newCase(t)
		restCall(t, s, key, "POST", "/v1/test_helpers/verifications/"+declined+"/advance", map[string]any{"to": "declined"})

		type step struct{ event, status string }
		for _, c := range []struct {
			name, id string
			steps    []step
		}{
			{"WorkedByStaff", worked, []step{
				{"verification.submitted", "submitted"}, {"verification.in_review", "in_review"},
				{"verification.rfi_requested", "rfi_requested"}, {"verification.rfi_resolved", "rfi_resolved"},
				{"verification.in_review", "in_review"}, {"verification.approved", "approved"}, {"report.signed", "signed"},
				{"report.published", "published"}, {"report.disputed", "disputed"}, {"report.dispute_cleared", "published"},
				{"report.expiring", "expiring"}, {"report.expired", "expired"},
			}},
			{"WalkedToRevoked", revoked, []step{
				{"verification.submitted", "submitted"}, {"verification.in_review", "in_review"}, {"verification.approved", "approved"},
				{"report.signed", "signed"}, {"report.published", "published"}, {"report.revoked", "revoked"},
			}},
			{"WalkedToDeclined", declined, []step{
				{"verification.submitted", "submitted"}, {"verification.in_review", "in_review"}, {"verification.declined", "declined"},
			}},
		} {
			t.Run(c.name, func(t *testing.T) {
				got := rc.of(t, c.id, len(c.steps))
				if len(got) != len(c.steps) {
					t.Fatalf("%d deliveries, want %d", len(got), len(c.steps))
				}
				var last time.Time
				for i, d := range got {
					want := c.steps[i]
					if !seedVerify(secret, d.header.Get("X-KeyBS-Signature"), d.body) {
						t.Errorf("delivery %d (%s): seed 002's verify() refuses %q", i, want.event, d.header.Get("X-KeyBS-Signature"))
					}
					var p map[string]any
					if err := json.Unmarshal(d.body, &p); err != nil {
						t.Fatal(err)
					}
					wantPayload(t, p, want.event, want.status, owner.TenantID, c.id)
					if p["event_id"] != d.header.Get("X-KeyBS-Event-Id") {
						t.Errorf("event_id %v, header %s", p["event_id"], d.header.Get("X-KeyBS-Event-Id"))
					}
					at, _ := time.Parse(time.RFC3339, p["created_at"].(string))
					if at.Before(last) {
						t.Errorf("delivery %d was created at %v, before the one before it (%v)", i, at, last)
					}
					last = at
				}
			})
		}
	})
}

// wantPayload checks one event's payload against seed 002's "Event payload":
// the envelope, the case, the supplier and, once there is one, the report.
func wantPayload(t *testing.T, p map[string]any, event, status, tenantID, caseID string) {
	t.Helper()
	top := []string{"event_id", "event_type", "created_at", "tenant_id", "environment", "verification_case_id", "verification_id", "status", "supplier"}
	approved := !slices.Contains([]string{"submitted", "in_review", "rfi_requested", "rfi_resolved", "declined"}, status)
	if approved {
		top = append(top, "report")
	}
	if got := keysOf(p); !slices.Equal(got, sorted(top)) {
		t.Errorf("%s: payload keys %v, want %v", event, got, sorted(top))
	}
	if p["event_type"] != event || p["status"] != status || p["tenant_id"] != tenantID || p["verification_case_id"] != caseID ||
		p["environment"] != "test" || !strings.HasPrefix(p["event_id"].(string), "evt_") || !strings.HasPrefix(p["verification_id"].(string), "KBS-VR-") {
		t.Errorf("%s: payload %v", event, p)
	}
	if _, err := time.Parse(time.RFC3339, p["created_at"].(string)); err != nil {
		t.Errorf("%s: created_at %v", event, p["created_at"])
	}
	sup := p["supplier"].(map[string]any)
	supKeys := []string{"name", "country_code"}
	if approved {
		supKeys = append(supKeys, "trust_score", "risk_band")
	}
	if got := keysOf(sup); !slices.Equal(got, sorted(supKeys)) || sup["name"] != "Acme Trading Co." || sup["country_code"] != "IN" {
		t.Errorf("%s: supplier %v, want keys %v", event, sup, supKeys)
	}
	if !approved {
		return
	}
	r := p["report"].(map[string]any)
	repKeys := []string{"lifecycle_status", "signed_at", "valid_until", "verify_url", "pdf_url", "disputed"}
	signed := status != "approved"
	if signed {
		repKeys = append(repKeys, "digest", "key_id")
	}
	if got := keysOf(r); !slices.Equal(got, sorted(repKeys)) {
		t.Errorf("%s: report keys %v, want %v", event, got, sorted(repKeys))
	}
	life := map[string]string{"approved": "approved", "signed": "signed", "published": "published", "expiring": "published",
		"disputed": "published", "revoked": "revoked", "expired": "expired"}[status]
	if r["lifecycle_status"] != life || r["disputed"] != (status == "disputed") {
		t.Errorf("%s: report %v, want lifecycle_status %s", event, r, life)
	}
	if signed && (r["signed_at"] == nil || r["valid_until"] == nil || !strings.HasSuffix(r["verify_url"].(string), "/r/"+p["verification_id"].(string))) {
		t.Errorf("%s: a signed report without its times or link: %v", event, r)
	}
	if !signed && (r["signed_at"] != nil || r["verify_url"] != nil) {
		t.Errorf("%s: an unsigned report with a signature time or link: %v", event, r)
	}
}

func keysOf(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return sorted(out)
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}
