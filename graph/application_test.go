package graph_test

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
	updateAppMutation  = `mutation($id: ID!, $in: ApplicationInput!) { updateApplication(id: $id, input: $in) { id name callbackUrls ipAllowlist status archivedAt } }`
	archiveAppMutation = `mutation($id: ID!) { archiveApplication(id: $id) { id archivedAt } }`
	appQuery           = `query($id: ID!) { application(id: $id) { id name status } }`
)

type createdApp struct {
	ID, Name, Industry, Status     string
	IsDefault                      bool
	CallbackUrls, IPAllowlist      []string
	RequiredModules, AllowedScopes []string
	ExpectedMonthlyVolume          int64
	ArchivedAt                     *string
	SuggestedTier                  struct{ ID string }
}

func createApp(t *testing.T, s *servertest.Server, token string, in map[string]any) createdApp {
	t.Helper()
	var data struct{ CreateApplication createdApp }
	s.GraphQL(t, token, createAppMutation, map[string]any{"in": in}).Decode(t, &data)
	return data.CreateApplication
}

func TestApplications(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		owner := s.SignUp(t, "owner@acme.example", "Acme")
		tok := owner.AccessToken

		t.Run("SignUpCreatesADraftDefaultApplication", func(t *testing.T) {
			apps := listApps(t, s, tok)
			if len(apps) != 1 {
				t.Fatalf("%d applications after sign-up, want 1: %+v", len(apps), apps)
			}
			a := apps[0]
			if !a.IsDefault || a.Status != "DRAFT" || a.Name == "" || a.Industry != "FINTECH" {
				t.Fatalf("default application = %+v", a)
			}
		})

		t.Run("CreateValidatesAndNormalises", func(t *testing.T) {
			a := createApp(t, s, tok, map[string]any{
				"name": "  Checkout  ", "callbackUrls": []string{"https://acme.example/hooks", "http://localhost:8080/cb"},
				"ipAllowlist":           []string{"203.0.113.7", "2001:db8::1", "2001:db8:abcd::/48", "10.1.2.3/8"},
				"expectedMonthlyVolume": 50000, "requiredModules": []string{"KYC", "ESCROW", "KYC"},
			})
			if a.Name != "Checkout" || a.IsDefault || a.Status != "DRAFT" || a.Industry != "FINTECH" {
				t.Errorf("application = %+v (industry should default to the tenant's)", a)
			}
			if want := []string{"203.0.113.7/32", "2001:db8::1/128", "2001:db8:abcd::/48", "10.0.0.0/8"}; !slices.Equal(a.IPAllowlist, want) {
				t.Errorf("ipAllowlist = %v, want %v", a.IPAllowlist, want)
			}
			if want := []string{"ESCROW", "KYC"}; !slices.Equal(a.RequiredModules, want) {
				t.Errorf("requiredModules = %v, want %v", a.RequiredModules, want)
			}
			if a.SuggestedTier.ID != "GROWTH" {
				t.Errorf("suggestedTier = %s, want GROWTH", a.SuggestedTier.ID)
			}
			for _, sc := range []string{"escrow:funds", "escrow:initiate", "user:verify", "kyc:agecheck", "verification:create"} {
				if !slices.Contains(a.AllowedScopes, sc) {
					t.Errorf("allowedScopes %v lacks %s", a.AllowedScopes, sc)
				}
			}
			// Modules, not the fintech industry, decide: fraud:score is in
			// the fintech preset but FRAUD_SIGNALS was not chosen.
			for _, sc := range []string{"disputes:open", "fraud:score"} {
				if slices.Contains(a.AllowedScopes, sc) {
					t.Errorf("allowedScopes %v has %s without its module", a.AllowedScopes, sc)
				}
			}
		})

		tiers := []struct {
			volume int64
			tier   string
		}{
			{0, "STARTER"}, {10_000, "STARTER"}, {10_001, "GROWTH"}, {100_000, "GROWTH"},
			{100_001, "SCALE"}, {1_000_000, "SCALE"}, {1_000_001, "ENTERPRISE"}, {50_000_000, "ENTERPRISE"},
		}
		for _, tc := range tiers {
			t.Run(fmt.Sprintf("Volume%dSuggests%s", tc.volume, tc.tier), func(t *testing.T) {
				a := createApp(t, s, tok, map[string]any{"name": fmt.Sprintf("Tiered %d", tc.volume), "expectedMonthlyVolume": tc.volume})
				if a.SuggestedTier.ID != tc.tier || a.ExpectedMonthlyVolume != tc.volume {
					t.Fatalf("volume %d: tier %s, want %s", a.ExpectedMonthlyVolume, a.SuggestedTier.ID, tc.tier)
				}
			})
		}

		invalid := []struct {
			name, field string
			in          map[string]any
		}{
			{"MissingNameIsRejected", "name", map[string]any{"description": "no name"}},
			{"BlankNameIsRejected", "name", map[string]any{"name": " "}},
			{"RelativeCallbackIsRejected", "callbackUrls", map[string]any{"name": "x", "callbackUrls": []string{"/hooks"}}},
			{"FtpCallbackIsRejected", "callbackUrls", map[string]any{"name": "x", "callbackUrls": []string{"ftp://acme.example/hooks"}}},
			{"HostlessCallbackIsRejected", "callbackUrls", map[string]any{"name": "x", "callbackUrls": []string{"https://"}}},
			{"BadIPv4IsRejected", "ipAllowlist", map[string]any{"name": "x", "ipAllowlist": []string{"10.0.0.300"}}},
			{"BadCIDRIsRejected", "ipAllowlist", map[string]any{"name": "x", "ipAllowlist": []string{"10.0.0.0/33"}}},
			{"HostnameIsRejected", "ipAllowlist", map[string]any{"name": "x", "ipAllowlist": []string{"acme.example"}}},
			{"NegativeVolumeIsRejected", "expectedMonthlyVolume", map[string]any{"name": "x", "expectedMonthlyVolume": -1}},
		}
		for _, tc := range invalid {
			t.Run(tc.name, func(t *testing.T) {
				e := s.GraphQL(t, tok, createAppMutation, map[string]any{"in": tc.in}).Err(t)
				if e.Code() != "validation_error" || e.Field() != tc.field {
					t.Fatalf("got %q code %q field %q, want validation_error on %s", e.Message, e.Code(), e.Field(), tc.field)
				}
			})
		}
		t.Run("UnknownModuleIsRejected", func(t *testing.T) {
			res := s.GraphQL(t, tok, createAppMutation, map[string]any{"in": map[string]any{"name": "x", "requiredModules": []string{"TELEPORT"}}})
			if len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "TELEPORT") {
				t.Fatalf("got %+v", res.Errors)
			}
		})

		t.Run("UpdateAndArchive", func(t *testing.T) {
			a := createApp(t, s, tok, map[string]any{"name": "Mutable"})
			var upd struct {
				UpdateApplication struct {
					Name        string
					IPAllowlist []string
				}
			}
			s.GraphQL(t, tok, updateAppMutation, map[string]any{"id": a.ID, "in": map[string]any{"name": "Renamed", "ipAllowlist": []string{"2001:db8::7"}}}).Decode(t, &upd)
			if upd.UpdateApplication.Name != "Renamed" || !slices.Equal(upd.UpdateApplication.IPAllowlist, []string{"2001:db8::7/128"}) {
				t.Fatalf("update = %+v", upd.UpdateApplication)
			}
			t.Run("InvalidUpdateIsRejected", func(t *testing.T) {
				e := s.GraphQL(t, tok, updateAppMutation, map[string]any{"id": a.ID, "in": map[string]any{"callbackUrls": []string{"mailto:x@acme.example"}}}).Err(t)
				if e.Code() != "validation_error" || e.Field() != "callbackUrls" {
					t.Fatalf("got %+v", e)
				}
			})
			var arch struct{ ArchiveApplication struct{ ArchivedAt *string } }
			s.GraphQL(t, tok, archiveAppMutation, map[string]any{"id": a.ID}).Decode(t, &arch)
			if arch.ArchiveApplication.ArchivedAt == nil {
				t.Fatal("archivedAt not set")
			}
			conflicts := []struct{ name, query string }{
				{"ArchivedApplicationCannotBeUpdated", updateAppMutation},
				{"ArchivedApplicationCannotBeArchivedAgain", archiveAppMutation},
				{"ArchivedApplicationCannotRequestProductionAccess", requestAccessMutation},
			}
			for _, tc := range conflicts {
				t.Run(tc.name, func(t *testing.T) {
					e := s.GraphQL(t, tok, tc.query, map[string]any{"id": a.ID, "in": map[string]any{"name": "Again"}}).Err(t)
					if e.Code() != "conflict" {
						t.Fatalf("got %+v", e)
					}
				})
			}
			t.Run("ArchivedApplicationCannotGetKeys", func(t *testing.T) {
				e := s.GraphQL(t, tok, createKeyMutation, keyInput(map[string]any{"applicationId": a.ID})).Err(t)
				if e.Code() != "validation_error" || e.Field() != "applicationId" {
					t.Fatalf("got %+v", e)
				}
			})
		})

		t.Run("ViewerCannotCreateOrUpdate", func(t *testing.T) {
			v := memberToken(t, s, owner.TenantID, "viewer@acme.example", membership.RoleVIEWER)
			if e := s.GraphQL(t, v, createAppMutation, map[string]any{"in": map[string]any{"name": "x"}}).Err(t); e.Code() != "forbidden" {
				t.Fatalf("create: %+v", e)
			}
			id := defaultAppID(t, s, v)
			if e := s.GraphQL(t, v, updateAppMutation, map[string]any{"id": id, "in": map[string]any{"name": "x"}}).Err(t); e.Code() != "forbidden" {
				t.Fatalf("update: %+v", e)
			}
		})

		t.Run("OtherTenantsApplicationLooksMissing", func(t *testing.T) {
			other := s.SignUp(t, "owner@other.example", "Other")
			id := defaultAppID(t, s, tok)
			for _, q := range []string{appQuery, updateAppMutation, archiveAppMutation, requestAccessMutation} {
				vars := func(id string) map[string]any { return map[string]any{"id": id, "in": map[string]any{"name": "pwned"}} }
				got := s.GraphQL(t, other.AccessToken, q, vars(id))
				want := s.GraphQL(t, other.AccessToken, q, vars("app_01jd0000000000000000000000"))
				if got.Err(t).Code() != "not_found" || !sameAnswer(got, want) {
					t.Fatalf("%s\nforeign: %+v %s\nmissing: %+v %s", q, got.Errors, got.Data, want.Errors, want.Data)
				}
			}
			if slices.ContainsFunc(listApps(t, s, other.AccessToken), func(a gqlApp) bool { return a.ID == id }) {
				t.Fatal("other tenant lists A's application")
			}
		})
	})
}

