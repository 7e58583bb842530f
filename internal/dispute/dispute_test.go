package dispute_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	entdispute "github.com/keybs/platform/ent/dispute"
	entescrow "github.com/keybs/platform/ent/escrow"
	entevent "github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/dispute"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/escrow"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
)

type harness struct {
	db       *ent.Client
	clock    *testkit.Clock
	escrows  *escrow.Service
	disputes *dispute.Service
	tenant   testkit.Tenant
	key      context.Context // a TEST key of tenant
	bus      *events.Bus
}

func newHarness(t *testing.T, url string) *harness {
	t.Helper()
	db := testkit.Open(t, url)
	bus := testkit.Bus(t, db, url)
	clock := testkit.NewClock(testkit.Epoch)
	escrows := escrow.NewService(db.Client, bus, clock.Now)
	tn := testkit.MustTenant(t, db.Client, "disputes", membership.RoleOWNER, membership.RoleVIEWER)
	return &harness{db: db.Client, clock: clock, escrows: escrows, disputes: dispute.NewService(db.Client, bus, clock.Now, escrows, nil),
		bus: bus, tenant: tn, key: testkit.APIKey(tn.ID, environment.Test, "escrow:initiate", "escrow:funds", "disputes:open")}
}

// funded makes a funded escrow with ctx.
func (h *harness) funded(t *testing.T, ctx context.Context) *ent.Escrow {
	t.Helper()
	e, err := h.escrows.Initiate(ctx, escrow.Input{Amount: 5000, Currency: "USD", BuyerID: "b", SellerID: "s"})
	if err != nil {
		t.Fatal(err)
	}
	if e, err = h.escrows.Move(ctx, e.ID, "fund", nil); err != nil {
		t.Fatal(err)
	}
	return e
}

func (h *harness) open(t *testing.T, ctx context.Context, description string) (*ent.Dispute, *ent.Escrow) {
	t.Helper()
	e := h.funded(t, ctx)
	d, err := h.disputes.Open(ctx, dispute.Input{EscrowID: e.ID, Reason: "product_not_received", Description: description, Reference: "claim-3"})
	if err != nil {
		t.Fatal(err)
	}
	return d, e
}

func (h *harness) escrowStatus(t *testing.T, id string) entescrow.Status {
	t.Helper()
	return h.db.Escrow.GetX(testkit.System(), id).Status
}

