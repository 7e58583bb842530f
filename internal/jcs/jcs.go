// Package jcs holds the JSON Canonicalization Scheme of RFC 8785: one exact
// byte sequence for a JSON value, so that a signature over it can be checked
// by anyone who re-serialises the same data, in any language.
//
// The scheme, in short: no insignificant whitespace; object members sorted by
// the UTF-16 code units of their names; strings with only the escapes
// JSON.stringify uses (\" \\ \b \f \n \r \t and \u00xx for other control
// characters), everything else as literal UTF-8; numbers as IEEE-754 doubles
// written the way ECMAScript's Number.prototype.toString writes them.
//
// Input must be I-JSON (RFC 7493), as RFC 8785 requires: valid UTF-8, no
// unpaired surrogates, no duplicate member names, and no number outside the
// range of a double. Such input is refused with an error rather than silently
// changed, because a canonical form that quietly differs from what the signer
// meant is worse than none.
package jcs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
)

// maxDepth bounds the nesting of arrays and objects, as encoding/json does, so
// hostile input cannot make the parser recurse without end.
const maxDepth = 10000

// Transform returns the canonical form of the JSON text data.
func Transform(data []byte) ([]byte, error) {
	v, err := parse(data)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := write(&b, v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Marshal encodes v with encoding/json (so struct tags and json.Marshaler
// apply) and returns the canonical form of the result. Note that
// encoding/json replaces invalid UTF-8 in Go strings with U+FFFD.
func Marshal(v any) ([]byte, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("jcs: %w", err)
	}
	return Transform(raw)
}

// IsCanonical reports whether data is already in canonical form: valid
// I-JSON whose canonical form is data itself, byte for byte.
func IsCanonical(data []byte) bool {
	c, err := Transform(data)
	return err == nil && bytes.Equal(c, data)
}

// write appends the canonical form of a parsed value to b.
func write(b *bytes.Buffer, v any) error {
	switch v := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case float64:
		s, err := FormatNumber(v)
		if err != nil {
			return err
		}
		b.WriteString(s)
	case string:
		writeString(b, v)
	case []any:
		b.WriteByte('[')
		for i, e := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := write(b, e); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case map[string]any:
		names := make([]string, 0, len(v))
		for k := range v {
			names = append(names, k)
		}
		slices.SortFunc(names, compareUTF16)
		b.WriteByte('{')
		for i, k := range names {
			if i > 0 {
				b.WriteByte(',')
			}
			writeString(b, k)
			b.WriteByte(':')
			if err := write(b, v[k]); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	default:
		// parse produces only the types above.
		return fmt.Errorf("jcs: unexpected value of type %T", v)
	}
	return nil
}

// compareUTF16 orders member names by their UTF-16 code units, as RFC 8785
// §3.2.3 requires. It differs from Go's byte order (UTF-8) only when a name
// holds characters above U+FFFF next to ones in U+E000–U+FFFF.
func compareUTF16(a, b string) int {
	return slices.Compare(utf16.Encode([]rune(a)), utf16.Encode([]rune(b)))
}

// writeString writes s as JSON.stringify does (ECMA-262 QuoteJSONString).
func writeString(b *bytes.Buffer, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				b.WriteString(`\u00`)
				b.WriteByte(hex[r>>4])
				b.WriteByte(hex[r&0xf])
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

// ErrNumber is returned for numbers JSON cannot carry: NaN and the infinities.
var ErrNumber = errors.New("jcs: NaN and Infinity have no JSON form")

// FormatNumber writes f as ECMAScript's Number.prototype.toString does
// (ECMA-262 Number::toString, radix 10), which RFC 8785 §3.2.2.3 adopts: the
// shortest digits that read back as f, in plain notation for magnitudes from
// 1e-6 up to (not including) 1e21, and in exponent notation ("1e+21") outside.
func FormatNumber(f float64) (string, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "", ErrNumber
	}
	if f == 0 {
		return "0", nil // also for -0, as ECMAScript writes it
	}
	// strconv's shortest round-trip digits are the digits ECMAScript asks
	// for; only their layout differs. 'e' gives "-d.ddde±XX".
	s := strconv.FormatFloat(f, 'e', -1, 64)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	mantissa, exp, _ := strings.Cut(s, "e")
	digits := strings.Replace(mantissa, ".", "", 1)
	e, err := strconv.Atoi(exp)
	if err != nil {
		return "", fmt.Errorf("jcs: unexpected float format %q", s)
	}
	// In ECMA-262's terms the value is digits × 10^(n−k).
	k, n := len(digits), e+1
	var out string
	switch {
	case k <= n && n <= 21:
		out = digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		out = digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		out = "0." + strings.Repeat("0", -n) + digits
	default:
		m := digits[:1]
		if k > 1 {
			m += "." + digits[1:]
		}
		expSign := "+"
		if n-1 < 0 {
			expSign = "-"
		}
		out = m + "e" + expSign + strconv.Itoa(abs(n-1))
	}
	return sign + out, nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
