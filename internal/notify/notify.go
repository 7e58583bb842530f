// Package notify raises notifications for a tenant: a portal notification,
// inserted at most once per dedupe key (so two replicas raising the same alert
// create one), an email to the tenant's owners and admins, and a bus message
// for live views. Email goes through SMTP when KEYBS_SMTP_URL is set and to
// the log otherwise.
package notify

import (
	"context"
	"fmt"
	"log/slog"
	"mime"
	"net"
	"net/mail"
	"net/smtp"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/notification"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/user"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/viewer"
)

// Mailer sends an email.
type Mailer interface {
	Send(ctx context.Context, to []string, subject, body string) error
}

// NewMailer returns an SMTP mailer for smtpURL
// (smtp://user:pass@host:port?from=KeyBS%20<alerts@example.com>), or a
// mailer that writes messages to the log when smtpURL is empty.
func NewMailer(smtpURL string, log *slog.Logger) (Mailer, error) {
	if smtpURL == "" {
		return logMailer{log: log}, nil
	}
	u, err := url.Parse(smtpURL)
	if err != nil || u.Scheme != "smtp" || u.Host == "" {
		return nil, fmt.Errorf("KEYBS_SMTP_URL must look like smtp://user:pass@host:587?from=alerts@example.com")
	}
	from := u.Query().Get("from")
	if from == "" {
		from = "KeyBS <no-reply@keybs.local>"
	}
	addr, err := mail.ParseAddress(from)
	if err != nil {
		return nil, fmt.Errorf("KEYBS_SMTP_URL from=: %w", err)
	}
	m := &smtpMailer{addr: u.Host, from: addr}
	if u.User != nil {
		pass, _ := u.User.Password()
		host, _, _ := net.SplitHostPort(u.Host)
		m.auth = smtp.PlainAuth("", u.User.Username(), pass, host)
	}
	return m, nil
}

// NewDirMailer returns a mailer that writes each message as a file in dir
// (KEYBS_MAIL_DIR): a developer reads the invitation and reset links of a
// local server there, and the browser tests read them to follow the links.
func NewDirMailer(dir string) (Mailer, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("KEYBS_MAIL_DIR: %w", err)
	}
	return dirMailer{dir: dir}, nil
}

type dirMailer struct{ dir string }

// Send writes the message to a temporary name and renames it, so a reader
// never sees half a message.
func (d dirMailer) Send(_ context.Context, to []string, subject, body string) error {
	name := fmt.Sprintf("%d-%s.eml", time.Now().UnixNano(), safeName(strings.Join(to, ",")))
	msg := fmt.Sprintf("To: %s\nSubject: %s\n\n%s\n", strings.Join(to, ", "), mimeHeader(subject), body)
	tmp := filepath.Join(d.dir, "."+name)
	if err := os.WriteFile(tmp, []byte(msg), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(d.dir, name))
}

// safeName keeps letters, digits, @, dot and dash of s for a file name.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '@', r == '.', r == '-':
			return r
		}
		return '_'
	}, s)
}

type logMailer struct{ log *slog.Logger }

func (l logMailer) Send(_ context.Context, to []string, subject, body string) error {
	l.log.Info("email (KEYBS_SMTP_URL not set, so logged instead of sent)", "to", strings.Join(to, ", "), "subject", subject, "body", body)
	return nil
}

type smtpMailer struct {
	addr string
	from *mail.Address
	auth smtp.Auth
}

func (m *smtpMailer) Send(_ context.Context, to []string, subject, body string) error {
	var msg strings.Builder
	fmt.Fprintf(&msg, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n",
		m.from.String(), strings.Join(to, ", "), mimeHeader(subject), time.Now().UTC().Format(time.RFC1123Z),
		strings.ReplaceAll(body, "\n", "\r\n"))
	return smtp.SendMail(m.addr, m.auth, m.from.Address, to, []byte(msg.String()))
}

// mimeHeader keeps a header value on one line and encodes non-ASCII text
// (RFC 2047), so a key named in another script survives the trip.
func mimeHeader(s string) string {
	return mime.QEncoding.Encode("utf-8", strings.NewReplacer("\r", " ", "\n", " ").Replace(s))
}

// Notice is one alert for a tenant.
type Notice struct {
	TenantID  string
	Kind      string
	Title     string
	Body      string
	TargetID  string
	DedupeKey string // empty: always raise
	// Event, when set, is emitted in the same transaction as the
	// notification, so the webhook goes out exactly when the alert is new.
	Event *events.Event
}

// Notifier raises notices.
type Notifier struct {
	client *ent.Client
	bus    *events.Bus
	mail   Mailer
	log    *slog.Logger
}

