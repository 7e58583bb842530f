package verification_test

import (
	"context"
	"encoding/base64"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/caseevent"
	"github.com/keybs/platform/ent/document"
	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
)

var cursorKey = []byte("verification test cursor key, 32b")

type harness struct {
	db    *database.DB
	bus   *events.Bus
	clock *testkit.Clock
	svc   *verification.Service
	a, b  testkit.Tenant
}

func newHarness(t *testing.T, url string) *harness {
	t.Helper()
	db := testkit.Open(t, url)
	c := testkit.NewClock(testkit.Epoch)
	bus := testkit.Bus(t, db, url)
	svc := verification.NewService(db.Client, bus, c.Now, cursorKey, "https://verify.test/")
	svc.Signer = testkit.Keyring(t, db)
	return &harness{db: db, bus: bus, clock: c, svc: svc,
		a: testkit.MustTenant(t, db.Client, "acme", membership.RoleOWNER, membership.RoleDEVELOPER, membership.RoleVIEWER),
		b: testkit.MustTenant(t, db.Client, "globex", membership.RoleOWNER),
	}
}

// key is a context acting as a secret key of tn in env.
func key(tn testkit.Tenant, env environment.Environment) context.Context {
	return testkit.APIKey(tn.ID, env, "verification:create", "verification:read", "document:create", "report:read")
}

func input() verification.CreateInput {
	return verification.CreateInput{SupplierName: "Acme Trading Co.", CountryCode: "in", Tier: "tier2", Package: "standard",
		ContactEmail: "ops@acme.example"}
}

