package server

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/testkit"

	"github.com/keybs/platform/internal/webhook"
)

func TestWebhookPolicy(t *testing.T) {
	secrets := env{"KEYBS_JWT_SECRET": hexKey(32), "KEYBS_ENCRYPTION_KEY": hexKey(32), "KEYBS_SIGNING_KEY": hexKey(32)}
	with := func(kv ...string) env {
		e := env{}
		for k, v := range secrets {
			e[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			e[kv[i]] = kv[i+1]
		}
		return e
	}
	tests := []struct {
		name string
		env  env
		want webhook.Policy
	}{
		{"DevelopmentLetsTestEndpointsReachLoopback", with(), webhook.Policy{TestLoopback: true}},
		{"TestModeIsPublicOnly", with("KEYBS_ENV", "test"), webhook.Policy{}},
		{"ProductionIsPublicOnly", with("KEYBS_ENV", "production"), webhook.Policy{}},
		{"AllowPrivateOpensTestMode", with("KEYBS_ENV", "test", "KEYBS_WEBHOOK_ALLOW_PRIVATE", "true"), webhook.Policy{AllowPrivate: true}},
		{"AllowPrivateOpensDevelopment", with("KEYBS_WEBHOOK_ALLOW_PRIVATE", "1"), webhook.Policy{TestLoopback: true, AllowPrivate: true}},
		{"AllowPrivateFalseIsTheDefault", with("KEYBS_ENV", "test", "KEYBS_WEBHOOK_ALLOW_PRIVATE", "false"), webhook.Policy{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.env["KEYBS_DATA_DIR"] = t.TempDir()
			if got := mustLoadConfig(t, tc.env).WebhookPolicy(); got != tc.want {
				t.Fatalf("WebhookPolicy() = %+v, want %+v", got, tc.want)
			}
		})
	}

	refused := []struct {
		name string
		env  env
	}{
		{"AllowPrivateInProductionIsAnError", with("KEYBS_ENV", "production", "KEYBS_WEBHOOK_ALLOW_PRIVATE", "true")},
		{"AllowPrivateMustBeABoolean", with("KEYBS_WEBHOOK_ALLOW_PRIVATE", "yes")},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			tc.env["KEYBS_DATA_DIR"] = t.TempDir()
			if _, err := LoadConfig(tc.env.get, testkit.DiscardLog()); err == nil || !strings.Contains(err.Error(), "KEYBS_WEBHOOK_ALLOW_PRIVATE") {
				t.Fatalf("LoadConfig = %v, want an error naming KEYBS_WEBHOOK_ALLOW_PRIVATE", err)
			}
		})
	}

	t.Run("AProductionConfigCannotBeMadeToAllowPrivate", func(t *testing.T) {
		c := Config{Env: "production", WebhookAllowPrivate: true}
		if got := c.WebhookPolicy(); got != (webhook.Policy{}) {
			t.Fatalf("WebhookPolicy() = %+v in production", got)
		}
	})
}

func TestWebhookReachWarning(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string // "" for no warning
	}{
		{"DevelopmentWarnsAboutLoopback", Config{Env: "development"}, "TEST webhook endpoints may be delivered to this machine's loopback addresses"},
		{"AllowPrivateWarns", Config{Env: "test", WebhookAllowPrivate: true}, "KEYBS_WEBHOOK_ALLOW_PRIVATE is set: TEST webhook endpoints may be delivered to private"},
		{"AllowPrivateSaysLiveStaysPublic", Config{Env: "test", WebhookAllowPrivate: true}, "LIVE endpoints stay public-only"},
		{"TestModeIsQuiet", Config{Env: "test"}, ""},
		{"ProductionIsQuiet", Config{Env: "production"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			s := &Server{cfg: tc.cfg, log: slog.New(slog.NewTextHandler(&buf, nil))}
			s.warnWebhookReach()
			switch out := buf.String(); {
			case tc.want == "" && out != "":
				t.Fatalf("warned %q", out)
			case tc.want != "" && (!strings.Contains(out, tc.want) || !strings.Contains(out, "level=WARN")):
				t.Fatalf("log %q, want a warning saying %q", out, tc.want)
			}
		})
	}
}
