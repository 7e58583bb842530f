package outcome

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestRecorder(t *testing.T) {
	t.Run("FirstStatusAndBytesAreRecorded", func(t *testing.T) {
		w, r, rec := Wrap(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
		w.WriteHeader(http.StatusTeapot)
		w.WriteHeader(http.StatusOK) // ignored by net/http too
		_, _ = w.Write([]byte("hello"))
		if rec.Status != http.StatusTeapot || rec.Bytes != 5 {
			t.Fatalf("status %d bytes %d, want 418 and 5", rec.Status, rec.Bytes)
		}
		if From(r.Context()) != rec {
			t.Fatal("the request's context does not carry the recorder")
		}
	})
	t.Run("WriteWithoutHeaderIs200", func(t *testing.T) {
		w, _, rec := Wrap(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
		_, _ = w.Write([]byte("x"))
		if rec.Status != http.StatusOK {
			t.Fatalf("status %d, want 200", rec.Status)
		}
	})
	t.Run("AnInnerWrapReusesTheOuterRecorder", func(t *testing.T) {
		outerW, r, outer := Wrap(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
		innerW, innerR, inner := Wrap(outerW, r)
		if inner != outer || innerW != outerW || innerR != r {
			t.Fatal("a second Wrap made a second recorder")
		}
		SetErrorCode(innerR.Context(), "rate_limited")
		innerW.WriteHeader(http.StatusTooManyRequests)
		if outer.ErrorCode != "rate_limited" || outer.Status != http.StatusTooManyRequests {
			t.Fatalf("outer recorder saw %d %q", outer.Status, outer.ErrorCode)
		}
	})
	t.Run("SetErrorCodeOutsideARecordedRequestIsHarmless", func(t *testing.T) {
		SetErrorCode(context.Background(), "server_error")
		if From(context.Background()) != nil {
			t.Fatal("a bare context has a recorder")
		}
	})
	t.Run("HijackWithoutSupportIsAnError", func(t *testing.T) {
		_, _, rec := Wrap(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
		if _, _, err := rec.Hijack(); err == nil {
			t.Fatal("hijacking an httptest recorder succeeded")
		}
	})
	t.Run("BodyCaptureKeepsTheStartAndCountsAll", func(t *testing.T) {
		w, _, rec := Wrap(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
		rec.Body = &Capture{Limit: 4}
		_, _ = w.Write([]byte("abc"))
		_, _ = w.Write([]byte("defg"))
		if string(rec.Body.Bytes) != "abcd" || rec.Body.Seen != 7 {
			t.Fatalf("kept %q of %d bytes, want \"abcd\" of 7", rec.Body.Bytes, rec.Body.Seen)
		}
	})
	t.Run("WithoutCaptureNothingIsKept", func(t *testing.T) {
		w, _, rec := Wrap(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
		_, _ = w.Write([]byte("abc"))
		if rec.Body != nil {
			t.Fatal("a recorder without a capture made one")
		}
	})
	t.Run("CapturedRequestBodyIsReadUnchanged", func(t *testing.T) {
		c := &Capture{Limit: 3}
		body := CaptureBody(io.NopCloser(strings.NewReader("hello")), c)
		got, err := io.ReadAll(body)
		if err != nil || string(got) != "hello" {
			t.Fatalf("read %q, %v", got, err)
		}
		if string(c.Bytes) != "hel" || c.Seen != 5 {
			t.Fatalf("kept %q of %d, want \"hel\" of 5", c.Bytes, c.Seen)
		}
	})
	t.Run("UnwrapReachesTheUnderlyingWriter", func(t *testing.T) {
		base := httptest.NewRecorder()
		_, _, rec := Wrap(base, httptest.NewRequest(http.MethodGet, "/", nil))
		if rec.Unwrap() != base {
			t.Fatal("Unwrap does not return the wrapped writer")
		}
	})
}