func (h *harness) create(t *testing.T, ctx context.Context, mutate func(*verification.CreateInput)) *ent.VerificationCase {
	t.Helper()
	in := input()
	if mutate != nil {
		mutate(&in)
	}
	c, err := h.svc.Create(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// setStatus moves a case to status directly, as analysts' tooling would.
func (h *harness) setStatus(t *testing.T, id string, status verificationcase.Status) {
	t.Helper()
	h.db.Client.VerificationCase.UpdateOneID(id).SetStatus(status).ExecX(testkit.System())
}

func ids(cases []*ent.VerificationCase) []string {
	var out []string
	for _, c := range cases {
		out = append(out, c.ID)
	}
	return out
}

var verificationID = regexp.MustCompile(`^KBS-VR-[A-Z2-7]{10}$`)

func TestNewVerificationID(t *testing.T) {
	seen := map[string]bool{}
	for range 2000 {
		id := verification.NewVerificationID()
		if !verificationID.MatchString(id) {
			t.Fatalf("%q is not KBS-VR- and 10 base32 characters", id)
		}
		if seen[id] {
			t.Fatalf("%q came twice in 2000", id)
		}
		seen[id] = true
	}
}

func TestURLs(t *testing.T) {
	if got := verification.VerifyURL("https://verify.test", "KBS-VR-ABCDEFGHIJ"); got != "https://verify.test/r/KBS-VR-ABCDEFGHIJ" {
		t.Errorf("VerifyURL = %q", got)
	}
	if got := verification.PDFURL("https://verify.test", "KBS-VR-ABCDEFGHIJ"); got != "https://verify.test/r/KBS-VR-ABCDEFGHIJ/report.pdf" {
		t.Errorf("PDFURL = %q", got)
	}
}

func TestReportStatus(t *testing.T) {
	now := testkit.Epoch
	at := func(d time.Duration) *time.Time { v := now.Add(d); return &v }
	day := 24 * time.Hour
	for _, c := range []struct {
		name string
		r    ent.Report
		want string
	}{
		{"APublishedReportFarFromExpiryIsPublished", ent.Report{LifecycleStatus: report.LifecycleStatusPUBLISHED, ValidUntil: at(31 * day)}, "published"},
		{"ThirtyDaysBeforeExpiryItIsExpiring", ent.Report{LifecycleStatus: report.LifecycleStatusPUBLISHED, ValidUntil: at(30 * day)}, "expiring"},
		{"ADayBeforeExpiryItIsExpiring", ent.Report{LifecycleStatus: report.LifecycleStatusPUBLISHED, ValidUntil: at(day)}, "expiring"},
		{"AtValidUntilItIsExpired", ent.Report{LifecycleStatus: report.LifecycleStatusPUBLISHED, ValidUntil: at(0)}, "expired"},
		{"PastValidUntilItIsExpired", ent.Report{LifecycleStatus: report.LifecycleStatusPUBLISHED, ValidUntil: at(-day)}, "expired"},
		{"AnExpiredLifecycleIsExpired", ent.Report{LifecycleStatus: report.LifecycleStatusEXPIRED, ValidUntil: at(day)}, "expired"},
		{"ASignedReportNearExpiryIsOnlySigned", ent.Report{LifecycleStatus: report.LifecycleStatusSIGNED, ValidUntil: at(day)}, "signed"},
		{"AReportWithoutValidUntilNeverExpires", ent.Report{LifecycleStatus: report.LifecycleStatusPUBLISHED}, "published"},
		{"ADisputedReportIsDisputed", ent.Report{LifecycleStatus: report.LifecycleStatusPUBLISHED, ValidUntil: at(day), Disputed: true}, "disputed"},
		{"DisputedBeatsExpired", ent.Report{LifecycleStatus: report.LifecycleStatusPUBLISHED, ValidUntil: at(-day), Disputed: true}, "disputed"},
		{"RevokedBeatsEverything", ent.Report{LifecycleStatus: report.LifecycleStatusREVOKED, ValidUntil: at(-day), Disputed: true}, "revoked"},
		{"AnApprovedReportIsApproved", ent.Report{LifecycleStatus: report.LifecycleStatusAPPROVED}, "approved"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := verification.ReportStatus(&c.r, now); got != c.want {
				t.Fatalf("ReportStatus = %q, want %q", got, c.want)
			}
		})
	}
}

func TestPayload(t *testing.T) {
	score := 71
	band := verificationcase.RiskBandMEDIUM
	signed, valid := testkit.Epoch, testkit.Epoch.AddDate(1, 0, 0)
	url := "https://verify.test/r/KBS-VR-ABCDEFGHIJ"
	c := &ent.VerificationCase{ID: "vrc_1", VerificationID: "KBS-VR-ABCDEFGHIJ", Status: verificationcase.StatusAPPROVED,
		SupplierName: "Saigon Ceramics", CountryCode: "VN", TrustScore: &score, RiskBand: &band}
	t.Run("ACaseWithoutAReport", func(t *testing.T) {
		p := verification.Payload(&ent.VerificationCase{ID: "vrc_2", VerificationID: "KBS-VR-KLMNOPQRST", Status: verificationcase.StatusRFI_REQUESTED,
			SupplierName: "Lagos Textiles", CountryCode: "NG"}, nil)
		want := fmt.Sprint(map[string]any{"verification_case_id": "vrc_2", "verification_id": "KBS-VR-KLMNOPQRST", "status": "rfi_requested",
			"supplier": map[string]any{"name": "Lagos Textiles", "country_code": "NG"}})
		if fmt.Sprint(p) != want {
			t.Fatalf("payload %v, want %v", p, want)
		}
	})
	t.Run("AScoredCaseWithItsReport", func(t *testing.T) {
		p := verification.Payload(c, &ent.Report{LifecycleStatus: report.LifecycleStatusPUBLISHED, SignedAt: &signed, ValidUntil: &valid, VerifyURL: &url})
		sup := p["supplier"].(map[string]any)
		// Seed 002's report.signed example: status is the report's state
		// once there is a report.
		if p["status"] != "published" || sup["trust_score"] != 71 || sup["risk_band"] != "medium" {
			t.Fatalf("payload %v", p)
		}
		r := p["report"].(map[string]any)
		if r["lifecycle_status"] != "published" || r["verify_url"] != &url || r["signed_at"] != &signed || r["valid_until"] != &valid {
			t.Fatalf("report %v", r)
		}
	})
}

func TestCreate(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		t.Run("AnAPIKeyOpensACaseInItsEnvironment", func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			msgs := h.bus.Subscribe(ctx, 4, func(m events.Message) bool { return m.Kind == events.KindEvent && m.TenantID == h.a.ID })
			c := h.create(t, key(h.a, environment.Live), func(in *verification.CreateInput) {
				in.SupplierName, in.ContactEmail, in.Tier, in.Package = "  Acme Trading Co.  ", " ops@acme.example ", "TIER3", "Enhanced"
				in.ClientReference = new(string)
				*in.ClientReference = " PO-1 "
			})
			got := h.db.Client.VerificationCase.GetX(testkit.System(), c.ID)
			if got.TenantID != h.a.ID || got.Environment != environment.Live || got.CreatedVia != verificationcase.CreatedViaAPI ||
				got.Status != verificationcase.StatusSUBMITTED || got.SupplierName != "Acme Trading Co." || got.CountryCode != "IN" ||
				got.Tier != verificationcase.TierTIER3 || got.Package != verificationcase.PackageENHANCED ||
				got.ContactEmail != "ops@acme.example" || got.ClientReference == nil || *got.ClientReference != "PO-1" {
				t.Fatalf("case %+v", got)
			}
			if !verificationID.MatchString(got.VerificationID) {
				t.Fatalf("verification id %q", got.VerificationID)
			}
			evt := h.db.Client.Event.Query().Where(event.TenantID(h.a.ID), event.Type("verification.submitted")).OnlyX(testkit.System())
			if evt.Environment != environment.Live || evt.Payload["verification_id"] != got.VerificationID || evt.Payload["status"] != "submitted" {
				t.Fatalf("event %+v", evt)
			}
			if m := recv(t, msgs); m.ID != evt.ID {
				t.Fatalf("published %+v, want event %s", m, evt.ID)
			}
			e := h.db.Client.AuditLog.Query().Where(auditlog.TargetID(c.ID)).OnlyX(testkit.System())
			if e.Action != "verification.submitted" || e.ActorType != auditlog.ActorTypeAPI_KEY || e.Metadata["environment"] != "LIVE" {
				t.Fatalf("audit %+v", e)
			}
		})
		t.Run("APortalMemberOpensASandboxCase", func(t *testing.T) {
			c := h.create(t, h.a.As(membership.RoleDEVELOPER), nil)
			if c.Environment != environment.Test || c.CreatedVia != verificationcase.CreatedViaPORTAL {
				t.Fatalf("case in %s via %s", c.Environment, c.CreatedVia)
			}
		})
		for _, c := range []struct {
			name, field string
			mutate      func(*verification.CreateInput)
		}{
			{"AMissingSupplierName", "supplier_name", func(in *verification.CreateInput) { in.SupplierName = " " }},
			{"AnOverlongSupplierName", "supplier_name", func(in *verification.CreateInput) { in.SupplierName = strings.Repeat("s", 201) }},
			{"AnUnknownCountry", "country_code", func(in *verification.CreateInput) { in.CountryCode = "XX" }},
			{"AThreeLetterCountry", "country_code", func(in *verification.CreateInput) { in.CountryCode = "IND" }},
			{"AnUnknownTier", "tier", func(in *verification.CreateInput) { in.Tier = "tier9" }},
			{"AnUnknownPackage", "package", func(in *verification.CreateInput) { in.Package = "premium" }},
			{"ABadEmail", "contact_email", func(in *verification.CreateInput) { in.ContactEmail = "ops" }},
			{"AnOverlongClientReference", "client_reference", func(in *verification.CreateInput) {
				ref := strings.Repeat("r", 101)
				in.ClientReference = &ref
			}},
		} {
			t.Run(c.name+"IsInvalidAndWritesNothing", func(t *testing.T) {
				before := h.db.Client.VerificationCase.Query().CountX(testkit.System())
				nEvents := h.db.Client.Event.Query().CountX(testkit.System())
				in := input()
				c.mutate(&in)
				_, err := h.svc.Create(key(h.a, environment.Test), in)
				testkit.WantFault(t, err, fault.Invalid, c.field)
				if h.db.Client.VerificationCase.Query().CountX(testkit.System()) != before || h.db.Client.Event.Query().CountX(testkit.System()) != nEvents {
					t.Fatal("a refused case left a row or an event")
				}
			})
		}
		for _, c := range []struct {
			name string
			ctx  context.Context
			kind fault.Kind
		}{
			{"APortalViewerIsForbidden", h.a.As(membership.RoleVIEWER), fault.Forbidden},
			{"StaffWithoutATenantAreUnauthorized", testkit.Staff(viewer.StaffAnalyst), fault.Unauthorized},
			{"AnonymousIsUnauthorized", context.Background(), fault.Unauthorized},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, err := h.svc.Create(c.ctx, input())
				testkit.WantFault(t, err, c.kind, "")
			})
		}
	})
}

