package apikey

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	entkey "github.com/keybs/platform/ent/apikey"
	entapp "github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/tenant"
	"github.com/keybs/platform/internal/application"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/tenancy"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// Lifecycle limits.
const (
	TestRateLimitPerMinute = 120
	RotationInterval       = 90 * 24 * time.Hour
	MaxGracePeriod         = 7 * 24 * time.Hour
)

// Service runs key lifecycle operations for the viewer in the context. Every
// transport calls these functions, so GraphQL and REST always agree.
type Service struct {
	client *ent.Client
	bus    *events.Bus
	now    func() time.Time
	// changes shares each key change's load among its subscribers.
	changes *events.Shared[*ent.APIKey]
	// Mail sends the rotation notices (notify_emails); nil sends none.
	Mail notify.Mailer
	// Log receives what could not be mailed; nil is slog.Default().
	Log *slog.Logger
}

// NewService wires a Service.
func NewService(client *ent.Client, bus *events.Bus, now func() time.Time) *Service {
	return &Service{client: client, bus: bus, now: now, changes: events.NewShared[*ent.APIKey](256)}
}

// changed records a key lifecycle step in tx: the audit entry, the outbox
// event when the step has an event type, and a bus message for live views.
func (s *Service) changed(ctx context.Context, tx *ent.Tx, k *ent.APIKey, action string, meta map[string]any) error {
	if err := audit.Record(ctx, tx.Client(), audit.Entry{TenantID: k.TenantID, Action: action,
		TargetType: "APIKey", TargetID: k.ID, Metadata: meta}); err != nil {
		return err
	}
	if events.KnownType(action) {
		payload := map[string]any{"api_key": map[string]any{
			"id": k.ID, "name": k.Name, "kind": strings.ToLower(string(k.Kind)), "environment": k.Environment.Lower(),
			"prefix": k.Prefix, "last4": k.Last4, "state": strings.ToLower(string(s.State(k))),
		}}
		for key, v := range meta {
			if key == "successor_id" || key == "reason" || key == "grace_period_seconds" {
				payload[key] = v
			}
		}
		if _, err := s.bus.Emit(ctx, tx, events.Event{TenantID: k.TenantID, Environment: k.Environment, Type: action, Payload: payload}); err != nil {
			return err
		}
	}
	return s.bus.Publish(ctx, tx, events.Message{Kind: events.KindKey, ID: k.ID, TenantID: k.TenantID, Environment: k.Environment, Type: action})
}

// CreateInput describes a new key. Zero values take the documented defaults.
type CreateInput struct {
	Name           string
	Environment    environment.Environment
	Kind           entkey.Kind         // default SECRET
	Scopes         []string            // default: everything the kind may have
	ApplicationID  string              // default: the tenant's default application
	ExpiresAt      *time.Time          // nil: never
	IPAllowlist    []string            // CIDRs; empty: the application's
	AllowedOrigins []string            // publishable keys only
	CurrencyType   entkey.CurrencyType // default FIAT
}

// Created is a key with its secret, which is never available again.
type Created struct {
	APIKey *ent.APIKey
	Secret string
}

