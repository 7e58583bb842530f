// Package portal serves the developer portal: the React single-page app built
// by Vite into portal/dist and embedded in the binary.
package portal

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
)

//go:embed all:dist
var dist embed.FS

// Handler serves the built assets, and index.html for every other path so the
// app's client-side routes survive a reload. Without a build it says how to
// make one.
func Handler() http.Handler {
	root, _ := fs.Sub(dist, "dist")
	return newHandler(root)
}

// file is one built file with its precompressed variants (written next to
// it by portal/scripts/compress.mjs as name.br and name.gz).
type file struct {
	raw, br, gz []byte
	contentType string
	etag        string
}

// newHandler serves root, read once into memory.
func newHandler(root fs.FS) http.Handler {
	files := map[string]*file{}
	_ = fs.WalkDir(root, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
			return nil
		}
		raw, err := fs.ReadFile(root, name)
		if err != nil {
			return nil
		}
		f := &file{raw: raw, contentType: mime.TypeByExtension(path.Ext(name))}
		f.br, _ = fs.ReadFile(root, name+".br")
		f.gz, _ = fs.ReadFile(root, name+".gz")
		if f.contentType == "" {
			f.contentType = "application/octet-stream"
		}
		sum := sha256.Sum256(raw)
		f.etag = `"` + hex.EncodeToString(sum[:12]) + `"`
		files[name] = f
		return nil
	})
	index := files["index.html"]
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name != "" && name != "index.html" {
			if f := files[name]; f != nil {
				if strings.HasPrefix(name, "assets/") {
					// Vite fingerprints asset names, so they never change.
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				}
				f.serve(w, r)
				return
			}
			if strings.HasPrefix(name, "assets/") || path.Ext(name) != "" {
				http.NotFound(w, r)
				return
			}
		}
		if index == nil {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("The portal is not built into this binary. Run `make run` (or `npm run build` and rebuild).\n"))
			return
		}
		// index.html names the current assets: revalidated on every visit,
		// answered 304 while it has not changed.
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("Content-Security-Policy", "frame-ancestors 'none'")
		index.serve(w, r)
	})
}

// serve answers with f in the best encoding the client accepts: brotli,
// then gzip, then as built; 304 when the client's copy is current.
func (f *file) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", f.contentType)
	h.Set("ETag", f.etag)
	if f.br != nil || f.gz != nil {
		h.Add("Vary", "Accept-Encoding")
	}
	if etagMatches(r.Header.Get("If-None-Match"), f.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := f.raw
	switch accept := r.Header.Get("Accept-Encoding"); {
	case f.br != nil && accepts(accept, "br"):
		body = f.br
		h.Set("Content-Encoding", "br")
	case f.gz != nil && accepts(accept, "gzip"):
		body = f.gz
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body)
}

// accepts reports whether an Accept-Encoding header accepts coding: named
// without q=0, or else matched by "*" without q=0.
func accepts(header, coding string) bool {
	wildcard := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.TrimSpace(name)
		ok := true
		if v, found := strings.CutPrefix(strings.ReplaceAll(strings.TrimSpace(params), " ", ""), "q="); found {
			if q, err := strconv.ParseFloat(v, 64); err == nil && q == 0 {
				ok = false
			}
		}
		switch {
		case strings.EqualFold(name, coding):
			return ok
		case name == "*":
			wildcard = ok
		}
	}
	return wildcard
}

// etagMatches reports whether an If-None-Match header names tag (or "*").
func etagMatches(header, tag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == tag || t == "*" {
			return true
		}
	}
	return false
}
