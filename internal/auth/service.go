// Package auth holds portal identity: passwords (with a strength estimate),
// sign-up, log-in with throttling and an optional TOTP second factor,
// short-lived access tokens, rotating refresh tokens with reuse detection,
// the sessions list, organisation switching, password reset and email change
// by emailed single-use links, and platform staff accounts. The session
// resolver turns a bearer token into the viewer.Principal that every
// transport puts in the request context, with roles read from the database.
package auth

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/refreshtoken"
	"github.com/keybs/platform/ent/user"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/pulid"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/requestinfo"
	"github.com/keybs/platform/internal/secretbox"
	"github.com/keybs/platform/internal/tenancy"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// Failed-login budgets: past them, log-in is refused until the window ends.
const (
	maxFailuresPerEmail = 5
	maxFailuresPerIP    = 30
	failureWindow       = 15 * time.Minute
)

// Service runs the portal's session operations.
type Service struct {
	client  *ent.Client
	tokens  *Tokens
	limiter ratelimit.Store
	now     func() time.Time
	log     *slog.Logger

	// NewTenantHooks run inside the sign-up transaction after the tenant is
	// created (for example, to seed its sandbox), so a failure creates nothing.
	NewTenantHooks []func(ctx context.Context, client *ent.Client, t *ent.Tenant) error

	// Mail sends password-reset links and email-change confirmations, which
	// point at PublicURL (KEYBS_PUBLIC_URL).
	Mail      Mailer
	PublicURL string
	// Box seals TOTP secrets at rest.
	Box *secretbox.Box
	// Invitations redeems the invitation a sign-up names (package team).
	Invitations InvitationRedeemer

	mailing sync.WaitGroup
}

// Mailer sends an email (notify.Mailer satisfies it).
type Mailer interface {
	Send(ctx context.Context, to []string, subject, body string) error
}

// InvitationRedeemer turns an invitation token into a membership of the
// invitation's tenant for u, inside tx, and returns that tenant's id.
type InvitationRedeemer interface {
	Redeem(ctx context.Context, tx *ent.Tx, token string, u *ent.User) (tenantID string, err error)
}

// NewService wires a Service.
func NewService(client *ent.Client, tokens *Tokens, limiter ratelimit.Store, now func() time.Time, log *slog.Logger) *Service {
	return &Service{client: client, tokens: tokens, limiter: limiter, now: now, log: log}
}

// Session is what a successful sign-up, log-in, refresh or organisation
// switch returns. RefreshToken is empty when it was handed to a browser as an
// HttpOnly cookie instead (see WithRefreshCookie).
type Session struct {
	AccessToken  string
	RefreshToken string
	ExpiresAt    time.Time
	User         *ent.User
	// Principal is who the access token speaks for: the tenant and role.
	Principal *viewer.Principal
}

// SignUpInput is a new partner's sign-up form.
type SignUpInput struct {
	Email            string
	Password         string
	Name             string
	OrganizationName string
	Industry         industry.Industry
	AcceptTerms      bool
	// InvitationToken joins the inviting organization instead of creating
	// one; the invited email must be Email.
	InvitationToken string
}

