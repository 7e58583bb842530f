package verification_test

// The lifecycle seen from outside the package: races between steps, the
// timeline and audit trail each step leaves, four eyes, the scheduler's
// expiry on an injected clock, the sandbox simulator, the test helper and
// requests for information. The table itself (every state × every action) is
// tested in lifecycle_internal_test.go.

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/caseevent"
	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/rfiitem"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/signing"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
)

// staffAs is a staff member of role with a user id of its own, so that two
// analysts (or an approver and a signer) are different people.
func staffAs(role viewer.StaffRole, id string) context.Context {
	return testkit.As(&viewer.Principal{UserID: id, StaffRole: role})
}

var (
	analyst1 = staffAs(viewer.StaffAnalyst, "usr_analyst_1")
	analyst2 = staffAs(viewer.StaffAnalyst, "usr_analyst_2")
	senior1  = staffAs(viewer.StaffSeniorAnalyst, "usr_senior_1")
	senior2  = staffAs(viewer.StaffSeniorAnalyst, "usr_senior_2")
	opsStaff = staffAs(viewer.StaffOps, "usr_ops_1")
)

var approval = verification.Approval{TrustScore: 78, RiskBand: verificationcase.RiskBandMEDIUM}

// manual opens a case nobody simulates, as ctx (an API key or a member).
func (h *harness) manual(t *testing.T, ctx context.Context) *ent.VerificationCase {
	t.Helper()
	return h.create(t, ctx, func(in *verification.CreateInput) {
		ref := "PO-7 sim_manual"
		in.ClientReference = &ref
	})
}

// caseAt opens a sandbox case and walks it to state with the test helper.
func (h *harness) caseAt(t *testing.T, state verification.State) *ent.VerificationCase {
	t.Helper()
	test := key(h.a, environment.Test)
	c := h.manual(t, test)
	if state == verification.StateSubmitted {
		return c
	}
	c, err := h.svc.Advance(test, c.ID, string(state))
	if err != nil {
		t.Fatalf("advance to %s: %v", state, err)
	}
	return c
}

// published walks a sandbox case through real staff steps to a published
// report valid for days, signed at the clock's time.
func (h *harness) published(t *testing.T, days int) *ent.VerificationCase {
	t.Helper()
	c := h.caseAt(t, verification.StateInReview)
	a := approval
	a.ValidForDays = days
	mustDo(t)(h.svc.ApproveCase(analyst1, c.ID, a))
	mustDo(t)(h.svc.SignReport(senior1, c.VerificationID))
	mustDo(t)(h.svc.PublishReport(senior1, c.VerificationID))
	return h.reload(t, c.ID)
}

// mustDo fails the test when a step returned an error.
func mustDo(t *testing.T) func(any, error) {
	return func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
}

func (h *harness) reload(t *testing.T, id string) *ent.VerificationCase {
	t.Helper()
	return h.db.Client.VerificationCase.Query().Where(verificationcase.ID(id)).WithReport().OnlyX(testkit.System())
}

func (h *harness) stateOf(t *testing.T, id string) verification.State {
	t.Helper()
	c := h.reload(t, id)
	return verification.StateOf(c, c.Edges.Report)
}

// eventsOf returns the events about a case, in the order they were written.
func (h *harness) eventsOf(t *testing.T, caseID string) []*ent.Event {
	t.Helper()
	var out []*ent.Event
	for _, e := range h.db.Client.Event.Query().Order(ent.Asc(event.FieldID)).AllX(testkit.System()) {
		if e.Payload["verification_case_id"] == caseID {
			out = append(out, e)
		}
	}
	return out
}

func (h *harness) eventTypes(t *testing.T, caseID string) []string {
	t.Helper()
	var out []string
	for _, e := range h.eventsOf(t, caseID) {
		out = append(out, e.Type)
	}
	return out
}

func (h *harness) timeline(t *testing.T, caseID string) []*ent.CaseEvent {
	t.Helper()
	entries, err := h.svc.Timeline(testkit.System(), h.reload(t, caseID))
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

// count is how many times typ occurs in types.
func count(types []string, typ string) int {
	n := 0
	for _, x := range types {
		if x == typ {
			n++
		}
	}
	return n
}

// twin is another replica's service on the harness's database and clock.
func (h *harness) twin() *verification.Service {
	s := verification.NewService(h.db.Client, h.bus, h.clock.Now, cursorKey, "https://verify.test/")
	s.Signer, s.SandboxStep = h.svc.Signer, h.svc.SandboxStep
	return s
}

// Path is the default simulator path and what the test helper walks to
// published: each step's event.
var toPublished = []string{"verification.submitted", "verification.in_review", "verification.approved", "report.signed", "report.published"}

func TestConcurrentSteps(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		// A few rounds each: one round may happen to run the two calls one
		// after the other.
		const rounds = 4
		for _, c := range []struct {
			name string
			from verification.State
			step func(i int, c *ent.VerificationCase) error
			wins map[verification.State][]string // where the winner may leave the case, and the events it emits
		}{
			{"TwoAnalystsStartTheReview", verification.StateSubmitted, func(i int, c *ent.VerificationCase) error {
				_, err := h.svc.StartReview([]context.Context{analyst1, analyst2}[i], c.ID)
				return err
			}, map[verification.State][]string{verification.StateInReview: {"verification.in_review"}}},
			{"TwoAnalystsApprove", verification.StateInReview, func(i int, c *ent.VerificationCase) error {
				_, err := h.svc.ApproveCase([]context.Context{analyst1, analyst2}[i], c.ID, approval)
				return err
			}, map[verification.State][]string{verification.StateApproved: {"verification.approved"}}},
			{"OneAnalystApprovesAsAnotherDeclines", verification.StateInReview, func(i int, c *ent.VerificationCase) error {
				if i == 0 {
					_, err := h.svc.ApproveCase(analyst1, c.ID, approval)
					return err
				}
				_, err := h.svc.DeclineCase(analyst2, c.ID, "Shell company.")
				return err
			}, map[verification.State][]string{verification.StateApproved: {"verification.approved"}, verification.StateDeclined: {"verification.declined"}}},
			{"TwoSeniorsSign", verification.StateApproved, func(i int, c *ent.VerificationCase) error {
				_, err := h.svc.SignReport([]context.Context{senior1, senior2}[i], c.VerificationID)
				return err
			}, map[verification.State][]string{verification.StateSigned: {"report.signed"}}},
			{"TwoSeniorsPublish", verification.StateSigned, func(i int, c *ent.VerificationCase) error {
				_, err := h.svc.PublishReport([]context.Context{senior1, senior2}[i], c.VerificationID)
				return err
			}, map[verification.State][]string{verification.StatePublished: {"report.published"}}},
			{"TwoSeniorsRevoke", verification.StatePublished, func(i int, c *ent.VerificationCase) error {
				_, err := h.svc.RevokeReport([]context.Context{senior1, senior2}[i], c.VerificationID, fmt.Sprint("Reason ", i))
				return err
			}, map[verification.State][]string{verification.StateRevoked: {"report.revoked"}}},
			{"TwoSeniorsDispute", verification.StatePublished, func(i int, c *ent.VerificationCase) error {
				_, err := h.svc.SetReportDisputed([]context.Context{senior1, senior2}[i], c.VerificationID, true, "Disputed.")
				return err
			}, map[verification.State][]string{verification.StateDisputed: {"report.disputed"}}},
			{"TwoAnswersToOneQuestion", verification.StateRFIRequested, func(i int, c *ent.VerificationCase) error {
				_, err := h.svc.AnswerQuestion(key(h.a, environment.Test), c.ID, c.Edges.RfiItems[0].ID, fmt.Sprint("Answer ", i))
				return err
			}, map[verification.State][]string{verification.StateRFIResolved: {"verification.rfi_resolved"}}},
		} {
			t.Run(c.name+"AndOneWins", func(t *testing.T) {
				for range rounds {
					vc := h.caseAt(t, c.from)
					if c.from == verification.StateRFIRequested && len(vc.Edges.RfiItems) != 1 {
						t.Fatalf("the case asks %d questions, want 1", len(vc.Edges.RfiItems))
					}
					before := h.eventTypes(t, vc.ID)
					errs := testkit.Concurrently(2, func(i int) error { return c.step(i, vc) })
					testkit.WantOneWinner(t, errs, fault.Conflict)
					st := h.stateOf(t, vc.ID)
					want, ok := c.wins[st]
					if !ok {
						t.Fatalf("the case is %s, want one of %v", st, c.wins)
					}
					if after := h.eventTypes(t, vc.ID)[len(before):]; !slices.Equal(after, want) {
						t.Fatalf("new events %v, want the winner's %v only", after, want)
					}
				}
			})
		}
		// The test helper is idempotent: a helper that finds the case where
		// it was asked to walk it has nothing to do, so both may succeed.
		// Either way the walk is taken once.
		t.Run("TwoTestHelpersWalkTheCaseOnce", func(t *testing.T) {
			for range rounds {
				vc := h.caseAt(t, verification.StateSubmitted)
				errs := testkit.Concurrently(2, func(int) error {
					_, err := h.svc.Advance(key(h.a, environment.Test), vc.ID, "published")
					return err
				})
				for _, err := range errs {
					if err != nil && !fault.Is(err, fault.Conflict) {
						t.Fatal(err)
					}
				}
				if errs[0] != nil && errs[1] != nil {
					t.Fatalf("both helpers failed: %v", errs)
				}
				if got := h.eventTypes(t, vc.ID); !slices.Equal(got, toPublished) {
					t.Fatalf("events %v, want %v once", got, toPublished)
				}
			}
		})
		t.Run("TwoItemsAnsweredAtOnceResolveTheRequestOnce", func(t *testing.T) {
			for range 3 * rounds {
				vc := h.caseAt(t, verification.StateInReview)
				vc, err := h.svc.RequestInformation(analyst1, vc.ID, []*verification.RFIItemInput{
					{Kind: rfiitem.KindQUESTION, Message: "Who owns the supplier?"},
					{Kind: rfiitem.KindQUESTION, Message: "Where is it registered?"},
				})
				if err != nil {
					t.Fatal(err)
				}
				items := h.db.Client.RFIItem.Query().Where(rfiitem.CaseID(vc.ID)).Order(ent.Asc(rfiitem.FieldID)).AllX(testkit.System())
				errs := testkit.Concurrently(2, func(i int) error {
					_, err := h.svc.AnswerQuestion(key(h.a, environment.Test), vc.ID, items[i].ID, fmt.Sprint("Answer ", i))
					return err
				})
				for i, err := range errs {
					if err != nil {
						t.Fatalf("answer %d: %v", i, err)
					}
				}
				if st := h.stateOf(t, vc.ID); st != verification.StateRFIResolved {
					t.Fatalf("both items are answered and the case is %s, want rfi_resolved", st)
				}
				if n := count(h.eventTypes(t, vc.ID), "verification.rfi_resolved"); n != 1 {
					t.Fatalf("rfi_resolved came %d times", n)
				}
			}
		})
	})
}

