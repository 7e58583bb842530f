package auth

import (
	"context"
	"strings"

	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/viewer"
)

// Reauthenticate is a fresh check of the signed-in user before a sensitive
// action (purpose names it in the audit log, e.g. "webhook.secret_revealed"):
// their password, or a current second-factor code when two-factor
// authentication is on. A password is compared against its hash in constant
// time; wrong answers count against the same throttle as log-ins, so a stolen
// session cannot guess its way through. Each check is audited, passed or not;
// neither the password nor the code is ever logged or stored.
func (s *Service) Reauthenticate(ctx context.Context, password, mfaCode, purpose string) error {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return err
	}
	u, err := s.client.User.Get(system(ctx), p.UserID)
	if err != nil {
		return database.Err(err, "load user")
	}
	mfaCode = strings.TrimSpace(mfaCode)
	if password == "" && mfaCode == "" {
		if u.MfaEnabledAt != nil {
			return fault.InvalidField("password", "enter your password or a code from your authenticator app to confirm it is you")
		}
		return fault.InvalidField("password", "enter your password to confirm it is you")
	}
	limits := []ratelimit.Limit{{Key: "login-email:" + u.Email, Max: maxFailuresPerEmail, Window: failureWindow}}
	check := func() error {
		if mfaCode != "" {
			if u.MfaEnabledAt == nil {
				return fault.InvalidField("mfa_code", "two-factor authentication is not on for your account; enter your password instead")
			}
			if d, err := s.limiter.Peek(ctx, s.now(), limits...); err != nil {
				return fault.Wrap(err, "reauthentication throttle")
			} else if !d.Allowed {
				return throttled(d.RetryAfter)
			}
			ok, err := s.checkSecondFactor(ctx, u, mfaCode)
			if err != nil {
				return err
			}
			if !ok {
				if _, err := s.limiter.Take(ctx, s.now(), limits...); err != nil {
					return fault.Wrap(err, "reauthentication throttle")
				}
				return fault.InvalidField("mfa_code", "{field} is wrong or has been used already; enter the current code from your authenticator app, or a recovery code")
			}
		}
		if password != "" {
			if err := s.checkPassword(ctx, u, password, "password"); err != nil {
				if fe := fault.From(err); fe.Kind == fault.Invalid {
					return fault.InvalidField("password", "the password is wrong; enter the password you log in with")
				}
				return err
			}
		}
		return nil
	}
	checkErr := check()
	outcome := "passed"
	if checkErr != nil {
		if fe := fault.From(checkErr); fe.Kind != fault.Invalid && fe.Kind != fault.RateLimited {
			return checkErr
		}
		outcome = "failed"
	}
	method := "password"
	if mfaCode != "" {
		method = "mfa_code"
		if password != "" {
			method = "password+mfa_code"
		}
	}
	if err := audit.Record(ctx, s.client, audit.Entry{TenantID: p.TenantID, Action: "user.reauthenticated", TargetType: "User",
		TargetID: u.ID, Metadata: map[string]any{"purpose": purpose, "method": method, "outcome": outcome}}); err != nil {
		return err
	}
	return checkErr
}
