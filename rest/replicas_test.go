package rest_test

// Two keybs replicas on one PostgreSQL database must behave as one: these
// tests start two real servers on the same database and spread calls over
// both. Their clocks are frozen mid-minute, so a budget's window cannot roll
// over during a test.

import (
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

// replicas is a tenant on server A and a second server B on A's database.
type replicas struct {
	a *contractServer
	b v1Client
}

func startReplicas(t *testing.T) *replicas {
	t.Helper()
	url, ok := testdb.PostgresURL(t)
	if !ok {
		t.Skip("TEST_DATABASE_URL is not set; the two-replica tests need PostgreSQL (CI sets it)")
	}
	clock := testkit.NewClock(time.Now().UTC().Truncate(time.Minute).Add(30 * time.Second))
	at := func(c *server.Config) { c.Clock = clock.Now }
	a := servertest.Start(t, url, at)
	b := servertest.Start(t, url, at)
	cs := &contractServer{Server: a, api: v1Client{base: a.URL, client: a.HTTP.Client()}}
	cs.Owner = a.SignUp(t, "owner@acme.example", "Acme")
	return &replicas{a: cs, b: v1Client{base: b.URL, client: b.HTTP.Client()}}
}

// spread sends n copies of req at once, alternating between the replicas,
// and counts the answers by status.
func (r *replicas) spread(t *testing.T, n int, req v1Request) map[int]int {
	t.Helper()
	var mu sync.Mutex
	statuses := map[int]int{}
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		api := r.a.api
		if i%2 == 1 {
			api = r.b
		}
		wg.Go(func() {
			<-start
			res, err := api.send(req)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			statuses[res.Status]++
			mu.Unlock()
		})
	}
	close(start)
	wg.Wait()
	return statuses
}

func TestReplicas(t *testing.T) {
	r := startReplicas(t)

	t.Run("ARevocationOnOneIsRefusedOnTheOthersNextRequest", func(t *testing.T) {
		k := r.a.mustTestKey(t)
		r.b.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: k.Secret}).wantOK(t, http.StatusOK)
		r.a.api.do(t, v1Request{Method: http.MethodPost, Path: "/v1/api-keys/" + k.ID + "/revoke", Key: r.a.Owner.AccessToken}).
			wantOK(t, http.StatusOK)
		r.b.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: k.Secret}).wantError(t, http.StatusUnauthorized, "unauthorized")
	})

	t.Run("AKeysBudgetIsSharedExactly", func(t *testing.T) {
		const n = 20
		k := r.a.mustTestKey(t)
		r.a.updateKey(t, k.ID, func(u *ent.APIKeyUpdateOne) { u.SetRateLimitPerMinute(n) })
		got := r.spread(t, 2*n, v1Request{Path: "/v1/verifications?limit=1", Key: k.Secret})
		if got[http.StatusOK] != n || got[http.StatusTooManyRequests] != n {
			t.Fatalf("answers %v over two replicas, want exactly %d of 200 and %d of 429", got, n, n)
		}
	})

	t.Run("AHardQuotaIsSharedExactly", func(t *testing.T) {
		// The sign-up's default application is STARTER (hard quota of
		// 10,000 live calls a month); 9,990 were made this month already.
		live := r.a.mustLiveKey(t, r.a.Owner)
		r.a.updateKey(t, live.ID, func(u *ent.APIKeyUpdateOne) { u.SetRateLimitPerMinute(1000) })
		k, err := r.a.DB.Client.APIKey.Get(testkit.System(), live.ID)
		if err != nil {
			t.Fatal(err)
		}
		r.a.DB.Client.UsageRollup.Create().SetTenantID(r.a.Owner.TenantID).SetEnvironment(environment.Live).
			SetMinute(time.Now().UTC().Truncate(time.Minute).Add(-time.Hour)).SetKeyID(live.ID).SetApplicationID(k.ApplicationID).
			SetRoute("GET /v1/verifications").SetStatus(200).SetRequests(9_990).SetErrors(0).SetLatencySumUs(0).
			SetB0(9_990).SetB1(0).SetB2(0).SetB3(0).SetB4(0).SetB5(0).SetB6(0).SetB7(0).SetB8(0).SetB9(0).SetB10(0).SetB11(0).
			ExecX(testkit.System())
		got := r.spread(t, 20, v1Request{Path: "/v1/verifications?limit=1", Key: live.Secret})
		if got[http.StatusOK] != 10 || got[http.StatusTooManyRequests] != 10 {
			t.Fatalf("answers %v over two replicas, want exactly the 10 calls left in the quota to pass", got)
		}
		r.b.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: live.Secret}).wantError(t, http.StatusTooManyRequests, "quota_exceeded")
	})

	t.Run("InvalidKeysFromOneAddressAreThrottledOnBoth", func(t *testing.T) {
		bad := v1Request{Path: "/v1/verifications?limit=1", Key: "kbs_test_" + "0000000000000000000000000000000000000000000"}
		got := map[int]int{}
		for i := range 70 {
			api := r.a.api
			if i%2 == 1 {
				api = r.b
			}
			got[api.do(t, bad).Status]++
		}
		// Each replica answers 401 until it sees the shared budget (60 a
		// minute) spent, then 429: at most one more 401 per replica.
		if got[http.StatusUnauthorized] > 62 || got[http.StatusUnauthorized]+got[http.StatusTooManyRequests] != 70 {
			t.Fatalf("answers %v to 70 invalid keys over two replicas, want the 60 of the budget and then 429s", got)
		}
		for _, api := range []v1Client{r.a.api, r.b} {
			res := api.do(t, bad)
			if res.Status != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" {
				t.Fatalf("after the budget an invalid key answers %s, want 429 with Retry-After", res)
			}
		}
	})
}