// Create issues a key. Test keys need the terms accepted; live keys need the
// current terms for the tenant's industry, its KYC verified and the
// application approved.
func (s *Service) Create(ctx context.Context, in CreateInput) (*Created, error) {
	p, err := viewer.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	name, err := validate.Text("name", in.Name, 100, true)
	if err != nil {
		return nil, err
	}
	if !in.Environment.Valid() {
		return nil, fault.InvalidField("environment", "{field} must be test or live")
	}
	if in.Kind == "" {
		in.Kind = entkey.KindSECRET
	}
	if entkey.KindValidator(in.Kind) != nil {
		return nil, fault.InvalidField("kind", "{field} must be secret, restricted or publishable")
	}
	if in.CurrencyType == "" {
		in.CurrencyType = entkey.CurrencyTypeFIAT
	}
	if entkey.CurrencyTypeValidator(in.CurrencyType) != nil {
		return nil, fault.InvalidField("currency_type", "{field} must be fiat or crypto")
	}
	if in.ExpiresAt != nil && !in.ExpiresAt.After(s.now()) {
		return nil, fault.InvalidField("expires_at", "{field} must be in the future")
	}
	cidrs, err := validate.CIDRs("ip_allowlist", in.IPAllowlist)
	if err != nil {
		return nil, err
	}
	origins, err := s.origins(in.Kind, in.AllowedOrigins)
	if err != nil {
		return nil, err
	}

	app, err := s.application(ctx, in.ApplicationID)
	if err != nil {
		return nil, err
	}
	if err := s.checkEligible(ctx, p.TenantID, app, in.Environment); err != nil {
		return nil, err
	}
	scopes, err := grantable(in.Kind, in.Scopes, app, in.Scopes == nil)
	if err != nil {
		return nil, err
	}
	rate := TestRateLimitPerMinute
	if in.Environment == environment.Live {
		rate = industry.ProfileOf(app.Industry).LiveRateLimitPerMinute
	}

	secret, err := Generate(in.Kind, in.Environment)
	if err != nil {
		return nil, fault.Wrap(err, "generate key")
	}
	var key *ent.APIKey
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		key, err = tx.APIKey.Create().
			SetTenantID(p.TenantID).
			SetApplicationID(app.ID).
			SetName(name).
			SetKind(in.Kind).
			SetEnvironment(in.Environment).
			SetKeyHash(secret.Hash).
			SetPrefix(secret.Prefix).
			SetLast4(secret.Last4).
			SetScopes(scopes).
			SetIPAllowlist(cidrs).
			SetAllowedOrigins(origins).
			SetCurrencyType(in.CurrencyType).
			SetNillableExpiresAt(in.ExpiresAt).
			SetRateLimitPerMinute(rate).
			SetRotationDueAt(s.now().Add(RotationInterval)).
			SetCreatedBy(p.UserID).
			Save(ctx)
		if err != nil {
			return database.Err(err, "create key")
		}
		return s.changed(ctx, tx, key, "key.created", map[string]any{
			"name": name, "kind": string(in.Kind), "environment": string(in.Environment), "scopes": scopes,
			"prefix": secret.Prefix, "last4": secret.Last4,
		})
	})
	if err != nil {
		return nil, err
	}
	return &Created{APIKey: key.Unwrap(), Secret: secret.Plain}, nil
}

// UpdateInput changes a key. Nil fields are left unchanged; ClearExpiry makes
// the key never expire.
type UpdateInput struct {
	Name           *string
	Scopes         []string
	IPAllowlist    []string
	AllowedOrigins []string
	ExpiresAt      *time.Time
	ClearExpiry    bool
	// CurrencyType switches the amounts the key's calls take between ISO
	// 4217 codes (FIAT) and crypto asset codes (CRYPTO).
	CurrencyType *entkey.CurrencyType
}

