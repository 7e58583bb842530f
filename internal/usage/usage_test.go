package usage

import (
	"context"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
)

// ---- shared harness for the usage package's tests ----
//
// The fixtures themselves live in testkit; the short names below are what
// this package's tests call them.

// clock is a settable time source. It stays a local type only because
// TestUsageFollow, which is being moved, builds one with a literal; other
// tests use testkit.NewClock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

var (
	discardLog  = testkit.DiscardLog
	eachFreshDB = testdb.EachFresh
	mustOpen    = testkit.Open
	// mustBus returns the database's bus; on PostgreSQL it listens, so this
	// process's subscribers hear what it publishes.
	mustBus  = testkit.Bus
	ownerCtx = testkit.Owner
)

// sys is the system context: privacy rules allow everything.
var sys = testkit.System()

// t0 is the tests' "now": mid-month, so a month of rollups fits before it.
var t0 = testkit.Epoch

// tenantFixture is a tenant with one application and an owner.
type tenantFixture = testkit.Tenant

// mustTenant creates a tenant whose only application expects volume calls a
// month, with an owner (who receives its emails).
func mustTenant(t testing.TB, db *database.DB, slug string, volume int64) tenantFixture {
	t.Helper()
	tn := testkit.MustTenant(t, db.Client, slug, membership.RoleOWNER)
	db.Client.Application.UpdateOneID(tn.AppID).SetExpectedMonthlyVolume(volume).ExecX(sys)
	return tn
}

// rollupRow is one usage_rollups row to insert directly.
type rollupRow struct {
	tenant   string
	env      environment.Environment
	minute   time.Time
	key      string
	app      string
	route    string
	status   int
	requests int64
	errors   int64
	hist     Histogram // zero: every request in b0
}

func mustRollup(t testing.TB, db *database.DB, r rollupRow) {
	t.Helper()
	if r.env == "" {
		r.env = environment.Live
	}
	if r.route == "" {
		r.route = "GET /v1/verifications/{id}"
	}
	if r.status == 0 {
		r.status = 200
	}
	if r.hist == (Histogram{}) {
		r.hist[0] = r.requests
	}
	h := r.hist
	db.Client.UsageRollup.Create().SetTenantID(r.tenant).SetEnvironment(r.env).SetMinute(r.minute.UTC().Truncate(time.Minute)).
		SetKeyID(r.key).SetApplicationID(r.app).SetRoute(r.route).SetStatus(r.status).
		SetRequests(r.requests).SetErrors(r.errors).SetLatencySumUs(0).
		SetB0(h[0]).SetB1(h[1]).SetB2(h[2]).SetB3(h[3]).SetB4(h[4]).SetB5(h[5]).
		SetB6(h[6]).SetB7(h[7]).SetB8(h[8]).SetB9(h[9]).SetB10(h[10]).SetB11(h[11]).
		ExecX(sys)
}

func ptr[T any](v T) *T { return &v }

// ---- Histogram ----

func TestBucket(t *testing.T) {
	for _, c := range []struct {
		name string
		d    time.Duration
		want int
	}{
		{"ZeroIsTheFirstBucket", 0, 0},
		{"Exactly1msIsTheFirstBucket", time.Millisecond, 0},
		{"JustOver1msIsTheSecondBucket", time.Millisecond + time.Nanosecond, 1},
		{"Exactly5msIsBucket2", 5 * time.Millisecond, 2},
		{"Exactly250msIsBucket7", 250 * time.Millisecond, 7},
		{"Exactly5sIsTheLastBoundedBucket", 5 * time.Second, 10},
		{"Over5sIsTheOverflowBucket", 5*time.Second + time.Nanosecond, 11},
		{"AMinuteIsTheOverflowBucket", time.Minute, 11},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := bucket(c.d); got != c.want {
				t.Fatalf("bucket(%v) = %d, want %d", c.d, got, c.want)
			}
		})
	}
	t.Run("BoundsMatchTheTwelveRollupColumns", func(t *testing.T) {
		if len(Bounds)+1 != len(Histogram{}) || len(rollupColumns) != 3+len(Histogram{}) {
			t.Fatalf("%d bounds, %d histogram buckets, %d rollup columns", len(Bounds), len(Histogram{}), len(rollupColumns))
		}
	})
}

