package fraud_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/fraudcheck"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/currency"
	"github.com/keybs/platform/internal/dispute"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/escrow"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/fraud"
	"github.com/keybs/platform/internal/fraud/reason"
	"github.com/keybs/platform/internal/risk"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
)

// harness is one database with the fraud service and the modules whose
// history it reads (risk checks, escrows, disputes), on a shared clock.
type harness struct {
	db       *ent.Client
	clock    *testkit.Clock
	fraud    *fraud.Service
	risk     *risk.Service
	escrows  *escrow.Service
	disputes *dispute.Service
	tenant   testkit.Tenant
	test     context.Context // a TEST key of tenant
	live     context.Context // a LIVE key of tenant
	other    context.Context // a TEST key of another tenant
}

func keyOf(tenantID string, env environment.Environment) context.Context {
	return testkit.As(&viewer.Principal{Kind: viewer.KindAPIKey, TenantID: tenantID, KeyID: "key_" + env.Lower(), KeyKind: "SECRET",
		ApplicationID: "app_1", Environment: env, Scopes: []string{"fraud:score", "fraud:signals", "transaction:check", "disputes:open"},
		CurrencyType: currency.Fiat, RateLimitPerMinute: 120})
}

func newHarness(t *testing.T, url string) *harness {
	t.Helper()
	db := testkit.Open(t, url)
	bus := testkit.Bus(t, db, url)
	clock := testkit.NewClock(testkit.Epoch)
	escrows := escrow.NewService(db.Client, bus, clock.Now)
	tn := testkit.MustTenant(t, db.Client, "fraud", membership.RoleOWNER, membership.RoleVIEWER)
	other := testkit.MustTenant(t, db.Client, "other", membership.RoleOWNER)
	return &harness{db: db.Client, clock: clock, fraud: fraud.NewService(db.Client, clock.Now), risk: risk.NewService(db.Client, clock.Now),
		escrows: escrows, disputes: dispute.NewService(db.Client, bus, clock.Now, escrows, risk.CheckExists), tenant: tn,
		test: keyOf(tn.ID, environment.Test), live: keyOf(tn.ID, environment.Live), other: keyOf(other.ID, environment.Test)}
}

func (h *harness) score(t *testing.T, ctx context.Context, in fraud.Input) *fraud.Result {
	t.Helper()
	r, err := h.fraud.Score(ctx, in)
	if err != nil {
		t.Fatalf("score %+v: %v", in, err)
	}
	return r
}

func codes(rs []reason.Reason) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, r.Code)
	}
	return out
}

func weightOf(rs []reason.Reason, code string) int {
	for _, r := range rs {
		if r.Code == code {
			return r.Weight
		}
	}
	return -1
}

