package verification

// The transition table, tested from inside the package: every (state, action)
// pair of the full cross product, taken on a real case on both databases.
// Most actions go through their exported staff functions; the three that
// have no direct caller of their own (ResolveInfo follows the last RFI
// answer, MarkExpiring and Expire follow the clock) go through step, the
// same transaction-and-take path those callers use. The time guards of the
// last two are the scheduler tests' business (lifecycle_test.go), so here
// they are forced, as the sandbox forces them.

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/caseevent"
	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/rfiitem"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
)

// allStates are the lifecycle's states in lifecycle order.
var allStates = []State{StateSubmitted, StateInReview, StateRFIRequested, StateRFIResolved, StateApproved, StateDeclined,
	StateSigned, StatePublished, StateExpiring, StateDisputed, StateRevoked, StateExpired}

// allActions are the lifecycle's transitions (Submit creates a case and is
// not one), named as subtests spell them.
var allActions = []struct {
	action Action
	name   string
}{
	{StartReview, "StartReview"}, {RequestInfo, "RequestInfo"}, {ResolveInfo, "ResolveInfo"}, {Approve, "Approve"},
	{Decline, "Decline"}, {Sign, "Sign"}, {Publish, "Publish"}, {Revoke, "Revoke"}, {MarkExpiring, "MarkExpiring"},
	{Expire, "Expire"}, {Dispute, "Dispute"}, {ClearDispute, "ClearDispute"},
}

// theLifecycle is every legal step as DESIGN.md §7 and the issue describe
// the lifecycle, written out here independently of Transitions, so that a
// change to the table fails these tests until it is made on purpose in both.
var theLifecycle = map[State]map[Action]State{
	StateSubmitted:    {StartReview: StateInReview},
	StateInReview:     {RequestInfo: StateRFIRequested, Approve: StateApproved, Decline: StateDeclined},
	StateRFIRequested: {ResolveInfo: StateRFIResolved},
	StateRFIResolved:  {StartReview: StateInReview, Approve: StateApproved, Decline: StateDeclined},
	StateApproved:     {Sign: StateSigned},
	StateSigned:       {Publish: StatePublished, Revoke: StateRevoked},
	StatePublished:    {Revoke: StateRevoked, MarkExpiring: StateExpiring, Dispute: StateDisputed},
	StateExpiring:     {Revoke: StateRevoked, Expire: StateExpired, Dispute: StateDisputed},
	StateDisputed:     {Revoke: StateRevoked, ClearDispute: StatePublished},
}

// legalTo is where action leads from state, if it is legal.
func legalTo(from State, action Action) (State, bool) {
	to, ok := theLifecycle[from][action]
	return to, ok
}

// targetOf is the one state action leads to, from wherever it is legal.
func targetOf(t *testing.T, action Action) State {
	t.Helper()
	var to State
	for _, steps := range theLifecycle {
		if s, ok := steps[action]; ok {
			if to != "" && to != s {
				t.Fatalf("%s leads to %s and to %s", action, to, s)
			}
			to = s
		}
	}
	if to == "" {
		t.Fatalf("%s is in no transition", action)
	}
	return to
}

func TestTheTableIsWellFormed(t *testing.T) {
	t.Run("EveryActionHasOneTargetState", func(t *testing.T) {
		for _, a := range allActions {
			targetOf(t, a.action)
		}
	})
	t.Run("TheTableIsTheDesignedLifecycle", func(t *testing.T) {
		got := map[State]map[Action]State{}
		for _, s := range Transitions {
			if got[s.From] == nil {
				got[s.From] = map[Action]State{}
			}
			got[s.From][s.Action] = s.To
		}
		for _, from := range allStates {
			for _, a := range allActions {
				g, gok := got[from][a.action]
				w, wok := theLifecycle[from][a.action]
				if g != w || gok != wok {
					t.Errorf("%s from %s: the table says %q (legal %v), the design %q (legal %v)", a.action, from, g, gok, w, wok)
				}
			}
		}
	})
	t.Run("NoPairIsListedTwice", func(t *testing.T) {
		seen := map[[2]string]bool{}
		for _, s := range Transitions {
			k := [2]string{string(s.From), string(s.Action)}
			if seen[k] {
				t.Fatalf("%s from %s is listed twice", s.Action, s.From)
			}
			seen[k] = true
		}
	})
	t.Run("EveryStateIsReachableFromSubmitted", func(t *testing.T) {
		for _, s := range allStates {
			if _, err := Plan(StateSubmitted, s); err != nil {
				t.Errorf("%s: %v", s, err)
			}
		}
	})
	t.Run("OnlyDeclinedRevokedAndExpiredAreFinal", func(t *testing.T) {
		var final []State
		for _, s := range allStates {
			if !slices.ContainsFunc(Transitions, func(x step) bool { return x.From == s }) {
				final = append(final, s)
			}
		}
		if want := []State{StateDeclined, StateRevoked, StateExpired}; !slices.Equal(final, want) {
			t.Fatalf("final states %v, want %v", final, want)
		}
	})
	t.Run("AnIllegalPairNamesBothStatesAndTheLegalOnes", func(t *testing.T) {
		_, err := target(StateDeclined, Sign)
		testkit.WantFault(t, err, fault.Conflict, "")
		if msg := err.Error(); !strings.Contains(msg, "the case is declined and cannot become signed") || !strings.Contains(msg, "needs it to be approved") {
			t.Fatalf("message %q", msg)
		}
		_, err = target(StateSubmitted, Revoke)
		if msg := err.Error(); !strings.Contains(msg, "needs it to be disputed or expiring or published or signed") {
			t.Fatalf("message %q does not list every state revoking is legal from", msg)
		}
	})
}

