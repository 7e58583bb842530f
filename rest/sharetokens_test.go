package rest_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent/sharetoken"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

var shareTokenKeys = []string{"id", "object", "prefix", "verification_id", "environment", "fields", "max_uses", "uses",
	"uses_remaining", "status", "expires_at", "revoked_at", "last_used_at", "created_at"}

// shareFixture is a contract server with a published sandbox report, a case
// without one, and a second tenant with a published report of its own.
type shareFixture struct {
	*contractServer
	key, published, unpublished string
	other                       servertest.Session
	otherKey, otherPublished    string
}

func newShareFixture(t *testing.T, dbURL string) *shareFixture {
	t.Helper()
	cs := startContract(t, dbURL)
	f := &shareFixture{contractServer: cs, key: cs.mustTestKey(t).Secret}
	f.published = cs.api.demoCase(t, f.key, "Rhein Precision").VerificationID
	f.unpublished = cs.api.demoCase(t, f.key, "Acme Trading").VerificationID
	f.other = cs.SignUp(t, "owner@globex.example", "Globex")
	f.otherKey = cs.mustKey(t, f.other.AccessToken, nil).Secret
	f.otherPublished = cs.api.demoCase(t, f.otherKey, "Rhein Precision").VerificationID
	return f
}

// mustShare creates a token for the published report with the secret key.
func (f *shareFixture) mustShare(t *testing.T, body map[string]any) (id, token string) {
	t.Helper()
	b := map[string]any{"verification_id": f.published, "fields": []string{"supplier_name", "state"}}
	for k, v := range body {
		b[k] = v
	}
	obj := f.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/share-tokens", Key: f.key, Body: b}).wantOK(t, http.StatusCreated)
	return obj["id"].(string), obj["token"].(string)
}

// present posts token to the public check from a relying party's browser.
func (f *shareFixture) present(t *testing.T, token string, header map[string]string) v1Response {
	t.Helper()
	return f.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/kyc-share/verify", Body: map[string]any{"token": token}, Header: header})
}

