package jcs

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// The examples of RFC 8785 (§3.2.2, §3.2.3) and its author's published test
// data (github.com/cyberphone/json-canonicalization, testdata/), input and
// expected output.
func TestTransformRFC8785Examples(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			"Arrays",
			"[\n  56,\n  {\n    \"d\": true,\n    \"10\": null,\n    \"1\": [ ]\n  }\n]",
			`[56,{"1":[],"10":null,"d":true}]`,
		},
		{
			"FrenchIsSortedByCodeUnitsNotLocale",
			`{"peach": "This sorting order", "péché": "is wrong according to French", "pêche": "but canonicalization MUST", "sin":   "ignore locale"}`,
			`{"peach":"This sorting order","péché":"is wrong according to French","pêche":"but canonicalization MUST","sin":"ignore locale"}`,
		},
		{
			"Structures",
			`{"1": {"f": {"f": "hi","F": 5} ,"\n": 56.0}, "10": { }, "": "empty", "a": { }, "111": [ {"e": "yes","E": "no" } ], "A": { }}`,
			`{"":"empty","1":{"\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{"E":"no","e":"yes"}],"A":{},"a":{}}`,
		},
		{
			"UnicodeIsNotNormalised",
			`{"Unnormalized Unicode":"A\u030a"}`,
			"{\"Unnormalized Unicode\":\"A\u030a\"}",
		},
		{
			"ValuesSection3_2_2",
			`{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false]}`,
			`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
		},
		{
			"SortingSection3_2_3",
			`{"\u20ac": "Euro Sign", "\r": "Carriage Return", "\u000a": "Newline", "1": "One", "\u0080": "Control\u007f", "\ud83d\ude02": "Smiley", "\u00f6": "Latin Small Letter O With Diaeresis", "\ufb33": "Hebrew Letter Dalet With Dagesh", "</script>": "Browser Challenge"}`,
			"{\"\\n\":\"Newline\",\"\\r\":\"Carriage Return\",\"1\":\"One\",\"</script>\":\"Browser Challenge\",\"\u0080\":\"Control\u007f\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\U0001F602\":\"Smiley\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Transform([]byte(tc.in))
			if err != nil {
				t.Fatalf("Transform: %v", err)
			}
			if string(got) != tc.want {
				t.Errorf("Transform =\n%s\nwant\n%s", got, tc.want)
			}
			if !IsCanonical(got) {
				t.Error("the output is not canonical by IsCanonical")
			}
		})
	}
}

// The examples of RFC 8785 Appendix B: IEEE-754 bit patterns and their
// ECMAScript form (each checked against Node's JSON.stringify as well).
func TestFormatNumberAppendixB(t *testing.T) {
	tests := []struct{ bits, want string }{
		{"0000000000000000", "0"},
		{"8000000000000000", "0"}, // minus zero
		{"0000000000000001", "5e-324"},
		{"8000000000000001", "-5e-324"},
		{"7fefffffffffffff", "1.7976931348623157e+308"},
		{"ffefffffffffffff", "-1.7976931348623157e+308"},
		{"4340000000000000", "9007199254740992"},
		{"c340000000000000", "-9007199254740992"},
		{"4430000000000000", "295147905179352830000"},
		{"44b52d02c7e14af5", "9.999999999999997e+22"},
		{"44b52d02c7e14af6", "1e+23"},
		{"44b52d02c7e14af7", "1.0000000000000001e+23"},
		{"444b1ae4d6e2ef4e", "999999999999999700000"},
		{"444b1ae4d6e2ef4f", "999999999999999900000"},
		{"444b1ae4d6e2ef50", "1e+21"},
		{"3eb0c6f7a0b5ed8c", "9.999999999999997e-7"},
		{"3eb0c6f7a0b5ed8d", "0.000001"},
		{"41b3de4355555553", "333333333.3333332"},
		{"41b3de4355555554", "333333333.33333325"},
		{"41b3de4355555555", "333333333.3333333"},
		{"41b3de4355555556", "333333333.3333334"},
		{"41b3de4355555557", "333333333.33333343"},
		{"becbf647612f3696", "-0.0000033333333333333333"},
		{"43143ff3c1cb0959", "1424953923781206.2"},
	}
	for _, tc := range tests {
		t.Run(tc.bits+"Is"+tc.want, func(t *testing.T) {
			f := fromBits(t, tc.bits)
			got, err := FormatNumber(f)
			if err != nil {
				t.Fatalf("FormatNumber: %v", err)
			}
			if got != tc.want {
				t.Errorf("FormatNumber(%s) = %s, want %s", tc.bits, got, tc.want)
			}
		})
	}
	for _, bits := range []string{"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"} {
		t.Run(bits+"IsRefused", func(t *testing.T) {
			if got, err := FormatNumber(fromBits(t, bits)); !errors.Is(err, ErrNumber) {
				t.Errorf("FormatNumber(%s) = %q, %v; want ErrNumber", bits, got, err)
			}
		})
	}
}

func fromBits(t *testing.T, s string) float64 {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 8 {
		t.Fatalf("bad bit pattern %q", s)
	}
	return math.Float64frombits(binary.BigEndian.Uint64(b))
}

// ECMAScript's layout rules at their boundaries: plain notation from 1e-6 up
// to 1e21, exponent notation outside, integers without a fraction.
func TestFormatNumberBoundaries(t *testing.T) {
	tenth := 0.1 // a variable, so the sum below is computed in doubles, not exactly
	tests := []struct {
		in   float64
		want string
	}{
		{1, "1"}, {-1, "-1"}, {100, "100"}, {78, "78"}, {0.5, "0.5"}, {-0.25, "-0.25"},
		{1e20, "100000000000000000000"}, {1e21, "1e+21"}, {-1e21, "-1e+21"}, {1.5e21, "1.5e+21"},
		{1e-6, "0.000001"}, {1.5e-6, "0.0000015"}, {1e-7, "1e-7"}, {-1.25e-7, "-1.25e-7"},
		{123456789012345680000, "123456789012345680000"}, {0.1, "0.1"}, {tenth + 2*tenth, "0.30000000000000004"},
		{math.MaxInt32, "2147483647"}, {1 << 53, "9007199254740992"}, {1<<53 + 2, "9007199254740994"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			if got, err := FormatNumber(tc.in); err != nil || got != tc.want {
				t.Errorf("FormatNumber(%v) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
		})
	}
}

// Every double, written our way, reads back as itself: the digits are never
// too few. (That they are never too many is what the shortest-digits
// algorithm gives; the Node test compares against ECMAScript itself.)
func TestFormatNumberRoundTrips(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100_000 {
		f := math.Float64frombits(rng.Uint64())
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		s, err := FormatNumber(f)
		if err != nil {
			t.Fatalf("FormatNumber(%b): %v", f, err)
		}
		back, err := strconv.ParseFloat(s, 64)
		if err != nil || back != f && !(f == 0 && back == 0) {
			t.Fatalf("FormatNumber(%v) = %s reads back as %v, %v", f, s, back, err)
		}
	}
}

// UTF-16 order differs from UTF-8 byte order for a character above U+FFFF
// (a surrogate pair, 0xD83D…) against one in U+E000–U+FFFF.
func TestMemberNamesSortByUTF16CodeUnits(t *testing.T) {
	got, err := Transform([]byte(`{"\ue000":1,"😀":2,"a":3}`))
	if err != nil {
		t.Fatal(err)
	}
	if want := "{\"a\":3,\"😀\":2,\"\ue000\":1}"; string(got) != want {
		t.Errorf("Transform = %s, want %s", got, want)
	}
}

func TestStringEscapes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ShortEscapesStayShort", `"\b\f\n\r\t\"\\"`, `"\b\f\n\r\t\"\\"`},
		{"OtherControlsAreLowerCaseHex", `"\u0000\u001F\u000B"`, `"\u0000\u001f\u000b"`},
		{"SolidusIsNotEscaped", `"a\/b"`, `"a/b"`},
		{"DeleteIsLiteral", `"\u007f"`, "\"\u007f\""},
		{"LineSeparatorsAreLiteral", `"\u2028\u2029"`, "\"\u2028\u2029\""},
		{"HTMLIsNotEscaped", `"\u003cb\u003e\u0026"`, `"<b>&"`},
		{"NonASCIIEscapesBecomeUTF8", `"\u00e9\u4e2d"`, `"é中"`},
		{"SurrogatePairBecomesOneCharacter", `"\uD83D\uDE00"`, `"😀"`},
		{"RawUTF8IsKept", `"Zürich 北京 😀"`, `"Zürich 北京 😀"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, err := Transform([]byte(tc.in)); err != nil || string(got) != tc.want {
				t.Errorf("Transform(%s) = %s, %v; want %s", tc.in, got, err, tc.want)
			}
		})
	}
}

