package rest_test

import (
	"context"
	"net/http"
	"strconv"
	"testing"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/server/servertest"
)

// TestRateLimitOverrides: ops set an enterprise per-minute budget for a key
// or a tenant; the key's own override wins over its tenant's, which wins over
// the default; nobody but ops may set them.
func TestRateLimitOverrides(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		cs := startContract(t, dbURL)
		staff := func(email string, role viewer.StaffRole) string {
			_, err := cs.Auth.CreateStaff(context.Background(), email, "Staff", "correct horse battery", role)
			servertest.Must(t, err)
			var data struct{ LogIn servertest.Session }
			cs.GraphQL(t, "", `mutation($e: String!) { logIn(input: {email: $e, password: "correct horse battery"}) { accessToken } }`,
				map[string]any{"e": email}).Decode(t, &data)
			return data.LogIn.AccessToken
		}
		ops := staff("ops@keybs.example", viewer.StaffOps)
		analyst := staff("analyst@keybs.example", viewer.StaffAnalyst)
		k := cs.mustTestKey(t)
		set := func(token string, in map[string]any) servertest.Response {
			return cs.GraphQL(t, token, `mutation($in: RateLimitOverrideInput!) { setRateLimitOverride(input: $in) { keyId tenantId perMinute } }`,
				map[string]any{"in": in})
		}
		budget := func() int {
			res := cs.api.do(t, v1Request{Path: "/v1/verifications?limit=1", Key: k.Secret})
			res.wantOK(t, http.StatusOK)
			n, _ := strconv.Atoi(res.Header.Get("X-RateLimit-Limit"))
			return n
		}
		if got := budget(); got != 120 {
			t.Fatalf("default budget %d, want 120", got)
		}
		t.Run("ATenantOverrideLiftsEveryKey", func(t *testing.T) {
			set(ops, map[string]any{"tenantId": cs.Owner.TenantID, "perMinute": 5000}).Decode(t, &struct{}{})
			if got := budget(); got != 5000 {
				t.Fatalf("budget %d, want the tenant's 5000", got)
			}
		})
		t.Run("AKeyOverrideWinsOverTheTenants", func(t *testing.T) {
			set(ops, map[string]any{"keyId": k.ID, "perMinute": 9000}).Decode(t, &struct{}{})
			if got := budget(); got != 9000 {
				t.Fatalf("budget %d, want the key's 9000", got)
			}
		})
		t.Run("ClearingFallsBack", func(t *testing.T) {
			set(ops, map[string]any{"keyId": k.ID, "perMinute": nil}).Decode(t, &struct{}{})
			if got := budget(); got != 5000 {
				t.Fatalf("budget %d, want the tenant's 5000 again", got)
			}
		})
		t.Run("OnlyOpsMaySetThem", func(t *testing.T) {
			for name, token := range map[string]string{"analyst": analyst, "owner": cs.Owner.AccessToken} {
				if e := set(token, map[string]any{"keyId": k.ID, "perMinute": 1}).Err(t); e.Code() != "forbidden" {
					t.Errorf("%s: %+v, want forbidden", name, e)
				}
			}
			if e := set("", map[string]any{"keyId": k.ID, "perMinute": 1}).Err(t); e.Code() != "unauthorized" {
				t.Errorf("anonymous: %+v", e)
			}
		})
		t.Run("BadInputIsInvalid", func(t *testing.T) {
			for _, in := range []map[string]any{
				{"keyId": k.ID, "tenantId": cs.Owner.TenantID, "perMinute": 10},
				{"perMinute": 10},
				{"keyId": k.ID, "perMinute": 0},
			} {
				if e := set(ops, in).Err(t); e.Code() != "validation_error" {
					t.Errorf("%v: %+v, want validation_error", in, e)
				}
			}
			if e := set(ops, map[string]any{"keyId": "key_01nosuchkey0000000000000", "perMinute": 10}).Err(t); e.Code() != "not_found" {
				t.Errorf("unknown key: %+v", e)
			}
		})
		t.Run("ChangesAreAudited", func(t *testing.T) {
			var logs struct{ AuditLogs struct{ TotalCount int } }
			cs.GraphQL(t, cs.Owner.AccessToken, `{ auditLogs(where: {action: "rate_limit.override_set"}) { totalCount } }`, nil).Decode(t, &logs)
			if logs.AuditLogs.TotalCount != 3 {
				t.Fatalf("%d audit entries, want 3", logs.AuditLogs.TotalCount)
			}
		})
	})
}