// Update edits a live key's name, scopes, allowlists, expiry or currency type.
func (s *Service) Update(ctx context.Context, id string, in UpdateInput) (*ent.APIKey, error) {
	_, err := viewer.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	var key *ent.APIKey
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		cur, err := tx.APIKey.Query().Where(entkey.ID(id)).WithApplication().Only(ctx)
		if err != nil {
			return database.Err(err, "load key")
		}
		if s.State(cur) != StateActive && s.State(cur) != StateExpired {
			return fault.New(fault.Conflict, "a %s key cannot be changed", strings.ToLower(string(s.State(cur))))
		}
		u := tx.APIKey.UpdateOne(cur)
		changed := []string{}
		if in.Name != nil {
			name, err := validate.Text("name", *in.Name, 100, true)
			if err != nil {
				return err
			}
			u.SetName(name)
			changed = append(changed, "name")
		}
		if in.Scopes != nil {
			scopes, err := grantable(cur.Kind, in.Scopes, cur.Edges.Application, false)
			if err != nil {
				return err
			}
			u.SetScopes(scopes)
			changed = append(changed, "scopes")
		}
		if in.IPAllowlist != nil {
			cidrs, err := validate.CIDRs("ip_allowlist", in.IPAllowlist)
			if err != nil {
				return err
			}
			u.SetIPAllowlist(cidrs)
			changed = append(changed, "ipAllowlist")
		}
		if in.AllowedOrigins != nil {
			origins, err := s.origins(cur.Kind, in.AllowedOrigins)
			if err != nil {
				return err
			}
			u.SetAllowedOrigins(origins)
			changed = append(changed, "allowedOrigins")
		}
		if in.CurrencyType != nil {
			if entkey.CurrencyTypeValidator(*in.CurrencyType) != nil {
				return fault.InvalidField("currency_type", "{field} must be fiat or crypto")
			}
			u.SetCurrencyType(*in.CurrencyType)
			changed = append(changed, "currencyType")
		}
		switch {
		case in.ClearExpiry:
			u.ClearExpiresAt()
			changed = append(changed, "expiresAt")
		case in.ExpiresAt != nil:
			if !in.ExpiresAt.After(s.now()) {
				return fault.InvalidField("expires_at", "{field} must be in the future")
			}
			u.SetExpiresAt(*in.ExpiresAt)
			changed = append(changed, "expiresAt")
		}
		if key, err = u.Save(ctx); err != nil {
			return database.Err(err, "update key")
		}
		return s.changed(ctx, tx, key, "key.updated", map[string]any{"changed": changed})
	})
	return database.Unwrap(key, err)
}

// RotateInput says how a key is rotated.
type RotateInput struct {
	// GracePeriod is how long the old key keeps working: 0 (revoked now)
	// to seven days.
	GracePeriod time.Duration
	// NotifyEmails are emailed at the rotation and, with a grace period,
	// once when it ends (at most MaxNotifyEmails).
	NotifyEmails []string
}

// Rotate issues a successor with the same name, scopes and settings. The old
// key stops working at once (grace 0) or when the grace period ends (at most
// seven days). A key is rotated once: of two concurrent rotations one wins and
// the other is a conflict.
func (s *Service) Rotate(ctx context.Context, id string, in RotateInput) (*Created, error) {
	p, err := viewer.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	grace := in.GracePeriod
	if grace < 0 || grace > MaxGracePeriod {
		return nil, fault.InvalidField("grace_period", "{field} must be between 0 and 7 days")
	}
	emails, err := notifyEmails(in.NotifyEmails)
	if err != nil {
		return nil, err
	}
	var retired *ent.APIKey
	var created *Created
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		old, err := tx.APIKey.Get(ctx, id)
		if err != nil {
			return database.Err(err, "load key")
		}
		if st := s.State(old); st == StateRevoked || st == StateRotating || st == StateRotated {
			return fault.New(fault.Conflict, "the key is %s; only an active or expired key can be rotated", strings.ToLower(string(st)))
		}
		secret, err := Generate(old.Kind, old.Environment)
		if err != nil {
			return fault.Wrap(err, "generate key")
		}
		now := s.now()
		successor, err := tx.APIKey.Create().
			SetTenantID(old.TenantID).
			SetApplicationID(old.ApplicationID).
			SetName(old.Name).
			SetKind(old.Kind).
			SetEnvironment(old.Environment).
			SetKeyHash(secret.Hash).
			SetPrefix(secret.Prefix).
			SetLast4(secret.Last4).
			SetScopes(old.Scopes).
			SetIPAllowlist(old.IPAllowlist).
			SetAllowedOrigins(old.AllowedOrigins).
			SetCurrencyType(old.CurrencyType).
			SetNillableExpiresAt(futureOnly(old.ExpiresAt, now)).
			SetRateLimitPerMinute(old.RateLimitPerMinute).
			SetRotationDueAt(now.Add(RotationInterval)).
			SetRotatedFrom(old.ID).
			SetCreatedBy(p.UserID).
			Save(ctx)
		if err != nil {
			return database.Err(err, "create successor")
		}
		// Claim the old key: only one rotation can set rotated_to.
		u := tx.APIKey.Update().
			Where(entkey.ID(old.ID), entkey.RotatedToIsNil(), entkey.RevokedAtIsNil()).
			SetRotatedTo(successor.ID)
		if len(emails) > 0 {
			u.SetRotationNotifyEmails(emails)
		}
		if grace == 0 {
			u.SetRevokedAt(now).SetRevokedReason("rotated")
		} else {
			u.SetGraceUntil(now.Add(grace))
		}
		n, err := u.Save(ctx)
		if err != nil {
			return database.Err(err, "retire rotated key")
		}
		if n == 0 {
			return fault.New(fault.Conflict, "the key was rotated or revoked concurrently; reload it")
		}
		created = &Created{APIKey: successor, Secret: secret.Plain}
		if old, err = tx.APIKey.Get(ctx, old.ID); err != nil {
			return database.Err(err, "reload rotated key")
		}
		retired = old
		if err := s.changed(ctx, tx, successor, "key.created", map[string]any{"rotated_from": old.ID}); err != nil {
			return err
		}
		meta := map[string]any{"successor_id": successor.ID, "grace_period_seconds": int(grace / time.Second)}
		if len(emails) > 0 {
			meta["notify_emails"] = emails
		}
		return s.changed(ctx, tx, old, "key.rotated", meta)
	})
	if err != nil {
		return nil, err
	}
	created.APIKey = created.APIKey.Unwrap()
	s.mailRotated(ctx, retired.Unwrap(), created.APIKey)
	return created, nil
}

