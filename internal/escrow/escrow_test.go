package escrow_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	entescrow "github.com/keybs/platform/ent/escrow"
	entevent "github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/escrow"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
)

// deal is a valid escrow: 125.00 EUR from a buyer to a seller.
func deal() escrow.Input {
	return escrow.Input{Amount: 12500, Currency: "EUR", BuyerID: "buyer-1", SellerID: "seller-9", Description: "Lot 42", Reference: "order-7"}
}

func with(change func(*escrow.Input)) escrow.Input { in := deal(); change(&in); return in }

func TestInitiateValidation(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		svc := escrow.NewService(db.Client, testkit.Bus(t, db, url), testkit.NewClock(testkit.Epoch).Now)
		tn := testkit.MustTenant(t, db.Client, "val", membership.RoleOWNER, membership.RoleVIEWER)
		key := testkit.APIKey(tn.ID, environment.Test, "escrow:initiate")
		for _, c := range []struct {
			name  string
			in    escrow.Input
			field string
		}{
			{"AZeroAmountIsInvalid", with(func(i *escrow.Input) { i.Amount = 0 }), "amount"},
			{"ANegativeAmountIsInvalid", with(func(i *escrow.Input) { i.Amount = -5 }), "amount"},
			{"AnAmountAboveTheMaximumIsInvalid", with(func(i *escrow.Input) { i.Amount = escrow.MaxAmount + 1 }), "amount"},
			{"AMissingCurrencyIsInvalid", with(func(i *escrow.Input) { i.Currency = " " }), "currency"},
			{"AnUnknownCurrencyIsInvalid", with(func(i *escrow.Input) { i.Currency = "XYZ" }), "currency"},
			{"ATooLongCurrencyIsInvalid", with(func(i *escrow.Input) { i.Currency = "EUROPE" }), "currency"},
			{"AMissingBuyerIsInvalid", with(func(i *escrow.Input) { i.BuyerID = "" }), "buyer_id"},
			{"AMissingSellerIsInvalid", with(func(i *escrow.Input) { i.SellerID = "" }), "seller_id"},
			{"ABuyerPayingThemselvesIsInvalid", with(func(i *escrow.Input) { i.SellerID = i.BuyerID }), "seller_id"},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, err := svc.Initiate(key, c.in)
				testkit.WantFault(t, err, fault.Invalid, c.field)
			})
		}
		// The key's currency type decides which kind of code it takes.
		keyOf := func(currencyType string) context.Context {
			return testkit.As(&viewer.Principal{Kind: viewer.KindAPIKey, TenantID: tn.ID, KeyID: "key_test", KeyKind: "SECRET",
				Environment: environment.Test, Scopes: []string{"escrow:initiate"}, CurrencyType: currencyType, RateLimitPerMinute: 120})
		}
		for _, c := range []struct {
			name, currencyType, code string
			ok                       bool
		}{
			{"AFiatKeyTakesEUR", "FIAT", "EUR", true},
			{"AFiatKeyTakesALowerCaseCode", "FIAT", "eur", true},
			{"AFiatKeyRefusesBTC", "FIAT", "BTC", false},
			{"ACryptoKeyTakesUSDC", "CRYPTO", "USDC", true},
			{"ACryptoKeyRefusesEUR", "CRYPTO", "EUR", false},
		} {
			t.Run(c.name, func(t *testing.T) {
				e, err := svc.Initiate(keyOf(c.currencyType), with(func(i *escrow.Input) { i.Currency = c.code }))
				if !c.ok {
					testkit.WantFault(t, err, fault.Invalid, "currency")
					return
				}
				if err != nil || e.Currency != strings.ToUpper(c.code) {
					t.Fatalf("Initiate(%s on a %s key) = %v, %v; want it stored upper-case", c.code, c.currencyType, e, err)
				}
			})
		}
		t.Run("AViewerSessionCannotInitiate", func(t *testing.T) {
			_, err := svc.Initiate(tn.As(membership.RoleVIEWER), deal())
			testkit.WantFault(t, err, fault.Forbidden, "")
		})
		t.Run("NoCallerIsUnauthorized", func(t *testing.T) {
			_, err := svc.Initiate(context.Background(), deal())
			testkit.WantFault(t, err, fault.Unauthorized, "")
		})
	})
}

