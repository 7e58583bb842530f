package rest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
)

// BenchmarkSessionRead measures what portal-session authentication costs on
// GET /v1/verifications/{id}, and what reading the roles from the database on
// every request adds to it (auth.Current: one prepared query joining the
// user, the membership and the tenant, with the session's liveness):
//
//   - WithSessionCheck: the chain as the server wires it;
//   - TokenOnly: the JWT alone, as before roles were read per request;
//   - HandlerOnly: the handler with the principal already in the context.
func BenchmarkSessionRead(b *testing.B) {
	ctx := context.Background()
	sys := testkit.System()
	db := testkit.Open(b, "sqlite://"+filepath.Join(b.TempDir(), "bench.db"))
	log := testkit.DiscardLog()

	tn := testkit.MustTenant(b, db.Client, "bench", membership.RoleDEVELOPER)
	u := tn.Users[membership.RoleDEVELOPER]
	family := "rtk_bench_family"
	db.Client.RefreshToken.Create().SetUserID(u.ID).SetTenantID(tn.ID).SetTokenHash("bench-hash").
		SetFamilyID(family).SetExpiresAt(time.Now().Add(time.Hour)).ExecX(sys)
	verifications := verification.NewService(db.Client, events.NewBus(db.Dialect, log), time.Now, []byte("bench-cursor-key"), "http://bench")
	verifications.Signer = testkit.Keyring(b, db)
	if err := verifications.SeedDemo(ctx, db.Client, tn.ID); err != nil {
		b.Fatal(err)
	}
	caseID := db.Client.VerificationCase.Query().FirstIDX(sys)

	tokens, err := auth.NewTokens([]byte(strings.Repeat("k", 32)), time.Now)
	if err != nil {
		b.Fatal(err)
	}
	principal := &viewer.Principal{Kind: viewer.KindSession, UserID: u.ID, TenantID: tn.ID, Role: viewer.RoleDeveloper, SessionID: family}
	jwt, _, err := tokens.Issue(principal)
	if err != nil {
		b.Fatal(err)
	}
	current, err := auth.NewCurrent(db.SQL, db.Dialect)
	if err != nil {
		b.Fatal(err)
	}
	defer current.Close()
	h := &handler{Deps: Deps{Log: log, Verifications: verifications, Limiter: ratelimit.NewMemory(), Now: time.Now},
		mux: http.NewServeMux(), methods: map[string][]string{}}
	h.routes()
	info := requestinfo.Info{RequestID: "req_bench", ClientIP: "127.0.0.1"}
	// A portal session's budget is 120 a minute; lift it so the limiter is
	// exercised but never refuses.
	h.Limiter = lifted{ratelimit.NewMemory()}

	serve := func(b *testing.B, stack http.Handler) {
		b.ReportAllocs()
		for b.Loop() {
			req := httptest.NewRequest(http.MethodGet, "/v1/verifications/"+caseID, nil)
			req.Header.Set("Authorization", "Bearer "+jwt)
			req = req.WithContext(requestinfo.NewContext(req.Context(), info))
			rec := httptest.NewRecorder()
			stack.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				b.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
		}
	}
	b.Run("WithSessionCheck", func(b *testing.B) {
		serve(b, auth.NewChain(auth.SessionResolver{Tokens: tokens, Current: current}).Middleware(Accepts, h.mux))
	})
	b.Run("TokenOnly", func(b *testing.B) {
		serve(b, auth.NewChain(auth.SessionResolver{Tokens: tokens}).Middleware(Accepts, h.mux))
	})
	b.Run("CheckOnly", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := current.Check(ctx, principal); err != nil {
				b.Fatal(err)
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

// lifted is a rate-limit store whose every budget is practically unlimited:
// the counting still happens, the refusals do not.
type lifted struct{ ratelimit.Store }

func (l lifted) Take(ctx context.Context, now time.Time, limits ...ratelimit.Limit) (ratelimit.Decision, error) {
	for i := range limits {
		limits[i].Max = 1 << 30
	}
	return l.Store.Take(ctx, now, limits...)
}
