package sharetoken_test

import (
	"context"
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/shareattempt"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/bearertoken"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/reportfield"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/sharetoken"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
)

type harness struct {
	db       *database.DB
	clock    *testkit.Clock
	svc      *sharetoken.Service
	resolver *sharetoken.Resolver
	cases    *verification.Service
	a, b     testkit.Tenant
	// published is a published sandbox report of a; unpublished a case of a
	// without one; foreign a published report of b.
	published, unpublished, foreign string
}

func newHarness(t *testing.T, url string) *harness {
	t.Helper()
	db := testkit.Open(t, url)
	clock := testkit.NewClock(testkit.Epoch)
	cases := verification.NewService(db.Client, testkit.Bus(t, db, url), clock.Now, []byte("share token test cursor key 32 b"), "https://verify.test")
	cases.Signer = testkit.Keyring(t, db)
	h := &harness{db: db, clock: clock, cases: cases,
		svc: sharetoken.NewService(db.Client, clock.Now), resolver: sharetoken.NewResolver(db.Client, clock.Now),
		a:   testkit.MustTenant(t, db.Client, "acme", membership.RoleOWNER, membership.RoleDEVELOPER, membership.RoleVIEWER),
		b:   testkit.MustTenant(t, db.Client, "globex", membership.RoleOWNER),
	}
	for _, tn := range []testkit.Tenant{h.a, h.b} {
		if err := cases.SeedDemo(testkit.System(), db.Client, tn.ID); err != nil {
			t.Fatal(err)
		}
	}
	h.published = h.reportOf(t, h.a.ID, true)
	h.unpublished = h.reportOf(t, h.a.ID, false)
	h.foreign = h.reportOf(t, h.b.ID, true)
	return h
}

// reportOf is the verification id of a demo case of tenant with (or
// without) a published report.
func (h *harness) reportOf(t *testing.T, tenantID string, published bool) string {
	t.Helper()
	q := h.db.Client.VerificationCase.Query().Where(verificationcase.TenantID(tenantID))
	if published {
		q = q.Where(verificationcase.HasReportWith(report.PublishedAtNotNil()))
	} else {
		q = q.Where(verificationcase.Not(verificationcase.HasReport()))
	}
	return q.FirstX(testkit.System()).VerificationID
}

func ints(n int) *int { return &n }

// mustCreate issues a token for the published report as a's developer.
func (h *harness) mustCreate(t *testing.T, in sharetoken.CreateInput) *sharetoken.Created {
	t.Helper()
	if in.VerificationID == "" {
		in.VerificationID = h.published
	}
	if in.Fields == nil {
		in.Fields = []reportfield.Field{reportfield.SupplierName, reportfield.TrustScore}
	}
	c, err := h.svc.Create(h.a.As(membership.RoleDEVELOPER), in)
	if err != nil {
		t.Fatalf("create share token: %v", err)
	}
	return c
}

// request is a presentation's context: who asks, from where.
func request() context.Context {
	return requestinfo.NewContext(context.Background(), requestinfo.Info{RequestID: "req_t", ClientIP: "203.0.113.9", UserAgent: "relying-party/1.0"})
}

func present(r *sharetoken.Resolver, token string) (*viewer.Principal, error) {
	return r.Resolve(request(), auth.Credentials{ShareToken: token, ClientIP: "203.0.113.9", Origin: "https://bank.example"})
}

