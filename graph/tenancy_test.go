package graph_test

import (
	"context"
	"strings"
	"testing"

	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/tenancy"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/server/servertest"
)

const submitKyc = `mutation($in: SubmitKycInput!) { submitKyc(input: $in) { kycStatus kycCountry kycLegalName } }`
const reviewKyc = `mutation($id: ID!, $d: KycDecision!, $r: String) { reviewKyc(tenantId: $id, decision: $d, reason: $r) { kycStatus kycReviewReason } }`

func kycInput(overrides map[string]any) map[string]any {
	in := map[string]any{
		"legalName": "Acme Trading Co. Ltd", "registrationNumber": "12345678", "country": "gb",
		"address": "1 High Street, London", "contactName": "Ann Owner", "contactEmail": "compliance@acme.example",
	}
	for k, v := range overrides {
		in[k] = v
	}
	return map[string]any{"in": in}
}

// memberToken adds a user with role to tenantID and logs them in.
func memberToken(t *testing.T, s *servertest.Server, tenantID, email string, role membership.Role) string {
	t.Helper()
	sys := testkit.System()
	hash, err := auth.HashPassword("correct horse battery")
	servertest.Must(t, err)
	u := s.DB.Client.User.Create().SetEmail(email).SetName(email).SetPasswordHash(hash).SaveX(sys)
	s.DB.Client.Membership.Create().SetUserID(u.ID).SetTenantID(tenantID).SetRole(role).ExecX(sys)
	var data struct{ LogIn servertest.Session }
	s.GraphQL(t, "", logInMutation, map[string]any{"email": email, "password": "correct horse battery"}).Decode(t, &data)
	return data.LogIn.AccessToken
}

// staffToken creates a staff member and logs them in.
func staffToken(t *testing.T, s *servertest.Server, email string, role viewer.StaffRole) string {
	t.Helper()
	_, err := s.Auth.CreateStaff(context.Background(), email, "Staff", "correct horse battery", role)
	servertest.Must(t, err)
	var data struct{ LogIn servertest.Session }
	s.GraphQL(t, "", logInMutation, map[string]any{"email": email, "password": "correct horse battery"}).Decode(t, &data)
	return data.LogIn.AccessToken
}

func TestAcceptTerms(t *testing.T) {
	s := servertest.Start(t, testdb.SQLiteURL(t))
	owner := s.SignUp(t, "owner@acme.example", "Acme")
	const accept = `mutation($v: String!) { acceptTerms(version: $v) { termsVersion termsAcceptedAt } }`

	t.Run("CurrentVersionIsAccepted", func(t *testing.T) {
		var data struct{ AcceptTerms struct{ TermsVersion string } }
		s.GraphQL(t, owner.AccessToken, accept, map[string]any{"v": tenancy.CurrentTerms.Version}).Decode(t, &data)
		if data.AcceptTerms.TermsVersion != tenancy.CurrentTerms.Version {
			t.Fatalf("got %+v", data)
		}
	})
	t.Run("OutdatedVersionIsRejected", func(t *testing.T) {
		e := s.GraphQL(t, owner.AccessToken, accept, map[string]any{"v": "2020-01-01"}).Err(t)
		if e.Code() != "validation_error" || e.Field() != "version" {
			t.Fatalf("got %+v", e)
		}
	})
	for _, role := range []membership.Role{membership.RoleDEVELOPER, membership.RoleVIEWER} {
		t.Run(string(role)+"CannotAccept", func(t *testing.T) {
			tok := memberToken(t, s, owner.TenantID, string(role)+"@acme.example", role)
			if e := s.GraphQL(t, tok, accept, map[string]any{"v": tenancy.CurrentTerms.Version}).Err(t); e.Code() != "forbidden" {
				t.Fatalf("got %+v", e)
			}
		})
	}
	t.Run("AnonymousIsUnauthorized", func(t *testing.T) {
		if e := s.GraphQL(t, "", accept, map[string]any{"v": tenancy.CurrentTerms.Version}).Err(t); e.Code() != "unauthorized" {
			t.Fatalf("got %+v", e)
		}
	})
}

