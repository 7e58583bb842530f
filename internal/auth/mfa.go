package auth

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/base32"
	"encoding/base64"
	"image/png"
	"strings"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/recoverycode"
	"github.com/keybs/platform/ent/tenant"
	"github.com/keybs/platform/ent/user"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// TOTP parameters (RFC 6238 with the defaults every authenticator app
// supports): SHA-1, six digits, 30-second steps, one step of clock skew
// either way.
const (
	totpPeriod        = 30
	totpSkew          = 1
	RecoveryCodeCount = 10
	totpIssuer        = "KeyBS"
)

// MFAEnrollment is what enrolling a TOTP authenticator shows once: the
// secret, as text and as a scannable otpauth:// QR code.
type MFAEnrollment struct {
	Secret string
	URI    string
	// QRCode is a PNG data URL of URI, for an <img>.
	QRCode string
}

// BeginMFA starts enrolling a TOTP authenticator for the viewer: a new secret
// waits, sealed, until ConfirmMFA proves the app reads it.
func (s *Service) BeginMFA(ctx context.Context) (*MFAEnrollment, error) {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return nil, err
	}
	sys := system(ctx)
	u, err := s.client.User.Get(sys, p.UserID)
	if err != nil {
		return nil, database.Err(err, "load user")
	}
	if u.MfaEnabledAt != nil {
		return nil, fault.New(fault.Conflict, "two-factor authentication is already on; turn it off first to enrol another app")
	}
	key, err := totp.Generate(totp.GenerateOpts{Issuer: totpIssuer, AccountName: u.Email, Period: totpPeriod})
	if err != nil {
		return nil, fault.Wrap(err, "generate TOTP secret")
	}
	img, err := key.Image(240, 240)
	if err != nil {
		return nil, fault.Wrap(err, "draw QR code")
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fault.Wrap(err, "encode QR code")
	}
	if err := s.client.User.UpdateOneID(u.ID).SetMfaPendingSecret(s.seal(u.ID, "mfa_pending", key.Secret())).Exec(sys); err != nil {
		return nil, fault.Wrap(err, "store TOTP secret")
	}
	return &MFAEnrollment{
		Secret: key.Secret(), URI: key.URL(),
		QRCode: "data:image/png;base64," + base64.StdEncoding.EncodeToString(buf.Bytes()),
	}, nil
}

// ConfirmMFA turns the second factor on once code proves the authenticator
// app holds the pending secret, and returns ten single-use recovery codes,
// shown this once.
func (s *Service) ConfirmMFA(ctx context.Context, code string) ([]string, error) {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return nil, err
	}
	sys := system(ctx)
	u, err := s.client.User.Get(sys, p.UserID)
	if err != nil {
		return nil, database.Err(err, "load user")
	}
	if u.MfaEnabledAt != nil {
		return nil, fault.New(fault.Conflict, "two-factor authentication is already on")
	}
	if u.MfaPendingSecret == nil {
		return nil, fault.New(fault.Conflict, "start the set-up first: there is no authenticator waiting to be confirmed")
	}
	secret, err := s.open(u.ID, "mfa_pending", *u.MfaPendingSecret)
	if err != nil {
		return nil, err
	}
	step, ok := matchTOTP(secret, code, s.now(), 0)
	if !ok {
		return nil, fault.InvalidField("code", "{field} does not match; enter the 6-digit code your app shows now")
	}
	var codes []string
	err = database.WithTx(sys, s.client, func(tx *ent.Tx) error {
		if err := tx.User.UpdateOneID(u.ID).SetMfaSecret(s.seal(u.ID, "mfa", secret)).ClearMfaPendingSecret().
			SetMfaEnabledAt(s.now()).SetMfaLastStep(step).Exec(sys); err != nil {
			return fault.Wrap(err, "enable MFA")
		}
		if codes, err = s.replaceRecoveryCodes(sys, tx.Client(), u.ID); err != nil {
			return err
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: p.TenantID, Action: "user.mfa_enabled", TargetType: "User", TargetID: u.ID,
		})
	})
	return codes, err
}