// TestConcurrentScheduler runs the scheduler's work twice at once, from one
// service and from two (two replicas on one database): each report's expiry
// events and each simulator step happen once.
func TestConcurrentScheduler(t *testing.T) {
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("ExpiryRacingItselfSendsEachEventOnce", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			other := h.twin()
			var cases []*ent.VerificationCase
			for range 3 {
				cases = append(cases, h.published(t, 40))
			}
			validUntil := *cases[0].Edges.Report.ValidUntil
			for _, at := range []time.Time{validUntil.Add(-30 * 24 * time.Hour), validUntil} {
				h.clock.Set(at)
				for range 2 {
					errs := testkit.Concurrently(4, func(i int) error {
						return []*verification.Service{h.svc, h.svc, other, other}[i].Tick(context.Background())
					})
					for _, err := range errs {
						if err != nil {
							t.Fatal(err)
						}
					}
				}
			}
			for _, c := range cases {
				got := h.eventTypes(t, c.ID)
				want := append(slices.Clone(toPublished), "report.expiring", "report.expired")
				if !slices.Equal(got, want) {
					t.Fatalf("events %v, want %v", got, want)
				}
			}
		})
		t.Run("TwoSimulatorsTakeEachStepOnce", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			h.svc.SandboxStep = 5 * time.Second
			other := h.twin()
			var cases []*ent.VerificationCase
			for _, ref := range []string{"", "sim_rfi", "sim_expire"} {
				cases = append(cases, h.create(t, key(h.a, environment.Test), func(in *verification.CreateInput) { in.ClientReference = &ref }))
			}
			for range 12 {
				h.clock.Advance(5 * time.Second)
				for _, err := range testkit.Concurrently(2, func(i int) error {
					return []*verification.Service{h.svc, other}[i].Tick(context.Background())
				}) {
					if err != nil {
						t.Fatal(err)
					}
				}
			}
			for i, want := range [][]string{
				toPublished,
				{"verification.submitted", "verification.in_review", "verification.rfi_requested", "verification.rfi_resolved",
					"verification.approved", "report.signed", "report.published"},
				append(slices.Clone(toPublished), "report.expiring", "report.expired"),
			} {
				if got := h.eventTypes(t, cases[i].ID); !slices.Equal(got, want) {
					t.Errorf("case %d: events %v, want %v", i, got, want)
				}
			}
		})
	})
}