func TestOpen(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		t.Run("AFundedEscrowBecomesDisputed", func(t *testing.T) {
			d, e := h.open(t, h.key, "")
			if d.Status != entdispute.StatusOPEN || d.EscrowID == nil || *d.EscrowID != e.ID || h.escrowStatus(t, e.ID) != entescrow.StatusDISPUTED {
				t.Fatalf("dispute %s on %v, escrow %s", d.Status, d.EscrowID, h.escrowStatus(t, e.ID))
			}
		})
		t.Run("AnEscrowNotFundedIsAConflict", func(t *testing.T) {
			e, err := h.escrows.Initiate(h.key, escrow.Input{Amount: 5000, Currency: "USD", BuyerID: "b", SellerID: "s"})
			if err != nil {
				t.Fatal(err)
			}
			_, err = h.disputes.Open(h.key, dispute.Input{EscrowID: e.ID, Reason: "other"})
			testkit.WantFault(t, err, fault.Conflict, "")
		})
		t.Run("ASecondDisputeOfTheEscrowIsAConflict", func(t *testing.T) {
			_, e := h.open(t, h.key, "")
			_, err := h.disputes.Open(h.key, dispute.Input{EscrowID: e.ID, Reason: "other"})
			testkit.WantFault(t, err, fault.Conflict, "")
		})
		t.Run("AnotherTenantsOrEnvironmentsEscrowIsNotFound", func(t *testing.T) {
			e := h.funded(t, h.key)
			other := testkit.MustTenant(t, h.db, "other-disputes", membership.RoleOWNER)
			for _, ctx := range []context.Context{testkit.APIKey(h.tenant.ID, environment.Live, "disputes:open"), testkit.APIKey(other.ID, environment.Test, "disputes:open")} {
				_, err := h.disputes.Open(ctx, dispute.Input{EscrowID: e.ID, Reason: "other"})
				testkit.WantFault(t, err, fault.NotFound, "")
			}
			if h.escrowStatus(t, e.ID) != entescrow.StatusFUNDED {
				t.Fatal("a refused dispute changed the escrow")
			}
		})
		t.Run("ATransactionCheckWithoutItsModuleIsNotFound", func(t *testing.T) {
			_, err := h.disputes.Open(h.key, dispute.Input{CheckID: "txc_01jd000000000000000000000", Reason: "fraudulent"})
			testkit.WantFault(t, err, fault.NotFound, "")
		})
		t.Run("ATransactionCheckTheLookupFindsIsDisputed", func(t *testing.T) {
			found := func(_ context.Context, _ *ent.Tx, id string, env environment.Environment) error {
				if id != "txc_01jd000000000000000000000" || env != environment.Test {
					return fault.New(fault.NotFound, "no such transaction check")
				}
				return nil
			}
			svc := dispute.NewService(h.db, h.bus, h.clock.Now, h.escrows, found)
			d, err := svc.Open(h.key, dispute.Input{CheckID: "txc_01jd000000000000000000000", Reason: "fraudulent"})
			if err != nil || d.CheckID == nil || *d.CheckID != "txc_01jd000000000000000000000" || d.EscrowID != nil || d.Status != entdispute.StatusOPEN {
				t.Fatalf("Open = %+v, %v", d, err)
			}
			_, err = svc.Open(h.key, dispute.Input{CheckID: "txc_01jd000000000000000000001", Reason: "fraudulent"})
			testkit.WantFault(t, err, fault.NotFound, "")
		})
		t.Run("ValidationFailuresNameTheField", func(t *testing.T) {
			e := h.funded(t, h.key)
			for _, c := range []struct {
				name  string
				in    dispute.Input
				field string
			}{
				{"NothingDisputed", dispute.Input{Reason: "other"}, "escrow_id"},
				{"BothDisputed", dispute.Input{EscrowID: e.ID, CheckID: "txc_01jd000000000000000000000", Reason: "other"}, "transaction_check_id"},
				{"AnEscrowIdOfAnotherType", dispute.Input{EscrowID: "kyc_01jd000000000000000000000", Reason: "other"}, "escrow_id"},
				{"ACheckIdOfAnotherType", dispute.Input{CheckID: "esc_01jd000000000000000000000", Reason: "other"}, "transaction_check_id"},
				{"NoReason", dispute.Input{EscrowID: e.ID}, "reason"},
				{"AnUnknownReason", dispute.Input{EscrowID: e.ID, Reason: "bored"}, "reason"},
			} {
				t.Run(c.name, func(t *testing.T) {
					_, err := h.disputes.Open(h.key, c.in)
					testkit.WantFault(t, err, fault.Invalid, c.field)
				})
			}
			if h.escrowStatus(t, e.ID) != entescrow.StatusFUNDED {
				t.Fatal("an invalid dispute changed the escrow")
			}
		})
		t.Run("AViewerCannotOpenADispute", func(t *testing.T) {
			e := h.funded(t, h.key)
			_, err := h.disputes.Open(h.tenant.As(membership.RoleVIEWER), dispute.Input{EscrowID: e.ID, Reason: "other"})
			testkit.WantFault(t, err, fault.Forbidden, "")
		})
	})
}

// TestMagicDescriptions: a TEST dispute with a magic description is decided
// at once and settles its escrow; a LIVE one stays open.
func TestMagicDescriptions(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		live := testkit.APIKey(h.tenant.ID, environment.Live, "escrow:initiate", "escrow:funds", "disputes:open")
		for _, c := range []struct {
			name       string
			ctx        context.Context
			desc       string
			want       entdispute.Status
			wantEscrow entescrow.Status
		}{
			{"WinningEvidenceWinsAndRefunds", h.key, "winning_evidence", entdispute.StatusWON, entescrow.StatusREFUNDED},
			{"LosingEvidenceLosesAndReleases", h.key, "Losing_Evidence", entdispute.StatusLOST, entescrow.StatusRELEASED},
			{"AnyOtherDescriptionStaysOpen", h.key, "The parcel never arrived.", entdispute.StatusOPEN, entescrow.StatusDISPUTED},
			{"ALiveKeyIgnoresMagicValues", live, "winning_evidence", entdispute.StatusOPEN, entescrow.StatusDISPUTED},
		} {
			t.Run(c.name, func(t *testing.T) {
				d, e := h.open(t, c.ctx, c.desc)
				if d.Status != c.want || h.escrowStatus(t, e.ID) != c.wantEscrow {
					t.Fatalf("dispute %s escrow %s, want %s and %s", d.Status, h.escrowStatus(t, e.ID), c.want, c.wantEscrow)
				}
				if c.want != entdispute.StatusOPEN && (d.ResolvedBy == nil || *d.ResolvedBy != dispute.ResolvedBySandbox) {
					t.Fatalf("resolved by %v, want the sandbox", d.ResolvedBy)
				}
			})
		}
	})
}

