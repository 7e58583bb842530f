package auth

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/refreshtoken"
	"github.com/keybs/platform/ent/user"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/ratelimit"
	"github.com/keybs/platform/internal/tenancy"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// SessionInfo is one signed-in session of the viewer, for the Security page.
type SessionInfo struct {
	// ID is the session's family id; RevokeSession takes it.
	ID         string
	SignedInAt time.Time
	// LastSeenAt is the session's last sign-in or refresh; an open portal
	// tab refreshes every quarter of an hour.
	LastSeenAt time.Time
	IP         string
	UserAgent  string
	Device     string
	ExpiresAt  time.Time
	Current    bool
}

// Sessions lists the viewer's signed-in sessions, most recently seen first.
func (s *Service) Sessions(ctx context.Context) ([]*SessionInfo, error) {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return nil, err
	}
	heads, err := s.client.RefreshToken.Query().Where(
		refreshtoken.UserID(p.UserID), refreshtoken.RevokedAtIsNil(), refreshtoken.UsedAtIsNil(),
		refreshtoken.ExpiresAtGT(s.now()),
	).Order(ent.Desc(refreshtoken.FieldCreatedAt)).All(system(ctx))
	if err != nil {
		return nil, fault.Wrap(err, "list sessions")
	}
	seen := map[string]bool{}
	var out []*SessionInfo
	for _, rt := range heads {
		if seen[rt.FamilyID] {
			continue
		}
		seen[rt.FamilyID] = true
		out = append(out, &SessionInfo{
			ID: rt.FamilyID, SignedInAt: familyCreated(rt), LastSeenAt: rt.CreatedAt, IP: rt.IP,
			UserAgent: rt.UserAgent, Device: DeviceOf(rt.UserAgent), ExpiresAt: rt.ExpiresAt,
			Current: rt.FamilyID == p.SessionID,
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].LastSeenAt.After(out[j].LastSeenAt) })
	return out, nil
}

// RevokeSession signs one of the viewer's sessions out: its refresh token
// stops working and so, on the next request, do its access tokens.
func (s *Service) RevokeSession(ctx context.Context, id string) error {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return err
	}
	n, err := s.client.RefreshToken.Update().
		Where(refreshtoken.FamilyID(id), refreshtoken.UserID(p.UserID), refreshtoken.RevokedAtIsNil()).
		SetRevokedAt(s.now()).Save(system(ctx))
	if err != nil {
		return fault.Wrap(err, "revoke session")
	}
	if n == 0 {
		return fault.New(fault.NotFound, "no such session")
	}
	return audit.Record(ctx, s.client, audit.Entry{
		TenantID: p.TenantID, Action: "session.revoked", TargetType: "User", TargetID: p.UserID,
		Metadata: map[string]any{"session_family": id, "own": id == p.SessionID},
	})
}

// SignOutEverywhere signs out every session of the viewer, this one too,
// and returns how many there were.
func (s *Service) SignOutEverywhere(ctx context.Context) (int, error) {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return 0, err
	}
	n, err := s.revokeSessions(ctx, s.client, p.UserID, "")
	if err != nil {
		return 0, err
	}
	return n, audit.Record(ctx, s.client, audit.Entry{
		TenantID: p.TenantID, Action: "user.logged_out", TargetType: "User", TargetID: p.UserID,
		Metadata: map[string]any{"all_sessions": true, "sessions": n},
	})
}

// revokeSessions revokes every session of userID except keep's, and returns
// how many sessions it ended.
func (s *Service) revokeSessions(ctx context.Context, client *ent.Client, userID, keep string) (int, error) {
	q := client.RefreshToken.Query().Where(refreshtoken.UserID(userID), refreshtoken.RevokedAtIsNil())
	upd := client.RefreshToken.Update().Where(refreshtoken.UserID(userID), refreshtoken.RevokedAtIsNil())
	if keep != "" {
		q = q.Where(refreshtoken.FamilyIDNEQ(keep))
		upd = upd.Where(refreshtoken.FamilyIDNEQ(keep))
	}
	families, err := q.Unique(true).Select(refreshtoken.FieldFamilyID).Strings(system(ctx))
	if err != nil {
		return 0, fault.Wrap(err, "find sessions")
	}
	if _, err := upd.SetRevokedAt(s.now()).Save(system(ctx)); err != nil {
		return 0, fault.Wrap(err, "revoke sessions")
	}
	return len(families), nil
}

