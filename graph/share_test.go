package graph_test

import (
	"strings"
	"testing"

	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

const createShare = `mutation($in: CreateShareTokenInput!) {
  createShareToken(input: $in) { token shareToken { id prefix status fields maxUses uses usesRemaining environment expiresAt case { verificationID } } } }`

func TestShareTokensGraphQL(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		a := s.SignUp(t, "a@a.example", "A")
		b := s.SignUp(t, "b@b.example", "B")
		published := func(tenantID string) string {
			return s.DB.Client.VerificationCase.Query().
				Where(verificationcase.TenantID(tenantID), verificationcase.HasReportWith(report.PublishedAtNotNil())).
				FirstX(testkit.System()).VerificationID
		}
		vid := published(a.TenantID)

		var created struct {
			CreateShareToken struct {
				Token      string
				ShareToken struct {
					ID, Prefix, Status, Environment, ExpiresAt string
					Fields                                     []string
					MaxUses, Uses, UsesRemaining               int
					Case                                       struct{ VerificationID string `json:"verificationID"` }
				}
			}
		}
		s.GraphQL(t, a.AccessToken, createShare, map[string]any{"in": map[string]any{
			"verificationId": vid, "fields": []string{"TRUST_SCORE", "SUPPLIER_NAME"}, "maxUses": 3}}).Decode(t, &created)
		tok := created.CreateShareToken.ShareToken

		t.Run("TheTokenIsShownOnceWithItsFieldsInCatalogOrder", func(t *testing.T) {
			if !strings.HasPrefix(created.CreateShareToken.Token, tok.Prefix) || !strings.HasPrefix(tok.Prefix, "kbs_share_") {
				t.Fatalf("token %q, prefix %q", created.CreateShareToken.Token, tok.Prefix)
			}
			if strings.Join(tok.Fields, ",") != "SUPPLIER_NAME,TRUST_SCORE" || tok.Status != "ACTIVE" || tok.MaxUses != 3 ||
				tok.UsesRemaining != 3 || tok.Environment != "TEST" || tok.Case.VerificationID != vid {
				t.Fatalf("share token %+v", tok)
			}
			res := s.GraphQL(t, a.AccessToken, `{ shareTokens { edges { node { id prefix } } } }`, nil)
			if strings.Contains(string(res.Data), created.CreateShareToken.Token) {
				t.Fatal("the token is listed")
			}
			if e := s.GraphQL(t, a.AccessToken, `{ shareTokens { edges { node { tokenHash } } } }`, nil); len(e.Errors) == 0 {
				t.Fatal("the token's hash is queryable")
			}
		})

		for _, tc := range []struct {
			name  string
			in    map[string]any
			code  string
			field string
		}{
			{"NoFieldsNamesFields", map[string]any{"verificationId": vid, "fields": []string{}}, "validation_error", "fields"},
			{"ZeroUsesNamesMaxUses", map[string]any{"verificationId": vid, "fields": []string{"STATE"}, "maxUses": 0}, "validation_error", "maxUses"},
			{"ATooShortLifeNamesExpiresIn", map[string]any{"verificationId": vid, "fields": []string{"STATE"}, "expiresIn": 5}, "validation_error", "expiresIn"},
			{"AnotherTenantsReportIsNotFound", map[string]any{"verificationId": published(b.TenantID), "fields": []string{"STATE"}}, "not_found", ""},
			{"AnUnknownFieldIsRefused", map[string]any{"verificationId": vid, "fields": []string{"CONTACT_EMAIL"}}, "GRAPHQL_VALIDATION_FAILED", ""},
		} {
			t.Run(tc.name, func(t *testing.T) {
				e := s.GraphQL(t, a.AccessToken, createShare, map[string]any{"in": tc.in}).Err(t)
				if e.Code() != tc.code || (tc.field != "" && e.Field() != tc.field) {
					t.Fatalf("error %+v, want %s on %q", e, tc.code, tc.field)
				}
			})
		}

		t.Run("AnotherTenantNeitherSeesNorRevokesIt", func(t *testing.T) {
			var list struct{ ShareTokens struct{ Edges []any } }
			s.GraphQL(t, b.AccessToken, `{ shareTokens { edges { node { id } } } }`, nil).Decode(t, &list)
			if len(list.ShareTokens.Edges) != 0 {
				t.Fatalf("b lists %d of a's tokens", len(list.ShareTokens.Edges))
			}
			if e := s.GraphQL(t, b.AccessToken, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": tok.ID}).Err(t); e.Code() != "not_found" {
				t.Fatalf("b reading a's token as a node: %+v", e)
			}
			if e := s.GraphQL(t, b.AccessToken, `mutation($id: ID!) { revokeShareToken(id: $id) { id } }`, map[string]any{"id": tok.ID}).Err(t); e.Code() != "not_found" {
				t.Fatalf("b revoking a's token: %+v", e)
			}
		})

		t.Run("RevokingStopsItAndTheListSaysSo", func(t *testing.T) {
			var rev struct{ RevokeShareToken struct{ Status, RevokedAt string } }
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { revokeShareToken(id: $id) { status revokedAt } }`, map[string]any{"id": tok.ID}).Decode(t, &rev)
			if rev.RevokeShareToken.Status != "REVOKED" || rev.RevokeShareToken.RevokedAt == "" {
				t.Fatalf("revoked %+v", rev)
			}
		})
	})
}