func TestCreate(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		dev := h.a.As(membership.RoleDEVELOPER)
		valid := func() sharetoken.CreateInput {
			return sharetoken.CreateInput{VerificationID: h.published, Fields: []reportfield.Field{reportfield.TrustScore}}
		}
		with := func(f func(*sharetoken.CreateInput)) sharetoken.CreateInput { in := valid(); f(&in); return in }
		for _, tc := range []struct {
			name  string
			ctx   context.Context
			in    sharetoken.CreateInput
			kind  fault.Kind
			field string
		}{
			{"NoFieldsIs422", dev, with(func(in *sharetoken.CreateInput) { in.Fields = nil }), fault.Invalid, "fields"},
			{"AnUnknownFieldIs422", dev, with(func(in *sharetoken.CreateInput) { in.Fields = []reportfield.Field{"contact_email"} }), fault.Invalid, "fields"},
			{"ZeroUsesIs422", dev, with(func(in *sharetoken.CreateInput) { in.MaxUses = ints(0) }), fault.Invalid, "max_uses"},
			{"MoreThan1000UsesIs422", dev, with(func(in *sharetoken.CreateInput) { in.MaxUses = ints(1001) }), fault.Invalid, "max_uses"},
			{"UnderAMinuteIs422", dev, with(func(in *sharetoken.CreateInput) { in.ExpiresIn = ints(59) }), fault.Invalid, "expires_in"},
			{"Over30DaysIs422", dev, with(func(in *sharetoken.CreateInput) { in.ExpiresIn = ints(30*24*3600 + 1) }), fault.Invalid, "expires_in"},
			{"NoVerificationIDIs422", dev, with(func(in *sharetoken.CreateInput) { in.VerificationID = " " }), fault.Invalid, "verification_id"},
			{"AnUnknownReportIsNotFound", dev, with(func(in *sharetoken.CreateInput) { in.VerificationID = "KBS-VR-NOSUCHCASE" }), fault.NotFound, ""},
			{"AnotherTenantsReportIsNotFound", dev, with(func(in *sharetoken.CreateInput) { in.VerificationID = h.foreign }), fault.NotFound, ""},
			{"AnUnpublishedReportIsAConflict", dev, with(func(in *sharetoken.CreateInput) { in.VerificationID = h.unpublished }), fault.Conflict, ""},
			{"ALiveKeyDoesNotSeeTheSandboxReport", testkit.APIKey(h.a.ID, environment.Live, "share:manage"), valid(), fault.NotFound, ""},
			{"AViewerIsForbidden", h.a.As(membership.RoleVIEWER), valid(), fault.Forbidden, ""},
			{"APublishableKeyIsForbidden", testkit.As(&viewer.Principal{TenantID: h.a.ID, KeyID: "key_pk", KeyKind: "PUBLISHABLE", Environment: environment.Test}), valid(), fault.Forbidden, ""},
			{"AShareTokenCannotIssueOne", testkit.As(&viewer.Principal{Kind: viewer.KindShareToken, TenantID: h.a.ID, Environment: environment.Test, TokenID: "shr_x"}), valid(), fault.Forbidden, ""},
			{"AnonymousIsUnauthorized", context.Background(), valid(), fault.Unauthorized, ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				before := h.db.Client.ShareToken.Query().CountX(testkit.System())
				_, err := h.svc.Create(tc.ctx, tc.in)
				testkit.WantFault(t, err, tc.kind, tc.field)
				if after := h.db.Client.ShareToken.Query().CountX(testkit.System()); after != before {
					t.Fatalf("a refused create left %d tokens, %d before", after, before)
				}
			})
		}

		t.Run("DefaultsAreOneUseForSevenDays", func(t *testing.T) {
			c := h.mustCreate(t, sharetoken.CreateInput{})
			if c.ShareToken.MaxUses != 1 || !c.ShareToken.ExpiresAt.Equal(testkit.Epoch.Add(7*24*time.Hour)) {
				t.Fatalf("max_uses %d, expires_at %s; want 1 and 7 days on", c.ShareToken.MaxUses, c.ShareToken.ExpiresAt)
			}
			if c.ShareToken.Environment != environment.Test || c.ShareToken.Edges.Case.VerificationID != h.published {
				t.Fatalf("token of %s in %s", c.ShareToken.Edges.Case.VerificationID, c.ShareToken.Environment)
			}
		})
		t.Run("FieldsAreKeptOnceEachInCatalogOrder", func(t *testing.T) {
			c := h.mustCreate(t, sharetoken.CreateInput{Fields: []reportfield.Field{reportfield.KeyID, reportfield.SupplierName, reportfield.KeyID}})
			if want := []reportfield.Field{reportfield.SupplierName, reportfield.KeyID}; !slices.Equal(c.ShareToken.Fields, want) {
				t.Fatalf("fields = %v, want %v", c.ShareToken.Fields, want)
			}
		})
		t.Run("OnlyTheHashIsStored", func(t *testing.T) {
			c := h.mustCreate(t, sharetoken.CreateInput{MaxUses: ints(3), ExpiresIn: ints(3600)})
			row := h.db.Client.ShareToken.GetX(testkit.System(), c.ShareToken.ID)
			if err := bearertoken.Parse(sharetoken.Prefix, c.Token); err != nil {
				t.Fatalf("token %q: %v", c.Token, err)
			}
			if row.TokenHash != bearertoken.Hash(c.Token) || row.TokenHash == c.Token || row.Prefix != c.Token[:len(row.Prefix)] {
				t.Fatalf("stored hash %q, prefix %q for token %q", row.TokenHash, row.Prefix, c.Token)
			}
			if row.CreatedBy != h.a.Users[membership.RoleDEVELOPER].ID {
				t.Fatalf("created_by = %q, want the developer", row.CreatedBy)
			}
			entry := h.db.Client.AuditLog.Query().Where(auditlog.TargetID(row.ID)).OnlyX(testkit.System())
			if entry.Action != "share_token.created" || entry.TenantID != h.a.ID {
				t.Fatalf("audit entry %s for tenant %s", entry.Action, entry.TenantID)
			}
		})
		t.Run("AKeyWithTheScopeIssuesInItsEnvironment", func(t *testing.T) {
			c, err := h.svc.Create(testkit.APIKey(h.a.ID, environment.Test, "share:manage"), valid())
			if err != nil {
				t.Fatal(err)
			}
			if c.ShareToken.CreatedBy != "key_test" {
				t.Fatalf("created_by = %q, want the key", c.ShareToken.CreatedBy)
			}
		})
	})
}

