package rest

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/keybs/platform/internal/fault"
)

// handlerFunc is a route's handler: it answers through c, or returns the
// error the envelope writer turns into the response.
type handlerFunc func(c call) error

// call is one request to a handler, with the few things handlers need.
type call struct {
	w http.ResponseWriter
	r *http.Request
}

// serve adapts a handlerFunc to http.Handler: the one place an error becomes
// the envelope.
func (h *handler) serve(fn handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := fn(call{w: w, r: r}); err != nil {
			h.fail(w, r, err)
		}
	})
}

func (c call) ctx() context.Context     { return c.r.Context() }
func (c call) path(name string) string  { return c.r.PathValue(name) }
func (c call) query(name string) string { return c.r.URL.Query().Get(name) }

// queryList reads a list parameter given comma-separated, repeated, or both
// (?event_types=a,b&event_types=c), without empty items.
func (c call) queryList(name string) []string {
	var out []string
	for _, v := range c.r.URL.Query()[name] {
		for _, item := range strings.Split(v, ",") {
			if item = strings.TrimSpace(item); item != "" {
				out = append(out, item)
			}
		}
	}
	return out
}
func (c call) header(name string) string { return c.r.Header.Get(name) }

// decode reads the required JSON body into v (see decode).
func (c call) decode(v any) error { return decode(c.r, v) }

// decodeOptional is decode for routes whose body may be left out.
func (c call) decodeOptional(v any) error {
	if c.r.ContentLength == 0 {
		return nil
	}
	return decode(c.r, v)
}

// json answers v with status.
func (c call) json(status int, v any) error {
	WriteJSON(c.w, status, v)
	return nil
}

// parseLimit reads an optional ?limit= from 1 to max; absent gives 0, which
// domain functions read as their default.
func parseLimit(v string, max int) (int, error) {
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > max {
		return 0, fault.InvalidField("limit", "{field} must be a whole number from 1 to %d", max)
	}
	return n, nil
}

// nilIfEmpty is nil for "", so JSON shows null.
func nilIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