// TestTimelineAndAudit walks one case with every kind of actor and reads
// back who did what, when and why: the timeline, and the audit log of the
// case's tenant.
func TestTimelineAndAudit(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		test := key(h.a, environment.Test)
		developer := h.a.As(membership.RoleDEVELOPER)
		dev := h.a.Users[membership.RoleDEVELOPER].ID
		start := h.clock.Now()
		tick := func() { h.clock.Advance(time.Minute) }

		c := h.manual(t, test)
		tick()
		mustDo(t)(h.svc.StartReview(analyst1, c.ID))
		tick()
		mustDo(t)(h.svc.RequestInformation(analyst1, c.VerificationID, []*verification.RFIItemInput{
			{Kind: rfiitem.KindDOCUMENT, DocumentKind: rfiitem.DocumentKindTRADE_LICENSE, Message: "Upload the trade licence."},
			{Kind: rfiitem.KindQUESTION, Message: "Who owns the supplier?"},
		}))
		items := h.db.Client.RFIItem.Query().Where(rfiitem.CaseID(c.ID)).Order(ent.Asc(rfiitem.FieldID)).AllX(testkit.System())
		tick()
		mustDo(t)(h.svc.AddDocument(developer, c.ID, verification.DocumentInput{Kind: "trade_license", Filename: "licence.pdf",
			StoragePath: "tenants/acme/licence.pdf", SHA256: strings.Repeat("ab", 32), RFIItemID: items[0].ID}))
		tick()
		mustDo(t)(h.svc.AnswerQuestion(test, c.ID, items[1].ID, "Jane Doe."))
		tick()
		mustDo(t)(h.svc.StartReview(analyst2, c.ID))
		tick()
		a := approval
		a.ValidForDays = 40
		mustDo(t)(h.svc.ApproveCase(senior1, c.ID, a))
		tick()
		mustDo(t)(h.svc.SignReport(senior2, c.VerificationID))
		tick()
		mustDo(t)(h.svc.PublishReport(senior2, c.VerificationID))
		tick()
		mustDo(t)(h.svc.SetReportDisputed(senior1, c.VerificationID, true, "The regulator disputes the score."))
		tick()
		mustDo(t)(h.svc.SetReportDisputed(senior1, c.VerificationID, false, "The regulator withdrew."))
		h.clock.Set(start.Add(9*time.Minute + 10*24*time.Hour)) // within 30 days of valid_until
		if err := h.svc.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
		tick()
		mustDo(t)(h.svc.RevokeReport(senior2, c.VerificationID, "Signed on forged documents."))

		type entry struct {
			action, from, to string
			actor            caseevent.ActorType
			actorID, reason  string
			at               time.Time
		}
		m := func(n int) time.Time { return start.Add(time.Duration(n) * time.Minute) }
		want := []entry{
			{"verification.submitted", "", "submitted", caseevent.ActorTypeAPI_KEY, "key_test", "", m(0)},
			{"verification.in_review", "submitted", "in_review", caseevent.ActorTypeSTAFF, "usr_analyst_1", "", m(1)},
			{"verification.rfi_requested", "in_review", "rfi_requested", caseevent.ActorTypeSTAFF, "usr_analyst_1", "", m(2)},
			{verification.ItemAnswered, "rfi_requested", "rfi_requested", caseevent.ActorTypeUSER, dev, "", m(3)},
			{verification.ItemAnswered, "rfi_requested", "rfi_requested", caseevent.ActorTypeAPI_KEY, "key_test", "", m(4)},
			{"verification.rfi_resolved", "rfi_requested", "rfi_resolved", caseevent.ActorTypeAPI_KEY, "key_test", "", m(4)},
			{"verification.in_review", "rfi_resolved", "in_review", caseevent.ActorTypeSTAFF, "usr_analyst_2", "", m(5)},
			{"verification.approved", "in_review", "approved", caseevent.ActorTypeSTAFF, "usr_senior_1", "", m(6)},
			{"report.signed", "approved", "signed", caseevent.ActorTypeSTAFF, "usr_senior_2", "", m(7)},
			{"report.published", "signed", "published", caseevent.ActorTypeSTAFF, "usr_senior_2", "", m(8)},
			{"report.disputed", "published", "disputed", caseevent.ActorTypeSTAFF, "usr_senior_1", "The regulator disputes the score.", m(9)},
			{"report.dispute_cleared", "disputed", "published", caseevent.ActorTypeSTAFF, "usr_senior_1", "The regulator withdrew.", m(10)},
			{"report.expiring", "published", "expiring", caseevent.ActorTypeSYSTEM, "", "", m(9).Add(10 * 24 * time.Hour)},
			{"report.revoked", "expiring", "revoked", caseevent.ActorTypeSTAFF, "usr_senior_2", "Signed on forged documents.", m(10).Add(10 * 24 * time.Hour)},
		}
		t.Run("TheTimelineSaysWhoWhenAndWhyInOrder", func(t *testing.T) {
			got := h.timeline(t, c.ID)
			if len(got) != len(want) {
				for _, e := range got {
					t.Logf("%s %v→%v by %s", e.Action, deref(e.FromStatus), deref(e.ToStatus), e.ActorType)
				}
				t.Fatalf("%d timeline entries, want %d", len(got), len(want))
			}
			for i, w := range want {
				g := got[i]
				ge := entry{g.Action, deref(g.FromStatus), deref(g.ToStatus), g.ActorType, deref(g.ActorID), deref(g.Reason), g.CreatedAt.UTC()}
				if ge != w {
					t.Errorf("entry %d = %+v\n want %+v", i, ge, w)
				}
				if g.TenantID != h.a.ID || g.Environment != environment.Test {
					t.Errorf("entry %d belongs to %s/%s", i, g.TenantID, g.Environment)
				}
			}
		})
		t.Run("TheTenantsAuditLogHasEveryStep", func(t *testing.T) {
			logs := h.db.Client.AuditLog.Query().Where(auditlog.TargetID(c.ID), auditlog.ActionNEQ("document.received")).
				Order(ent.Asc(auditlog.FieldID)).AllX(testkit.System())
			if len(logs) != len(want) {
				t.Fatalf("%d audit entries, want %d", len(logs), len(want))
			}
			for i, w := range want {
				l := logs[i]
				if l.Action != w.action || string(l.ActorType) != string(w.actor) || l.ActorID != w.actorID || l.TenantID != h.a.ID {
					t.Errorf("audit %d = %s by %s %q of %q, want %s by %s %q of %s", i, l.Action, l.ActorType, l.ActorID, l.TenantID, w.action, w.actor, w.actorID, h.a.ID)
				}
				if l.Metadata["to"] != w.to || l.Metadata["verification_id"] != c.VerificationID || (w.from != "" && l.Metadata["from"] != w.from) {
					t.Errorf("audit %d metadata %v", i, l.Metadata)
				}
				if r, _ := l.Metadata["reason"].(string); r != w.reason {
					t.Errorf("audit %d reason %q, want %q", i, r, w.reason)
				}
			}
			if n := h.db.Client.AuditLog.Query().Where(auditlog.TargetID(c.ID), auditlog.TenantIDNEQ(h.a.ID)).CountX(testkit.System()); n != 0 {
				t.Fatalf("%d audit entries of the case are outside its tenant", n)
			}
		})
		t.Run("ActorsAreNamedForPeople", func(t *testing.T) {
			got := h.timeline(t, c.ID)
			for i, w := range map[int]string{0: "API key", 1: "KeyBS analyst", 3: "DEVELOPER", 12: "KeyBS scheduler"} {
				if label := h.svc.ActorLabel(testkit.System(), got[i]); label != w {
					t.Errorf("entry %d is by %q, want %q", i, label, w)
				}
			}
		})
		t.Run("TheEventsFollowTheTimeline", func(t *testing.T) {
			var steps []string
			for _, w := range want {
				if w.action != verification.ItemAnswered {
					steps = append(steps, w.action)
				}
			}
			if got := h.eventTypes(t, c.ID); !slices.Equal(got, steps) {
				t.Fatalf("events %v, want %v", got, steps)
			}
		})
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func TestFourEyes(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		t.Run("TheApproverCannotSign", func(t *testing.T) {
			c := h.caseAt(t, verification.StateInReview)
			mustDo(t)(h.svc.ApproveCase(senior1, c.ID, approval))
			_, err := h.svc.SignReport(senior1, c.VerificationID)
			testkit.WantFault(t, err, fault.Forbidden, "")
			if !strings.Contains(err.Error(), "four eyes") {
				t.Fatalf("error %v does not say why", err)
			}
			if st := h.stateOf(t, c.ID); st != verification.StateApproved {
				t.Fatalf("a refused signature left the case %s", st)
			}
			if n := count(h.eventTypes(t, c.ID), "report.signed"); n != 0 {
				t.Fatal("a refused signature emitted report.signed")
			}
			t.Run("AnotherSeniorAnalystCan", func(t *testing.T) {
				r, err := h.svc.SignReport(senior2, c.VerificationID)
				if err != nil {
					t.Fatal(err)
				}
				got := h.reload(t, c.ID)
				if deref(got.ApprovedBy) != "usr_senior_1" || deref(got.Edges.Report.SignedBy) != "usr_senior_2" || r.LifecycleStatus != report.LifecycleStatusSIGNED {
					t.Fatalf("approved by %q, signed by %q, %s", deref(got.ApprovedBy), deref(got.Edges.Report.SignedBy), r.LifecycleStatus)
				}
			})
		})
		t.Run("AnAnalystsApprovalIsSignedByASeniorAnalyst", func(t *testing.T) {
			c := h.caseAt(t, verification.StateInReview)
			mustDo(t)(h.svc.ApproveCase(analyst1, c.ID, approval))
			_, err := h.svc.SignReport(analyst1, c.VerificationID)
			testkit.WantFault(t, err, fault.Forbidden, "")
			mustDo(t)(h.svc.SignReport(senior1, c.VerificationID))
		})
		t.Run("ACaseTheTestHelperApprovedHasNoApproverToExclude", func(t *testing.T) {
			c := h.caseAt(t, verification.StateApproved)
			if c.ApprovedBy != nil {
				t.Fatalf("approved by %q", *c.ApprovedBy)
			}
			mustDo(t)(h.svc.SignReport(senior1, c.VerificationID))
		})
		t.Run("TheSignatureIsTheReportsAndVerifies", func(t *testing.T) {
			c := h.caseAt(t, verification.StateInReview)
			mustDo(t)(h.svc.ApproveCase(analyst1, c.ID, verification.Approval{TrustScore: 91, RiskBand: verificationcase.RiskBandLOW, ValidForDays: 30}))
			r, err := h.svc.SignReport(senior1, c.VerificationID)
			if err != nil {
				t.Fatal(err)
			}
			if err := h.svc.Signer.Verify(context.Background(), signedOf(r)); err != nil {
				t.Fatalf("the stored signature does not verify: %v", err)
			}
			for _, part := range []string{`"trust_score":91`, `"risk_band":"low"`, `"verification_id":"` + c.VerificationID + `"`,
				`"signed_at":"` + h.clock.Now().UTC().Format(time.RFC3339) + `"`,
				`"valid_until":"` + h.clock.Now().UTC().Add(30*24*time.Hour).Format(time.RFC3339) + `"`, `"demo":true`, `"environment":"test"`} {
				if !strings.Contains(deref(r.Canonical), part) {
					t.Errorf("canonical %s lacks %s", deref(r.Canonical), part)
				}
			}
			if !r.ValidUntil.Equal(h.clock.Now().Add(30 * 24 * time.Hour).Truncate(time.Second)) {
				t.Errorf("valid_until %v", r.ValidUntil)
			}
		})
	})
}

