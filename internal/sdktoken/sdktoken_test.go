package sdktoken_test

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/membership"
	entsdk "github.com/keybs/platform/ent/sdktoken"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/bearertoken"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/sdktoken"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
)

const callback = "https://shop.example/verification-complete"

type harness struct {
	db       *database.DB
	clock    *testkit.Clock
	svc      *sdktoken.Service
	resolver *sdktoken.Resolver
	a, b     testkit.Tenant
}

func newHarness(t *testing.T, url string) *harness {
	t.Helper()
	db := testkit.Open(t, url)
	clock := testkit.NewClock(testkit.Epoch)
	cases := verification.NewService(db.Client, testkit.Bus(t, db, url), clock.Now, []byte("sdk token test cursor key, 32 b."), "https://verify.test")
	h := &harness{db: db, clock: clock,
		svc:      sdktoken.NewService(db.Client, cases, clock.Now, "https://api.test/"),
		resolver: sdktoken.NewResolver(db.Client, clock.Now),
		a:        testkit.MustTenant(t, db.Client, "acme", membership.RoleOWNER),
		b:        testkit.MustTenant(t, db.Client, "globex", membership.RoleOWNER),
	}
	db.Client.Application.UpdateOneID(h.a.AppID).SetCallbackUrls([]string{callback, "http://localhost:3000/done"}).ExecX(testkit.System())
	return h
}

// keyOf is a context acting as an API key of kind of tn's application.
func keyOf(tn testkit.Tenant, kind string, env environment.Environment) context.Context {
	return testkit.As(&viewer.Principal{Kind: viewer.KindAPIKey, TenantID: tn.ID, KeyID: "key_" + strings.ToLower(kind), KeyKind: kind,
		ApplicationID: tn.AppID, Environment: env, Scopes: []string{"verification:create"}})
}

func str(s string) *string { return &s }
func ints(n int) *int      { return &n }

func (h *harness) mustIssue(t *testing.T, in sdktoken.IssueInput) *sdktoken.Issued {
	t.Helper()
	if in.ExternalUserID == "" {
		in.ExternalUserID = "user_12345"
	}
	if in.RedirectURL == "" {
		in.RedirectURL = callback
	}
	out, err := h.svc.Issue(keyOf(h.a, "SECRET", environment.Test), in)
	if err != nil {
		t.Fatalf("issue: %v", err)
	}
	return out
}

// open resolves token as the hosted page does and returns its context.
func (h *harness) open(t *testing.T, token string) context.Context {
	t.Helper()
	p, err := h.resolver.Resolve(context.Background(), auth.Credentials{SDKToken: token})
	if err != nil {
		t.Fatalf("resolve: %v", err)
	}
	return viewer.NewContext(context.Background(), p)
}

func form() sdktoken.SubmitInput {
	return sdktoken.SubmitInput{SupplierName: "Acme Trading Co.", CountryCode: "IN", ContactEmail: "ops@acme.example",
		Document: verification.DocumentInput{Kind: "trade_license", Filename: "licence.pdf", StoragePath: "acme/licence.pdf", SHA256: strings.Repeat("0f", 32)}}
}

