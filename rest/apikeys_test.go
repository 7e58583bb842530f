package rest_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// keysReq is one REST call. An empty contentType with a body means JSON.
type keysReq struct {
	method, path string
	token        string // sent as Authorization: Bearer
	body         string
	contentType  string
	header       map[string]string
	chunked      bool // send the body without a Content-Length
}

type keysRes struct {
	status int
	header http.Header
	body   []byte
}

func keysDo(t *testing.T, s *servertest.Server, r keysReq) keysRes {
	t.Helper()
	var body io.Reader
	if r.body != "" {
		body = strings.NewReader(r.body)
		if r.chunked {
			body = io.MultiReader(strings.NewReader(r.body)) // unknown length
		}
	}
	req, err := http.NewRequest(r.method, s.URL+r.path, body)
	if err != nil {
		t.Fatal(err)
	}
	if r.body != "" {
		ct := r.contentType
		if ct == "" {
			ct = "application/json"
		}
		req.Header.Set("Content-Type", ct)
	}
	if r.token != "" {
		req.Header.Set("Authorization", "Bearer "+r.token)
	}
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	res, err := s.HTTP.Client().Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", r.method, r.path, err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s %s: read body: %v", r.method, r.path, err)
	}
	return keysRes{status: res.StatusCode, header: res.Header, body: raw}
}

// decodeInto unmarshals the body, failing on a status other than want.
func (r keysRes) decodeInto(t *testing.T, want int, v any) {
	t.Helper()
	if r.status != want {
		t.Fatalf("status %d, want %d: %s", r.status, want, r.body)
	}
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decode %s: %v", r.body, err)
	}
}

type keysEnvelope struct {
	Error struct {
		Code      string `json:"code"`
		Message   string `json:"message"`
		RequestID string `json:"request_id"`
	} `json:"error"`
}

// wantError checks status, the keysEnvelope's code, and that its request_id is
// the X-Request-Id header's. It returns the keysEnvelope.
func (r keysRes) wantError(t *testing.T, status int, code string) keysEnvelope {
	t.Helper()
	var env keysEnvelope
	if err := json.Unmarshal(r.body, &env); err != nil {
		t.Fatalf("status %d, body %q is not the error keysEnvelope: %v", r.status, r.body, err)
	}
	if r.status != status || env.Error.Code != code {
		t.Fatalf("got %d %s (%q), want %d %s", r.status, env.Error.Code, env.Error.Message, status, code)
	}
	if id := r.header.Get("X-Request-Id"); id == "" || env.Error.RequestID != id {
		t.Fatalf("request_id %q, X-Request-Id header %q", env.Error.RequestID, id)
	}
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type = %q", ct)
	}
	return env
}

type restKey struct {
	ID             string     `json:"id"`
	Object         string     `json:"object"`
	Name           string     `json:"name"`
	Key            string     `json:"key"`
	Kind           string     `json:"kind"`
	Environment    string     `json:"environment"`
	Prefix         string     `json:"prefix"`
	Last4          string     `json:"last4"`
	Status         string     `json:"status"`
	Scopes         []string   `json:"scopes"`
	ExpiresAt      *time.Time `json:"expires_at"`
	RotationDueAt  time.Time  `json:"rotation_due_at"`
	GraceUntil     *time.Time `json:"grace_until"`
	RevokedAt      *time.Time `json:"revoked_at"`
	RotatedFrom    *string    `json:"rotated_from"`
	RotatedTo      *string    `json:"rotated_to"`
	CreatedAt      time.Time  `json:"created_at"`
	IPAllowlist    []string   `json:"ip_allowlist"`
	AllowedOrigins []string   `json:"allowed_origins"`
}

func createRESTKey(t *testing.T, s *servertest.Server, token, body string) restKey {
	t.Helper()
	var k restKey
	keysDo(t, s, keysReq{method: "POST", path: "/v1/api-keys", token: token, body: body}).decodeInto(t, http.StatusCreated, &k)
	return k
}