// TestExpiry drives the scheduler with an injected clock.
func TestExpiry(t *testing.T) {
	day := 24 * time.Hour
	tick := func(t *testing.T, svcs ...*verification.Service) {
		t.Helper()
		for _, s := range svcs {
			if err := s.Tick(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
	}
	testdb.EachFresh(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("ExpiringOnceAt30DaysAndExpiredOnceAtValidUntil", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			other := h.twin()
			c := h.published(t, 60)
			validUntil := *c.Edges.Report.ValidUntil
			if !validUntil.Equal(testkit.Epoch.Add(60 * day)) {
				t.Fatalf("valid until %v", validUntil)
			}
			for _, step := range []struct {
				at     time.Time
				events []string // new since the step before
				state  verification.State
			}{
				{testkit.Epoch, nil, verification.StatePublished},
				{validUntil.Add(-30*day - time.Second), nil, verification.StatePublished},
				{validUntil.Add(-30 * day), []string{"report.expiring"}, verification.StateExpiring},
				{validUntil.Add(-day), nil, verification.StateExpiring},
				{validUntil.Add(-time.Second), nil, verification.StateExpiring},
				{validUntil, []string{"report.expired"}, verification.StateExpired},
				{validUntil.Add(400 * day), nil, verification.StateExpired},
			} {
				before := len(h.eventTypes(t, c.ID))
				h.clock.Set(step.at)
				tick(t, h.svc, h.svc, other, other) // twice here, twice on another replica
				if got := h.eventTypes(t, c.ID)[before:]; !slices.Equal(got, step.events) {
					t.Fatalf("at %v: new events %v, want %v", step.at, got, step.events)
				}
				if st := h.stateOf(t, c.ID); st != step.state {
					t.Fatalf("at %v: %s, want %s", step.at, st, step.state)
				}
			}
			tl := h.timeline(t, c.ID)
			for _, e := range tl[len(tl)-2:] {
				if e.ActorType != caseevent.ActorTypeSYSTEM {
					t.Errorf("%s by %s, want the scheduler (SYSTEM)", e.Action, e.ActorType)
				}
			}
			if got := tl[len(tl)-1].CreatedAt; !got.Equal(validUntil) {
				t.Errorf("expired at %v, want %v", got, validUntil)
			}
		})
		t.Run("AReportFoundPastItsDateGetsBothEventsInOrder", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			c := h.published(t, 5)
			h.clock.Set(testkit.Epoch.Add(6 * day))
			tick(t, h.svc, h.svc)
			if got := h.eventTypes(t, c.ID)[len(toPublished):]; !slices.Equal(got, []string{"report.expiring", "report.expired"}) {
				t.Fatalf("events %v", got)
			}
		})
		t.Run("ADisputedReportWaitsForItsDisputeToClear", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			c := h.published(t, 10)
			mustDo(t)(h.svc.SetReportDisputed(senior1, c.VerificationID, true, "Disputed."))
			h.clock.Set(testkit.Epoch.Add(11 * day))
			tick(t, h.svc)
			if st := h.stateOf(t, c.ID); st != verification.StateDisputed {
				t.Fatalf("a disputed report became %s", st)
			}
			mustDo(t)(h.svc.SetReportDisputed(senior1, c.VerificationID, false, "Cleared."))
			tick(t, h.svc)
			if got := h.eventTypes(t, c.ID)[len(toPublished):]; !slices.Equal(got, []string{"report.disputed", "report.dispute_cleared", "report.expiring", "report.expired"}) {
				t.Fatalf("events %v", got)
			}
		})
		t.Run("ClearingTheDisputeOfAnExpiringReportLeavesItExpiring", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			c := h.published(t, 20)
			tick(t, h.svc)
			mustDo(t)(h.svc.SetReportDisputed(senior1, c.VerificationID, true, "Disputed."))
			mustDo(t)(h.svc.SetReportDisputed(senior1, c.VerificationID, false, "Cleared."))
			if st := h.stateOf(t, c.ID); st != verification.StateExpiring {
				t.Fatalf("the report is %s, want still expiring", st)
			}
			tl := h.timeline(t, c.ID)
			if last := tl[len(tl)-1]; deref(last.ToStatus) != string(verification.StateExpiring) {
				t.Fatalf("the timeline says the dispute_cleared step led to %q; the report is expiring", deref(last.ToStatus))
			}
			evs := h.eventsOf(t, c.ID)
			if st := evs[len(evs)-1].Payload["status"]; st != "expiring" {
				t.Fatalf("report.dispute_cleared says status %v, want expiring", st)
			}
			h.clock.Set(testkit.Epoch.Add(20 * day))
			tick(t, h.svc)
			got := h.eventTypes(t, c.ID)[len(toPublished):]
			if want := []string{"report.expiring", "report.disputed", "report.dispute_cleared", "report.expired"}; !slices.Equal(got, want) {
				t.Fatalf("events %v, want %v (expiring once)", got, want)
			}
		})
		t.Run("SignedRevokedAndDeclinedCasesNeverExpire", func(t *testing.T) {
			h := newHarness(t, fresh(t))
			signed := h.caseAt(t, verification.StateSigned)
			revoked := h.caseAt(t, verification.StateRevoked)
			declined := h.caseAt(t, verification.StateDeclined)
			h.clock.Set(testkit.Epoch.Add(800 * day))
			tick(t, h.svc)
			for _, c := range []struct {
				c    *ent.VerificationCase
				want verification.State
			}{{signed, verification.StateSigned}, {revoked, verification.StateRevoked}, {declined, verification.StateDeclined}} {
				if st := h.stateOf(t, c.c.ID); st != c.want {
					t.Errorf("%s became %s", c.want, st)
				}
				if got := h.eventTypes(t, c.c.ID); slices.Contains(got, "report.expiring") || slices.Contains(got, "report.expired") {
					t.Errorf("%s: events %v", c.want, got)
				}
			}
		})
	})
}

