package graph_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"testing"

	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

const escrowsQuery = `query($environment: Environment, $status: EscrowStatus, $first: Int, $after: Cursor) {
  escrows(environment: $environment, status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id environment status amount currency buyerId sellerId reference disputes { id status } } }
  }
}`

const escrowQuery = `query($id: ID!, $environment: Environment) {
  escrow(id: $id, environment: $environment) { id status amount currency fundedAt disputedAt disputes { id reason } }
}`

const tenantDisputesQuery = `query($environment: Environment, $status: DisputeStatus, $first: Int, $after: Cursor) {
  disputes(environment: $environment, status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id status reason escrowId escrow { id status } } }
  }
}`

const disputeQuery = `query($id: ID!, $environment: Environment) {
  dispute(id: $id, environment: $environment) { id status reason description escrowId escrow { id status amount } }
}`

type escrowPage struct {
	Escrows struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   *string
		}
		Edges []struct {
			Cursor string
			Node   struct {
				ID, Environment, Status, Currency, BuyerID, SellerID, Reference string
				Amount                                                          int
				Disputes                                                        []struct{ ID, Status string }
			}
		}
	}
}

// TestEscrowsAndDisputesForPartners: a member pages through the
// organization's own escrows and disputes of one environment and opens each;
// another organization's ids, another environment's and a foreign cursor are
// never found.
func TestEscrowsAndDisputesForPartners(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		owner := s.SignUp(t, "owner@shop.example", "Shop")
		other := s.SignUp(t, "owner@rival.example", "Rival")
		for _, tenant := range []string{owner.TenantID, other.TenantID} {
			if err := s.DB.Client.Application.Update().Where(entapp.TenantID(tenant)).
				SetRequiredModules([]scope.Module{scope.ModuleEscrow, scope.ModuleDisputes}).Exec(testkit.System()); err != nil {
				t.Fatal(err)
			}
		}
		// post calls /v1 with a member's portal session (the sandbox).
		post := func(t *testing.T, token, path string, body map[string]any) map[string]any {
			t.Helper()
			raw, _ := json.Marshal(body)
			req, _ := http.NewRequest(http.MethodPost, s.URL+path, bytes.NewReader(raw))
			req.Header.Set("Authorization", "Bearer "+token)
			req.Header.Set("Content-Type", "application/json")
			res, err := s.HTTP.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			out, _ := io.ReadAll(res.Body)
			var obj map[string]any
			if res.StatusCode/100 != 2 || json.Unmarshal(out, &obj) != nil {
				t.Fatalf("POST %s: %d %s", path, res.StatusCode, out)
			}
			return obj
		}
		initiate := func(t *testing.T, token string, amount int, ref string) string {
			t.Helper()
			return post(t, token, "/v1/escrow/initiate", map[string]any{"amount": amount, "currency": "EUR", "buyer_id": "buyer-1", "seller_id": "seller-1", "reference": ref})["id"].(string)
		}
		first := initiate(t, owner.AccessToken, 1000, "order-1")
		second := initiate(t, owner.AccessToken, 2000, "order-2")
		post(t, owner.AccessToken, "/v1/escrow/funds", map[string]any{"escrow_id": second, "action": "fund"})
		dsp := post(t, owner.AccessToken, "/v1/disputes/open", map[string]any{"escrow_id": second, "reason": "product_not_received", "description": "never arrived"})["id"].(string)
		rivalEscrow := initiate(t, other.AccessToken, 500, "rival-1")
		post(t, other.AccessToken, "/v1/escrow/funds", map[string]any{"escrow_id": rivalEscrow, "action": "fund"})
		rivalDispute := post(t, other.AccessToken, "/v1/disputes/open", map[string]any{"escrow_id": rivalEscrow, "reason": "duplicate"})["id"].(string)
		live, err := s.DB.Client.Escrow.Create().SetTenantID(owner.TenantID).SetEnvironment(environment.Live).
			SetAmount(7000).SetCurrency("EUR").SetBuyerID("b").SetSellerID("s").Save(testkit.System())
		servertest.Must(t, err)

		t.Run("TheTestListIsTheOrganizationsOwnNewestFirst", func(t *testing.T) {
			var page escrowPage
			s.GraphQL(t, owner.AccessToken, escrowsQuery, nil).Decode(t, &page)
			e := page.Escrows
			if e.TotalCount != 2 || len(e.Edges) != 2 || e.Edges[0].Node.ID != second || e.Edges[1].Node.ID != first || e.PageInfo.HasNextPage {
				t.Fatalf("escrows %+v", e)
			}
			n := e.Edges[0].Node
			if n.Status != "DISPUTED" || n.Amount != 2000 || n.Currency != "EUR" || n.Environment != "TEST" || n.Reference != "order-2" ||
				len(n.Disputes) != 1 || n.Disputes[0].ID != dsp || n.Disputes[0].Status != "OPEN" {
				t.Fatalf("disputed escrow %+v", n)
			}
		})
		t.Run("PagesFollowTheCursor", func(t *testing.T) {
			var p1, p2 escrowPage
			s.GraphQL(t, owner.AccessToken, escrowsQuery, map[string]any{"first": 1}).Decode(t, &p1)
			if len(p1.Escrows.Edges) != 1 || !p1.Escrows.PageInfo.HasNextPage || p1.Escrows.PageInfo.EndCursor == nil || p1.Escrows.TotalCount != 2 {
				t.Fatalf("first page %+v", p1.Escrows)
			}
			s.GraphQL(t, owner.AccessToken, escrowsQuery, map[string]any{"first": 1, "after": *p1.Escrows.PageInfo.EndCursor}).Decode(t, &p2)
			if len(p2.Escrows.Edges) != 1 || p2.Escrows.Edges[0].Node.ID != first || p2.Escrows.PageInfo.HasNextPage {
				t.Fatalf("second page %+v", p2.Escrows)
			}
		})
		t.Run("AStatusFilterKeepsOnlyThatStatus", func(t *testing.T) {
			var page escrowPage
			s.GraphQL(t, owner.AccessToken, escrowsQuery, map[string]any{"status": "INITIATED"}).Decode(t, &page)
			if page.Escrows.TotalCount != 1 || page.Escrows.Edges[0].Node.ID != first {
				t.Fatalf("initiated %+v", page.Escrows)
			}
		})
		t.Run("TheLiveListHoldsOnlyLiveEscrows", func(t *testing.T) {
			var page escrowPage
			s.GraphQL(t, owner.AccessToken, escrowsQuery, map[string]any{"environment": "LIVE"}).Decode(t, &page)
			if page.Escrows.TotalCount != 1 || page.Escrows.Edges[0].Node.ID != live.ID || page.Escrows.Edges[0].Node.Environment != "LIVE" {
				t.Fatalf("live %+v", page.Escrows)
			}
		})
		t.Run("ACursorOfAnotherOrganizationIsRefused", func(t *testing.T) {
			var rival escrowPage
			s.GraphQL(t, other.AccessToken, escrowsQuery, nil).Decode(t, &rival)
			if len(rival.Escrows.Edges) != 1 || rival.Escrows.Edges[0].Node.ID != rivalEscrow {
				t.Fatalf("rival sees %+v", rival.Escrows)
			}
			e := s.GraphQL(t, owner.AccessToken, escrowsQuery, map[string]any{"after": rival.Escrows.Edges[0].Cursor}).Err(t)
			if e.Code() != "validation_error" {
				t.Fatalf("got %+v", e)
			}
		})
		t.Run("OneEscrowWithItsDisputes", func(t *testing.T) {
			var data struct {
				Escrow struct {
					ID, Status string
					Amount     int
					FundedAt   *string
					DisputedAt *string
					Disputes   []struct{ ID, Reason string }
				}
			}
			s.GraphQL(t, owner.AccessToken, escrowQuery, map[string]any{"id": second}).Decode(t, &data)
			if data.Escrow.ID != second || data.Escrow.Status != "DISPUTED" || data.Escrow.FundedAt == nil || data.Escrow.DisputedAt == nil ||
				len(data.Escrow.Disputes) != 1 || data.Escrow.Disputes[0].Reason != "PRODUCT_NOT_RECEIVED" {
				t.Fatalf("escrow %+v", data.Escrow)
			}
		})
		t.Run("OneDisputeWithItsEscrow", func(t *testing.T) {
			var data struct {
				Dispute struct {
					ID, Status, Reason, Description, EscrowID string
					Escrow                                    struct {
						ID, Status string
						Amount     int
					}
				}
			}
			s.GraphQL(t, owner.AccessToken, disputeQuery, map[string]any{"id": dsp}).Decode(t, &data)
			d := data.Dispute
			if d.ID != dsp || d.Status != "OPEN" || d.Description != "never arrived" || d.EscrowID != second || d.Escrow.ID != second || d.Escrow.Amount != 2000 {
				t.Fatalf("dispute %+v", d)
			}
		})
		t.Run("TheDisputeListIsTheOrganizationsOwn", func(t *testing.T) {
			var data struct {
				Disputes struct {
					TotalCount int
					Edges      []struct{ Node struct{ ID, EscrowID string } }
				}
			}
			s.GraphQL(t, owner.AccessToken, tenantDisputesQuery, nil).Decode(t, &data)
			if data.Disputes.TotalCount != 1 || data.Disputes.Edges[0].Node.ID != dsp || data.Disputes.Edges[0].Node.EscrowID != second {
				t.Fatalf("disputes %+v", data.Disputes)
			}
			s.GraphQL(t, owner.AccessToken, tenantDisputesQuery, map[string]any{"environment": "LIVE"}).Decode(t, &data)
			if data.Disputes.TotalCount != 0 || len(data.Disputes.Edges) != 0 {
				t.Fatalf("live disputes %+v", data.Disputes)
			}
			s.GraphQL(t, owner.AccessToken, tenantDisputesQuery, map[string]any{"status": "WON"}).Decode(t, &data)
			if data.Disputes.TotalCount != 0 {
				t.Fatalf("won disputes %+v", data.Disputes)
			}
		})
		t.Run("AnotherOrganizationsIdsAreNotFound", func(t *testing.T) {
			for name, c := range map[string]struct {
				query string
				vars  map[string]any
			}{
				"Escrow":             {escrowQuery, map[string]any{"id": rivalEscrow}},
				"Dispute":            {disputeQuery, map[string]any{"id": rivalDispute}},
				"ATestEscrowAsLive":  {escrowQuery, map[string]any{"id": second, "environment": "LIVE"}},
				"ALiveEscrowAsTest":  {escrowQuery, map[string]any{"id": live.ID}},
				"ATestDisputeAsLive": {disputeQuery, map[string]any{"id": dsp, "environment": "LIVE"}},
				"AnUnknownEscrow":    {escrowQuery, map[string]any{"id": "esc_01jd000000000000000000000"}},
			} {
				if e := s.GraphQL(t, owner.AccessToken, c.query, c.vars).Err(t); e.Code() != "not_found" {
					t.Errorf("%s: got %+v", name, e)
				}
			}
		})
		t.Run("WithoutASessionNothingIsListed", func(t *testing.T) {
			if e := s.GraphQL(t, "", escrowsQuery, nil).Err(t); e.Code() != "unauthorized" {
				t.Fatalf("got %+v", e)
			}
		})
	})
}