// SwitchOrganization moves the viewer's session into another organization
// they are a member of. The session keeps its identity (the Security page
// shows one session), its old refresh token is retired, and the new one
// carries the choice, so it survives refreshes and reloads.
func (s *Service) SwitchOrganization(ctx context.Context, tenantID string) (*Session, error) {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return nil, err
	}
	ctx = system(ctx)
	u, err := s.client.User.Get(ctx, p.UserID)
	if err != nil {
		return nil, database.Err(err, "load user")
	}
	next, err := s.principalFor(ctx, s.client, u, tenantID)
	if err != nil {
		return nil, err
	}
	head, err := s.client.RefreshToken.Query().
		Where(refreshtoken.FamilyID(p.SessionID), refreshtoken.RevokedAtIsNil()).
		Order(ent.Asc(refreshtoken.FieldCreatedAt)).First(ctx)
	if ent.IsNotFound(err) {
		return nil, errSignedOut
	} else if err != nil {
		return nil, fault.Wrap(err, "find session")
	}
	var sess *Session
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		// Retire the family's live token: presenting it again is a replay.
		if err := tx.RefreshToken.Update().
			Where(refreshtoken.FamilyID(p.SessionID), refreshtoken.UsedAtIsNil(), refreshtoken.RevokedAtIsNil()).
			SetUsedAt(s.now()).Exec(ctx); err != nil {
			return fault.Wrap(err, "retire refresh token")
		}
		if err := audit.Record(viewer.NewContext(ctx, next), tx.Client(), audit.Entry{
			TenantID: next.TenantID, Action: "session.switched_organization", TargetType: "Tenant", TargetID: next.TenantID,
			Metadata: map[string]any{"from_tenant": p.TenantID},
		}); err != nil {
			return err
		}
		sess, err = s.startSession(ctx, tx.Client(), u, next, family{id: p.SessionID, createdAt: familyCreated(head)})
		return err
	})
	return sess, err
}

// ChangePassword replaces the viewer's password after checking the current
// one, and signs out every other session: whoever else knew the old
// password is out on their next request.
func (s *Service) ChangePassword(ctx context.Context, current, next string) error {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return err
	}
	sys := system(ctx)
	u, err := s.client.User.Get(sys, p.UserID)
	if err != nil {
		return database.Err(err, "load user")
	}
	if err := s.checkPassword(ctx, u, current, "current_password"); err != nil {
		return err
	}
	if err := ValidatePassword("new_password", next, u.Email, u.Name); err != nil {
		return err
	}
	if current == next {
		return fault.InvalidField("new_password", "{field} must differ from the current password")
	}
	hash, err := HashPassword(next)
	if err != nil {
		return fault.Wrap(err, "hash password")
	}
	return database.WithTx(sys, s.client, func(tx *ent.Tx) error {
		if err := tx.User.UpdateOneID(u.ID).SetPasswordHash(hash).SetPasswordChangedAt(s.now()).Exec(sys); err != nil {
			return fault.Wrap(err, "change password")
		}
		n, err := s.revokeSessions(sys, tx.Client(), u.ID, p.SessionID)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: p.TenantID, Action: "user.password_changed", TargetType: "User", TargetID: u.ID,
			Metadata: map[string]any{"other_sessions_signed_out": n},
		})
	})
}

// checkPassword verifies pw as u's password for an account change, counting
// a wrong one against the same throttle as log-ins, so a stolen session
// cannot guess the password to take the account over.
func (s *Service) checkPassword(ctx context.Context, u *ent.User, pw, field string) error {
	limits := []ratelimit.Limit{{Key: "login-email:" + u.Email, Max: maxFailuresPerEmail, Window: failureWindow}}
	if d, err := s.limiter.Peek(ctx, s.now(), limits...); err != nil {
		return fault.Wrap(err, "password throttle")
	} else if !d.Allowed {
		return throttled(d.RetryAfter)
	}
	ok, err := VerifyPassword(u.PasswordHash, pw)
	if err != nil {
		return fault.Wrap(err, "verify password")
	}
	if !ok {
		if _, err := s.limiter.Take(ctx, s.now(), limits...); err != nil {
			return fault.Wrap(err, "password throttle")
		}
		return fault.InvalidField(field, "{field} is not your current password")
	}
	return nil
}

