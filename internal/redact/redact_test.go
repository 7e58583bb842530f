package redact

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestJSON(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"HarmlessFieldsAreKeptInOrder", `{"status":"submitted","limit":20,"ok":true,"next":null,"id":"ver_1"}`,
			`{"status":"submitted","limit":20,"ok":true,"next":null,"id":"ver_1"}`},
		{"KeyValueIsMasked", `{"id":"key_1","key":"kbs_test_abc","key_id":"key_1"}`,
			`{"id":"key_1","key":"[REDACTED]","key_id":"key_1"}`},
		{"SigningSecretAndTokensAreMasked", `{"signing_secret":"whsec_x","refresh_token":"r","accessToken":"a","new_password":"p"}`,
			`{"signing_secret":"[REDACTED]","refresh_token":"[REDACTED]","accessToken":"[REDACTED]","new_password":"[REDACTED]"}`},
		{"AuthorizationIsMaskedWhateverItsCase", `{"Authorization":"x","X-Api-Key":"y"}`,
			`{"Authorization":"[REDACTED]","X-Api-Key":"[REDACTED]"}`},
		{"PersonalFieldsAreMasked", `{"email":"a@b.c","contact_email":"d@e.f","phone":"+1","first_name":"Ann","Date-Of-Birth":"1990-01-01","passport_number":"X1","document_number":"D2"}`,
			`{"email":"[REDACTED]","contact_email":"[REDACTED]","phone":"[REDACTED]","first_name":"[REDACTED]","Date-Of-Birth":"[REDACTED]","passport_number":"[REDACTED]","document_number":"[REDACTED]"}`},
		{"AnAddressObjectIsMaskedWhole", `{"address":{"street":"1 Main","city":"X"},"country":"GB"}`,
			`{"address":"[REDACTED]","country":"GB"}`},
		{"NotifyEmailsArrayIsMaskedWhole", `{"notify_emails":["a@b.c","d@e.f"],"grace_period_hours":48}`,
			`{"notify_emails":"[REDACTED]","grace_period_hours":48}`},
		{"NumbersAndBooleansOfSensitiveFieldsAreMasked", `{"pin":1234,"cvv":true}`,
			`{"pin":"[REDACTED]","cvv":"[REDACTED]"}`},
		{"NestedFieldsAreMasked", `{"data":[{"supplier":{"supplier_name":"Acme","country_code":"DE"}}]}`,
			`{"data":[{"supplier":{"supplier_name":"[REDACTED]","country_code":"DE"}}]}`},
		{"CredentialLookingValuesAreMaskedUnderAnyName", `{"note":"kbs_live_abc","h":"Bearer eyJabc","jwt":"eyJhbGciOi","list":["whsec_1","fine"]}`,
			`{"note":"[REDACTED]","h":"[REDACTED]","jwt":"[REDACTED]","list":["[REDACTED]","fine"]}`},
		{"ErrorEnvelopeIsKept", `{"error":{"code":"unauthorized","message":"API key revoked","request_id":"req_1"}}`,
			`{"error":{"code":"unauthorized","message":"API key revoked","request_id":"req_1"}}`},
		{"WhitespaceIsCompacted", "{ \"a\" : [ 1 , 2 ] }\n", `{"a":[1,2]}`},
		{"TopLevelArrayIsWalked", `[{"email":"x"},2]`, `[{"email":"[REDACTED]"},2]`},
		{"NullOfASensitiveFieldStaysNull", `{"email":null}`, `{"email":null}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := JSON([]byte(c.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != c.want {
				t.Fatalf("got  %s\nwant %s", got, c.want)
			}
			if !json.Valid(got) {
				t.Fatalf("output is not JSON: %s", got)
			}
		})
	}
}

func TestJSONRefusesWhatIsNotOneDocument(t *testing.T) {
	for _, c := range []struct{ name, in string }{
		{"TextIsRefused", "hello"},
		{"TruncatedJSONIsRefused", `{"a":`},
		{"TwoDocumentsAreRefused", `{} {}`},
		{"EmptyIsRefused", ``},
	} {
		t.Run(c.name, func(t *testing.T) {
			if out, err := JSON([]byte(c.in)); err == nil {
				t.Fatalf("JSON(%q) = %s, want an error", c.in, out)
			}
		})
	}
}

func TestBody(t *testing.T) {
	big := `{"items":[` + strings.Repeat(`"abcdefghij",`, 1000) + `"z"]}`
	for _, c := range []struct {
		name          string
		in            string
		seen          int
		want          string // prefix of the kept body
		wantLen       int    // exact length when > 0
		wantTruncated bool
	}{
		{name: "EmptyBodyIsEmpty", in: "", seen: 0, want: ""},
		{name: "JSONIsRedacted", in: `{"email":"a@b.c"}`, seen: 17, want: `{"email":"[REDACTED]"}`},
		{name: "NonJSONIsNotKept", in: "--boundary\r\nbinary", seen: 18, want: "[body of 18 bytes not kept: not JSON]"},
		{name: "BodyLongerThanWhatWasReadIsNotKept", in: `{"a":1}`, seen: CaptureLimit + 1, want: "[body of more than 7 bytes not kept: too large to redact]", wantTruncated: true},
		{name: "LongJSONIsCutAtTheLimit", in: big, seen: len(big), want: `{"items":["abcdefghij",`, wantLen: Limit, wantTruncated: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, truncated := Body([]byte(c.in), c.seen)
			if !strings.HasPrefix(got, c.want) || (c.wantLen == 0 && got != c.want) {
				t.Fatalf("got %.80q, want %.80q", got, c.want)
			}
			if c.wantLen > 0 && len(got) != c.wantLen {
				t.Fatalf("kept %d bytes, want %d", len(got), c.wantLen)
			}
			if truncated != c.wantTruncated {
				t.Fatalf("truncated %v, want %v", truncated, c.wantTruncated)
			}
		})
	}
	t.Run("CutNeverSplitsACharacter", func(t *testing.T) {
		in := `{"s":"` + strings.Repeat("é", Limit) + `"}`
		got, truncated := Body([]byte(in), len(in))
		if !truncated || len(got) > Limit || !strings.HasSuffix(got, "é") {
			t.Fatalf("kept %d bytes ending %q (truncated %v)", len(got), got[len(got)-4:], truncated)
		}
	})
}

func TestSensitive(t *testing.T) {
	for _, c := range []struct {
		field string
		want  bool
	}{
		{"key", true}, {"API_KEY", true}, {"client_secret", true}, {"session_token", true},
		{"email_address", true}, {"mobile_phone", true}, {"legal_name", true}, {"dob", true},
		{"key_id", false}, {"status", false}, {"request_id", false}, {"country_code", false},
		{"error_code", false}, {"scopes", false}, {"created_at", false}, {"prefix", false},
	} {
		if got := Sensitive(c.field); got != c.want {
			t.Errorf("Sensitive(%q) = %v, want %v", c.field, got, c.want)
		}
	}
}

func FuzzJSON(f *testing.F) {
	for _, s := range []string{`{"email":"x","a":[1,{"key":"k"}]}`, `[]`, `"kbs_x"`, `{"a":{"b":{"c":null}}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		out, err := JSON(in)
		if err != nil {
			return
		}
		if !json.Valid(out) {
			t.Fatalf("JSON(%q) = %q is not JSON", in, out)
		}
	})
}
