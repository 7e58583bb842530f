package team

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/invitation"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/user"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// InvitationState is where an invitation stands.
type InvitationState string

// The invitation states.
const (
	Pending  InvitationState = "PENDING"
	Accepted InvitationState = "ACCEPTED"
	Revoked  InvitationState = "REVOKED"
	Expired  InvitationState = "EXPIRED"
)

// StateOf returns inv's state at now.
func StateOf(inv *ent.Invitation, now time.Time) InvitationState {
	switch {
	case inv.AcceptedAt != nil:
		return Accepted
	case inv.RevokedAt != nil:
		return Revoked
	case !now.Before(inv.ExpiresAt):
		return Expired
	}
	return Pending
}

// State is StateOf at the service's clock.
func (s *Service) State(inv *ent.Invitation) InvitationState { return StateOf(inv, s.now()) }

// Invite emails a single-use link, valid for seven days, that makes whoever
// holds the invited address a member with role. Inviting an address again
// replaces its pending invitation (the old link stops working).
func (s *Service) Invite(ctx context.Context, emailIn string, role membership.Role) (*ent.Invitation, error) {
	p, err := viewer.RequireAdmin(ctx)
	if err != nil {
		return nil, err
	}
	email, err := normalizeEmail(emailIn)
	if err != nil {
		return nil, err
	}
	if err := membership.RoleValidator(role); err != nil {
		return nil, fault.InvalidField("role", "{field} must be OWNER, ADMIN, DEVELOPER or VIEWER")
	}
	if role == membership.RoleOWNER && p.Role != viewer.RoleOwner {
		return nil, fault.New(fault.Forbidden, "only an owner can invite an owner")
	}
	token := "kbs_inv_" + randomToken()
	var inv *ent.Invitation
	var org, inviter string
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		member, err := tx.Membership.Query().Where(membership.TenantID(p.TenantID), membership.HasUserWith(user.Email(email))).Exist(system(ctx))
		if err != nil {
			return database.Err(err, "check members")
		}
		if member {
			return &fault.Error{Kind: fault.Conflict, Field: "email", Message: email + " is already a member of this organization"}
		}
		if err := tx.Invitation.Update().Where(invitation.Email(email), invitation.AcceptedAtIsNil(), invitation.RevokedAtIsNil()).
			SetRevokedAt(s.now()).Exec(ctx); err != nil {
			return database.Err(err, "replace invitation")
		}
		inv, err = tx.Invitation.Create().SetTenantID(p.TenantID).SetEmail(email).SetRole(invitation.Role(role)).
			SetTokenHash(hashToken(token)).SetInvitedByID(p.UserID).SetExpiresAt(s.now().Add(InvitationTTL)).Save(ctx)
		if err != nil {
			return database.Err(err, "create invitation")
		}
		t, err := tx.Tenant.Get(ctx, p.TenantID)
		if err != nil {
			return database.Err(err, "load organization")
		}
		u, err := tx.User.Get(system(ctx), p.UserID)
		if err != nil {
			return database.Err(err, "load inviter")
		}
		org, inviter = t.Name, u.Name
		payload := map[string]any{"invitation_id": inv.ID, "email": email, "role": string(role), "expires_at": inv.ExpiresAt.UTC().Format(time.RFC3339)}
		if err := audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: p.TenantID, Action: "member.invited", TargetType: "Invitation", TargetID: inv.ID, Metadata: payload,
		}); err != nil {
			return err
		}
		return emit(ctx, s.bus, tx, p.TenantID, "member.invited", payload)
	})
	if err != nil {
		return nil, err
	}
	s.send(ctx, email, fmt.Sprintf("%s invited you to %s on KeyBS", inviter, org), fmt.Sprintf(
		"%s invited you to join %s on the KeyBS developer portal as %s.\n\n"+
			"Accept the invitation here (the link works once, for 7 days, for %s only):\n%s\n\n"+
			"If you did not expect it, ignore this email.",
		inviter, org, strings.ToLower(string(role)), email, s.inviteLink(token)))
	return inv.Unwrap(), nil // created in the transaction
}

// send emails after the change committed; a failure is logged, and the
// inviter can invite again.
func (s *Service) send(ctx context.Context, to, subject, body string) {
	if s.mail == nil {
		return
	}
	if err := s.mail.Send(ctx, []string{to}, "[KeyBS] "+subject, body); err != nil {
		s.log.Warn("could not send an invitation email", "error", err)
	}
}

// Invitations lists the viewer's organization's invitations that are neither
// accepted nor revoked (pending or expired), newest first; owners and admins
// only.
func (s *Service) Invitations(ctx context.Context) ([]*ent.Invitation, error) {
	if _, err := viewer.RequireAdmin(ctx); err != nil {
		return nil, err
	}
	invs, err := s.client.Invitation.Query().Where(invitation.AcceptedAtIsNil(), invitation.RevokedAtIsNil()).
		Order(ent.Desc(invitation.FieldCreatedAt)).All(ctx)
	return invs, database.Err(err, "list invitations")
}

