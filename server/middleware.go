package server

import (
	"bytes"
	"crypto/rand"
	"encoding/base32"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"regexp"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/outcome"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/rest"
)

// saneRequestID is what an incoming X-Request-Id must look like to be echoed;
// anything else is replaced, so ids in logs cannot be used for log injection.
var saneRequestID = regexp.MustCompile(`^[A-Za-z0-9._:-]{1,128}$`)

// newRequestID returns "req_" and 24 random base32 characters.
func newRequestID() string {
	b := make([]byte, 15)
	_, _ = rand.Read(b)
	return "req_" + strings.ToLower(base32.StdEncoding.EncodeToString(b))
}

// withRequestInfo gives every request an id (echoing a sane incoming
// X-Request-Id), sets it on the response, and records the client's IP and user
// agent for audit and logging.
func withRequestInfo(trusted []netip.Prefix, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if !saneRequestID.MatchString(id) {
			id = newRequestID()
		}
		w.Header().Set("X-Request-Id", id)
		ctx := requestinfo.NewContext(r.Context(), requestinfo.Info{
			RequestID: id,
			ClientIP:  clientIP(r, trusted),
			UserAgent: clip(r.UserAgent(), maxUserAgent),
		})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// maxUserAgent is how much of a User-Agent header is kept for audit and the
// request log; clipping it here, once, keeps every store of it bounded.
const maxUserAgent = 512

// clip shortens s to at most n bytes without splitting a UTF-8 character,
// and drops invalid UTF-8 (which PostgreSQL would refuse to store).
func clip(s string, n int) string {
	s = strings.ToValidUTF8(s, "")
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1] // cut back to a whole character
	}
	return s
}

// clientIP is the socket peer's address, unless that peer is a trusted proxy:
// then it is the right-most X-Forwarded-For entry that is not itself a trusted
// proxy. Entries a client adds on the left are never believed.
func clientIP(r *http.Request, trusted []netip.Prefix) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	peer = peer.Unmap()
	if !isTrusted(peer, trusted) {
		return peer.String()
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		addr, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break
		}
		addr = addr.Unmap()
		if !isTrusted(addr, trusted) {
			return addr.String()
		}
	}
	return peer.String()
}

func isTrusted(addr netip.Addr, trusted []netip.Prefix) bool {
	for _, p := range trusted {
		if p.Contains(addr) {
			return true
		}
	}
	return false
}

// withAccessLog logs one line per request with its id, status and duration:
// at debug level (KEYBS_LOG_LEVEL=debug), so the default log stays quiet,
// and at warn for a server error, which an operator should see.
func withAccessLog(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		w, r, rec := outcome.Wrap(w, r)
		next.ServeHTTP(w, r)
		level := slog.LevelDebug
		if rec.Status >= http.StatusInternalServerError {
			level = slog.LevelWarn
		}
		requestinfo.Logger(r.Context(), log).Log(r.Context(), level, "request",
			"method", r.Method, "path", loggedPath(r.URL.Path), "status", rec.Status,
			"bytes", rec.Bytes, "duration_ms", time.Since(start).Milliseconds(),
			"client_ip", requestinfo.FromContext(r.Context()).ClientIP)
	})
}

// loggedPath is path as the access log may keep it: the hosted SDK page's
// path is its token, a credential, which no log line carries.
func loggedPath(path string) string {
	if strings.HasPrefix(path, "/sdk/") {
		return "/sdk/{token}"
	}
	return path
}

// withRecover turns a panic into a logged 500 with the error envelope.
func withRecover(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				requestinfo.Logger(r.Context(), log).Error("handler panicked", "panic", v, "stack", string(debug.Stack()))
				rest.WriteError(w, r, log, fault.New(fault.Internal, "internal server error"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// withBodyLimit caps request bodies at limit bytes and answers 413 with the
// error envelope when a body is larger. A body of unknown length (chunked) is
// read up to the limit first, so the handler never sees a truncated body and
// the client always gets the 413.
//
// A /v1 request (or its /api/public mirror) is not answered here: it goes on
// without its body, marked with the 413 (rest.RefuseBody), so the credential
// chain identifies the caller and the refused call is in its request log.
func withBodyLimit(limit int64, next http.Handler) http.Handler {
	tooLarge := fault.New(fault.PayloadTooLarge, "request body exceeds %d bytes", limit)
	refuse := func(w http.ResponseWriter, r *http.Request) {
		if p := r.URL.Path; strings.HasPrefix(p, "/v1/") || strings.HasPrefix(p, "/api/public/v1/") {
			next.ServeHTTP(w, rest.RefuseBody(r, tooLarge))
			return
		}
		rest.WriteError(w, r, nil, tooLarge)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.ContentLength > limit:
			refuse(w, r)
			return
		case r.ContentLength < 0 && r.Body != nil && r.Body != http.NoBody:
			buf, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
			if err != nil {
				rest.WriteError(w, r, nil, fault.New(fault.Invalid, "could not read the request body"))
				return
			}
			if int64(len(buf)) > limit {
				refuse(w, r)
				return
			}
			r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(buf)), int64(len(buf))
		default:
			r.Body = http.MaxBytesReader(w, r.Body, limit)
		}
		next.ServeHTTP(w, r)
	})
}

// withSecurityHeaders sets headers every response should carry. No response
// may be framed by another site unless its handler says otherwise (the
// hosted badge is the one that does, replacing both framing headers).
func withSecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Content-Security-Policy", "frame-ancestors 'none'")
		next.ServeHTTP(w, r)
	})
}