func TestShareTokenRoutes(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		f := newShareFixture(t, dbURL)
		restricted := f.mustRestrictedKey(t, "share:manage").Secret
		withoutScope := f.mustRestrictedKey(t, "report:read", "verification:create").Secret
		publishable := f.mustKey(t, f.Owner.AccessToken, map[string]any{"kind": "publishable"}).Secret
		live := f.mustLiveKey(t, f.Owner).Secret
		valid := func() map[string]any {
			return map[string]any{"verification_id": f.published, "fields": []string{"trust_score"}, "max_uses": 3, "expires_in": 600}
		}
		with := func(k string, v any) map[string]any { b := valid(); b[k] = v; return b }
		without := func(k string) map[string]any { b := valid(); delete(b, k); return b }

		t.Run("Create", func(t *testing.T) {
			for _, tc := range []struct {
				name   string
				key    string
				body   any
				status int
				code   string
				field  string
			}{
				{"ASecretKeyCreates", f.key, valid(), 201, "", ""},
				{"ARestrictedKeyWithTheScopeCreates", restricted, valid(), 201, "", ""},
				{"APortalSessionCreates", f.Owner.AccessToken, valid(), 201, "", ""},
				{"DefaultsFillMaxUsesAndExpiry", f.key, without("max_uses"), 201, "", ""},
				{"NoCredentialsIs401", "", valid(), 401, "unauthorized", ""},
				{"ARestrictedKeyWithoutTheScopeIs403", withoutScope, valid(), 403, "invalid_scope", ""},
				{"APublishableKeyIs403", publishable, valid(), 403, "invalid_scope", ""},
				{"AnotherTenantsReportIs404", f.key, with("verification_id", f.otherPublished), 404, "not_found", ""},
				{"AnUnknownReportIs404", f.key, with("verification_id", "KBS-VR-NOSUCHCASE"), 404, "not_found", ""},
				{"TheOtherEnvironmentsReportIs404", live, valid(), 404, "not_found", ""},
				{"AnUnpublishedReportIs409", f.key, with("verification_id", f.unpublished), 409, "conflict", ""},
				{"NoFieldsIs422", f.key, with("fields", []string{}), 422, "validation_error", "fields"},
				{"AnUnknownFieldIs422", f.key, with("fields", []string{"contact_email"}), 422, "validation_error", "fields"},
				{"FieldsNotAListIs422", f.key, with("fields", "state"), 422, "validation_error", "fields"},
				{"ZeroUsesIs422", f.key, with("max_uses", 0), 422, "validation_error", "max_uses"},
				{"TooManyUsesIs422", f.key, with("max_uses", 1001), 422, "validation_error", "max_uses"},
				{"AFractionOfUsesIs422", f.key, with("max_uses", 1.5), 422, "validation_error", "max_uses"},
				{"ATooShortLifeIs422", f.key, with("expires_in", 59), 422, "validation_error", "expires_in"},
				{"ATooLongLifeIs422", f.key, with("expires_in", 2592001), 422, "validation_error", "expires_in"},
				{"NoVerificationIDIs422", f.key, without("verification_id"), 422, "validation_error", "verification_id"},
				{"AnUnknownBodyFieldIs422", f.key, with("token", "mine"), 422, "validation_error", "token"},
				{"MalformedJSONIs422", f.key, `{"fields":`, 422, "validation_error", "JSON"},
			} {
				t.Run(tc.name, func(t *testing.T) {
					res := f.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/share-tokens", Key: tc.key, Body: tc.body})
					if tc.status != 201 {
						env := res.wantError(t, tc.status, tc.code)
						if tc.field != "" && !strings.Contains(env.Message, tc.field) {
							t.Errorf("message %q does not name %s", env.Message, tc.field)
						}
						return
					}
					obj := res.wantOK(t, 201)
					contractWantKeys(t, "created token", keysOf(obj), append(slices.Clone(shareTokenKeys), "token")...)
					if tok := obj["token"].(string); !strings.HasPrefix(tok, "kbs_share_") || !strings.HasPrefix(tok, obj["prefix"].(string)) {
						t.Errorf("token %q, prefix %v", tok, obj["prefix"])
					}
					if obj["status"] != "active" || obj["uses"] != 0.0 || obj["environment"] != "test" || obj["verification_id"] != f.published {
						t.Errorf("created %v", obj)
					}
					row := f.DB.Client.ShareToken.GetX(testkit.System(), obj["id"].(string))
					if row.TokenHash == obj["token"] || strings.Contains(row.TokenHash, obj["token"].(string)[10:]) {
						t.Error("the token is stored as it was shown")
					}
				})
			}
		})

		t.Run("ListAndRevoke", func(t *testing.T) {
			id, _ := f.mustShare(t, nil)
			otherID := f.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/share-tokens", Key: f.otherKey,
				Body: map[string]any{"verification_id": f.otherPublished, "fields": []string{"state"}}}).wantOK(t, 201)["id"].(string)

			list := f.api.do(t, v1Request{Path: "/v1/share-tokens", Key: restricted}).wantOK(t, 200)
			contractWantKeys(t, "list", keysOf(list), "data")
			var ids []string
			for i, item := range list["data"].([]any) {
				m := contractWantObjectKeys(t, "data[i]", item, shareTokenKeys...)
				ids = append(ids, m["id"].(string))
				if i == 0 && m["id"] != id {
					t.Errorf("the newest token %s is not first", id)
				}
			}
			if !slices.Contains(ids, id) || slices.Contains(ids, otherID) {
				t.Errorf("listed %v: want %s and never the other tenant's %s", ids, id, otherID)
			}
			if data := f.api.do(t, v1Request{Path: "/v1/share-tokens", Key: live}).wantOK(t, 200)["data"].([]any); len(data) != 0 {
				t.Errorf("a live key lists %d sandbox tokens", len(data))
			}
			filtered := f.api.do(t, v1Request{Path: "/v1/share-tokens?verification_id=" + f.unpublished, Key: f.key}).wantOK(t, 200)
			if len(filtered["data"].([]any)) != 0 {
				t.Errorf("filtered by a report without tokens: %v", filtered)
			}
			f.api.do(t, v1Request{Path: "/v1/share-tokens?limit=201", Key: f.key}).wantError(t, 422, "validation_error")
			f.api.do(t, v1Request{Path: "/v1/share-tokens", Key: withoutScope}).wantError(t, 403, "invalid_scope")

			f.api.do(t, v1Request{Method: http.MethodDelete, Path: "/v1/share-tokens/" + otherID, Key: f.key}).wantError(t, 404, "not_found")
			f.api.do(t, v1Request{Method: http.MethodDelete, Path: "/v1/share-tokens/" + id, Key: withoutScope}).wantError(t, 403, "invalid_scope")
			f.api.do(t, v1Request{Method: http.MethodDelete, Path: "/v1/share-tokens/" + id}).wantError(t, 401, "unauthorized")
			revoked := f.api.do(t, v1Request{Method: http.MethodDelete, Path: "/v1/share-tokens/" + id, Key: f.key}).wantOK(t, 200)
			again := f.api.do(t, v1Request{Method: http.MethodDelete, Path: "/v1/share-tokens/" + id, Key: f.Owner.AccessToken}).wantOK(t, 200)
			if revoked["status"] != "revoked" || revoked["revoked_at"] == nil || again["revoked_at"] != revoked["revoked_at"] {
				t.Errorf("revoked %v, again %v", revoked, again)
			}
			if f.DB.Client.ShareToken.GetX(testkit.System(), otherID).RevokedAt != nil {
				t.Error("the other tenant's token was revoked")
			}
		})
	})
}

