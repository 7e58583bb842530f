package rest_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
)

var verificationIDPattern = regexp.MustCompile(`^KBS-VR-[A-Z2-7]{10}$`)

// validCaseBody is a complete, valid POST /v1/verifications body; overrides
// replace fields, and a nil override removes one.
func validCaseBody(overrides map[string]any) map[string]any {
	b := map[string]any{
		"supplier_name":    "Acme Trading Co.",
		"country_code":     "IN",
		"tier":             "tier2",
		"package":          "standard",
		"contact_email":    "ops@acme.example",
		"client_reference": "PO-2026-0042",
	}
	for k, v := range overrides {
		if v == nil {
			delete(b, k)
		} else {
			b[k] = v
		}
	}
	return b
}

func TestCreateVerification(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		key := cs.mustTestKey(t).Secret
		count := func(t *testing.T) int {
			t.Helper()
			return len(cs.api.listCases(t, key, "/v1/verifications?limit=200").Data)
		}

		happy := []struct {
			name        string
			body        any
			contentType string
			wantName    string
			wantCountry string
			wantTier    string
		}{
			{name: "FullBodyIs201", body: validCaseBody(nil),
				wantName: "Acme Trading Co.", wantCountry: "IN", wantTier: "tier2"},
			{name: "WithoutClientReferenceIs201", body: validCaseBody(map[string]any{"client_reference": nil}),
				wantName: "Acme Trading Co.", wantCountry: "IN", wantTier: "tier2"},
			{name: "NullClientReferenceIs201", body: `{"supplier_name":"Null Ref Ltd","country_code":"GB","tier":"tier1","package":"basic","contact_email":"a@b.co","client_reference":null}`,
				wantName: "Null Ref Ltd", wantCountry: "GB", wantTier: "tier1"},
			{name: "LowerCaseCountryAndUpperCaseTierAreNormalisedIs201",
				body:     validCaseBody(map[string]any{"country_code": " gb ", "tier": "TIER3", "package": "ENHANCED", "supplier_name": "  Padded Ltd  "}),
				wantName: "Padded Ltd", wantCountry: "GB", wantTier: "tier3"},
			{name: "SupplierNameOf200CharactersIs201", body: validCaseBody(map[string]any{"supplier_name": strings.Repeat("ü", 200)}),
				wantName: strings.Repeat("ü", 200), wantCountry: "IN", wantTier: "tier2"},
			{name: "ClientReferenceOf100CharactersIs201", body: validCaseBody(map[string]any{"client_reference": strings.Repeat("r", 100)}),
				wantName: "Acme Trading Co.", wantCountry: "IN", wantTier: "tier2"},
			{name: "ClientReferenceOf100NonASCIICharactersIs201", body: validCaseBody(map[string]any{"client_reference": strings.Repeat("é", 100)}),
				wantName: "Acme Trading Co.", wantCountry: "IN", wantTier: "tier2"},
			{name: "SupplierNameOf200ASCIICharactersIs201", body: validCaseBody(map[string]any{"supplier_name": strings.Repeat("a", 200)}),
				wantName: strings.Repeat("a", 200), wantCountry: "IN", wantTier: "tier2"},
			{name: "CharsetInContentTypeIs201", body: validCaseBody(nil), contentType: "application/json; charset=utf-8",
				wantName: "Acme Trading Co.", wantCountry: "IN", wantTier: "tier2"},
			{name: "NoContentTypeIs201", body: validCaseBody(nil), contentType: "-",
				wantName: "Acme Trading Co.", wantCountry: "IN", wantTier: "tier2"},
		}
		for _, tc := range happy {
			t.Run(tc.name, func(t *testing.T) {
				before := time.Now().Add(-time.Second)
				res := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications", Key: key, Body: tc.body, ContentType: tc.contentType})
				obj := res.wantOK(t, http.StatusCreated)
				contractWantKeys(t, "201 body", keysOf(obj), "id", "verification_id", "status", "supplier", "created_at")
				id, _ := obj["id"].(string)
				if !strings.HasPrefix(id, "vrc_") {
					t.Errorf("id = %q, want a vrc_ id", id)
				}
				vid, _ := obj["verification_id"].(string)
				if !verificationIDPattern.MatchString(vid) {
					t.Errorf("verification_id = %q, want %s", vid, verificationIDPattern)
				}
				if obj["status"] != "submitted" {
					t.Errorf("status = %v, want submitted", obj["status"])
				}
				sup := contractWantObjectKeys(t, "supplier", obj["supplier"], "name", "country_code", "tier")
				if sup["name"] != tc.wantName || sup["country_code"] != tc.wantCountry || sup["tier"] != tc.wantTier {
					t.Errorf("supplier = %v, want name %q, country_code %q, tier %q", sup, tc.wantName, tc.wantCountry, tc.wantTier)
				}
				created, err := time.Parse(time.RFC3339, fmt.Sprint(obj["created_at"]))
				if err != nil || created.Before(before) || created.After(time.Now().Add(time.Second)) {
					t.Errorf("created_at = %v, want an RFC 3339 time of now (%v)", obj["created_at"], err)
				}
				// The new case is readable by both of its ids.
				for _, ref := range []string{id, vid} {
					got := cs.api.do(t, v1Request{Path: "/v1/verifications/" + ref, Key: key}).wantOK(t, 200)
					if got["id"] != id || got["status"] != "submitted" {
						t.Errorf("GET %s = %v, want the new case", ref, got)
					}
				}
			})
		}

		failures := []struct {
			name        string
			body        any
			contentType string
			field       string // a string the message must contain
			status      int    // 0: 422
			code        string
		}{
			{name: "EmptySupplierNameIs422", body: validCaseBody(map[string]any{"supplier_name": ""}), field: "supplier_name"},
			{name: "BlankSupplierNameIs422", body: validCaseBody(map[string]any{"supplier_name": "   "}), field: "supplier_name"},
			{name: "MissingSupplierNameIs422", body: validCaseBody(map[string]any{"supplier_name": nil}), field: "supplier_name"},
			{name: "SupplierNameOf201CharactersIs422", body: validCaseBody(map[string]any{"supplier_name": strings.Repeat("a", 201)}), field: "supplier_name"},
			{name: "CountryCodeXXIs422", body: validCaseBody(map[string]any{"country_code": "XX"}), field: "country_code"},
			{name: "CountryNameInsteadOfCodeIs422", body: validCaseBody(map[string]any{"country_code": "India"}), field: "country_code"},
			{name: "MissingCountryCodeIs422", body: validCaseBody(map[string]any{"country_code": nil}), field: "country_code"},
			{name: "AlphaThreeCountryCodeIs422", body: validCaseBody(map[string]any{"country_code": "IND"}), field: "country_code"},
			{name: "UnknownTierIs422", body: validCaseBody(map[string]any{"tier": "tier9"}), field: "tier"},
			{name: "MissingTierIs422", body: validCaseBody(map[string]any{"tier": nil}), field: "tier"},
			{name: "UnknownPackageIs422", body: validCaseBody(map[string]any{"package": "gold"}), field: "package"},
			{name: "MissingPackageIs422", body: validCaseBody(map[string]any{"package": nil}), field: "package"},
			{name: "InvalidContactEmailIs422", body: validCaseBody(map[string]any{"contact_email": "nope"}), field: "contact_email"},
			{name: "MissingContactEmailIs422", body: validCaseBody(map[string]any{"contact_email": nil}), field: "contact_email"},
			{name: "ContactEmailOver254CharactersIs422", body: validCaseBody(map[string]any{"contact_email": strings.Repeat("a", 250) + "@b.co"}), field: "contact_email"},
			{name: "ClientReferenceOf101CharactersIs422", body: validCaseBody(map[string]any{"client_reference": strings.Repeat("r", 101)}), field: "client_reference"},
			{name: "UnknownFieldIs422", body: validCaseBody(map[string]any{"foo": "bar"}), field: "foo"},
			{name: "NumberForSupplierNameIs422", body: validCaseBody(map[string]any{"supplier_name": 42}), field: "supplier_name"},
			{name: "NumberForCountryCodeIs422", body: validCaseBody(map[string]any{"country_code": 91}), field: "country_code"},
			{name: "ObjectForClientReferenceIs422", body: validCaseBody(map[string]any{"client_reference": map[string]any{"po": 1}}), field: "client_reference"},
			{name: "MalformedJSONIs422", body: `{"supplier_name": "Acme",`, field: "JSON"},
			{name: "TrailingGarbageIs422", body: `{"supplier_name":"Acme","country_code":"IN","tier":"tier1","package":"basic","contact_email":"a@b.co"} x`, field: "body"},
			{name: "TwoObjectsIs422", body: `{}{}`, field: "body"},
			{name: "EmptyBodyIs422", body: "", field: "body"},
			{name: "JSONArrayBodyIs422", body: `[{"supplier_name":"Acme"}]`, field: "object"},
			{name: "JSONStringBodyIs422", body: `"Acme"`, field: "object"},
			{name: "ANULInTheSupplierNameIs422", body: validCaseBody(map[string]any{"supplier_name": "Acme\x00Ltd"}), field: "supplier_name contains a control character"},
			{name: "AnEscapeSequenceInTheReferenceIs422", body: validCaseBody(map[string]any{"client_reference": "\x1b[2J"}), field: "client_reference contains a control character"},
			{name: "ADuplicateKeyIs422", body: `{"supplier_name":"Acme","country_code":"IN","tier":"tier1","package":"basic","contact_email":"a@b.co","tier":"tier2"}`, field: "tier appears twice"},
			{name: "TextPlainContentTypeIs415", body: validCaseBody(nil), contentType: "text/plain", field: "Content-Type", status: http.StatusUnsupportedMediaType, code: "unsupported_media_type"},
			{name: "FormContentTypeIs415", body: "supplier_name=Acme", contentType: "application/x-www-form-urlencoded", field: "Content-Type", status: http.StatusUnsupportedMediaType, code: "unsupported_media_type"},
			{name: "UnparsableContentTypeIs415", body: validCaseBody(nil), contentType: "application/json; ===", field: "Content-Type", status: http.StatusUnsupportedMediaType, code: "unsupported_media_type"},
		}
		before := count(t)
		for _, tc := range failures {
			t.Run(tc.name, func(t *testing.T) {
				res := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications", Key: key, Body: tc.body, ContentType: tc.contentType})
				status, code := http.StatusUnprocessableEntity, "validation_error"
				if tc.status != 0 {
					status, code = tc.status, tc.code
				}
				env := res.wantError(t, status, code)
				if !strings.Contains(env.Message, tc.field) {
					t.Errorf("message %q does not name %q", env.Message, tc.field)
				}
				res.wantRateLimitHeaders(t, true)
			})
		}
		t.Run("OneMebibytePlusBodyIs413", func(t *testing.T) {
			body := validCaseBody(map[string]any{"client_reference": strings.Repeat("x", 1<<20)})
			cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications", Key: key, Body: body}).
				wantError(t, http.StatusRequestEntityTooLarge, "payload_too_large")
		})
		t.Run("ChunkedOneMebibytePlusBodyIs413", func(t *testing.T) {
			raw, _ := json.Marshal(validCaseBody(map[string]any{"supplier_name": strings.Repeat("x", 1<<20)}))
			cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications", Key: key, Body: struct{ *strings.Reader }{strings.NewReader(string(raw))}}).
				wantError(t, http.StatusRequestEntityTooLarge, "payload_too_large")
		})
		t.Run("RejectedBodiesCreateNothing", func(t *testing.T) {
			if after := count(t); after != before {
				t.Errorf("the listing has %d cases after the rejected requests, %d before", after, before)
			}
		})
	})
}