// lcHarness is one database with a tenant and a TEST key, for walking cases.
type lcHarness struct {
	db    *database.DB
	svc   *Service
	clock *testkit.Clock
	key   context.Context // a TEST secret key of the tenant
}

func newLC(t *testing.T, url string) *lcHarness {
	t.Helper()
	db := testkit.Open(t, url)
	clock := testkit.NewClock(testkit.Epoch)
	svc := NewService(db.Client, testkit.Bus(t, db, url), clock.Now, []byte("lifecycle internal test cursor key"), "https://verify.test")
	svc.Signer = testkit.Keyring(t, db)
	tn := testkit.MustTenant(t, db.Client, "acme", membership.RoleOWNER)
	return &lcHarness{db: db, svc: svc, clock: clock,
		key: testkit.APIKey(tn.ID, environment.Test, "verification:create", "verification:read", "document:create", "report:read")}
}

// caseAt opens a sandbox case nobody simulates and walks it to state with
// the test helper.
func (h *lcHarness) caseAt(t *testing.T, state State) *ent.VerificationCase {
	t.Helper()
	ref := "sim_manual"
	c, err := h.svc.Create(h.key, CreateInput{SupplierName: "Acme Trading Co.", CountryCode: "IN", Tier: "tier2",
		Package: "standard", ContactEmail: "ops@acme.example", ClientReference: &ref})
	if err != nil {
		t.Fatal(err)
	}
	if state == StateSubmitted {
		return c
	}
	c, err = h.svc.Advance(h.key, c.ID, string(state))
	if err != nil {
		t.Fatalf("advance to %s: %v", state, err)
	}
	if got := h.state(t, c.ID); got != state {
		t.Fatalf("advanced to %s, the case is %s", state, got)
	}
	return c
}

// state reads where a case stands now.
func (h *lcHarness) state(t *testing.T, id string) State {
	t.Helper()
	c, err := h.db.Client.VerificationCase.Query().Where(verificationcase.ID(id)).WithReport().Only(testkit.System())
	if err != nil {
		t.Fatal(err)
	}
	return StateOf(c, c.Edges.Report)
}

// trail is what a case has left behind: its events' types and its timeline.
type trail struct {
	events   []string
	timeline []*ent.CaseEvent
}

func (h *lcHarness) trail(t *testing.T, id string) trail {
	t.Helper()
	sys := testkit.System()
	var out trail
	for _, e := range h.db.Client.Event.Query().Order(ent.Asc(event.FieldID)).AllX(sys) {
		if e.Payload["verification_case_id"] == id {
			out.events = append(out.events, e.Type)
		}
	}
	out.timeline = h.db.Client.CaseEvent.Query().Where(caseevent.CaseID(id)).
		Order(ent.Asc(caseevent.FieldCreatedAt), ent.Asc(caseevent.FieldID)).AllX(sys)
	return out
}

var (
	analyst = testkit.Staff(viewer.StaffAnalyst)
	senior  = testkit.Staff(viewer.StaffSeniorAnalyst)
)

