package rest_test

// The lifecycle on /v1: the rfi object of GET /v1/verifications/{id}, RFI
// answers by document and by text, and the sandbox test helper.

import (
	"net/http"
	"strings"
	"testing"

	"github.com/keybs/platform/ent/rfiitem"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
)

var rfiItemKeys = []string{"id", "kind", "document_kind", "message", "status", "answered_at"}

// manualCase creates a case nobody simulates with key and returns its id.
func (cs *contractServer) manualCase(t *testing.T, key string) string {
	t.Helper()
	obj := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications", Key: key,
		Body: validCaseBody(map[string]any{"client_reference": "PO-9 sim_manual"})}).wantOK(t, http.StatusCreated)
	return obj["id"].(string)
}

// advance calls the test helper and returns the response.
func (cs *contractServer) advance(t *testing.T, key, id string, to any) v1Response {
	t.Helper()
	return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/test_helpers/verifications/" + id + "/advance", Key: key,
		Body: map[string]any{"to": to}})
}

// askFor has an analyst ask a case in review for a trade licence and an
// answer, and returns the case's items.
func (cs *contractServer) askFor(t *testing.T, key string) (string, []map[string]any) {
	t.Helper()
	id := cs.manualCase(t, key)
	cs.advance(t, key, id, "in_review").wantStatus(t, http.StatusOK)
	if _, err := cs.Verifications.RequestInformation(testkit.Staff(viewer.StaffAnalyst), id, []*verification.RFIItemInput{
		{Kind: rfiitem.KindDOCUMENT, DocumentKind: rfiitem.DocumentKindTRADE_LICENSE, Message: "Upload the trade licence."},
		{Kind: rfiitem.KindQUESTION, Message: "Who owns the supplier?"},
	}); err != nil {
		t.Fatal(err)
	}
	obj := cs.api.do(t, v1Request{Path: "/v1/verifications/" + id, Key: key}).wantOK(t, http.StatusOK)
	rfi := contractWantObjectKeys(t, "rfi", obj["rfi"], "open", "items")
	var items []map[string]any
	for _, it := range rfi["items"].([]any) {
		items = append(items, it.(map[string]any))
	}
	return id, items
}

func documentBody(kind, item string) map[string]any {
	b := map[string]any{"kind": kind, "filename": "licence.pdf", "storage_path": "tenants/acme/licence.pdf", "sha256": strings.Repeat("a", 64)}
	if item != "" {
		b["rfi_item_id"] = item
	}
	return b
}

