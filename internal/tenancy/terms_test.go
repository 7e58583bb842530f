package tenancy

import (
	"context"
	"testing"

	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/tenant"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
)

// raiser keeps the notices raised, deduplicated as notify.Notifier does.
type raiser struct{ notices map[string]notify.Notice }

func (r *raiser) Raise(_ context.Context, n notify.Notice) (bool, error) {
	if _, ok := r.notices[n.DedupeKey]; ok {
		return false, nil
	}
	r.notices[n.DedupeKey] = n
	return true, nil
}

func TestIndustryTermsAndMFARequirement(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		h := newHarness(t, dbURL)

		t.Run("AcceptingRecordsTheIndustry", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
			got, err := h.svc.AcceptTerms(tn.As(membership.RoleADMIN), CurrentTerms.Version)
			if err != nil {
				t.Fatal(err)
			}
			if got.TermsIndustry == nil || *got.TermsIndustry != industry.Fintech || !TermsUpToDate(got) {
				t.Fatalf("terms industry %v, up to date %v", got.TermsIndustry, TermsUpToDate(got))
			}
		})
		t.Run("ChangingIndustryAcceptsItsTerms", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
			_, err := h.svc.ChangeIndustry(tn.As(membership.RoleOWNER), industry.IGaming, "2020-01-01")
			testkit.WantFault(t, err, fault.Invalid, "accept_terms_version")
			_, err = h.svc.ChangeIndustry(tn.As(membership.RoleDEVELOPER), industry.IGaming, CurrentTerms.Version)
			testkit.WantFault(t, err, fault.Forbidden, "")
			if h.load(t, tn.ID).Industry != industry.Fintech {
				t.Fatal("a refused change was applied")
			}
			got, err := h.svc.ChangeIndustry(tn.As(membership.RoleOWNER), industry.IGaming, CurrentTerms.Version)
			if err != nil {
				t.Fatal(err)
			}
			if got.Industry != industry.IGaming || *got.TermsIndustry != industry.IGaming || !TermsUpToDate(got) || len(h.audits(t, tn.ID, "tenant.industry_changed")) != 1 {
				t.Fatalf("after the change: %s, terms for %v", got.Industry, got.TermsIndustry)
			}
			_, err = h.svc.ChangeIndustry(tn.As(membership.RoleOWNER), industry.IGaming, CurrentTerms.Version)
			testkit.WantFault(t, err, fault.Invalid, "industry")
		})
		t.Run("AnOlderVersionOrAnotherIndustryIsOutOfDate", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
			old := h.db.Client.Tenant.UpdateOneID(tn.ID).SetTermsVersion("2025-01-01").SaveX(testkit.System())
			if !TermsAccepted(old) || TermsUpToDate(old) {
				t.Fatal("an older version counts as current")
			}
			other := h.db.Client.Tenant.UpdateOneID(tn.ID).SetTermsVersion(CurrentTerms.Version).SetTermsIndustry(industry.Payments).SaveX(testkit.System())
			if TermsUpToDate(other) {
				t.Fatal("terms accepted for another industry count as current")
			}
			legacy := h.db.Client.Tenant.UpdateOneID(tn.ID).ClearTermsIndustry().SaveX(testkit.System())
			if !TermsUpToDate(legacy) {
				t.Fatal("an acceptance from before terms named industries is not taken for the tenant's industry")
			}
		})
		t.Run("TenantsOnAnOlderVersionAreToldOnce", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
			h.db.Client.Tenant.UpdateOneID(tn.ID).SetTermsVersion("2025-01-01").ExecX(testkit.System())
			r := &raiser{notices: map[string]notify.Notice{}}
			n, err := NotifyOutdatedTerms(context.Background(), h.db.Client, r)
			if err != nil || n < 1 {
				t.Fatalf("NotifyOutdatedTerms = %d, %v", n, err)
			}
			if _, ok := r.notices["terms:"+CurrentTerms.Version+":"+tn.ID]; !ok {
				t.Fatal("the tenant on the old version was not told")
			}
			if n, _ := NotifyOutdatedTerms(context.Background(), h.db.Client, r); n != 0 {
				t.Fatalf("told %d tenants again", n)
			}
		})
		t.Run("OnlyAnOwnerWithMFARequiresIt", func(t *testing.T) {
			tn := h.tenant(t, tenant.KycStatusNOT_STARTED)
			_, err := h.svc.SetRequireMFA(tn.As(membership.RoleADMIN), true)
			testkit.WantFault(t, err, fault.Forbidden, "")
			_, err = h.svc.SetRequireMFA(tn.As(membership.RoleOWNER), true)
			testkit.WantFault(t, err, fault.Forbidden, "")
			h.db.Client.User.UpdateOne(tn.Users[membership.RoleOWNER]).SetMfaEnabledAt(testkit.Epoch).ExecX(testkit.System())
			got, err := h.svc.SetRequireMFA(tn.As(membership.RoleOWNER), true)
			if err != nil || !got.RequireMfa || len(h.audits(t, tn.ID, "tenant.mfa_requirement_changed")) != 1 {
				t.Fatalf("SetRequireMFA = %v, %v", got, err)
			}
		})
	})
}
