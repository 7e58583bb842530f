package rest_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

// escrowBody is a valid POST /v1/escrow/initiate body with changes.
func escrowBody(changes map[string]any) map[string]any {
	b := map[string]any{"amount": 12500, "currency": "EUR", "buyer_id": "buyer-1", "seller_id": "seller-9",
		"description": "Lot 42", "reference": "order-7"}
	for k, v := range changes {
		if v == nil {
			delete(b, k)
			continue
		}
		b[k] = v
	}
	return b
}

// startEscrowServer is a server whose owner's applications enabled the
// escrow and disputes modules (a FINTECH sign-up has neither) before any
// key was made, so the owner's keys hold their scopes.
func startEscrowServer(t *testing.T, dbURL string) *contractServer {
	t.Helper()
	s := servertest.Start(t, dbURL, servertest.AllowPrivateWebhooks)
	cs := &contractServer{Server: s, api: v1Client{base: s.URL, client: s.HTTP.Client()}}
	cs.Owner = s.SignUp(t, "owner@escrow.example", "Escrow Market")
	enableModules(t, cs, cs.Owner.TenantID, scope.ModuleEscrow, scope.ModuleDisputes)
	return cs
}

func enableModules(t *testing.T, cs *contractServer, tenantID string, mods ...scope.Module) {
	t.Helper()
	if err := cs.DB.Client.Application.Update().Where(entapp.TenantID(tenantID)).
		SetRequiredModules(mods).Exec(testkit.System()); err != nil {
		t.Fatal(err)
	}
}