func TestRFIOverREST(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		key := cs.mustTestKey(t).Secret
		other := cs.SignUp(t, "owner@globex.example", "Globex")
		otherKey := cs.mustKey(t, other.AccessToken, nil).Secret

		t.Run("ACaseWithoutARequestHasNoRFIObject", func(t *testing.T) {
			obj := cs.api.do(t, v1Request{Path: "/v1/verifications/" + cs.manualCase(t, key), Key: key}).wantOK(t, http.StatusOK)
			if _, ok := obj["rfi"]; ok {
				t.Fatalf("rfi = %v, want no rfi key", obj["rfi"])
			}
		})
		id, items := cs.askFor(t, key)
		doc, question := items[0]["id"].(string), items[1]["id"].(string)
		t.Run("TheRFIObjectListsEveryItemOldestFirst", func(t *testing.T) {
			obj := cs.api.do(t, v1Request{Path: "/v1/verifications/" + id, Key: key}).wantOK(t, http.StatusOK)
			if obj["status"] != "rfi_requested" {
				t.Fatalf("status %v", obj["status"])
			}
			rfi := obj["rfi"].(map[string]any)
			if rfi["open"] != float64(2) || len(items) != 2 {
				t.Fatalf("rfi %v", rfi)
			}
			d := contractWantObjectKeys(t, "items[0]", items[0], rfiItemKeys...)
			q := contractWantObjectKeys(t, "items[1]", items[1], rfiItemKeys...)
			if d["kind"] != "document" || d["document_kind"] != "trade_license" || d["status"] != "open" || d["answered_at"] != nil ||
				d["message"] != "Upload the trade licence." || !strings.HasPrefix(doc, "rfi_") {
				t.Errorf("document item %v", d)
			}
			if q["kind"] != "question" || q["document_kind"] != nil || q["status"] != "open" || q["message"] != "Who owns the supplier?" {
				t.Errorf("question item %v", q)
			}
		})
		answer := func(t *testing.T, key, caseID, item string, body any) v1Response {
			t.Helper()
			return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + caseID + "/rfi/" + item + "/answer", Key: key, Body: body})
		}
		onlyDocuments := cs.mustRestrictedKey(t, "document:create").Secret
		noDocuments := cs.mustRestrictedKey(t, "verification:read", "verification:create", "report:read").Secret
		elsewhere := cs.manualCase(t, key)
		for _, c := range []struct {
			name   string
			send   func(t *testing.T) v1Response
			status int
			code   string
			names  string // the message must contain it
		}{
			{"ADocumentOfAnotherKindIs422NamingKind", func(t *testing.T) v1Response {
				return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + id + "/documents", Key: key, Body: documentBody("bank_statement", doc)})
			}, 422, "validation_error", "kind"},
			{"AQuestionAnsweredByADocumentIs409", func(t *testing.T) v1Response {
				return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + id + "/documents", Key: key, Body: documentBody("other", question)})
			}, 409, "conflict", "/answer"},
			{"AnUnknownItemForADocumentIs404", func(t *testing.T) v1Response {
				return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + id + "/documents", Key: key, Body: documentBody("trade_license", "rfi_01jd0000000000000000000000")})
			}, 404, "not_found", ""},
			{"AnItemOfAnotherCaseForADocumentIs404", func(t *testing.T) v1Response {
				return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + elsewhere + "/documents", Key: key, Body: documentBody("trade_license", doc)})
			}, 404, "not_found", ""},
			{"ADocumentItemAnsweredWithTextIs409", func(t *testing.T) v1Response {
				return answer(t, key, id, doc, map[string]any{"text": "Here."})
			}, 409, "conflict", "rfi_item_id"},
			{"AnEmptyAnswerIs422NamingText", func(t *testing.T) v1Response { return answer(t, key, id, question, map[string]any{"text": " "}) }, 422, "validation_error", "text"},
			{"AMissingAnswerIs422NamingText", func(t *testing.T) v1Response { return answer(t, key, id, question, map[string]any{}) }, 422, "validation_error", "text"},
			{"AnUnknownFieldIs422", func(t *testing.T) v1Response {
				return answer(t, key, id, question, map[string]any{"text": "x", "answer": "x"})
			}, 422, "validation_error", "answer"},
			{"ANumberForTextIs422", func(t *testing.T) v1Response { return answer(t, key, id, question, map[string]any{"text": 7}) }, 422, "validation_error", "text"},
			{"AnOverlongAnswerIs422", func(t *testing.T) v1Response {
				return answer(t, key, id, question, map[string]any{"text": strings.Repeat("x", 8001)})
			}, 422, "validation_error", "text"},
			{"AnswerWithoutTheDocumentScopeIs403", func(t *testing.T) v1Response {
				return answer(t, noDocuments, id, question, map[string]any{"text": "x"})
			}, 403, "invalid_scope", "document:create"},
			{"AnswerWithoutCredentialsIs401", func(t *testing.T) v1Response { return answer(t, "", id, question, map[string]any{"text": "x"}) }, 401, "unauthorized", ""},
			{"AnUnknownItemIs404", func(t *testing.T) v1Response {
				return answer(t, key, id, "rfi_01jd0000000000000000000000", map[string]any{"text": "x"})
			}, 404, "not_found", ""},
			{"AnItemOfAnotherCaseIs404", func(t *testing.T) v1Response { return answer(t, key, elsewhere, question, map[string]any{"text": "x"}) }, 404, "not_found", ""},
			{"AnotherTenantsItemIs404", func(t *testing.T) v1Response { return answer(t, otherKey, id, question, map[string]any{"text": "x"}) }, 404, "not_found", ""},
			{"AnotherTenantsCaseIs404", func(t *testing.T) v1Response {
				return cs.api.do(t, v1Request{Path: "/v1/verifications/" + id, Key: otherKey})
			}, 404, "not_found", ""},
			{"AnotherTenantsDocumentIs404", func(t *testing.T) v1Response {
				return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + id + "/documents", Key: otherKey, Body: documentBody("trade_license", doc)})
			}, 404, "not_found", ""},
		} {
			t.Run(c.name, func(t *testing.T) {
				env := c.send(t).wantError(t, c.status, c.code)
				if !strings.Contains(env.Message, c.names) {
					t.Errorf("message %q does not name %q", env.Message, c.names)
				}
			})
		}
		t.Run("RefusalsLeftTheItemsOpen", func(t *testing.T) {
			obj := cs.api.do(t, v1Request{Path: "/v1/verifications/" + id, Key: key}).wantOK(t, http.StatusOK)
			if rfi := obj["rfi"].(map[string]any); rfi["open"] != float64(2) || obj["status"] != "rfi_requested" {
				t.Fatalf("status %v, rfi %v", obj["status"], rfi)
			}
		})
		t.Run("TheDocumentAnswersItsItem", func(t *testing.T) {
			obj := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + id + "/documents", Key: key, Body: documentBody("TRADE_LICENSE", doc)}).
				wantOK(t, http.StatusCreated)
			contractWantKeys(t, "document", keysOf(obj), "id", "kind", "status", "rfi_item_id")
			if obj["rfi_item_id"] != doc || obj["kind"] != "trade_license" || obj["status"] != "received" {
				t.Fatalf("document %v", obj)
			}
			got := cs.api.do(t, v1Request{Path: "/v1/verifications/" + id, Key: key}).wantOK(t, http.StatusOK)
			rfi := got["rfi"].(map[string]any)
			d := contractWantObjectKeys(t, "items[0]", rfi["items"].([]any)[0], append(rfiItemKeys, "document_id")...)
			if rfi["open"] != float64(1) || d["status"] != "answered" || d["document_id"] != obj["id"] || d["answered_at"] == nil || got["status"] != "rfi_requested" {
				t.Fatalf("status %v, rfi %v", got["status"], rfi)
			}
		})
		t.Run("TheLastAnswerIs200AndResolvesTheRequest", func(t *testing.T) {
			obj := answer(t, onlyDocuments, id, question, map[string]any{"text": "Jane Doe."}).wantOK(t, http.StatusOK)
			contractWantKeys(t, "answer", keysOf(obj), append(rfiItemKeys, "answer")...)
			if obj["id"] != question || obj["status"] != "answered" || obj["answer"] != "Jane Doe." || obj["answered_at"] == nil {
				t.Fatalf("answer %v", obj)
			}
			got := cs.api.do(t, v1Request{Path: "/v1/verifications/" + id, Key: key}).wantOK(t, http.StatusOK)
			if got["status"] != "rfi_resolved" || got["rfi"].(map[string]any)["open"] != float64(0) {
				t.Fatalf("status %v, rfi %v", got["status"], got["rfi"])
			}
		})
		t.Run("AnsweringWhenNotWaitingIs409", func(t *testing.T) {
			answer(t, key, id, question, map[string]any{"text": "Again."}).wantError(t, http.StatusConflict, "conflict")
			cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + id + "/documents", Key: key, Body: documentBody("trade_license", doc)}).
				wantError(t, http.StatusConflict, "conflict")
			// A case waiting for nothing, asked by the helper and answered.
			c := cs.manualCase(t, key)
			obj := cs.advance(t, key, c, "rfi_requested").wantOK(t, http.StatusOK)
			item := obj["rfi"].(map[string]any)["items"].([]any)[0].(map[string]any)["id"].(string)
			cs.advance(t, key, c, "in_review").wantStatus(t, http.StatusOK)
			env := answer(t, key, c, item, map[string]any{"text": "Late."}).wantError(t, http.StatusConflict, "conflict")
			if !strings.Contains(env.Message, "answered") && !strings.Contains(env.Message, "not waiting") {
				t.Errorf("message %q", env.Message)
			}
		})
	})
}

