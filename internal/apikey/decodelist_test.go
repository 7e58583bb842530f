package apikey

import (
	"encoding/json"
	"slices"
	"testing"
)

// decodeList's hand-split fast path must read every stored list exactly as
// encoding/json does, falling back to it for anything it does not handle.
func TestDecodeListMatchesEncodingJSON(t *testing.T) {
	for _, in := range []string{
		``, `null`, `[]`, ` [] `, `["verification:read"]`, `["a","b","c"]`, `["203.0.113.0/24","2001:db8::/32"]`,
		`["https://shop.example","http://localhost:3000"]`, `[ "a" , "b" ]`, `["a\"b"]`, `["a\\b"]`, `["\u00e9"]`,
		`["é","ü"]`, `[""]`, `["",""]`, `["a",]`, `["a"`, `[1]`, `["a","b"] `,
	} {
		var want []string
		if in != "" {
			_ = json.Unmarshal([]byte(in), &want)
		}
		got := decodeList([]byte(in))
		if !slices.Equal(got, want) {
			t.Errorf("decodeList(%s) = %q, encoding/json reads %q", in, got, want)
		}
	}
}

func BenchmarkDecodeList(b *testing.B) {
	in := []byte(`["verification:read","verification:write"]`)
	b.ReportAllocs()
	for b.Loop() {
		_ = decodeList(in)
	}
}