// TestSimulator steps the sandbox simulator with a stepped clock: each path
// its magic value chooses, one step per KEYBS_SANDBOX_STEP.
func TestSimulator(t *testing.T) {
	const stepEvery = 5 * time.Second
	through := func(tail ...string) []string { return append(slices.Clone(toPublished), tail...) }
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		h.svc.SandboxStep = stepEvery
		// runs steps the clock one sandbox step at a time and ticks, until
		// no case has a step left.
		run := func(t *testing.T) {
			t.Helper()
			for range 20 {
				h.clock.Advance(stepEvery)
				if err := h.svc.Tick(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
		}
		for _, c := range []struct {
			name, ref string
			env       environment.Environment
			want      []string
		}{
			{"WithoutAMagicValueItGoesToPublished", "PO-2026-0042", environment.Test, toPublished},
			{"WithoutAReferenceItGoesToPublished", "", environment.Test, toPublished},
			{"SimDeclineDeclines", "po-1 SIM_DECLINE", environment.Test, []string{"verification.submitted", "verification.in_review", "verification.declined"}},
			{"SimRFIAsksAndAnswersFirst", "sim_rfi", environment.Test, []string{"verification.submitted", "verification.in_review",
				"verification.rfi_requested", "verification.rfi_resolved", "verification.approved", "report.signed", "report.published"}},
			{"SimRevokeRevokesAfterPublishing", "sim_revoke", environment.Test, through("report.revoked")},
			{"SimExpireExpiresAfterPublishing", "x-sim_expire-y", environment.Test, through("report.expiring", "report.expired")},
			{"SimDisputeDisputesAfterPublishing", "Sim_Dispute", environment.Test, through("report.disputed")},
			{"SimManualIsNotSimulated", "sim_manual", environment.Test, []string{"verification.submitted"}},
			{"LiveCasesAreNeverSimulated", "sim_decline", environment.Live, []string{"verification.submitted"}},
		} {
			t.Run(c.name, func(t *testing.T) {
				vc := h.create(t, key(h.a, c.env), func(in *verification.CreateInput) {
					if c.ref != "" {
						in.ClientReference = &c.ref
					}
				})
				run(t)
				if got := h.eventTypes(t, vc.ID); !slices.Equal(got, c.want) {
					t.Fatalf("events %v, want %v", got, c.want)
				}
				for _, e := range h.timeline(t, vc.ID)[1:] {
					ok := e.ActorType == caseevent.ActorTypeSIMULATOR ||
						// The scheduler may notice a 20-day sandbox report is expiring first.
						(e.Action == "report.expiring" && e.ActorType == caseevent.ActorTypeSYSTEM)
					if !ok {
						t.Errorf("%s by %s, want the simulator", e.Action, e.ActorType)
					}
				}
				if got := h.reload(t, vc.ID); got.SimNextAt != nil {
					t.Errorf("the simulation of %s is not finished: next step at %v", c.name, got.SimNextAt)
				}
			})
		}
		t.Run("OneStepPerSandboxStep", func(t *testing.T) {
			vc := h.create(t, key(h.a, environment.Test), nil)
			for i, w := range []struct {
				advance time.Duration
				events  int
			}{{0, 1}, {stepEvery - time.Second, 1}, {time.Second, 2}, {stepEvery - time.Second, 2}, {time.Second, 3}, {stepEvery, 4}, {stepEvery, 5}, {stepEvery, 5}} {
				h.clock.Advance(w.advance)
				if err := h.svc.Tick(context.Background()); err != nil {
					t.Fatal(err)
				}
				if got := h.eventTypes(t, vc.ID); len(got) != w.events {
					t.Fatalf("tick %d: events %v, want %d", i, got, w.events)
				}
			}
		})
		t.Run("APersonTakingOverStopsTheSimulator", func(t *testing.T) {
			vc := h.create(t, key(h.a, environment.Test), nil)
			h.clock.Advance(stepEvery)
			if err := h.svc.Tick(context.Background()); err != nil {
				t.Fatal(err)
			}
			mustDo(t)(h.svc.DeclineCase(analyst1, vc.ID, "A person decides."))
			run(t)
			if got := h.eventTypes(t, vc.ID); !slices.Equal(got, []string{"verification.submitted", "verification.in_review", "verification.declined"}) {
				t.Fatalf("events %v", got)
			}
		})
		t.Run("AZeroStepTurnsTheSimulatorOff", func(t *testing.T) {
			off := h.twin()
			off.SandboxStep = 0
			vc, err := off.Create(key(h.a, environment.Test), input())
			if err != nil {
				t.Fatal(err)
			}
			run(t)
			if got := h.eventTypes(t, vc.ID); len(got) != 1 {
				t.Fatalf("events %v", got)
			}
		})
	})
}