// TestStateTable drives the dispute's moves: the test helper and ops from
// every state.
func TestStateTable(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		ops := testkit.Staff(viewer.StaffOps)
		// in makes a dispute in state.
		in := func(t *testing.T, state entdispute.Status) *ent.Dispute {
			t.Helper()
			d, _ := h.open(t, h.key, "")
			var err error
			switch state {
			case entdispute.StatusUNDER_REVIEW:
				d, err = h.disputes.Review(ops, d.ID)
			case entdispute.StatusWON, entdispute.StatusLOST:
				d, err = h.disputes.Resolve(ops, d.ID, dispute.Lower(state), "")
			}
			if err != nil || d.Status != state {
				t.Fatalf("set-up: %v, %v; want %s", d, err, state)
			}
			return d
		}
		states := []entdispute.Status{entdispute.StatusOPEN, entdispute.StatusUNDER_REVIEW, entdispute.StatusWON, entdispute.StatusLOST}
		for _, from := range states {
			for _, to := range states[1:] {
				legal := dispute.CanMove(from, to)
				t.Run(fmt.Sprintf("%sTo%s_Legal%v", from, to, legal), func(t *testing.T) {
					d := in(t, from)
					h.clock.Advance(time.Minute)
					var got *ent.Dispute
					var err error
					if to == entdispute.StatusUNDER_REVIEW {
						got, err = h.disputes.Review(ops, d.ID)
					} else {
						got, err = h.disputes.Resolve(ops, d.ID, dispute.Lower(to), "Tracking shows delivery.")
					}
					if !legal {
						testkit.WantFault(t, err, fault.Conflict, "")
						return
					}
					if err != nil {
						t.Fatal(err)
					}
					if got.Status != to || got.ReviewStartedAt == nil {
						t.Fatalf("moved to %s, review started %v", got.Status, got.ReviewStartedAt)
					}
					if to != entdispute.StatusUNDER_REVIEW {
						wantEscrow := map[entdispute.Status]entescrow.Status{entdispute.StatusWON: entescrow.StatusREFUNDED, entdispute.StatusLOST: entescrow.StatusRELEASED}[to]
						if got.ResolvedAt == nil || !got.ResolvedAt.Equal(h.clock.Now()) || *got.ResolvedBy != "usr_staff_ops" ||
							*got.ResolutionNote != "Tracking shows delivery." || h.escrowStatus(t, *got.EscrowID) != wantEscrow {
							t.Fatalf("resolved %+v, escrow %s (want %s)", got, h.escrowStatus(t, *got.EscrowID), wantEscrow)
						}
					}
				})
			}
		}
		t.Run("TheTestHelperDecidesATestDispute", func(t *testing.T) {
			for outcome, want := range map[string]entescrow.Status{"won": entescrow.StatusREFUNDED, "lost": entescrow.StatusRELEASED} {
				d, e := h.open(t, h.key, "")
				got, err := h.disputes.TestResolve(h.key, d.ID, outcome)
				if err != nil || dispute.Lower(got.Status) != outcome || h.escrowStatus(t, e.ID) != want || *got.ResolvedBy != dispute.ResolvedByTestHelper {
					t.Fatalf("%s: %v, %v; escrow %s", outcome, got, err, h.escrowStatus(t, e.ID))
				}
				_, err = h.disputes.TestResolve(h.key, d.ID, outcome)
				testkit.WantFault(t, err, fault.Conflict, "")
			}
		})
		t.Run("TheTestHelperRefusesLiveKeysAndBadOutcomes", func(t *testing.T) {
			d, _ := h.open(t, h.key, "")
			_, err := h.disputes.TestResolve(testkit.APIKey(h.tenant.ID, environment.Live, "disputes:open"), d.ID, "won")
			testkit.WantFault(t, err, fault.Forbidden, "")
			for _, o := range []string{"", "draw"} {
				_, err = h.disputes.TestResolve(h.key, d.ID, o)
				testkit.WantFault(t, err, fault.Invalid, "outcome")
			}
		})
		t.Run("OnlyOpsDecide", func(t *testing.T) {
			d, _ := h.open(t, h.key, "")
			for name, ctx := range map[string]context.Context{
				"AnAnalyst": testkit.Staff(viewer.StaffAnalyst), "ASeniorAnalyst": testkit.Staff(viewer.StaffSeniorAnalyst),
				"TheTenantsOwner": h.tenant.As(membership.RoleOWNER), "AnAPIKey": h.key,
			} {
				t.Run(name, func(t *testing.T) {
					_, err := h.disputes.Resolve(ctx, d.ID, "won", "")
					testkit.WantFault(t, err, fault.Forbidden, "")
					_, err = h.disputes.Review(ctx, d.ID)
					testkit.WantFault(t, err, fault.Forbidden, "")
				})
			}
		})
		t.Run("ConcurrentDecisionsDecideOnce", func(t *testing.T) {
			d, _ := h.open(t, h.key, "")
			errs := testkit.Concurrently(4, func(i int) error {
				_, err := h.disputes.Resolve(ops, d.ID, []string{"won", "lost"}[i%2], "")
				return err
			})
			testkit.WantOneWinner(t, errs, fault.Conflict)
		})
	})
}