// system returns ctx with privacy checks lifted, for the operations that run
// before there is a viewer (sign-up, log-in, refresh).
func system(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// SignUp creates a user, their tenant and an OWNER membership, accepts the
// current terms when asked, and starts a session. With an invitation token
// it creates no tenant: the user joins the inviting one with the invited role.
func (s *Service) SignUp(ctx context.Context, in SignUpInput) (*Session, error) {
	email, err := normalizeEmail(in.Email)
	if err != nil {
		return nil, err
	}
	name, err := validate.Text("name", in.Name, 200, true)
	if err != nil {
		return nil, err
	}
	if err := ValidatePassword("password", in.Password, email, name); err != nil {
		return nil, err
	}
	invited := strings.TrimSpace(in.InvitationToken) != ""
	var org string
	if !invited {
		if org, err = validate.Text("organization_name", in.OrganizationName, 200, true); err != nil {
			return nil, err
		}
		if !in.Industry.Valid() {
			return nil, fault.InvalidField("industry", "{field} must be one of FINTECH, PAYMENTS, ECOMMERCE, IGAMING, OTHER")
		}
	} else if s.Invitations == nil {
		return nil, fault.New(fault.Internal, "invitations are not available")
	}
	hash, err := HashPassword(in.Password)
	if err != nil {
		return nil, fault.Wrap(err, "hash password")
	}

	ctx = system(ctx)
	if taken, err := s.client.User.Query().Where(user.Email(email)).Exist(ctx); err != nil {
		return nil, fault.Wrap(err, "check email")
	} else if taken {
		return nil, emailTaken()
	}

	var sess *Session
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		u, err := tx.User.Create().SetEmail(email).SetName(name).SetPasswordHash(hash).SetPasswordChangedAt(s.now()).Save(ctx)
		if err != nil {
			if ent.IsConstraintError(err) {
				return emailTaken()
			}
			return fault.Wrap(err, "create user")
		}
		var tenantID string
		if invited {
			if tenantID, err = s.Invitations.Redeem(ctx, tx, strings.TrimSpace(in.InvitationToken), u); err != nil {
				return err
			}
		} else {
			t, err := tenancy.Create(ctx, tx.Client(), tenancy.NewTenant{
				Name: org, Industry: in.Industry, Owner: u, AcceptTerms: in.AcceptTerms, Now: s.now(),
			})
			if err != nil {
				return err
			}
			for _, hook := range s.NewTenantHooks {
				if err := hook(ctx, tx.Client(), t); err != nil {
					return err
				}
			}
			tenantID = t.ID
		}
		p, err := s.principalFor(ctx, tx.Client(), u, tenantID)
		if err != nil {
			return err
		}
		if err := audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: tenantID, Action: "user.signed_up", TargetType: "User", TargetID: u.ID,
			ActorID: u.ID, ActorType: "USER", Metadata: map[string]any{"email": email, "invited": invited},
		}); err != nil {
			return err
		}
		sess, err = s.startSession(ctx, tx.Client(), u, p, newFamily(s.now()))
		return err
	})
	if err != nil {
		return nil, err
	}
	sess.User = sess.User.Unwrap() // created in the transaction
	return sess, nil
}

// LogIn checks an email and password (and, for an account with a second
// factor, a TOTP or recovery code) and starts a session in the user's first
// tenant. Repeated failures for one email or one IP are refused for a while:
// every attempt reserves a unit of both budgets before the (slow) password
// check, and only a successful log-in, or one that stops to ask for the
// second factor, gives it back; a wrong code counts as a failure too. A
// burst of concurrent guesses gets at most the budget's number of checks.
func (s *Service) LogIn(ctx context.Context, emailIn, password, mfaCode string) (*Session, error) {
	email := strings.ToLower(strings.TrimSpace(emailIn))
	ip := requestinfo.FromContext(ctx).ClientIP
	limits := []ratelimit.Limit{
		{Key: "login-email:" + email, Max: maxFailuresPerEmail, Window: failureWindow},
		{Key: "login-ip:" + ip, Max: maxFailuresPerIP, Window: failureWindow},
	}
	reserved := s.now()
	if d, err := s.limiter.Take(ctx, reserved, limits...); err != nil {
		return nil, fault.Wrap(err, "login throttle")
	} else if !d.Allowed {
		return nil, throttled(d.RetryAfter)
	}

	ctx = system(ctx)
	u, err := s.client.User.Query().Where(user.Email(email)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, fault.Wrap(err, "find user")
	}
	hash := dummyHash
	if u != nil {
		hash = u.PasswordHash
	}
	ok, err := VerifyPassword(hash, password)
	if err != nil {
		return nil, fault.Wrap(err, "verify password")
	}
	if u == nil || !ok {
		if err := s.loginFailed(ctx, email, u, "password"); err != nil {
			return nil, err
		}
		return nil, fault.New(fault.Unauthorized, "invalid email or password")
	}
	if u.MfaEnabledAt != nil {
		if strings.TrimSpace(mfaCode) == "" {
			if err := s.limiter.Return(ctx, reserved, limits...); err != nil {
				return nil, fault.Wrap(err, "login throttle")
			}
			return nil, fault.InvalidField("mfa_code", "enter the 6-digit code from your authenticator app, or a recovery code")
		}
		ok, err := s.checkSecondFactor(ctx, u, mfaCode)
		if err != nil {
			return nil, err
		}
		if !ok {
			if err := s.loginFailed(ctx, email, u, "mfa_code"); err != nil {
				return nil, err
			}
			return nil, fault.InvalidField("mfa_code", "that code is wrong or has already been used; enter the current code from your authenticator app")
		}
	}
	if err := s.limiter.Return(ctx, reserved, limits...); err != nil {
		return nil, fault.Wrap(err, "login throttle")
	}

	p, err := s.principalFor(ctx, s.client, u, "")
	if err != nil {
		return nil, err
	}
	var sess *Session
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		if err := tx.User.UpdateOne(u).SetLastLoginAt(s.now()).Exec(ctx); err != nil {
			return fault.Wrap(err, "record login")
		}
		if err := audit.Record(viewer.NewContext(ctx, p), tx.Client(), audit.Entry{
			TenantID: p.TenantID, Action: "user.logged_in", TargetType: "User", TargetID: u.ID,
			Metadata: map[string]any{"mfa": u.MfaEnabledAt != nil},
		}); err != nil {
			return err
		}
		sess, err = s.startSession(ctx, tx.Client(), u, p, newFamily(s.now()))
		return err
	})
	return sess, err
}