// UpdateProfile changes the viewer's display name.
func (s *Service) UpdateProfile(ctx context.Context, name string) (*ent.User, error) {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return nil, err
	}
	if name, err = validate.Text("name", name, 200, true); err != nil {
		return nil, err
	}
	var u *ent.User
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		if u, err = tx.User.UpdateOneID(p.UserID).SetName(name).Save(system(ctx)); err != nil {
			return database.Err(err, "update profile")
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: p.TenantID, Action: "user.profile_updated", TargetType: "User", TargetID: p.UserID,
		})
	})
	return database.Unwrap(u, err)
}

// emailExists reports whether an account uses email.
func (s *Service) emailExists(ctx context.Context, email string) (bool, error) {
	ok, err := s.client.User.Query().Where(user.Email(email)).Exist(system(ctx))
	return ok, database.Err(err, "check email")
}

// DeviceOf names the browser and system a User-Agent describes ("Chrome on
// macOS"), for people to recognise their sessions; "Unknown device" when it
// says nothing recognisable.
func DeviceOf(ua string) string {
	browsers := []struct{ token, name string }{
		{"Edg/", "Edge"}, {"OPR/", "Opera"}, {"Firefox/", "Firefox"}, {"Chrome/", "Chrome"},
		{"Safari/", "Safari"}, {"curl/", "curl"}, {"Go-http-client", "Go client"}, {"python-requests", "Python client"},
		{"node", "Node.js client"}, {"Playwright", "Playwright"},
	}
	systems := []struct{ token, name string }{
		{"Windows", "Windows"}, {"iPhone", "iOS"}, {"iPad", "iPadOS"}, {"Android", "Android"},
		{"Mac OS X", "macOS"}, {"CrOS", "ChromeOS"}, {"Linux", "Linux"},
	}
	var b, o string
	for _, c := range browsers {
		if strings.Contains(ua, c.token) {
			b = c.name
			break
		}
	}
	for _, c := range systems {
		if strings.Contains(ua, c.token) {
			o = c.name
			break
		}
	}
	switch {
	case b != "" && o != "":
		return b + " on " + o
	case b != "":
		return b
	case o != "":
		return "A browser on " + o
	}
	return "Unknown device"
}

// MembershipOf returns the membership a session acts in, with its tenant; nil
// for staff outside any organization.
func (s *Service) MembershipOf(ctx context.Context, sess *Session) (*ent.Membership, error) {
	if sess.Principal == nil || sess.Principal.TenantID == "" {
		return nil, nil
	}
	m, err := s.client.Membership.Query().
		Where(membership.UserID(sess.Principal.UserID), membership.TenantID(sess.Principal.TenantID)).
		WithTenant().Only(system(ctx))
	return m, database.Err(err, "load membership")
}

// NewOrganization is another organization a signed-in user creates.
type NewOrganization struct {
	Name        string
	Industry    industry.Industry
	AcceptTerms bool
}

// CreateOrganization makes the viewer the owner of a new organization (with
// its sandbox seeded, as at sign-up) and moves the session into it.
func (s *Service) CreateOrganization(ctx context.Context, in NewOrganization) (*Session, error) {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return nil, err
	}
	name, err := validate.Text("name", in.Name, 200, true)
	if err != nil {
		return nil, err
	}
	if !in.Industry.Valid() {
		return nil, fault.InvalidField("industry", "{field} must be one of FINTECH, PAYMENTS, ECOMMERCE, IGAMING, OTHER")
	}
	sys := system(ctx)
	u, err := s.client.User.Get(sys, p.UserID)
	if err != nil {
		return nil, database.Err(err, "load user")
	}
	var tenantID string
	err = database.WithTx(sys, s.client, func(tx *ent.Tx) error {
		t, err := tenancy.Create(sys, tx.Client(), tenancy.NewTenant{Name: name, Industry: in.Industry, Owner: u, AcceptTerms: in.AcceptTerms, Now: s.now()})
		if err != nil {
			return err
		}
		for _, hook := range s.NewTenantHooks {
			if err := hook(sys, tx.Client(), t); err != nil {
				return err
			}
		}
		tenantID = t.ID
		return audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: t.ID, Action: "tenant.created", TargetType: "Tenant", TargetID: t.ID,
			ActorID: u.ID, ActorType: "USER", Metadata: map[string]any{"name": name, "industry": string(in.Industry)},
		})
	})
	if err != nil {
		return nil, err
	}
	return s.SwitchOrganization(ctx, tenantID)
}
