package rest_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

// setModules sets the modules of every application of the session's tenant.
func (cs *contractServer) setModules(t testing.TB, sess servertest.Session, modules ...scope.Module) {
	t.Helper()
	if err := cs.DB.Client.Application.Update().Where(entapp.TenantID(sess.TenantID)).
		SetRequiredModules(modules).Exec(testkit.System()); err != nil {
		t.Fatal(err)
	}
}

// setReport changes the report of a verification directly, as an analyst's
// move or the passage of time would.
func (cs *contractServer) setReport(t testing.TB, verificationID string, set func(*ent.ReportUpdate)) {
	t.Helper()
	u := cs.DB.Client.Report.Update().Where(report.HasCaseWith(verificationcase.VerificationID(verificationID)))
	set(u)
	if err := u.Exec(testkit.System()); err != nil {
		t.Fatal(err)
	}
}

// TestTrustScoreAndBadgeEndpoints is the scenario table of GET
// /v1/trustscore/get and GET /v1/trustbadge/get: every report state, the
// not-published answers, validation, another tenant's and environment's
// ids, missing scope and module not enabled.
func TestTrustScoreAndBadgeEndpoints(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		cs.setModules(t, cs.Owner, scope.ModuleKYC, scope.ModuleTrustScoring, scope.ModuleTrustBadges)
		key := cs.mustTestKey(t).Secret
		live := cs.mustLiveKey(t, cs.Owner).Secret
		noScope := cs.mustRestrictedKey(t, "kyc:verify").Secret
		scoreOnly := cs.mustRestrictedKey(t, "trustscore:read").Secret
		badgeOnly := cs.mustRestrictedKey(t, "trustbadge:read").Secret
		rhein := cs.api.demoCase(t, key, "Rhein Precision").VerificationID  // published, a year valid
		saigon := cs.api.demoCase(t, key, "Saigon Ceramics").VerificationID // published, 20 days left
		acme := cs.api.demoCase(t, key, "Acme Trading").VerificationID      // submitted: no report
		declined := cs.api.demoCase(t, key, "Shell Front").VerificationID   // declined: no report
		other := cs.SignUp(t, "owner@other.example", "Other Co")
		otherKey := cs.mustKey(t, other.AccessToken, nil).Secret
		otherRhein := cs.api.demoCase(t, otherKey, "Rhein Precision").VerificationID
		get := func(t *testing.T, k, path, id string) v1Response {
			t.Helper()
			return cs.api.do(t, v1Request{Path: path + "?verification_id=" + url.QueryEscape(id), Key: k})
		}

		t.Run("Score", func(t *testing.T) {
			for _, c := range []struct {
				name, key, id, status, band string
				score                       float64
				current                     bool
			}{
				{"APublishedReportGivesItsScoreAndBand", key, rhein, "active", "low", 86, true},
				{"AReportNearItsEndIsExpiringAndStillCurrent", key, saigon, "expiring", "medium", 71, true},
				{"AScopedKeyReadsIt", scoreOnly, rhein, "active", "low", 86, true},
				{"APortalSessionReadsTheSandbox", cs.Owner.AccessToken, rhein, "active", "low", 86, true},
			} {
				t.Run(c.name, func(t *testing.T) {
					obj := get(t, c.key, "/v1/trustscore/get", c.id).wantOK(t, http.StatusOK)
					contractWantObjectKeys(t, "trust score", obj, "verification_id", "environment", "trust_score", "risk_band",
						"report_status", "current", "published_at", "valid_until")
					if obj["verification_id"] != c.id || obj["trust_score"] != c.score || obj["risk_band"] != c.band ||
						obj["report_status"] != c.status || obj["current"] != c.current || obj["environment"] != "test" {
						t.Fatalf("score %v, want %v %s %s current=%v", obj, c.score, c.band, c.status, c.current)
					}
				})
			}
		})

		t.Run("Badge", func(t *testing.T) {
			for _, c := range []struct{ name, key, id, state string }{
				{"APublishedReportsBadgeIsActive", key, rhein, "active"},
				{"AReportNearItsEndHasAnExpiringBadge", key, saigon, "expiring"},
				{"ACaseWithoutAReportIsNotPublished", key, acme, "not_published"},
				{"ADeclinedCaseIsNotPublished", key, declined, "not_published"},
				{"APublishableScopeKeyReadsIt", badgeOnly, rhein, "active"},
			} {
				t.Run(c.name, func(t *testing.T) {
					obj := get(t, c.key, "/v1/trustbadge/get", c.id).wantOK(t, http.StatusOK)
					contractWantObjectKeys(t, "trust badge", obj, "verification_id", "environment", "state", "badge_url",
						"embed_url", "embed_snippet", "verify_url", "valid_until", "sandbox")
					badge := cs.URL + "/badge/" + c.id
					snippet := `<script async src="` + badge + `/embed.js"></script>` + "\n" + `<div id="keybs-badge"></div>`
					if obj["state"] != c.state || obj["badge_url"] != badge || obj["embed_url"] != badge+"/embed.js" ||
						obj["embed_snippet"] != snippet || obj["verify_url"] != cs.URL+"/r/"+c.id || obj["sandbox"] != true {
						t.Fatalf("badge %v, want state %s at %s with snippet %q", obj, c.state, badge, snippet)
					}
					if (c.state == "not_published") != (obj["valid_until"] == nil) {
						t.Errorf("valid_until %v for state %s", obj["valid_until"], c.state)
					}
				})
			}
		})

		t.Run("TheBadgeURLServesTheHostedBadge", func(t *testing.T) {
			obj := get(t, key, "/v1/trustbadge/get", rhein).wantOK(t, http.StatusOK)
			res, err := cs.HTTP.Client().Get(obj["badge_url"].(string))
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: %d", obj["badge_url"], res.StatusCode)
			}
		})

		t.Run("ReportStatesFollowTheReport", func(t *testing.T) {
			for _, c := range []struct {
				name  string
				set   func(*ent.ReportUpdate)
				state string
			}{
				{"ADisputedReport", func(u *ent.ReportUpdate) { u.SetDisputed(true) }, "disputed"},
				{"AnExpiredReport", func(u *ent.ReportUpdate) { u.SetDisputed(false).SetValidUntil(time.Now().Add(-time.Hour)) }, "expired"},
				{"ARevokedReport", func(u *ent.ReportUpdate) { u.SetLifecycleStatus(report.LifecycleStatusREVOKED) }, "revoked"},
			} {
				t.Run(c.name, func(t *testing.T) {
					cs.setReport(t, saigon, c.set)
					score := get(t, key, "/v1/trustscore/get", saigon).wantOK(t, http.StatusOK)
					if score["report_status"] != c.state || score["current"] != false || score["trust_score"] != float64(71) {
						t.Errorf("score %v, want %s and not current", score, c.state)
					}
					if badge := get(t, key, "/v1/trustbadge/get", saigon).wantOK(t, http.StatusOK); badge["state"] != c.state {
						t.Errorf("badge %v, want %s", badge, c.state)
					}
				})
			}
		})

		t.Run("NotFound", func(t *testing.T) {
			for _, c := range []struct{ name, path, key, id, wantIn string }{
				{"ScoreOfACaseWithoutAReport", "/v1/trustscore/get", key, acme, "no published report"},
				{"ScoreOfADeclinedCase", "/v1/trustscore/get", key, declined, "no published report"},
				{"ScoreOfAnUnknownId", "/v1/trustscore/get", key, "KBS-VR-AAAAAAAAAA", "no verification"},
				{"ScoreOfAnotherTenantsId", "/v1/trustscore/get", key, otherRhein, "no verification"},
				{"ScoreOfTheTestIdWithALiveKey", "/v1/trustscore/get", live, rhein, "no verification"},
				{"BadgeOfAnUnknownId", "/v1/trustbadge/get", key, "KBS-VR-AAAAAAAAAA", "no verification"},
				{"BadgeOfAnotherTenantsId", "/v1/trustbadge/get", key, otherRhein, "no verification"},
				{"BadgeOfTheTestIdWithALiveKey", "/v1/trustbadge/get", live, rhein, "no verification"},
			} {
				t.Run(c.name, func(t *testing.T) {
					env := get(t, c.key, c.path, c.id).wantError(t, http.StatusNotFound, "not_found")
					if !strings.Contains(env.Message, c.wantIn) || strings.Contains(env.Message, "Rhein") {
						t.Fatalf("message %q, want it to say %q and nothing of the case", env.Message, c.wantIn)
					}
				})
			}
		})

		t.Run("AMissingOrMalformedIdIs422NamingIt", func(t *testing.T) {
			for _, path := range []string{"/v1/trustscore/get", "/v1/trustbadge/get"} {
				for _, c := range []struct{ name, query string }{
					{"Missing", ""},
					{"Empty", "?verification_id="},
					{"NotAVerificationId", "?verification_id=esc_123"},
					{"LowerCase", "?verification_id=kbs-vr-aaaa"},
					{"TooLong", "?verification_id=KBS-VR-" + strings.Repeat("A", 40)},
					{"Injection", "?verification_id=" + url.QueryEscape("KBS-VR-1' OR '1'='1")},
				} {
					t.Run(path+"/"+c.name, func(t *testing.T) {
						env := cs.api.do(t, v1Request{Path: path + c.query, Key: key}).wantError(t, 422, "validation_error")
						if !strings.Contains(env.Message, "verification_id") {
							t.Fatalf("message %q does not name verification_id", env.Message)
						}
					})
				}
			}
		})

		t.Run("AMissingScopeIs403InvalidScope", func(t *testing.T) {
			for path, want := range map[string]string{"/v1/trustscore/get": "trustscore:read", "/v1/trustbadge/get": "trustbadge:read"} {
				env := get(t, noScope, path, rhein).wantError(t, 403, "invalid_scope")
				if !strings.Contains(env.Message, want) {
					t.Errorf("%s: message %q does not name %s", path, env.Message, want)
				}
			}
			get(t, scoreOnly, "/v1/trustbadge/get", rhein).wantError(t, 403, "invalid_scope")
			get(t, badgeOnly, "/v1/trustscore/get", rhein).wantError(t, 403, "invalid_scope")
		})

		t.Run("NoCredentialIs401", func(t *testing.T) {
			get(t, "", "/v1/trustscore/get", rhein).wantError(t, 401, "unauthorized")
		})

		// Last: it turns the modules off for the owner's applications.
		t.Run("AModuleNotEnabledIs403ForbiddenNamingIt", func(t *testing.T) {
			cs.setModules(t, cs.Owner, scope.ModuleKYC)
			for path, want := range map[string]string{"/v1/trustscore/get": "TRUST_SCORING", "/v1/trustbadge/get": "TRUST_BADGES"} {
				env := get(t, key, path, rhein).wantError(t, 403, "forbidden")
				if !strings.Contains(env.Message, want) || !strings.Contains(env.Message, "application") {
					t.Errorf("%s: message %q does not name %s and the application", path, env.Message, want)
				}
			}
		})
	})
}