// loginFailed audits a failed log-in, whose reservation of the throttle
// stays spent; failed names what was wrong (password or mfa_code).
func (s *Service) loginFailed(ctx context.Context, email string, u *ent.User, failed string) error {
	entry := audit.Entry{Action: "user.login_failed", Metadata: map[string]any{"email": email, "failed": failed}}
	if u != nil {
		entry.TargetType, entry.TargetID = "User", u.ID
	}
	if err := audit.Record(ctx, s.client, entry); err != nil {
		return fault.Wrap(err, "audit failed login")
	}
	return nil
}

// Refresh exchanges a refresh token for a new access token and a new refresh
// token. A token can be exchanged once: presenting it again means it was copied,
// so the whole family is revoked and both holders must log in again.
func (s *Service) Refresh(ctx context.Context, token string) (*Session, error) {
	ctx = system(ctx)
	invalid := fault.New(fault.Unauthorized, "invalid or expired refresh token; log in again")
	rt, err := s.client.RefreshToken.Query().Where(refreshtoken.TokenHash(hashToken(token))).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, invalid
	} else if err != nil {
		return nil, fault.Wrap(err, "find refresh token")
	}
	now := s.now()
	if rt.RevokedAt != nil || rt.UsedAt != nil {
		if err := s.revokeFamily(ctx, rt, "session.refresh_token_reused"); err != nil {
			return nil, err
		}
		return nil, invalid
	}
	if !now.Before(rt.ExpiresAt) {
		return nil, invalid
	}
	// Claim the token; of two concurrent exchanges only one updates the row.
	n, err := s.client.RefreshToken.Update().
		Where(refreshtoken.ID(rt.ID), refreshtoken.UsedAtIsNil(), refreshtoken.RevokedAtIsNil()).
		SetUsedAt(now).Save(ctx)
	if err != nil {
		return nil, fault.Wrap(err, "use refresh token")
	}
	if n == 0 {
		if err := s.revokeFamily(ctx, rt, "session.refresh_token_reused"); err != nil {
			return nil, err
		}
		return nil, invalid
	}
	u, err := s.client.User.Get(ctx, rt.UserID)
	if err != nil {
		return nil, invalid
	}
	// The session stays in its organization; a member removed from it
	// lands in their oldest remaining one.
	p, err := s.principalFor(ctx, s.client, u, rt.TenantID)
	if fault.Is(err, fault.NotFound) {
		p, err = s.principalFor(ctx, s.client, u, "")
	}
	if err != nil {
		return nil, err
	}
	return s.startSession(ctx, s.client, u, p, family{id: rt.FamilyID, createdAt: familyCreated(rt)})
}