// TestStateTable drives every action from every state: the legal moves
// take their state and stamp their time, every other is a conflict naming
// the current state.
func TestStateTable(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		clock := testkit.NewClock(testkit.Epoch)
		svc := escrow.NewService(db.Client, testkit.Bus(t, db, url), clock.Now)
		tn := testkit.MustTenant(t, db.Client, "states", membership.RoleOWNER)
		key := testkit.APIKey(tn.ID, environment.Test, "escrow:initiate", "escrow:funds")
		// in makes an escrow in state by the legal path there.
		in := func(t *testing.T, state entescrow.Status) *ent.Escrow {
			t.Helper()
			e, err := svc.Initiate(key, deal())
			if err != nil {
				t.Fatal(err)
			}
			path := map[entescrow.Status][]string{
				entescrow.StatusFUNDED: {"fund"}, entescrow.StatusRELEASED: {"fund", "release"}, entescrow.StatusREFUNDED: {"fund", "refund"},
			}[state]
			for _, a := range path {
				if e, err = svc.Move(key, e.ID, a, nil); err != nil {
					t.Fatal(err)
				}
			}
			if state == entescrow.StatusDISPUTED {
				if _, err = svc.Move(key, e.ID, "fund", nil); err != nil {
					t.Fatal(err)
				}
				err = database.WithTx(key, db.Client, func(tx *ent.Tx) error {
					e, err = svc.Dispute(key, tx, e.ID, environment.Test)
					return err
				})
				if err != nil {
					t.Fatal(err)
				}
			}
			if e.Status != state {
				t.Fatalf("set-up reached %s, want %s", e.Status, state)
			}
			return e
		}
		states := []entescrow.Status{entescrow.StatusINITIATED, entescrow.StatusFUNDED, entescrow.StatusRELEASED, entescrow.StatusREFUNDED, entescrow.StatusDISPUTED}
		legal := map[string]entescrow.Status{
			"INITIATED/fund": entescrow.StatusFUNDED, "FUNDED/release": entescrow.StatusRELEASED, "FUNDED/refund": entescrow.StatusREFUNDED,
		}
		for _, from := range states {
			for _, action := range []string{"fund", "release", "refund"} {
				want, ok := legal[string(from)+"/"+action]
				name := fmt.Sprintf("%sThen%sIs", from, action)
				if ok {
					name += string(want)
				} else {
					name += "409"
				}
				t.Run(name, func(t *testing.T) {
					e := in(t, from)
					clock.Advance(time.Minute)
					got, err := svc.Move(key, e.ID, action, nil)
					if !ok {
						testkit.WantFault(t, err, fault.Conflict, "")
						if fe := fault.From(err); !strings.Contains(fe.Message, escrow.Lower(from)) {
							t.Fatalf("conflict %q does not name the current state %s", fe.Message, escrow.Lower(from))
						}
						return
					}
					if err != nil {
						t.Fatal(err)
					}
					stamp := map[entescrow.Status]*time.Time{entescrow.StatusFUNDED: got.FundedAt, entescrow.StatusRELEASED: got.ReleasedAt, entescrow.StatusREFUNDED: got.RefundedAt}[want]
					if got.Status != want || stamp == nil || !stamp.Equal(clock.Now()) {
						t.Fatalf("moved to %s stamped %v, want %s at %v", got.Status, stamp, want, clock.Now())
					}
				})
			}
		}
		t.Run("OnlyAFundedEscrowCanBeDisputed", func(t *testing.T) {
			for _, from := range []entescrow.Status{entescrow.StatusINITIATED, entescrow.StatusRELEASED, entescrow.StatusREFUNDED, entescrow.StatusDISPUTED} {
				e := in(t, from)
				err := database.WithTx(key, db.Client, func(tx *ent.Tx) error { _, err := svc.Dispute(key, tx, e.ID, environment.Test); return err })
				testkit.WantFault(t, err, fault.Conflict, "")
			}
		})
		t.Run("SettlingADisputedEscrowFollowsTheOutcome", func(t *testing.T) {
			for won, want := range map[bool]entescrow.Status{true: entescrow.StatusREFUNDED, false: entescrow.StatusRELEASED} {
				e := in(t, entescrow.StatusDISPUTED)
				var got *ent.Escrow
				err := database.WithTx(key, db.Client, func(tx *ent.Tx) (err error) { got, err = svc.Settle(key, tx, e.ID, won); return err })
				if err != nil || got.Status != want {
					t.Fatalf("won=%v settled to %v, %v; want %s", won, got, err, want)
				}
			}
		})
		t.Run("AnAmountOtherThanTheWholeIsInvalid", func(t *testing.T) {
			e := in(t, entescrow.StatusINITIATED)
			part := e.Amount - 1
			_, err := svc.Move(key, e.ID, "fund", &part)
			testkit.WantFault(t, err, fault.Invalid, "amount")
			whole := e.Amount
			if got, err := svc.Move(key, e.ID, "fund", &whole); err != nil || got.Status != entescrow.StatusFUNDED {
				t.Fatalf("funding with the whole amount: %v, %v", got, err)
			}
		})
		t.Run("AnUnknownActionIsInvalid", func(t *testing.T) {
			e := in(t, entescrow.StatusINITIATED)
			for _, a := range []string{"", "withdraw"} {
				_, err := svc.Move(key, e.ID, a, nil)
				testkit.WantFault(t, err, fault.Invalid, "action")
			}
		})
	})
}