func TestOpen(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		sdk := testkit.As(&viewer.Principal{Kind: viewer.KindSDKToken, TenantID: h.a.ID, Environment: environment.Live, TokenID: "sdk_1"})
		doc := func() *verification.DocumentInput {
			return &verification.DocumentInput{Kind: "Trade_License", Filename: "licence.pdf", StoragePath: "uploads/licence.pdf", SHA256: strings.Repeat("AB", 32)}
		}
		counts := func() [3]int {
			sys := testkit.System()
			return [3]int{h.db.Client.VerificationCase.Query().CountX(sys), h.db.Client.Document.Query().CountX(sys), h.db.Client.Event.Query().CountX(sys)}
		}

		t.Run("AnSDKTokenOpensACaseWithItsDocumentAndTheWorkItAdds", func(t *testing.T) {
			var seen string
			c, err := h.svc.Open(sdk, input(), verification.Opening{Document: doc(), Within: func(ctx context.Context, tx *ent.Tx, c *ent.VerificationCase) error {
				seen = c.ID
				return nil
			}})
			if err != nil {
				t.Fatal(err)
			}
			if seen != c.ID || c.CreatedVia != verificationcase.CreatedViaSDK || c.Environment != environment.Live || c.TenantID != h.a.ID {
				t.Fatalf("case %+v (Within saw %q)", c, seen)
			}
			d := h.db.Client.Document.Query().Where(document.CaseID(c.ID)).OnlyX(testkit.System())
			if d.Kind != document.KindTRADE_LICENSE || d.Sha256 != strings.Repeat("ab", 32) || d.Environment != environment.Live {
				t.Fatalf("document %+v", d)
			}
			tl, err := h.svc.Timeline(h.a.As(membership.RoleOWNER), c)
			if err != nil || len(tl) != 1 || tl[0].ActorType != caseevent.ActorTypeSDK_TOKEN || deref(tl[0].ActorID) != "sdk_1" {
				t.Fatalf("timeline %+v, %v", tl, err)
			}
			for _, action := range []string{"verification.submitted", "document.received"} {
				e := h.db.Client.AuditLog.Query().Where(auditlog.TargetID(c.ID), auditlog.Action(action)).OnlyX(testkit.System())
				if e.ActorType != auditlog.ActorTypeSDK_TOKEN || e.ActorID != "sdk_1" {
					t.Fatalf("%s audited as %s %s", action, e.ActorType, e.ActorID)
				}
			}
		})
		t.Run("AnErrorOfWithinRollsTheCaseBack", func(t *testing.T) {
			before := counts()
			_, err := h.svc.Open(sdk, input(), verification.Opening{Document: doc(), Within: func(context.Context, *ent.Tx, *ent.VerificationCase) error {
				return fault.New(fault.Conflict, "already used")
			}})
			testkit.WantFault(t, err, fault.Conflict, "")
			if after := counts(); after != before {
				t.Fatalf("cases, documents, events %v after a rolled-back open, %v before", after, before)
			}
		})
		t.Run("AnInvalidDocumentWritesNothingAndNeverReachesWithin", func(t *testing.T) {
			before := counts()
			bad := doc()
			bad.SHA256 = "abc"
			_, err := h.svc.Open(sdk, input(), verification.Opening{Document: bad, Within: func(context.Context, *ent.Tx, *ent.VerificationCase) error {
				t.Error("Within ran for an invalid document")
				return nil
			}})
			testkit.WantFault(t, err, fault.Invalid, "sha256")
			if after := counts(); after != before {
				t.Fatalf("%v after a refused open, %v before", after, before)
			}
		})
		t.Run("AnSDKTokenMayDoNothingElse", func(t *testing.T) {
			c := h.create(t, key(h.a, environment.Live), nil)
			_, err := h.svc.AddDocument(sdk, c.ID, *doc())
			testkit.WantFault(t, err, fault.Forbidden, "")
			_, err = h.svc.AnswerQuestion(sdk, c.ID, "rfi_x", "yes")
			testkit.WantFault(t, err, fault.Forbidden, "")
		})
		t.Run("AShareTokenMayNotOpenACase", func(t *testing.T) {
			share := testkit.As(&viewer.Principal{Kind: viewer.KindShareToken, TenantID: h.a.ID, Environment: environment.Test, TokenID: "shr_1"})
			_, err := h.svc.Create(share, input())
			testkit.WantFault(t, err, fault.Forbidden, "")
		})
	})
}