// TestCreateVerificationControlCharacters: a NUL byte in a text field is a
// client error on every database, never a 500.
func TestCreateVerificationControlCharacters(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		key := cs.mustTestKey(t).Secret
		for _, field := range []string{"supplier_name", "client_reference"} {
			t.Run("NULIn_"+field+"IsNot5xx", func(t *testing.T) {
				res := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications", Key: key,
					Body: validCaseBody(map[string]any{field: "Acme\x00 Ltd"})})
				if res.Status >= 500 {
					t.Errorf("NUL byte in %s: %s, want a 4xx (or the byte refused/stripped)", field, res)
				}
			})
		}
		t.Run("NULInContactEmailIsNot5xx", func(t *testing.T) {
			res := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications", Key: key,
				Body: validCaseBody(map[string]any{"contact_email": "ops\x00@acme.example"})})
			if res.Status >= 500 {
				t.Errorf("NUL byte in contact_email: %s, want a 4xx", res)
			}
		})
	})
}

// allStatuses are the case statuses of the contract.
var allStatuses = []string{"submitted", "in_review", "rfi_requested", "rfi_resolved", "approved", "declined"}

func TestListVerifications(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		key := cs.mustTestKey(t).Secret

		t.Run("DemoDataOnMinuteOne", func(t *testing.T) {
			res := cs.api.do(t, v1Request{Path: "/v1/verifications", Key: key})
			obj := res.wantOK(t, 200)
			contractWantKeys(t, "list body", keysOf(obj), "data", "next_cursor")
			if obj["next_cursor"] != nil {
				t.Errorf("next_cursor = %v, want null", obj["next_cursor"])
			}
			data, _ := obj["data"].([]any)
			if len(data) != 7 {
				t.Fatalf("%d demo cases, want 7", len(data))
			}
			seen := map[string]int{}
			for i, item := range data {
				c := contractWantObjectKeys(t, fmt.Sprintf("data[%d]", i), item, "id", "verification_id", "status", "supplier")
				contractWantObjectKeys(t, fmt.Sprintf("data[%d].supplier", i), c["supplier"], "name", "country_code", "tier")
				if vid, _ := c["verification_id"].(string); !verificationIDPattern.MatchString(vid) {
					t.Errorf("data[%d].verification_id = %q", i, vid)
				}
				seen[fmt.Sprint(c["status"])]++
			}
			for _, st := range allStatuses {
				if seen[st] == 0 {
					t.Errorf("no demo case in status %s (have %v)", st, seen)
				}
			}
		})

		wantCounts := map[string]int{"submitted": 1, "in_review": 1, "rfi_requested": 1, "rfi_resolved": 1, "approved": 2, "declined": 1}
		for _, st := range allStatuses {
			t.Run("StatusFilter_"+st, func(t *testing.T) {
				page := cs.api.listCases(t, key, "/v1/verifications?status="+st)
				if len(page.Data) != wantCounts[st] {
					t.Errorf("%d cases, want %d", len(page.Data), wantCounts[st])
				}
				for _, c := range page.Data {
					if c.Status != st {
						t.Errorf("case %s has status %s in a ?status=%s listing", c.ID, c.Status, st)
					}
				}
			})
		}

		// 44 more cases make 51: one more than the default page.
		sys := testkit.System()
		bulk := make([]*ent.VerificationCaseCreate, 44)
		for i := range bulk {
			bulk[i] = cs.DB.Client.VerificationCase.Create().SetTenantID(cs.Owner.TenantID).SetEnvironment(environment.Test).
				SetVerificationID(verification.NewVerificationID()).SetSupplierName(fmt.Sprintf("Bulk %02d", i)).
				SetCountryCode("GB").SetTier(verificationcase.TierTIER1).SetPackage(verificationcase.PackageBASIC).
				SetContactEmail("bulk@example.com").SetCreatedVia(verificationcase.CreatedViaAPI)
		}
		if err := cs.DB.Client.VerificationCase.CreateBulk(bulk...).Exec(sys); err != nil {
			t.Fatal(err)
		}
		const total = 51
		var all []v1Case

		t.Run("DefaultLimitIs50", func(t *testing.T) {
			page := cs.api.listCases(t, key, "/v1/verifications")
			if len(page.Data) != 50 || page.NextCursor == nil {
				t.Errorf("%d cases and next_cursor %v, want 50 and a cursor", len(page.Data), page.NextCursor)
			}
		})
		t.Run("Limit200ReturnsAll", func(t *testing.T) {
			page := cs.api.listCases(t, key, "/v1/verifications?limit=200")
			if len(page.Data) != total || page.NextCursor != nil {
				t.Errorf("%d cases and next_cursor %v, want %d and null", len(page.Data), page.NextCursor, total)
			}
			all = page.Data
		})
		t.Run("PagingWalksEveryCaseOnce", func(t *testing.T) {
			var walked []v1Case
			path := "/v1/verifications?limit=2"
			for pages := 0; ; pages++ {
				if pages > total {
					t.Fatal("paging does not end")
				}
				page := cs.api.listCases(t, key, path)
				if len(page.Data) > 2 || len(page.Data) == 0 {
					t.Fatalf("page %d has %d cases, want 1 or 2", pages, len(page.Data))
				}
				walked = append(walked, page.Data...)
				if page.NextCursor == nil {
					if pages != (total+1)/2-1 {
						t.Errorf("%d pages, want %d", pages+1, (total+1)/2)
					}
					break
				}
				path = "/v1/verifications?limit=2&cursor=" + *page.NextCursor
			}
			ids := map[string]bool{}
			for _, c := range walked {
				if ids[c.ID] {
					t.Errorf("case %s listed twice", c.ID)
				}
				ids[c.ID] = true
			}
			if len(walked) != total {
				t.Errorf("walked %d cases, want %d", len(walked), total)
			}
			if all != nil && !slices.EqualFunc(walked, all, func(a, b v1Case) bool { return a.ID == b.ID }) {
				t.Errorf("paged order differs from the single-page order")
			}
		})
		t.Run("PagingWithStatusFilter", func(t *testing.T) {
			first := cs.api.listCases(t, key, "/v1/verifications?status=approved&limit=1")
			if len(first.Data) != 1 || first.NextCursor == nil {
				t.Fatalf("first page %d cases, cursor %v", len(first.Data), first.NextCursor)
			}
			second := cs.api.listCases(t, key, "/v1/verifications?status=approved&limit=1&cursor="+*first.NextCursor)
			if len(second.Data) != 1 || second.NextCursor != nil || second.Data[0].ID == first.Data[0].ID || second.Data[0].Status != "approved" {
				t.Errorf("second page %+v, want the other approved case and no cursor", second)
			}
		})
		t.Run("CursorMayChangeLimit", func(t *testing.T) {
			first := cs.api.listCases(t, key, "/v1/verifications?limit=1")
			rest := cs.api.listCases(t, key, "/v1/verifications?limit=200&cursor="+*first.NextCursor)
			if len(rest.Data) != total-1 {
				t.Errorf("%d cases after the first, want %d", len(rest.Data), total-1)
			}
		})

		// Cursors from elsewhere.
		firstPage := cs.api.listCases(t, key, "/v1/verifications?limit=2")
		cursor := *firstPage.NextCursor
		approvedCursor := *cs.api.listCases(t, key, "/v1/verifications?status=approved&limit=1").NextCursor
		other := cs.SignUp(t, "owner@other.example", "Other")
		otherKey := cs.mustKey(t, other.AccessToken, nil).Secret
		otherCursor := *cs.api.listCases(t, otherKey, "/v1/verifications?limit=2").NextCursor
		liveKey := cs.mustLiveKey(t, cs.Owner).Secret

		failures := []struct {
			name  string
			key   string
			query string
			field string
		}{
			{"UnknownStatusIs422", key, "status=bogus", "status"},
			{"StatusWithSQLIs422", key, "status=approved'%20OR%201=1--", "status"},
			{"Limit201Is422", key, "limit=201", "limit"},
			{"Limit0Is422", key, "limit=0", "limit"},
			{"NegativeLimitIs422", key, "limit=-1", "limit"},
			{"LimitAbcIs422", key, "limit=abc", "limit"},
			{"FractionalLimitIs422", key, "limit=1.5", "limit"},
			{"HugeLimitIs422", key, "limit=99999999999999999999", "limit"},
			{"OtherTenantsCursorIs422", key, "limit=2&cursor=" + otherCursor, "cursor"},
			{"MyCursorForOtherTenantIs422", otherKey, "limit=2&cursor=" + cursor, "cursor"},
			{"TamperedCursorIs422", key, "limit=2&cursor=" + tamper(cursor), "cursor"},
			{"TruncatedCursorIs422", key, "limit=2&cursor=" + cursor[:len(cursor)-3], "cursor"},
			{"GarbageCursorIs422", key, "limit=2&cursor=not-a-cursor", "cursor"},
			{"NonBase64CursorIs422", key, "limit=2&cursor=%21%21%21", "cursor"},
			{"OverlongCursorIs422", key, "limit=2&cursor=" + strings.Repeat("A", 2048), "cursor"},
			{"CursorWithDifferentStatusIs422", key, "status=declined&limit=2&cursor=" + approvedCursor, "cursor"},
			{"StatusCursorWithoutStatusIs422", key, "limit=2&cursor=" + approvedCursor, "cursor"},
			{"UnfilteredCursorWithStatusIs422", key, "status=approved&limit=2&cursor=" + cursor, "cursor"},
			{"TestCursorOnLiveKeyIs422", liveKey, "limit=2&cursor=" + cursor, "cursor"},
		}
		for _, tc := range failures {
			t.Run(tc.name, func(t *testing.T) {
				res := cs.api.do(t, v1Request{Path: "/v1/verifications?" + tc.query, Key: tc.key})
				env := res.wantError(t, http.StatusUnprocessableEntity, "validation_error")
				if !strings.Contains(env.Message, tc.field) {
					t.Errorf("message %q does not name %q", env.Message, tc.field)
				}
				if strings.Contains(string(res.Body), "Bulk") || strings.Contains(string(res.Body), "demo") {
					t.Errorf("an error response carries case data: %s", res)
				}
			})
		}
	})
}