// TestAdvance is the test helper: it walks through every intermediate state
// with exactly the events real steps emit.
func TestAdvance(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		test := key(h.a, environment.Test)
		for _, to := range []verification.State{verification.StateInReview, verification.StateRFIRequested, verification.StateRFIResolved,
			verification.StateApproved, verification.StateDeclined, verification.StateSigned, verification.StatePublished,
			verification.StateExpiring, verification.StateDisputed, verification.StateRevoked, verification.StateExpired} {
			t.Run("ToEveryState/"+string(to), func(t *testing.T) {
				c := h.manual(t, test)
				got, err := h.svc.Advance(test, c.VerificationID, string(to))
				if err != nil {
					t.Fatal(err)
				}
				if st := verification.StateOf(got, got.Edges.Report); st != to {
					t.Fatalf("advanced to %s, the case is %s", to, st)
				}
				plan, _ := verification.Plan(verification.StateSubmitted, to)
				evs := h.eventsOf(t, c.ID)[1:]
				if len(evs) != len(plan) {
					t.Fatalf("%d events for the plan %v", len(evs), plan)
				}
				// Each event is the step's, with the state it led to; the
				// timeline has the same steps, by the key.
				at := verification.StateSubmitted
				var steps []*ent.CaseEvent
				for _, e := range h.timeline(t, c.ID)[1:] {
					if e.Action != verification.ItemAnswered {
						steps = append(steps, e)
					}
				}
				for i, a := range plan {
					if evs[i].Type != string(a) || steps[i].Action != string(a) || deref(steps[i].FromStatus) != string(at) {
						t.Fatalf("step %d: event %s, timeline %s from %v; want %s from %s", i, evs[i].Type, steps[i].Action, deref(steps[i].FromStatus), a, at)
					}
					at = verification.State(deref(steps[i].ToStatus))
					if evs[i].Payload["status"] != string(at) || steps[i].ActorType != caseevent.ActorTypeAPI_KEY {
						t.Fatalf("step %d (%s): payload status %v, timeline to %s by %s", i, a, evs[i].Payload["status"], at, steps[i].ActorType)
					}
				}
			})
		}
		t.Run("FromAStateToAnotherContinuesTheWalk", func(t *testing.T) {
			c := h.caseAt(t, verification.StateRFIRequested)
			if _, err := h.svc.Advance(test, c.ID, " Published "); err != nil {
				t.Fatal(err)
			}
			want := []string{"verification.submitted", "verification.in_review", "verification.rfi_requested",
				"verification.rfi_resolved", "verification.approved", "report.signed", "report.published"}
			if got := h.eventTypes(t, c.ID); !slices.Equal(got, want) {
				t.Fatalf("events %v, want %v", got, want)
			}
			item := h.db.Client.RFIItem.Query().Where(rfiitem.CaseID(c.ID)).OnlyX(testkit.System())
			if item.Status != rfiitem.StatusANSWERED || item.Answer == nil {
				t.Fatalf("the sandbox question is %s with answer %v", item.Status, item.Answer)
			}
		})
		t.Run("ToWhereTheCaseIsTakesNoStep", func(t *testing.T) {
			c := h.caseAt(t, verification.StateSigned)
			n := len(h.eventTypes(t, c.ID))
			if _, err := h.svc.Advance(test, c.ID, "signed"); err != nil {
				t.Fatal(err)
			}
			if len(h.eventTypes(t, c.ID)) != n {
				t.Fatal("advancing to the current state emitted events")
			}
		})
		for _, c := range []struct {
			name     string
			from, to verification.State
		}{
			{"DeclinedToApproved", verification.StateDeclined, verification.StateApproved},
			{"PublishedToInReview", verification.StatePublished, verification.StateInReview},
			{"ExpiredToRevoked", verification.StateExpired, verification.StateRevoked},
			// Clearing the dispute of an expiring report leaves it expiring:
			// it cannot become fresh again.
			{"ExpiringToPublished", verification.StateExpiring, verification.StatePublished},
		} {
			t.Run(c.name+"IsAConflictAndChangesNothing", func(t *testing.T) {
				vc := h.caseAt(t, c.from)
				before := h.eventTypes(t, vc.ID)
				_, err := h.svc.Advance(test, vc.ID, string(c.to))
				testkit.WantFault(t, err, fault.Conflict, "")
				if !strings.Contains(err.Error(), string(c.from)) || !strings.Contains(err.Error(), string(c.to)) {
					t.Fatalf("error %v does not name %s and %s", err, c.from, c.to)
				}
				if st := h.stateOf(t, vc.ID); st != c.from {
					t.Fatalf("the case is %s, want still %s", st, c.from)
				}
				if got := h.eventTypes(t, vc.ID); !slices.Equal(got, before) {
					t.Fatalf("events %v, before %v", got, before)
				}
			})
		}
		sandbox := h.manual(t, test)
		live := h.manual(t, key(h.a, environment.Live))
		for _, c := range []struct {
			name  string
			ctx   context.Context
			ref   string
			to    string
			kind  fault.Kind
			field string
		}{
			{"AnUnknownStateIsInvalid", test, sandbox.ID, "sideways", fault.Invalid, "to"},
			{"AnEmptyStateIsInvalid", test, sandbox.ID, "", fault.Invalid, "to"},
			{"ALiveKeyIsForbidden", key(h.a, environment.Live), live.ID, "in_review", fault.Forbidden, ""},
			{"ALiveKeyIsForbiddenOnASandboxIDToo", key(h.a, environment.Live), sandbox.ID, "in_review", fault.Forbidden, ""},
			{"ALiveCaseIsNotFoundForATestKey", test, live.ID, "in_review", fault.NotFound, ""},
			{"AnotherTenantsCaseIsNotFound", key(h.b, environment.Test), sandbox.ID, "in_review", fault.NotFound, ""},
			{"APortalViewerIsForbidden", h.a.As(membership.RoleVIEWER), sandbox.ID, "in_review", fault.Forbidden, ""},
			{"StaffAreUnauthorized", senior1, sandbox.ID, "in_review", fault.Unauthorized, ""},
			{"AnonymousIsUnauthorized", context.Background(), sandbox.ID, "in_review", fault.Unauthorized, ""},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, err := h.svc.Advance(c.ctx, c.ref, c.to)
				testkit.WantFault(t, err, c.kind, c.field)
			})
		}
		t.Run("RefusalsChangedNothing", func(t *testing.T) {
			if h.stateOf(t, sandbox.ID) != verification.StateSubmitted || h.stateOf(t, live.ID) != verification.StateSubmitted {
				t.Fatal("a refused advance moved a case")
			}
		})
		t.Run("APortalMemberWalksTheSandboxToAPublishedReport", func(t *testing.T) {
			// The partner plays every part in its sandbox: four eyes keeps
			// staff approvers from signing, not a partner's test walk.
			c := h.manual(t, test)
			got, err := h.svc.Advance(h.a.As(membership.RoleOWNER), c.ID, "published")
			if err != nil {
				t.Fatal(err)
			}
			if st := verification.StateOf(got, got.Edges.Report); st != verification.StatePublished {
				t.Fatalf("the case is %s", st)
			}
			for _, e := range h.timeline(t, c.ID)[1:] {
				if e.ActorType != caseevent.ActorTypeUSER || deref(e.ActorID) != h.a.Users[membership.RoleOWNER].ID {
					t.Fatalf("%s by %s %q, want the owner", e.Action, e.ActorType, deref(e.ActorID))
				}
			}
		})
		t.Run("APortalDeveloperWorksTheSandbox", func(t *testing.T) {
			c, err := h.svc.Advance(h.a.As(membership.RoleDEVELOPER), sandbox.ID, "in_review")
			if err != nil || c.Status != verificationcase.StatusIN_REVIEW {
				t.Fatalf("%v, %v", c, err)
			}
			if e := h.timeline(t, sandbox.ID)[1]; e.ActorType != caseevent.ActorTypeUSER {
				t.Fatalf("stepped by %s", e.ActorType)
			}
		})
	})
}