func TestIssue(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)
		secret := keyOf(h.a, "SECRET", environment.Test)
		valid := func() sdktoken.IssueInput {
			return sdktoken.IssueInput{ExternalUserID: "user_12345", Email: str("user@example.com"), FlowName: str("default"), RedirectURL: callback, ExpiresIn: ints(3600)}
		}
		with := func(f func(*sdktoken.IssueInput)) sdktoken.IssueInput { in := valid(); f(&in); return in }
		for _, tc := range []struct {
			name  string
			ctx   context.Context
			in    sdktoken.IssueInput
			kind  fault.Kind
			field string
		}{
			{"NoExternalUserIDIs422", secret, with(func(in *sdktoken.IssueInput) { in.ExternalUserID = "  " }), fault.Invalid, "external_user_id"},
			{"AnOverlongExternalUserIDIs422", secret, with(func(in *sdktoken.IssueInput) { in.ExternalUserID = strings.Repeat("u", 101) }), fault.Invalid, "external_user_id"},
			{"ABadEmailIs422", secret, with(func(in *sdktoken.IssueInput) { in.Email = str("user@") }), fault.Invalid, "email"},
			{"AnUnknownFlowIs422", secret, with(func(in *sdktoken.IssueInput) { in.FlowName = str("express") }), fault.Invalid, "flow_name"},
			{"UnderAMinuteIs422", secret, with(func(in *sdktoken.IssueInput) { in.ExpiresIn = ints(59) }), fault.Invalid, "expires_in"},
			{"OverADayIs422", secret, with(func(in *sdktoken.IssueInput) { in.ExpiresIn = ints(86401) }), fault.Invalid, "expires_in"},
			{"NoRedirectURLIs422", secret, with(func(in *sdktoken.IssueInput) { in.RedirectURL = "" }), fault.Invalid, "redirect_url"},
			{"ARedirectURLOutsideTheCallbacksIs422", secret, with(func(in *sdktoken.IssueInput) { in.RedirectURL = "https://evil.example/verification-complete" }), fault.Invalid, "redirect_url"},
			{"AnotherTenantsCallbackIs422", keyOf(h.b, "SECRET", environment.Test), valid(), fault.Invalid, "redirect_url"},
			{"APublishableKeyIsForbidden", keyOf(h.a, "PUBLISHABLE", environment.Test), valid(), fault.Forbidden, ""},
			{"APortalSessionIsForbidden", h.a.As(membership.RoleOWNER), valid(), fault.Forbidden, ""},
			{"AnonymousIsUnauthorized", context.Background(), valid(), fault.Unauthorized, ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				before := h.db.Client.SDKToken.Query().CountX(testkit.System())
				_, err := h.svc.Issue(tc.ctx, tc.in)
				testkit.WantFault(t, err, tc.kind, tc.field)
				if h.db.Client.SDKToken.Query().CountX(testkit.System()) != before {
					t.Fatal("a refused issue stored a token")
				}
			})
		}
		t.Run("ItAnswersTheTokenItsPageAndExpiryAndStoresOnlyTheHash", func(t *testing.T) {
			out, err := h.svc.Issue(keyOf(h.a, "RESTRICTED", environment.Live), sdktoken.IssueInput{ExternalUserID: " user_9 ", RedirectURL: callback + "?state=abc"})
			if err != nil {
				t.Fatal(err)
			}
			if bearertoken.Parse(sdktoken.Prefix, out.Token) != nil || out.SDKURL != "https://api.test/sdk/"+out.Token {
				t.Fatalf("token %q, url %q", out.Token, out.SDKURL)
			}
			if !out.ExpiresAt.Equal(testkit.Epoch.Add(time.Hour)) {
				t.Fatalf("expires_at %s, want the default hour", out.ExpiresAt)
			}
			row := h.db.Client.SDKToken.Query().Where(entsdk.TokenHash(bearertoken.Hash(out.Token))).OnlyX(testkit.System())
			if row.Environment != environment.Live || row.KeyID != "key_restricted" || row.ApplicationID != h.a.AppID ||
				row.ExternalUserID != "user_9" || row.FlowName != "default" || row.RedirectURL != callback+"?state=abc" || row.Email != "" {
				t.Fatalf("row %+v", row)
			}
			if n := h.db.Client.AuditLog.Query().Where(auditlog.TargetID(row.ID), auditlog.Action("sdk_token.created")).CountX(testkit.System()); n != 1 {
				t.Fatalf("%d audit entries", n)
			}
		})
	})
}

func TestCallbackMatch(t *testing.T) {
	callbacks := []string{"https://shop.example/done", "http://localhost:3000"}
	for _, tc := range []struct {
		name, raw string
		ok        bool
	}{
		{"TheCallbackItself", "https://shop.example/done", true},
		{"WithTheCallersOwnQuery", "https://shop.example/done?state=1", true},
		{"HostCaseDoesNotMatter", "https://SHOP.example/done", true},
		{"AnEmptyPathIsTheRoot", "http://localhost:3000/", true},
		{"AnotherPath", "https://shop.example/done/more", false},
		{"AnotherScheme", "http://shop.example/done", false},
		{"AnotherPort", "https://shop.example:8443/done", false},
		{"ALookalikeHost", "https://shop.example.evil.example/done", false},
		{"Credentials", "https://user:pw@shop.example/done", false},
		{"AFragment", "https://shop.example/done#x", false},
		{"Relative", "/done", false},
		{"JavaScript", "javascript:alert(1)", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := sdktoken.CallbackMatch(callbacks, tc.raw)
			if tc.ok && err != nil {
				t.Fatalf("CallbackMatch(%q) = %v, want a match", tc.raw, err)
			}
			if !tc.ok {
				testkit.WantFault(t, err, fault.Invalid, "redirect_url")
			}
		})
	}
}

