package validate

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/keybs/platform/internal/fault"
)

// JSON checks a request body at the edge, once for every field of every
// transport: an object may not name a key twice (JSON leaves that undefined,
// and decoders disagree on which one wins), and no string — key or value —
// may hold a control character other than tab, newline and carriage return
// (a NUL is stored by SQLite and refused by PostgreSQL; the others forge log
// lines and break exports). Malformed JSON passes: the decoder that follows
// reports it with a better message. The field in the error is the path of
// the offending value, e.g. "items[2].message".
func JSON(body []byte) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	err := walkJSON(dec, "")
	var fe *fault.Error
	if errors.As(err, &fe) {
		return fe
	}
	return nil
}

// walkJSON reads one value at path.
func walkJSON(dec *json.Decoder, path string) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	switch t := tok.(type) {
	case string:
		return checkText(path, t)
	case json.Delim:
		switch t {
		case '{':
			seen := map[string]bool{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return err
				}
				key, _ := kt.(string)
				at := join(path, key)
				if err := checkText(at, key); err != nil {
					return err
				}
				if seen[key] {
					return fault.InvalidField(at, "{field} appears twice in one object; send each key once")
				}
				seen[key] = true
				if err := walkJSON(dec, at); err != nil {
					return err
				}
			}
		case '[':
			for i := 0; dec.More(); i++ {
				if err := walkJSON(dec, path+"["+strconv.Itoa(i)+"]"); err != nil {
					return err
				}
			}
		}
		_, err := dec.Token() // the closing delimiter
		if errors.Is(err, io.EOF) {
			return nil
		}
		return err
	}
	return nil
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// checkText refuses control characters but tab, newline and carriage return.
func checkText(path, s string) error {
	if i := strings.IndexFunc(s, ForbiddenControl); i >= 0 {
		field := path
		if field == "" {
			field = "body"
		}
		return fault.InvalidField(field, "{field} contains a control character (U+%04X); text may hold tabs and line breaks only", []rune(s[i:])[0])
	}
	return nil
}

// ForbiddenControl reports C0 and C1 control characters and DEL, except
// tab, newline and carriage return.
func ForbiddenControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	}
	return false
}