func TestAPIKeysREST(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		tok := s.SignUp(t, "owner@acme.example", "Acme").AccessToken

		var created restKey
		t.Run("CreateReturnsTheSecretOnce", func(t *testing.T) {
			res := keysDo(t, s, keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"Backend","environment":"test"}`})
			res.decodeInto(t, http.StatusCreated, &created)
			k := created
			if k.ID == "" || k.Object != "api_key" || k.Name != "Backend" || k.Kind != "secret" || k.Environment != "test" || k.Status != "active" {
				t.Fatalf("key = %+v", k)
			}
			if !strings.HasPrefix(k.Key, "kbs_test_") || len(k.Key) != len("kbs_test_")+49 || k.Prefix != k.Key[:12] || k.Last4 != k.Key[len(k.Key)-4:] {
				t.Fatalf("key %q prefix %q last4 %q", k.Key, k.Prefix, k.Last4)
			}
			if len(k.Scopes) == 0 || k.CreatedAt.IsZero() || time.Since(k.CreatedAt) > time.Minute {
				t.Fatalf("scopes %v created_at %s", k.Scopes, k.CreatedAt)
			}
			var raw map[string]any
			_ = json.Unmarshal(res.body, &raw)
			if v, ok := raw["expires_at"]; !ok || v != nil {
				t.Fatalf("expires_at = %v (present %v), want null", v, ok)
			}
			if ct := res.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type = %q", ct)
			}
		})
		if created.ID == "" {
			t.FailNow()
		}
		path := "/v1/api-keys/" + created.ID

		t.Run("ListAndGetNeverShowTheSecret", func(t *testing.T) {
			list := keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys", token: tok})
			one := keysDo(t, s, keysReq{method: "GET", path: path, token: tok})
			var data struct{ Data []map[string]any }
			list.decodeInto(t, http.StatusOK, &data)
			var k restKey
			one.decodeInto(t, http.StatusOK, &k)
			if k.ID != created.ID || k.Key != "" || k.Prefix != created.Prefix || k.Last4 != created.Last4 {
				t.Fatalf("GET = %+v", k)
			}
			if !slices.ContainsFunc(data.Data, func(m map[string]any) bool { return m["id"] == created.ID }) {
				t.Fatalf("list lacks the key: %s", list.body)
			}
			for _, m := range data.Data {
				if _, ok := m["key"]; ok {
					t.Errorf("list item has a key field: %v", m)
				}
			}
			for _, body := range [][]byte{list.body, one.body} {
				if bytes.Contains(body, []byte(created.Key)) || bytes.Contains(body, []byte(created.Key[12:len(created.Key)-4])) {
					t.Fatalf("secret leaked: %s", body)
				}
			}
		})

		t.Run("EnvironmentFilter", func(t *testing.T) {
			cases := []struct {
				query string
				want  bool
			}{{"test", true}, {"TEST", true}, {"live", false}}
			for _, tc := range cases {
				var data struct{ Data []restKey }
				keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys?environment=" + tc.query, token: tok}).decodeInto(t, http.StatusOK, &data)
				has := slices.ContainsFunc(data.Data, func(k restKey) bool { return k.ID == created.ID })
				if has != tc.want {
					t.Errorf("environment=%s: has the test key = %v, want %v", tc.query, has, tc.want)
				}
				for _, k := range data.Data {
					if !strings.EqualFold(k.Environment, tc.query) {
						t.Errorf("environment=%s lists a %s key", tc.query, k.Environment)
					}
				}
			}
		})

		t.Run("Patch", func(t *testing.T) {
			exp := time.Now().Add(72 * time.Hour).UTC().Truncate(time.Second)
			var k restKey
			keysDo(t, s, keysReq{method: "PATCH", path: path, token: tok, body: `{"name":"Renamed","expires_at":"` + exp.Format(time.RFC3339) + `"}`}).decodeInto(t, http.StatusOK, &k)
			if k.Name != "Renamed" || k.ExpiresAt == nil || !k.ExpiresAt.Equal(exp) || k.Key != "" {
				t.Fatalf("after rename = %+v", k)
			}
			t.Run("AbsentExpiryIsUnchanged", func(t *testing.T) {
				var k restKey
				keysDo(t, s, keysReq{method: "PATCH", path: path, token: tok, body: `{"scopes":["verification:read","kyc:verify"]}`}).decodeInto(t, http.StatusOK, &k)
				if k.ExpiresAt == nil || !slices.Equal(k.Scopes, []string{"kyc:verify", "verification:read"}) {
					t.Fatalf("got %+v", k)
				}
			})
			t.Run("NullExpiryClearsIt", func(t *testing.T) {
				var k restKey
				keysDo(t, s, keysReq{method: "PATCH", path: path, token: tok, body: `{"expires_at":null}`}).decodeInto(t, http.StatusOK, &k)
				if k.ExpiresAt != nil || k.Name != "Renamed" {
					t.Fatalf("got %+v", k)
				}
			})
			invalid := []struct{ name, body, names string }{
				{"BadTimestampIs422", `{"expires_at":"next tuesday"}`, "expires_at"},
				{"PastExpiryIs422", `{"expires_at":"2020-01-01T00:00:00Z"}`, "expires"},
				{"UnknownScopeIs422", `{"scopes":["admin:all"]}`, "admin:all"},
				{"UnknownFieldIs422", `{"nmae":"typo"}`, "nmae"},
				{"NameAsNumberIs422", `{"name":7}`, "name"},
			}
			for _, tc := range invalid {
				t.Run(tc.name, func(t *testing.T) {
					env := keysDo(t, s, keysReq{method: "PATCH", path: path, token: tok, body: tc.body}).wantError(t, http.StatusUnprocessableEntity, "validation_error")
					if !strings.Contains(env.Error.Message, tc.names) {
						t.Fatalf("message %q does not name %s", env.Error.Message, tc.names)
					}
				})
			}
		})

		t.Run("RotateWithGracePeriod", func(t *testing.T) {
			old := createRESTKey(t, s, tok, `{"name":"Rotate me","environment":"test"}`)
			before := time.Now()
			var next restKey
			keysDo(t, s, keysReq{method: "POST", path: "/v1/api-keys/" + old.ID + "/rotate", token: tok, body: `{"grace_period":"48h"}`}).decodeInto(t, http.StatusCreated, &next)
			if next.ID == old.ID || !strings.HasPrefix(next.Key, "kbs_test_") || next.Key == old.Key || next.Name != "Rotate me" ||
				!slices.Equal(next.Scopes, old.Scopes) || next.RotatedFrom == nil || *next.RotatedFrom != old.ID || next.Status != "active" {
				t.Fatalf("successor = %+v", next)
			}
			var o restKey
			keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys/" + old.ID, token: tok}).decodeInto(t, http.StatusOK, &o)
			if o.Status != "rotating" || o.GraceUntil == nil || o.GraceUntil.Sub(before) < 48*time.Hour-time.Second || o.GraceUntil.Sub(time.Now()) > 48*time.Hour+time.Second {
				t.Fatalf("old key = %+v", o)
			}
			t.Run("RotatingAgainIs409", func(t *testing.T) {
				keysDo(t, s, keysReq{method: "POST", path: "/v1/api-keys/" + old.ID + "/rotate", token: tok, body: `{"grace_period":"1h"}`}).wantError(t, http.StatusConflict, "conflict")
			})
		})

		graces := []struct {
			name, body string
			status     int
			oldStatus  string
		}{
			{"SevenDaysIsAllowed", `{"grace_period":"7d"}`, http.StatusCreated, "rotating"},
			{"NoBodyRevokesAtOnce", ``, http.StatusCreated, "revoked"},
			{"ZeroRevokesAtOnce", `{"grace_period":"0"}`, http.StatusCreated, "revoked"},
			{"EightDaysIs422", `{"grace_period":"8d"}`, http.StatusUnprocessableEntity, "active"},
			{"169HoursIs422", `{"grace_period":"169h"}`, http.StatusUnprocessableEntity, "active"},
			{"NegativeIs422", `{"grace_period":"-1h"}`, http.StatusUnprocessableEntity, "active"},
			{"BananaIs422", `{"grace_period":"banana"}`, http.StatusUnprocessableEntity, "active"},
			{"NumberIs422", `{"grace_period":48}`, http.StatusUnprocessableEntity, "active"},
		}
		for _, tc := range graces {
			t.Run("Grace"+tc.name, func(t *testing.T) {
				k := createRESTKey(t, s, tok, `{"name":"Grace","environment":"test"}`)
				res := keysDo(t, s, keysReq{method: "POST", path: "/v1/api-keys/" + k.ID + "/rotate", token: tok, body: tc.body})
				if tc.status == http.StatusCreated {
					var next restKey
					res.decodeInto(t, http.StatusCreated, &next)
				} else {
					res.wantError(t, tc.status, "validation_error")
				}
				var o restKey
				keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys/" + k.ID, token: tok}).decodeInto(t, http.StatusOK, &o)
				if o.Status != tc.oldStatus {
					t.Fatalf("old key status %q, want %q", o.Status, tc.oldStatus)
				}
			})
		}

		t.Run("RevokeIsImmediateAndIdempotent", func(t *testing.T) {
			k := createRESTKey(t, s, tok, `{"name":"Revoke me","environment":"test"}`)
			var first, second restKey
			keysDo(t, s, keysReq{method: "POST", path: "/v1/api-keys/" + k.ID + "/revoke", token: tok, body: `{"reason":"leaked"}`}).decodeInto(t, http.StatusOK, &first)
			keysDo(t, s, keysReq{method: "POST", path: "/v1/api-keys/" + k.ID + "/revoke", token: tok}).decodeInto(t, http.StatusOK, &second)
			if first.Status != "revoked" || first.RevokedAt == nil || second.Status != "revoked" || !second.RevokedAt.Equal(*first.RevokedAt) {
				t.Fatalf("first %+v second %+v", first, second)
			}
			t.Run("RevokedKeyNoLongerAuthenticates", func(t *testing.T) {
				keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys", token: k.Key}).wantError(t, http.StatusUnauthorized, "unauthorized")
			})
			t.Run("RevokedKeyCannotBePatched", func(t *testing.T) {
				keysDo(t, s, keysReq{method: "PATCH", path: "/v1/api-keys/" + k.ID, token: tok, body: `{"name":"x"}`}).wantError(t, http.StatusConflict, "conflict")
			})
		})

		t.Run("Logs", func(t *testing.T) {
			type entry struct {
				Action    string `json:"action"`
				ActorType string `json:"actor_type"`
				IP        string `json:"ip"`
			}
			var logs struct{ Data []entry }
			keysDo(t, s, keysReq{method: "GET", path: path + "/logs", token: tok}).decodeInto(t, http.StatusOK, &logs)
			var actions []string
			for _, e := range logs.Data {
				actions = append(actions, e.Action)
				if e.ActorType != "user" || e.IP != "127.0.0.1" {
					t.Errorf("entry %+v", e)
				}
			}
			if len(actions) == 0 || actions[len(actions)-1] != "key.created" || !slices.Contains(actions, "key.updated") {
				t.Fatalf("actions (newest first) = %v, want key.updated … key.created", actions)
			}
			t.Run("LimitOneReturnsOne", func(t *testing.T) {
				var one struct{ Data []entry }
				keysDo(t, s, keysReq{method: "GET", path: path + "/logs?limit=1", token: tok}).decodeInto(t, http.StatusOK, &one)
				if len(one.Data) != 1 || one.Data[0].Action != actions[0] {
					t.Fatalf("got %+v, want the newest of %v", one.Data, actions)
				}
			})
			for _, limit := range []string{"0", "500", "201", "-1", "ten"} {
				t.Run("Limit"+limit+"Is422", func(t *testing.T) {
					env := keysDo(t, s, keysReq{method: "GET", path: path + "/logs?limit=" + limit, token: tok}).wantError(t, http.StatusUnprocessableEntity, "validation_error")
					if !strings.Contains(env.Error.Message, "limit") {
						t.Fatalf("message %q does not name limit", env.Error.Message)
					}
				})
			}
		})

		t.Run("DeleteRemovesTheKey", func(t *testing.T) {
			k := createRESTKey(t, s, tok, `{"name":"Delete me","environment":"test"}`)
			var del struct {
				ID      string `json:"id"`
				Deleted bool   `json:"deleted"`
			}
			keysDo(t, s, keysReq{method: "DELETE", path: "/v1/api-keys/" + k.ID, token: tok}).decodeInto(t, http.StatusOK, &del)
			if del.ID != k.ID || !del.Deleted {
				t.Fatalf("got %+v", del)
			}
			keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys/" + k.ID, token: tok}).wantError(t, http.StatusNotFound, "not_found")
			keysDo(t, s, keysReq{method: "DELETE", path: "/v1/api-keys/" + k.ID, token: tok}).wantError(t, http.StatusNotFound, "not_found")
			keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys", token: k.Key}).wantError(t, http.StatusUnauthorized, "unauthorized")
		})
	})
}

// TestAPIKeysRESTFailures: one row per way a request can be wrong, each
// answered with the right status and the error keysEnvelope.
func TestAPIKeysRESTFailures(t *testing.T) {
	s := servertest.Start(t, testdb.SQLiteURL(t))
	tok := s.SignUp(t, "owner@acme.example", "Acme").AccessToken
	otherTok := s.SignUp(t, "owner@other.example", "Other").AccessToken
	key := createRESTKey(t, s, tok, `{"name":"Backend","environment":"test"}`)
	big := `{"name":"` + strings.Repeat("x", 1<<20) + `","environment":"test"}`

	cases := []struct {
		name   string
		req    keysReq
		status int
		code   string
		names  string // a substring the message must contain
	}{
		{"NoCredentialsIs401", keysReq{method: "GET", path: "/v1/api-keys"}, 401, "unauthorized", ""},
		{"GarbageBearerIs401", keysReq{method: "GET", path: "/v1/api-keys", token: "garbage"}, 401, "unauthorized", ""},
		{"TamperedJWTIs401", keysReq{method: "GET", path: "/v1/api-keys", token: tok + "x"}, 401, "unauthorized", ""},
		{"BasicAuthIs401", keysReq{method: "GET", path: "/v1/api-keys", header: map[string]string{"Authorization": "Basic YTpi"}}, 401, "unauthorized", ""},
		{"MistypedAPIKeyIs401", keysReq{method: "GET", path: "/v1/api-keys", token: key.Key[:len(key.Key)-1] + flipBase62(key.Key[len(key.Key)-1])}, 401, "unauthorized", ""},
		{"APIKeyAsBearerIs403", keysReq{method: "GET", path: "/v1/api-keys", token: key.Key}, 403, "forbidden", "portal session"},
		{"APIKeyInXAPIKeyHeaderIs403", keysReq{method: "POST", path: "/v1/api-keys", header: map[string]string{"X-API-Key": key.Key},
			body: `{"name":"x","environment":"test"}`}, 403, "forbidden", ""},
		{"MalformedJSONIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x",`}, 422, "validation_error", "JSON"},
		{"UnknownFieldIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x","environment":"test","bogus":1}`}, 422, "validation_error", "bogus"},
		{"TextPlainIs415", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x","environment":"test"}`, contentType: "text/plain"}, 415, "unsupported_media_type", "Content-Type"},
		{"ADuplicateKeyIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x","environment":"test","name":"y"}`}, 422, "validation_error", "name appears twice"},
		{"ANULInANameIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x\u0000y","environment":"test"}`}, 422, "validation_error", "control character"},
		{"EnvironmentProdIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x","environment":"prod"}`}, 422, "validation_error", "environment"},
		{"MissingEnvironmentIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x"}`}, 422, "validation_error", "environment"},
		{"NameAsNumberIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":42,"environment":"test"}`}, 422, "validation_error", "name"},
		{"MissingNameIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"environment":"test"}`}, 422, "validation_error", "name"},
		{"BadKindIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x","environment":"test","kind":"admin"}`}, 422, "validation_error", "kind"},
		{"BadExpiresAtOnCreateIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x","environment":"test","expires_at":"tomorrow"}`}, 422, "validation_error", "expires_at"},
		// REST bodies are snake_case, so the message names the REST field.
		{"PastExpiresAtOnCreateIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x","environment":"test","expires_at":"2020-01-01T00:00:00Z"}`}, 422, "validation_error", "expires_at"},
		{"BadIPAllowlistIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x","environment":"test","ip_allowlist":["banana"]}`}, 422, "validation_error", "ip_allowlist"},
		{"UnknownScopeIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x","environment":"test","scopes":["admin:all"]}`}, 422, "validation_error", "admin:all"},
		{"EmptyBodyIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, header: map[string]string{"Content-Type": "application/json"}}, 422, "validation_error", "empty"},
		{"ArrayBodyIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `[]`}, 422, "validation_error", ""},
		{"TwoObjectsIs422", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: `{"name":"x","environment":"test"}{}`}, 422, "validation_error", ""},
		{"PutIs405", keysReq{method: "PUT", path: "/v1/api-keys", token: tok, body: `{}`}, 405, "method_not_allowed", ""},
		{"PostOnAKeyIs405", keysReq{method: "POST", path: "/v1/api-keys/" + key.ID, token: tok, body: `{}`}, 405, "method_not_allowed", ""},
		{"UnknownRouteIs404", keysReq{method: "GET", path: "/v1/nope", token: tok}, 404, "not_found", ""},
		{"UnknownKeyIs404", keysReq{method: "GET", path: "/v1/api-keys/key_01jd0000000000000000000000", token: tok}, 404, "not_found", ""},
		{"BodyOver1MiBIs413", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: big}, 413, "payload_too_large", ""},
		{"ChunkedBodyOver1MiBIs413", keysReq{method: "POST", path: "/v1/api-keys", token: tok, body: big, chunked: true}, 413, "payload_too_large", ""},
		{"OtherTenantCannotRotate", keysReq{method: "POST", path: "/v1/api-keys/" + key.ID + "/rotate", token: otherTok}, 404, "not_found", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := keysDo(t, s, tc.req)
			env := res.wantError(t, tc.status, tc.code)
			if !strings.Contains(env.Error.Message, tc.names) {
				t.Fatalf("message %q does not mention %q", env.Error.Message, tc.names)
			}
			if tc.status == 405 {
				allow := res.header.Get("Allow")
				if allow == "" || strings.Contains(allow, tc.req.method) {
					t.Fatalf("Allow = %q", allow)
				}
			}
		})
	}
	t.Run("PutAllowsGetAndPost", func(t *testing.T) {
		allow := keysDo(t, s, keysReq{method: "PUT", path: "/v1/api-keys", token: tok}).header.Get("Allow")
		if !strings.Contains(allow, "GET") || !strings.Contains(allow, "POST") {
			t.Fatalf("Allow = %q", allow)
		}
	})
	t.Run("SaneIncomingRequestIDIsEchoed", func(t *testing.T) {
		res := keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys", header: map[string]string{"X-Request-Id": "req-test-123"}})
		if env := res.wantError(t, 401, "unauthorized"); env.Error.RequestID != "req-test-123" {
			t.Fatalf("request_id = %q", env.Error.RequestID)
		}
	})
	t.Run("RejectedCreatesLeaveNoKeys", func(t *testing.T) {
		var data struct{ Data []restKey }
		keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys", token: tok}).decodeInto(t, http.StatusOK, &data)
		if len(data.Data) != 1 || data.Data[0].ID != key.ID {
			t.Fatalf("keys after the failures: %+v", data.Data)
		}
	})

	// Another tenant's key is answered exactly like a key that does not exist.
	foreign := []struct{ method, suffix, body string }{
		{"GET", "", ""}, {"PATCH", "", `{"name":"pwned"}`}, {"DELETE", "", ""},
		{"POST", "/rotate", `{"grace_period":"0"}`}, {"POST", "/revoke", ""}, {"GET", "/logs", ""},
	}
	for _, f := range foreign {
		t.Run("OtherTenants"+f.method+f.suffix+"LooksMissing", func(t *testing.T) {
			got := keysDo(t, s, keysReq{method: f.method, path: "/v1/api-keys/" + key.ID + f.suffix, token: otherTok, body: f.body})
			want := keysDo(t, s, keysReq{method: f.method, path: "/v1/api-keys/key_01jd0000000000000000000000" + f.suffix, token: otherTok, body: f.body})
			g, w := got.wantError(t, 404, "not_found"), want.wantError(t, 404, "not_found")
			g.Error.RequestID, w.Error.RequestID = "", ""
			if g != w {
				t.Fatalf("foreign %+v\nmissing %+v", g, w)
			}
		})
	}
	t.Run("OtherTenantsListLacksTheKey", func(t *testing.T) {
		var data struct{ Data []restKey }
		keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys", token: otherTok}).decodeInto(t, http.StatusOK, &data)
		if len(data.Data) != 0 {
			t.Fatalf("other tenant lists %+v", data.Data)
		}
		var k restKey
		keysDo(t, s, keysReq{method: "GET", path: "/v1/api-keys/" + key.ID, token: tok}).decodeInto(t, http.StatusOK, &k)
		if k.Status != "active" || k.Name != "Backend" {
			t.Fatalf("the other tenant's attempts changed the key: %+v", k)
		}
	})
}

// flipBase62 returns a different base62 character.
func flipBase62(c byte) string {
	if c == 'a' {
		return "b"
	}
	return "a"
}