func recv(t *testing.T, ch <-chan *events.Message) *events.Message {
	t.Helper()
	select {
	case m := <-ch:
		return m
	case <-time.After(10 * time.Second):
		t.Fatal("no message after 10s")
	}
	panic("unreachable")
}

func TestList(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		live := key(h.a, environment.Live)
		var made []string // newest first
		for i := range 5 {
			c := h.create(t, live, func(in *verification.CreateInput) { in.SupplierName = fmt.Sprint("Supplier ", i) })
			made = append([]string{c.ID}, made...)
		}
		h.setStatus(t, made[0], verificationcase.StatusAPPROVED)
		h.setStatus(t, made[2], verificationcase.StatusAPPROVED)
		h.setStatus(t, made[3], verificationcase.StatusAPPROVED)
		sandbox := h.create(t, key(h.a, environment.Test), nil)
		other := h.create(t, key(h.b, environment.Live), nil)

		all := func(t *testing.T, ctx context.Context, in verification.ListInput) ([]string, int) {
			t.Helper()
			var got []string
			pages := 0
			for {
				p, err := h.svc.List(ctx, in)
				if err != nil {
					t.Fatal(err)
				}
				pages++
				got = append(got, ids(p.Cases)...)
				if p.NextCursor == "" {
					return got, pages
				}
				if pages > 10 {
					t.Fatal("the cursor never ends")
				}
				in.Cursor = p.NextCursor
			}
		}
		t.Run("NewestFirstInTheKeysEnvironmentOnly", func(t *testing.T) {
			got, pages := all(t, live, verification.ListInput{})
			if !slices.Equal(got, made) || pages != 1 {
				t.Fatalf("%v in %d pages, want %v in 1", got, pages, made)
			}
		})
		t.Run("PagesFollowEachOtherWithoutGapOrRepeat", func(t *testing.T) {
			got, pages := all(t, live, verification.ListInput{Limit: 2})
			if !slices.Equal(got, made) || pages != 3 {
				t.Fatalf("%v in %d pages, want %v in 3", got, pages, made)
			}
		})
		t.Run("AnExactlyFullLastPageHasNoCursor", func(t *testing.T) {
			p, err := h.svc.List(live, verification.ListInput{Limit: 5})
			if err != nil || len(p.Cases) != 5 || p.NextCursor != "" {
				t.Fatalf("page of %d with cursor %q, %v", len(p.Cases), p.NextCursor, err)
			}
		})
		t.Run("TheStatusFilterHoldsAcrossPages", func(t *testing.T) {
			got, pages := all(t, live, verification.ListInput{Status: "approved", Limit: 2})
			if want := []string{made[0], made[2], made[3]}; !slices.Equal(got, want) || pages != 2 {
				t.Fatalf("%v in %d pages, want %v in 2", got, pages, want)
			}
			got, _ = all(t, live, verification.ListInput{Status: "submitted"})
			if want := []string{made[1], made[4]}; !slices.Equal(got, want) {
				t.Fatalf("submitted %v, want %v", got, want)
			}
			got, _ = all(t, live, verification.ListInput{Status: "declined"})
			if len(got) != 0 {
				t.Fatalf("declined %v, want none", got)
			}
		})
		t.Run("APortalMemberSeesTheSandbox", func(t *testing.T) {
			if got, _ := all(t, h.a.As(membership.RoleVIEWER), verification.ListInput{}); !slices.Equal(got, []string{sandbox.ID}) {
				t.Fatalf("portal sees %v, want the sandbox case %s", got, sandbox.ID)
			}
		})
		t.Run("AnotherTenantSeesOnlyItsOwn", func(t *testing.T) {
			if got, _ := all(t, key(h.b, environment.Live), verification.ListInput{}); !slices.Equal(got, []string{other.ID}) {
				t.Fatalf("globex sees %v", got)
			}
		})
		for _, c := range []struct {
			name, field string
			in          verification.ListInput
		}{
			{"ANegativeLimit", "limit", verification.ListInput{Limit: -1}},
			{"ALimitOver200", "limit", verification.ListInput{Limit: verification.MaxLimit + 1}},
			{"AnUnknownStatus", "status", verification.ListInput{Status: "pending"}},
		} {
			t.Run(c.name+"IsInvalid", func(t *testing.T) {
				_, err := h.svc.List(live, c.in)
				testkit.WantFault(t, err, fault.Invalid, c.field)
			})
		}
		t.Run("Limit200IsAllowed", func(t *testing.T) {
			if _, err := h.svc.List(live, verification.ListInput{Limit: verification.MaxLimit}); err != nil {
				t.Fatal(err)
			}
		})
		t.Run("AnonymousIsUnauthorized", func(t *testing.T) {
			_, err := h.svc.List(context.Background(), verification.ListInput{})
			testkit.WantFault(t, err, fault.Unauthorized, "")
		})
	})
}