// do takes action on c the way its real caller does.
func (h *lcHarness) do(t *testing.T, c *ent.VerificationCase, action Action) error {
	t.Helper()
	var err error
	switch action {
	case StartReview:
		_, err = h.svc.StartReview(analyst, c.ID)
	case RequestInfo:
		_, err = h.svc.RequestInformation(analyst, c.ID, []*RFIItemInput{{Kind: rfiitem.KindQUESTION, Message: "Who owns the supplier?"}})
	case Approve:
		_, err = h.svc.ApproveCase(analyst, c.ID, Approval{TrustScore: 80, RiskBand: verificationcase.RiskBandLOW})
	case Decline:
		_, err = h.svc.DeclineCase(analyst, c.ID, "The registry has no such company.")
	case Sign:
		_, err = h.svc.SignReport(senior, c.VerificationID)
	case Publish:
		_, err = h.svc.PublishReport(senior, c.VerificationID)
	case Revoke:
		_, err = h.svc.RevokeReport(senior, c.VerificationID, "Signed on forged documents.")
	case Dispute:
		_, err = h.svc.SetReportDisputed(senior, c.VerificationID, true, "A regulator disputes the score.")
	case ClearDispute:
		_, err = h.svc.SetReportDisputed(senior, c.VerificationID, false, "The regulator withdrew.")
	case ResolveInfo:
		open := h.db.Client.RFIItem.Query().Where(rfiitem.CaseID(c.ID), rfiitem.StatusEQ(rfiitem.StatusOPEN)).AllX(testkit.System())
		if len(open) == 0 {
			// Nothing to answer: ask for the step itself, as the last
			// answer would.
			_, err = h.svc.step(testkit.System(), c.ID, ResolveInfo, actorOf(viewer.FromContext(h.key)), stepInput{})
		}
		for _, it := range open {
			if _, err = h.svc.AnswerQuestion(h.key, c.ID, it.ID, "Jane Doe owns it."); err != nil {
				break
			}
		}
	case MarkExpiring, Expire:
		_, err = h.svc.step(testkit.System(), c.ID, action, systemActor, stepInput{forced: true})
	default:
		t.Fatalf("no way to take %s", action)
	}
	return err
}

// TestEveryStateAndAction takes every action from every state: a legal one
// reaches the table's state and leaves one event and one timeline entry; an
// illegal one is a conflict naming the current and the requested state and
// changes nothing.
func TestEveryStateAndAction(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newLC(t, url)
		for _, from := range allStates {
			t.Run(string(from), func(t *testing.T) {
				idle := h.caseAt(t, from) // illegal steps change nothing, so one case serves them all
				for _, a := range allActions {
					if to, ok := legalTo(from, a.action); ok {
						t.Run(a.name+"Reaches_"+string(to), func(t *testing.T) {
							c := h.caseAt(t, from)
							before := h.trail(t, c.ID)
							if err := h.do(t, c, a.action); err != nil {
								t.Fatalf("%s from %s: %v", a.action, from, err)
							}
							if got := h.state(t, c.ID); got != to {
								t.Fatalf("%s from %s reached %s, want %s", a.action, from, got, to)
							}
							after := h.trail(t, c.ID)
							if want := append(slices.Clone(before.events), string(a.action)); !slices.Equal(after.events, want) {
								t.Fatalf("events %v, want %v", after.events, want)
							}
							last := after.timeline[len(after.timeline)-1]
							if last.Action != string(a.action) || deref(last.FromStatus, "") != string(from) || deref(last.ToStatus, "") != string(to) {
								t.Fatalf("last timeline entry %s %v→%v, want %s %s→%s", last.Action, deref(last.FromStatus, ""), deref(last.ToStatus, ""), a.action, from, to)
							}
						})
						continue
					}
					t.Run(a.name+"IsAConflictNamingBothStates", func(t *testing.T) {
						before := h.trail(t, idle.ID)
						err := h.do(t, idle, a.action)
						testkit.WantFault(t, err, fault.Conflict, "")
						var fe *fault.Error
						errors.As(err, &fe)
						want := targetOf(t, a.action)
						if !strings.Contains(fe.Message, "the case is "+string(from)+" ") || !strings.Contains(fe.Message, "become "+string(want)) {
							t.Fatalf("message %q does not name the current state %s and the requested %s", fe.Message, from, want)
						}
						if got := h.state(t, idle.ID); got != from {
							t.Fatalf("a refused %s moved the case from %s to %s", a.action, from, got)
						}
						after := h.trail(t, idle.ID)
						if !slices.Equal(after.events, before.events) || len(after.timeline) != len(before.timeline) {
							t.Fatalf("a refused %s left events %v (before %v) and %d timeline entries (before %d)",
								a.action, after.events, before.events, len(after.timeline), len(before.timeline))
						}
					})
				}
			})
		}
	})
}