func TestIsolation(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		svc := escrow.NewService(db.Client, testkit.Bus(t, db, url), testkit.NewClock(testkit.Epoch).Now)
		tn := testkit.MustTenant(t, db.Client, "mine", membership.RoleOWNER)
		other := testkit.MustTenant(t, db.Client, "theirs", membership.RoleOWNER)
		key := testkit.APIKey(tn.ID, environment.Test, "escrow:initiate")
		e, err := svc.Initiate(key, deal())
		if err != nil {
			t.Fatal(err)
		}
		for name, ctx := range map[string]context.Context{
			"ALiveKeyOfTheTenant":      testkit.APIKey(tn.ID, environment.Live, "escrow:initiate"),
			"AnotherTenantsTestKey":    testkit.APIKey(other.ID, environment.Test, "escrow:initiate"),
			"AnotherTenantsPortalUser": other.As(membership.RoleOWNER),
		} {
			t.Run(name+"DoesNotFindIt", func(t *testing.T) {
				_, err := svc.Get(ctx, e.ID)
				testkit.WantFault(t, err, fault.NotFound, "")
				_, err = svc.Move(ctx, e.ID, "fund", nil)
				testkit.WantFault(t, err, fault.NotFound, "")
			})
		}
		t.Run("ThePortalSessionSeesTheSandboxEscrow", func(t *testing.T) {
			if got, err := svc.Get(tn.As(membership.RoleOWNER), e.ID); err != nil || got.ID != e.ID {
				t.Fatalf("Get = %v, %v", got, err)
			}
		})
	})
}

// TestConcurrentDoubleRelease releases one funded escrow from several
// goroutines at once: exactly one wins, the rest are conflicts, and one
// escrow.released is in the outbox.
func TestConcurrentDoubleRelease(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		svc := escrow.NewService(db.Client, testkit.Bus(t, db, url), testkit.NewClock(testkit.Epoch).Now)
		tn := testkit.MustTenant(t, db.Client, "race", membership.RoleOWNER)
		key := testkit.APIKey(tn.ID, environment.Test, "escrow:initiate", "escrow:funds")
		for round := range 3 {
			e, err := svc.Initiate(key, deal())
			if err != nil {
				t.Fatal(err)
			}
			if _, err := svc.Move(key, e.ID, "fund", nil); err != nil {
				t.Fatal(err)
			}
			action := func(i int) string {
				if round == 2 && i%2 == 1 {
					return "refund" // a release racing a refund: still one winner
				}
				return "release"
			}
			errs := testkit.Concurrently(4, func(i int) error { _, err := svc.Move(key, e.ID, action(i), nil); return err })
			testkit.WantOneWinner(t, errs, fault.Conflict)
			n := 0
			for _, ev := range db.Client.Event.Query().Where(entevent.TypeIn(escrow.EventReleased, escrow.EventRefunded)).AllX(testkit.System()) {
				if ev.Payload["escrow_id"] == e.ID {
					n++
				}
			}
			if n != 1 {
				t.Fatalf("round %d: %d release/refund events, want exactly 1", round, n)
			}
		}
	})
}

func TestEveryMoveIsAnEventInTheOutbox(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		svc := escrow.NewService(db.Client, testkit.Bus(t, db, url), testkit.NewClock(testkit.Epoch).Now)
		tn := testkit.MustTenant(t, db.Client, "events", membership.RoleOWNER)
		key := testkit.APIKey(tn.ID, environment.Test, "escrow:initiate", "escrow:funds")
		var ids []string
		for _, path := range [][]string{{"fund", "release"}, {"fund", "refund"}} {
			e, err := svc.Initiate(key, deal())
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, e.ID)
			for _, a := range path {
				if _, err := svc.Move(key, e.ID, a, nil); err != nil {
					t.Fatal(err)
				}
			}
		}
		var got []string
		for _, e := range db.Client.Event.Query().Order(ent.Asc(entevent.FieldCreatedAt), ent.Asc(entevent.FieldID)).AllX(testkit.System()) {
			if !slices.Contains(ids, fmt.Sprint(e.Payload["escrow_id"])) {
				continue
			}
			got = append(got, fmt.Sprintf("%s:%v>%v", e.Type, e.Payload["previous_status"], e.Payload["status"]))
			if e.TenantID != tn.ID || e.Environment != environment.Test || e.Payload["reference"] != "order-7" ||
				fmt.Sprint(e.Payload["amount"]) != "12500" || e.Payload["currency"] != "EUR" {
				t.Errorf("event %s: %+v", e.ID, e)
			}
		}
		want := []string{"escrow.funded:initiated>funded", "escrow.released:funded>released", "escrow.funded:initiated>funded", "escrow.refunded:funded>refunded"}
		if !slices.Equal(got, want) {
			t.Fatalf("events %v, want %v", got, want)
		}
	})
}