func TestScore(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		t.Run("Outcomes", func(t *testing.T) {
			for _, c := range []struct {
				name     string
				ctx      context.Context
				in       fraud.Input
				decision fraudcheck.Decision
				score    int
				reasons  []string
			}{
				{"ACleanEmailIsApproved", h.test, fraud.Input{Email: "Ann@Example.com"}, fraudcheck.DecisionAPPROVE, 0, []string{}},
				{"ADisposableEmailAdds30", h.test, fraud.Input{Email: "x@mailinator.com"}, fraudcheck.DecisionAPPROVE, fraud.DisposableEmailWeight, []string{"disposable_email"}},
				{"ADisposableSubdomainCounts", h.test, fraud.Input{Email: "x@eu.yopmail.com"}, fraudcheck.DecisionAPPROVE, fraud.DisposableEmailWeight, []string{"disposable_email"}},
				{"MagicFraudTestIsDeclined", h.test, fraud.Input{Email: "a@fraud.test"}, fraudcheck.DecisionDECLINE, 95, []string{"sandbox"}},
				{"MagicReviewFraudTestIsReviewed", h.test, fraud.Input{Email: "a@review.fraud.test"}, fraudcheck.DecisionREVIEW, 55, []string{"sandbox"}},
				{"MagicApproveOverridesTheRules", h.test, fraud.Input{Email: "a@approve.fraud.test", DeviceID: "d"}, fraudcheck.DecisionAPPROVE, 0, []string{"sandbox"}},
				{"MagicIPIsDeclined", h.test, fraud.Input{IP: "203.0.113.66"}, fraudcheck.DecisionDECLINE, 95, []string{"sandbox"}},
				{"MagicIPIsReviewed", h.test, fraud.Input{IP: "203.0.113.44"}, fraudcheck.DecisionREVIEW, 55, []string{"sandbox"}},
				{"EmailMagicComesBeforeIPMagic", h.test, fraud.Input{Email: "a@review.fraud.test", IP: "203.0.113.66"}, fraudcheck.DecisionREVIEW, 55, []string{"sandbox"}},
				{"LiveIgnoresTheMagicEmail", h.live, fraud.Input{Email: "a@fraud.test"}, fraudcheck.DecisionAPPROVE, 0, []string{}},
				{"LiveIgnoresTheMagicIP", h.live, fraud.Input{IP: "203.0.113.66"}, fraudcheck.DecisionAPPROVE, 0, []string{}},
				{"APortalSessionIsTheSandbox", testkit.Owner(h.tenant.ID), fraud.Input{IP: "203.0.113.66"}, fraudcheck.DecisionDECLINE, 95, []string{"sandbox"}},
			} {
				t.Run(c.name, func(t *testing.T) {
					r := h.score(t, c.ctx, c.in)
					if r.Check.Decision != c.decision || r.Check.Score != c.score || !strings.HasPrefix(r.Check.ID, "frd_") ||
						!slices.Equal(codes(r.Check.Reasons), c.reasons) {
						t.Fatalf("check %s: %s %d %+v; want %s %d %v", r.Check.ID, r.Check.Decision, r.Check.Score, r.Check.Reasons, c.decision, c.score, c.reasons)
					}
				})
			}
		})
		t.Run("IdentifiersAreStoredNormalised", func(t *testing.T) {
			r := h.score(t, h.test, fraud.Input{Email: " Bob@Example.COM ", IP: "::ffff:198.51.100.7"})
			if r.Check.Email != "bob@example.com" || r.Check.EmailDomain != "example.com" || r.Check.IP != "198.51.100.7" {
				t.Fatalf("stored %q %q %q", r.Check.Email, r.Check.EmailDomain, r.Check.IP)
			}
		})
		t.Run("ValidationNamesTheField", func(t *testing.T) {
			for _, c := range []struct {
				name, field string
				in          fraud.Input
			}{
				{"NothingToScore", "email", fraud.Input{}},
				{"OnlyBlanks", "email", fraud.Input{Email: " ", Party: "  "}},
				{"BadEmail", "email", fraud.Input{Email: "not-an-email"}},
				{"BadIP", "ip", fraud.Input{IP: "999.1.1.1"}},
				{"IPWithAZone", "ip", fraud.Input{IP: "fe80::1%eth0"}},
				{"LongDevice", "device_id", fraud.Input{DeviceID: strings.Repeat("d", 401)}},
				{"LongParty", "party", fraud.Input{Party: strings.Repeat("p", 401)}},
			} {
				t.Run(c.name, func(t *testing.T) {
					_, err := h.fraud.Score(h.test, c.in)
					testkit.WantFault(t, err, fault.Invalid, c.field)
					_, err = h.fraud.Signals(h.test, c.in)
					testkit.WantFault(t, err, fault.Invalid, c.field)
				})
			}
		})
		t.Run("AViewerCannotScoreButCanReadSignals", func(t *testing.T) {
			viewerCtx := h.tenant.As(membership.RoleVIEWER)
			if _, err := h.fraud.Score(viewerCtx, fraud.Input{Email: "a@example.com"}); fault.From(err).Kind != fault.Forbidden {
				t.Fatalf("viewer score: %v, want forbidden", err)
			}
			if _, err := h.fraud.Signals(viewerCtx, fraud.Input{Email: "a@example.com"}); err != nil {
				t.Fatalf("viewer signals: %v", err)
			}
		})
	})
}