// Revoke disables a key immediately: the next request with it is refused.
// Revoking a revoked key changes nothing; of two concurrent revocations one
// records the revocation and the other returns the key as it now is.
func (s *Service) Revoke(ctx context.Context, id, reason string) (*ent.APIKey, error) {
	_, err := viewer.RequireWriter(ctx)
	if err != nil {
		return nil, err
	}
	reason, err = validate.Text("reason", reason, 500, false)
	if err != nil {
		return nil, err
	}
	var key *ent.APIKey
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		if _, err := tx.APIKey.Get(ctx, id); err != nil {
			return database.Err(err, "load key")
		}
		u := tx.APIKey.Update().Where(entkey.ID(id), entkey.RevokedAtIsNil()).
			SetRevokedAt(s.now()).ClearGraceUntil()
		if reason != "" {
			u.SetRevokedReason(reason)
		}
		n, err := u.Save(ctx)
		if err != nil {
			return database.Err(err, "revoke key")
		}
		if key, err = tx.APIKey.Get(ctx, id); err != nil {
			return database.Err(err, "load key")
		}
		if n == 0 {
			return nil // already revoked
		}
		return s.changed(ctx, tx, key, "key.revoked", map[string]any{"reason": reason})
	})
	return database.Unwrap(key, err)
}

// Delete removes a key; it stops working at once. Its audit trail stays.
func (s *Service) Delete(ctx context.Context, id string) error {
	if _, err := viewer.RequireWriter(ctx); err != nil {
		return err
	}
	return database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		cur, err := tx.APIKey.Get(ctx, id)
		if err != nil {
			return database.Err(err, "load key")
		}
		if err := tx.APIKey.DeleteOne(cur).Exec(ctx); err != nil {
			return database.Err(err, "delete key")
		}
		return s.changed(ctx, tx, cur, "key.deleted", map[string]any{"name": cur.Name, "prefix": cur.Prefix, "last4": cur.Last4})
	})
}

// Get returns one of the viewer's keys.
func (s *Service) Get(ctx context.Context, id string) (*ent.APIKey, error) {
	if _, err := viewer.RequireMember(ctx); err != nil {
		return nil, err
	}
	key, err := s.client.APIKey.Get(ctx, id)
	return key, database.Err(err, "load key")
}