// TestRFI is the partner's side of a request for information.
func TestRFI(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		test := key(h.a, environment.Test)
		doc := func(kind, item string) verification.DocumentInput {
			return verification.DocumentInput{Kind: kind, Filename: "file.pdf", StoragePath: "tenants/acme/file.pdf",
				SHA256: strings.Repeat("0", 64), RFIItemID: item}
		}
		ask := func(t *testing.T) (*ent.VerificationCase, []*ent.RFIItem) {
			t.Helper()
			c := h.caseAt(t, verification.StateInReview)
			mustDo(t)(h.svc.RequestInformation(analyst1, c.ID, []*verification.RFIItemInput{
				{Kind: rfiitem.KindDOCUMENT, DocumentKind: rfiitem.DocumentKindTRADE_LICENSE, Message: "Upload the trade licence."},
				{Kind: rfiitem.KindQUESTION, Message: "Who owns the supplier?"},
			}))
			return c, h.db.Client.RFIItem.Query().Where(rfiitem.CaseID(c.ID)).Order(ent.Asc(rfiitem.FieldID)).AllX(testkit.System())
		}
		t.Run("TheLastAnswerResolvesTheRequest", func(t *testing.T) {
			c, items := ask(t)
			d, err := h.svc.AddDocument(test, c.ID, doc("TRADE_LICENSE", items[0].ID))
			if err != nil {
				t.Fatal(err)
			}
			if deref(d.RfiItemID) != items[0].ID {
				t.Fatalf("document answers %q", deref(d.RfiItemID))
			}
			if st := h.stateOf(t, c.ID); st != verification.StateRFIRequested {
				t.Fatalf("one of two answered and the case is %s", st)
			}
			it, err := h.svc.AnswerQuestion(test, c.VerificationID, items[1].ID, "  Jane Doe.  ")
			if err != nil {
				t.Fatal(err)
			}
			if deref(it.Answer) != "Jane Doe." || it.Status != rfiitem.StatusANSWERED || it.AnsweredAt == nil {
				t.Fatalf("item %+v", it)
			}
			if st := h.stateOf(t, c.ID); st != verification.StateRFIResolved {
				t.Fatalf("every item answered and the case is %s", st)
			}
			first := h.db.Client.RFIItem.GetX(testkit.System(), items[0].ID)
			if first.Status != rfiitem.StatusANSWERED || deref(first.DocumentID) != d.ID {
				t.Fatalf("document item %+v", first)
			}
			got, err := h.svc.Get(test, c.ID)
			if err != nil || len(got.Edges.RfiItems) != 2 || got.Edges.RfiItems[0].ID != items[0].ID {
				t.Fatalf("Get has items %v, %v", got.Edges.RfiItems, err)
			}
		})
		c, items := ask(t)
		for _, x := range []struct {
			name  string
			do    func() error
			kind  fault.Kind
			field string
		}{
			{"ADocumentOfAnotherKindIsInvalidNamingKind", func() error {
				_, err := h.svc.AddDocument(test, c.ID, doc("bank_statement", items[0].ID))
				if err != nil && !strings.Contains(err.Error(), "trade_license document, not bank_statement") {
					t.Errorf("message %v does not name both kinds", err)
				}
				return err
			}, fault.Invalid, "kind"},
			{"AQuestionAnsweredByADocumentIsAConflict", func() error {
				_, err := h.svc.AddDocument(test, c.ID, doc("other", items[1].ID))
				return err
			}, fault.Conflict, ""},
			{"ADocumentItemAnsweredWithTextIsAConflict", func() error {
				_, err := h.svc.AnswerQuestion(test, c.ID, items[0].ID, "Here it is.")
				return err
			}, fault.Conflict, ""},
			{"AnEmptyAnswerIsInvalid", func() error {
				_, err := h.svc.AnswerQuestion(test, c.ID, items[1].ID, "  ")
				return err
			}, fault.Invalid, "text"},
			{"AnUnknownItemIsNotFound", func() error {
				_, err := h.svc.AnswerQuestion(test, c.ID, "rfi_01jd0000000000000000000000", "x")
				return err
			}, fault.NotFound, ""},
			{"AnItemOfAnotherCaseIsNotFound", func() error {
				other := h.caseAt(t, verification.StateInReview)
				_, err := h.svc.AnswerQuestion(test, other.ID, items[1].ID, "x")
				return err
			}, fault.NotFound, ""},
			{"AnotherTenantCannotAnswer", func() error {
				_, err := h.svc.AnswerQuestion(key(h.b, environment.Test), c.ID, items[1].ID, "x")
				return err
			}, fault.NotFound, ""},
			{"AnotherTenantCannotAttach", func() error {
				_, err := h.svc.AddDocument(key(h.b, environment.Test), c.ID, doc("trade_license", items[0].ID))
				return err
			}, fault.NotFound, ""},
			{"ALiveKeyDoesNotSeeASandboxItem", func() error {
				_, err := h.svc.AnswerQuestion(key(h.a, environment.Live), c.ID, items[1].ID, "x")
				return err
			}, fault.NotFound, ""},
			{"APortalViewerCannotAnswer", func() error {
				_, err := h.svc.AnswerQuestion(h.a.As(membership.RoleVIEWER), c.ID, items[1].ID, "x")
				return err
			}, fault.Forbidden, ""},
			{"StaffCannotAnswerForThePartner", func() error {
				_, err := h.svc.AnswerQuestion(senior1, c.ID, items[1].ID, "x")
				return err
			}, fault.Unauthorized, ""},
		} {
			t.Run(x.name, func(t *testing.T) {
				testkit.WantFault(t, x.do(), x.kind, x.field)
			})
		}
		t.Run("RefusedAnswersChangedNothing", func(t *testing.T) {
			for _, it := range h.db.Client.RFIItem.Query().Where(rfiitem.CaseID(c.ID)).AllX(testkit.System()) {
				if it.Status != rfiitem.StatusOPEN {
					t.Errorf("item %s is %s", it.ID, it.Status)
				}
			}
			if n := h.db.Client.Document.Query().CountX(testkit.System()); n != 1 {
				t.Errorf("%d documents stored, want the one that answered", n)
			}
			if st := h.stateOf(t, c.ID); st != verification.StateRFIRequested {
				t.Errorf("the case is %s", st)
			}
		})
		t.Run("AnsweringWhenNotWaitingIsAConflict", func(t *testing.T) {
			mustDo(t)(h.svc.AddDocument(test, c.ID, doc("trade_license", items[0].ID)))
			mustDo(t)(h.svc.AnswerQuestion(test, c.ID, items[1].ID, "Jane Doe."))
			_, err := h.svc.AnswerQuestion(test, c.ID, items[1].ID, "Again.")
			testkit.WantFault(t, err, fault.Conflict, "")
			_, err = h.svc.AddDocument(test, c.ID, doc("trade_license", items[0].ID))
			testkit.WantFault(t, err, fault.Conflict, "")
		})
		for _, x := range []struct {
			name, field string
			items       []*verification.RFIItemInput
		}{
			{"NoItems", "items", nil},
			{"MoreThan20Items", "items", slices.Repeat([]*verification.RFIItemInput{{Kind: rfiitem.KindQUESTION, Message: "?"}}, 21)},
			{"ADocumentItemWithoutItsKind", "document_kind", []*verification.RFIItemInput{{Kind: rfiitem.KindDOCUMENT, Message: "Upload it."}}},
			{"AnUnknownItemKind", "kind", []*verification.RFIItemInput{{Kind: "PHOTO", Message: "Smile."}}},
			{"AnEmptyMessage", "message", []*verification.RFIItemInput{{Kind: rfiitem.KindQUESTION, Message: " "}}},
		} {
			t.Run("RequestingInformationWith"+x.name+"IsInvalid", func(t *testing.T) {
				vc := h.caseAt(t, verification.StateInReview)
				_, err := h.svc.RequestInformation(analyst1, vc.ID, x.items)
				testkit.WantFault(t, err, fault.Invalid, x.field)
				if st := h.stateOf(t, vc.ID); st != verification.StateInReview {
					t.Fatalf("the case is %s", st)
				}
			})
		}
	})
}