func TestKYCShareVerify(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		f := newShareFixture(t, dbURL)

		t.Run("ItAnswersExactlyTheChosenFieldsAndRecordsWhoAsked", func(t *testing.T) {
			id, token := f.mustShare(t, map[string]any{"fields": []string{"supplier_name", "country", "trust_score", "risk_band", "state", "valid_until", "digest"}})
			res := f.present(t, token, map[string]string{"Referer": "https://shop.example/checkout", "User-Agent": "relying-party/2.0"})
			obj := res.wantOK(t, 200)
			contractWantKeys(t, "revealed", keysOf(obj), "sandbox", "supplier_name", "country", "trust_score", "risk_band", "state", "valid_until", "digest")
			if obj["sandbox"] != true || obj["state"] != "published" || obj["country"] != "Germany" || obj["risk_band"] != "low" {
				t.Errorf("revealed %v", obj)
			}
			res.wantRateLimitHeaders(t, true)
			var v struct {
				ShareTokens struct {
					Edges []struct {
						Node struct {
							ID, Status string
							Uses       int
							Attempts   struct {
								Edges []struct {
									Node struct{ Outcome, IP, Domain, UserAgent string }
								}
							}
						}
					}
				}
			}
			f.GraphQL(t, f.Owner.AccessToken, `{ shareTokens(first: 50) { edges { node { id status uses
				attempts(first: 10) { edges { node { outcome ip domain userAgent } } } } } } }`, nil).Decode(t, &v)
			var found bool
			for _, e := range v.ShareTokens.Edges {
				if e.Node.ID != id {
					continue
				}
				found = true
				a := e.Node.Attempts.Edges
				if e.Node.Status != "EXHAUSTED" || e.Node.Uses != 1 || len(a) != 1 || a[0].Node.Outcome != "REVEALED" ||
					a[0].Node.Domain != "shop.example" || a[0].Node.UserAgent != "relying-party/2.0" || a[0].Node.IP == "" {
					t.Errorf("the tenant sees %+v", e.Node)
				}
			}
			if !found {
				t.Fatalf("token %s is not in the owner's shareTokens", id)
			}
			var other struct{ ShareTokens struct{ Edges []any } }
			f.GraphQL(t, f.other.AccessToken, `{ shareTokens(first: 50) { edges { node { id } } } }`, nil).Decode(t, &other)
			if len(other.ShareTokens.Edges) != 0 {
				t.Errorf("another tenant sees %d share tokens", len(other.ShareTokens.Edges))
			}
		})

		for _, tc := range []struct {
			name   string
			setup  func(t *testing.T) string // returns the token to present
			status int
			code   string
		}{
			{"AnUnknownTokenIs404", func(*testing.T) string { return "kbs_share_" + strings.Repeat("A", 49) }, 404, "not_found"},
			{"AMalformedTokenIs404", func(*testing.T) string { return "not-a-token" }, 404, "not_found"},
			{"AnAPIKeyIsNoShareToken", func(*testing.T) string { return f.key }, 404, "not_found"},
			{"ARevokedTokenIs404LikeAnUnknownOne", func(t *testing.T) string {
				id, token := f.mustShare(t, nil)
				f.api.do(t, v1Request{Method: http.MethodDelete, Path: "/v1/share-tokens/" + id, Key: f.key}).wantOK(t, 200)
				return token
			}, 404, "not_found"},
			{"AnExpiredTokenIs410", func(t *testing.T) string {
				id, token := f.mustShare(t, map[string]any{"max_uses": 5})
				f.expireShareToken(t, id)
				return token
			}, 410, "share_token_expired"},
			{"ASpentTokenIs410", func(t *testing.T) string {
				_, token := f.mustShare(t, nil)
				f.present(t, token, nil).wantOK(t, 200)
				return token
			}, 410, "share_token_exhausted"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				env := f.present(t, tc.setup(t), nil).wantError(t, tc.status, tc.code)
				if tc.status == 404 && env.Message != "not found: the share token is unknown or has been revoked" {
					t.Errorf("404 message %q is not the one every unknown or revoked token gets", env.Message)
				}
			})
		}
		for _, tc := range []struct {
			name string
			body any
			ct   string
		}{
			{"NoTokenIs422", map[string]any{}, ""},
			{"AnEmptyTokenIs422", map[string]any{"token": ""}, ""},
			{"ATokenNotAStringIs422", map[string]any{"token": 42}, ""},
			{"AnUnknownFieldIs422", map[string]any{"token": "x", "fields": []string{"state"}}, ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				f.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/kyc-share/verify", Body: tc.body, ContentType: tc.ct}).wantError(t, 422, "validation_error")
			})
		}
		t.Run("AFormBodyIs415", func(t *testing.T) {
			f.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/kyc-share/verify", Body: "token=x", ContentType: "application/x-www-form-urlencoded"}).wantError(t, 415, "unsupported_media_type")
		})
		t.Run("AShareTokenIsNoCredentialElsewhere", func(t *testing.T) {
			_, token := f.mustShare(t, nil)
			env := f.api.do(t, v1Request{Path: "/v1/reports", Key: token}).wantError(t, 401, "unauthorized")
			if !strings.Contains(env.Message, "kyc-share/verify") {
				t.Errorf("message %q does not say where a share token goes", env.Message)
			}
			f.present(t, token, nil).wantOK(t, 200) // not spent by the refusal
		})

		t.Run("ExactlyMaxUsesOfThreeTimesAsManyAtOnceSucceed", func(t *testing.T) {
			const maxUses = 4
			id, token := f.mustShare(t, map[string]any{"max_uses": maxUses})
			statuses := make([]int, 3*maxUses)
			errs := testkit.Concurrently(len(statuses), func(i int) error {
				res, err := f.api.send(v1Request{Method: http.MethodPost, Path: "/v1/kyc-share/verify", Body: map[string]any{"token": token},
					Header: map[string]string{"X-Forwarded-For": "198.51.100.7"}})
				statuses[i] = res.Status
				return err
			})
			ok, gone := 0, 0
			for i, err := range errs {
				switch {
				case err != nil:
					t.Fatal(err)
				case statuses[i] == 200:
					ok++
				case statuses[i] == 410:
					gone++
				default:
					t.Fatalf("a presentation answered %d", statuses[i])
				}
			}
			if ok != maxUses || gone != 2*maxUses {
				t.Fatalf("%d answered 200 and %d 410 of %d at once, want exactly %d and %d", ok, gone, len(statuses), maxUses, 2*maxUses)
			}
			if row := f.DB.Client.ShareToken.GetX(testkit.System(), id); row.Uses != maxUses {
				t.Fatalf("uses = %d, want %d", row.Uses, maxUses)
			}
		})
	})
}

// expireShareToken moves a token's expiry into the past: the API takes
// future expiries only, and expires_at is immutable in the schema.
func (f *shareFixture) expireShareToken(t *testing.T, id string) {
	t.Helper()
	q := "UPDATE " + sharetoken.Table + " SET expires_at = ? WHERE id = ?"
	if f.DB.Dialect == "postgres" {
		q = "UPDATE " + sharetoken.Table + " SET expires_at = $1 WHERE id = $2"
	}
	if _, err := f.DB.SQL.Exec(q, time.Now().Add(-time.Second), id); err != nil {
		t.Fatalf("expire share token: %v", err)
	}
}