func TestPlan(t *testing.T) {
	for _, c := range []struct {
		name     string
		from, to State
		want     []Action
	}{
		{"FromAStateToItselfIsEmpty", StatePublished, StatePublished, []Action{}},
		{"SubmittedToPublishedIsTheDefaultPath", StateSubmitted, StatePublished, []Action{StartReview, Approve, Sign, Publish}},
		{"SubmittedToRFIResolvedAsksAndIsAnswered", StateSubmitted, StateRFIResolved, []Action{StartReview, RequestInfo, ResolveInfo}},
		{"SubmittedToRevokedSkipsPublishing", StateSubmitted, StateRevoked, []Action{StartReview, Approve, Sign, Revoke}},
		{"SubmittedToExpiredPassesExpiring", StateSubmitted, StateExpired, []Action{StartReview, Approve, Sign, Publish, MarkExpiring, Expire}},
		{"SubmittedToDisputed", StateSubmitted, StateDisputed, []Action{StartReview, Approve, Sign, Publish, Dispute}},
		{"RFIResolvedApprovesWithoutAnotherReview", StateRFIResolved, StateApproved, []Action{Approve}},
		{"RFIRequestedToDeclinedWaitsForTheAnswer", StateRFIRequested, StateDeclined, []Action{ResolveInfo, Decline}},
		{"DisputedToExpiringClearsTheDisputeFirst", StateDisputed, StateExpiring, []Action{ClearDispute, MarkExpiring}},
		{"DisputedToRevoked", StateDisputed, StateRevoked, []Action{Revoke}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := Plan(c.from, c.to)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, c.want) {
				t.Fatalf("Plan(%s, %s) = %v, want %v", c.from, c.to, got, c.want)
			}
		})
	}
	for _, c := range []struct {
		name     string
		from, to State
	}{
		{"DeclinedCannotBeApproved", StateDeclined, StateApproved},
		{"DeclinedCannotBeReviewedAgain", StateDeclined, StateInReview},
		{"RevokedCannotBePublished", StateRevoked, StatePublished},
		{"ExpiredCannotBeRevoked", StateExpired, StateRevoked},
		{"PublishedCannotGoBackToReview", StatePublished, StateInReview},
		{"ApprovedCannotBeDeclined", StateApproved, StateDeclined},
		{"SignedCannotBeUnsigned", StateSigned, StateApproved},
		{"AnUnknownStartReachesNothing", State("sideways"), StatePublished},
	} {
		t.Run(c.name+"IsAConflictNamingBoth", func(t *testing.T) {
			plan, err := Plan(c.from, c.to)
			testkit.WantFault(t, err, fault.Conflict, "")
			if msg := err.Error(); !strings.Contains(msg, "is "+string(c.from)) || !strings.Contains(msg, "reach "+string(c.to)) {
				t.Fatalf("message %q does not name %s and %s", msg, c.from, c.to)
			}
			if plan != nil {
				t.Fatalf("an unreachable state has the plan %v", plan)
			}
		})
	}
	for _, c := range []struct{ name, to string }{
		{"AnUnknownState", "sideways"},
		{"TheEmptyState", ""},
		{"AnUpperCaseState", "PUBLISHED"},
		{"AnActionInsteadOfAState", "report.published"},
	} {
		t.Run(c.name+"IsInvalidNamingTo", func(t *testing.T) {
			_, err := Plan(StateSubmitted, State(c.to))
			testkit.WantFault(t, err, fault.Invalid, "to")
			if !strings.Contains(err.Error(), "submitted, in_review") {
				t.Fatalf("message %q does not list the states", err)
			}
		})
	}
	// Every plan between every two states is a walk along the table that
	// ends where it was asked to and is as short as any: its length is the
	// distance Floyd–Warshall finds on the designed lifecycle.
	t.Run("EveryPlanIsAShortestWalk", func(t *testing.T) {
		const inf = 1 << 20
		dist := map[[2]State]int{}
		for _, a := range allStates {
			for _, b := range allStates {
				dist[[2]State{a, b}] = inf
			}
			dist[[2]State{a, a}] = 0
			for _, to := range theLifecycle[a] {
				dist[[2]State{a, to}] = 1
			}
		}
		for _, k := range allStates {
			for _, a := range allStates {
				for _, b := range allStates {
					if d := dist[[2]State{a, k}] + dist[[2]State{k, b}]; d < dist[[2]State{a, b}] {
						dist[[2]State{a, b}] = d
					}
				}
			}
		}
		for _, from := range allStates {
			for _, to := range allStates {
				plan, err := Plan(from, to)
				if d := dist[[2]State{from, to}]; d == inf {
					if !fault.Is(err, fault.Conflict) {
						t.Errorf("Plan(%s, %s) = %v, %v; want a conflict, it is unreachable", from, to, plan, err)
					}
					continue
				}
				if err != nil {
					t.Errorf("Plan(%s, %s): %v", from, to, err)
					continue
				}
				at := from
				for _, a := range plan {
					next, ok := legalTo(at, a)
					if !ok {
						t.Fatalf("Plan(%s, %s) = %v takes %s from %s", from, to, plan, a, at)
					}
					at = next
				}
				if at != to || len(plan) != dist[[2]State{from, to}] {
					t.Errorf("Plan(%s, %s) = %v ends at %s after %d steps, want %s after %d", from, to, plan, at, len(plan), to, dist[[2]State{from, to}])
				}
			}
		}
	})
}

