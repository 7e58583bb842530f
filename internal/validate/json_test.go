package validate

import (
	"testing"

	"github.com/keybs/platform/internal/fault"
)

func TestJSON(t *testing.T) {
	for _, tc := range []struct {
		name, body, field string // field "" means accepted
	}{
		{"PlainObjectIsAccepted", `{"name":"Acme","tags":["a","b"],"n":1.5,"ok":true,"x":null}`, ""},
		{"TabsAndLineBreaksAreText", `{"note":"line one\nline two\tand\r\n"}`, ""},
		{"UnicodeIsText", `{"name":"Łódź Trading — 株式会社"}`, ""},
		{"MalformedJSONIsLeftToTheDecoder", `{"name":`, ""},
		{"ANULIsRefused", `{"supplier_name":"Acme\u0000Ltd"}`, "supplier_name"},
		{"AnEscapeCharacterIsRefused", `{"name":"\u001b[31mred"}`, "name"},
		{"DELIsRefused", `{"name":"a\u007fb"}`, "name"},
		{"AC1ControlIsRefused", `{"name":"a\u0085b"}`, "name"},
		{"NestedPathsAreNamed", `{"input":{"items":[{"message":"ok"},{"message":"bad\u0000"}]}}`, "input.items[1].message"},
		{"AControlCharacterInAKeyIsRefused", `{"na\u0000me":"x"}`, "na\x00me"},
		{"ADuplicateKeyIsRefused", `{"name":"a","name":"b"}`, "name"},
		{"ADuplicateNestedKeyIsRefused", `{"input":{"a":1,"b":2,"a":3}}`, "input.a"},
		{"TheSameKeyInTwoObjectsIsFine", `{"a":{"x":1},"b":{"x":2},"c":[{"x":1},{"x":2}]}`, ""},
		{"ATopLevelStringIsChecked", `"bad\u0000"`, "body"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := JSON([]byte(tc.body))
			switch {
			case tc.field == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.field != "" && !fault.Is(err, fault.Invalid):
				t.Fatalf("got %v, want validation_error on %q", err, tc.field)
			case tc.field != "" && fault.From(err).Field != tc.field:
				t.Fatalf("field %q, want %q", fault.From(err).Field, tc.field)
			}
		})
	}
}
