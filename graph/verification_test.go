package graph_test

// The verification lifecycle over GraphQL: the staff console's role matrix
// (every staff query and mutation for every kind of caller), its cross-tenant
// Relay lists, the timeline a partner reads, and tenant isolation of cases
// and their requests for information.

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/server/servertest"
)

const (
	createCaseMutation = `mutation($in: CreateVerificationCaseInput!) { createVerificationCase(input: $in) { id verificationID state } }`
	advanceMutation    = `mutation($id: ID!, $to: String!) { advanceSandboxCase(caseId: $id, to: $to) { id verificationID state rfiItems { id kind status } } }`
	caseQuery          = `query($id: ID!) { verificationCase(id: $id) { id verificationID state organization { id }
		rfiItems { id kind status answer }
		timeline { action fromStatus toStatus actorType actor reason createdAt } } }`
)

// gqlCase is a case as these tests select it.
type gqlCase struct {
	ID             string `json:"id"`
	VerificationID string `json:"verificationID"`
	State          string `json:"state"`
	Organization   struct{ ID string }
	RfiItems       []struct{ ID, Kind, Status string }
	Timeline       []struct {
		Action, ActorType, Actor, CreatedAt string
		FromStatus, ToStatus, Reason        *string
	}
}

// sandboxCase opens a case nobody simulates in the sandbox of token's
// organization and walks it to state with the test helper.
func sandboxCase(t *testing.T, s *servertest.Server, token, state string) gqlCase {
	t.Helper()
	var created struct{ CreateVerificationCase gqlCase }
	s.GraphQL(t, token, createCaseMutation, map[string]any{"in": map[string]any{"supplierName": "Acme Trading Co.", "countryCode": "IN",
		"tier": "tier2", "package": "standard", "contactEmail": "ops@acme.example", "clientReference": "sim_manual"}}).Decode(t, &created)
	c := created.CreateVerificationCase
	if state == "submitted" {
		return c
	}
	var adv struct{ AdvanceSandboxCase gqlCase }
	s.GraphQL(t, token, advanceMutation, map[string]any{"id": c.ID, "to": state}).Decode(t, &adv)
	if adv.AdvanceSandboxCase.State != state {
		t.Fatalf("advanced to %s, the case is %s", state, adv.AdvanceSandboxCase.State)
	}
	return adv.AdvanceSandboxCase
}

// apiKeySecret creates a TEST key with the session token and returns its
// secret.
func apiKeySecret(t *testing.T, s *servertest.Server, token string) string {
	t.Helper()
	var k struct{ CreateApiKey struct{ Secret string } }
	s.GraphQL(t, token, `mutation { createApiKey(input: {name: "graphql refusal", environment: TEST}) { secret } }`, nil).Decode(t, &k)
	if !strings.HasPrefix(k.CreateApiKey.Secret, "kbs_test_") {
		t.Fatalf("secret %q", k.CreateApiKey.Secret)
	}
	return k.CreateApiKey.Secret
}