// tamper flips one character in the middle of a cursor.
func tamper(cursor string) string {
	b := []byte(cursor)
	i := len(b) / 2
	if b[i] == 'A' {
		b[i] = 'B'
	} else {
		b[i] = 'A'
	}
	return string(b)
}

func TestGetVerification(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		key := cs.mustTestKey(t).Secret
		rhein := cs.api.demoCase(t, key, "Rhein Precision")
		acme := cs.api.demoCase(t, key, "Acme Trading")

		for _, ref := range []struct{ name, ref string }{{"ByIDIs200", rhein.ID}, {"ByVerificationIDIs200", rhein.VerificationID}} {
			t.Run("ApprovedCase"+ref.name, func(t *testing.T) {
				res := cs.api.do(t, v1Request{Path: "/v1/verifications/" + ref.ref, Key: key})
				obj := res.wantOK(t, 200)
				contractWantKeys(t, "body", keysOf(obj), "id", "verification_id", "status", "supplier", "report")
				if obj["id"] != rhein.ID || obj["verification_id"] != rhein.VerificationID || obj["status"] != "approved" {
					t.Errorf("got %v, want the approved Rhein case", obj)
				}
				sup := contractWantObjectKeys(t, "supplier", obj["supplier"], "name", "country_code", "trust_score", "risk_band")
				if sup["name"] != "Rhein Precision GmbH (demo)" || sup["country_code"] != "DE" || sup["trust_score"] != 86.0 || sup["risk_band"] != "low" {
					t.Errorf("supplier = %v", sup)
				}
				rep := contractWantObjectKeys(t, "report", obj["report"], "lifecycle_status", "signed_at", "valid_until", "verify_url",
					"digest", "signature", "key_id")
				if rep["lifecycle_status"] != "published" {
					t.Errorf("report.lifecycle_status = %v, want published", rep["lifecycle_status"])
				}
				for _, f := range []string{"signed_at", "valid_until"} {
					if _, err := time.Parse(time.RFC3339, fmt.Sprint(rep[f])); err != nil {
						t.Errorf("report.%s = %v, want RFC 3339", f, rep[f])
					}
				}
				if u := fmt.Sprint(rep["verify_url"]); !strings.HasSuffix(u, "/r/"+rhein.VerificationID) {
					t.Errorf("verify_url = %s, want …/r/%s", u, rhein.VerificationID)
				}
				for _, private := range []string{"contact_email", "client_reference", "ops+demo", "DEMO-0", "tenant", "environment"} {
					if strings.Contains(string(res.Body), private) {
						t.Errorf("public-safe body contains %q: %s", private, res.Body)
					}
				}
			})
		}
		t.Run("SubmittedCaseHasNoReportOrScore", func(t *testing.T) {
			obj := cs.api.do(t, v1Request{Path: "/v1/verifications/" + acme.VerificationID, Key: key}).wantOK(t, 200)
			contractWantKeys(t, "body", keysOf(obj), "id", "verification_id", "status", "supplier")
			contractWantObjectKeys(t, "supplier", obj["supplier"], "name", "country_code")
		})

		other := cs.SignUp(t, "owner@other.example", "Other")
		otherKey := cs.mustKey(t, other.AccessToken, nil).Secret
		otherCase := cs.api.demoCase(t, otherKey, "Rhein Precision")
		liveKey := cs.mustLiveKey(t, cs.Owner).Secret
		randomEnv := cs.api.do(t, v1Request{Path: "/v1/verifications/vrc_01ZZZZZZZZZZZZZZZZZZZZZZZZ", Key: key}).wantError(t, 404, "not_found")

		failures := []struct {
			name, key, ref string
		}{
			{"RandomIDIs404", key, "vrc_01ZZZZZZZZZZZZZZZZZZZZZZZZ"},
			{"RandomVerificationIDIs404", key, "KBS-VR-AAAAAAAAAA"},
			{"OtherTenantsCaseByIDIs404", key, otherCase.ID},
			{"OtherTenantsCaseByVerificationIDIs404", key, otherCase.VerificationID},
			{"MyCaseForOtherTenantIs404", otherKey, rhein.ID},
			{"TestCaseViaLiveKeyIs404", liveKey, rhein.ID},
			{"TestCaseViaLiveKeyByVerificationIDIs404", liveKey, rhein.VerificationID},
			{"LowerCaseVerificationIDIs404", key, strings.ToLower(rhein.VerificationID)},
			{"NULByteIDIs404", key, "vrc_%00"},
			{"InvalidUTF8IDIs404", key, "vrc_%FF%FE"},
		}
		for _, tc := range failures {
			t.Run(tc.name, func(t *testing.T) {
				res := cs.api.do(t, v1Request{Path: "/v1/verifications/" + tc.ref, Key: tc.key})
				env := res.wantError(t, 404, "not_found")
				if env.Message != randomEnv.Message {
					t.Errorf("message %q differs from a random id's %q: existence leaks", env.Message, randomEnv.Message)
				}
			})
		}

		t.Run("LiveKeyListsNoTestCases", func(t *testing.T) {
			page := cs.api.listCases(t, liveKey, "/v1/verifications?limit=200")
			if len(page.Data) != 0 {
				t.Errorf("a LIVE key lists %d cases, want 0 (the tenant's cases are all TEST)", len(page.Data))
			}
		})
		t.Run("LiveCaseIsInvisibleToTestKey", func(t *testing.T) {
			obj := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications", Key: liveKey, Body: validCaseBody(nil)}).wantOK(t, 201)
			liveID := fmt.Sprint(obj["id"])
			cs.api.do(t, v1Request{Path: "/v1/verifications/" + liveID, Key: liveKey}).wantOK(t, 200)
			cs.api.do(t, v1Request{Path: "/v1/verifications/" + liveID, Key: key}).wantError(t, 404, "not_found")
			if page := cs.api.listCases(t, liveKey, "/v1/verifications"); len(page.Data) != 1 || page.Data[0].ID != liveID {
				t.Errorf("LIVE listing = %+v, want only the LIVE case", page.Data)
			}
			for _, c := range cs.api.listCases(t, key, "/v1/verifications?limit=200").Data {
				if c.ID == liveID {
					t.Errorf("the TEST key lists the LIVE case")
				}
			}
		})
	})
}

