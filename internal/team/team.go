// Package team holds an organisation's people: inviting them by email with a
// role, accepting an invitation (as a new or an existing user), listing the
// members, changing a member's role and removing a member.
//
// Who may do what: an OWNER manages everyone; an ADMIN manages admins,
// developers and viewers but can neither make nor change an OWNER; developers
// and viewers only read the member list. Anyone may leave. The last OWNER can
// be neither demoted nor removed. Every change is audited and emits a
// member.* event through the outbox; the session resolver reads roles from
// the membership on each request, so a change applies on the member's next
// request.
package team

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"entgo.io/ent/dialect"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// InvitationTTL is how long an invitation link works.
const InvitationTTL = 7 * 24 * time.Hour

// Service runs member management for the viewer in the context.
type Service struct {
	client    *ent.Client
	bus       *events.Bus
	sessions  *auth.Service
	mail      auth.Mailer
	now       func() time.Time
	publicURL string
	dialect   string
	log       *slog.Logger
}

// Options wires a Service.
type Options struct {
	Client   *ent.Client
	Bus      *events.Bus
	Sessions *auth.Service // starts the session an accepted invitation switches to
	Mail     auth.Mailer
	Now      func() time.Time
	// PublicURL is the base of invitation links (KEYBS_PUBLIC_URL).
	PublicURL string
	Dialect   string
	Log       *slog.Logger
}

// New returns a Service.
func New(o Options) *Service {
	return &Service{client: o.Client, bus: o.Bus, sessions: o.Sessions, mail: o.Mail, now: o.Now,
		publicURL: strings.TrimSuffix(o.PublicURL, "/"), dialect: o.Dialect, log: o.Log}
}

func system(ctx context.Context) context.Context { return privacy.DecisionContext(ctx, privacy.Allow) }

// Members lists the viewer's organization's memberships, oldest first; any
// member may read it.
func (s *Service) Members(ctx context.Context) ([]*ent.Membership, error) {
	if _, err := viewer.RequireMember(ctx); err != nil {
		return nil, err
	}
	ms, err := s.client.Membership.Query().Order(ent.Asc(membership.FieldCreatedAt)).All(ctx)
	return ms, database.Err(err, "list members")
}

// ChangeRole gives a member another role.
func (s *Service) ChangeRole(ctx context.Context, membershipID string, role membership.Role) (*ent.Membership, error) {
	p, err := viewer.RequireAdmin(ctx)
	if err != nil {
		return nil, err
	}
	if err := membership.RoleValidator(role); err != nil {
		return nil, fault.InvalidField("role", "{field} must be OWNER, ADMIN, DEVELOPER or VIEWER")
	}
	var m *ent.Membership
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		owners, err := s.lockOwners(ctx, tx)
		if err != nil {
			return err
		}
		if m, err = tx.Membership.Get(ctx, membershipID); err != nil {
			return database.Err(err, "load member")
		}
		switch {
		case m.Role == role:
			return nil
		case p.Role != viewer.RoleOwner && (m.Role == membership.RoleOWNER || role == membership.RoleOWNER):
			return fault.New(fault.Forbidden, "only an owner can make someone an owner or change an owner's role")
		case m.Role == membership.RoleOWNER && owners == 1:
			return fault.New(fault.Conflict, "the organization's last owner cannot be demoted: make another member an owner first")
		}
		from := m.Role
		if m, err = tx.Membership.UpdateOne(m).SetRole(role).Save(ctx); err != nil {
			return database.Err(err, "change role")
		}
		return s.record(ctx, tx, p.TenantID, "member.role_changed", m, map[string]any{"from_role": string(from)})
	})
	return database.Unwrap(m, err)
}

// Remove ends a membership. Members may remove themselves (leave); the last
// owner may not.
func (s *Service) Remove(ctx context.Context, membershipID string) error {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return err
	}
	return database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		owners, err := s.lockOwners(ctx, tx)
		if err != nil {
			return err
		}
		m, err := tx.Membership.Get(ctx, membershipID)
		if err != nil {
			return database.Err(err, "load member")
		}
		self := m.UserID == p.UserID
		switch {
		case !self && !p.CanAdminister():
			return fault.New(fault.Forbidden, "only an owner or admin of the organization can remove members")
		case !self && p.Role != viewer.RoleOwner && m.Role == membership.RoleOWNER:
			return fault.New(fault.Forbidden, "only an owner can remove an owner")
		case m.Role == membership.RoleOWNER && owners == 1:
			return fault.New(fault.Conflict, "the organization's last owner cannot be removed: make another member an owner first")
		}
		if err := tx.Membership.DeleteOne(m).Exec(ctx); err != nil {
			return database.Err(err, "remove member")
		}
		return s.record(ctx, tx, p.TenantID, "member.removed", m, map[string]any{"left": self})
	})
}