// DisableMFA turns the second factor off; it needs a fresh TOTP or recovery
// code, so a session left open cannot quietly weaken the account. An
// organization that requires a second factor keeps its members from it.
func (s *Service) DisableMFA(ctx context.Context, code string) error {
	p, u, err := s.mfaUser(ctx)
	if err != nil {
		return err
	}
	sys := system(ctx)
	required, err := s.client.Tenant.Query().Where(tenant.RequireMfa(true),
		tenant.HasMembershipsWith(membership.UserID(u.ID))).Select(tenant.FieldName).Strings(sys)
	if err != nil {
		return fault.Wrap(err, "check organizations")
	}
	if len(required) > 0 {
		return fault.New(fault.Forbidden, "%s requires two-factor authentication of its members", strings.Join(required, ", "))
	}
	if err := s.requireCode(ctx, u, code); err != nil {
		return err
	}
	return database.WithTx(sys, s.client, func(tx *ent.Tx) error {
		if err := tx.User.UpdateOneID(u.ID).ClearMfaSecret().ClearMfaPendingSecret().ClearMfaEnabledAt().
			ClearMfaLastStep().Exec(sys); err != nil {
			return fault.Wrap(err, "disable MFA")
		}
		if _, err := tx.RecoveryCode.Delete().Where(recoverycode.UserID(u.ID)).Exec(sys); err != nil {
			return fault.Wrap(err, "delete recovery codes")
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: p.TenantID, Action: "user.mfa_disabled", TargetType: "User", TargetID: u.ID,
		})
	})
}

// RegenerateRecoveryCodes replaces the viewer's recovery codes (the old ones
// stop working) after a fresh code, and returns the new ones, shown once.
func (s *Service) RegenerateRecoveryCodes(ctx context.Context, code string) ([]string, error) {
	p, u, err := s.mfaUser(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.requireCode(ctx, u, code); err != nil {
		return nil, err
	}
	var codes []string
	sys := system(ctx)
	err = database.WithTx(sys, s.client, func(tx *ent.Tx) error {
		if codes, err = s.replaceRecoveryCodes(sys, tx.Client(), u.ID); err != nil {
			return err
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: p.TenantID, Action: "user.recovery_codes_regenerated", TargetType: "User", TargetID: u.ID,
		})
	})
	return codes, err
}

// RecoveryCodesLeft counts the viewer's unused recovery codes.
func (s *Service) RecoveryCodesLeft(ctx context.Context, userID string) (int, error) {
	p := viewer.FromContext(ctx)
	if p == nil || p.UserID != userID {
		return 0, nil // only ever told to the account itself
	}
	n, err := s.client.RecoveryCode.Query().Where(recoverycode.UserID(userID), recoverycode.UsedAtIsNil()).Count(system(ctx))
	return n, database.Err(err, "count recovery codes")
}

// mfaUser loads the viewer, who must have the second factor on.
func (s *Service) mfaUser(ctx context.Context) (*viewer.Principal, *ent.User, error) {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return nil, nil, err
	}
	u, err := s.client.User.Get(system(ctx), p.UserID)
	if err != nil {
		return nil, nil, database.Err(err, "load user")
	}
	if u.MfaEnabledAt == nil {
		return nil, nil, fault.New(fault.Conflict, "two-factor authentication is not on")
	}
	return p, u, nil
}

// requireCode checks a fresh second-factor code for an account change,
// throttled like log-ins.
func (s *Service) requireCode(ctx context.Context, u *ent.User, code string) error {
	ok, err := s.checkSecondFactor(ctx, u, code)
	if err != nil {
		return err
	}
	if !ok {
		return fault.InvalidField("code", "{field} is wrong or has been used already; enter the current code from your authenticator app, or a recovery code")
	}
	return nil
}

// checkSecondFactor reports whether code is u's current TOTP code (each time
// step is accepted once) or one of u's unused recovery codes (each accepted
// once).
func (s *Service) checkSecondFactor(ctx context.Context, u *ent.User, code string) (bool, error) {
	sys := system(ctx)
	code = strings.TrimSpace(code)
	if u.MfaSecret == nil {
		return false, nil
	}
	if isRecoveryCode(code) {
		n, err := s.client.RecoveryCode.Update().Where(recoverycode.UserID(u.ID),
			recoverycode.CodeHash(hashRecoveryCode(code)), recoverycode.UsedAtIsNil()).SetUsedAt(s.now()).Save(sys)
		if err != nil {
			return false, fault.Wrap(err, "use recovery code")
		}
		if n == 1 {
			if err := audit.Record(ctx, s.client, audit.Entry{Action: "user.recovery_code_used", TargetType: "User",
				TargetID: u.ID, ActorID: u.ID, ActorType: "USER"}); err != nil {
				return false, err
			}
		}
		return n == 1, nil
	}
	secret, err := s.open(u.ID, "mfa", *u.MfaSecret)
	if err != nil {
		return false, err
	}
	step, ok := matchTOTP(secret, code, s.now(), u.MfaLastStep)
	if !ok {
		return false, nil
	}
	// Claim the step: of two requests with the same code only one passes.
	n, err := s.client.User.Update().Where(user.ID(u.ID), user.Or(user.MfaLastStepIsNil(), user.MfaLastStepLT(step))).
		SetMfaLastStep(step).Save(sys)
	if err != nil {
		return false, fault.Wrap(err, "record TOTP step")
	}
	return n == 1, nil
}

