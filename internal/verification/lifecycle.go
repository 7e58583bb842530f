package verification

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/fault"
)

// Action is one step of the verification lifecycle. Its string is the event
// type the step emits, so the table below is also the event catalog's map.
type Action string

// The lifecycle's steps: first a case's, then its report's.
const (
	Submit       Action = "verification.submitted" // a case is created; not a transition
	StartReview  Action = "verification.in_review"
	RequestInfo  Action = "verification.rfi_requested"
	ResolveInfo  Action = "verification.rfi_resolved"
	Approve      Action = "verification.approved"
	Decline      Action = "verification.declined"
	Sign         Action = "report.signed"
	Publish      Action = "report.published"
	Revoke       Action = "report.revoked"
	MarkExpiring Action = "report.expiring"
	Expire       Action = "report.expired"
	Dispute      Action = "report.disputed"
	ClearDispute Action = "report.dispute_cleared"
)

// State is where a case stands, case and report together: the case statuses
// up to approved or declined, then the report's (signed, published, revoked,
// expired) with expiring and disputed derived from published. States are
// written in lower case, as REST and webhooks spell them.
type State string

// The states.
const (
	StateSubmitted    State = "submitted"
	StateInReview     State = "in_review"
	StateRFIRequested State = "rfi_requested"
	StateRFIResolved  State = "rfi_resolved"
	StateApproved     State = "approved"
	StateDeclined     State = "declined"
	StateSigned       State = "signed"
	StatePublished    State = "published"
	StateExpiring     State = "expiring"
	StateDisputed     State = "disputed"
	StateRevoked      State = "revoked"
	StateExpired      State = "expired"
)

// step is one legal transition.
type step struct {
	From   State
	Action Action
	To     State
}

// Transitions is the lifecycle: every legal transition, and nothing else.
// Anything not here is a conflict naming the current and the requested
// state. The planner of the sandbox walks the same table.
var Transitions = []step{
	{StateSubmitted, StartReview, StateInReview},
	{StateRFIResolved, StartReview, StateInReview},
	{StateInReview, RequestInfo, StateRFIRequested},
	{StateRFIRequested, ResolveInfo, StateRFIResolved},
	{StateInReview, Approve, StateApproved},
	{StateRFIResolved, Approve, StateApproved},
	{StateInReview, Decline, StateDeclined},
	{StateRFIResolved, Decline, StateDeclined},
	{StateApproved, Sign, StateSigned},
	{StateSigned, Publish, StatePublished},
	{StateSigned, Revoke, StateRevoked},
	{StatePublished, Revoke, StateRevoked},
	{StateExpiring, Revoke, StateRevoked},
	{StateDisputed, Revoke, StateRevoked},
	{StatePublished, MarkExpiring, StateExpiring},
	{StateExpiring, Expire, StateExpired},
	{StatePublished, Dispute, StateDisputed},
	{StateExpiring, Dispute, StateDisputed},
	{StateDisputed, ClearDispute, StatePublished},
}

// target returns where action leads from state, or the conflict that says
// why it cannot be taken there.
func target(from State, action Action) (State, error) {
	var legalFrom []string
	var to State
	for _, t := range Transitions {
		if t.Action != action {
			continue
		}
		if t.From == from {
			return t.To, nil
		}
		legalFrom, to = append(legalFrom, string(t.From)), t.To
	}
	slices.Sort(legalFrom)
	legalFrom = slices.Compact(legalFrom)
	return "", fault.New(fault.Conflict, "the case is %s and cannot become %s: %s needs it to be %s",
		from, to, action.verb(), strings.Join(legalFrom, " or "))
}

// verb names an action for people.
func (a Action) verb() string {
	switch a {
	case StartReview:
		return "starting a review"
	case RequestInfo:
		return "requesting information"
	case ResolveInfo:
		return "resolving the request for information"
	case Approve:
		return "approving"
	case Decline:
		return "declining"
	case Sign:
		return "signing the report"
	case Publish:
		return "publishing the report"
	case Revoke:
		return "revoking the report"
	case MarkExpiring:
		return "marking the report expiring"
	case Expire:
		return "expiring the report"
	case Dispute:
		return "marking the report disputed"
	case ClearDispute:
		return "clearing the dispute"
	}
	return string(a)
}

// expiringWindow is how long before valid_until a report is Expiring.
const expiringWindow = 30 * 24 * time.Hour

// StateOf returns where c stands (r is its report, or nil).
func StateOf(c *ent.VerificationCase, r *ent.Report) State {
	if r == nil || c.Status != verificationcase.StatusAPPROVED {
		return State(strings.ToLower(string(c.Status)))
	}
	switch r.LifecycleStatus {
	case report.LifecycleStatusPUBLISHED:
		switch {
		case r.Disputed:
			return StateDisputed
		case r.ExpiringNotifiedAt != nil:
			return StateExpiring
		}
		return StatePublished
	default:
		return State(strings.ToLower(string(r.LifecycleStatus)))
	}
}

// Plan returns the actions that lead from one state to another along the
// table, shortest first; from itself is an empty plan. A state that cannot
// be reached is a conflict naming both.
func Plan(from, to State) ([]Action, error) {
	if !to.valid() {
		return nil, fault.InvalidField("to", "{field} must be one of %s", strings.Join(stateNames(), ", "))
	}
	type node struct {
		state State
		path  []Action
	}
	seen := map[State]bool{from: true}
	queue := []node{{state: from}}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n.state == to {
			return n.path, nil
		}
		for _, t := range Transitions {
			if t.From == n.state && !seen[t.To] {
				seen[t.To] = true
				queue = append(queue, node{state: t.To, path: append(slices.Clone(n.path), t.Action)})
			}
		}
	}
	return nil, fault.New(fault.Conflict, "the case is %s and cannot reach %s", from, to)
}

func (s State) valid() bool { return slices.Contains(stateNames(), string(s)) }

// stateNames lists every state, in lifecycle order.
func stateNames() []string {
	return []string{string(StateSubmitted), string(StateInReview), string(StateRFIRequested), string(StateRFIResolved),
		string(StateApproved), string(StateDeclined), string(StateSigned), string(StatePublished), string(StateExpiring),
		string(StateDisputed), string(StateRevoked), string(StateExpired)}
}

// caseStatus is the case status a state implies (states past approval are
// approved cases).
func (s State) caseStatus() verificationcase.Status {
	switch s {
	case StateSubmitted, StateInReview, StateRFIRequested, StateRFIResolved, StateDeclined:
		return verificationcase.Status(strings.ToUpper(string(s)))
	}
	return verificationcase.StatusAPPROVED
}

// reportStatus is the report lifecycle status a state past approval implies.
func (s State) reportStatus() report.LifecycleStatus {
	switch s {
	case StateExpiring, StateDisputed:
		return report.LifecycleStatusPUBLISHED
	}
	return report.LifecycleStatus(strings.ToUpper(string(s)))
}

// isReportStep reports whether the action changes the report, not the case.
func (a Action) isReportStep() bool { return strings.HasPrefix(string(a), "report.") }

// String makes an Action print as its event type.
func (a Action) String() string { return string(a) }

var _ fmt.Stringer = Action("")