// TestStaffRoleMatrix runs every staff query and mutation as every kind of
// caller: the roles that may get an answer, everyone else forbidden (a
// tenant's members, a staff member of the wrong role) or unauthorized (no
// credentials, or an API key, which GraphQL does not take).
func TestStaffRoleMatrix(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		owner := s.SignUp(t, "owner@acme.example", "Acme")
		callers := []struct{ name, token string }{
			{"Anonymous", ""},
			{"TenantOwner", owner.AccessToken},
			{"TenantViewer", memberToken(t, s, owner.TenantID, "viewer@acme.example", membership.RoleVIEWER)},
			{"APIKey", apiKeySecret(t, s, owner.AccessToken)},
			{"Analyst", staffToken(t, s, "analyst@keybs.example", viewer.StaffAnalyst)},
			{"SeniorAnalyst", staffToken(t, s, "senior@keybs.example", viewer.StaffSeniorAnalyst)},
			{"Ops", staffToken(t, s, "ops@keybs.example", viewer.StaffOps)},
		}
		staff := []string{"Analyst", "SeniorAnalyst", "Ops"}
		workers := []string{"Analyst", "SeniorAnalyst"}
		seniors := []string{"SeniorAnalyst"}
		reviewers := []string{"SeniorAnalyst", "Ops"}

		// Targets: a fresh one for each call that may succeed, so it finds
		// the state it needs; refused calls share one.
		caseAt := func(state string) func(t *testing.T) map[string]any {
			return func(t *testing.T) map[string]any {
				c := sandboxCase(t, s, owner.AccessToken, state)
				return map[string]any{"case": c.ID, "vid": c.VerificationID}
			}
		}
		n := 0
		kycTenant := func(t *testing.T) map[string]any {
			n++
			other := s.SignUp(t, fmt.Sprintf("kyc%d@kyc.example", n), fmt.Sprint("KYC ", n))
			s.GraphQL(t, other.AccessToken, submitKyc, kycInput(nil)).Decode(t, &struct{}{})
			return map[string]any{"id": other.TenantID}
		}
		pendingApp := func(t *testing.T) map[string]any {
			n++
			app := createApp(t, s, owner.AccessToken, map[string]any{"name": fmt.Sprint("App ", n), "callbackUrls": []string{"https://acme.example/cb"}})
			s.GraphQL(t, owner.AccessToken, requestAccessMutation, map[string]any{"id": app.ID}).Decode(t, &struct{}{})
			return map[string]any{"id": app.ID}
		}
		none := func(*testing.T) map[string]any { return nil }

		ops := []struct {
			name, query string
			vars        func(t *testing.T) map[string]any
			allowed     []string
		}{
			{"staffVerificationCases", `{ staffVerificationCases(first: 5) { totalCount edges { node { id } } } }`, none, staff},
			{"staffTenants", `{ staffTenants(first: 5) { totalCount edges { node { id } } } }`, none, staff},
			{"staffApplications", `{ staffApplications(first: 5) { totalCount edges { node { id } } } }`, none, staff},
			{"startReview", `mutation($case: ID!) { startReview(caseId: $case) { state } }`, caseAt("submitted"), workers},
			{"requestInformation", `mutation($case: ID!) { requestInformation(caseId: $case, items: [{kind: QUESTION, message: "Who owns it?"}]) { state } }`, caseAt("in_review"), workers},
			{"approveVerification", `mutation($case: ID!) { approveVerification(caseId: $case, input: {trustScore: 80, riskBand: LOW}) { state } }`, caseAt("in_review"), workers},
			{"declineVerification", `mutation($case: ID!) { declineVerification(caseId: $case, reason: "Shell company") { state } }`, caseAt("in_review"), workers},
			{"signReport", `mutation($vid: ID!) { signReport(verificationId: $vid) { lifecycleStatus digest } }`, caseAt("approved"), seniors},
			{"publishReport", `mutation($vid: ID!) { publishReport(verificationId: $vid) { lifecycleStatus } }`, caseAt("signed"), seniors},
			{"revokeReport", `mutation($vid: ID!) { revokeReport(verificationId: $vid, reason: "Forged") { lifecycleStatus } }`, caseAt("published"), seniors},
			{"setReportDisputedTrue", `mutation($vid: ID!) { setReportDisputed(verificationId: $vid, disputed: true, reason: "Disputed") { disputed } }`, caseAt("published"), seniors},
			{"setReportDisputedFalse", `mutation($vid: ID!) { setReportDisputed(verificationId: $vid, disputed: false, reason: "Cleared") { disputed } }`, caseAt("disputed"), seniors},
			// Senior analysts review KYC and production access too, as ops do.
			{"reviewKyc", `mutation($id: ID!) { reviewKyc(tenantId: $id, decision: APPROVE) { kycStatus } }`, kycTenant, reviewers},
			{"reviewApplication", `mutation($id: ID!) { reviewApplication(id: $id, decision: APPROVE) { status } }`, pendingApp, reviewers},
		}
		for _, op := range ops {
			t.Run(op.name, func(t *testing.T) {
				shared := op.vars(t)
				for _, who := range callers {
					allowed := slices.Contains(op.allowed, who.name)
					want := "forbidden"
					switch {
					case allowed:
						want = "an answer"
					case who.name == "Anonymous" || who.name == "APIKey":
						want = "unauthorized"
					}
					t.Run(who.name+map[string]string{"an answer": "IsAnswered", "forbidden": "IsForbidden", "unauthorized": "IsUnauthorized"}[want], func(t *testing.T) {
						vars := shared
						if allowed {
							vars = op.vars(t)
						}
						res := s.GraphQL(t, who.token, op.query, vars)
						if allowed {
							if len(res.Errors) > 0 || len(res.Data) < 5 {
								t.Fatalf("%s as %s: %+v %s", op.name, who.name, res.Errors, res.Data)
							}
							return
						}
						if e := res.Err(t); e.Code() != want {
							t.Fatalf("%s as %s: %s (%s), want %s", op.name, who.name, e.Code(), e.Message, want)
						}
						if string(res.Data) != "null" && !strings.Contains(string(res.Data), "null") {
							t.Fatalf("a refused %s returned data %s", op.name, res.Data)
						}
					})
				}
				if shared != nil && shared["case"] != nil {
					// Nothing any refused caller did moved the shared case.
					var got struct{ VerificationCase gqlCase }
					s.GraphQL(t, owner.AccessToken, caseQuery, map[string]any{"id": shared["case"]}).Decode(t, &got)
					if len(got.VerificationCase.Timeline) == 0 {
						t.Fatal("no timeline")
					}
					if last := got.VerificationCase.Timeline[len(got.VerificationCase.Timeline)-1]; last.ActorType == "STAFF" {
						t.Fatalf("a refused caller took %s", last.Action)
					}
				}
			})
		}
	})
}

