package portal

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"testing/fstest"
)

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	_, _ = w.Write(b)
	_ = w.Close()
	return buf.Bytes()
}

func TestHandler(t *testing.T) {
	js := bytes.Repeat([]byte("console.log('keybs');"), 100)
	index := []byte(`<!doctype html><script type="module" src="/assets/app-1a2b.js"></script>`)
	h := newHandler(fstest.MapFS{
		"index.html":            {Data: index},
		"assets/app-1a2b.js":    {Data: js},
		"assets/app-1a2b.js.br": {Data: []byte("pretend brotli")},
		"assets/app-1a2b.js.gz": {Data: gz(t, js)},
		"favicon.svg":           {Data: []byte("<svg/>")},
	})
	get := func(t *testing.T, path string, header ...string) *http.Response {
		t.Helper()
		r := httptest.NewRequest(http.MethodGet, path, nil)
		for i := 0; i+1 < len(header); i += 2 {
			r.Header.Set(header[i], header[i+1])
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Result()
	}
	body := func(res *http.Response) []byte { b, _ := io.ReadAll(res.Body); return b }

	t.Run("BrotliWhenAccepted", func(t *testing.T) {
		res := get(t, "/assets/app-1a2b.js", "Accept-Encoding", "gzip, deflate, br, zstd")
		if res.Header.Get("Content-Encoding") != "br" || string(body(res)) != "pretend brotli" ||
			res.Header.Get("Vary") != "Accept-Encoding" || res.Header.Get("Content-Type") != "text/javascript; charset=utf-8" {
			t.Fatalf("headers %v", res.Header)
		}
		if cc := res.Header.Get("Cache-Control"); cc != "public, max-age=31536000, immutable" {
			t.Fatalf("Cache-Control %q for a fingerprinted asset", cc)
		}
	})
	t.Run("GzipWhenBrotliIsNot", func(t *testing.T) {
		res := get(t, "/assets/app-1a2b.js", "Accept-Encoding", "gzip, br;q=0")
		if res.Header.Get("Content-Encoding") != "gzip" {
			t.Fatalf("Content-Encoding %q", res.Header.Get("Content-Encoding"))
		}
		zr, err := gzip.NewReader(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := io.ReadAll(zr); !bytes.Equal(got, js) {
			t.Fatal("the gzip variant does not decode to the asset")
		}
	})
	t.Run("AsBuiltWithoutAcceptEncoding", func(t *testing.T) {
		res := get(t, "/assets/app-1a2b.js")
		if res.Header.Get("Content-Encoding") != "" || !bytes.Equal(body(res), js) {
			t.Fatalf("headers %v", res.Header)
		}
	})
	t.Run("IndexHasAnETagAndAnswers304", func(t *testing.T) {
		res := get(t, "/keys/123")
		tag := res.Header.Get("ETag")
		if res.StatusCode != 200 || tag == "" || res.Header.Get("Cache-Control") != "no-cache" || !bytes.Equal(body(res), index) {
			t.Fatalf("index: %d %v", res.StatusCode, res.Header)
		}
		if res := get(t, "/", "If-None-Match", tag); res.StatusCode != http.StatusNotModified || len(body(res)) != 0 {
			t.Fatalf("revalidation: %d", res.StatusCode)
		}
		if res := get(t, "/", "If-None-Match", `"stale"`); res.StatusCode != http.StatusOK {
			t.Fatalf("a stale ETag: %d", res.StatusCode)
		}
	})
	t.Run("AMissingAssetIs404", func(t *testing.T) {
		if res := get(t, "/assets/gone-0000.js"); res.StatusCode != http.StatusNotFound {
			t.Fatalf("status %d", res.StatusCode)
		}
	})
	t.Run("ASmallFileWithoutVariantsIsServedAsBuilt", func(t *testing.T) {
		res := get(t, "/favicon.svg", "Accept-Encoding", "br")
		if res.Header.Get("Content-Encoding") != "" || res.Header.Get("Vary") != "" || string(body(res)) != "<svg/>" {
			t.Fatalf("headers %v", res.Header)
		}
	})
}

func TestAccepts(t *testing.T) {
	for _, tc := range []struct {
		header, coding string
		want           bool
	}{
		{"gzip, br", "br", true},
		{"gzip;q=1.0, br;q=0", "br", false},
		{"gzip; q=0", "gzip", false},
		{"*", "br", true},
		{"", "gzip", false},
		{"deflate", "gzip", false},
		{"BR", "br", true},
		{"*;q=0, br", "br", true},
		{"gzip, *;q=0", "br", false},
	} {
		if got := accepts(tc.header, tc.coding); got != tc.want {
			t.Errorf("accepts(%q, %q) = %v, want %v", tc.header, tc.coding, got, tc.want)
		}
	}
}
