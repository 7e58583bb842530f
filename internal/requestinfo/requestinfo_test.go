package requestinfo_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/requestinfo"
)

func TestContext(t *testing.T) {
	t.Run("WhatIsStoredComesBack", func(t *testing.T) {
		in := requestinfo.Info{RequestID: "req_1", ClientIP: "203.0.113.9", UserAgent: "curl/8"}
		if got := requestinfo.FromContext(requestinfo.NewContext(context.Background(), in)); got != in {
			t.Fatalf("FromContext = %+v, want %+v", got, in)
		}
	})
	t.Run("OutsideARequestItIsZero", func(t *testing.T) {
		if got := requestinfo.FromContext(context.Background()); got != (requestinfo.Info{}) {
			t.Fatalf("FromContext of a bare context = %+v", got)
		}
	})
	t.Run("AnInnerRequestReplacesTheOuter", func(t *testing.T) {
		ctx := requestinfo.NewContext(context.Background(), requestinfo.Info{RequestID: "outer"})
		ctx = requestinfo.NewContext(ctx, requestinfo.Info{RequestID: "inner"})
		if got := requestinfo.FromContext(ctx).RequestID; got != "inner" {
			t.Fatalf("request id %q, want inner", got)
		}
	})
}

func TestLogger(t *testing.T) {
	for _, c := range []struct {
		name   string
		ctx    context.Context
		wantID bool
	}{
		{"ALineAboutARequestCarriesItsID", requestinfo.NewContext(context.Background(), requestinfo.Info{RequestID: "req_42"}), true},
		{"ALineOutsideARequestCarriesNone", context.Background(), false},
		{"ARequestWithoutAnIDAddsNone", requestinfo.NewContext(context.Background(), requestinfo.Info{ClientIP: "192.0.2.1"}), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			requestinfo.Logger(c.ctx, slog.New(slog.NewTextHandler(&buf, nil))).Info("hello")
			line := buf.String()
			if got := strings.Contains(line, "request_id=req_42"); got != c.wantID {
				t.Fatalf("line %q: request id present %v, want %v", line, got, c.wantID)
			}
			if !c.wantID && strings.Contains(line, "request_id") {
				t.Fatalf("line %q carries a request_id", line)
			}
		})
	}
}