// receiver is a webhook endpoint of the owner's sandbox for types, and the
// events it has received.
func receiver(t *testing.T, cs *contractServer, types ...string) <-chan map[string]any {
	t.Helper()
	got := make(chan map[string]any, 256)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		var e map[string]any
		if json.Unmarshal(raw, &e) == nil {
			got <- e
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(srv.Close)
	cs.GraphQL(t, cs.Owner.AccessToken, `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
		map[string]any{"input": map[string]any{"url": srv.URL + "/hooks", "environment": "TEST", "eventTypes": types}}).Decode(t, &map[string]any{})
	return got
}

// TestEscrowEndpoints is the scenario table of the escrow module: success,
// each validation failure, missing scope, module not enabled, other
// tenant's and environment's ids, the state table over HTTP, a concurrent
// double release, and the webhooks a real receiver gets.
func TestEscrowEndpoints(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startEscrowServer(t, dbURL)
		hooks := receiver(t, cs, "escrow.funded", "escrow.released", "escrow.refunded")
		key := cs.mustTestKey(t).Secret
		initiateOnly := cs.mustRestrictedKey(t, "escrow:initiate").Secret
		noScope := cs.mustRestrictedKey(t, "verification:read").Secret
		live := cs.mustLiveKey(t, cs.Owner).Secret
		other := cs.SignUp(t, "owner@other-escrow.example", "Other Market")
		enableModules(t, cs, other.TenantID, scope.ModuleEscrow)
		otherKey := cs.mustKey(t, other.AccessToken, nil).Secret

		initiate := func(t *testing.T, k string, body map[string]any) v1Response {
			t.Helper()
			return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/escrow/initiate", Key: k, Body: body})
		}
		funds := func(t *testing.T, k, id, action string) v1Response {
			t.Helper()
			return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/escrow/funds", Key: k, Body: map[string]any{"escrow_id": id, "action": action}})
		}
		made := func(t *testing.T, k string) string {
			t.Helper()
			return initiate(t, k, escrowBody(nil)).wantOK(t, 201)["id"].(string)
		}

		t.Run("Initiate", func(t *testing.T) {
			for _, c := range []struct {
				name string
				key  string
			}{{"ASecretTestKey", key}, {"ARestrictedKeyWithTheScope", initiateOnly}, {"ALiveKey", live}, {"APortalSession", cs.Owner.AccessToken}} {
				t.Run(c.name+"OpensAnInitiatedEscrow", func(t *testing.T) {
					obj := initiate(t, c.key, escrowBody(nil)).wantOK(t, 201)
					if obj["status"] != "initiated" || !strings.HasPrefix(obj["id"].(string), "esc_") || obj["amount"] != float64(12500) || obj["funded_at"] != nil {
						t.Fatalf("initiated %v", obj)
					}
				})
			}
		})

		t.Run("ValidationFailuresNameTheField", func(t *testing.T) {
			for _, c := range []struct {
				field string
				body  any
			}{
				{"amount", escrowBody(map[string]any{"amount": nil})},
				{"amount", escrowBody(map[string]any{"amount": 0})},
				{"amount", escrowBody(map[string]any{"amount": -100})},
				{"amount", escrowBody(map[string]any{"amount": 12.5})},
				{"amount", escrowBody(map[string]any{"amount": "12500"})},
				{"currency", escrowBody(map[string]any{"currency": nil})},
				{"currency", escrowBody(map[string]any{"currency": "euro"})},
				{"buyer_id", escrowBody(map[string]any{"buyer_id": " "})},
				{"seller_id", escrowBody(map[string]any{"seller_id": nil})},
				{"seller_id", escrowBody(map[string]any{"seller_id": "buyer-1"})},
				{"tip", escrowBody(map[string]any{"tip": 5})},
			} {
				t.Run(c.field, func(t *testing.T) {
					env := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/escrow/initiate", Key: key, Body: c.body}).wantError(t, 422, "validation_error")
					if !strings.Contains(env.Message, c.field) {
						t.Fatalf("message %q does not name %s", env.Message, c.field)
					}
				})
			}
			id := made(t, key)
			for _, c := range []struct {
				field string
				body  map[string]any
			}{
				{"escrow_id", map[string]any{"action": "fund"}},
				{"action", map[string]any{"escrow_id": id}},
				{"action", map[string]any{"escrow_id": id, "action": "withdraw"}},
				{"amount", map[string]any{"escrow_id": id, "action": "fund", "amount": 1}},
			} {
				t.Run("Funds_"+c.field, func(t *testing.T) {
					env := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/escrow/funds", Key: key, Body: c.body}).wantError(t, 422, "validation_error")
					if !strings.Contains(env.Message, c.field) {
						t.Fatalf("message %q does not name %s", env.Message, c.field)
					}
				})
			}
		})

		t.Run("StateTable", func(t *testing.T) {
			for _, c := range []struct {
				name   string
				path   []string // the moves before the last
				action string
				status int
				want   string // the escrow's status, or a word the conflict names
			}{
				{"InitiatedIsFunded", nil, "fund", 200, "funded"},
				{"FundedIsReleased", []string{"fund"}, "release", 200, "released"},
				{"FundedIsRefunded", []string{"fund"}, "refund", 200, "refunded"},
				{"InitiatedCannotBeReleased", nil, "release", 409, "initiated"},
				{"InitiatedCannotBeRefunded", nil, "refund", 409, "initiated"},
				{"FundedCannotBeFundedAgain", []string{"fund"}, "fund", 409, "funded"},
				{"ReleasedCannotBeRefunded", []string{"fund", "release"}, "refund", 409, "released"},
				{"ReleasedCannotBeReleasedAgain", []string{"fund", "release"}, "release", 409, "released"},
				{"RefundedCannotBeReleased", []string{"fund", "refund"}, "release", 409, "refunded"},
				{"RefundedCannotBeFunded", []string{"fund", "refund"}, "fund", 409, "refunded"},
			} {
				t.Run(c.name, func(t *testing.T) {
					id := made(t, key)
					for _, a := range c.path {
						funds(t, key, id, a).wantStatus(t, 200)
					}
					res := funds(t, key, id, c.action)
					if c.status == 409 {
						if env := res.wantError(t, 409, "conflict"); !strings.Contains(env.Message, c.want) {
							t.Fatalf("conflict %q does not name the current state %s", env.Message, c.want)
						}
						return
					}
					if obj := res.wantOK(t, 200); obj["status"] != c.want || obj[c.want+"_at"] == nil {
						t.Fatalf("moved: %v", obj)
					}
				})
			}
		})

		t.Run("AConcurrentDoubleReleaseHasOneWinner", func(t *testing.T) {
			id := made(t, key)
			funds(t, key, id, "fund").wantStatus(t, 200)
			const n = 4
			statuses := make([]int, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					res, err := cs.api.send(v1Request{Method: "POST", Path: "/v1/escrow/funds", Key: key,
						Body: map[string]any{"escrow_id": id, "action": "release"}})
					if err == nil {
						statuses[i] = res.Status
					}
				}()
			}
			wg.Wait()
			won, lost := 0, 0
			for _, s := range statuses {
				switch s {
				case 200:
					won++
				case 409:
					lost++
				}
			}
			if won != 1 || lost != n-1 {
				t.Fatalf("statuses %v: want exactly one 200 and %d 409s", statuses, n-1)
			}
		})

		id := made(t, key)
		liveID := made(t, live)
		t.Run("Get", func(t *testing.T) {
			for _, c := range []struct {
				name, key, id string
				status        int
				code          string
			}{
				{"TheCallersEscrowIs200", key, id, 200, ""},
				{"ARestrictedKeyWithInitiateReadsIt", initiateOnly, id, 200, ""},
				{"ALiveEscrowWithATestKeyIs404", key, liveID, 404, "not_found"},
				{"ATestEscrowWithALiveKeyIs404", live, id, 404, "not_found"},
				{"AnotherTenantsEscrowIs404", otherKey, id, 404, "not_found"},
				{"AnUnknownIdIs404", key, "esc_01jd000000000000000000000", 404, "not_found"},
				{"WithoutTheScopeIs403InvalidScope", noScope, id, 403, "invalid_scope"},
			} {
				t.Run(c.name, func(t *testing.T) {
					res := cs.api.do(t, v1Request{Method: "GET", Path: "/v1/escrow/" + c.id, Key: c.key})
					if c.code == "" {
						if obj := res.wantOK(t, c.status); obj["id"] != c.id {
							t.Fatalf("read %v, want %s", obj["id"], c.id)
						}
						return
					}
					res.wantError(t, c.status, c.code)
				})
			}
		})

		t.Run("OtherTenantsAndEnvironmentsCannotMoveIt", func(t *testing.T) {
			for name, k := range map[string]string{"ALiveKey": live, "AnotherTenantsKey": otherKey} {
				t.Run(name+"Is404", func(t *testing.T) { funds(t, k, id, "fund").wantError(t, 404, "not_found") })
			}
		})

		t.Run("MissingScopesAre403InvalidScope", func(t *testing.T) {
			for _, c := range []struct {
				name, key, path, scope string
				body                   map[string]any
			}{
				{"InitiateWithoutEscrowInitiate", noScope, "/v1/escrow/initiate", "escrow:initiate", escrowBody(nil)},
				{"FundsWithoutEscrowFunds", initiateOnly, "/v1/escrow/funds", "escrow:funds", map[string]any{"escrow_id": id, "action": "fund"}},
			} {
				t.Run(c.name, func(t *testing.T) {
					env := cs.api.do(t, v1Request{Method: "POST", Path: c.path, Key: c.key, Body: c.body}).wantError(t, 403, "invalid_scope")
					if !strings.Contains(env.Message, c.scope) {
						t.Fatalf("message %q does not name %s", env.Message, c.scope)
					}
				})
			}
		})

		t.Run("MagicAmounts", func(t *testing.T) {
			// Sandbox only: 40400 declines funding, 20200 funds and
			// releases at once; a live key moves them as any amount.
			for _, c := range []struct {
				name, key string
				amount    float64
				status    int
				want      string // the escrow's status after fund
			}{
				{"Magic40400DeclinesFundingWith409", key, 40400, 409, "initiated"},
				{"Magic20200FundsAndReleasesAtOnce", key, 20200, 200, "released"},
				{"APortalSessionHonoursThem", cs.Owner.AccessToken, 20200, 200, "released"},
				{"ALiveKeyFunds40400", live, 40400, 200, "funded"},
				{"ALiveKeyOnlyFunds20200", live, 20200, 200, "funded"},
				{"AnyOtherAmountOnlyFunds", key, 40401, 200, "funded"},
			} {
				t.Run(c.name, func(t *testing.T) {
					id := initiate(t, c.key, escrowBody(map[string]any{"amount": c.amount})).wantOK(t, 201)["id"].(string)
					res := funds(t, c.key, id, "fund")
					if c.status == 409 {
						env := res.wantError(t, 409, "conflict")
						if !strings.Contains(env.Message, "declined") || !strings.Contains(env.Message, "40400") {
							t.Errorf("message %q does not say the magic amount declined funding", env.Message)
						}
					} else if obj := res.wantOK(t, 200); obj["status"] != c.want {
						t.Fatalf("fund answered %v, want %s", obj, c.want)
					}
					got := cs.api.do(t, v1Request{Method: "GET", Path: "/v1/escrow/" + id, Key: c.key}).wantOK(t, 200)
					if got["status"] != c.want || (c.want == "released") != (got["released_at"] != nil) {
						t.Fatalf("escrow %v, want %s", got, c.want)
					}
				})
			}
			t.Run("ADeclinedEscrowCanBeFundedAgainAndIsDeclinedAgain", func(t *testing.T) {
				id := initiate(t, key, escrowBody(map[string]any{"amount": 40400})).wantOK(t, 201)["id"].(string)
				funds(t, key, id, "fund").wantError(t, 409, "conflict")
				funds(t, key, id, "fund").wantError(t, 409, "conflict")
				funds(t, key, id, "release").wantError(t, 409, "conflict")
			})
			t.Run("AnAtOnceReleaseSendsFundedThenReleased", func(t *testing.T) {
				id := initiate(t, key, escrowBody(map[string]any{"amount": 20200})).wantOK(t, 201)["id"].(string)
				funds(t, key, id, "fund").wantOK(t, 200)
				want := []string{"escrow.funded", "escrow.released"}
				deadline := time.After(20 * time.Second)
				var got []string
				for len(got) < len(want) {
					select {
					case e := <-hooks:
						if e["escrow_id"] == id {
							got = append(got, e["event_type"].(string))
						}
					case <-deadline:
						t.Fatalf("webhooks for %s: %v, want %v", id, got, want)
					}
				}
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Fatalf("webhooks for %s: %v, want %v", id, got, want)
				}
			})
		})

		t.Run("WebhooksArriveForEveryMove", func(t *testing.T) {
			released, refunded := made(t, key), made(t, key)
			for _, m := range []struct{ id, action string }{{released, "fund"}, {released, "release"}, {refunded, "fund"}, {refunded, "refund"}} {
				funds(t, key, m.id, m.action).wantStatus(t, 200)
			}
			want := map[string]bool{released + " escrow.funded": true, released + " escrow.released": true,
				refunded + " escrow.funded": true, refunded + " escrow.refunded": true}
			deadline := time.After(20 * time.Second)
			for len(want) > 0 {
				select {
				case e := <-hooks:
					k := e["escrow_id"].(string) + " " + e["event_type"].(string)
					if want[k] {
						if e["environment"] != "test" || e["reference"] != "order-7" || e["amount"] != float64(12500) {
							t.Errorf("event %v", e)
						}
						delete(want, k)
					}
				case <-deadline:
					t.Fatalf("webhooks not received: %v", want)
				}
			}
		})

		// Last: it turns the modules off for the owner's applications.
		t.Run("AModuleNotEnabledIs403ForbiddenNamingModuleAndApplication", func(t *testing.T) {
			enableModules(t, cs, cs.Owner.TenantID, scope.ModuleKYC)
			for _, req := range []v1Request{
				{Method: "POST", Path: "/v1/escrow/initiate", Key: key, Body: escrowBody(nil)},
				{Method: "POST", Path: "/v1/escrow/funds", Key: key, Body: map[string]any{"escrow_id": id, "action": "fund"}},
				{Method: "GET", Path: "/v1/escrow/" + id, Key: key},
			} {
				env := cs.api.do(t, req).wantError(t, 403, "forbidden")
				if !strings.Contains(env.Message, "ESCROW") || !strings.Contains(env.Message, "application") {
					t.Errorf("%s %s: message %q does not name the module and application", req.Method, req.Path, env.Message)
				}
			}
			cs.api.do(t, v1Request{Method: "GET", Path: "/v1/escrow/" + id, Key: cs.Owner.AccessToken}).wantStatus(t, 200)
		})
	})
}

// TestDisputeEndpoints is the scenario table of the disputes module:
// success, each validation failure, missing scope, module not enabled, other
// tenant's and environment's ids, every magic value, the test helper, and
// the dispute.updated webhooks a real receiver gets.
func TestDisputeEndpoints(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startEscrowServer(t, dbURL)
		hooks := receiver(t, cs, "dispute.updated", "escrow.refunded", "escrow.released")
		key := cs.mustTestKey(t).Secret
		noScope := cs.mustRestrictedKey(t, "escrow:initiate", "escrow:funds").Secret
		live := cs.mustLiveKey(t, cs.Owner).Secret
		other := cs.SignUp(t, "owner@other-disputes.example", "Other Disputes")
		enableModules(t, cs, other.TenantID, scope.ModuleEscrow, scope.ModuleDisputes)
		otherKey := cs.mustKey(t, other.AccessToken, nil).Secret

		funded := func(t *testing.T, k string) string {
			t.Helper()
			id := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/escrow/initiate", Key: k, Body: escrowBody(nil)}).wantOK(t, 201)["id"].(string)
			cs.api.do(t, v1Request{Method: "POST", Path: "/v1/escrow/funds", Key: k, Body: map[string]any{"escrow_id": id, "action": "fund"}}).wantStatus(t, 200)
			return id
		}
		escrowStatus := func(t *testing.T, k, id string) any {
			t.Helper()
			return cs.api.do(t, v1Request{Method: "GET", Path: "/v1/escrow/" + id, Key: k}).wantOK(t, 200)["status"]
		}
		open := func(t *testing.T, k string, body map[string]any) v1Response {
			t.Helper()
			return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/disputes/open", Key: k, Body: body})
		}

		t.Run("Open", func(t *testing.T) {
			for _, c := range []struct {
				name, key, description string
				want, wantEscrow       string
			}{
				{"AnOpenDisputeDisputesTheEscrow", key, "The parcel never arrived.", "open", "disputed"},
				{"MagicWinningEvidenceWinsAndRefunds", key, "winning_evidence", "won", "refunded"},
				{"MagicLosingEvidenceLosesAndReleases", key, "losing_evidence", "lost", "released"},
				{"ALiveKeyIgnoresMagicValues", live, "winning_evidence", "open", "disputed"},
				{"APortalSessionWorksInTheSandbox", cs.Owner.AccessToken, "losing_evidence", "lost", "released"},
			} {
				t.Run(c.name, func(t *testing.T) {
					esc := funded(t, c.key)
					obj := open(t, c.key, map[string]any{"escrow_id": esc, "reason": "product_not_received", "description": c.description, "reference": "claim-3"}).wantOK(t, 201)
					if obj["status"] != c.want || !strings.HasPrefix(obj["id"].(string), "dsp_") || obj["escrow_id"] != esc {
						t.Fatalf("opened %v, want %s", obj, c.want)
					}
					if got := escrowStatus(t, c.key, esc); got != c.wantEscrow {
						t.Fatalf("escrow %v, want %s", got, c.wantEscrow)
					}
				})
			}
		})

		t.Run("ADisputeAgainstATransactionCheck", func(t *testing.T) {
			enableModules(t, cs, cs.Owner.TenantID, scope.ModuleEscrow, scope.ModuleDisputes, scope.ModuleTransactionMonitoring)
			t.Cleanup(func() { enableModules(t, cs, cs.Owner.TenantID, scope.ModuleEscrow, scope.ModuleDisputes) })
			k := cs.mustTestKey(t).Secret
			txc := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/transaction/check", Key: k,
				Body: map[string]any{"amount": 12500, "currency": "EUR", "party": map[string]any{"id": "cust-1", "country": "DE"}}}).wantOK(t, 201)["id"].(string)
			obj := open(t, k, map[string]any{"transaction_check_id": txc, "reason": "fraudulent"}).wantOK(t, 201)
			if obj["status"] != "open" || obj["transaction_check_id"] != txc {
				t.Fatalf("a dispute against %s: %v", txc, obj)
			}
			// Another tenant's key cannot raise one against it: no oracle.
			open(t, otherKey, map[string]any{"transaction_check_id": txc, "reason": "fraudulent"}).wantError(t, 404, "not_found")
		})

		t.Run("RefusalsNameTheFieldOrState", func(t *testing.T) {
			esc := funded(t, key)
			initiated := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/escrow/initiate", Key: key, Body: escrowBody(nil)}).wantOK(t, 201)["id"].(string)
			for _, c := range []struct {
				name   string
				key    string
				body   map[string]any
				status int
				code   string
				word   string
			}{
				{"NothingDisputedIs422", key, map[string]any{"reason": "other"}, 422, "validation_error", "escrow_id"},
				{"BothDisputedIs422", key, map[string]any{"escrow_id": esc, "transaction_check_id": "txc_01jd000000000000000000000", "reason": "other"}, 422, "validation_error", "transaction_check_id"},
				{"AWrongIdPrefixIs422", key, map[string]any{"escrow_id": "kyc_01jd000000000000000000000", "reason": "other"}, 422, "validation_error", "escrow_id"},
				{"AWrongCheckPrefixIs422", key, map[string]any{"transaction_check_id": esc, "reason": "other"}, 422, "validation_error", "transaction_check_id"},
				{"NoReasonIs422", key, map[string]any{"escrow_id": esc}, 422, "validation_error", "reason"},
				{"AnUnknownReasonIs422", key, map[string]any{"escrow_id": esc, "reason": "bored"}, 422, "validation_error", "reason"},
				{"AnUnknownFieldIs422", key, map[string]any{"escrow_id": esc, "reason": "other", "amount": 5}, 422, "validation_error", "amount"},
				{"AnEscrowNotFundedIs409", key, map[string]any{"escrow_id": initiated, "reason": "other"}, 409, "conflict", "initiated"},
				{"AnUnknownCheckIs404", key, map[string]any{"transaction_check_id": "txc_01jd000000000000000000000", "reason": "fraudulent"}, 404, "not_found", "txc_"},
				{"AnotherTenantsEscrowIs404", otherKey, map[string]any{"escrow_id": esc, "reason": "other"}, 404, "not_found", "esc_"},
				{"ATestEscrowWithALiveKeyIs404", live, map[string]any{"escrow_id": esc, "reason": "other"}, 404, "not_found", "esc_"},
				{"WithoutTheScopeIs403InvalidScope", noScope, map[string]any{"escrow_id": esc, "reason": "other"}, 403, "invalid_scope", "disputes:open"},
			} {
				t.Run(c.name, func(t *testing.T) {
					if env := open(t, c.key, c.body).wantError(t, c.status, c.code); !strings.Contains(env.Message, c.word) {
						t.Fatalf("message %q does not name %s", env.Message, c.word)
					}
				})
			}
			if got := escrowStatus(t, key, esc); got != "funded" {
				t.Fatalf("refused disputes left the escrow %v, want funded", got)
			}
		})

		id := open(t, key, map[string]any{"escrow_id": funded(t, key), "reason": "duplicate"}).wantOK(t, 201)["id"].(string)
		liveID := open(t, live, map[string]any{"escrow_id": funded(t, live), "reason": "duplicate"}).wantOK(t, 201)["id"].(string)
		t.Run("Get", func(t *testing.T) {
			for _, c := range []struct {
				name, key, id string
				status        int
				code          string
			}{
				{"TheCallersDisputeIs200", key, id, 200, ""},
				{"ALiveDisputeWithATestKeyIs404", key, liveID, 404, "not_found"},
				{"ATestDisputeWithALiveKeyIs404", live, id, 404, "not_found"},
				{"AnotherTenantsDisputeIs404", otherKey, id, 404, "not_found"},
				{"AnUnknownIdIs404", key, "dsp_01jd000000000000000000000", 404, "not_found"},
				{"WithoutTheScopeIs403InvalidScope", noScope, id, 403, "invalid_scope"},
			} {
				t.Run(c.name, func(t *testing.T) {
					res := cs.api.do(t, v1Request{Method: "GET", Path: "/v1/disputes/" + c.id, Key: c.key})
					if c.code == "" {
						if obj := res.wantOK(t, c.status); obj["id"] != c.id {
							t.Fatalf("read %v, want %s", obj["id"], c.id)
						}
						return
					}
					res.wantError(t, c.status, c.code)
				})
			}
		})

		t.Run("TestHelperResolve", func(t *testing.T) {
			fresh := func(t *testing.T) string {
				t.Helper()
				return open(t, key, map[string]any{"escrow_id": funded(t, key), "reason": "other"}).wantOK(t, 201)["id"].(string)
			}
			for _, c := range []struct {
				name   string
				key    string
				id     string
				body   any
				status int
				want   string // the dispute's status, or the error code
			}{
				{"WonOnRequest", key, fresh(t), map[string]any{"outcome": "won"}, 200, "won"},
				{"LostOnRequest", key, fresh(t), map[string]any{"outcome": "lost"}, 200, "lost"},
				{"AnUnknownOutcomeIs422", key, fresh(t), map[string]any{"outcome": "draw"}, 422, "validation_error"},
				{"NoBodyIs422", key, fresh(t), nil, 422, "validation_error"},
				{"ADecidedDisputeIs409", key, open(t, key, map[string]any{"escrow_id": funded(t, key), "reason": "other", "description": "winning_evidence"}).wantOK(t, 201)["id"].(string),
					map[string]any{"outcome": "lost"}, 409, "conflict"},
				{"ALiveKeyIs403", live, liveID, map[string]any{"outcome": "won"}, 403, "forbidden"},
				{"AnotherTenantsDisputeIs404", otherKey, fresh(t), map[string]any{"outcome": "won"}, 404, "not_found"},
				{"WithoutTheScopeIs403InvalidScope", noScope, fresh(t), map[string]any{"outcome": "won"}, 403, "invalid_scope"},
			} {
				t.Run(c.name, func(t *testing.T) {
					res := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/test_helpers/disputes/" + c.id + "/resolve", Key: c.key, Body: c.body})
					if c.status != 200 {
						res.wantError(t, c.status, c.want)
						return
					}
					obj := res.wantOK(t, 200)
					if obj["status"] != c.want || obj["resolved_at"] == nil {
						t.Fatalf("resolved: %v", obj)
					}
					wantEscrow := map[string]string{"won": "refunded", "lost": "released"}[c.want]
					if got := escrowStatus(t, key, obj["escrow_id"].(string)); got != wantEscrow {
						t.Fatalf("escrow %v, want %s", got, wantEscrow)
					}
				})
			}
		})

		t.Run("WebhooksArriveForEveryChange", func(t *testing.T) {
			esc := funded(t, key)
			made := open(t, key, map[string]any{"escrow_id": esc, "reason": "fraudulent", "reference": "hook-ref"}).wantOK(t, 201)["id"].(string)
			cs.api.do(t, v1Request{Method: "POST", Path: "/v1/test_helpers/disputes/" + made + "/resolve", Key: key,
				Body: map[string]any{"outcome": "won"}}).wantStatus(t, 200)
			want := map[string]bool{"dispute.updated open": true, "dispute.updated won": true, "escrow.refunded refunded": true}
			deadline := time.After(20 * time.Second)
			for len(want) > 0 {
				select {
				case e := <-hooks:
					if e["dispute_id"] != made && e["escrow_id"] != esc {
						continue
					}
					if e["event_type"] == "dispute.updated" && (e["reference"] != "hook-ref" || e["escrow_id"] != esc || e["environment"] != "test") {
						t.Errorf("event %v", e)
					}
					delete(want, e["event_type"].(string)+" "+e["status"].(string))
				case <-deadline:
					t.Fatalf("webhooks not received for %s: %v", made, want)
				}
			}
		})

		// Last: it turns the disputes module off for the owner's applications.
		t.Run("AModuleNotEnabledIs403ForbiddenNamingModuleAndApplication", func(t *testing.T) {
			esc := funded(t, key)
			enableModules(t, cs, cs.Owner.TenantID, scope.ModuleEscrow)
			for _, req := range []v1Request{
				{Method: "POST", Path: "/v1/disputes/open", Key: key, Body: map[string]any{"escrow_id": esc, "reason": "other"}},
				{Method: "GET", Path: "/v1/disputes/" + id, Key: key},
				{Method: "POST", Path: "/v1/test_helpers/disputes/" + id + "/resolve", Key: key, Body: map[string]any{"outcome": "won"}},
			} {
				env := cs.api.do(t, req).wantError(t, 403, "forbidden")
				if !strings.Contains(env.Message, "DISPUTES") || !strings.Contains(env.Message, "application") {
					t.Errorf("%s %s: message %q does not name the module and application", req.Method, req.Path, env.Message)
				}
			}
			cs.api.do(t, v1Request{Method: "GET", Path: "/v1/disputes/" + id, Key: cs.Owner.AccessToken}).wantStatus(t, 200)
		})
	})
}