func TestKYC(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		owner := s.SignUp(t, "owner@acme.example", "Acme")
		other := s.SignUp(t, "owner@other.example", "Other")
		ops := staffToken(t, s, "ops@keybs.example", viewer.StaffOps)
		analyst := staffToken(t, s, "analyst@keybs.example", viewer.StaffAnalyst)

		invalid := []struct {
			name, field string
			override    map[string]any
		}{
			{"UnknownCountry", "country", map[string]any{"country": "XX"}},
			{"CountryNameInsteadOfCode", "country", map[string]any{"country": "India"}},
			{"MissingLegalName", "legalName", map[string]any{"legalName": " "}},
			{"BadContactEmail", "contactEmail", map[string]any{"contactEmail": "compliance"}},
			{"OverlongAddress", "address", map[string]any{"address": strings.Repeat("a", 501)}},
		}
		for _, tc := range invalid {
			t.Run(tc.name+"IsRejected", func(t *testing.T) {
				e := s.GraphQL(t, owner.AccessToken, submitKyc, kycInput(tc.override)).Err(t)
				if e.Code() != "validation_error" || e.Field() != tc.field {
					t.Fatalf("got %+v, want validation_error on %s", e, tc.field)
				}
			})
		}

		t.Run("ReviewBeforeSubmissionIsConflict", func(t *testing.T) {
			e := s.GraphQL(t, ops, reviewKyc, map[string]any{"id": owner.TenantID, "d": "APPROVE"}).Err(t)
			if e.Code() != "conflict" {
				t.Fatalf("got %+v", e)
			}
		})

		t.Run("SubmitPutsTenantUnderReview", func(t *testing.T) {
			var data struct {
				SubmitKyc struct{ KycStatus, KycCountry string }
			}
			s.GraphQL(t, owner.AccessToken, submitKyc, kycInput(nil)).Decode(t, &data)
			if data.SubmitKyc.KycStatus != "SUBMITTED" || data.SubmitKyc.KycCountry != "GB" {
				t.Fatalf("got %+v", data.SubmitKyc)
			}
		})
		t.Run("ResubmittingWhileUnderReviewIsConflict", func(t *testing.T) {
			if e := s.GraphQL(t, owner.AccessToken, submitKyc, kycInput(nil)).Err(t); e.Code() != "conflict" {
				t.Fatalf("got %+v", e)
			}
		})

		refusals := []struct{ name, token, code string }{
			{"TenantOwnerCannotReview", owner.AccessToken, "forbidden"},
			{"OtherTenantCannotReview", other.AccessToken, "forbidden"},
			{"AnalystCannotReview", analyst, "forbidden"},
			{"AnonymousCannotReview", "", "unauthorized"},
		}
		for _, tc := range refusals {
			t.Run(tc.name, func(t *testing.T) {
				if e := s.GraphQL(t, tc.token, reviewKyc, map[string]any{"id": owner.TenantID, "d": "APPROVE"}).Err(t); e.Code() != tc.code {
					t.Fatalf("got %+v, want %s", e, tc.code)
				}
			})
		}
		t.Run("RejectionNeedsAReason", func(t *testing.T) {
			e := s.GraphQL(t, ops, reviewKyc, map[string]any{"id": owner.TenantID, "d": "REJECT"}).Err(t)
			if e.Code() != "validation_error" || e.Field() != "reason" {
				t.Fatalf("got %+v", e)
			}
		})
		t.Run("UnknownTenantIsNotFound", func(t *testing.T) {
			e := s.GraphQL(t, ops, reviewKyc, map[string]any{"id": "tnt_01jd0000000000000000000000", "d": "APPROVE"}).Err(t)
			if e.Code() != "not_found" {
				t.Fatalf("got %+v", e)
			}
		})
		t.Run("RejectedTenantResubmitsAndIsVerified", func(t *testing.T) {
			var rej struct {
				ReviewKyc struct {
					KycStatus       string
					KycReviewReason *string
				}
			}
			s.GraphQL(t, ops, reviewKyc, map[string]any{"id": owner.TenantID, "d": "REJECT", "r": "Registration number does not match the registry"}).Decode(t, &rej)
			if rej.ReviewKyc.KycStatus != "REJECTED" || rej.ReviewKyc.KycReviewReason == nil {
				t.Fatalf("got %+v", rej.ReviewKyc)
			}
			var sub struct{ SubmitKyc struct{ KycStatus string } }
			s.GraphQL(t, owner.AccessToken, submitKyc, kycInput(map[string]any{"registrationNumber": "87654321"})).Decode(t, &sub)
			if sub.SubmitKyc.KycStatus != "SUBMITTED" {
				t.Fatalf("resubmission: %+v", sub)
			}
			var ok struct{ ReviewKyc struct{ KycStatus string } }
			s.GraphQL(t, ops, reviewKyc, map[string]any{"id": owner.TenantID, "d": "APPROVE"}).Decode(t, &ok)
			if ok.ReviewKyc.KycStatus != "VERIFIED" {
				t.Fatalf("got %+v", ok)
			}
		})
		t.Run("TenantSeesTheReviewInItsAuditLog", func(t *testing.T) {
			var logs struct {
				AuditLogs struct {
					Edges []struct{ Node struct{ ActorType string } }
				}
			}
			s.GraphQL(t, owner.AccessToken, `{ auditLogs(where: {action: "kyc.reviewed"}) { edges { node { actorType } } } }`, nil).Decode(t, &logs)
			if len(logs.AuditLogs.Edges) != 2 || logs.AuditLogs.Edges[0].Node.ActorType != "STAFF" {
				t.Fatalf("got %+v", logs.AuditLogs)
			}
		})
		t.Run("StaffViewerHasNoTenant", func(t *testing.T) {
			var v struct {
				Viewer struct {
					StaffRole   string
					Memberships []any
				}
			}
			s.GraphQL(t, ops, `{ viewer { staffRole memberships { id } } }`, nil).Decode(t, &v)
			if v.Viewer.StaffRole != "OPS" || len(v.Viewer.Memberships) != 0 {
				t.Fatalf("got %+v", v.Viewer)
			}
		})
	})
}