func TestPresent(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		attempts := func(t *testing.T, id string) []shareattempt.Outcome {
			t.Helper()
			var out []shareattempt.Outcome
			for _, a := range h.db.Client.ShareAttempt.Query().Where(shareattempt.ShareTokenID(id)).Order(ent.Asc(shareattempt.FieldID)).AllX(testkit.System()) {
				out = append(out, a.Outcome)
			}
			return out
		}

		t.Run("ItRevealsOnlyTheChosenFields", func(t *testing.T) {
			c := h.mustCreate(t, sharetoken.CreateInput{Fields: []reportfield.Field{reportfield.SupplierName, reportfield.State, reportfield.Digest}})
			p, err := present(h.resolver, c.Token)
			if err != nil {
				t.Fatal(err)
			}
			if p.Kind != viewer.KindShareToken || p.TenantID != h.a.ID || p.Environment != environment.Test || p.TokenID != c.ShareToken.ID || p.IsAPIKey() {
				t.Fatalf("principal %+v", p)
			}
			got, err := h.svc.Reveal(viewer.NewContext(context.Background(), p))
			if err != nil {
				t.Fatal(err)
			}
			keys := slices.Sorted(maps.Keys(got.Fields))
			if want := []reportfield.Field{reportfield.Digest, reportfield.State, reportfield.SupplierName}; !slices.Equal(keys, want) {
				t.Fatalf("revealed %v, want exactly %v", keys, want)
			}
			if got.Fields[reportfield.State] != "published" || got.Fields[reportfield.SupplierName] == "" || !got.Sandbox {
				t.Fatalf("revealed %+v", got)
			}
			a := h.db.Client.ShareAttempt.Query().Where(shareattempt.ShareTokenID(c.ShareToken.ID)).OnlyX(testkit.System())
			if a.Outcome != shareattempt.OutcomeREVEALED || a.IP != "203.0.113.9" || a.Domain != "bank.example" || a.UserAgent != "relying-party/1.0" || a.TenantID != h.a.ID {
				t.Fatalf("attempt %+v", a)
			}
			entry := h.db.Client.AuditLog.Query().Where(auditlog.TargetID(c.ShareToken.ID), auditlog.Action("share_token.revealed")).OnlyX(testkit.System())
			if entry.IP != "203.0.113.9" || entry.UserAgent != "relying-party/1.0" || entry.Metadata["domain"] != "bank.example" || entry.ActorType != auditlog.ActorTypeSHARE_TOKEN {
				t.Fatalf("audit entry %+v", entry)
			}
			if row := h.db.Client.ShareToken.GetX(testkit.System(), c.ShareToken.ID); row.Uses != 1 || row.LastUsedAt == nil {
				t.Fatalf("uses %d, last used %v after one presentation", row.Uses, row.LastUsedAt)
			}
		})

		t.Run("ASpentTokenIsExhausted", func(t *testing.T) {
			c := h.mustCreate(t, sharetoken.CreateInput{MaxUses: ints(2)})
			for range 2 {
				if _, err := present(h.resolver, c.Token); err != nil {
					t.Fatal(err)
				}
			}
			_, err := present(h.resolver, c.Token)
			testkit.WantFault(t, err, fault.ShareTokenExhausted, "")
			if got := attempts(t, c.ShareToken.ID); !slices.Equal(got, []shareattempt.Outcome{"REVEALED", "REVEALED", "EXHAUSTED"}) {
				t.Fatalf("attempts %v", got)
			}
		})

		t.Run("AnExpiredTokenIsExpiredEvenWithUsesLeft", func(t *testing.T) {
			c := h.mustCreate(t, sharetoken.CreateInput{MaxUses: ints(5), ExpiresIn: ints(60)})
			h.clock.Advance(time.Minute)
			t.Cleanup(func() { h.clock.Set(testkit.Epoch) })
			_, err := present(h.resolver, c.Token)
			testkit.WantFault(t, err, fault.ShareTokenExpired, "")
			if got := attempts(t, c.ShareToken.ID); !slices.Equal(got, []shareattempt.Outcome{"EXPIRED"}) {
				t.Fatalf("attempts %v", got)
			}
		})

		t.Run("ARevokedTokenIsNotFoundButTheTenantSeesTheAttempt", func(t *testing.T) {
			c := h.mustCreate(t, sharetoken.CreateInput{MaxUses: ints(5)})
			if _, err := h.svc.Revoke(h.a.As(membership.RoleOWNER), c.ShareToken.ID); err != nil {
				t.Fatal(err)
			}
			_, err := present(h.resolver, c.Token)
			testkit.WantFault(t, err, fault.NotFound, "")
			if got := attempts(t, c.ShareToken.ID); !slices.Equal(got, []shareattempt.Outcome{"REVOKED"}) {
				t.Fatalf("attempts %v", got)
			}
		})

		t.Run("UnknownAndMalformedTokensAreNotFoundAndAudited", func(t *testing.T) {
			other, _ := bearertoken.Generate(sharetoken.Prefix)
			for _, token := range []string{other.Plain, "kbs_share_nope", "not a token"} {
				before := h.db.Client.AuditLog.Query().Where(auditlog.Action("share_token.unknown")).CountX(testkit.System())
				_, err := present(h.resolver, token)
				testkit.WantFault(t, err, fault.NotFound, "")
				after := h.db.Client.AuditLog.Query().Where(auditlog.Action("share_token.unknown")).AllX(testkit.System())
				if len(after) != before+1 || after[len(after)-1].IP != "203.0.113.9" || after[len(after)-1].TenantID != "" {
					t.Fatalf("%q: %d unknown-token audit entries, %d before", token, len(after), before)
				}
			}
		})

		t.Run("ExactlyMaxUsesOfThreeTimesAsManyAtOnceSucceed", func(t *testing.T) {
			const maxUses = 5
			c := h.mustCreate(t, sharetoken.CreateInput{MaxUses: ints(maxUses)})
			errs := testkit.Concurrently(3*maxUses, func(int) error { _, err := present(h.resolver, c.Token); return err })
			revealed := 0
			for _, err := range errs {
				switch {
				case err == nil:
					revealed++
				case !fault.Is(err, fault.ShareTokenExhausted):
					t.Fatalf("a presentation failed with %v, want share_token_exhausted", err)
				}
			}
			if revealed != maxUses {
				t.Fatalf("%d of %d concurrent presentations revealed, want exactly %d", revealed, 3*maxUses, maxUses)
			}
			row := h.db.Client.ShareToken.GetX(testkit.System(), c.ShareToken.ID)
			got := attempts(t, c.ShareToken.ID)
			n := 0
			for _, o := range got {
				if o == shareattempt.OutcomeREVEALED {
					n++
				}
			}
			if row.Uses != maxUses || len(got) != 3*maxUses || n != maxUses {
				t.Fatalf("uses %d, %d attempts of which %d revealed", row.Uses, len(got), n)
			}
		})

		t.Run("ATokenInTheHeadersIsClaimedButResolvesTheSame", func(t *testing.T) {
			c := h.mustCreate(t, sharetoken.CreateInput{})
			creds := auth.Credentials{Authorization: "Bearer " + c.Token}
			if !h.resolver.Claims(creds) || h.resolver.Claims(auth.Credentials{Authorization: "Bearer kbs_test_x"}) {
				t.Fatal("Claims does not tell share tokens from API keys")
			}
			chain := auth.NewChain(h.resolver)
			if _, err := chain.Resolve(request(), creds, viewer.Accept(viewer.KindAPIKey)); !fault.Is(err, fault.Unauthorized) {
				t.Fatalf("a share token where API keys are expected: %v, want unauthorized", err)
			}
			if got := attempts(t, c.ShareToken.ID); len(got) != 0 {
				t.Fatalf("a refused-by-kind token was spent: attempts %v", got)
			}
		})
	})
}

