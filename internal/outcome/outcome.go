// Package outcome records how an HTTP request was answered (status, bytes and
// the error envelope's code) in one response writer that every layer shares:
// the access log reads it, the usage meter reads it, the error writer fills in
// the code.
package outcome

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
)

// Recorder is an http.ResponseWriter that remembers what was written.
type Recorder struct {
	http.ResponseWriter
	Status int
	Bytes  int
	// ErrorCode is the error envelope's code when the answer was an error.
	ErrorCode string
	// Body, when set, keeps the start of the response body (the request
	// log's detail view shows it).
	Body *Capture
}

// Capture keeps the first Limit bytes written to it and counts them all, so
// a meter can keep a body's start without holding a large body in memory.
type Capture struct {
	Limit int
	Bytes []byte
	Seen  int
}

// Keep appends what of b still fits.
func (c *Capture) Keep(b []byte) {
	c.Seen += len(b)
	if room := c.Limit - len(c.Bytes); room > 0 {
		c.Bytes = append(c.Bytes, b[:min(room, len(b))]...)
	}
}

// CaptureBody returns body with everything read from it kept in c.
func CaptureBody(body io.ReadCloser, c *Capture) io.ReadCloser {
	return &capturedBody{ReadCloser: body, c: c}
}

type capturedBody struct {
	io.ReadCloser
	c *Capture
}

func (b *capturedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.c.Keep(p[:n])
	return n, err
}

type ctxKey struct{}

// Wrap returns the request's recorder, with the writer and request to carry
// on with: the recorder an outer middleware installed (w and r unchanged), or
// a new one wrapping w (then the recorder is the writer to use).
func Wrap(w http.ResponseWriter, r *http.Request) (http.ResponseWriter, *http.Request, *Recorder) {
	if rec := From(r.Context()); rec != nil {
		return w, r, rec
	}
	rec := &Recorder{ResponseWriter: w}
	return rec, r.WithContext(context.WithValue(r.Context(), ctxKey{}, rec)), rec
}

// From returns the recorder of the request ctx belongs to, or nil.
func From(ctx context.Context) *Recorder {
	rec, _ := ctx.Value(ctxKey{}).(*Recorder)
	return rec
}

// SetErrorCode records the error code the answer carries, when ctx belongs to
// a recorded request.
func SetErrorCode(ctx context.Context, code string) {
	if rec := From(ctx); rec != nil {
		rec.ErrorCode = code
	}
}

// WriteHeader records the first status written.
func (r *Recorder) WriteHeader(code int) {
	if r.Status == 0 {
		r.Status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

// Write records an implicit 200 and counts the bytes.
func (r *Recorder) Write(b []byte) (int, error) {
	if r.Status == 0 {
		r.Status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.Bytes += n
	if r.Body != nil {
		r.Body.Keep(b[:n])
	}
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *Recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// Hijack lets the websocket upgrade take over the connection; gorilla asks
// the writer for http.Hijacker directly.
func (r *Recorder) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	h, ok := r.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, errors.New("response writer cannot be hijacked")
	}
	r.Status = http.StatusSwitchingProtocols
	return h.Hijack()
}

// Flush sends buffered data to the client, for streamed responses.
func (r *Recorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
