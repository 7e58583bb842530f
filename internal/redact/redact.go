// Package redact turns a request or response body into what the request log
// may keep: JSON with every secret and personal field replaced, capped in
// size. It is the one documented redaction list; the request log's detail
// view shows nothing that has not passed through Body.
//
// The list errs on the side of hiding: a field is redacted when its name,
// lower-cased with separators removed ("Date-of_Birth" → "dateofbirth"), is
// in Secret or Personal, or ends with one of SecretSuffixes or
// PersonalSuffixes; any string that looks like a credential (a KeyBS key or
// token, a webhook signing secret, a bearer header, a JWT) is redacted
// whatever its field is called. A redacted field keeps its name and loses
// its whole value, objects and arrays included.
package redact

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Mask replaces every redacted value.
const Mask = "[REDACTED]"

// Limit is the most bytes of a body the log keeps after redaction.
const Limit = 8 << 10

// CaptureLimit is the most bytes of a body read for redaction; a longer body
// cannot be parsed whole and is not kept at all.
const CaptureLimit = 64 << 10

// Secret names fields holding credentials.
var Secret = set("authorization", "apikey", "key", "secret", "token", "password", "passphrase",
	"privatekey", "clientsecret", "signingsecret", "otp", "totp", "mfacode", "recoverycode",
	"cookie", "setcookie", "pin", "cvv", "cvc", "cardnumber", "pan")

// SecretSuffixes catch the rest of the credential family (refresh_token,
// webhook_secret, new_password, x_api_key).
var SecretSuffixes = []string{"secret", "token", "password", "apikey"}

// Personal names fields holding personal data: contact details, names, date
// of birth, identity documents and addresses.
var Personal = set("email", "phone", "phonenumber", "mobile", "telephone", "name", "firstname",
	"lastname", "middlename", "fullname", "givenname", "familyname", "surname", "legalname",
	"maidenname", "dateofbirth", "dob", "birthdate", "birthday", "documentnumber", "passportnumber",
	"idnumber", "nationalid", "ssn", "taxid", "tin", "iban", "address", "street", "streetaddress",
	"addressline1", "addressline2", "postcode", "postalcode", "zip", "zipcode", "notifyemails")

// PersonalSuffixes catch contact_email, supplier_name, home_address,
// mobile_phone and the like.
var PersonalSuffixes = []string{"email", "emails", "phone", "name", "address", "dateofbirth", "documentnumber"}

// credentialPrefixes mark a string value as a credential wherever it occurs.
var credentialPrefixes = []string{"kbs_", "whsec_", "bearer ", "basic ", "eyj"}

// Sensitive reports whether a field of this name is redacted.
func Sensitive(field string) bool {
	n := normalize(field)
	if Secret[n] || Personal[n] {
		return true
	}
	for _, s := range SecretSuffixes {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	for _, s := range PersonalSuffixes {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
}

// Credential reports whether a string value looks like a credential.
func Credential(v string) bool {
	l := strings.ToLower(strings.TrimSpace(v))
	for _, p := range credentialPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// Body returns what the log keeps of a body and whether it was cut short.
// seen is how many bytes of the body there were, which exceeds len(b) when
// only the first CaptureLimit bytes were kept. An empty body is kept as "". A body
// that is not JSON, or too long to read whole, is replaced by a note saying
// so: without parsing it nothing in it can be known to be safe.
func Body(b []byte, seen int) (string, bool) {
	if seen == 0 && len(b) == 0 {
		return "", false
	}
	if seen > len(b) {
		return fmt.Sprintf("[body of more than %d bytes not kept: too large to redact]", len(b)), true
	}
	out, err := JSON(b)
	if err != nil {
		return fmt.Sprintf("[body of %d bytes not kept: not JSON]", len(b)), false
	}
	if len(out) <= Limit {
		return string(out), false
	}
	cut := Limit
	for cut > 0 && !utf8.RuneStart(out[cut]) {
		cut--
	}
	return string(out[:cut]), true
}

// JSON returns the document b compacted, keys in their order, with every
// sensitive field's value and every credential-like string replaced by Mask.
func JSON(b []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out bytes.Buffer
	out.Grow(len(b))
	if err := copyValue(dec, &out, false); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err == nil {
		return nil, errors.New("redact: more than one JSON value")
	}
	return out.Bytes(), nil
}

// copyValue copies the next value from dec to out, masked when hide is set.
func copyValue(dec *json.Decoder, out *bytes.Buffer, hide bool) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); ok {
		if hide {
			if err := skip(dec); err != nil {
				return err
			}
			writeString(out, Mask)
			return nil
		}
		return copyComposite(dec, out, d)
	}
	switch v := tok.(type) {
	case nil:
		out.WriteString("null") // nothing to hide in an absent value
	case string:
		if hide || Credential(v) {
			v = Mask
		}
		writeString(out, v)
	case bool, json.Number:
		if hide {
			writeString(out, Mask)
		} else {
			fmt.Fprint(out, v)
		}
	}
	return nil
}

// copyComposite copies an object or array whose opening delimiter d has been
// read.
func copyComposite(dec *json.Decoder, out *bytes.Buffer, d json.Delim) error {
	out.WriteRune(rune(d))
	for first := true; dec.More(); first = false {
		if !first {
			out.WriteByte(',')
		}
		hide := false
		if d == '{' {
			tok, err := dec.Token()
			if err != nil {
				return err
			}
			name, _ := tok.(string)
			writeString(out, name)
			out.WriteByte(':')
			hide = Sensitive(name)
		}
		if err := copyValue(dec, out, hide); err != nil {
			return err
		}
	}
	end, err := dec.Token()
	if err != nil {
		return err
	}
	out.WriteRune(rune(end.(json.Delim)))
	return nil
}

// skip consumes the rest of an object or array whose opening delimiter has
// been read.
func skip(dec *json.Decoder) error {
	for depth := 1; depth > 0; {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		if d, ok := tok.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
	}
	return nil
}

func writeString(out *bytes.Buffer, s string) {
	b, _ := json.Marshal(s)
	out.Write(b)
}

func normalize(field string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(field) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