// LogOut revokes the refresh token's family, or, without a token, every
// session of the calling user.
func (s *Service) LogOut(ctx context.Context, token string) error {
	p := viewer.FromContext(ctx)
	sys := system(ctx)
	if token != "" {
		rt, err := s.client.RefreshToken.Query().Where(refreshtoken.TokenHash(hashToken(token))).Only(sys)
		if ent.IsNotFound(err) {
			return nil // already gone: logging out is idempotent
		} else if err != nil {
			return fault.Wrap(err, "find refresh token")
		}
		return s.revokeFamily(sys, rt, "user.logged_out")
	}
	if p == nil {
		return fault.New(fault.Unauthorized, "log in first, or pass the refresh token to revoke")
	}
	if _, err := s.client.RefreshToken.Update().
		Where(refreshtoken.UserID(p.UserID), refreshtoken.RevokedAtIsNil()).
		SetRevokedAt(s.now()).Save(sys); err != nil {
		return fault.Wrap(err, "revoke sessions")
	}
	return audit.Record(ctx, s.client, audit.Entry{
		TenantID: p.TenantID, Action: "user.logged_out", TargetType: "User", TargetID: p.UserID,
		Metadata: map[string]any{"all_sessions": true},
	})
}

// CreateStaff creates a platform staff account (analyst, senior analyst, ops).
// Staff are never created by sign-up.
func (s *Service) CreateStaff(ctx context.Context, emailIn, name, password string, role viewer.StaffRole) (*ent.User, error) {
	email, err := normalizeEmail(emailIn)
	if err != nil {
		return nil, err
	}
	if err := ValidatePassword("password", password, email, name); err != nil {
		return nil, err
	}
	switch role {
	case viewer.StaffAnalyst, viewer.StaffSeniorAnalyst, viewer.StaffOps:
	default:
		return nil, fault.InvalidField("role", "{field} must be one of analyst, senior_analyst, ops")
	}
	if name, err = validate.Text("name", name, 200, true); err != nil {
		return nil, err
	}
	hash, err := HashPassword(password)
	if err != nil {
		return nil, fault.Wrap(err, "hash password")
	}
	ctx = system(ctx)
	u, err := s.client.User.Create().SetEmail(email).SetName(name).SetPasswordHash(hash).
		SetStaffRole(user.StaffRole(role)).Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, emailTaken()
	} else if err != nil {
		return nil, fault.Wrap(err, "create staff user")
	}
	if err := audit.Record(ctx, s.client, audit.Entry{
		Action: "staff.created", TargetType: "User", TargetID: u.ID, ActorType: "SYSTEM",
		Metadata: map[string]any{"email": email, "role": string(role)},
	}); err != nil {
		return nil, err
	}
	return u, nil
}

// principalFor builds the principal for u in tenantID, or in u's oldest
// membership when tenantID is empty. Staff may have no tenant. A tenantID u
// is not a member of is not_found.
func (s *Service) principalFor(ctx context.Context, client *ent.Client, u *ent.User, tenantID string) (*viewer.Principal, error) {
	p := &viewer.Principal{Kind: viewer.KindSession, UserID: u.ID}
	if u.StaffRole != nil {
		p.StaffRole = viewer.StaffRole(*u.StaffRole)
	}
	q := client.Membership.Query().Where(membership.UserID(u.ID)).Order(ent.Asc(membership.FieldCreatedAt))
	if tenantID != "" {
		q = q.Where(membership.TenantID(tenantID))
	}
	m, err := q.First(system(ctx))
	switch {
	case ent.IsNotFound(err) && tenantID != "":
		return nil, fault.New(fault.NotFound, "you are not a member of that organization")
	case ent.IsNotFound(err) && p.IsStaff():
		return p, nil
	case ent.IsNotFound(err):
		return nil, fault.New(fault.Unauthorized, "this account has no access to an organization")
	case err != nil:
		return nil, fault.Wrap(err, "find membership")
	}
	p.TenantID, p.Role = m.TenantID, viewer.Role(m.Role)
	return p, nil
}

