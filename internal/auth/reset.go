package auth

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/user"
	"github.com/keybs/platform/ent/usertoken"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// Lifetimes and budgets of the emailed links.
const (
	PasswordResetTTL = 30 * time.Minute
	EmailChangeTTL   = 24 * time.Hour
	// A reset can be asked for a few times an hour per address, and more per
	// client IP (an office shares one), so the form cannot be used to flood
	// someone's inbox or to probe addresses quickly.
	resetsPerEmail = 3
	resetsPerIP    = 20
	resetWindow    = time.Hour
)

// RequestPasswordReset emails a single-use link, valid for 30 minutes, to the
// account with this email. The answer is the same whether or not there is
// one (the email goes out in the background, so even the time taken says
// nothing); only the per-email and per-IP budgets refuse.
func (s *Service) RequestPasswordReset(ctx context.Context, emailIn string) error {
	email, err := normalizeEmail(strings.TrimSpace(emailIn))
	if err != nil {
		return err
	}
	ip := requestinfo.FromContext(ctx).ClientIP
	d, err := s.limiter.Take(ctx, s.now(),
		ratelimit.Limit{Key: "reset-email:" + email, Max: resetsPerEmail, Window: resetWindow},
		ratelimit.Limit{Key: "reset-ip:" + ip, Max: resetsPerIP, Window: resetWindow})
	if err != nil {
		return fault.Wrap(err, "reset throttle")
	}
	if !d.Allowed {
		secs := int(d.RetryAfter.Round(time.Second) / time.Second)
		return &fault.Error{Kind: fault.RateLimited, RetryAfterSeconds: secs,
			Message: fmt.Sprintf("too many reset requests; try again in %d minutes", max(1, (secs+59)/60))}
	}
	sys := system(ctx)
	u, err := s.client.User.Query().Where(user.Email(email)).Only(sys)
	if ent.IsNotFound(err) {
		return nil
	} else if err != nil {
		return fault.Wrap(err, "find user")
	}
	token := "kbs_pr_" + randomToken(32)
	err = database.WithTx(sys, s.client, func(tx *ent.Tx) error {
		// Only the newest link works.
		if err := tx.UserToken.Update().Where(usertoken.UserID(u.ID), usertoken.PurposeEQ(usertoken.PurposePASSWORD_RESET),
			usertoken.UsedAtIsNil()).SetUsedAt(s.now()).Exec(sys); err != nil {
			return fault.Wrap(err, "retire reset links")
		}
		if err := tx.UserToken.Create().SetUserID(u.ID).SetPurpose(usertoken.PurposePASSWORD_RESET).
			SetTokenHash(hashToken(token)).SetCreatedAt(s.now()).SetExpiresAt(s.now().Add(PasswordResetTTL)).Exec(sys); err != nil {
			return fault.Wrap(err, "store reset link")
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			Action: "user.password_reset_requested", TargetType: "User", TargetID: u.ID, ActorType: "ANONYMOUS",
		})
	})
	if err != nil {
		return err
	}
	link := s.link("/reset-password", token)
	s.sendLater(u.Email, "Reset your KeyBS password", fmt.Sprintf(
		"Someone (hopefully you) asked to reset the password of your KeyBS account.\n\n"+
			"Choose a new password here; the link works once, for 30 minutes:\n%s\n\n"+
			"If you did not ask, ignore this email: your password stays as it is.", link))
	return nil
}

// ResetPassword sets a new password with an emailed reset token, which then
// stops working, and signs out every session of the account.
func (s *Service) ResetPassword(ctx context.Context, token, password string) error {
	sys := system(ctx)
	ut, err := s.claimToken(sys, token, usertoken.PurposePASSWORD_RESET, func(ut *ent.UserToken, u *ent.User) error {
		return ValidatePassword("new_password", password, u.Email, u.Name)
	})
	if err != nil {
		return err
	}
	hash, err := HashPassword(password)
	if err != nil {
		return fault.Wrap(err, "hash password")
	}
	return database.WithTx(sys, s.client, func(tx *ent.Tx) error {
		if err := tx.User.UpdateOneID(ut.UserID).SetPasswordHash(hash).SetPasswordChangedAt(s.now()).Exec(sys); err != nil {
			return fault.Wrap(err, "reset password")
		}
		n, err := s.revokeSessions(sys, tx.Client(), ut.UserID, "")
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			Action: "user.password_reset", TargetType: "User", TargetID: ut.UserID, ActorID: ut.UserID, ActorType: "USER",
			Metadata: map[string]any{"sessions_signed_out": n},
		})
	})
}

