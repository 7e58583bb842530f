package rest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	entkey "github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
)

// BenchmarkVerificationRead measures what machine authentication costs on
// GET /v1/verifications/{id}: the full /v1 stack (key parse, prepared
// lookup, allowlists, rate limiter, scope check) against the same handler
// called with the principal already in the context. Compare the two ns/op
// and allocs/op of one run; the ratio is the middleware's overhead.
func BenchmarkVerificationRead(b *testing.B) {
	ctx := context.Background()
	sys := testkit.System()
	db := testkit.Open(b, "sqlite://"+filepath.Join(b.TempDir(), "bench.db"))
	log := testkit.DiscardLog()

	tn := testkit.MustTenant(b, db.Client, "bench")
	secret, _ := apikey.Generate(entkey.KindSECRET, environment.Test)
	key := db.Client.APIKey.Create().SetTenantID(tn.ID).SetApplicationID(tn.AppID).SetName("bench").
		SetKind(entkey.KindSECRET).SetEnvironment(environment.Test).SetKeyHash(secret.Hash).
		SetPrefix(secret.Prefix).SetLast4(secret.Last4).SetScopes([]string{"verification:read"}).
		SetRateLimitPerMinute(1 << 30).SetRotationDueAt(time.Now().Add(time.Hour)).SaveX(sys)
	verifications := verification.NewService(db.Client, events.NewBus(db.Dialect, log), time.Now, []byte("bench-cursor-key"), "http://bench")
	verifications.Signer = testkit.Keyring(b, db)
	if err := verifications.SeedDemo(ctx, db.Client, tn.ID); err != nil {
		b.Fatal(err)
	}
	caseID := db.Client.VerificationCase.Query().FirstIDX(sys)

	keys, err := apikey.NewAuthenticator(db.SQL, db.Dialect, time.Now, log)
	if err != nil {
		b.Fatal(err)
	}
	defer keys.Close()
	h := &handler{Deps: Deps{
		Log:           log,
		Verifications: verifications,
		Limiter:       ratelimit.NewMemory(),
		Now:           time.Now,
	}, mux: http.NewServeMux(), methods: map[string][]string{}}
	h.routes()
	chain := auth.NewChain(keys)
	stack := chain.Middleware(Accepts, h.mux)
	info := requestinfo.Info{RequestID: "req_bench", ClientIP: "127.0.0.1"}
	principal := &viewer.Principal{Kind: viewer.KindAPIKey, TenantID: tn.ID, KeyID: key.ID, Environment: environment.Test,
		Scopes: key.Scopes, RateLimitPerMinute: key.RateLimitPerMinute}

	b.Run("WithAuthMiddleware", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			req := httptest.NewRequest(http.MethodGet, "/v1/verifications/"+caseID, nil)
			req.Header.Set("Authorization", "Bearer "+secret.Plain)
			req = req.WithContext(requestinfo.NewContext(req.Context(), info))
			rec := httptest.NewRecorder()
			stack.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				b.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
		}
	})
	b.Run("HandlerOnly", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			req := httptest.NewRequest(http.MethodGet, "/v1/verifications/"+caseID, nil)
			req.SetPathValue("id", caseID)
			req = req.WithContext(viewer.NewContext(requestinfo.NewContext(req.Context(), info), principal))
			rec := httptest.NewRecorder()
			_ = h.getVerification(call{w: rec, r: req})
			if rec.Code != http.StatusOK {
				b.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
		}
	})
}