func TestTransformRefusesWhatIsNotIJSON(t *testing.T) {
	tests := []struct {
		name, in, mention string
	}{
		{"DuplicateMemberName", `{"a":1,"b":2,"a":3}`, `duplicate member name "a"`},
		{"DuplicateAfterEscapes", `{"a":1,"\u0061":2}`, "duplicate"},
		{"LoneHighSurrogate", `"\ud83d"`, "unpaired"},
		{"LoneLowSurrogate", `"\ude00"`, "unpaired"},
		{"HighSurrogateThenNonSurrogate", `"\ud83d\u0041"`, "unpaired"},
		{"TwoHighSurrogates", `"\ud83d\ud83d"`, "unpaired"},
		{"InvalidUTF8", "\"\xff\"", "invalid UTF-8"},
		{"UTF8EncodedSurrogate", "\"\xed\xa0\x80\"", "invalid UTF-8"},
		{"RawControlCharacter", "\"a\nb\"", "control character"},
		{"NumberBeyondADouble", `[1e400]`, "out of the range"},
		{"NegativeNumberBeyondADouble", `-1e400`, "out of the range"},
		{"LeadingZero", `01`, "after the JSON value"},
		{"LeadingPlus", `+1`, "invalid character"},
		{"BareDot", `1.`, "no digits after"},
		{"EmptyExponent", `1e`, "exponent"},
		{"NaNLiteral", `NaN`, "invalid character"},
		{"TrailingComma", `[1,]`, "invalid character"},
		{"TrailingData", `{} {}`, "after the JSON value"},
		{"UnknownEscape", `"\x"`, "invalid escape"},
		{"ShortUnicodeEscape", `"\u12"`, "escape"},
		{"NonHexUnicodeEscape", `"\u12g4"`, "invalid \\u escape"},
		{"UnterminatedString", `"abc`, "end of input"},
		{"UnterminatedObject", `{"a":1`, "end of input"},
		{"MissingColon", `{"a" 1}`, "expected ':'"},
		{"NonStringName", `{1:2}`, "member name"},
		{"Empty", ``, "end of input"},
		{"TooDeep", strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1), "nesting"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Transform([]byte(tc.in))
			if err == nil {
				t.Fatalf("Transform(%q) = %s, want an error", tc.in, got)
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Errorf("error %v is a %T, want *SyntaxError", err, err)
			}
			if !strings.Contains(err.Error(), tc.mention) {
				t.Errorf("error %q does not mention %q", err, tc.mention)
			}
		})
	}
	t.Run("DepthLimitIsNotTooLow", func(t *testing.T) {
		deep := strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth)
		if _, err := Transform([]byte(deep)); err != nil {
			t.Errorf("nesting %d deep: %v", maxDepth, err)
		}
	})
}