func TestVelocityIsReadFromStoredHistoryOverTheWindow(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		in := fraud.Input{DeviceID: "dev-velocity"}
		for range fraud.Velocity1hElevated {
			h.score(t, h.test, in)
		}
		r := h.score(t, h.test, in)
		if r.Signals.Checks1h != fraud.Velocity1hElevated || r.Signals.VelocityOf != "device_id" || weightOf(r.Check.Reasons, "velocity_1h") != fraud.Velocity1hWeight {
			t.Fatalf("sixth check: %+v %+v", r.Signals, r.Check.Reasons)
		}
		for range fraud.Velocity1hHigh - fraud.Velocity1hElevated - 1 {
			h.score(t, h.test, in)
		}
		if r = h.score(t, h.test, in); weightOf(r.Check.Reasons, "velocity_1h") != fraud.Velocity1hHighWeight {
			t.Fatalf("eleventh check: %+v", r.Check.Reasons)
		}
		// Other identifiers, environments and tenants have their own history.
		for _, c := range []struct {
			name string
			ctx  context.Context
			in   fraud.Input
		}{{"AnotherDevice", h.test, fraud.Input{DeviceID: "dev-other"}}, {"Live", h.live, in}, {"AnotherTenant", h.other, in}} {
			if r := h.score(t, c.ctx, c.in); r.Signals.Checks1h != 0 || r.Signals.Checks24h != 0 || r.Check.Score != 0 {
				t.Errorf("%s: %+v score %d, want no history", c.name, r.Signals, r.Check.Score)
			}
		}
		// So far Velocity1hHigh+1 checks of the device; make them Velocity24h.
		for range fraud.Velocity24h - (fraud.Velocity1hHigh + 1) {
			h.score(t, h.test, in)
		}
		// Two hours later the hour is empty and the day still full.
		h.clock.Advance(2 * time.Hour)
		r = h.score(t, h.test, in)
		if r.Signals.Checks1h != 0 || r.Signals.Checks24h != fraud.Velocity24h || !slices.Equal(codes(r.Check.Reasons), []string{"velocity_24h"}) {
			t.Fatalf("two hours later: %+v %+v", r.Signals, r.Check.Reasons)
		}
		h.clock.Advance(25 * time.Hour)
		if r = h.score(t, h.test, in); r.Signals.Checks24h != 0 || r.Check.Score != 0 {
			t.Fatalf("a day later: %+v score %d", r.Signals, r.Check.Score)
		}
	})
}

