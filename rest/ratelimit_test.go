package rest_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
)

// The counting tests run against the /v1 handler with a frozen limiter clock
// (newClockedV1): the server's limiter uses fixed one-minute windows on the
// wall clock, so a test counting requests there could straddle a window
// boundary and see its budget refilled.

// TestRateLimitIsExactUnderConcurrency: 2N concurrent requests on a key with a
// budget of N give exactly N successes and N 429s.
func TestRateLimitIsExactUnderConcurrency(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		const n = 20
		cs := startContract(t, dbURL)
		k := cs.mustTestKey(t)
		cs.updateKey(t, k.ID, func(u *ent.APIKeyUpdateOne) { u.SetRateLimitPerMinute(n) })
		v1 := cs.newClockedV1(t, nil)

		var (
			wg    sync.WaitGroup
			start = make(chan struct{})
			res   = make([]v1Response, 2*n)
			errs  = make([]error, 2*n)
		)
		for i := range res {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				res[i], errs[i] = v1.api.send(v1Request{Path: "/v1/verifications?limit=1", Key: k.Secret})
			}()
		}
		close(start)
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}

		var ok, limited []v1Response
		for _, r := range res {
			switch r.Status {
			case http.StatusOK:
				ok = append(ok, r)
			case http.StatusTooManyRequests:
				limited = append(limited, r)
			default:
				t.Errorf("unexpected %s", r)
			}
		}
		t.Run("ExactlyNSucceed", func(t *testing.T) {
			if len(ok) != n || len(limited) != n {
				t.Fatalf("%d × 200 and %d × 429, want %d of each", len(ok), len(limited), n)
			}
		})
		t.Run("SuccessesCountDownWithoutGapsOrRepeats", func(t *testing.T) {
			var remaining []int
			for _, r := range ok {
				if l := r.headerInt(t, "X-RateLimit-Limit"); l != n {
					t.Errorf("X-RateLimit-Limit = %d, want %d", l, n)
				}
				remaining = append(remaining, r.headerInt(t, "X-RateLimit-Remaining"))
			}
			slices.Sort(remaining)
			want := make([]int, len(ok))
			for i := range want {
				want[i] = i
			}
			if !slices.Equal(remaining, want) {
				t.Errorf("X-RateLimit-Remaining values %v, want each of 0..%d once", remaining, n-1)
			}
		})
		t.Run("EachRefusalIs429WithRetryAfter", func(t *testing.T) {
			for _, r := range limited {
				r.wantError(t, http.StatusTooManyRequests, "rate_limited")
				if ra := r.headerInt(t, "Retry-After"); ra < 1 || ra > 60 {
					t.Errorf("Retry-After = %d, want 1..60", ra)
				}
				if rem := r.headerInt(t, "X-RateLimit-Remaining"); rem != 0 {
					t.Errorf("X-RateLimit-Remaining = %d on a 429, want 0", rem)
				}
				r.wantRateLimitHeaders(t, true)
			}
		})
	})
}