func TestProductionAccessReview(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		owner := s.SignUp(t, "owner@acme.example", "Acme")
		tok := owner.AccessToken
		ops := staffToken(t, s, "ops@keybs.example", viewer.StaffOps)
		senior := staffToken(t, s, "senior@keybs.example", viewer.StaffSeniorAnalyst)
		analyst := staffToken(t, s, "analyst@keybs.example", viewer.StaffAnalyst)
		app := createApp(t, s, tok, map[string]any{"name": "Payments API", "callbackUrls": []string{"https://acme.example/cb"}})

		type reviewed struct {
			ReviewApplication struct {
				Status       string
				ReviewReason *string
				ReviewedAt   *string
			}
		}
		review := func(t *testing.T, token, decision, reason string) servertest.Response {
			t.Helper()
			vars := map[string]any{"id": app.ID, "d": decision}
			if reason != "" {
				vars["r"] = reason
			}
			return s.GraphQL(t, token, reviewAppMutation, vars)
		}

		t.Run("ReviewOfADraftIsConflict", func(t *testing.T) {
			if e := review(t, ops, "APPROVE", "").Err(t); e.Code() != "conflict" {
				t.Fatalf("got %+v", e)
			}
		})
		t.Run("RequestPutsTheApplicationUnderReview", func(t *testing.T) {
			var data struct{ RequestProductionAccess struct{ Status string } }
			s.GraphQL(t, tok, requestAccessMutation, map[string]any{"id": app.ID}).Decode(t, &data)
			if data.RequestProductionAccess.Status != "PENDING_REVIEW" {
				t.Fatalf("got %+v", data)
			}
		})
		t.Run("StaffQueueNamesTheOrganization", func(t *testing.T) {
			var data struct {
				StaffApplications struct {
					Edges []struct {
						Node struct {
							ID           string
							Organization struct{ Name string }
						}
					}
				}
			}
			s.GraphQL(t, ops, `{ staffApplications(first: 10, where: { productionStatus: PENDING_REVIEW }) { edges { node { id organization { name } } } } }`, nil).Decode(t, &data)
			edges := data.StaffApplications.Edges
			if len(edges) != 1 || edges[0].Node.ID != app.ID || edges[0].Node.Organization.Name != "Acme" {
				t.Fatalf("got %+v", edges)
			}
		})
		t.Run("OwnerReadsItsOwnOrganization", func(t *testing.T) {
			var data struct {
				Application struct{ Organization struct{ Name string } }
			}
			s.GraphQL(t, tok, `query($id: ID!) { application(id: $id) { organization { name } } }`, map[string]any{"id": app.ID}).Decode(t, &data)
			if data.Application.Organization.Name != "Acme" {
				t.Fatalf("got %+v", data)
			}
		})
		t.Run("RequestingAgainWhilePendingIsConflict", func(t *testing.T) {
			if e := s.GraphQL(t, tok, requestAccessMutation, map[string]any{"id": app.ID}).Err(t); e.Code() != "conflict" {
				t.Fatalf("got %+v", e)
			}
		})
		refusals := []struct{ name, token, code string }{
			{"TenantOwnerCannotReview", tok, "forbidden"},
			{"AnalystCannotReview", analyst, "forbidden"},
			{"AnonymousCannotReview", "", "unauthorized"},
		}
		for _, tc := range refusals {
			t.Run(tc.name, func(t *testing.T) {
				if e := review(t, tc.token, "APPROVE", "").Err(t); e.Code() != tc.code {
					t.Fatalf("got %+v, want %s", e, tc.code)
				}
			})
		}
		t.Run("RejectionNeedsAReason", func(t *testing.T) {
			e := review(t, senior, "REJECT", "  ").Err(t)
			if e.Code() != "validation_error" || e.Field() != "reason" {
				t.Fatalf("got %+v", e)
			}
		})
		t.Run("SeniorAnalystRejectsWithAReason", func(t *testing.T) {
			var data reviewed
			review(t, senior, "REJECT", "Describe the data you keep").Decode(t, &data)
			r := data.ReviewApplication
			if r.Status != "REJECTED" || r.ReviewReason == nil || *r.ReviewReason != "Describe the data you keep" || r.ReviewedAt == nil {
				t.Fatalf("got %+v", r)
			}
		})
		t.Run("RejectedApplicationMayAskAgainAndOpsApproves", func(t *testing.T) {
			var req struct{ RequestProductionAccess struct{ Status string } }
			s.GraphQL(t, tok, requestAccessMutation, map[string]any{"id": app.ID}).Decode(t, &req)
			if req.RequestProductionAccess.Status != "PENDING_REVIEW" {
				t.Fatalf("got %+v", req)
			}
			var data reviewed
			review(t, ops, "APPROVE", "").Decode(t, &data)
			if data.ReviewApplication.Status != "APPROVED" {
				t.Fatalf("got %+v", data)
			}
		})
		t.Run("ApprovedApplicationCannotBeReviewedOrRequestedAgain", func(t *testing.T) {
			if e := review(t, ops, "REJECT", "changed my mind").Err(t); e.Code() != "conflict" {
				t.Fatalf("review: %+v", e)
			}
			if e := s.GraphQL(t, tok, requestAccessMutation, map[string]any{"id": app.ID}).Err(t); e.Code() != "conflict" {
				t.Fatalf("request: %+v", e)
			}
		})
		t.Run("ApprovedApplicationNeedsHTTPSCallbacks", func(t *testing.T) {
			e := s.GraphQL(t, tok, updateAppMutation, map[string]any{"id": app.ID, "in": map[string]any{"callbackUrls": []string{"http://acme.example/cb"}}}).Err(t)
			if e.Code() != "validation_error" || e.Field() != "callbackUrls" {
				t.Fatalf("got %+v", e)
			}
			var upd struct {
				UpdateApplication struct{ CallbackUrls []string }
			}
			s.GraphQL(t, tok, updateAppMutation, map[string]any{"id": app.ID, "in": map[string]any{"callbackUrls": []string{"https://acme.example/v2/cb"}}}).Decode(t, &upd)
			if !slices.Equal(upd.UpdateApplication.CallbackUrls, []string{"https://acme.example/v2/cb"}) {
				t.Fatalf("got %+v", upd)
			}
		})
		t.Run("NoApplicationIsApprovedWithPlainHTTPCallbacks", func(t *testing.T) {
			// https is required once APPROVED: either the request or the
			// review must refuse an application whose callbacks are http.
			plain := createApp(t, s, tok, map[string]any{"name": "Legacy", "callbackUrls": []string{"http://acme.example/cb"}})
			s.GraphQL(t, tok, requestAccessMutation, map[string]any{"id": plain.ID})
			s.GraphQL(t, ops, reviewAppMutation, map[string]any{"id": plain.ID, "d": "APPROVE"})
			var data struct {
				Application struct {
					Status       string
					CallbackUrls []string
				}
			}
			s.GraphQL(t, tok, `query($id: ID!) { application(id: $id) { status callbackUrls } }`, map[string]any{"id": plain.ID}).Decode(t, &data)
			if a := data.Application; a.Status == "APPROVED" && slices.ContainsFunc(a.CallbackUrls, func(u string) bool { return strings.HasPrefix(u, "http:") }) {
				t.Fatalf("application approved with plain-http callbacks %v", a.CallbackUrls)
			}
		})
		t.Run("UnknownApplicationIsNotFound", func(t *testing.T) {
			e := s.GraphQL(t, ops, reviewAppMutation, map[string]any{"id": "app_01jd0000000000000000000000", "d": "APPROVE"}).Err(t)
			if e.Code() != "not_found" {
				t.Fatalf("got %+v", e)
			}
		})
		t.Run("TenantSeesTheReviewsInItsAuditLog", func(t *testing.T) {
			var logs struct {
				AuditLogs struct {
					Edges []struct{ Node struct{ ActorType string } }
				}
			}
			s.GraphQL(t, tok, `query($id: String!) { auditLogs(where: {action: "application.reviewed", targetID: $id}) { edges { node { actorType } } } }`,
				map[string]any{"id": app.ID}).Decode(t, &logs)
			if len(logs.AuditLogs.Edges) != 2 || logs.AuditLogs.Edges[0].Node.ActorType != "STAFF" {
				t.Fatalf("got %+v", logs.AuditLogs)
			}
		})
	})
}