func TestStateOf(t *testing.T) {
	now := testkit.Epoch
	caseIn := func(st verificationcase.Status) *ent.VerificationCase { return &ent.VerificationCase{Status: st} }
	approved := caseIn(verificationcase.StatusAPPROVED)
	rep := func(st report.LifecycleStatus, disputed, expiring bool) *ent.Report {
		r := &ent.Report{LifecycleStatus: st, Disputed: disputed}
		if expiring {
			r.ExpiringNotifiedAt = &now
		}
		return r
	}
	for _, c := range []struct {
		name string
		c    *ent.VerificationCase
		r    *ent.Report
		want State
	}{
		{"ASubmittedCase", caseIn(verificationcase.StatusSUBMITTED), nil, StateSubmitted},
		{"ACaseInReview", caseIn(verificationcase.StatusIN_REVIEW), nil, StateInReview},
		{"ACaseWaitingForInformation", caseIn(verificationcase.StatusRFI_REQUESTED), nil, StateRFIRequested},
		{"ACaseWhoseRFIWasAnswered", caseIn(verificationcase.StatusRFI_RESOLVED), nil, StateRFIResolved},
		{"ADeclinedCase", caseIn(verificationcase.StatusDECLINED), nil, StateDeclined},
		{"AnApprovedCaseWithoutAReportYet", approved, nil, StateApproved},
		{"AnApprovedCaseWithAnUnsignedReport", approved, rep(report.LifecycleStatusAPPROVED, false, false), StateApproved},
		{"ASignedReport", approved, rep(report.LifecycleStatusSIGNED, false, false), StateSigned},
		{"APublishedReport", approved, rep(report.LifecycleStatusPUBLISHED, false, false), StatePublished},
		{"APublishedReportNotifiedAsExpiring", approved, rep(report.LifecycleStatusPUBLISHED, false, true), StateExpiring},
		{"ADisputedReport", approved, rep(report.LifecycleStatusPUBLISHED, true, false), StateDisputed},
		{"DisputedBeatsExpiring", approved, rep(report.LifecycleStatusPUBLISHED, true, true), StateDisputed},
		{"ARevokedReport", approved, rep(report.LifecycleStatusREVOKED, false, false), StateRevoked},
		{"ARevokedReportThatWasDisputed", approved, rep(report.LifecycleStatusREVOKED, true, true), StateRevoked},
		{"AnExpiredReport", approved, rep(report.LifecycleStatusEXPIRED, false, true), StateExpired},
		// A report belongs to an approved case; should a case's status say
		// otherwise, the case's status is where it stands.
		{"AReportOfACaseNotApprovedIsIgnored", caseIn(verificationcase.StatusIN_REVIEW), rep(report.LifecycleStatusPUBLISHED, false, false), StateInReview},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := StateOf(c.c, c.r); got != c.want {
				t.Fatalf("StateOf = %s, want %s", got, c.want)
			}
		})
	}
	t.Run("EveryStateHasItsName", func(t *testing.T) {
		for _, s := range allStates {
			if !s.valid() {
				t.Errorf("%s is not a valid state", s)
			}
		}
		if len(stateNames()) != len(allStates) {
			t.Fatalf("%d state names, %d states", len(stateNames()), len(allStates))
		}
	})
}