func TestHostedFlow(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)

		t.Run("ASubmissionOpensOneCaseAndSpendsTheToken", func(t *testing.T) {
			out := h.mustIssue(t, sdktoken.IssueInput{Email: str("user@example.com"), FlowName: str("enhanced"), RedirectURL: callback + "?state=s1"})
			ctx := h.open(t, out.Token)
			pending, err := h.svc.Pending(ctx)
			if err != nil || pending.Email != "user@example.com" || pending.Flow.Name != "enhanced" || !pending.Sandbox {
				t.Fatalf("pending %+v, %v", pending, err)
			}
			sub, err := h.svc.Submit(ctx, form())
			if err != nil {
				t.Fatal(err)
			}
			c := sub.Case
			if c.CreatedVia != verificationcase.CreatedViaSDK || c.TenantID != h.a.ID || c.Environment != environment.Test ||
				c.Tier != verificationcase.TierTIER3 || c.Package != verificationcase.PackageENHANCED || c.ClientReference == nil || *c.ClientReference != "user_12345" {
				t.Fatalf("case %+v", c)
			}
			u, _ := url.Parse(sub.Redirect)
			if u.Host != "shop.example" || u.Query().Get("state") != "s1" || u.Query().Get("verification_id") != c.VerificationID {
				t.Fatalf("redirect %q", sub.Redirect)
			}
			row := h.db.Client.SDKToken.Query().Where(entsdk.TokenHash(bearertoken.Hash(out.Token))).OnlyX(testkit.System())
			if row.UsedAt == nil || row.CaseID == nil || *row.CaseID != c.ID {
				t.Fatalf("token after submission %+v", row)
			}
			_, err = h.resolver.Resolve(context.Background(), auth.Credentials{SDKToken: out.Token})
			if err != sdktoken.ErrUsed {
				t.Fatalf("a used token resolves: %v, want ErrUsed", err)
			}
			_, err = h.svc.Submit(ctx, form()) // a second submission with the same resolved context
			if err != sdktoken.ErrUsed {
				t.Fatalf("a second submission: %v, want ErrUsed", err)
			}
		})
		t.Run("AnInvalidSubmissionLeavesTheTokenUnspent", func(t *testing.T) {
			out := h.mustIssue(t, sdktoken.IssueInput{})
			ctx := h.open(t, out.Token)
			bad := form()
			bad.CountryCode = "XX"
			_, err := h.svc.Submit(ctx, bad)
			testkit.WantFault(t, err, fault.Invalid, "country_code")
			if _, err := h.svc.Submit(ctx, form()); err != nil {
				t.Fatalf("the token was spent by an invalid submission: %v", err)
			}
		})
		t.Run("OfConcurrentSubmissionsExactlyOneOpensACase", func(t *testing.T) {
			out := h.mustIssue(t, sdktoken.IssueInput{ExternalUserID: "user_race"})
			ctx := h.open(t, out.Token)
			errs := testkit.Concurrently(6, func(int) error { _, err := h.svc.Submit(ctx, form()); return err })
			testkit.WantOneWinner(t, errs, fault.Conflict)
			n := h.db.Client.VerificationCase.Query().Where(verificationcase.ClientReference("user_race")).CountX(testkit.System())
			if n != 1 {
				t.Fatalf("%d cases opened by one token", n)
			}
		})
		t.Run("AnExpiredTokenIsRefusedAtTheDoorAndAtSubmission", func(t *testing.T) {
			out := h.mustIssue(t, sdktoken.IssueInput{ExpiresIn: ints(60)})
			ctx := h.open(t, out.Token)
			h.clock.Advance(time.Minute)
			t.Cleanup(func() { h.clock.Set(testkit.Epoch) })
			if _, err := h.resolver.Resolve(context.Background(), auth.Credentials{SDKToken: out.Token}); err != sdktoken.ErrExpired {
				t.Fatalf("resolve: %v, want ErrExpired", err)
			}
			if _, err := h.svc.Submit(ctx, form()); err != sdktoken.ErrExpired {
				t.Fatalf("a submission resolved before expiry and sent after: %v, want ErrExpired", err)
			}
		})
		t.Run("UnknownAndMalformedTokensAreUnknown", func(t *testing.T) {
			other, _ := bearertoken.Generate(sdktoken.Prefix)
			for _, token := range []string{other.Plain, "kbs_sdk_x", "../../etc/passwd"} {
				if _, err := h.resolver.Resolve(context.Background(), auth.Credentials{SDKToken: token}); err != sdktoken.ErrUnknown {
					t.Fatalf("Resolve(%q) = %v, want ErrUnknown", token, err)
				}
			}
		})
		t.Run("AnSDKTokenInTheHeadersIsRefusedOnOtherTransports", func(t *testing.T) {
			out := h.mustIssue(t, sdktoken.IssueInput{})
			chain := auth.NewChain(h.resolver)
			_, err := chain.Resolve(context.Background(), auth.Credentials{Authorization: "Bearer " + out.Token}, viewer.Accept(viewer.KindSession, viewer.KindAPIKey))
			testkit.WantFault(t, err, fault.Unauthorized, "")
		})
	})
}
