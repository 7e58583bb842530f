package rest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/validate"
)

// decode reads a JSON request body into v strictly: the content type must be
// JSON (else 415), duplicate keys and control characters are refused at the
// edge (validate.JSON), unknown fields are refused, and every failure is a
// 4xx naming what is wrong, never a 500.
func decode(r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
			return &fault.Error{Kind: fault.UnsupportedMediaType, Field: "Content-Type",
				Message: "the body must be JSON: send Content-Type: application/json"}
		}
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return decodeReadError(err)
	}
	if err := validate.JSON(body); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	err = dec.Decode(v)
	var (
		syntaxErr *json.SyntaxError
		typeErr   *json.UnmarshalTypeError
	)
	switch {
	case err == nil:
		if dec.More() {
			return fault.InvalidField("body", "the body must hold exactly one JSON object")
		}
		if _, err := dec.Token(); err != io.EOF {
			return fault.InvalidField("body", "the body must hold exactly one JSON object")
		}
		return nil
	case errors.Is(err, io.EOF):
		return fault.InvalidField("body", "the request body is empty; send a JSON object")
	case errors.As(err, &syntaxErr), errors.Is(err, io.ErrUnexpectedEOF):
		return fault.InvalidField("body", "malformed JSON in the request body")
	case errors.As(err, &typeErr):
		field := typeErr.Field
		if field == "" {
			return fault.InvalidField("body", "the body must be a JSON object")
		}
		return fault.InvalidField(field, "%s must be %s", field, jsonType(typeErr.Type.Kind().String()))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return fault.InvalidField(field, "unknown field %q", field)
	default:
		var fe *fault.Error
		if errors.As(err, &fe) {
			return fe
		}
		return fault.InvalidField("body", "invalid request body: %s", err.Error())
	}
}

func jsonType(kind string) string {
	switch kind {
	case "string":
		return "a string"
	case "slice", "array":
		return "an array"
	case "map", "struct":
		return "an object"
	case "bool":
		return "true or false"
	case "ptr":
		return "a valid value"
	default:
		return fmt.Sprintf("a %s", strings.TrimSuffix(strings.TrimSuffix(kind, "64"), "32"))
	}
}