func TestMarshal(t *testing.T) {
	type inner struct {
		Z bool `json:"z"`
		A any  `json:"a"`
	}
	v := struct {
		Name  string  `json:"name"`
		Score int     `json:"score"`
		Ratio float64 `json:"ratio"`
		In    inner   `json:"in"`
		Skip  string  `json:"-"`
	}{Name: "<Acme & Co>", Score: 78, Ratio: 4.5, In: inner{Z: true}, Skip: "x"}
	got, err := Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"in":{"a":null,"z":true},"name":"<Acme & Co>","ratio":4.5,"score":78}`; string(got) != want {
		t.Errorf("Marshal = %s, want %s", got, want)
	}
	t.Run("NaNIsAnError", func(t *testing.T) {
		if _, err := Marshal(math.NaN()); err == nil {
			t.Error("Marshal(NaN) succeeded")
		}
	})
}

func TestIsCanonical(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`{"a":1,"b":[true,null]}`, true},
		{`{"b":1,"a":2}`, false},
		{`{"a": 1}`, false},
		{`{"a":1.0}`, false},
		{`"\u00e9"`, false},
		{`"é"`, true},
		{`{"a":1,"a":1}`, false},
		{`not json`, false},
	}
	for _, tc := range tests {
		t.Run(strconv.Quote(tc.in), func(t *testing.T) {
			if got := IsCanonical([]byte(tc.in)); got != tc.want {
				t.Errorf("IsCanonical(%s) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

// FuzzTransform checks that whatever we accept, encoding/json reads as the
// same value, and that canonicalising twice changes nothing.
func FuzzTransform(f *testing.F) {
	for _, s := range []string{
		`{"a":1}`, `[1.5e300,-0,"\u00e9\ud83d\ude00"]`, `{"":{"":[]}}`, `"\u0000"`, `1E-7`, `null`,
		`{"b":false,"a":"x\ny"}`, `[0.1,1e21,123456789012345678901234567890]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Transform(data)
		if err != nil {
			return
		}
		var in, out any
		if err := json.Unmarshal(data, &in); err != nil {
			t.Fatalf("we accepted %q but encoding/json refuses it: %v", data, err)
		}
		if err := json.Unmarshal(c, &out); err != nil {
			t.Fatalf("canonical form %q of %q is not JSON: %v", c, data, err)
		}
		if !reflect.DeepEqual(in, out) {
			t.Fatalf("canonical form %q of %q reads as %v, want %v", c, data, out, in)
		}
		again, err := Transform(c)
		if err != nil || string(again) != string(c) {
			t.Fatalf("Transform is not idempotent on %q: %q, %v", c, again, err)
		}
	})
}