func TestEarlierDeclinesAndDisputesOfTheParty(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		amount := int64(12_500)
		txc := func(t *testing.T, ctx context.Context, party, counterpartyCountry string) *ent.RiskCheck {
			t.Helper()
			c, err := h.risk.CheckTransaction(ctx, risk.TransactionInput{Amount: &amount, Currency: "EUR",
				Party: risk.Party{ID: party, Country: "DE"}, Counterparty: risk.Party{ID: "shop", Country: counterpartyCountry}})
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		t.Run("EarlierDeclines", func(t *testing.T) {
			txc(t, h.test, "payer-1", "FR") // approved: does not count
			txc(t, h.test, "payer-1", "KP")
			r := h.score(t, h.test, fraud.Input{Party: "payer-1"})
			if r.Signals.EarlierDeclines != 1 || weightOf(r.Check.Reasons, "earlier_declines") != fraud.DeclinesWeight {
				t.Fatalf("one decline: %+v %+v", r.Signals, r.Check.Reasons)
			}
			txc(t, h.test, "payer-1", "IR")
			txc(t, h.test, "payer-1", "KP")
			if r = h.score(t, h.test, fraud.Input{Party: "payer-1"}); weightOf(r.Check.Reasons, "earlier_declines") != fraud.DeclinesHighWeight {
				t.Fatalf("three declines: %+v", r.Check.Reasons)
			}
			// As payee too.
			if r = h.score(t, h.test, fraud.Input{Party: "shop"}); r.Signals.EarlierDeclines != 3 {
				t.Fatalf("the payee: %+v", r.Signals)
			}
			for name, ctx := range map[string]context.Context{"Live": h.live, "AnotherTenant": h.other} {
				if r := h.score(t, ctx, fraud.Input{Party: "payer-1"}); r.Signals.EarlierDeclines != 0 {
					t.Errorf("%s sees %d declines", name, r.Signals.EarlierDeclines)
				}
			}
		})
		t.Run("Disputes", func(t *testing.T) {
			c := txc(t, h.test, "buyer-9", "FR")
			if _, err := h.disputes.Open(h.test, dispute.Input{CheckID: c.ID, Reason: "fraudulent"}); err != nil {
				t.Fatal(err)
			}
			r := h.score(t, h.test, fraud.Input{Party: "buyer-9"})
			if r.Signals.Disputes != 1 || weightOf(r.Check.Reasons, "disputes") != fraud.DisputesWeight {
				t.Fatalf("one dispute: %+v %+v", r.Signals, r.Check.Reasons)
			}
			e, err := h.escrows.Initiate(h.test, escrow.Input{Amount: 5000, Currency: "USD", BuyerID: "buyer-9", SellerID: "seller-9"})
			if err != nil {
				t.Fatal(err)
			}
			if _, err = h.escrows.Move(h.test, e.ID, "fund", nil); err != nil {
				t.Fatal(err)
			}
			if _, err := h.disputes.Open(h.test, dispute.Input{EscrowID: e.ID, Reason: "product_not_received"}); err != nil {
				t.Fatal(err)
			}
			if r = h.score(t, h.test, fraud.Input{Party: "buyer-9"}); r.Signals.Disputes != 2 {
				t.Fatalf("two disputes: %+v", r.Signals)
			}
			if r = h.score(t, h.test, fraud.Input{Party: "seller-9"}); r.Signals.Disputes != 1 {
				t.Fatalf("the seller: %+v", r.Signals)
			}
			if r = h.score(t, h.live, fraud.Input{Party: "buyer-9"}); r.Signals.Disputes != 0 {
				t.Fatalf("live: %+v", r.Signals)
			}
		})
	})
}