// TestStaffConsole: the staff lists are cross-tenant Relay connections,
// oldest first, with their filters; a staff member works a case from
// submission to a published report and the partner reads every step.
func TestStaffConsole(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		a := s.SignUp(t, "owner@a.example", "A")
		b := s.SignUp(t, "owner@b.example", "B")
		analyst := staffToken(t, s, "analyst@keybs.example", viewer.StaffAnalyst)
		senior := staffToken(t, s, "senior@keybs.example", viewer.StaffSeniorAnalyst)
		senior2 := staffToken(t, s, "senior2@keybs.example", viewer.StaffSeniorAnalyst)
		ops := staffToken(t, s, "ops@keybs.example", viewer.StaffOps)
		ca := sandboxCase(t, s, a.AccessToken, "submitted")
		cb := sandboxCase(t, s, b.AccessToken, "submitted")

		type page struct {
			TotalCount int
			PageInfo   struct {
				EndCursor   *string
				HasNextPage bool
			}
			Edges []struct {
				Node struct {
					ID, Status, CreatedAt string
					Organization          struct{ ID string }
				}
			}
		}
		list := func(t *testing.T, token, where, after string) page {
			t.Helper()
			args := "first: 4"
			if after != "" {
				args += fmt.Sprintf(", after: %q", after)
			}
			if where != "" {
				args += ", where: " + where
			}
			var data struct{ StaffVerificationCases page }
			s.GraphQL(t, token, `{ staffVerificationCases(`+args+`) { totalCount pageInfo { endCursor hasNextPage }
				edges { node { id status createdAt organization { id } } } } }`, nil).Decode(t, &data)
			return data.StaffVerificationCases
		}
		t.Run("CasesOfEveryTenantOldestFirstAcrossPages", func(t *testing.T) {
			var ids, created []string
			tenants := map[string]bool{}
			after := ""
			for range 10 {
				p := list(t, ops, "", after)
				for _, e := range p.Edges {
					ids = append(ids, e.Node.ID)
					created = append(created, e.Node.CreatedAt)
					tenants[e.Node.Organization.ID] = true
				}
				if !p.PageInfo.HasNextPage {
					break
				}
				after = *p.PageInfo.EndCursor
			}
			// Seven demo cases each, and one more each.
			if len(ids) != 16 || !tenants[a.TenantID] || !tenants[b.TenantID] {
				t.Fatalf("%d cases of %v", len(ids), tenants)
			}
			if !slices.IsSorted(ids) {
				t.Fatalf("not oldest first: %v", ids)
			}
			if !slices.Contains(ids, ca.ID) || !slices.Contains(ids, cb.ID) || ids[len(ids)-1] != cb.ID {
				t.Fatalf("the newest case is %s, want B's %s", ids[len(ids)-1], cb.ID)
			}
		})
		t.Run("FiltersNarrowTheQueue", func(t *testing.T) {
			p := list(t, analyst, fmt.Sprintf(`{tenantId: %q, status: SUBMITTED}`, b.TenantID), "")
			if p.TotalCount != 2 || p.Edges[0].Node.Organization.ID != b.TenantID {
				t.Fatalf("B's submitted cases: %+v", p)
			}
			if p := list(t, analyst, `{environment: LIVE}`, ""); p.TotalCount != 0 {
				t.Fatalf("%d live cases", p.TotalCount)
			}
		})
		t.Run("TenantsAndApplicationsOldestFirst", func(t *testing.T) {
			var data struct {
				StaffTenants struct {
					Edges []struct{ Node struct{ ID string } }
				}
				StaffApplications struct {
					Edges []struct{ Node struct{ ID, Status string } }
				}
			}
			s.GraphQL(t, ops, `{ staffTenants(first: 10) { edges { node { id } } } staffApplications(first: 10, where: {productionStatus: DRAFT}) { edges { node { id status } } } }`, nil).Decode(t, &data)
			if e := data.StaffTenants.Edges; len(e) != 2 || e[0].Node.ID != a.TenantID || e[1].Node.ID != b.TenantID {
				t.Fatalf("tenants %+v", e)
			}
			if e := data.StaffApplications.Edges; len(e) != 2 || e[0].Node.ID > e[1].Node.ID || e[0].Node.Status != "DRAFT" {
				t.Fatalf("applications %+v", e)
			}
		})

		walk := []struct{ token, query string }{
			{analyst, `mutation($id: ID!) { startReview(caseId: $id) { state } }`},
			{analyst, `mutation($id: ID!) { requestInformation(caseId: $id, items: [{kind: QUESTION, message: "Who owns the supplier?"}]) { state } }`},
		}
		for _, w := range walk {
			s.GraphQL(t, w.token, w.query, caseVars(w.query, ca)).Decode(t, &struct{}{})
		}
		var got struct{ VerificationCase gqlCase }
		s.GraphQL(t, a.AccessToken, caseQuery, map[string]any{"id": ca.VerificationID}).Decode(t, &got)
		item := got.VerificationCase.RfiItems[0].ID
		t.Run("TheOtherTenantCannotReadOrAnswer", func(t *testing.T) {
			for _, x := range []struct {
				name, query string
				vars        map[string]any
			}{
				{"ReadTheCase", caseQuery, map[string]any{"id": ca.ID}},
				{"ReadTheCaseByVerificationID", caseQuery, map[string]any{"id": ca.VerificationID}},
				{"AnswerTheItem", `mutation($id: ID!) { answerRfiItem(itemId: $id, text: "x") { id } }`, map[string]any{"id": item}},
				{"AttachADocument", `mutation($id: ID!) { attachDocument(caseId: $id, input: {kind: "other", filename: "a.pdf", storagePath: "a/a.pdf", sha256: "` + strings.Repeat("0", 64) + `"}) { id } }`, map[string]any{"id": ca.ID}},
				{"AdvanceTheCase", advanceMutation, map[string]any{"id": ca.ID, "to": "rfi_resolved"}},
			} {
				t.Run(x.name+"IsNotFound", func(t *testing.T) {
					if e := s.GraphQL(t, b.AccessToken, x.query, x.vars).Err(t); e.Code() != "not_found" {
						t.Fatalf("got %s (%s)", e.Code(), e.Message)
					}
				})
			}
			var n struct{ Cases struct{ TotalCount int } }
			res := s.GraphQL(t, b.AccessToken, `query($c: ID!) { node(id: $c) { id } }`, map[string]any{"c": ca.ID})
			if strings.Contains(string(res.Data), ca.ID) {
				t.Fatalf("B reads A's case as a node: %s", res.Data)
			}
			res = s.GraphQL(t, b.AccessToken, `query($c: ID!) { node(id: $c) { id } }`, map[string]any{"c": item})
			if strings.Contains(string(res.Data), item) {
				t.Fatalf("B reads A's RFI item as a node: %s", res.Data)
			}
			s.GraphQL(t, b.AccessToken, `{ cases: verificationCases { totalCount } }`, nil).Decode(t, &n)
			if n.Cases.TotalCount != 8 {
				t.Fatalf("B lists %d cases, want its own 8", n.Cases.TotalCount)
			}
		})
		s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { answerRfiItem(itemId: $id, text: "Jane Doe") { status } }`, map[string]any{"id": item}).Decode(t, &struct{}{})
		for _, w := range []struct{ token, query string }{
			{analyst, `mutation($id: ID!) { startReview(caseId: $id) { state } }`},
			{senior, `mutation($id: ID!) { approveVerification(caseId: $id, input: {trustScore: 78, riskBand: MEDIUM, controls: ["Annual audit"]}) { state } }`},
			{senior2, `mutation($vid: ID!) { signReport(verificationId: $vid) { lifecycleStatus } }`},
			{senior2, `mutation($vid: ID!) { publishReport(verificationId: $vid) { lifecycleStatus } }`},
		} {
			s.GraphQL(t, w.token, w.query, caseVars(w.query, ca)).Decode(t, &struct{}{})
		}
		t.Run("TheApproverCannotSignOverGraphQL", func(t *testing.T) {
			c := sandboxCase(t, s, a.AccessToken, "in_review")
			s.GraphQL(t, senior, `mutation($id: ID!) { approveVerification(caseId: $id, input: {trustScore: 70, riskBand: LOW}) { state } }`, map[string]any{"id": c.ID}).Decode(t, &struct{}{})
			if e := s.GraphQL(t, senior, `mutation($v: ID!) { signReport(verificationId: $v) { id } }`, map[string]any{"v": c.VerificationID}).Err(t); e.Code() != "forbidden" || !strings.Contains(e.Message, "four eyes") {
				t.Fatalf("got %s (%s)", e.Code(), e.Message)
			}
		})
		t.Run("AnIllegalStepIsAConflictNamingBothStates", func(t *testing.T) {
			e := s.GraphQL(t, analyst, `mutation($id: ID!) { startReview(caseId: $id) { state } }`, map[string]any{"id": ca.ID}).Err(t)
			if e.Code() != "conflict" || !strings.Contains(e.Message, "the case is published and cannot become in_review") {
				t.Fatalf("got %s (%s)", e.Code(), e.Message)
			}
		})
		t.Run("ThePartnerReadsTheTimeline", func(t *testing.T) {
			var got struct{ VerificationCase gqlCase }
			s.GraphQL(t, a.AccessToken, caseQuery, map[string]any{"id": ca.ID}).Decode(t, &got)
			c := got.VerificationCase
			if c.State != "published" || c.Organization.ID != a.TenantID || c.RfiItems[0].Status != "ANSWERED" {
				t.Fatalf("case %+v", c)
			}
			type step struct{ action, from, to, actorType, actor string }
			var steps []step
			for _, e := range c.Timeline {
				steps = append(steps, step{e.Action, deref(e.FromStatus), deref(e.ToStatus), e.ActorType, e.Actor})
			}
			want := []step{
				{"verification.submitted", "", "submitted", "USER", "Test User"},
				{"verification.in_review", "submitted", "in_review", "STAFF", "KeyBS analyst"},
				{"verification.rfi_requested", "in_review", "rfi_requested", "STAFF", "KeyBS analyst"},
				{"rfi.item_answered", "rfi_requested", "rfi_requested", "USER", "Test User"},
				{"verification.rfi_resolved", "rfi_requested", "rfi_resolved", "USER", "Test User"},
				{"verification.in_review", "rfi_resolved", "in_review", "STAFF", "KeyBS analyst"},
				{"verification.approved", "in_review", "approved", "STAFF", "KeyBS analyst"},
				{"report.signed", "approved", "signed", "STAFF", "KeyBS analyst"},
				{"report.published", "signed", "published", "STAFF", "KeyBS analyst"},
			}
			if !slices.Equal(steps, want) {
				t.Fatalf("timeline\n%v\nwant\n%v", steps, want)
			}
			if !slices.IsSortedFunc(c.Timeline, func(x, y struct {
				Action, ActorType, Actor, CreatedAt string
				FromStatus, ToStatus, Reason        *string
			}) int {
				return strings.Compare(x.CreatedAt, y.CreatedAt)
			}) {
				t.Fatal("the timeline is not oldest first")
			}
		})
		t.Run("StaffReadAnyTenantsCase", func(t *testing.T) {
			var got struct{ VerificationCase gqlCase }
			s.GraphQL(t, ops, caseQuery, map[string]any{"id": ca.VerificationID}).Decode(t, &got)
			if got.VerificationCase.ID != ca.ID || len(got.VerificationCase.Timeline) != 9 {
				t.Fatalf("staff read %+v", got.VerificationCase)
			}
		})
		t.Run("TheTenantsAuditLogNamesTheStaffSteps", func(t *testing.T) {
			var logs struct {
				AuditLogs struct {
					Edges []struct {
						Node struct{ Action, ActorType string }
					}
				}
			}
			s.GraphQL(t, a.AccessToken, `{ auditLogs(first: 100, where: {targetID: "`+ca.ID+`"}) { edges { node { action actorType } } } }`, nil).Decode(t, &logs)
			staffSteps := 0
			for _, e := range logs.AuditLogs.Edges {
				if e.Node.ActorType == "STAFF" {
					staffSteps++
				}
			}
			if staffSteps != 6 {
				t.Fatalf("%d staff steps in A's audit log, want 6: %+v", staffSteps, logs.AuditLogs.Edges)
			}
		})
	})
}

// caseVars are the variables of a query that names a case by $id or its
// report by $vid.
func caseVars(query string, c gqlCase) map[string]any {
	if strings.Contains(query, "$vid") {
		return map[string]any{"vid": c.VerificationID}
	}
	return map[string]any{"id": c.ID}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
