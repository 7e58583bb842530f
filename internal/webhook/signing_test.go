package webhook

import (
	"net/http"
	"net/netip"
	"testing"
	"time"
)

// The golden vector was computed outside Go (Python's hmac and hashlib), so
// the signer is checked against an independent implementation.
const (
	goldenSecret   = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
	goldenID       = "evt_01jd0000000000000000000000"
	goldenTS       = 1717150800
	goldenBody     = `{"event_id":"evt_01jd0000000000000000000000","event_type":"webhook.test"}`
	goldenKeyBS    = "549e8df633704c832e0d379d96804f566249740894b0d510cfe9c2125e6e1145"
	goldenStandard = "AudYc50jvC2A1Ne8ybt9iaX8zgNpRARfOZbpR4FAA08="
)

func TestSignGoldenVector(t *testing.T) {
	h, err := Sign([]string{goldenSecret}, goldenID, goldenTS, []byte(goldenBody))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"X-KeyBS-Event-Id":  goldenID,
		"X-KeyBS-Timestamp": "1717150800",
		"X-KeyBS-Signature": "t=1717150800,v1=" + goldenKeyBS,
		"Webhook-Id":        goldenID,
		"Webhook-Timestamp": "1717150800",
		"Webhook-Signature": "v1," + goldenStandard,
	}
	for k, v := range want {
		if got := h.Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
}

func TestSignDuringRotationPutsTheOldSecretFirst(t *testing.T) {
	newSecret := NewSecret()
	h, err := Sign([]string{goldenSecret, newSecret}, goldenID, goldenTS, []byte(goldenBody))
	if err != nil {
		t.Fatal(err)
	}
	solo, _ := Sign([]string{newSecret}, goldenID, goldenTS, []byte(goldenBody))
	wantKeyBS := "t=1717150800,v1=" + goldenKeyBS + "," + solo.Get("X-KeyBS-Signature")[len("t=1717150800,"):]
	if got := h.Get("X-KeyBS-Signature"); got != wantKeyBS {
		t.Errorf("X-KeyBS-Signature = %q, want %q", got, wantKeyBS)
	}
	wantStd := "v1," + goldenStandard + " " + solo.Get("Webhook-Signature")
	if got := h.Get("Webhook-Signature"); got != wantStd {
		t.Errorf("webhook-signature = %q, want %q", got, wantStd)
	}
}

func TestSignRejectsASecretWithoutPrefix(t *testing.T) {
	if _, err := Sign([]string{"not-a-secret"}, goldenID, goldenTS, nil); err == nil {
		t.Fatal("signed with a malformed secret")
	}
}

func TestNewSecretShape(t *testing.T) {
	s := NewSecret()
	key, err := standardKey(s)
	if err != nil || len(key) != 32 {
		t.Fatalf("secret %q decodes to %d bytes (%v)", s, len(key), err)
	}
	if NewSecret() == s {
		t.Fatal("two secrets are equal")
	}
}

func TestRetrySchedule(t *testing.T) {
	t0 := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	mid := func() float64 { return 0.5 }
	want := []time.Duration{5 * time.Second, 5 * time.Minute, 30 * time.Minute, 2 * time.Hour, 5 * time.Hour, 10 * time.Hour, 10 * time.Hour}
	for i, w := range want {
		at, ok := nextRetry(i+1, t0, 0, mid)
		if !ok || !at.Equal(t0.Add(w)) {
			t.Errorf("after attempt %d: %v %v, want %v", i+1, at.Sub(t0), ok, w)
		}
	}
	t.Run("EighthFailureIsFinal", func(t *testing.T) {
		if _, ok := nextRetry(8, t0, 0, mid); ok {
			t.Fatal("a ninth attempt was scheduled")
		}
	})
	t.Run("JitterStaysWithinTenPercent", func(t *testing.T) {
		lo, _ := nextRetry(2, t0, 0, func() float64 { return 0 })
		hi, _ := nextRetry(2, t0, 0, func() float64 { return 0.999999 })
		if lo.Sub(t0) != 270*time.Second || hi.Sub(t0) < 329*time.Second || hi.Sub(t0) > 330*time.Second {
			t.Fatalf("jitter range %v..%v, want 270s..330s", lo.Sub(t0), hi.Sub(t0))
		}
	})
	t.Run("RetryAfterPostponesButNeverHastens", func(t *testing.T) {
		at, _ := nextRetry(1, t0, 10*time.Minute, mid)
		if at.Sub(t0) != 10*time.Minute {
			t.Fatalf("with Retry-After 10m: %v", at.Sub(t0))
		}
		at, _ = nextRetry(3, t0, time.Second, mid)
		if at.Sub(t0) != 30*time.Minute {
			t.Fatalf("with Retry-After 1s: %v", at.Sub(t0))
		}
		at, _ = nextRetry(1, t0, 72*time.Hour, mid)
		if at.Sub(t0) != 24*time.Hour {
			t.Fatalf("Retry-After is not capped at a day: %v", at.Sub(t0))
		}
	})
	t.Run("RetryAfterParsesSecondsAndDates", func(t *testing.T) {
		if d := parseRetryAfter("120", t0); d != 2*time.Minute {
			t.Errorf("seconds: %v", d)
		}
		if d := parseRetryAfter(t0.Add(time.Hour).Format(http.TimeFormat), t0); d != time.Hour {
			t.Errorf("date: %v", d)
		}
		if d := parseRetryAfter("soon", t0); d != 0 {
			t.Errorf("garbage: %v", d)
		}
	})
}

func TestSSRFTable(t *testing.T) {
	cases := []struct {
		addr                      string
		public, loopback, anyAddr bool
	}{
		{"93.184.216.34", true, true, true},
		{"2606:2800:220:1:248:1893:25c8:1946", true, true, true},
		{"127.0.0.1", false, true, true},
		{"::1", false, true, true},
		{"::ffff:127.0.0.1", false, true, true},
		{"10.1.2.3", false, false, true},
		{"172.16.0.1", false, false, true},
		{"192.168.1.1", false, false, true},
		{"::ffff:192.168.1.1", false, false, true},
		{"169.254.169.254", false, false, true}, // cloud metadata
		{"fe80::1", false, false, true},
		{"fc00::1", false, false, true},
		{"fd12:3456::1", false, false, true},
		{"100.64.0.1", false, false, true}, // carrier-grade NAT
		{"0.0.0.0", false, false, true},
		{"::", false, false, true},
		{"224.0.0.1", false, false, true},
		{"255.255.255.255", false, false, true},
		{"198.18.0.1", false, false, true},
		{"240.0.0.1", false, false, true},
		{"64:ff9b::a01:203", false, false, true}, // NAT64 of 10.1.2.3
		{"2002:a01:203::1", false, false, true},  // 6to4 of 10.1.2.3
		{"2001:db8::1", false, false, true},
	}
	for _, tc := range cases {
		addr := netip.MustParseAddr(tc.addr)
		if got := Allowed(addr, PublicOnly); got != tc.public {
			t.Errorf("%s live: allowed=%v, want %v", tc.addr, got, tc.public)
		}
		if got := Allowed(addr, LoopbackToo); got != tc.loopback {
			t.Errorf("%s test: allowed=%v, want %v", tc.addr, got, tc.loopback)
		}
		if got := Allowed(addr, Anywhere); got != tc.anyAddr {
			t.Errorf("%s dev: allowed=%v, want %v", tc.addr, got, tc.anyAddr)
		}
	}
}