// TestCursor proves a next_cursor opaque: it continues only the listing it
// came from, and any change to it is refused.
func TestCursor(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		live := key(h.a, environment.Live)
		for range 3 {
			h.create(t, live, nil)
			h.create(t, key(h.a, environment.Test), nil)
			h.create(t, key(h.b, environment.Live), nil)
		}
		first, err := h.svc.List(live, verification.ListInput{Limit: 1})
		if err != nil || first.NextCursor == "" {
			t.Fatalf("first page: %v, cursor %q", err, first.NextCursor)
		}
		cur := first.NextCursor
		raw, err := base64.RawURLEncoding.DecodeString(cur)
		if err != nil {
			t.Fatalf("the cursor is not base64url: %v", err)
		}
		flip := func(i int) string {
			b := slices.Clone(raw)
			b[i] ^= 0x01
			return base64.RawURLEncoding.EncodeToString(b)
		}
		t.Run("ItContinuesItsOwnListing", func(t *testing.T) {
			p, err := h.svc.List(live, verification.ListInput{Limit: 1, Cursor: cur})
			if err != nil || len(p.Cases) != 1 || p.Cases[0].ID == first.Cases[0].ID {
				t.Fatalf("second page %v, %v", p, err)
			}
		})
		other := verification.NewService(h.db.Client, h.bus, h.clock.Now, []byte("another deployment's cursor key"), "https://verify.test")
		for _, c := range []struct {
			name string
			svc  *verification.Service
			ctx  context.Context
			in   verification.ListInput
		}{
			{"AFlippedSignatureByte", h.svc, live, verification.ListInput{Cursor: flip(0)}},
			{"AFlippedBodyByte", h.svc, live, verification.ListInput{Cursor: flip(len(raw) - 3)}},
			{"ATruncatedCursor", h.svc, live, verification.ListInput{Cursor: cur[:len(cur)-4]}},
			{"OnlyASignature", h.svc, live, verification.ListInput{Cursor: base64.RawURLEncoding.EncodeToString(raw[:16])}},
			{"NotBase64", h.svc, live, verification.ListInput{Cursor: "!!not-a-cursor!!"}},
			{"AnOverlongCursor", h.svc, live, verification.ListInput{Cursor: cur + strings.Repeat("A", 1024)}},
			{"AnotherTenantsKey", h.svc, key(h.b, environment.Live), verification.ListInput{Cursor: cur}},
			{"TheSameTenantsOtherEnvironment", h.svc, key(h.a, environment.Test), verification.ListInput{Cursor: cur}},
			{"TheSameTenantsPortal", h.svc, h.a.As(membership.RoleOWNER), verification.ListInput{Cursor: cur}},
			{"AnotherStatusFilter", h.svc, live, verification.ListInput{Cursor: cur, Status: "submitted"}},
			{"AnotherSigningKey", other, live, verification.ListInput{Cursor: cur}},
		} {
			t.Run(c.name+"IsRefused", func(t *testing.T) {
				p, err := c.svc.List(c.ctx, c.in)
				testkit.WantFault(t, err, fault.Invalid, "cursor")
				if p != nil {
					t.Fatalf("a refused cursor returned %d cases", len(p.Cases))
				}
			})
		}
	})
}

