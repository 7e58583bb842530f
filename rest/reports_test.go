package rest_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
)

// Seed 002's fields, plus the signature (digest, signature, key_id) the
// lifecycle adds to every report shape.
var reportListKeys = []string{"verification_id", "lifecycle_status", "signed_at", "valid_until", "verify_url", "pdf_url",
	"digest", "signature", "key_id"}

var reportKeys = []string{"verification_id", "supplier_name", "country", "trust_score", "risk_band", "report_status",
	"lifecycle_status", "signed_at", "valid_until", "verify_url", "pdf_url", "digest", "signature", "key_id"}

func TestReports(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		key := cs.mustTestKey(t).Secret
		reader := cs.mustRestrictedKey(t, "report:read").Secret
		rhein := cs.api.demoCase(t, key, "Rhein Precision")
		saigon := cs.api.demoCase(t, key, "Saigon Ceramics")
		acme := cs.api.demoCase(t, key, "Acme Trading")
		nordic := cs.api.demoCase(t, key, "Nordic Timber")

		// Reports in the other states, as an analyst's work would leave them.
		sys := testkit.System()
		addReport := func(t *testing.T, supplier string, st report.LifecycleStatus, validUntil time.Time, disputed bool) string {
			t.Helper()
			c := cs.DB.Client.VerificationCase.Create().SetTenantID(cs.Owner.TenantID).SetEnvironment(environment.Test).
				SetVerificationID(verification.NewVerificationID()).SetSupplierName(supplier).SetCountryCode("GB").
				SetTier(verificationcase.TierTIER1).SetPackage(verificationcase.PackageBASIC).SetContactEmail("x@example.com").
				SetStatus(verificationcase.StatusAPPROVED).SetCreatedVia(verificationcase.CreatedViaAPI).SaveX(sys)
			cs.DB.Client.Report.Create().SetTenantID(cs.Owner.TenantID).SetEnvironment(environment.Test).SetCaseID(c.ID).
				SetLifecycleStatus(st).SetSignedAt(time.Now().Add(-400 * 24 * time.Hour)).SetValidUntil(validUntil).
				SetVerifyURL("https://verify.example/r/" + c.VerificationID).SetPdfURL("https://verify.example/r/" + c.VerificationID + "/report.pdf").
				SetTrustScore(50).SetRiskBand(report.RiskBandMEDIUM).SetDisputed(disputed).ExecX(sys)
			return c.VerificationID
		}
		revoked := addReport(t, "Revoked Ltd", report.LifecycleStatusREVOKED, time.Now().Add(100*24*time.Hour), false)
		expired := addReport(t, "Expired Ltd", report.LifecycleStatusPUBLISHED, time.Now().Add(-24*time.Hour), false)
		disputed := addReport(t, "Disputed Ltd", report.LifecycleStatusPUBLISHED, time.Now().Add(100*24*time.Hour), true)
		unsigned := addReport(t, "Unsigned Ltd", report.LifecycleStatusAPPROVED, time.Now().Add(100*24*time.Hour), false)

		t.Run("ListShowsSignedReportsOnly", func(t *testing.T) {
			res := cs.api.do(t, v1Request{Path: "/v1/reports", Key: reader})
			obj := res.wantOK(t, 200)
			contractWantKeys(t, "list body", keysOf(obj), "data")
			data, _ := obj["data"].([]any)
			got := map[string]map[string]any{}
			for i, item := range data {
				m := contractWantObjectKeys(t, fmt.Sprintf("data[%d]", i), item, reportListKeys...)
				got[fmt.Sprint(m["verification_id"])] = m
			}
			for _, vid := range []string{rhein.VerificationID, saigon.VerificationID, revoked, expired, disputed} {
				if got[vid] == nil {
					t.Errorf("report %s missing from the list", vid)
				}
			}
			if got[unsigned] != nil {
				t.Errorf("an unsigned (approved) report is listed")
			}
			if len(data) != 5 {
				t.Errorf("%d reports, want 5", len(data))
			}
			if r := got[rhein.VerificationID]; r != nil {
				if r["lifecycle_status"] != "published" || !strings.HasSuffix(fmt.Sprint(r["pdf_url"]), "/r/"+rhein.VerificationID+"/report.pdf") {
					t.Errorf("Rhein's report = %v", r)
				}
			}
		})

		happy := []struct {
			name, vid                           string
			supplier, country                   string
			score                               float64
			band, reportStatus, lifecycleStatus string
		}{
			{"PublishedReportIs200", rhein.VerificationID, "Rhein Precision GmbH (demo)", "Germany", 86, "low", "published", "published"},
			{"ReportValidFor20DaysIsExpiring", saigon.VerificationID, "Saigon Ceramics JSC (demo)", "Vietnam", 71, "medium", "expiring", "published"},
			{"RevokedReportIsRevoked", revoked, "Revoked Ltd", "United Kingdom", 50, "medium", "revoked", "revoked"},
			{"ReportPastValidUntilIsExpired", expired, "Expired Ltd", "United Kingdom", 50, "medium", "expired", "published"},
			{"DisputedReportIsDisputed", disputed, "Disputed Ltd", "United Kingdom", 50, "medium", "disputed", "published"},
		}
		for _, tc := range happy {
			t.Run(tc.name, func(t *testing.T) {
				res := cs.api.do(t, v1Request{Path: "/v1/reports/" + tc.vid, Key: reader})
				obj := res.wantOK(t, 200)
				contractWantKeys(t, "report", keysOf(obj), reportKeys...)
				want := map[string]any{"verification_id": tc.vid, "supplier_name": tc.supplier, "country": tc.country,
					"trust_score": tc.score, "risk_band": tc.band, "report_status": tc.reportStatus, "lifecycle_status": tc.lifecycleStatus}
				for k, v := range want {
					if obj[k] != v {
						t.Errorf("%s = %v, want %v", k, obj[k], v)
					}
				}
				for _, f := range []string{"signed_at", "valid_until"} {
					if _, err := time.Parse(time.RFC3339, fmt.Sprint(obj[f])); err != nil {
						t.Errorf("%s = %v, want RFC 3339", f, obj[f])
					}
				}
				for _, private := range []string{"contact_email", "client_reference", "ops+demo", "DEMO-0", "x@example.com"} {
					if strings.Contains(string(res.Body), private) {
						t.Errorf("public-safe report contains %q", private)
					}
				}
			})
		}

		other := cs.SignUp(t, "owner@other.example", "Other")
		otherKey := cs.mustKey(t, other.AccessToken, nil).Secret
		otherReport := cs.api.demoCase(t, otherKey, "Rhein Precision").VerificationID
		liveKey := cs.mustLiveKey(t, cs.Owner).Secret
		readOnly := cs.mustRestrictedKey(t, "verification:read").Secret

		failures := []struct {
			name, key, path string
			status          int
			code            string
		}{
			{"UnknownVerificationIDIs404", reader, "/v1/reports/KBS-VR-AAAAAAAAAA", 404, "not_found"},
			{"CaseWithoutReportIs404", reader, "/v1/reports/" + acme.VerificationID, 404, "not_found"},
			{"CaseInReviewIs404", reader, "/v1/reports/" + nordic.VerificationID, 404, "not_found"},
			{"UnsignedReportIs404", reader, "/v1/reports/" + unsigned, 404, "not_found"},
			{"OtherTenantsReportIs404", reader, "/v1/reports/" + otherReport, 404, "not_found"},
			{"MyReportForOtherTenantIs404", otherKey, "/v1/reports/" + rhein.VerificationID, 404, "not_found"},
			{"TestReportViaLiveKeyIs404", liveKey, "/v1/reports/" + rhein.VerificationID, 404, "not_found"},
			{"NULByteVerificationIDIs404", reader, "/v1/reports/KBS-VR-%00", 404, "not_found"},
			{"ListWithoutScopeIs403", readOnly, "/v1/reports", 403, "invalid_scope"},
			{"GetWithoutScopeIs403", readOnly, "/v1/reports/" + rhein.VerificationID, 403, "invalid_scope"},
			{"ListWithoutKeyIs401", "", "/v1/reports", 401, "unauthorized"},
		}
		for _, tc := range failures {
			t.Run(tc.name, func(t *testing.T) {
				cs.api.do(t, v1Request{Path: tc.path, Key: tc.key}).wantError(t, tc.status, tc.code)
			})
		}

		t.Run("LiveKeyListsNoTestReports", func(t *testing.T) {
			res := cs.api.do(t, v1Request{Path: "/v1/reports", Key: liveKey})
			res.wantStatus(t, http.StatusOK)
			var body struct{ Data []json.RawMessage }
			if err := json.Unmarshal(res.Body, &body); err != nil || body.Data == nil || len(body.Data) != 0 {
				t.Errorf("LIVE report list = %s, want {\"data\":[]}", res.Body)
			}
		})
	})
}