// family names a session: the refresh-token family and when it signed in.
type family struct {
	id        string
	createdAt time.Time
}

func newFamily(now time.Time) family { return family{id: pulid.New("RefreshToken"), createdAt: now} }

// familyCreated is when rt's session signed in (its own creation for tokens
// from before that was recorded).
func familyCreated(rt *ent.RefreshToken) time.Time {
	if rt.FamilyCreatedAt != nil {
		return *rt.FamilyCreatedAt
	}
	return rt.CreatedAt
}

// startSession issues an access token and a new refresh token in fam. The
// refresh token goes to the browser's cookie when the request came from one
// (WithRefreshCookie), and is returned otherwise.
func (s *Service) startSession(ctx context.Context, client *ent.Client, u *ent.User, p *viewer.Principal, fam family) (*Session, error) {
	p.SessionID = fam.id
	access, exp, err := s.tokens.Issue(p)
	if err != nil {
		return nil, fault.Wrap(err, "issue access token")
	}
	refresh := "kbs_rt_" + randomToken(32)
	info := requestinfo.FromContext(ctx)
	expires := s.now().Add(RefreshTokenTTL)
	if err := client.RefreshToken.Create().
		SetUserID(u.ID).
		SetTenantID(p.TenantID).
		SetTokenHash(hashToken(refresh)).
		SetFamilyID(fam.id).
		SetFamilyCreatedAt(fam.createdAt).
		SetExpiresAt(expires).
		SetIP(info.ClientIP).
		SetUserAgent(truncate(info.UserAgent, 512)).
		Exec(system(ctx)); err != nil {
		return nil, fault.Wrap(err, "store refresh token")
	}
	sess := &Session{AccessToken: access, RefreshToken: refresh, ExpiresAt: exp, User: u, Principal: p}
	if handOver := refreshCookieFrom(ctx); handOver != nil {
		handOver(refresh, expires)
		sess.RefreshToken = ""
	}
	return sess, nil
}

// truncate cuts s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// revokeFamily revokes every token of rt's family and records why.
func (s *Service) revokeFamily(ctx context.Context, rt *ent.RefreshToken, action string) error {
	if _, err := s.client.RefreshToken.Update().
		Where(refreshtoken.FamilyID(rt.FamilyID), refreshtoken.RevokedAtIsNil()).
		SetRevokedAt(s.now()).Save(ctx); err != nil {
		return fault.Wrap(err, "revoke refresh tokens")
	}
	if action == "session.refresh_token_reused" {
		requestinfo.Logger(ctx, s.log).Warn("refresh token reuse detected; session family revoked",
			"user_id", rt.UserID, "family_id", rt.FamilyID)
	}
	return audit.Record(ctx, s.client, audit.Entry{
		TenantID: rt.TenantID, Action: action, TargetType: "User", TargetID: rt.UserID,
		ActorID: rt.UserID, ActorType: "USER", Metadata: map[string]any{"session_family": rt.FamilyID},
	})
}

func emailTaken() error {
	return &fault.Error{Kind: fault.Conflict, Field: "email", Message: "an account with this email already exists; log in instead"}
}

func throttled(retry time.Duration) error {
	secs := int(retry.Round(time.Second) / time.Second)
	return &fault.Error{
		Kind:              fault.RateLimited,
		Message:           fmt.Sprintf("too many failed log-in attempts; try again in %d minutes", max(1, (secs+59)/60)),
		RetryAfterSeconds: secs,
	}
}

// normalizeEmail validates an email address and returns it lower-cased, the
// form it is stored and looked up in.
func normalizeEmail(in string) (string, error) {
	return validate.Email("email", strings.ToLower(in))
}