func TestGetAndDocuments(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		live := key(h.a, environment.Live)
		c := h.create(t, live, nil)
		t.Run("ByIDOrVerificationID", func(t *testing.T) {
			for _, ref := range []string{c.ID, c.VerificationID} {
				got, err := h.svc.Get(live, ref)
				if err != nil || got.ID != c.ID {
					t.Fatalf("Get(%q) = %v, %v", ref, got, err)
				}
			}
		})
		for _, cc := range []struct {
			name string
			ctx  context.Context
			ref  string
		}{
			{"AnotherTenant", key(h.b, environment.Live), c.ID},
			{"AnotherTenantByVerificationID", key(h.b, environment.Live), c.VerificationID},
			{"TheOtherEnvironment", key(h.a, environment.Test), c.ID},
			{"AnUnknownID", live, "KBS-VR-AAAAAAAAAA"},
		} {
			t.Run(cc.name+"IsNotFound", func(t *testing.T) {
				_, err := h.svc.Get(cc.ctx, cc.ref)
				testkit.WantFault(t, err, fault.NotFound, "")
			})
		}
		sha := strings.Repeat("AB", 32)
		doc := verification.DocumentInput{Kind: "trade_license", Filename: "licence.pdf", StoragePath: "s3://bucket/acme/licence.pdf", SHA256: sha}
		t.Run("ADocumentIsAttachedAndAudited", func(t *testing.T) {
			d, err := h.svc.AddDocument(live, c.VerificationID, doc)
			if err != nil {
				t.Fatal(err)
			}
			if d.CaseID != c.ID || d.Environment != environment.Live || d.Sha256 != strings.ToLower(sha) || d.Kind != "TRADE_LICENSE" {
				t.Fatalf("document %+v", d)
			}
			e := h.db.Client.AuditLog.Query().Where(auditlog.Action("document.received")).OnlyX(testkit.System())
			if e.TargetID != c.ID || e.Metadata["document_id"] != d.ID {
				t.Fatalf("audit %+v", e)
			}
		})
		for _, cc := range []struct {
			name, field string
			mutate      func(*verification.DocumentInput)
		}{
			{"AnUnknownKind", "kind", func(d *verification.DocumentInput) { d.Kind = "selfie" }},
			{"AMissingFilename", "filename", func(d *verification.DocumentInput) { d.Filename = "" }},
			{"AFilenameWithASlash", "filename", func(d *verification.DocumentInput) { d.Filename = "../etc/passwd" }},
			{"AFilenameWithABackslash", "filename", func(d *verification.DocumentInput) { d.Filename = `c:\x.pdf` }},
			{"AMissingStoragePath", "storage_path", func(d *verification.DocumentInput) { d.StoragePath = " " }},
			{"AStoragePathClimbingUp", "storage_path", func(d *verification.DocumentInput) { d.StoragePath = "s3://bucket/../other" }},
			{"AShortSHA256", "sha256", func(d *verification.DocumentInput) { d.SHA256 = "abc" }},
			{"ANonHexSHA256", "sha256", func(d *verification.DocumentInput) { d.SHA256 = strings.Repeat("zz", 32) }},
		} {
			t.Run(cc.name+"IsInvalid", func(t *testing.T) {
				in := doc
				cc.mutate(&in)
				_, err := h.svc.AddDocument(live, c.ID, in)
				testkit.WantFault(t, err, fault.Invalid, cc.field)
			})
		}
		t.Run("AnotherTenantsCaseIsNotFound", func(t *testing.T) {
			_, err := h.svc.AddDocument(key(h.b, environment.Live), c.ID, doc)
			testkit.WantFault(t, err, fault.NotFound, "")
		})
		t.Run("APortalViewerCannotAttach", func(t *testing.T) {
			sandbox := h.create(t, key(h.a, environment.Test), nil)
			_, err := h.svc.AddDocument(h.a.As(membership.RoleVIEWER), sandbox.ID, doc)
			testkit.WantFault(t, err, fault.Forbidden, "")
		})
		if n := h.db.Client.Document.Query().CountX(testkit.System()); n != 1 {
			t.Fatalf("%d documents stored, want only the valid one", n)
		}
	})
}