func TestHistogramQuantile(t *testing.T) {
	t.Run("EmptyIsZero", func(t *testing.T) {
		var h Histogram
		for _, q := range []float64{0, 0.5, 0.99, 1} {
			if got := h.Quantile(q); got != 0 {
				t.Fatalf("Quantile(%v) of nothing = %v, want 0", q, got)
			}
		}
	})
	t.Run("OneBucketInterpolatesInsideIt", func(t *testing.T) {
		var h Histogram
		h[bucket(20*time.Millisecond)] = 10 // (10ms, 25ms]
		if got := h.Quantile(0.5); got != 17.5 {
			t.Fatalf("p50 = %v, want 17.5 (half-way through 10..25)", got)
		}
		if got := h.Quantile(1); got != 25 {
			t.Fatalf("p100 = %v, want the bucket's upper edge 25", got)
		}
		for _, q := range []float64{0.01, 0.5, 0.95, 0.99} {
			if got := h.Quantile(q); got <= 10 || got > 25 {
				t.Fatalf("Quantile(%v) = %v, outside the only bucket (10, 25]", q, got)
			}
		}
	})
	t.Run("KnownDistributionSeparatesTheTail", func(t *testing.T) {
		var h Histogram
		h[bucket(3*time.Millisecond)] = 90   // ≤ 5ms
		h[bucket(300*time.Millisecond)] = 10 // (250, 500]
		if p50 := h.Quantile(0.50); p50 > 5 {
			t.Fatalf("p50 = %v, want ≤ 5", p50)
		}
		if p95 := h.Quantile(0.95); p95 <= 250 || p95 > 500 {
			t.Fatalf("p95 = %v, want in (250, 500]", p95)
		}
		if p99 := h.Quantile(0.99); p99 <= 250 || p99 > 500 {
			t.Fatalf("p99 = %v, want in (250, 500]", p99)
		}
		if !(h.Quantile(0.5) <= h.Quantile(0.95) && h.Quantile(0.95) <= h.Quantile(0.99)) {
			t.Fatal("quantiles are not monotonic")
		}
	})
	t.Run("OverflowBucketStaysAbove5s", func(t *testing.T) {
		var h Histogram
		h[11] = 4
		if got := h.Quantile(0.5); got <= 5000 {
			t.Fatalf("p50 of calls slower than 5s = %vms, want > 5000", got)
		}
	})
	t.Run("AddMergesBucketwise", func(t *testing.T) {
		a := Histogram{1, 2, 3}
		a.Add(Histogram{10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7})
		if a != (Histogram{11, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 7}) {
			t.Fatalf("merged %v", a)
		}
	})
}

// ---- Analytics ----