// validDocBody is a valid document reference; overrides as validCaseBody.
func validDocBody(overrides map[string]any) map[string]any {
	b := map[string]any{
		"kind":         "trade_license",
		"filename":     "license.pdf",
		"storage_path": "tenants/acme/license.pdf",
		"sha256":       strings.Repeat("9a", 32),
	}
	for k, v := range overrides {
		if v == nil {
			delete(b, k)
		} else {
			b[k] = v
		}
	}
	return b
}

func TestCreateDocument(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		// Uploads have a budget of 10 a minute per key, failed ones included,
		// so every scenario gets a key of its own.
		probe := cs.mustTestKey(t).Secret
		acme := cs.api.demoCase(t, probe, "Acme Trading")
		other := cs.SignUp(t, "owner@other.example", "Other")
		otherCase := cs.api.demoCase(t, cs.mustKey(t, other.AccessToken, nil).Secret, "Acme Trading")

		happy := []struct {
			name, ref string
			body      map[string]any
			wantKind  string
		}{
			{"TradeLicenseByIDIs201", acme.ID, validDocBody(nil), "trade_license"},
			{"ByVerificationIDIs201", acme.VerificationID, validDocBody(nil), "trade_license"},
			{"OtherKindIs201", acme.ID, validDocBody(map[string]any{"kind": "other"}), "other"},
			{"UpperCaseKindAndHashIs201", acme.ID, validDocBody(map[string]any{"kind": "BANK_STATEMENT", "sha256": strings.Repeat("AB", 32)}), "bank_statement"},
			{"FilenameOf255NonASCIICharactersIs201", acme.ID, validDocBody(map[string]any{"filename": strings.Repeat("é", 251) + ".pdf"}), "trade_license"},
			{"StoragePathOf1024NonASCIICharactersIs201", acme.ID, validDocBody(map[string]any{"storage_path": "t/" + strings.Repeat("é", 1022)}), "trade_license"},
		}
		for _, tc := range happy {
			t.Run(tc.name, func(t *testing.T) {
				key := cs.mustTestKey(t).Secret
				obj := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + tc.ref + "/documents", Key: key, Body: tc.body}).
					wantOK(t, http.StatusCreated)
				contractWantKeys(t, "201 body", keysOf(obj), "id", "kind", "status")
				if id := fmt.Sprint(obj["id"]); !strings.HasPrefix(id, "doc_") {
					t.Errorf("id = %s, want doc_…", id)
				}
				if obj["kind"] != tc.wantKind || obj["status"] != "received" {
					t.Errorf("got %v, want kind %s and status received", obj, tc.wantKind)
				}
			})
		}

		liveKey := cs.mustLiveKey(t, cs.Owner).Secret
		failures := []struct {
			name, key, ref string
			body           any
			status         int
			code, field    string
		}{
			{"SelfieKindIs422", "", acme.ID, validDocBody(map[string]any{"kind": "selfie"}), 422, "validation_error", "kind"},
			{"MissingKindIs422", "", acme.ID, validDocBody(map[string]any{"kind": nil}), 422, "validation_error", "kind"},
			{"Sha256Of63CharactersIs422", "", acme.ID, validDocBody(map[string]any{"sha256": strings.Repeat("a", 63)}), 422, "validation_error", "sha256"},
			{"Sha256Of65CharactersIs422", "", acme.ID, validDocBody(map[string]any{"sha256": strings.Repeat("a", 65)}), 422, "validation_error", "sha256"},
			{"NonHexSha256Is422", "", acme.ID, validDocBody(map[string]any{"sha256": strings.Repeat("g", 64)}), 422, "validation_error", "sha256"},
			{"FilenameWithParentDirIs422", "", acme.ID, validDocBody(map[string]any{"filename": "../x"}), 422, "validation_error", "filename"},
			{"FilenameWithBackslashIs422", "", acme.ID, validDocBody(map[string]any{"filename": `..\x`}), 422, "validation_error", "filename"},
			{"EmptyFilenameIs422", "", acme.ID, validDocBody(map[string]any{"filename": ""}), 422, "validation_error", "filename"},
			{"StoragePathTraversalIs422", "", acme.ID, validDocBody(map[string]any{"storage_path": "tenants/../../etc/passwd"}), 422, "validation_error", "storage_path"},
			{"UnknownFieldIs422", "", acme.ID, validDocBody(map[string]any{"url": "https://x"}), 422, "validation_error", "url"},
			{"MalformedJSONIs422", "", acme.ID, `{"kind":`, 422, "validation_error", "JSON"},
			{"UnknownCaseIs404", "", "vrc_01ZZZZZZZZZZZZZZZZZZZZZZZZ", validDocBody(nil), 404, "not_found", ""},
			{"NULByteCaseIDIs404", "", "vrc_%00", validDocBody(nil), 404, "not_found", ""},
			{"FilenameOf256CharactersIs422", "", acme.ID, validDocBody(map[string]any{"filename": strings.Repeat("a", 252) + ".pdf"}), 422, "validation_error", "filename"},
			{"OtherTenantsCaseIs404", "", otherCase.ID, validDocBody(nil), 404, "not_found", ""},
			{"TestCaseViaLiveKeyIs404", liveKey, acme.ID, validDocBody(nil), 404, "not_found", ""},
		}
		for _, tc := range failures {
			t.Run(tc.name, func(t *testing.T) {
				key := tc.key
				if key == "" {
					key = cs.mustTestKey(t).Secret
				}
				res := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + tc.ref + "/documents", Key: key, Body: tc.body})
				env := res.wantError(t, tc.status, tc.code)
				if !strings.Contains(env.Message, tc.field) {
					t.Errorf("message %q does not name %q", env.Message, tc.field)
				}
			})
		}
	})
}