func TestReportsAndSandbox(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		if err := h.svc.SeedDemo(context.Background(), h.db.Client, h.a.ID); err != nil {
			t.Fatal(err)
		}
		t.Run("TheSandboxHasACaseInEveryStatus", func(t *testing.T) {
			p, err := h.svc.List(key(h.a, environment.Test), verification.ListInput{})
			if err != nil {
				t.Fatal(err)
			}
			seen := map[verificationcase.Status]int{}
			for _, c := range p.Cases {
				seen[c.Status]++
			}
			for _, st := range []verificationcase.Status{verificationcase.StatusSUBMITTED, verificationcase.StatusIN_REVIEW,
				verificationcase.StatusRFI_REQUESTED, verificationcase.StatusRFI_RESOLVED, verificationcase.StatusAPPROVED, verificationcase.StatusDECLINED} {
				if seen[st] == 0 {
					t.Errorf("no demo case is %s", st)
				}
			}
		})
		t.Run("NothingIsSeededLive", func(t *testing.T) {
			if p, err := h.svc.List(key(h.a, environment.Live), verification.ListInput{}); err != nil || len(p.Cases) != 0 {
				t.Fatalf("live cases %v, %v", p, err)
			}
			if reps, err := h.svc.Reports(key(h.a, environment.Live)); err != nil || len(reps) != 0 {
				t.Fatalf("live reports %v, %v", reps, err)
			}
		})
		reps, err := h.svc.Reports(key(h.a, environment.Test))
		if err != nil {
			t.Fatal(err)
		}
		t.Run("PublishedDemoReportsCarryTheWatermarkAndLinks", func(t *testing.T) {
			if len(reps) != 2 {
				t.Fatalf("%d reports, want the 2 approved demo cases'", len(reps))
			}
			for _, r := range reps {
				vid := r.Edges.Case.VerificationID
				if !r.Demo || r.LifecycleStatus != report.LifecycleStatusPUBLISHED || *r.VerifyURL != "https://verify.test/r/"+vid ||
					*r.PdfURL != "https://verify.test/r/"+vid+"/report.pdf" {
					t.Fatalf("report %+v", r)
				}
			}
			statuses := []string{verification.ReportStatus(reps[0], testkit.Epoch), verification.ReportStatus(reps[1], testkit.Epoch)}
			slices.Sort(statuses)
			if !slices.Equal(statuses, []string{"expiring", "published"}) {
				t.Fatalf("demo report statuses %v, want one expiring and one published", statuses)
			}
		})
		t.Run("AReportIsFoundByItsVerificationID", func(t *testing.T) {
			vid := reps[0].Edges.Case.VerificationID
			r, err := h.svc.Report(key(h.a, environment.Test), vid)
			if err != nil || r.ID != reps[0].ID {
				t.Fatalf("Report(%s) = %v, %v", vid, r, err)
			}
			_, err = h.svc.Report(key(h.b, environment.Test), vid)
			testkit.WantFault(t, err, fault.NotFound, "")
		})
		t.Run("AnUnsignedReportIsNotListedOrFound", func(t *testing.T) {
			c := h.create(t, key(h.a, environment.Test), nil)
			h.db.Client.Report.Create().SetTenantID(h.a.ID).SetEnvironment(environment.Test).SetCaseID(c.ID).
				SetLifecycleStatus(report.LifecycleStatusAPPROVED).ExecX(testkit.System())
			_, err := h.svc.Report(key(h.a, environment.Test), c.VerificationID)
			testkit.WantFault(t, err, fault.NotFound, "")
			if again, _ := h.svc.Reports(key(h.a, environment.Test)); len(again) != 2 {
				t.Fatalf("%d reports listed, want still 2", len(again))
			}
		})
	})
}