func TestUsageReport(t *testing.T) {
	eachFreshDB(t, func(t *testing.T, fresh func(*testing.T) string) {
		const routeA, routeB = "GET /v1/verifications/{id}", "POST /v1/verifications"
		// seed: tenant A has calls at minutes 2 and 5 of a 10-minute window, in
		// both environments, on two keys and two routes; tenant B has calls
		// in the same minutes that A must never see.
		seed := func(t *testing.T) (*database.DB, *Service, tenantFixture, tenantFixture) {
			t.Helper()
			db := mustOpen(t, fresh(t))
			a, b := mustTenant(t, db, "acme", 0), mustTenant(t, db, "globex", 0)
			m2, m5 := t0.Add(2*time.Minute), t0.Add(5*time.Minute)
			var slow Histogram
			slow[0], slow[6] = 9, 1
			mustRollup(t, db, rollupRow{tenant: a.ID, env: environment.Live, minute: m2, key: "key_1", app: a.AppID, route: routeA, status: 200, requests: 10, hist: slow})
			mustRollup(t, db, rollupRow{tenant: a.ID, env: environment.Live, minute: m2, key: "key_1", app: a.AppID, route: routeA, status: 500, requests: 2, errors: 2})
			mustRollup(t, db, rollupRow{tenant: a.ID, env: environment.Live, minute: m5, key: "key_2", app: a.AppID, route: routeB, status: 201, requests: 5})
			mustRollup(t, db, rollupRow{tenant: a.ID, env: environment.Test, minute: m5, key: "key_3", app: a.AppID, route: routeA, status: 404, requests: 3, errors: 3})
			mustRollup(t, db, rollupRow{tenant: b.ID, env: environment.Live, minute: m2, key: "key_b", app: b.AppID, route: routeA, status: 200, requests: 1000})
			mustRollup(t, db, rollupRow{tenant: b.ID, env: environment.Live, minute: m5, key: "key_1", app: b.AppID, route: routeA, status: 200, requests: 777})
			return db, NewService(db.Client, nil, testkit.NewClock(t0.Add(10*time.Minute)).Now), a, b
		}
		window := Filter{From: ptr(t0), To: ptr(t0.Add(10 * time.Minute)), Granularity: ptr(Minute)}

		t.Run("SeriesIsContinuousWithZerosAndTotalsAreItsSum", func(t *testing.T) {
			_, svc, a, _ := seed(t)
			rep, err := svc.Usage(ownerCtx(a.ID), window)
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Series) != 10 {
				t.Fatalf("%d points, want 10 (one per minute)", len(rep.Series))
			}
			var sumReq, sumErr int64
			for i, p := range rep.Series {
				if !p.Time.Equal(t0.Add(time.Duration(i) * time.Minute)) {
					t.Fatalf("point %d at %v, want %v", i, p.Time, t0.Add(time.Duration(i)*time.Minute))
				}
				want := map[int]int64{2: 12, 5: 8}[i]
				if p.Requests != want {
					t.Fatalf("point %d has %d requests, want %d", i, p.Requests, want)
				}
				if want == 0 && (p.Errors != 0 || p.ErrorRate != 0 || p.P50 != 0) {
					t.Fatalf("empty point %d is not all zeros: %+v", i, p)
				}
				sumReq += p.Requests
				sumErr += p.Errors
			}
			if rep.Totals.Requests != sumReq || rep.Totals.Errors != sumErr || sumReq != 20 || sumErr != 5 {
				t.Fatalf("totals %d/%d, series sum %d/%d, want 20/5", rep.Totals.Requests, rep.Totals.Errors, sumReq, sumErr)
			}
			if rep.Totals.ErrorRate != 0.25 {
				t.Fatalf("error rate %v, want 0.25", rep.Totals.ErrorRate)
			}
			if p := rep.Series[2]; p.ErrorRate != round4(2.0/12) || p.P95 <= 5 {
				t.Fatalf("minute 2: error rate %v p95 %v; want %v and a p95 in the slow bucket", p.ErrorRate, p.P95, round4(2.0/12))
			}
		})
		t.Run("BreakdownsCountByKeyRouteAndStatus", func(t *testing.T) {
			_, svc, a, _ := seed(t)
			rep, err := svc.Usage(ownerCtx(a.ID), window)
			if err != nil {
				t.Fatal(err)
			}
			got := func(bs []*Breakdown) map[string]int64 {
				m := map[string]int64{}
				for _, b := range bs {
					m[b.Value] = b.Requests
				}
				return m
			}
			assertMap(t, "by key", got(rep.ByKey), map[string]int64{"key_1": 12, "key_2": 5, "key_3": 3})
			assertMap(t, "by route", got(rep.ByRoute), map[string]int64{routeA: 15, routeB: 5})
			assertMap(t, "by status", got(rep.ByStatus), map[string]int64{"200": 10, "500": 2, "201": 5, "404": 3})
			if rep.ByKey[0].Value != "key_1" || rep.ByKey[0].Errors != 2 {
				t.Fatalf("the busiest key first, with its errors: %+v", rep.ByKey[0])
			}
		})
		t.Run("FiltersNarrowTheCount", func(t *testing.T) {
			_, svc, a, _ := seed(t)
			for _, c := range []struct {
				name string
				mod  func(*Filter)
				want int64
			}{
				{"KeyID", func(f *Filter) { f.KeyID = ptr("key_1") }, 12},
				{"Route", func(f *Filter) { f.Route = ptr(routeB) }, 5},
				{"EnvironmentLive", func(f *Filter) { f.Environment = ptr(environment.Live) }, 17},
				{"EnvironmentTest", func(f *Filter) { f.Environment = ptr(environment.Test) }, 3},
				{"ApplicationID", func(f *Filter) { f.ApplicationID = ptr(a.AppID) }, 20},
				{"UnknownKeyIsEmpty", func(f *Filter) { f.KeyID = ptr("key_none") }, 0},
				{"KeyAndRouteTogether", func(f *Filter) { f.KeyID = ptr("key_3"); f.Route = ptr(routeA) }, 3},
			} {
				f := window
				c.mod(&f)
				rep, err := svc.Usage(ownerCtx(a.ID), f)
				if err != nil {
					t.Fatalf("%s: %v", c.name, err)
				}
				if rep.Totals.Requests != c.want {
					t.Fatalf("%s: %d requests, want %d", c.name, rep.Totals.Requests, c.want)
				}
			}
		})
		t.Run("AnotherTenantsRollupsAreNeverCounted", func(t *testing.T) {
			_, svc, a, b := seed(t)
			rep, err := svc.Usage(ownerCtx(a.ID), Filter{From: ptr(t0), To: ptr(t0.Add(10 * time.Minute)), Granularity: ptr(Minute), KeyID: ptr("key_1")})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Totals.Requests != 12 {
				t.Fatalf("tenant A's key_1 shows %d requests, want 12 (tenant B's key_1 has 777)", rep.Totals.Requests)
			}
			repB, err := svc.Usage(ownerCtx(b.ID), window)
			if err != nil {
				t.Fatal(err)
			}
			if repB.Totals.Requests != 1777 {
				t.Fatalf("tenant B sees %d requests, want 1777", repB.Totals.Requests)
			}
		})
		t.Run("HourGranularityGroupsMinutes", func(t *testing.T) {
			_, svc, a, _ := seed(t)
			rep, err := svc.Usage(ownerCtx(a.ID), Filter{From: ptr(t0.Add(-2 * time.Hour)), To: ptr(t0.Add(time.Hour)), Granularity: ptr(Hour)})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Series) != 3 || rep.Series[2].Requests != 20 || rep.Series[0].Requests != 0 || rep.Totals.Requests != 20 {
				t.Fatalf("hourly series %v, totals %d; want [0 0 20], 20", requestsOf(rep.Series), rep.Totals.Requests)
			}
		})
		t.Run("DefaultsToTheLast24HoursByTheMinute", func(t *testing.T) {
			_, svc, a, _ := seed(t)
			rep, err := svc.Usage(ownerCtx(a.ID), Filter{})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Granularity != Minute || len(rep.Series) != 1440 || rep.Totals.Requests != 20 {
				t.Fatalf("default: %s, %d points, %d requests; want MINUTE, 1440, 20", rep.Granularity, len(rep.Series), rep.Totals.Requests)
			}
		})
		t.Run("ThirtyOneDaysByTheMinuteIsAValidationErrorOnGranularity", func(t *testing.T) {
			_, svc, a, _ := seed(t)
			_, err := svc.Usage(ownerCtx(a.ID), Filter{From: ptr(t0.Add(-31 * 24 * time.Hour)), To: ptr(t0), Granularity: ptr(Minute)})
			assertField(t, err, "granularity")
			if _, err := svc.Usage(ownerCtx(a.ID), Filter{From: ptr(t0.Add(-31 * 24 * time.Hour)), To: ptr(t0), Granularity: ptr(Day)}); err != nil {
				t.Fatalf("31 days by the day: %v", err)
			}
		})
		t.Run("FromNotBeforeToIsAValidationError", func(t *testing.T) {
			_, svc, a, _ := seed(t)
			_, err := svc.Usage(ownerCtx(a.ID), Filter{From: ptr(t0), To: ptr(t0), Granularity: ptr(Minute)})
			assertField(t, err, "from")
			_, err = svc.Usage(ownerCtx(a.ID), Filter{From: ptr(t0.Add(time.Hour)), To: ptr(t0), Granularity: ptr(Minute)})
			assertField(t, err, "from")
		})
		t.Run("AnonymousIsUnauthorized", func(t *testing.T) {
			_, svc, _, _ := seed(t)
			if _, err := svc.Usage(context.Background(), window); !fault.Is(err, fault.Unauthorized) {
				t.Fatalf("anonymous: %v, want unauthorized", err)
			}
		})
	})
}