func TestFeedback(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		t.Run("ConfirmedFraudRaisesALaterScore", func(t *testing.T) {
			first := h.score(t, h.test, fraud.Input{Email: "mallory@example.com", DeviceID: "dev-m"})
			if first.Check.Score != 0 {
				t.Fatalf("first score %d", first.Check.Score)
			}
			fb, err := h.fraud.Feedback(h.test, fraud.FeedbackInput{CheckID: first.Check.ID, Outcome: "FRAUD", Note: "chargeback"})
			if err != nil || fb.Replaced || !strings.HasPrefix(fb.Feedback.ID, "ffb_") {
				t.Fatalf("feedback: %+v %v", fb, err)
			}
			// Another identifier of the confirmed check is enough.
			r := h.score(t, h.test, fraud.Input{DeviceID: "dev-m"})
			if r.Signals.ConfirmedFraud != 1 || r.Check.Score != fraud.ConfirmedFraudWeight || r.Check.Decision != fraudcheck.DecisionREVIEW {
				t.Fatalf("after feedback: %+v %d %s", r.Signals, r.Check.Score, r.Check.Decision)
			}
			if r := h.score(t, h.live, fraud.Input{DeviceID: "dev-m"}); r.Signals.ConfirmedFraud != 0 {
				t.Fatalf("live sees test feedback: %+v", r.Signals)
			}
			t.Run("ASecondFeedbackReplacesTheFirst", func(t *testing.T) {
				fb2, err := h.fraud.Feedback(h.test, fraud.FeedbackInput{CheckID: first.Check.ID, Outcome: "legitimate"})
				if err != nil || !fb2.Replaced || fb2.Feedback.ID != fb.Feedback.ID || fb2.Feedback.Note != nil {
					t.Fatalf("replace: %+v %v", fb2, err)
				}
				r := h.score(t, h.test, fraud.Input{Email: "mallory@example.com"})
				if r.Signals.ConfirmedFraud != 0 || r.Signals.ConfirmedLegitimate != 1 || weightOf(r.Check.Reasons, "confirmed_legitimate") != 0 {
					t.Fatalf("after replacing: %+v %+v", r.Signals, r.Check.Reasons)
				}
				stored, err := h.db.FraudCheck.Get(testkit.System(), first.Check.ID)
				if err != nil || stored.Feedback == nil || *stored.Feedback != fraudcheck.FeedbackLEGITIMATE {
					t.Fatalf("check's feedback: %+v %v", stored, err)
				}
			})
		})
		t.Run("ATransactionCheckCanBeConfirmed", func(t *testing.T) {
			amount := int64(100)
			c, err := h.risk.CheckTransaction(h.test, risk.TransactionInput{Amount: &amount, Currency: "EUR", Party: risk.Party{ID: "txc-party", Country: "DE"}})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := h.fraud.Feedback(h.test, fraud.FeedbackInput{CheckID: c.ID, Outcome: "fraud"}); err != nil {
				t.Fatal(err)
			}
			if r := h.score(t, h.test, fraud.Input{Party: "txc-party"}); r.Signals.ConfirmedFraud != 1 {
				t.Fatalf("party of a confirmed txc: %+v", r.Signals)
			}
			// Re-read under the viewer: feedback fields of the risk check.
			stored, err := h.db.RiskCheck.Get(testkit.System(), c.ID)
			if err != nil || stored.Feedback == nil {
				t.Fatalf("risk check feedback: %+v %v", stored, err)
			}
		})
		t.Run("Failures", func(t *testing.T) {
			mine := h.score(t, h.test, fraud.Input{Email: "a@example.com"}).Check.ID
			liveCheck := h.score(t, h.live, fraud.Input{Email: "a@example.com"}).Check.ID
			theirs := h.score(t, h.other, fraud.Input{Email: "a@example.com"}).Check.ID
			for _, c := range []struct {
				name  string
				in    fraud.FeedbackInput
				kind  fault.Kind
				field string
			}{
				{"MissingCheckID", fraud.FeedbackInput{Outcome: "fraud"}, fault.Invalid, "check_id"},
				{"MissingOutcome", fraud.FeedbackInput{CheckID: mine}, fault.Invalid, "outcome"},
				{"UnknownOutcome", fraud.FeedbackInput{CheckID: mine, Outcome: "maybe"}, fault.Invalid, "outcome"},
				{"LongNote", fraud.FeedbackInput{CheckID: mine, Outcome: "fraud", Note: strings.Repeat("n", 2001)}, fault.Invalid, "note"},
				{"NotACheckID", fraud.FeedbackInput{CheckID: "kyc_01", Outcome: "fraud"}, fault.Invalid, "check_id"},
				{"UnknownCheck", fraud.FeedbackInput{CheckID: "frd_01nothere", Outcome: "fraud"}, fault.NotFound, ""},
				{"UnknownTransactionCheck", fraud.FeedbackInput{CheckID: "txc_01nothere", Outcome: "fraud"}, fault.NotFound, ""},
				{"AnotherEnvironmentsCheck", fraud.FeedbackInput{CheckID: liveCheck, Outcome: "fraud"}, fault.NotFound, ""},
				{"AnotherTenantsCheck", fraud.FeedbackInput{CheckID: theirs, Outcome: "fraud"}, fault.NotFound, ""},
			} {
				t.Run(c.name, func(t *testing.T) {
					_, err := h.fraud.Feedback(h.test, c.in)
					testkit.WantFault(t, err, c.kind, c.field)
				})
			}
			if n := h.db.FraudFeedback.Query().CountX(testkit.System()); n != 2 {
				t.Errorf("%d feedback rows after the failures, want the 2 of the earlier subtests", n)
			}
		})
	})
}