func TestListIsForStaff(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		open, _ := h.open(t, h.key, "")
		won, _ := h.open(t, h.key, "winning_evidence")
		got, err := h.disputes.List(testkit.Staff(viewer.StaffOps), "open", 0)
		if err != nil || !slices.ContainsFunc(got, func(d *ent.Dispute) bool { return d.ID == open.ID }) ||
			slices.ContainsFunc(got, func(d *ent.Dispute) bool { return d.ID == won.ID }) {
			t.Fatalf("open disputes %v, %v", got, err)
		}
		_, err = h.disputes.List(testkit.Staff(viewer.StaffOps), "closed", 0)
		testkit.WantFault(t, err, fault.Invalid, "status")
		_, err = h.disputes.List(h.tenant.As(membership.RoleOWNER), "", 0)
		testkit.WantFault(t, err, fault.Forbidden, "")
	})
}

func TestEveryChangeIsAnEventInTheOutbox(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		h := newHarness(t, url)
		d, e := h.open(t, h.key, "")
		if _, err := h.disputes.Review(testkit.Staff(viewer.StaffOps), d.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := h.disputes.Resolve(testkit.Staff(viewer.StaffOps), d.ID, "lost", ""); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ev := range h.db.Event.Query().Order(ent.Asc(entevent.FieldCreatedAt), ent.Asc(entevent.FieldID)).AllX(testkit.System()) {
			switch {
			case ev.Payload["dispute_id"] == d.ID:
				got = append(got, fmt.Sprintf("%s:%v>%v", ev.Type, ev.Payload["previous_status"], ev.Payload["status"]))
				if ev.TenantID != h.tenant.ID || ev.Environment != environment.Test || ev.Payload["escrow_id"] != e.ID || ev.Payload["reference"] != "claim-3" {
					t.Errorf("event %+v", ev)
				}
			case ev.Payload["escrow_id"] == e.ID && ev.Type != escrow.EventFunded:
				got = append(got, fmt.Sprintf("%s:%v>%v", ev.Type, ev.Payload["previous_status"], ev.Payload["status"]))
			}
		}
		want := []string{"dispute.updated:<nil>>open", "dispute.updated:open>under_review", "dispute.updated:under_review>lost", "escrow.released:disputed>released"}
		if !slices.Equal(got, want) {
			t.Fatalf("events %v, want %v", got, want)
		}
	})
}
