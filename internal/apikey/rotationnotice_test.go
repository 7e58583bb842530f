package apikey_test

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
)

// TestRotationNotices: a rotation's notify_emails are validated, emailed at
// the rotation, and emailed exactly once when the grace period ends, even
// with two service instances (two replicas) sweeping the same database.
func TestRotationNotices(t *testing.T) {
	testdb.Each(t, func(t *testing.T, url string) {
		db := testkit.Open(t, url)
		bus := testkit.Bus(t, db, url)
		t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
		clock := testkit.NewClock(t0)
		mail := &testkit.Mailbox{}
		replica := func() *apikey.Service {
			s := apikey.NewService(db.Client, bus, clock.Now)
			s.Mail, s.Log = mail, testkit.DiscardLog()
			return s
		}
		a, b := replica(), replica()
		tn := testkit.MustTenant(t, db.Client, "rotnotice", membership.RoleOWNER)
		owner := tn.As(membership.RoleOWNER)
		_, key := mustKey(t, db, func(c *ent.APIKeyCreate) { c.SetTenantID(tn.ID).SetApplicationID(tn.AppID).SetName("Billing") })

		t.Run("ABadAddressIs422NamingNotifyEmails", func(t *testing.T) {
			for _, emails := range [][]string{{"ops@acme.test", "not-an-email"}, {""}, slices.Repeat([]string{"a@b.test"}, 11)} {
				_, err := a.Rotate(owner, key.ID, apikey.RotateInput{GracePeriod: time.Hour, NotifyEmails: emails})
				testkit.WantFault(t, err, fault.Invalid, "notify_emails")
			}
			if mail.Count() != 0 {
				t.Fatalf("a refused rotation sent %d emails", mail.Count())
			}
		})

		var successor string
		t.Run("TheRotationIsEmailedAtOnce", func(t *testing.T) {
			created, err := a.Rotate(owner, key.ID, apikey.RotateInput{GracePeriod: 48 * time.Hour,
				NotifyEmails: []string{"sec@acme.test", " ops@acme.test ", "sec@acme.test"}})
			if err != nil {
				t.Fatal(err)
			}
			successor = created.APIKey.Last4
			sent := mail.Sent()
			if len(sent) != 1 {
				t.Fatalf("%d emails at the rotation, want 1", len(sent))
			}
			m := sent[0]
			if !slices.Equal(m.To, []string{"sec@acme.test", "ops@acme.test"}) || !strings.Contains(m.Subject, "Billing") ||
				!strings.Contains(m.Body, successor) || !strings.Contains(m.Body, "keeps working until") {
				t.Fatalf("rotation email %+v", m)
			}
			if strings.Contains(m.Body, created.Secret) {
				t.Fatal("the rotation email holds the new secret")
			}
		})

		t.Run("NothingIsSentBeforeTheGracePeriodEnds", func(t *testing.T) {
			clock.Advance(47 * time.Hour)
			for _, s := range []*apikey.Service{a, b} {
				if n, err := s.NotifyGraceEnded(testkit.System()); err != nil || n != 0 {
					t.Fatalf("NotifyGraceEnded = %d, %v before the end", n, err)
				}
			}
			if mail.Count() != 1 {
				t.Fatalf("%d emails, want still 1", mail.Count())
			}
		})

		t.Run("TheEndIsEmailedExactlyOnceByTwoReplicas", func(t *testing.T) {
			clock.Advance(time.Hour)
			var wg sync.WaitGroup
			counts := make([]int, 4)
			for i := range counts {
				s := []*apikey.Service{a, b}[i%2]
				wg.Add(1)
				go func() {
					defer wg.Done()
					n, err := s.NotifyGraceEnded(testkit.System())
					if err != nil {
						t.Error(err)
					}
					counts[i] = n
				}()
			}
			wg.Wait()
			if total := counts[0] + counts[1] + counts[2] + counts[3]; total != 1 {
				t.Fatalf("sweeps announced %v, want one announcement in all", counts)
			}
			sent := mail.Sent()
			if len(sent) != 2 {
				t.Fatalf("%d emails, want the rotation's and one for the end", len(sent))
			}
			end := sent[1]
			if !slices.Equal(end.To, []string{"sec@acme.test", "ops@acme.test"}) || !strings.Contains(end.Body, "ended") ||
				!strings.Contains(end.Body, successor) {
				t.Fatalf("end email %+v", end)
			}
			clock.Advance(time.Hour)
			if n, _ := b.NotifyGraceEnded(testkit.System()); n != 0 || mail.Count() != 2 {
				t.Fatalf("a later sweep announced again (%d, %d emails)", n, mail.Count())
			}
		})

		t.Run("ARotationWithoutEmailsSendsNothing", func(t *testing.T) {
			_, quiet := mustKey(t, db, func(c *ent.APIKeyCreate) {
				c.SetTenantID(tn.ID).SetApplicationID(tn.AppID).SetEnvironment(environment.Test)
			})
			if _, err := a.Rotate(owner, quiet.ID, apikey.RotateInput{GracePeriod: time.Minute}); err != nil {
				t.Fatal(err)
			}
			clock.Advance(2 * time.Minute)
			if n, err := a.NotifyGraceEnded(testkit.System()); err != nil || n != 0 || mail.Count() != 2 {
				t.Fatalf("NotifyGraceEnded = %d, %v, %d emails; want nothing sent", n, err, mail.Count())
			}
		})
	})
}
