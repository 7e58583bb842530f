package graph_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"testing"

	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/server/servertest"
)

const disputesQuery = `query($status: DisputeStatus) { staffDisputes(status: $status) { id tenantId environment status reason escrowId transactionCheckId reference resolvedAt } }`

const resolveDispute = `mutation($id: ID!, $outcome: DisputeOutcome!, $note: String) {
  resolveDispute(id: $id, outcome: $outcome, note: $note) { id status resolutionNote resolvedAt }
}`

// TestDisputesForOps: ops list every tenant's disputes and decide them,
// other staff only read, partners neither.
func TestDisputesForOps(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		owner := s.SignUp(t, "owner@market.example", "Market")
		if err := s.DB.Client.Application.Update().Where(entapp.TenantID(owner.TenantID)).
			SetRequiredModules([]scope.Module{scope.ModuleEscrow, scope.ModuleDisputes}).Exec(testkit.System()); err != nil {
			t.Fatal(err)
		}
		ops := staffToken(t, s, "ops@keybs.example", viewer.StaffOps)
		analyst := staffToken(t, s, "analyst@keybs.example", viewer.StaffAnalyst)

		// rest calls /v1 with the owner's portal session (the sandbox).
		rest := func(t *testing.T, path string, body map[string]any) map[string]any {
			t.Helper()
			raw, _ := json.Marshal(body)
			req, _ := http.NewRequest(http.MethodPost, s.URL+path, bytes.NewReader(raw))
			req.Header.Set("Authorization", "Bearer "+owner.AccessToken)
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
		openDispute := func(t *testing.T) (string, string) {
			t.Helper()
			esc := rest(t, "/v1/escrow/initiate", map[string]any{"amount": 900, "currency": "EUR", "buyer_id": "b", "seller_id": "s"})["id"].(string)
			rest(t, "/v1/escrow/funds", map[string]any{"escrow_id": esc, "action": "fund"})
			return rest(t, "/v1/disputes/open", map[string]any{"escrow_id": esc, "reason": "product_not_received", "reference": "claim-1"})["id"].(string), esc
		}
		id, esc := openDispute(t)

		t.Run("OpsListOpenDisputesOfEveryTenant", func(t *testing.T) {
			var data struct {
				StaffDisputes []struct{ ID, TenantID, Environment, Status, Reason, EscrowID, Reference string }
			}
			s.GraphQL(t, ops, disputesQuery, map[string]any{"status": "OPEN"}).Decode(t, &data)
			if len(data.StaffDisputes) != 1 || data.StaffDisputes[0].ID != id || data.StaffDisputes[0].TenantID != owner.TenantID ||
				data.StaffDisputes[0].EscrowID != esc || data.StaffDisputes[0].Status != "OPEN" || data.StaffDisputes[0].Reason != "PRODUCT_NOT_RECEIVED" ||
				data.StaffDisputes[0].Environment != "TEST" || data.StaffDisputes[0].Reference != "claim-1" {
				t.Fatalf("disputes %+v", data.StaffDisputes)
			}
		})
		t.Run("AnAnalystReadsTheQueue", func(t *testing.T) {
			var data struct{ StaffDisputes []struct{ ID string } }
			s.GraphQL(t, analyst, disputesQuery, nil).Decode(t, &data)
			if len(data.StaffDisputes) != 1 {
				t.Fatalf("disputes %+v", data.StaffDisputes)
			}
		})
		t.Run("APartnerCannotListDisputes", func(t *testing.T) {
			if e := s.GraphQL(t, owner.AccessToken, disputesQuery, nil).Err(t); e.Code() != "forbidden" {
				t.Fatalf("got %+v", e)
			}
		})
		t.Run("OnlyOpsResolve", func(t *testing.T) {
			for name, token := range map[string]string{"AnAnalyst": analyst, "ThePartner": owner.AccessToken} {
				if e := s.GraphQL(t, token, resolveDispute, map[string]any{"id": id, "outcome": "WON"}).Err(t); e.Code() != "forbidden" {
					t.Fatalf("%s: got %+v", name, e)
				}
			}
		})
		t.Run("OpsResolveAndTheEscrowFollows", func(t *testing.T) {
			var data struct {
				ResolveDispute struct {
					ID, Status, ResolutionNote string
					ResolvedAt                 *string
				}
			}
			s.GraphQL(t, ops, resolveDispute, map[string]any{"id": id, "outcome": "LOST", "note": "Tracking shows delivery."}).Decode(t, &data)
			if data.ResolveDispute.Status != "LOST" || data.ResolveDispute.ResolutionNote != "Tracking shows delivery." || data.ResolveDispute.ResolvedAt == nil {
				t.Fatalf("resolved %+v", data.ResolveDispute)
			}
			if got := s.DB.Client.Escrow.GetX(testkit.System(), esc).Status; got != "RELEASED" {
				t.Fatalf("escrow %s, want RELEASED", got)
			}
		})
		t.Run("ADecidedDisputeIsAConflict", func(t *testing.T) {
			if e := s.GraphQL(t, ops, resolveDispute, map[string]any{"id": id, "outcome": "WON"}).Err(t); e.Code() != "conflict" {
				t.Fatalf("got %+v", e)
			}
		})
		t.Run("AnUnknownDisputeIsNotFound", func(t *testing.T) {
			if e := s.GraphQL(t, ops, resolveDispute, map[string]any{"id": "dsp_01jd000000000000000000000", "outcome": "WON"}).Err(t); e.Code() != "not_found" {
				t.Fatalf("got %+v", e)
			}
		})
	})
}