func TestTestHelper(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		key := cs.mustTestKey(t).Secret
		live := cs.mustLiveKey(t, cs.Owner).Secret
		other := cs.SignUp(t, "owner@globex.example", "Globex")
		otherKey := cs.mustKey(t, other.AccessToken, nil).Secret

		for _, c := range []struct {
			to, status, lifecycle string
		}{
			{"submitted", "submitted", ""}, {"in_review", "in_review", ""}, {"rfi_requested", "rfi_requested", ""},
			{"rfi_resolved", "rfi_resolved", ""}, {"approved", "approved", "approved"}, {"declined", "declined", ""},
			{"signed", "approved", "signed"}, {"published", "approved", "published"}, {"expiring", "approved", "published"},
			{"disputed", "approved", "published"}, {"revoked", "approved", "revoked"}, {"expired", "approved", "expired"},
		} {
			t.Run("To_"+c.to+"Is200", func(t *testing.T) {
				id := cs.manualCase(t, key)
				obj := cs.advance(t, key, id, c.to).wantOK(t, http.StatusOK)
				if obj["id"] != id || obj["status"] != c.status {
					t.Fatalf("status %v, want %s", obj["status"], c.status)
				}
				rep, _ := obj["report"].(map[string]any)
				switch {
				case c.lifecycle == "" && rep != nil:
					t.Fatalf("report %v, want none", rep)
				case c.lifecycle != "" && (rep == nil || rep["lifecycle_status"] != c.lifecycle):
					t.Fatalf("report %v, want lifecycle_status %s", rep, c.lifecycle)
				}
				if c.lifecycle != "" && c.lifecycle != "approved" && (rep["digest"] == nil || rep["key_id"] == nil || rep["signature"] == nil) {
					t.Fatalf("a signed report without its signature: %v", rep)
				}
				// The state the helper reached is the one the domain says.
				if st, err := cs.Verifications.State(testkit.System(), cs.DB.Client.VerificationCase.GetX(testkit.System(), id)); err != nil || string(st) != c.to {
					t.Fatalf("the case is %s (%v), want %s", st, err, c.to)
				}
			})
		}
		id := cs.manualCase(t, key)
		declined := cs.manualCase(t, key)
		cs.advance(t, key, declined, "declined").wantStatus(t, http.StatusOK)
		liveCase := cs.manualCase(t, live)
		noCreate := cs.mustRestrictedKey(t, "verification:read").Secret
		for _, c := range []struct {
			name         string
			key, id      string
			to           any
			status       int
			code, naming string
		}{
			{"ALiveKeyIs403", live, liveCase, "in_review", 403, "forbidden", "test keys"},
			{"ALiveKeyOnASandboxCaseIs403", live, id, "in_review", 403, "forbidden", "test keys"},
			{"AnUnreachableStateIs409NamingBoth", key, declined, "approved", 409, "conflict", "declined"},
			{"AnUnknownStateIs422NamingTo", key, id, "sideways", 422, "validation_error", "to"},
			{"AnEmptyStateIs422NamingTo", key, id, "", 422, "validation_error", "to"},
			{"ANumberIs422NamingTo", key, id, 3, 422, "validation_error", "to"},
			{"AnotherTenantsCaseIs404", otherKey, id, "in_review", 404, "not_found", ""},
			{"ALiveCaseWithATestKeyIs404", key, liveCase, "in_review", 404, "not_found", ""},
			{"AnUnknownCaseIs404", key, "KBS-VR-AAAAAAAAAA", "in_review", 404, "not_found", ""},
			{"WithoutTheCreateScopeIs403", noCreate, id, "in_review", 403, "invalid_scope", "verification:create"},
			{"WithoutCredentialsIs401", "", id, "in_review", 401, "unauthorized", ""},
		} {
			t.Run(c.name, func(t *testing.T) {
				env := cs.advance(t, c.key, c.id, c.to).wantError(t, c.status, c.code)
				if !strings.Contains(env.Message, c.naming) {
					t.Errorf("message %q does not name %q", env.Message, c.naming)
				}
			})
		}
		t.Run("RefusalsMovedNothing", func(t *testing.T) {
			for _, c := range []struct{ key, id, status string }{{key, id, "submitted"}, {key, declined, "declined"}, {live, liveCase, "submitted"}} {
				if got := cs.api.do(t, v1Request{Path: "/v1/verifications/" + c.id, Key: c.key}).wantOK(t, 200); got["status"] != c.status {
					t.Errorf("%s is %v, want %s", c.id, got["status"], c.status)
				}
			}
		})
		t.Run("APortalSessionWorksTheSandbox", func(t *testing.T) {
			obj := cs.advance(t, cs.Owner.AccessToken, id, "published").wantOK(t, http.StatusOK)
			if rep := obj["report"].(map[string]any); rep["lifecycle_status"] != "published" {
				t.Fatalf("report %v", rep)
			}
		})
	})
}