// TestStaffRoles is the role matrix of the domain's staff functions; the
// GraphQL test repeats it over HTTP for every kind of caller.
func TestStaffRoles(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		steps := []struct {
			name string
			from verification.State
			do   func(ctx context.Context, c *ent.VerificationCase) error
		}{
			{"StartReview", verification.StateSubmitted, func(ctx context.Context, c *ent.VerificationCase) error {
				_, err := h.svc.StartReview(ctx, c.ID)
				return err
			}},
			{"RequestInformation", verification.StateInReview, func(ctx context.Context, c *ent.VerificationCase) error {
				_, err := h.svc.RequestInformation(ctx, c.ID, []*verification.RFIItemInput{{Kind: rfiitem.KindQUESTION, Message: "?"}})
				return err
			}},
			{"Approve", verification.StateInReview, func(ctx context.Context, c *ent.VerificationCase) error {
				_, err := h.svc.ApproveCase(ctx, c.ID, approval)
				return err
			}},
			{"Decline", verification.StateInReview, func(ctx context.Context, c *ent.VerificationCase) error {
				_, err := h.svc.DeclineCase(ctx, c.ID, "No.")
				return err
			}},
			{"Sign", verification.StateApproved, func(ctx context.Context, c *ent.VerificationCase) error {
				_, err := h.svc.SignReport(ctx, c.VerificationID)
				return err
			}},
			{"Publish", verification.StateSigned, func(ctx context.Context, c *ent.VerificationCase) error {
				_, err := h.svc.PublishReport(ctx, c.VerificationID)
				return err
			}},
			{"Revoke", verification.StatePublished, func(ctx context.Context, c *ent.VerificationCase) error {
				_, err := h.svc.RevokeReport(ctx, c.VerificationID, "No.")
				return err
			}},
			{"Dispute", verification.StatePublished, func(ctx context.Context, c *ent.VerificationCase) error {
				_, err := h.svc.SetReportDisputed(ctx, c.VerificationID, true, "No.")
				return err
			}},
			{"ClearDispute", verification.StateDisputed, func(ctx context.Context, c *ent.VerificationCase) error {
				_, err := h.svc.SetReportDisputed(ctx, c.VerificationID, false, "Yes.")
				return err
			}},
		}
		analystMay := []string{"StartReview", "RequestInformation", "Approve", "Decline"}
		callers := []struct {
			name string
			ctx  context.Context
			may  func(step string) bool
			kind fault.Kind
		}{
			{"Analyst", analyst1, func(s string) bool { return slices.Contains(analystMay, s) }, fault.Forbidden},
			{"SeniorAnalyst", senior1, func(string) bool { return true }, fault.Forbidden},
			{"Ops", opsStaff, func(string) bool { return false }, fault.Forbidden},
			{"TenantOwner", h.a.As(membership.RoleOWNER), func(string) bool { return false }, fault.Forbidden},
			{"TenantViewer", h.a.As(membership.RoleVIEWER), func(string) bool { return false }, fault.Forbidden},
			{"APIKey", key(h.a, environment.Test), func(string) bool { return false }, fault.Forbidden},
			{"Anonymous", context.Background(), func(string) bool { return false }, fault.Unauthorized},
		}
		for _, s := range steps {
			for _, who := range callers {
				may := who.may(s.name)
				name := s.name + "/" + who.name + map[bool]string{true: "May", false: "MayNot"}[may]
				t.Run(name, func(t *testing.T) {
					c := h.caseAt(t, s.from)
					err := s.do(who.ctx, c)
					if may {
						if err != nil {
							t.Fatal(err)
						}
						return
					}
					testkit.WantFault(t, err, who.kind, "")
					if st := h.stateOf(t, c.ID); st != s.from {
						t.Fatalf("a refused step moved the case to %s", st)
					}
				})
			}
		}
		t.Run("StaffListsAreForStaffOnly", func(t *testing.T) {
			for _, who := range callers {
				_, err := h.svc.StaffCases(who.ctx, verification.StaffCaseFilter{}, nil, nil, nil, nil)
				switch who.name {
				case "Analyst", "SeniorAnalyst", "Ops":
					if err != nil {
						t.Errorf("%s: %v", who.name, err)
					}
				default:
					testkit.WantFault(t, err, who.kind, "")
				}
			}
		})
	})
}

// signedOf is the signature stored with r.
func signedOf(r *ent.Report) signing.Signed {
	return signing.Signed{Canonical: deref(r.Canonical), Digest: deref(r.Digest), Signature: deref(r.Signature), KeyID: deref(r.KeyID)}
}

// TestDemoSeedTimes: every tenant's sandbox cases happen in an order that
// makes sense (decided after created, signed after decided), so the
// analytics' average time to decision is positive, and every demo report
// verifies.
func TestDemoSeedTimes(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		if err := h.svc.SeedDemo(context.Background(), h.db.Client, h.a.ID); err != nil {
			t.Fatal(err)
		}
		now := h.clock.Now()
		cases := h.db.Client.VerificationCase.Query().WithReport().AllX(testkit.System())
		decided := 0
		for _, c := range cases {
			if !c.CreatedAt.Before(now) {
				t.Errorf("%s was created at %v, not before now %v", c.SupplierName, c.CreatedAt, now)
			}
			switch c.Status {
			case verificationcase.StatusAPPROVED, verificationcase.StatusDECLINED:
				decided++
				if c.DecidedAt == nil || !c.DecidedAt.After(c.CreatedAt) || c.DecidedAt.After(now) {
					t.Errorf("%s: created %v, decided %v (now %v)", c.SupplierName, c.CreatedAt, c.DecidedAt, now)
				}
			default:
				if c.DecidedAt != nil {
					t.Errorf("%s is %s but decided at %v", c.SupplierName, c.Status, c.DecidedAt)
				}
			}
			r := c.Edges.Report
			if r == nil {
				continue
			}
			if r.SignedAt == nil || c.DecidedAt == nil || !r.SignedAt.After(*c.DecidedAt) || r.PublishedAt == nil || r.PublishedAt.Before(*r.SignedAt) ||
				!r.ValidUntil.After(now) {
				t.Errorf("%s: decided %v, signed %v, published %v, valid until %v", c.SupplierName, c.DecidedAt, r.SignedAt, r.PublishedAt, r.ValidUntil)
			}
			if err := h.svc.Signer.Verify(context.Background(), signedOf(r)); err != nil {
				t.Errorf("%s: the demo report does not verify: %v", c.SupplierName, err)
			}
		}
		if decided != 3 {
			t.Fatalf("%d decided demo cases, want 3", decided)
		}
		s, err := h.svc.Stats(h.a.As(membership.RoleVIEWER), nil, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if s.AverageTimeToDecisionHours == nil || *s.AverageTimeToDecisionHours <= 0 {
			t.Fatalf("average time to decision %v, want positive", s.AverageTimeToDecisionHours)
		}
		t.Run("ReportsSeededBeforeSigningAreSignedOnceAtStartUp", func(t *testing.T) {
			c := h.caseAt(t, verification.StateInReview)
			signedAt, validUntil := now.Add(-time.Hour).Add(123*time.Millisecond), now.Add(100*24*time.Hour)
			old := h.db.Client.Report.Create().SetTenantID(h.a.ID).SetEnvironment(environment.Test).SetCaseID(c.ID).
				SetLifecycleStatus(report.LifecycleStatusPUBLISHED).SetSignedAt(signedAt).SetValidUntil(validUntil).
				SetTrustScore(60).SetRiskBand(report.RiskBandMEDIUM).SetDemo(true).SaveX(testkit.System())
			for range 2 {
				if err := h.svc.SignUnsignedDemoReports(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
			r := h.db.Client.Report.GetX(testkit.System(), old.ID)
			if err := h.svc.Signer.Verify(context.Background(), signedOf(r)); err != nil {
				t.Fatalf("the old demo report does not verify: %v", err)
			}
			if !r.SignedAt.Equal(signedAt.Truncate(time.Second)) || r.PublishedAt == nil || !strings.Contains(deref(r.Canonical), signedAt.UTC().Truncate(time.Second).Format(time.RFC3339)) {
				t.Fatalf("signed at %v, published %v, canonical %s", r.SignedAt, r.PublishedAt, deref(r.Canonical))
			}
			if deref(r.VerifyURL) != "https://verify.test/r/"+c.VerificationID {
				t.Fatalf("verify url %q", deref(r.VerifyURL))
			}
		})
	})
}
