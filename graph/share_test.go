package graph_test

import (
	"net/http"
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
					Case                                       struct {
						VerificationID string `json:"verificationID"`
					}
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
			var rev struct {
				RevokeShareToken struct{ Status, RevokedAt string }
			}
			s.GraphQL(t, a.AccessToken, `mutation($id: ID!) { revokeShareToken(id: $id) { status revokedAt } }`, map[string]any{"id": tok.ID}).Decode(t, &rev)
			if rev.RevokeShareToken.Status != "REVOKED" || rev.RevokeShareToken.RevokedAt == "" {
				t.Fatalf("revoked %+v", rev)
			}
		})
	})
}

// The queries the portal's share-token manager sends (portal/src/verifications/sharing.ts):
// a report's tokens by its case, and one token's attempts by its id, each
// showing who presented it. Another tenant's viewer gets empty lists, not
// the tokens or their attempts.
const portalShareTokens = `query($caseId: ID!) {
  shareTokens(first: 50, where: { hasCaseWith: [{ id: $caseId }] }, orderBy: { field: CREATED_AT, direction: DESC }) {
    totalCount edges { node { id prefix status fields maxUses uses usesRemaining expiresAt revokedAt } } } }`

const portalShareAttempts = `query($id: ID!) {
  shareTokens(first: 1, where: { id: $id }) { edges { node { id uses status
    attempts(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount edges { node { id createdAt outcome ip domain userAgent } } } } } } }`

func TestShareTokenPortalQueries(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		a := s.SignUp(t, "a@a.example", "A")
		b := s.SignUp(t, "b@b.example", "B")
		c := s.DB.Client.VerificationCase.Query().
			Where(verificationcase.TenantID(a.TenantID), verificationcase.HasReportWith(report.PublishedAtNotNil())).
			FirstX(testkit.System())
		var created struct {
			CreateShareToken struct {
				Token      string
				ShareToken struct{ ID string }
			}
		}
		s.GraphQL(t, a.AccessToken, createShare, map[string]any{"in": map[string]any{
			"verificationId": c.VerificationID, "fields": []string{"SUPPLIER_NAME", "STATE"}, "maxUses": 1}}).Decode(t, &created)
		id := created.CreateShareToken.ShareToken.ID
		present := func(t *testing.T, want int) {
			t.Helper()
			req, err := http.NewRequest(http.MethodPost, s.URL+"/v1/kyc-share/verify",
				strings.NewReader(`{"token":"`+created.CreateShareToken.Token+`"}`))
			servertest.Must(t, err)
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Origin", "https://buyer.example")
			req.Header.Set("User-Agent", "BuyerBot/1.0")
			res, err := http.DefaultClient.Do(req)
			servertest.Must(t, err)
			_ = res.Body.Close()
			if res.StatusCode != want {
				t.Fatalf("verify answered %d, want %d", res.StatusCode, want)
			}
		}
		present(t, http.StatusOK)
		present(t, http.StatusGone) // the one use is spent

		type attempt struct{ ID, CreatedAt, Outcome, IP, Domain, UserAgent string }
		type token struct {
			ID, Prefix, Status string
			Fields             []string
			MaxUses, Uses      int
			Attempts           struct {
				TotalCount int
				Edges      []struct{ Node attempt }
			}
		}
		type list struct {
			ShareTokens struct {
				TotalCount int
				Edges      []struct{ Node token }
			}
		}

		t.Run("TheReportsTokensListWithTheirState", func(t *testing.T) {
			var got list
			s.GraphQL(t, a.AccessToken, portalShareTokens, map[string]any{"caseId": c.ID}).Decode(t, &got)
			if got.ShareTokens.TotalCount != 1 || len(got.ShareTokens.Edges) != 1 {
				t.Fatalf("listed %+v", got.ShareTokens)
			}
			n := got.ShareTokens.Edges[0].Node
			if n.ID != id || n.Status != "EXHAUSTED" || n.Uses != 1 || n.MaxUses != 1 || strings.Join(n.Fields, ",") != "SUPPLIER_NAME,STATE" {
				t.Fatalf("token %+v", n)
			}
		})

		t.Run("AnotherReportsTokensAreNotListed", func(t *testing.T) {
			other := s.DB.Client.VerificationCase.Query().
				Where(verificationcase.TenantID(a.TenantID), verificationcase.IDNEQ(c.ID)).FirstX(testkit.System())
			var got list
			s.GraphQL(t, a.AccessToken, portalShareTokens, map[string]any{"caseId": other.ID}).Decode(t, &got)
			if got.ShareTokens.TotalCount != 0 {
				t.Fatalf("another case lists %+v", got.ShareTokens)
			}
		})

		t.Run("AttemptsShowOutcomeIPDomainAndUserAgentNewestFirst", func(t *testing.T) {
			var got list
			s.GraphQL(t, a.AccessToken, portalShareAttempts, map[string]any{"id": id}).Decode(t, &got)
			if len(got.ShareTokens.Edges) != 1 {
				t.Fatalf("found %+v", got.ShareTokens)
			}
			at := got.ShareTokens.Edges[0].Node.Attempts
			if at.TotalCount != 2 || len(at.Edges) != 2 {
				t.Fatalf("attempts %+v", at)
			}
			newest, oldest := at.Edges[0].Node, at.Edges[1].Node
			if newest.Outcome != "EXHAUSTED" || oldest.Outcome != "REVEALED" {
				t.Fatalf("outcomes %s then %s, want EXHAUSTED then REVEALED", newest.Outcome, oldest.Outcome)
			}
			for _, e := range []attempt{newest, oldest} {
				if e.IP != "127.0.0.1" || e.Domain != "buyer.example" || e.UserAgent != "BuyerBot/1.0" || e.CreatedAt == "" {
					t.Fatalf("attempt %+v", e)
				}
			}
		})

		t.Run("AnotherTenantSeesNeitherTheTokensNorTheirAttempts", func(t *testing.T) {
			for name, q := range map[string]struct {
				query string
				vars  map[string]any
			}{
				"tokens":   {portalShareTokens, map[string]any{"caseId": c.ID}},
				"attempts": {portalShareAttempts, map[string]any{"id": id}},
			} {
				var got list
				s.GraphQL(t, b.AccessToken, q.query, q.vars).Decode(t, &got)
				if got.ShareTokens.TotalCount != 0 || len(got.ShareTokens.Edges) != 0 {
					t.Fatalf("b reads a's %s: %+v", name, got.ShareTokens)
				}
			}
		})
	})
}