// List returns the viewer's keys, newest first, optionally of one environment.
func (s *Service) List(ctx context.Context, env environment.Environment) ([]*ent.APIKey, error) {
	if _, err := viewer.RequireMember(ctx); err != nil {
		return nil, err
	}
	q := s.client.APIKey.Query().Order(ent.Desc(entkey.FieldCreatedAt))
	if env != "" {
		q = q.Where(entkey.EnvironmentEQ(env))
	}
	keys, err := q.All(ctx)
	return keys, database.Err(err, "list keys")
}

// LogTypes are the audit actions a key's log holds: its lifecycle, its
// accesses (first call of a day, first call from an address) and rate-limit
// overrides set on it.
var LogTypes = []string{"key.created", "key.updated", "key.rotated", "key.revoked", "key.deleted", "key.accessed",
	"rate_limit.override_set"}

// LogFilter narrows a key's log: at most Limit entries (100 when zero), of
// the Types given (all when none).
type LogFilter struct {
	Limit int
	Types []string
}

// Logs returns the audit entries about key id, newest first. An unknown
// type is a validation error naming event_types, not an empty list.
func (s *Service) Logs(ctx context.Context, id string, f LogFilter) ([]*ent.AuditLog, error) {
	if f.Limit == 0 {
		f.Limit = 100
	}
	for _, t := range f.Types {
		if !slices.Contains(LogTypes, t) {
			return nil, fault.InvalidField("event_types", "{field} has %q; the types are %s", t, strings.Join(LogTypes, ", "))
		}
	}
	if _, err := s.Get(ctx, id); err != nil {
		return nil, err
	}
	q := s.client.AuditLog.Query().Where(auditlog.TargetID(id))
	if len(f.Types) > 0 {
		q.Where(auditlog.ActionIn(f.Types...))
	}
	logs, err := q.Order(ent.Desc(auditlog.FieldCreatedAt), ent.Desc(auditlog.FieldID)).Limit(f.Limit).All(ctx)
	return logs, database.Err(err, "list key logs")
}

// State is a key's lifecycle state, derived from its timestamps.
type State string

// The states.
const (
	StateActive   State = "ACTIVE"
	StateExpired  State = "EXPIRED"
	StateRevoked  State = "REVOKED"
	StateRotating State = "ROTATING" // rotated; works until grace_until
	StateRotated  State = "ROTATED"  // rotated; grace period over
)

// StateOf derives the key's state at now.
func StateOf(k *ent.APIKey, now time.Time) State {
	switch {
	case k.RevokedAt != nil:
		return StateRevoked
	case k.GraceUntil != nil && !now.Before(*k.GraceUntil):
		return StateRotated
	case k.GraceUntil != nil:
		return StateRotating
	case k.ExpiresAt != nil && !now.Before(*k.ExpiresAt):
		return StateExpired
	}
	return StateActive
}

// State is k's lifecycle state now, by the service's clock.
func (s *Service) State(k *ent.APIKey) State { return StateOf(k, s.now()) }

// application returns the named application of the viewer's tenant, or its
// default one.
func (s *Service) application(ctx context.Context, id string) (*ent.Application, error) {
	q := s.client.Application.Query()
	if id != "" {
		q = q.Where(entapp.ID(id))
	} else {
		q = q.Where(entapp.IsDefault(true))
	}
	app, err := q.Only(ctx)
	if ent.IsNotFound(err) {
		return nil, fault.InvalidField("application_id", "{field} names no application of this organization")
	} else if err != nil {
		return nil, database.Err(err, "load application")
	}
	if app.ArchivedAt != nil {
		return nil, fault.InvalidField("application_id", "{field} names an archived application")
	}
	return app, nil
}