func TestRevokeAndList(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		owner := h.a.As(membership.RoleOWNER)
		first := h.mustCreate(t, sharetoken.CreateInput{})
		second := h.mustCreate(t, sharetoken.CreateInput{})

		t.Run("RevokingTwiceChangesNothingTheSecondTime", func(t *testing.T) {
			r1, err := h.svc.Revoke(owner, first.ShareToken.ID)
			if err != nil || r1.RevokedAt == nil {
				t.Fatalf("revoke: %+v, %v", r1, err)
			}
			h.clock.Advance(time.Hour)
			t.Cleanup(func() { h.clock.Set(testkit.Epoch) })
			r2, err := h.svc.Revoke(owner, first.ShareToken.ID)
			if err != nil || !r2.RevokedAt.Equal(*r1.RevokedAt) {
				t.Fatalf("second revoke: %+v, %v", r2, err)
			}
			n := h.db.Client.AuditLog.Query().Where(auditlog.TargetID(first.ShareToken.ID), auditlog.Action("share_token.revoked")).CountX(testkit.System())
			if n != 1 {
				t.Fatalf("%d revoke audit entries, want 1", n)
			}
			if st := h.svc.Status(r2); st != sharetoken.StatusRevoked {
				t.Fatalf("status %s", st)
			}
		})
		for _, tc := range []struct {
			name string
			ctx  context.Context
			kind fault.Kind
		}{
			{"AnotherTenantsTokenIsNotFound", h.b.As(membership.RoleOWNER), fault.NotFound},
			{"AViewerMayNotRevoke", h.a.As(membership.RoleVIEWER), fault.Forbidden},
			{"AnUnknownIDIsNotFound", owner, fault.NotFound},
		} {
			t.Run(tc.name, func(t *testing.T) {
				id := second.ShareToken.ID
				if tc.name == "AnUnknownIDIsNotFound" {
					id = "shr_01jd0000000000000000000000"
				}
				_, err := h.svc.Revoke(tc.ctx, id)
				testkit.WantFault(t, err, tc.kind, "")
				if h.db.Client.ShareToken.GetX(testkit.System(), second.ShareToken.ID).RevokedAt != nil {
					t.Fatal("a refused revoke revoked the token")
				}
			})
		}
		t.Run("TheListIsTheTenantsNewestFirst", func(t *testing.T) {
			h.mustCreate(t, sharetoken.CreateInput{}) // a's third
			if _, err := h.svc.Create(h.b.As(membership.RoleOWNER), sharetoken.CreateInput{VerificationID: h.foreign, Fields: []reportfield.Field{reportfield.State}}); err != nil {
				t.Fatal(err)
			}
			list, err := h.svc.List(h.a.As(membership.RoleVIEWER), sharetoken.ListInput{})
			if err != nil {
				t.Fatal(err)
			}
			if len(list) != 3 || list[2].ID != first.ShareToken.ID || list[1].ID != second.ShareToken.ID {
				t.Fatalf("list %v", list)
			}
			filtered, err := h.svc.List(owner, sharetoken.ListInput{VerificationID: h.unpublished})
			if err != nil || len(filtered) != 0 {
				t.Fatalf("filtered by a report without tokens: %v, %v", filtered, err)
			}
			live, err := h.svc.List(testkit.APIKey(h.a.ID, environment.Live, "share:manage"), sharetoken.ListInput{})
			if err != nil || len(live) != 0 {
				t.Fatalf("a live key lists %d sandbox tokens, %v", len(live), err)
			}
			_, err = h.svc.List(owner, sharetoken.ListInput{Limit: 201})
			testkit.WantFault(t, err, fault.Invalid, "limit")
		})
		t.Run("StatusFollowsTheClockAndTheUses", func(t *testing.T) {
			tok := &ent.ShareToken{MaxUses: 2, Uses: 1, ExpiresAt: testkit.Epoch.Add(time.Hour)}
			for _, tc := range []struct {
				name string
				mut  func(*ent.ShareToken)
				at   time.Time
				want sharetoken.Status
			}{
				{"UsesLeftBeforeExpiryIsActive", func(*ent.ShareToken) {}, testkit.Epoch, sharetoken.StatusActive},
				{"AtExpiryIsExpired", func(*ent.ShareToken) {}, testkit.Epoch.Add(time.Hour), sharetoken.StatusExpired},
				{"NoUsesLeftIsExhausted", func(t *ent.ShareToken) { t.Uses = 2 }, testkit.Epoch, sharetoken.StatusExhausted},
				{"ExpiredWinsOverExhausted", func(t *ent.ShareToken) { t.Uses = 2 }, testkit.Epoch.Add(2 * time.Hour), sharetoken.StatusExpired},
				{"RevokedWinsOverAll", func(t *ent.ShareToken) { t.Uses = 2; now := testkit.Epoch; t.RevokedAt = &now }, testkit.Epoch.Add(2 * time.Hour), sharetoken.StatusRevoked},
			} {
				t.Run(tc.name, func(t *testing.T) {
					c := *tok
					tc.mut(&c)
					if got := sharetoken.StatusOf(&c, tc.at); got != tc.want {
						t.Fatalf("status %s, want %s", got, tc.want)
					}
				})
			}
		})
	})
}

func TestDomain(t *testing.T) {
	for _, tc := range []struct{ name, origin, referer, want string }{
		{"OriginWins", "https://Bank.Example:8443", "https://other.example/page", "bank.example:8443"},
		{"RefererHostWithoutOrigin", "", "https://shop.example/checkout?x=1", "shop.example"},
		{"AnOpaqueOriginFallsBackToTheReferer", "null", "https://shop.example/", "shop.example"},
		{"NeitherIsEmpty", "", "", ""},
		{"GarbageIsEmpty", "::", "not a url", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sharetoken.Domain(tc.origin, tc.referer); got != tc.want {
				t.Fatalf("Domain(%q, %q) = %q, want %q", tc.origin, tc.referer, got, tc.want)
			}
		})
	}
}