func TestStats(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		t0 := testkit.Epoch
		add := func(tn testkit.Tenant, env environment.Environment, status verificationcase.Status, created time.Time, decidedAfter time.Duration) {
			t.Helper()
			c := h.db.Client.VerificationCase.Create().SetTenantID(tn.ID).SetEnvironment(env).SetVerificationID(verification.NewVerificationID()).
				SetSupplierName("S").SetCountryCode("GB").SetTier(verificationcase.TierTIER1).SetPackage(verificationcase.PackageBASIC).
				SetContactEmail("s@s.example").SetCreatedVia(verificationcase.CreatedViaAPI).SetStatus(status).SetCreatedAt(created)
			if decidedAfter > 0 {
				c.SetDecidedAt(created.Add(decidedAfter))
			}
			c.ExecX(testkit.System())
		}
		add(h.a, environment.Live, verificationcase.StatusAPPROVED, t0, 10*time.Hour)
		add(h.a, environment.Live, verificationcase.StatusAPPROVED, t0.Add(time.Hour), 20*time.Hour)
		add(h.a, environment.Live, verificationcase.StatusDECLINED, t0.Add(2*time.Hour), 30*time.Hour)
		add(h.a, environment.Live, verificationcase.StatusIN_REVIEW, t0.Add(3*time.Hour), 0)
		add(h.a, environment.Live, verificationcase.StatusAPPROVED, t0.Add(-48*time.Hour), time.Hour) // before the window
		add(h.a, environment.Test, verificationcase.StatusDECLINED, t0, time.Hour)
		add(h.b, environment.Live, verificationcase.StatusAPPROVED, t0, time.Hour)
		live := environment.Live
		from, to := t0, t0.Add(24*time.Hour)
		count := func(s *verification.Stats) map[string]int {
			m := map[string]int{}
			var order []string
			for _, c := range s.ByStatus {
				m[c.Status] = c.Count
				order = append(order, c.Status)
			}
			if !slices.Equal(order, []string{"submitted", "in_review", "rfi_requested", "rfi_resolved", "approved", "declined"}) {
				t.Fatalf("statuses in order %v", order)
			}
			return m
		}
		t.Run("AWindowOfLiveCases", func(t *testing.T) {
			s, err := h.svc.Stats(h.a.As(membership.RoleVIEWER), &from, &to, &live)
			if err != nil {
				t.Fatal(err)
			}
			if m := count(s); m["approved"] != 2 || m["declined"] != 1 || m["in_review"] != 1 || m["submitted"] != 0 {
				t.Fatalf("counts %v", m)
			}
			if s.ApprovalRate == nil || *s.ApprovalRate != 2.0/3 {
				t.Fatalf("approval rate %v, want 2/3", s.ApprovalRate)
			}
			if s.AverageTimeToDecisionHours == nil || *s.AverageTimeToDecisionHours != 20 {
				t.Fatalf("average decision time %v, want 20h", s.AverageTimeToDecisionHours)
			}
		})
		t.Run("TheSandboxByDefault", func(t *testing.T) {
			s, err := h.svc.Stats(h.a.As(membership.RoleVIEWER), nil, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if m := count(s); m["declined"] != 1 || m["approved"] != 0 || *s.ApprovalRate != 0 {
				t.Fatalf("counts %v rate %v", m, *s.ApprovalRate)
			}
		})
		t.Run("NoDecisionsMeansNoRates", func(t *testing.T) {
			late := t0.Add(3 * time.Hour)
			s, err := h.svc.Stats(h.a.As(membership.RoleVIEWER), &late, &to, &live)
			if err != nil || s.ApprovalRate != nil || s.AverageTimeToDecisionHours != nil || count(s)["in_review"] != 1 {
				t.Fatalf("stats %+v, %v", s, err)
			}
		})
		t.Run("AnAPIKeyCannotReadStats", func(t *testing.T) {
			_, err := h.svc.Stats(key(h.a, environment.Live), nil, nil, nil)
			testkit.WantFault(t, err, fault.Forbidden, "")
		})
	})
}