// TestRateLimitHeaders: the budget and its countdown in the headers, and the
// window reset.
func TestRateLimitHeaders(t *testing.T) {
	cs := startContract(t, testdb.SQLiteURL(t))
	v1 := cs.newClockedV1(t, nil)

	t.Run("RemainingCountsDownFrom120", func(t *testing.T) {
		key := cs.mustTestKey(t).Secret
		var reset string
		for i := 1; i <= 5; i++ {
			res := v1.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: key})
			res.wantStatus(t, 200)
			if l := res.headerInt(t, "X-RateLimit-Limit"); l != 120 {
				t.Errorf("X-RateLimit-Limit = %d, want 120", l)
			}
			if rem := res.headerInt(t, "X-RateLimit-Remaining"); rem != 120-i {
				t.Errorf("request %d: X-RateLimit-Remaining = %d, want %d", i, rem, 120-i)
			}
			if i > 1 && res.Header.Get("X-RateLimit-Reset") != reset {
				t.Errorf("X-RateLimit-Reset moved within one window: %s → %s", reset, res.Header.Get("X-RateLimit-Reset"))
			}
			reset = res.Header.Get("X-RateLimit-Reset")
		}
		wantReset := v1.clock.Now().Truncate(time.Minute).Add(time.Minute).Unix()
		last := v1.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: key})
		if got := int64(last.headerInt(t, "X-RateLimit-Reset")); got != wantReset {
			t.Errorf("X-RateLimit-Reset = %d, want the window's end %d", got, wantReset)
		}
	})

	t.Run("FailedRequestsAfterAuthCount", func(t *testing.T) {
		key := cs.mustTestKey(t).Secret
		v1.api.do(t, v1Request{Path: "/v1/verifications?limit=abc", Key: key}).wantError(t, 422, "validation_error")
		v1.api.do(t, v1Request{Path: "/v1/verifications/vrc_nope", Key: key}).wantError(t, 404, "not_found")
		res := v1.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: key})
		if rem := res.headerInt(t, "X-RateLimit-Remaining"); rem != 117 {
			t.Errorf("X-RateLimit-Remaining = %d after 3 requests, want 117", rem)
		}
	})

	t.Run("KeysHaveSeparateBudgets", func(t *testing.T) {
		a, b := cs.mustTestKey(t), cs.mustTestKey(t)
		cs.updateKey(t, a.ID, func(u *ent.APIKeyUpdateOne) { u.SetRateLimitPerMinute(1) })
		v1.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: a.Secret}).wantStatus(t, 200)
		v1.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: a.Secret}).wantError(t, 429, "rate_limited")
		res := v1.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: b.Secret})
		res.wantStatus(t, 200)
		if rem := res.headerInt(t, "X-RateLimit-Remaining"); rem != 119 {
			t.Errorf("the other key's X-RateLimit-Remaining = %d, want 119", rem)
		}
	})

	t.Run("BudgetRefillsWhenTheWindowEnds", func(t *testing.T) {
		k := cs.mustTestKey(t)
		cs.updateKey(t, k.ID, func(u *ent.APIKeyUpdateOne) { u.SetRateLimitPerMinute(3) })
		for range 3 {
			v1.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: k.Secret}).wantStatus(t, 200)
		}
		refused := v1.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: k.Secret})
		refused.wantError(t, 429, "rate_limited")
		now := v1.clock.Now()
		end := now.Truncate(time.Minute).Add(time.Minute)
		wantRetry := int((end.Sub(now) + time.Second - 1) / time.Second)
		if ra := refused.headerInt(t, "Retry-After"); ra != wantRetry {
			t.Errorf("Retry-After = %d, want %d (seconds to the window's end)", ra, wantRetry)
		}
		v1.clock.Advance(end.Sub(now) - time.Millisecond)
		v1.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: k.Secret}).wantError(t, 429, "rate_limited")
		v1.clock.Advance(time.Millisecond)
		res := v1.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: k.Secret})
		res.wantStatus(t, 200)
		if rem := res.headerInt(t, "X-RateLimit-Remaining"); rem != 2 {
			t.Errorf("X-RateLimit-Remaining = %d in the new window, want 2", rem)
		}
	})

	t.Run("PortalSessionHas120", func(t *testing.T) {
		res := v1.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: cs.Owner.AccessToken})
		res.wantStatus(t, 200)
		if l := res.headerInt(t, "X-RateLimit-Limit"); l != 120 {
			t.Errorf("X-RateLimit-Limit = %d for a portal session, want 120", l)
		}
	})
}

// TestDocumentUploadLimit: an 11th upload in a minute is 429, and the refused
// upload does not spend the key's general budget.
func TestDocumentUploadLimit(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		key := cs.mustTestKey(t).Secret
		acme := cs.api.demoCase(t, key, "Acme Trading") // through the real server: not counted below
		v1 := cs.newClockedV1(t, nil)

		for i := 1; i <= 10; i++ {
			res := v1.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + acme.ID + "/documents", Key: key, Body: validDocBody(nil)})
			res.wantStatus(t, http.StatusCreated)
			if rem := res.headerInt(t, "X-RateLimit-Remaining"); rem != 120-i {
				t.Errorf("upload %d: X-RateLimit-Remaining = %d, want %d (the key's general budget)", i, rem, 120-i)
			}
		}
		t.Run("EleventhUploadIs429", func(t *testing.T) {
			res := v1.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + acme.ID + "/documents", Key: key, Body: validDocBody(nil)})
			res.wantError(t, http.StatusTooManyRequests, "rate_limited")
			if ra := res.headerInt(t, "Retry-After"); ra < 1 || ra > 60 {
				t.Errorf("Retry-After = %d, want 1..60", ra)
			}
			res.wantRateLimitHeaders(t, true)
		})
		t.Run("TwelfthUploadIsStill429", func(t *testing.T) {
			v1.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + acme.ID + "/documents", Key: key, Body: validDocBody(nil)}).
				wantError(t, http.StatusTooManyRequests, "rate_limited")
		})
		t.Run("RefusedUploadsDidNotSpendTheGeneralBudget", func(t *testing.T) {
			res := v1.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: key})
			res.wantStatus(t, http.StatusOK)
			// 10 uploads + this request.
			if rem := res.headerInt(t, "X-RateLimit-Remaining"); rem != 120-11 {
				t.Errorf("X-RateLimit-Remaining = %d, want %d: refused uploads were counted", rem, 120-11)
			}
		})
		t.Run("OtherKeyCanStillUpload", func(t *testing.T) {
			other := cs.mustTestKey(t).Secret
			v1.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + acme.ID + "/documents", Key: other, Body: validDocBody(nil)}).
				wantStatus(t, http.StatusCreated)
		})
		t.Run("UploadsResumeNextWindow", func(t *testing.T) {
			v1.clock.Advance(time.Minute)
			v1.api.do(t, v1Request{Method: "POST", Path: "/v1/verifications/" + acme.ID + "/documents", Key: key, Body: validDocBody(nil)}).
				wantStatus(t, http.StatusCreated)
		})
	})
}

