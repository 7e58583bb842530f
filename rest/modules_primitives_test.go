package rest_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
)

// TestPrimitivesEndpoint is the scenario table of POST
// /v1/primitives/{primitiveId}: each primitive's answers, seed 004's scope
// hierarchy on real keys, unknown primitives, each validation failure, the
// JWT-over-key precedence, and module not enabled.
func TestPrimitivesEndpoint(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		cs.setModules(t, cs.Owner, scope.ModuleKYC, scope.ModuleFraudSignals, scope.ModulePrimitives)
		all := cs.mustRestrictedKey(t, "invoke:primitives").Secret
		live := cs.mustLiveKey(t, cs.Owner).Secret
		fraudKey := cs.mustRestrictedKey(t, "fraud:score").Secret
		other := cs.SignUp(t, "owner@other-primitives.example", "Other Primitives")
		cs.setModules(t, other, scope.ModulePrimitives)
		otherKey := cs.mustKey(t, other.AccessToken, nil).Secret
		invoke := func(t *testing.T, k, id string, body any) v1Response {
			t.Helper()
			return cs.api.do(t, v1Request{Method: "POST", Path: "/v1/primitives/" + id, Key: k, Body: body})
		}
		findings := func(obj map[string]any) map[string]string {
			out := map[string]string{}
			for _, f := range obj["findings"].([]any) {
				m := f.(map[string]any)
				out[m["name"].(string)] = m["result"].(string)
			}
			return out
		}

		t.Run("Screening", func(t *testing.T) {
			for _, c := range []struct {
				name, id, who, result, match string
			}{
				{"AListedPersonIsAPossibleMatch", "screening.individual", "Ivan Sidorov", "review", "Ivan Petrovich Sidorov"},
				{"ATransliteratedNameMatches", "screening.individual", "Иван Петрович Сидоров", "review", "Ivan Petrovich Sidorov"},
				{"AnUnlistedPersonIsClear", "screening.individual", "Ada Lovelace", "pass", ""},
				{"AListedCompanyIsAPossibleMatch", "screening.entity", "Sanctioned Demo Trading", "review", "Sanctioned Demo Trading LLC"},
				{"APersonsNameIsNoCompanyMatch", "screening.entity", "Ivan Sidorov", "pass", ""},
				{"ACompanysNameIsNoPersonMatch", "screening.individual", "Black Harbour Shipping Ltd", "pass", ""},
			} {
				t.Run(c.name, func(t *testing.T) {
					obj := invoke(t, all, c.id, map[string]any{"name": c.who}).wantOK(t, http.StatusOK)
					sc := obj["screening"].(map[string]any)
					matches := sc["matches"].([]any)
					if obj["primitive"] != c.id || obj["result"] != c.result || obj["environment"] != "test" {
						t.Fatalf("answer %v, want %s for %s", obj, c.result, c.id)
					}
					if c.match == "" && len(matches) != 0 || c.match != "" && (len(matches) == 0 || matches[0].(map[string]any)["name"] != c.match) {
						t.Fatalf("matches %v, want first %q", matches, c.match)
					}
					if l := sc["list"].(map[string]any); l["demo"] != true {
						t.Errorf("list %v, want the demo list named as such", l)
					}
				})
			}
			t.Run("ACountrySaysWhetherAMatchIsListedThere", func(t *testing.T) {
				obj := invoke(t, all, "screening.individual", map[string]any{"name": "Ivan Sidorov", "country": "ru"}).wantOK(t, http.StatusOK)
				if f := findings(obj); f["country_match"] != "review" {
					t.Fatalf("findings %v, want a country_match", obj["findings"])
				}
			})
		})

		t.Run("DocumentCheck", func(t *testing.T) {
			for _, c := range []struct{ name, country, typ, number, result, last4 string }{
				{"ASpanishDNIWithItsControlLetterPasses", "ES", "national_id", "12345678Z", "pass", "678Z"},
				{"ASpanishDNIWithTheWrongLetterFails", "ES", "national_id", "12345678A", "fail", "678A"},
				{"ABritishPassportOfNineDigitsPasses", "gb", "passport", "123 456 789", "pass", "6789"},
				{"ABritishPassportOfEightDigitsFails", "GB", "passport", "12345678", "fail", "5678"},
				{"AnUnknownFormatGetsTheGenericCheck", "PT", "passport", "AB12345", "pass", "2345"},
			} {
				t.Run(c.name, func(t *testing.T) {
					obj := invoke(t, all, "document.check", map[string]any{"country": c.country, "document_type": c.typ, "document_number": c.number}).wantOK(t, http.StatusOK)
					doc := obj["document"].(map[string]any)
					if obj["result"] != c.result || findings(obj)["document_format"] != c.result || doc["last4"] != c.last4 {
						t.Fatalf("answer %v, want %s with last4 %s", obj, c.result, c.last4)
					}
					if strings.Contains(string(invoke(t, all, "document.check", map[string]any{"country": c.country, "document_type": c.typ, "document_number": c.number}).Body), strings.ReplaceAll(c.number, " ", "")) && len(c.number) > 4 {
						t.Errorf("the answer echoes the full document number")
					}
				})
			}
		})

		t.Run("DeviceIntelIP", func(t *testing.T) {
			// The fraud module's history of an address feeds its signals.
			scored := cs.api.do(t, v1Request{Method: "POST", Path: "/v1/fraud/score", Key: fraudKey, Body: map[string]any{"ip": "81.2.69.160"}}).wantOK(t, http.StatusCreated)
			cs.api.do(t, v1Request{Method: "POST", Path: "/v1/fraud/feedback", Key: fraudKey, Body: map[string]any{"check_id": scored["id"], "outcome": "fraud"}}).wantOK(t, http.StatusCreated)
			for _, c := range []struct {
				name, key, ip, class, result string
				score                        float64
			}{
				{"APublicAddressWithoutHistoryPasses", all, "8.8.8.8", "public", "pass", 0},
				{"AnIPv6PublicAddressPasses", all, "2606:4700:4700::1111", "public", "pass", 0},
				{"APrivateAddressIsReviewed", all, "10.1.2.3", "private", "review", 0},
				{"ALoopbackAddressIsReviewed", all, "127.0.0.1", "loopback", "review", 0},
				{"ACGNATAddressIsReviewed", all, "100.64.1.1", "shared", "review", 0},
				{"ADocumentationAddressIsReviewed", all, "203.0.113.9", "documentation", "review", 0},
				{"AnIPv4MappedAddressIsItsIPv4", all, "::ffff:8.8.4.4", "public", "pass", 0},
				{"ConfirmedFraudOnTheAddressIsReviewed", all, "81.2.69.160", "public", "review", 60},
				{"AnotherEnvironmentHasNoSuchHistory", live, "81.2.69.160", "public", "pass", 0},
				{"AnotherTenantHasNoSuchHistory", otherKey, "81.2.69.160", "public", "pass", 0},
			} {
				t.Run(c.name, func(t *testing.T) {
					obj := invoke(t, c.key, "device_intel.ip", map[string]any{"ip": c.ip}).wantOK(t, http.StatusOK)
					ip := obj["ip"].(map[string]any)
					if ip["class"] != c.class || obj["result"] != c.result || ip["score"] != c.score {
						t.Fatalf("answer %v, want class %s, result %s, score %v", obj, c.class, c.result, c.score)
					}
				})
			}
		})

		t.Run("ScopeHierarchy", func(t *testing.T) {
			// Seed 004: invoke:primitives ⊇ invoke:primitives.<category> ⊇
			// invoke:<primitive id>, on real keys and the real route.
			bodies := map[string]any{
				"screening.individual": map[string]any{"name": "Ada Lovelace"},
				"screening.entity":     map[string]any{"name": "Acme Ltd"},
				"document.check":       map[string]any{"country": "GB", "document_type": "passport", "document_number": "123456789"},
				"device_intel.ip":      map[string]any{"ip": "8.8.8.8"},
			}
			for _, c := range []struct {
				grant   string
				allowed []string
			}{
				{"invoke:primitives", []string{"screening.individual", "screening.entity", "document.check", "device_intel.ip"}},
				{"invoke:primitives.screening", []string{"screening.individual", "screening.entity"}},
				{"invoke:primitives.document", []string{"document.check"}},
				{"invoke:primitives.device_intel", []string{"device_intel.ip"}},
				{"invoke:screening.individual", []string{"screening.individual"}},
				{"invoke:screening.entity", []string{"screening.entity"}},
				{"invoke:document.check", []string{"document.check"}},
				{"invoke:device_intel.ip", []string{"device_intel.ip"}},
				{"kyc:verify", nil},
			} {
				key := cs.mustRestrictedKey(t, c.grant).Secret
				for id, body := range bodies {
					allowed := strings.Contains(" "+strings.Join(c.allowed, " ")+" ", " "+id+" ")
					name := c.grant + "/" + id
					t.Run(name, func(t *testing.T) {
						res := invoke(t, key, id, body)
						if allowed {
							res.wantOK(t, http.StatusOK)
							return
						}
						env := res.wantError(t, http.StatusForbidden, "invalid_scope")
						if !strings.Contains(env.Message, "invoke:"+id) {
							t.Fatalf("message %q does not name invoke:%s", env.Message, id)
						}
					})
				}
			}
		})

		t.Run("AnUnknownPrimitiveIs404UnknownPrimitive", func(t *testing.T) {
			narrow := cs.mustRestrictedKey(t, "invoke:screening.individual").Secret
			for _, c := range []struct{ name, key, id string }{
				{"UnknownId", all, "biometrics.face"},
				{"ACategoryIsNoPrimitive", all, "screening"},
				{"ALongerId", all, "screening.individual.extra"},
				{"CaseMatters", all, "Screening.Individual"},
				{"WhateverTheKeysScopes", narrow, "document.scan"},
			} {
				t.Run(c.name, func(t *testing.T) {
					env := invoke(t, c.key, c.id, map[string]any{"name": "x"}).wantError(t, http.StatusNotFound, "unknown_primitive")
					if !strings.Contains(env.Message, "screening.individual, screening.entity, document.check, device_intel.ip") {
						t.Fatalf("message %q does not list the primitives", env.Message)
					}
				})
			}
		})

		t.Run("ValidationFailuresNameTheField", func(t *testing.T) {
			for _, c := range []struct {
				name, id, field string
				body            any
			}{
				{"ScreeningWithoutAName", "screening.individual", "name", map[string]any{}},
				{"ScreeningWithABlankName", "screening.entity", "name", map[string]any{"name": "  "}},
				{"ScreeningWithANumberAsName", "screening.individual", "name", map[string]any{"name": 42}},
				{"ScreeningWithABadCountry", "screening.individual", "country", map[string]any{"name": "Ada", "country": "XX"}},
				{"ScreeningWithAnUnknownField", "screening.individual", "date_of_birth", map[string]any{"name": "Ada", "date_of_birth": "1990-01-01"}},
				{"DocumentWithoutCountry", "document.check", "country", map[string]any{"document_type": "passport", "document_number": "123456789"}},
				{"DocumentWithAnUnknownType", "document.check", "document_type", map[string]any{"country": "GB", "document_type": "library_card", "document_number": "1"}},
				{"DocumentWithoutNumber", "document.check", "document_number", map[string]any{"country": "GB", "document_type": "passport"}},
				{"IPMissing", "device_intel.ip", "ip", map[string]any{}},
				{"IPNotAnAddress", "device_intel.ip", "ip", map[string]any{"ip": "999.1.1.1"}},
				{"IPWithAZone", "device_intel.ip", "ip", map[string]any{"ip": "fe80::1%eth0"}},
				{"IPBodyOfAnotherPrimitive", "device_intel.ip", "name", map[string]any{"name": "Ada"}},
			} {
				t.Run(c.name, func(t *testing.T) {
					env := invoke(t, all, c.id, c.body).wantError(t, 422, "validation_error")
					if !strings.Contains(env.Message, c.field) {
						t.Fatalf("message %q does not name %s", env.Message, c.field)
					}
				})
			}
			t.Run("MalformedJSON", func(t *testing.T) {
				invoke(t, all, "screening.individual", `{"name":`).wantError(t, 422, "validation_error")
			})
			t.Run("NoBody", func(t *testing.T) {
				invoke(t, all, "screening.individual", nil).wantStatus(t, 422)
			})
		})

		t.Run("Credentials", func(t *testing.T) {
			body := map[string]any{"name": "Ada Lovelace"}
			noScope := cs.mustRestrictedKey(t, "kyc:verify").Secret
			for _, c := range []struct {
				name   string
				req    v1Request
				status int
				code   string
			}{
				{"AnAPIKeyAsBearer", v1Request{Key: all}, 200, ""},
				{"AnAPIKeyInXAPIKey", v1Request{Header: map[string]string{"X-API-Key": all}}, 200, ""},
				{"APortalJWT", v1Request{Key: cs.Owner.AccessToken}, 200, ""},
				// Seed 004: a Bearer JWT wins over an X-API-Key sent with it,
				// whatever the key may or may not do.
				{"TheJWTWinsOverAnUnscopedKey", v1Request{Key: cs.Owner.AccessToken, Header: map[string]string{"X-API-Key": noScope}}, 200, ""},
				{"TheJWTWinsOverARevokedOrBogusKey", v1Request{Key: cs.Owner.AccessToken, Header: map[string]string{"X-API-Key": "kbs_test_bogus"}}, 200, ""},
				{"AnUnscopedKeyAloneIsRefused", v1Request{Header: map[string]string{"X-API-Key": noScope}}, 403, "invalid_scope"},
				{"ABadJWTIsNotRescuedByAGoodKey", v1Request{Key: "eyJhbGciOiJIUzI1NiJ9.e30.bad", Header: map[string]string{"X-API-Key": all}}, 401, "unauthorized"},
				{"NoCredentialIs401", v1Request{}, 401, "unauthorized"},
			} {
				t.Run(c.name, func(t *testing.T) {
					c.req.Method, c.req.Path, c.req.Body = "POST", "/v1/primitives/screening.individual", body
					res := cs.api.do(t, c.req)
					if c.code == "" {
						res.wantOK(t, c.status)
						return
					}
					res.wantError(t, c.status, c.code)
				})
			}
		})

		// Last: it turns the module off for the owner's applications.
		t.Run("AModuleNotEnabledIs403ForbiddenNamingIt", func(t *testing.T) {
			cs.setModules(t, cs.Owner, scope.ModuleKYC)
			env := invoke(t, all, "screening.individual", map[string]any{"name": "Ada"}).wantError(t, 403, "forbidden")
			if !strings.Contains(env.Message, "PRIMITIVES") || !strings.Contains(env.Message, "application") {
				t.Errorf("message %q does not name the PRIMITIVES module and the application", env.Message)
			}
			// A portal session has no application: the module rule is the key's.
			invoke(t, cs.Owner.AccessToken, "screening.individual", map[string]any{"name": "Ada"}).wantOK(t, http.StatusOK)
		})
	})
}