// matchTOTP finds the time step, within the allowed skew of now and after
// last, whose code is code.
func matchTOTP(secret, code string, now time.Time, last int64) (int64, bool) {
	code = strings.ReplaceAll(code, " ", "")
	if len(code) != 6 {
		return 0, false
	}
	current := now.Unix() / totpPeriod
	for d := int64(-totpSkew); d <= totpSkew; d++ {
		step := current + d
		if step <= last {
			continue
		}
		want, err := totp.GenerateCodeCustom(secret, time.Unix(step*totpPeriod, 0), totp.ValidateOpts{
			Period: totpPeriod, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1,
		})
		if err == nil && subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 {
			return step, true
		}
	}
	return 0, false
}

// TOTPCode returns the code for secret at t: what an authenticator app
// shows. Tests compute codes with it from a fixed clock.
func TOTPCode(secret string, t time.Time) (string, error) {
	return totp.GenerateCodeCustom(secret, t, totp.ValidateOpts{Period: totpPeriod, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1})
}

// replaceRecoveryCodes stores ten new recovery codes for userID, hashed, in
// place of the old ones, and returns them.
func (s *Service) replaceRecoveryCodes(ctx context.Context, client *ent.Client, userID string) ([]string, error) {
	if _, err := client.RecoveryCode.Delete().Where(recoverycode.UserID(userID)).Exec(ctx); err != nil {
		return nil, fault.Wrap(err, "delete recovery codes")
	}
	codes := make([]string, RecoveryCodeCount)
	creates := make([]*ent.RecoveryCodeCreate, RecoveryCodeCount)
	for i := range codes {
		codes[i] = newRecoveryCode()
		creates[i] = client.RecoveryCode.Create().SetUserID(userID).SetCodeHash(hashRecoveryCode(codes[i])).SetCreatedAt(s.now())
	}
	if err := client.RecoveryCode.CreateBulk(creates...).Exec(ctx); err != nil {
		return nil, fault.Wrap(err, "store recovery codes")
	}
	return codes, nil
}

var recoveryAlphabet = base32.NewEncoding("abcdefghijkmnpqrstuvwxyz23456789").WithPadding(base32.NoPadding)

// newRecoveryCode returns ten random characters (50 bits) as xxxxx-xxxxx,
// in an alphabet without look-alikes (no l, o, 0 or 1).
func newRecoveryCode() string {
	b := make([]byte, 7)
	randomBytes(b)
	c := recoveryAlphabet.EncodeToString(b)[:10]
	return c[:5] + "-" + c[5:]
}

// isRecoveryCode tells a recovery code from a six-digit TOTP code.
func isRecoveryCode(code string) bool {
	return len(strings.ReplaceAll(code, "-", "")) == 10
}

// hashRecoveryCode hashes a recovery code as typed, forgiving case and the
// dash.
func hashRecoveryCode(code string) string {
	return hashToken(strings.ToLower(strings.ReplaceAll(strings.TrimSpace(code), "-", "")))
}

func (s *Service) seal(userID, purpose, secret string) string {
	return base64.StdEncoding.EncodeToString(s.Box.Seal([]byte(secret), "user:"+userID+":"+purpose))
}

func (s *Service) open(userID, purpose, sealed string) (string, error) {
	raw, err := base64.StdEncoding.DecodeString(sealed)
	if err != nil {
		return "", fault.Wrap(err, "decode TOTP secret")
	}
	secret, err := s.Box.Open(raw, "user:"+userID+":"+purpose)
	if err != nil {
		return "", fault.Wrap(err, "open TOTP secret")
	}
	return string(secret), nil
}

// MFASetupRequired reports whether userID is the viewer and the viewer's
// organization waits for them to set up a second factor.
func MFASetupRequired(ctx context.Context, userID string) bool {
	p := viewer.FromContext(ctx)
	return p != nil && p.UserID == userID && p.MFASetupFor != ""
}
