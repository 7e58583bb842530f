package usage

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/notification"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/metering"
)

// meter adds n billable units of the tenant in env at at, as module calls
// record them.
func (h *quotaHarness) meter(t *testing.T, env environment.Environment, at time.Time, n int) {
	t.Helper()
	for i := 0; i < n; i += 500 {
		var creates []*ent.MeteredUnitCreate
		for j := i; j < min(i+500, n); j++ {
			creates = append(creates, h.db.Client.MeteredUnit.Create().SetTenantID(h.tenant.ID).SetEnvironment(env).
				SetIndustry(industry.Fintech).SetOperation(string(metering.KYCVerify)).SetUnit(metering.UnitCall).
				SetQuantity(1).SetSourceID(fmt.Sprintf("kyc_%s_%d_%d", env, at.UnixNano(), j)).SetCreatedAt(at))
		}
		h.db.Client.MeteredUnit.CreateBulk(creates...).ExecX(sys)
	}
}

func TestUnitQuotaAlerts(t *testing.T) {
	eachFreshDB(t, func(t *testing.T, fresh func(*testing.T) string) {
		t.Run("StarterWarnsAt80AndAlertsAt100PercentOfUnits", func(t *testing.T) {
			h := newQuotaHarness(t, fresh(t), 5000, nil)
			tier, _ := h.q.Plan(context.Background(), h.tenant.ID)
			if tier.MonthlyUnits != 2_000 {
				t.Fatalf("STARTER includes %d units, want 2000", tier.MonthlyUnits)
			}
			h.meter(t, environment.Live, t0.Add(-24*time.Hour), 1_599)
			h.meter(t, environment.Live, t0.AddDate(0, -1, 0), 5_000) // last month
			h.check()
			h.expect(t, warning, 0)
			h.meter(t, environment.Live, t0.Add(-time.Hour), 1) // 1600: 80 %
			h.check()
			h.check()
			h.expect(t, warning, 1)
			h.expect(t, exceeded, 0)
			n := h.db.Client.Notification.Query().Where(notification.Kind(warning)).OnlyX(sys)
			if !strings.Contains(n.Title, "80% of this month's billable module units") || !strings.Contains(n.Body, "1600 of the 2000") {
				t.Fatalf("warning %q / %q", n.Title, n.Body)
			}
			h.meter(t, environment.Live, t0.Add(-time.Minute), 400) // 2000: 100 %
			h.check()
			h.expect(t, warning, 1)
			h.expect(t, exceeded, 1)
			evt := h.db.Client.Event.Query().Where(event.Type(exceeded)).OnlyX(sys)
			if evt.Payload["measure"] != "units" || fmt.Sprint(evt.Payload["used"]) != "2000" || fmt.Sprint(evt.Payload["quota"]) != "2000" {
				t.Fatalf("event payload %v", evt.Payload)
			}
			if h.mail.Count() != 2 {
				t.Fatalf("%d emails, want 2", h.mail.Count())
			}
			// Units alert; they never refuse calls (the calls quota does).
			if h.exceeded(t) {
				t.Fatal("units past the plan refused live calls")
			}
		})
		t.Run("CallsAndUnitsAlertSeparately", func(t *testing.T) {
			h := newQuotaHarness(t, fresh(t), 5000, nil)
			h.use(t, t0.Add(-time.Hour), 8_000) // calls at 80 %
			h.meter(t, environment.Live, t0.Add(-time.Hour), 1_600)
			h.check()
			h.expect(t, warning, 2)
			if x := h.db.Client.Notification.Query().Where(notification.Kind(warning)).CountX(sys); x != 2 {
				t.Fatalf("%d warnings", x)
			}
		})
		t.Run("TestUnitsDoNotCount", func(t *testing.T) {
			h := newQuotaHarness(t, fresh(t), 5000, nil)
			h.meter(t, environment.Test, t0.Add(-time.Hour), 3_000)
			h.check()
			h.expect(t, warning, 0)
			h.expect(t, exceeded, 0)
			if used, err := h.q.UsedUnits(context.Background(), h.tenant.ID); err != nil || used != 0 {
				t.Fatalf("used %d, %v", used, err)
			}
		})
	})
}