// New wires a Notifier.
func New(client *ent.Client, bus *events.Bus, mail Mailer, log *slog.Logger) *Notifier {
	return &Notifier{client: client, bus: bus, mail: mail, log: log}
}

// Raise records n unless a notice with its dedupe key exists, then emails the
// tenant's owners and admins. It reports whether n was new.
func (n *Notifier) Raise(ctx context.Context, notice Notice) (bool, error) {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	var created *ent.Notification
	err := database.WithTx(ctx, n.client, func(tx *ent.Tx) error {
		if notice.DedupeKey != "" {
			exists, err := tx.Notification.Query().Where(notification.DedupeKey(notice.DedupeKey)).Exist(ctx)
			if err != nil || exists {
				return database.Err(err, "check notification")
			}
		}
		create := tx.Notification.Create().SetTenantID(notice.TenantID).SetKind(notice.Kind).
			SetTitle(notice.Title).SetBody(notice.Body).SetTargetID(notice.TargetID)
		if notice.DedupeKey != "" {
			create.SetDedupeKey(notice.DedupeKey)
		}
		var err error
		if created, err = create.Save(ctx); err != nil {
			return err
		}
		if notice.Event != nil {
			if _, err := n.bus.Emit(ctx, tx, *notice.Event); err != nil {
				return err
			}
		}
		return n.bus.Publish(ctx, tx, events.Message{Kind: events.KindNotification, ID: created.ID, TenantID: notice.TenantID, Type: notice.Kind})
	})
	if ent.IsConstraintError(err) {
		return false, nil // raised concurrently by another replica
	}
	if err != nil || created == nil {
		return false, database.Err(err, "raise notification")
	}
	to, err := n.recipients(ctx, notice.TenantID)
	if err != nil {
		return true, err
	}
	if len(to) > 0 {
		if err := n.mail.Send(ctx, to, "[KeyBS] "+notice.Title, notice.Body); err != nil {
			n.log.Warn("could not email a notification", "tenant_id", notice.TenantID, "kind", notice.Kind, "error", err)
		}
	}
	return true, nil
}

// recipients are the emails of the tenant's owners and admins.
func (n *Notifier) recipients(ctx context.Context, tenantID string) ([]string, error) {
	emails, err := n.client.User.Query().Where(user.HasMembershipsWith(
		membership.TenantID(tenantID), membership.RoleIn(membership.RoleOWNER, membership.RoleADMIN),
	)).Select(user.FieldEmail).Strings(ctx)
	if err != nil {
		return nil, fault.Wrap(err, "load recipients")
	}
	return emails, nil
}

// MarkRead marks one of the viewer's notifications read.
func (n *Notifier) MarkRead(ctx context.Context, id string) (*ent.Notification, error) {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return nil, err
	}
	if err := n.client.Notification.Update().
		Where(notification.ID(id), notification.TenantID(p.TenantID), notification.ReadAtIsNil()).
		SetReadAt(time.Now()).Exec(ctx); err != nil {
		return nil, database.Err(err, "mark read")
	}
	ntf, err := n.client.Notification.Get(ctx, id)
	return ntf, database.Err(err, "load notification")
}

// MarkAllRead marks every unread notification of the viewer's tenant read
// and returns how many there were.
func (n *Notifier) MarkAllRead(ctx context.Context) (int, error) {
	if _, err := viewer.RequireMember(ctx); err != nil {
		return 0, err
	}
	c, err := n.client.Notification.Update().Where(notification.ReadAtIsNil()).SetReadAt(time.Now()).Save(ctx)
	return c, database.Err(err, "mark all read")
}

// Unread counts the viewer's tenant's unread notifications.
func (n *Notifier) Unread(ctx context.Context) (int, error) {
	if _, err := viewer.RequireMember(ctx); err != nil {
		return 0, err
	}
	c, err := n.client.Notification.Query().Where(notification.ReadAtIsNil()).Count(ctx)
	return c, database.Err(err, "count unread")
}

// Follow streams the notifications raised for the viewer's tenant as they
// commit, until ctx ends.
func (n *Notifier) Follow(ctx context.Context) (<-chan *ent.Notification, error) {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return nil, err
	}
	return events.Follow(ctx, n.bus, 16, func(m events.Message) bool {
		return m.Kind == events.KindNotification && m.TenantID == p.TenantID
	}, func(ctx context.Context, m events.Message) (*ent.Notification, bool) {
		nt, err := n.client.Notification.Get(ctx, m.ID)
		return nt, err == nil
	}), nil
}