// TestRateLimitByEnvironment: a TEST key gets the 120 a minute it was
// issued with; a LIVE key its plan tier's rate, capped by its industry's
// live rate (FINTECH: 1000), and an override wins over both. Read from the
// real server's headers and from the key's rate_limit, which must agree.
func TestRateLimitByEnvironment(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		test := cs.mustTestKey(t)
		live := cs.mustLiveKey(t, cs.Owner)
		setVolume := func(t *testing.T, v int64) {
			t.Helper()
			cs.DB.Client.Application.Update().Where(entapp.TenantID(cs.Owner.TenantID)).
				SetExpectedMonthlyVolume(v).ExecX(testkit.System())
		}
		for _, tc := range []struct {
			name   string
			key    createdKey
			setup  func(t *testing.T)
			want   int
			source string
			plan   string
		}{
			{"TestKeyHas120", test, func(t *testing.T) {}, 120, "default", "starter"},
			{"LiveKeyOnStarterHasStarters120", live, func(t *testing.T) { setVolume(t, 5_000) }, 120, "plan", "starter"},
			{"LiveKeyOnScaleHas600", live, func(t *testing.T) { setVolume(t, 500_000) }, 600, "plan", "scale"},
			{"LiveFintechKeyOnEnterpriseHasTheIndustryCap1000", live, func(t *testing.T) { setVolume(t, 50_000_000) }, 1000, "plan", "enterprise"},
			{"TestKeyIgnoresThePlan", test, func(t *testing.T) {}, 120, "default", "enterprise"},
			{"ATenantOverrideWinsOverThePlan", live, func(t *testing.T) {
				cs.DB.Client.Tenant.UpdateOneID(cs.Owner.TenantID).SetRateLimitOverride(77).ExecX(testkit.System())
			}, 77, "tenant_override", "enterprise"},
			{"AKeyOverrideWinsOverTheTenants", live, func(t *testing.T) {
				cs.updateKey(t, live.ID, func(u *ent.APIKeyUpdateOne) { u.SetRateLimitOverride(33) })
			}, 33, "key_override", "enterprise"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				tc.setup(t)
				res := cs.api.do(t, v1Request{Path: "/v1/verifications", Key: tc.key.Secret})
				res.wantStatus(t, 200)
				res.wantRateLimitHeaders(t, true)
				if l := res.headerInt(t, "X-RateLimit-Limit"); l != tc.want {
					t.Errorf("X-RateLimit-Limit = %d, want %d", l, tc.want)
				}
				if rem := res.headerInt(t, "X-RateLimit-Remaining"); rem < 0 || rem >= tc.want {
					t.Errorf("X-RateLimit-Remaining = %d, want below %d after a request", rem, tc.want)
				}
				if reset := res.headerInt(t, "X-RateLimit-Reset"); reset < int(time.Now().Unix()) || reset > int(time.Now().Add(61*time.Second).Unix()) {
					t.Errorf("X-RateLimit-Reset = %d, want within the next minute", reset)
				}
				var k struct {
					RateLimit struct {
						PerMinute int    `json:"per_minute"`
						Source    string `json:"source"`
						Plan      string `json:"plan"`
					} `json:"rate_limit"`
				}
				got := cs.api.do(t, v1Request{Path: "/v1/api-keys/" + tc.key.ID, Key: cs.Owner.AccessToken})
				got.wantStatus(t, http.StatusOK)
				if err := json.Unmarshal(got.Body, &k); err != nil {
					t.Fatal(err)
				}
				if k.RateLimit.PerMinute != tc.want || k.RateLimit.Source != tc.source || k.RateLimit.Plan != tc.plan {
					t.Errorf("rate_limit = %+v, want %d from %s on %s", k.RateLimit, tc.want, tc.source, tc.plan)
				}
			})
		}
	})
}