// RevokeInvitation makes a pending invitation's link stop working.
func (s *Service) RevokeInvitation(ctx context.Context, id string) (*ent.Invitation, error) {
	p, err := viewer.RequireAdmin(ctx)
	if err != nil {
		return nil, err
	}
	var inv *ent.Invitation
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		if inv, err = tx.Invitation.Get(ctx, id); err != nil {
			return database.Err(err, "load invitation")
		}
		if inv.Role == invitation.RoleOWNER && p.Role != viewer.RoleOwner {
			return fault.New(fault.Forbidden, "only an owner can revoke an owner's invitation")
		}
		if st := s.State(inv); st == Accepted || st == Revoked {
			return fault.New(fault.Conflict, "the invitation is already %s", strings.ToLower(string(st)))
		}
		if inv, err = tx.Invitation.UpdateOne(inv).SetRevokedAt(s.now()).Save(ctx); err != nil {
			return database.Err(err, "revoke invitation")
		}
		payload := map[string]any{"invitation_id": inv.ID, "email": inv.Email, "role": string(inv.Role)}
		if err := audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: p.TenantID, Action: "member.invitation_revoked", TargetType: "Invitation", TargetID: inv.ID, Metadata: payload,
		}); err != nil {
			return err
		}
		return emit(ctx, s.bus, tx, p.TenantID, "member.invitation_revoked", payload)
	})
	return database.Unwrap(inv, err)
}

// Preview is what an invitation link shows before it is accepted.
type Preview struct {
	Email            string
	OrganizationName string
	Role             membership.Role
	InvitedBy        string
	ExpiresAt        time.Time
	// AccountExists tells the accept page whether to offer log-in or
	// sign-up; only the link's holder, the invitee, learns it.
	AccountExists bool
}

// PreviewInvitation describes the pending invitation token names.
func (s *Service) PreviewInvitation(ctx context.Context, token string) (*Preview, error) {
	sys := system(ctx)
	inv, err := s.open(sys, s.client, token)
	if err != nil {
		return nil, err
	}
	t, err := s.client.Tenant.Get(sys, inv.TenantID)
	if err != nil {
		return nil, database.Err(err, "load organization")
	}
	inviter, err := s.client.User.Get(sys, inv.InvitedByID)
	if err != nil {
		return nil, database.Err(err, "load inviter")
	}
	exists, err := s.client.User.Query().Where(user.Email(inv.Email)).Exist(sys)
	if err != nil {
		return nil, database.Err(err, "check account")
	}
	return &Preview{Email: inv.Email, OrganizationName: t.Name, Role: membership.Role(inv.Role),
		InvitedBy: inviter.Name, ExpiresAt: inv.ExpiresAt, AccountExists: exists}, nil
}

// Accept makes the signed-in viewer a member through an invitation sent to
// their address, and moves their session into that organization.
func (s *Service) Accept(ctx context.Context, token string) (*auth.Session, error) {
	p, err := viewer.RequireUser(ctx)
	if err != nil {
		return nil, err
	}
	var tenantID string
	err = database.WithTx(system(ctx), s.client, func(tx *ent.Tx) error {
		u, err := tx.User.Get(system(ctx), p.UserID)
		if err != nil {
			return database.Err(err, "load user")
		}
		tenantID, err = s.Redeem(ctx, tx, token, u)
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.sessions.SwitchOrganization(ctx, tenantID)
}

// Redeem spends an invitation for u inside tx: u's email must be the
// invited one and u not yet a member. It creates the membership and returns
// its tenant. Sign-up with an invitation calls it too (auth.InvitationRedeemer).
func (s *Service) Redeem(ctx context.Context, tx *ent.Tx, token string, u *ent.User) (string, error) {
	sys := system(ctx)
	inv, err := s.open(sys, tx.Client(), token)
	if err != nil {
		return "", err
	}
	if inv.Email != u.Email {
		return "", fault.New(fault.Forbidden, "this invitation was sent to another email address: sign in with the invited address to accept it")
	}
	member, err := tx.Membership.Query().Where(membership.TenantID(inv.TenantID), membership.UserID(u.ID)).Exist(sys)
	if err != nil {
		return "", database.Err(err, "check membership")
	}
	if member {
		return "", fault.New(fault.Conflict, "you are already a member of this organization")
	}
	// Claim the invitation: of two acceptances only one updates the row.
	n, err := tx.Invitation.Update().Where(invitation.ID(inv.ID), invitation.AcceptedAtIsNil(), invitation.RevokedAtIsNil()).
		SetAcceptedAt(s.now()).SetAcceptedByID(u.ID).Save(sys)
	if err != nil {
		return "", database.Err(err, "accept invitation")
	}
	if n == 0 {
		return "", fault.InvalidField("token", "this invitation has already been used")
	}
	m, err := tx.Membership.Create().SetTenantID(inv.TenantID).SetUserID(u.ID).SetRole(membership.Role(inv.Role)).Save(sys)
	if err != nil {
		return "", database.Err(err, "create membership")
	}
	actor := viewer.NewContext(ctx, &viewer.Principal{Kind: viewer.KindSession, UserID: u.ID, TenantID: inv.TenantID, Role: viewer.Role(m.Role)})
	if err := s.record(actor, tx, inv.TenantID, "member.added", m, map[string]any{"invitation_id": inv.ID}); err != nil {
		return "", err
	}
	return inv.TenantID, nil
}

// open finds the invitation token names, refusing one that is unknown,
// accepted, revoked or expired with a message that says which.
func (s *Service) open(ctx context.Context, client *ent.Client, token string) (*ent.Invitation, error) {
	inv, err := client.Invitation.Query().Where(invitation.TokenHash(hashToken(strings.TrimSpace(token)))).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, fault.InvalidField("token", "this invitation link is not valid; check that you copied all of it")
	} else if err != nil {
		return nil, database.Err(err, "find invitation")
	}
	switch s.State(inv) {
	case Accepted:
		return nil, fault.InvalidField("token", "this invitation has already been used")
	case Revoked:
		return nil, fault.InvalidField("token", "this invitation was revoked; ask for a new one")
	case Expired:
		return nil, fault.InvalidField("token", "this invitation has expired; ask for a new one")
	}
	return inv, nil
}

func randomToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