// lockOwners counts the tenant's owners, locking their rows on PostgreSQL so
// that two concurrent demotions cannot both see a second owner and leave
// none. (SQLite runs one writing transaction at a time.)
func (s *Service) lockOwners(ctx context.Context, tx *ent.Tx) (int, error) {
	q := tx.Membership.Query().Where(membership.RoleEQ(membership.RoleOWNER))
	if s.dialect == dialect.Postgres {
		q = q.ForUpdate()
	}
	ids, err := q.IDs(ctx)
	return len(ids), database.Err(err, "count owners")
}

// record audits a membership change and emits its member.* event.
func (s *Service) record(ctx context.Context, tx *ent.Tx, tenantID, action string, m *ent.Membership, extra map[string]any) error {
	u, err := tx.User.Get(system(ctx), m.UserID)
	if err != nil {
		return database.Err(err, "load member")
	}
	payload := map[string]any{"membership_id": m.ID, "user_id": m.UserID, "email": u.Email, "role": string(m.Role)}
	for k, v := range extra {
		payload[k] = v
	}
	if err := audit.Record(ctx, tx.Client(), audit.Entry{
		TenantID: tenantID, Action: action, TargetType: "Membership", TargetID: m.ID, Metadata: payload,
	}); err != nil {
		return err
	}
	if err := emit(ctx, s.bus, tx, tenantID, action, payload); err != nil {
		return err
	}
	// The member's own portal follows its membership live (FollowMine).
	return s.bus.Publish(ctx, tx, events.Message{Kind: events.KindMember, ID: m.ID, TenantID: tenantID, Type: action, EndpointID: m.UserID})
}

// emit writes a member.* event in both environments: membership is
// organization-wide, so TEST and LIVE webhook endpoints both hear of it.
func emit(ctx context.Context, bus *events.Bus, tx *ent.Tx, tenantID, typ string, payload map[string]any) error {
	for _, env := range []environment.Environment{environment.Test, environment.Live} {
		if _, err := bus.Emit(ctx, tx, events.Event{TenantID: tenantID, Environment: env, Type: typ, Payload: payload}); err != nil {
			return err
		}
	}
	return nil
}

// FollowMine streams the viewer's own membership of its organization each
// time it changes (a new role), and nil once it is removed, until ctx ends.
// The portal re-reads its session on each, so a demoted member's pages
// change without a reload.
func (s *Service) FollowMine(ctx context.Context) (<-chan *Change, error) {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return nil, err
	}
	return events.Follow(ctx, s.bus, 8, func(m events.Message) bool {
		return m.Kind == events.KindMember && m.TenantID == p.TenantID && m.EndpointID == p.UserID
	}, func(ctx context.Context, m events.Message) (*Change, bool) {
		c := &Change{Type: m.Type, MembershipID: m.ID}
		if m.Type == "member.removed" {
			return c, true
		}
		// Read as the system: the viewer's principal still carries the role
		// it had when the subscription started.
		mem, err := s.client.Membership.Get(system(ctx), m.ID)
		if err != nil {
			return nil, false
		}
		c.Role = &mem.Role
		return c, true
	}), nil
}

// Change is a change to the viewer's own membership.
type Change struct {
	Type         string // member.role_changed or member.removed
	MembershipID string
	Role         *membership.Role // the new role; nil once removed
}

// normalizeEmail validates an invited address and returns it lower-cased.
func normalizeEmail(in string) (string, error) {
	return validate.Email("email", strings.ToLower(strings.TrimSpace(in)))
}

// inviteLink is the portal page that accepts an invitation.
func (s *Service) inviteLink(token string) string {
	return fmt.Sprintf("%s/invitations/accept?token=%s", s.publicURL, token)
}