// RequestEmailChange emails a confirmation link to a new address for the
// viewer's account, after checking their password; the address changes when
// the link is opened. The current address is told, so a hijacked session
// cannot move the account quietly.
func (s *Service) RequestEmailChange(ctx context.Context, newEmail, password string) error {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return err
	}
	email, err := validateNewEmail(newEmail)
	if err != nil {
		return err
	}
	sys := system(ctx)
	u, err := s.client.User.Get(sys, p.UserID)
	if err != nil {
		return database.Err(err, "load user")
	}
	if err := s.checkPassword(ctx, u, password, "password"); err != nil {
		return err
	}
	if email == u.Email {
		return fault.InvalidField("new_email", "{field} is already your email address")
	}
	if taken, err := s.emailExists(ctx, email); err != nil {
		return err
	} else if taken {
		return &fault.Error{Kind: fault.Conflict, Field: "new_email", Message: "another account uses this email address"}
	}
	token := "kbs_ec_" + randomToken(32)
	err = database.WithTx(sys, s.client, func(tx *ent.Tx) error {
		if err := tx.UserToken.Update().Where(usertoken.UserID(u.ID), usertoken.PurposeEQ(usertoken.PurposeEMAIL_CHANGE),
			usertoken.UsedAtIsNil()).SetUsedAt(s.now()).Exec(sys); err != nil {
			return fault.Wrap(err, "retire confirmation links")
		}
		if err := tx.UserToken.Create().SetUserID(u.ID).SetPurpose(usertoken.PurposeEMAIL_CHANGE).SetNewEmail(email).
			SetTokenHash(hashToken(token)).SetCreatedAt(s.now()).SetExpiresAt(s.now().Add(EmailChangeTTL)).Exec(sys); err != nil {
			return fault.Wrap(err, "store confirmation link")
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: p.TenantID, Action: "user.email_change_requested", TargetType: "User", TargetID: u.ID,
			Metadata: map[string]any{"new_email": email},
		})
	})
	if err != nil {
		return err
	}
	s.sendLater(email, "Confirm your new KeyBS email address", fmt.Sprintf(
		"Confirm that %s is the new email address of your KeyBS account (the link works once, for 24 hours):\n%s",
		email, s.link("/account/confirm-email", token)))
	s.sendLater(u.Email, "Your KeyBS email address is about to change", fmt.Sprintf(
		"Someone signed in to your KeyBS account asked to change its email address to %s.\n"+
			"If that was not you, change your password and sign out every session from the Security page.", email))
	return nil
}

// ConfirmEmailChange applies the email change an emailed token confirms.
func (s *Service) ConfirmEmailChange(ctx context.Context, token string) (*ent.User, error) {
	sys := system(ctx)
	ut, err := s.claimToken(sys, token, usertoken.PurposeEMAIL_CHANGE, nil)
	if err != nil {
		return nil, err
	}
	var u *ent.User
	err = database.WithTx(sys, s.client, func(tx *ent.Tx) error {
		old, err := tx.User.Get(sys, ut.UserID)
		if err != nil {
			return database.Err(err, "load user")
		}
		u, err = tx.User.UpdateOneID(ut.UserID).SetEmail(ut.NewEmail).Save(sys)
		if ent.IsConstraintError(err) {
			return &fault.Error{Kind: fault.Conflict, Field: "token", Message: "another account took this email address meanwhile"}
		} else if err != nil {
			return fault.Wrap(err, "change email")
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			Action: "user.email_changed", TargetType: "User", TargetID: u.ID, ActorID: u.ID, ActorType: "USER",
			Metadata: map[string]any{"from": old.Email, "to": u.Email},
		})
	})
	return database.Unwrap(u, err)
}

// claimToken marks an emailed token of purpose used, once: an unknown,
// expired or used token is refused alike. check, when given, runs before the
// token is spent, so input it rejects leaves the link working.
func (s *Service) claimToken(ctx context.Context, token string, purpose usertoken.Purpose, check func(*ent.UserToken, *ent.User) error) (*ent.UserToken, error) {
	invalid := fault.InvalidField("token", "this link is invalid, has expired or has been used already; ask for a new one")
	ut, err := s.client.UserToken.Query().Where(usertoken.TokenHash(hashToken(strings.TrimSpace(token))), usertoken.PurposeEQ(purpose)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, invalid
	} else if err != nil {
		return nil, fault.Wrap(err, "find token")
	}
	if ut.UsedAt != nil || !s.now().Before(ut.ExpiresAt) {
		return nil, invalid
	}
	if check != nil {
		u, err := s.client.User.Get(ctx, ut.UserID)
		if err != nil {
			return nil, invalid
		}
		if err := check(ut, u); err != nil {
			return nil, err
		}
	}
	n, err := s.client.UserToken.Update().Where(usertoken.ID(ut.ID), usertoken.UsedAtIsNil(), usertoken.ExpiresAtGT(s.now())).
		SetUsedAt(s.now()).Save(ctx)
	if err != nil {
		return nil, fault.Wrap(err, "use token")
	}
	if n == 0 {
		return nil, invalid // spent concurrently
	}
	return ut, nil
}

// link is an absolute portal URL carrying token.
func (s *Service) link(path, token string) string {
	return strings.TrimSuffix(s.PublicURL, "/") + path + "?token=" + url.QueryEscape(token)
}

// sendLater emails in the background, so that how long a request takes says
// nothing about whether an email was sent. Flush waits for such emails.
func (s *Service) sendLater(to, subject, body string) {
	if s.Mail == nil {
		s.log.Warn("no mailer configured; email dropped", "subject", subject)
		return
	}
	s.mailing.Add(1)
	go func() {
		defer s.mailing.Done()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := s.Mail.Send(ctx, []string{to}, "[KeyBS] "+subject, body); err != nil {
			s.log.Warn("could not send an account email", "subject", subject, "error", err)
		}
	}()
}

// Flush waits until the emails sent in the background have gone out.
func (s *Service) Flush() { s.mailing.Wait() }

func validateNewEmail(in string) (string, error) {
	return validate.Email("new_email", strings.ToLower(strings.TrimSpace(in)))
}
