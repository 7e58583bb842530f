package graph_test

import (
	"strings"
	"testing"

	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// A taken application name is a conflict on the name field, in the words a
// person reads under the form's Name input.
func TestApplicationNameConflicts(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		tok := s.SignUp(t, "owner@names.example", "Names Co").AccessToken
		first := createApp(t, s, tok, map[string]any{"name": "Checkout"})
		second := createApp(t, s, tok, map[string]any{"name": "Payouts"})

		t.Run("CreateWithATakenNameIsAConflictOnName", func(t *testing.T) {
			e := s.GraphQL(t, tok, createAppMutation, map[string]any{"in": map[string]any{"name": "  checkout "}}).Err(t)
			if e.Code() != "conflict" || e.Field() != "name" || !strings.Contains(e.Message, `"checkout" already exists`) {
				t.Fatalf("error %+v", e)
			}
		})
		t.Run("RenameOntoATakenNameIsAConflictOnName", func(t *testing.T) {
			e := s.GraphQL(t, tok, updateAppMutation, map[string]any{"id": second.ID, "in": map[string]any{"name": "CHECKOUT"}}).Err(t)
			if e.Code() != "conflict" || e.Field() != "name" {
				t.Fatalf("error %+v", e)
			}
			var data struct{ Application struct{ Name string } }
			s.GraphQL(t, tok, appQuery, map[string]any{"id": second.ID}).Decode(t, &data)
			if data.Application.Name != "Payouts" {
				t.Fatalf("name became %q", data.Application.Name)
			}
		})
		t.Run("AnotherTenantsNamesDoNotCount", func(t *testing.T) {
			other := s.SignUp(t, "owner@other-names.example", "Other Names").AccessToken
			if a := createApp(t, s, other, map[string]any{"name": first.Name}); a.Name != "Checkout" {
				t.Fatalf("created %+v", a)
			}
		})
	})
}
