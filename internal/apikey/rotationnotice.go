package apikey

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/keybs/platform/ent"
	entkey "github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/validate"
)

// MaxNotifyEmails bounds a rotation's notify_emails.
const MaxNotifyEmails = 10

// notifyEmails validates a rotation's notify_emails: each a bare address,
// at most MaxNotifyEmails, duplicates dropped (in the order given).
func notifyEmails(in []string) ([]string, error) {
	if len(in) > MaxNotifyEmails {
		return nil, fault.InvalidField("notify_emails", "{field} takes at most %d addresses", MaxNotifyEmails)
	}
	out := make([]string, 0, len(in))
	for _, e := range in {
		addr, err := validate.Email("notify_emails", e)
		if err != nil {
			return nil, fault.InvalidField("notify_emails", "{field} has %q, which is not a valid email address", e)
		}
		if !slices.Contains(out, addr) {
			out = append(out, addr)
		}
	}
	return out, nil
}

func (s *Service) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

// display names a key as every page shows it: its name and prefix…last4.
func display(k *ent.APIKey) string {
	return fmt.Sprintf("%q (%s…%s, %s)", k.Name, k.Prefix, k.Last4, k.Environment.Lower())
}

// mailRotated tells the rotation's notify_emails that old was replaced by
// successor, and until when old still works. It runs after the commit; a
// mail failure is logged and never undoes the rotation.
func (s *Service) mailRotated(ctx context.Context, old, successor *ent.APIKey) {
	if s.Mail == nil || old == nil || len(old.RotationNotifyEmails) == 0 {
		return
	}
	body := fmt.Sprintf("The API key %s was rotated. Its successor is %s…%s.\n\n", display(old), successor.Prefix, successor.Last4)
	if old.GraceUntil != nil {
		body += fmt.Sprintf("The old key keeps working until %s (UTC); then requests with it are refused. "+
			"Deploy the new key before then. You will get one more email when the grace period ends.\n",
			old.GraceUntil.UTC().Format(time.RFC1123))
	} else {
		body += "The old key stopped working at once: requests with it are refused.\n"
	}
	if err := s.Mail.Send(context.WithoutCancel(ctx), old.RotationNotifyEmails, "[KeyBS] API key "+old.Name+" rotated", body); err != nil {
		s.log().Warn("could not email a key rotation", "key_id", old.ID, "error", err)
	}
}

// Run announces ended grace periods every interval until ctx ends.
func (s *Service) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := s.NotifyGraceEnded(ctx); err != nil && ctx.Err() == nil {
			s.log().Warn("could not announce ended grace periods", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// NotifyGraceEnded emails the notify_emails of each rotated key whose grace
// period has ended, exactly once: each key is claimed by a conditional
// update (grace_end_notified_at from NULL), so of two replicas running this
// at once only one sends. It returns how many keys it announced.
func (s *Service) NotifyGraceEnded(ctx context.Context) (int, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	now := s.now()
	due, err := s.client.APIKey.Query().
		Where(entkey.GraceUntilLTE(now), entkey.GraceEndNotifiedAtIsNil(), entkey.RevokedAtIsNil()).
		Limit(500).All(sys)
	if err != nil {
		return 0, database.Err(err, "find ended grace periods")
	}
	sent := 0
	for _, k := range due {
		n, err := s.client.APIKey.Update().Where(entkey.ID(k.ID), entkey.GraceEndNotifiedAtIsNil()).
			SetGraceEndNotifiedAt(now).Save(sys)
		if err != nil {
			return sent, database.Err(err, "claim grace-period notice")
		}
		if n == 0 || len(k.RotationNotifyEmails) == 0 || s.Mail == nil {
			continue // another replica claimed it, or nobody asked
		}
		successor := ""
		if k.RotatedTo != nil {
			if next, err := s.client.APIKey.Get(sys, *k.RotatedTo); err == nil {
				successor = fmt.Sprintf(" Use its successor %s…%s.", next.Prefix, next.Last4)
			}
		}
		body := fmt.Sprintf("The grace period of the rotated API key %s ended at %s (UTC): requests with it are now refused with 401.%s\n",
			display(k), k.GraceUntil.UTC().Format(time.RFC1123), successor)
		if err := s.Mail.Send(ctx, k.RotationNotifyEmails, "[KeyBS] API key "+k.Name+": the old key stopped working", body); err != nil {
			s.log().Warn("could not email the end of a grace period", "key_id", k.ID, "error", err)
			continue
		}
		sent++
	}
	return sent, nil
}