func TestCatalog(t *testing.T) {
	s := servertest.Start(t, testdb.SQLiteURL(t))

	t.Run("IndustriesMatchTheDesignTable", func(t *testing.T) {
		type profile struct {
			ID, Name               string
			PresetScopes           []string
			LiveRateLimitPerMinute int
			PricingModel           string
			Endpoints              []string
		}
		var data struct{ Industries []profile }
		s.GraphQL(t, "", `{ industries { id name presetScopes liveRateLimitPerMinute pricingModel endpoints } }`, nil).Decode(t, &data)
		want := map[string]struct {
			scopes []string
			rate   int
		}{
			"FINTECH":   {[]string{"kyc:verify", "transaction:check", "trustscore:read", "fraud:score"}, 1000},
			"PAYMENTS":  {[]string{"transaction:check", "escrow:initiate", "fraud:score", "disputes:open"}, 1000},
			"ECOMMERCE": {[]string{"user:verify", "escrow:funds", "trustbadge:read"}, 500},
			"IGAMING":   {[]string{"kyc:agecheck", "kyc:verify", "transaction:check", "fraud:signals"}, 500},
		}
		seen := map[string]bool{}
		for _, p := range data.Industries {
			w, ok := want[p.ID]
			if !ok {
				if p.ID != "OTHER" {
					t.Errorf("unexpected industry %+v", p)
				}
				continue
			}
			seen[p.ID] = true
			if !slices.Equal(p.PresetScopes, w.scopes) || p.LiveRateLimitPerMinute != w.rate || p.Name == "" || p.PricingModel == "" || len(p.Endpoints) == 0 {
				t.Errorf("%s = %+v, want scopes %v rate %d", p.ID, p, w.scopes, w.rate)
			}
		}
		if len(seen) != len(want) {
			t.Errorf("industries %+v lack some of %v", data.Industries, want)
		}
	})

	t.Run("ModulesListTheirScopesAndEndpoints", func(t *testing.T) {
		var data struct {
			Modules []struct {
				ID, Name, Description string
				Scopes                []string
				Endpoints             []struct{ Method, Path, Scope, Summary string }
			}
			Industries []struct {
				ID            string
				PresetModules []string
			}
		}
		s.GraphQL(t, "", `{ modules { id name description scopes endpoints { method path scope summary } }
			industries { id presetModules } }`, nil).Decode(t, &data)
		byID := map[string]int{}
		for i, m := range data.Modules {
			byID[m.ID] = i
			if m.Name == "" || m.Description == "" || len(m.Scopes) == 0 || len(m.Endpoints) == 0 {
				t.Errorf("module %+v lacks a name, description, scopes or endpoints", m)
			}
			for _, e := range m.Endpoints {
				if !slices.Contains(m.Scopes, e.Scope) {
					t.Errorf("%s %s requires %s, which %s does not unlock", e.Method, e.Path, e.Scope, m.ID)
				}
			}
		}
		if len(data.Modules) != 8 {
			t.Fatalf("%d modules, want 8", len(data.Modules))
		}
		escrow := data.Modules[byID["ESCROW"]]
		if !slices.Equal(escrow.Scopes, []string{"escrow:initiate", "escrow:funds"}) {
			t.Errorf("ESCROW unlocks %v", escrow.Scopes)
		}
		prim := data.Modules[byID["PRIMITIVES"]]
		if len(prim.Endpoints) != 1 || prim.Endpoints[0].Path != "/v1/primitives/{primitiveId}" {
			t.Errorf("PRIMITIVES endpoints %+v", prim.Endpoints)
		}
		for _, ind := range data.Industries {
			if ind.ID == "ECOMMERCE" && !slices.Equal(ind.PresetModules, []string{"KYC", "ESCROW", "TRUST_BADGES"}) {
				t.Errorf("e-commerce preset modules %v", ind.PresetModules)
			}
			if ind.ID == "OTHER" && len(ind.PresetModules) != 0 {
				t.Errorf("OTHER preset modules %v, want none", ind.PresetModules)
			}
		}
	})

	t.Run("ScopesListEveryScopeWithSDKSafety", func(t *testing.T) {
		var data struct {
			Scopes []struct {
				Name, Description string
				SdkSafe           bool
			}
		}
		s.GraphQL(t, "", `{ scopes { name description sdkSafe } }`, nil).Decode(t, &data)
		want := []string{
			"verification:create", "verification:read", "document:create", "report:read", "webhook:manage", "share:manage",
			"kyc:verify", "kyc:agecheck", "transaction:check", "trustscore:read", "fraud:score", "fraud:signals",
			"escrow:initiate", "escrow:funds", "disputes:open", "user:verify", "trustbadge:read",
			"invoke:primitives", "invoke:primitives.screening", "invoke:primitives.document", "invoke:primitives.device_intel",
			"invoke:screening.individual", "invoke:screening.entity", "invoke:document.check", "invoke:device_intel.ip",
		}
		var got []string
		for _, sc := range data.Scopes {
			got = append(got, sc.Name)
			if sc.Description == "" {
				t.Errorf("%s has no description", sc.Name)
			}
			if safe := sc.Name == "report:read" || sc.Name == "trustbadge:read"; sc.SdkSafe != safe {
				t.Errorf("%s sdkSafe = %v, want %v", sc.Name, sc.SdkSafe, safe)
			}
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("scopes = %v\nwant %v", got, want)
		}
	})
}