func TestConcurrentFirstFeedbacksLeaveOneRow(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		id := h.score(t, h.test, fraud.Input{Email: "race@example.com"}).Check.ID
		outcomes := []string{"fraud", "legitimate", "fraud", "legitimate"}
		errs := testkit.Concurrently(len(outcomes), func(i int) error {
			_, err := h.fraud.Feedback(h.test, fraud.FeedbackInput{CheckID: id, Outcome: outcomes[i]})
			return err
		})
		for i, err := range errs {
			if err != nil {
				t.Errorf("feedback %d: %v", i, err)
			}
		}
		rows := h.db.FraudFeedback.Query().AllX(testkit.System())
		check := h.db.FraudCheck.GetX(testkit.System(), id)
		if len(rows) != 1 || check.Feedback == nil || string(*check.Feedback) != string(rows[0].Outcome) {
			t.Fatalf("%d feedback rows %+v, check feedback %v; want one, agreeing", len(rows), rows, check.Feedback)
		}
	})
}

func TestSignalsStoreNothing(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		in := fraud.Input{Email: "x@mailinator.com", IP: "203.0.113.66"}
		for range 3 {
			r, err := h.fraud.Signals(h.test, in)
			if err != nil {
				t.Fatal(err)
			}
			// Magic values are the score's: signals report the history only.
			if !r.Signals.DisposableEmail || r.Signals.Checks1h != 0 || !slices.Equal(codes(r.Reasons), []string{"disposable_email"}) {
				t.Fatalf("signals %+v %+v", r.Signals, r.Reasons)
			}
		}
		if n := h.db.FraudCheck.Query().CountX(testkit.System()); n != 0 {
			t.Fatalf("%d fraud checks stored by signals", n)
		}
		h.score(t, h.test, in)
		if r, _ := h.fraud.Signals(h.test, in); r.Signals.Checks1h != 1 || r.Signals.Checks24h != 1 {
			t.Fatalf("after one score: %+v", r.Signals)
		}
	})
}

func TestFigures(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		// Before the period: not counted.
		h.score(t, h.test, fraud.Input{IP: "203.0.113.66"})
		h.clock.Advance(time.Hour)
		since := h.clock.Now()
		approve1 := h.score(t, h.test, fraud.Input{Email: "a@example.com"})
		h.score(t, h.test, fraud.Input{Email: "b@example.com"})
		review := h.score(t, h.test, fraud.Input{Email: "c@review.fraud.test"})
		decline1 := h.score(t, h.test, fraud.Input{IP: "203.0.113.66", DeviceID: "f1"})
		h.score(t, h.test, fraud.Input{IP: "203.0.113.66", DeviceID: "f2"})
		h.score(t, h.live, fraud.Input{IP: "203.0.113.66"}) // another environment
		for id, outcome := range map[string]string{decline1.Check.ID: "fraud", review.Check.ID: "legitimate", approve1.Check.ID: "fraud"} {
			if _, err := h.fraud.Feedback(h.test, fraud.FeedbackInput{CheckID: id, Outcome: outcome}); err != nil {
				t.Fatal(err)
			}
		}
		got, err := fraud.Figures(h.tenant.As(membership.RoleOWNER), h.db, h.tenant.ID, environment.Test, since)
		if err != nil {
			t.Fatal(err)
		}
		want := fraud.FraudFigures{Checks: 5, Approved: 2, Reviewed: 1, Declined: 2, Flagged: 3, ConfirmedFraud: 2, ConfirmedLegitimate: 1,
			FlaggedConfirmedFraud: 1, FlaggedConfirmedLegitimate: 1}
		if got.Precision == nil || *got.Precision != 0.5 {
			t.Fatalf("precision %v, want 0.5", got.Precision)
		}
		got.Precision = nil
		if got != want {
			t.Fatalf("figures\n got %+v\nwant %+v", got, want)
		}
		live, err := fraud.Figures(testkit.System(), h.db, h.tenant.ID, environment.Live, since)
		if err != nil || live.Checks != 1 || live.Approved != 1 || live.Precision != nil {
			t.Fatalf("live figures %+v %v", live, err)
		}
		// Another tenant's viewer reads nothing of this tenant.
		none, err := fraud.Figures(testkit.Owner("tnt_someoneelse"), h.db, h.tenant.ID, environment.Test, since)
		if err != nil || none.Checks != 0 {
			t.Fatalf("another tenant's viewer: %+v %v", none, err)
		}
	})
}