// checkEligible says which onboarding step is missing for a key in env.
func (s *Service) checkEligible(ctx context.Context, tenantID string, app *ent.Application, env environment.Environment) error {
	t, err := s.client.Tenant.Get(ctx, tenantID)
	if err != nil {
		return database.Err(err, "load tenant")
	}
	// Test keys need the terms accepted once; live keys the current version
	// for the tenant's industry, so a new version (or a new industry) is
	// accepted before new production credentials exist. Existing keys are
	// never refused for it.
	if !tenancy.TermsAccepted(t) {
		return fault.New(fault.Forbidden, "accept the API terms of service (version %s) before creating keys", tenancy.CurrentTerms.Version)
	}
	if env != environment.Live {
		return nil
	}
	if !tenancy.TermsUpToDate(t) {
		return fault.New(fault.Forbidden, "live keys need the current API terms of service (version %s) accepted for your industry: an owner or admin accepts them on the Onboarding page", tenancy.CurrentTerms.Version)
	}
	if t.KycStatus != tenant.KycStatusVERIFIED {
		return fault.New(fault.Forbidden, "live keys need your organization's KYC/AML verification (step 2 on the Onboarding page), which is %s", kycProgress[t.KycStatus])
	}
	if app.Status != entapp.StatusAPPROVED {
		return fault.New(fault.Forbidden, "live keys need the application %q approved for production (step 3 on the Onboarding page), which is %s", app.Name, appProgress[app.Status])
	}
	return nil
}

// kycProgress and appProgress say where a refused step stands in the words
// of the Onboarding page, never as the stored enum value (SUBMITTED).
var (
	kycProgress = map[tenant.KycStatus]string{
		tenant.KycStatusNOT_STARTED: "not started yet",
		tenant.KycStatusSUBMITTED:   "submitted and waiting for review",
		tenant.KycStatusREJECTED:    "rejected: correct it and submit again",
	}
	appProgress = map[entapp.Status]string{
		entapp.StatusDRAFT:          "not requested yet",
		entapp.StatusPENDING_REVIEW: "requested and waiting for review",
		entapp.StatusREJECTED:       "rejected: see the reviewer's reason on the application",
	}
)

// grantable validates requested scopes for a key of kind on app. With
// defaulted set, the kind's default set is returned instead.
func grantable(kind entkey.Kind, requested []string, app *ent.Application, defaulted bool) ([]string, error) {
	allowed := application.AllowedScopes(app)
	if kind == entkey.KindPUBLISHABLE {
		allowed = slices.DeleteFunc(allowed, func(s string) bool { return !scope.SDKSafe(s) })
	}
	if defaulted {
		if kind == entkey.KindRESTRICTED {
			return nil, fault.InvalidField("scopes", "a restricted key needs an explicit list of {field}")
		}
		return allowed, nil
	}
	if len(requested) == 0 {
		return nil, fault.InvalidField("scopes", "a key needs at least one scope")
	}
	out := make([]string, 0, len(requested))
	for _, r := range requested {
		r = strings.TrimSpace(r)
		switch {
		case !scope.Known(r):
			return nil, fault.InvalidField("scopes", "%q is not a scope (see the scopes query)", r)
		case kind == entkey.KindPUBLISHABLE && !scope.SDKSafe(r):
			return nil, fault.InvalidField("scopes", "%q cannot be granted to a publishable key: it is not safe in a browser", r)
		case !slices.Contains(allowed, r):
			return nil, fault.InvalidField("scopes", "%q is not allowed for application %q: its industry and modules allow %s", r, app.Name, strings.Join(allowed, ", "))
		}
		out = append(out, r)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// origins validates allowed browser origins, which only publishable keys have.
func (s *Service) origins(kind entkey.Kind, in []string) ([]string, error) {
	if len(in) > 0 && kind != entkey.KindPUBLISHABLE {
		return nil, fault.InvalidField("allowed_origins", "{field} applies to publishable keys only")
	}
	return validate.Origins("allowed_origins", in)
}

// futureOnly keeps an expiry for the successor only when it is still ahead.
func futureOnly(t *time.Time, now time.Time) *time.Time {
	if t == nil || !t.After(now) {
		return nil
	}
	return t
}