func TestUsageFollow(t *testing.T) {
	eachFreshDB(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("UpdatesCarryTheDeltaAndAddUpToWhatWasRecorded", func(t *testing.T) {
			url := fresh(t)
			db := mustOpen(t, url)
			bus := mustBus(t, db, url)
			a, b := mustTenant(t, db, "acme", 0), mustTenant(t, db, "globex", 0)
			c := &clock{t: t0}
			svc := NewService(db.Client, bus, c.Now)
			svc.FollowInterval = 10 * time.Millisecond
			ctx, cancel := context.WithCancel(ownerCtx(a.ID))
			defer cancel()

			updates, err := svc.Follow(ctx, Filter{})
			if err != nil {
				t.Fatal(err)
			}
			record := func(tenant string, n, errs int, seq int) {
				t.Helper()
				rec := NewRecorder(db.Client, bus, RecorderOptions{Log: discardLog()})
				rec.Start()
				for i := range n {
					status := 200
					if i < errs {
						status = 502
					}
					rec.Record(context.Background(), Entry{TenantID: tenant, Environment: environment.Live, KeyID: "key_1", ApplicationID: "app",
						Method: "GET", Route: "GET /v1/x", Status: status, Latency: time.Millisecond, RequestID: "req-" + strconv.Itoa(seq) + "-" + strconv.Itoa(i), At: t0.Add(10 * time.Second)})
				}
				rec.Close()
			}
			var total, totalErr int64
			waitFor := func(want int64) {
				t.Helper()
				deadline := time.After(10 * time.Second)
				for total < want {
					select {
					case u, ok := <-updates:
						if !ok {
							t.Fatal("updates closed")
						}
						if u.Requests <= 0 {
							t.Fatalf("an update with delta %d", u.Requests)
						}
						total += u.Requests
						totalErr += u.Errors
						if u.Totals.Requests != total {
							t.Fatalf("update totals %d, deltas so far add to %d", u.Totals.Requests, total)
						}
					case <-deadline:
						t.Fatalf("after 10s the updates add to %d requests, want %d", total, want)
					}
				}
			}
			record(a.ID, 7, 2, 1)
			waitFor(7)
			record(b.ID, 50, 0, 2) // another tenant's calls are not this viewer's
			record(a.ID, 5, 1, 3)
			waitFor(12)
			if total != 12 || totalErr != 3 {
				t.Fatalf("updates add to %d requests / %d errors, want 12 / 3", total, totalErr)
			}
		})
		t.Run("AnonymousCannotFollow", func(t *testing.T) {
			db := mustOpen(t, fresh(t))
			if _, err := NewService(db.Client, events.NewBus(db.Dialect, discardLog()), time.Now).Follow(context.Background(), Filter{}); !fault.Is(err, fault.Unauthorized) {
				t.Fatalf("anonymous follow: %v, want unauthorized", err)
			}
		})
	})
}

func round4(f float64) float64 {
	return float64(int64(f*10000+0.5)) / 10000
}

func requestsOf(ps []*Point) []int64 {
	out := make([]int64, len(ps))
	for i, p := range ps {
		out[i] = p.Requests
	}
	return out
}

func assertMap(t *testing.T, what string, got, want map[string]int64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %v, want %v", what, got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("%s: %v, want %v", what, got, want)
		}
	}
}

func assertField(t *testing.T, err error, field string) {
	t.Helper()
	fe := fault.From(err)
	if err == nil || fe.Kind != fault.Invalid || fe.Field != field {
		t.Fatalf("error %v, want validation_error on field %q", err, field)
	}
}

// TestSubMillisecondCallsReportSubMillisecondPercentiles pins the finer low
// buckets: calls well under a millisecond must not read as several.
func TestSubMillisecondCallsReportSubMillisecondPercentiles(t *testing.T) {
	var h Histogram
	h[bucket(300*time.Microsecond)] = 100
	if p99 := h.Quantile(0.99); p99 > 1 {
		t.Fatalf("p99 of 0.3 ms calls = %v ms, want ≤ 1", p99)
	}
}
