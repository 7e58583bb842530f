// Package tenancy holds a partner organisation's onboarding: creating the
// tenant at sign-up, accepting the API terms of service, submitting the
// company's KYC/AML details, and the staff review of them.
package tenancy

import (
	"context"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/tenant"
	"github.com/keybs/platform/internal/application"
	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/pulid"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// Terms is a version of the API terms of service. Seed 000 step 1: the
// terms include the use cases each industry is permitted.
type Terms struct {
	Version     string
	PublishedAt time.Time
	URL         string
	// Summary is the plain-language gist shown beside the checkbox.
	Summary string
	// Industries are the per-industry sections, in display order.
	Industries []IndustryTerms
}

// IndustryTerms is the section of the terms that applies to one industry.
type IndustryTerms struct {
	Industry   industry.Industry
	Name       string
	Permitted  []string
	Prohibited []string
}

// For returns the section of industry i (Other's for an unknown one).
func (t Terms) For(i industry.Industry) IndustryTerms {
	for _, s := range t.Industries {
		if s.Industry == i {
			return s
		}
	}
	return t.Industries[len(t.Industries)-1]
}

// CurrentTerms is the version partners accept today. Publishing a new version
// means changing it here: tenants then see their acceptance as out of date
// (a banner, and a notification from NotifyOutdatedTerms), their existing
// keys keep working, and new live keys wait for the new acceptance.
var CurrentTerms = Terms{
	Version:     "2026-12-01",
	PublishedAt: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC),
	URL:         "https://trust.keybs.io/legal/api-terms/2026-12-01",
	Summary: "You may call the KeyBS API only for the use cases permitted for your organization's industry, " +
		"keep secret keys on your servers, tell the people you verify how their data is used, and not resell " +
		"verification results. Changing your industry means accepting that industry's section.",
	Industries: []IndustryTerms{
		{industry.Fintech, "Fintech",
			[]string{"Customer onboarding KYC/AML checks", "Ongoing transaction monitoring", "Credit and fraud risk scoring of your own customers"},
			[]string{"Screening people who are not your customers or applicants", "Building credit files for third parties"}},
		{industry.Payments, "Payments",
			[]string{"Transaction risk checks before settlement", "Escrow of funds between your merchants and their buyers", "Chargeback and dispute management"},
			[]string{"Holding funds for purposes other than the escrowed transaction", "Scoring merchants you do not process for"}},
		{industry.Ecommerce, "e-Commerce",
			[]string{"Buyer and seller verification on your marketplace", "Escrow of marketplace orders", "Displaying trust badges of verified sellers"},
			[]string{"Showing a badge for a seller whose report is revoked or expired", "Verifying people outside your marketplace"}},
		{industry.IGaming, "iGaming",
			[]string{"Age and identity checks before play", "Responsible-gambling and self-exclusion checks", "Transaction monitoring and fraud signals on player accounts"},
			[]string{"Marketing to people who failed an age check", "Sharing verification results with other operators"}},
		{industry.Other, "Other",
			[]string{"Verifying your own customers, suppliers or partners with their consent"},
			[]string{"Any use the other industries' sections prohibit"}},
	},
}

// TermsAccepted reports whether t ever accepted a version of the terms.
func TermsAccepted(t *ent.Tenant) bool { return t.TermsVersion != nil }

// TermsUpToDate reports whether t accepted the current version for its
// current industry. An acceptance from before the terms named industries
// counts as one for the tenant's industry.
func TermsUpToDate(t *ent.Tenant) bool {
	return t.TermsVersion != nil && *t.TermsVersion == CurrentTerms.Version &&
		(t.TermsIndustry == nil || *t.TermsIndustry == t.Industry)
}

// NewTenant describes the tenant created at sign-up.
type NewTenant struct {
	Name        string
	Industry    industry.Industry
	Owner       *ent.User
	AcceptTerms bool
	Now         time.Time
}

// Create makes a tenant with its owner's membership; client is usually a
// transaction's client. It runs before the owner has a session, so it writes as
// the system.
func Create(ctx context.Context, client *ent.Client, in NewTenant) (*ent.Tenant, error) {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	// The ULID's last characters are random, so they make the slug unique.
	id := pulid.New("Tenant")
	create := client.Tenant.Create().
		SetID(id).
		SetName(in.Name).
		SetSlug(slugify(in.Name) + "-" + id[len(id)-6:]).
		SetIndustry(in.Industry)
	if in.AcceptTerms {
		create.SetTermsVersion(CurrentTerms.Version).SetTermsAcceptedAt(in.Now).SetTermsAcceptedBy(in.Owner.ID).
			SetTermsIndustry(in.Industry)
	}
	t, err := create.Save(ctx)
	if err != nil {
		return nil, fault.Wrap(err, "create tenant")
	}
	if err := client.Membership.Create().SetUserID(in.Owner.ID).SetTenantID(t.ID).SetRole("OWNER").Exec(ctx); err != nil {
		return nil, fault.Wrap(err, "create membership")
	}
	if _, err := application.CreateDefault(ctx, client, t.ID, in.Industry); err != nil {
		return nil, err
	}
	if in.AcceptTerms {
		if err := audit.Record(ctx, client, audit.Entry{
			TenantID: t.ID, Action: "terms.accepted", TargetType: "Tenant", TargetID: t.ID,
			ActorID: in.Owner.ID, ActorType: "USER", Metadata: map[string]any{"version": CurrentTerms.Version, "industry": string(in.Industry)},
		}); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// Service runs tenant onboarding operations for the viewer in the context.
type Service struct {
	client *ent.Client
	now    func() time.Time
}

// NewService wires a Service.
func NewService(client *ent.Client, now func() time.Time) *Service {
	return &Service{client: client, now: now}
}

// AcceptTerms records that the viewer's tenant accepts the given version, which
// must be the current one, for its industry.
func (s *Service) AcceptTerms(ctx context.Context, version string) (*ent.Tenant, error) {
	p, err := viewer.RequireAdmin(ctx)
	if err != nil {
		return nil, err
	}
	if err := checkVersion("version", version); err != nil {
		return nil, err
	}
	var t *ent.Tenant
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		cur, err := tx.Tenant.Get(ctx, p.TenantID)
		if err != nil {
			return database.Err(err, "load tenant")
		}
		t, err = tx.Tenant.UpdateOne(cur).SetTermsVersion(version).SetTermsAcceptedAt(s.now()).
			SetTermsAcceptedBy(p.UserID).SetTermsIndustry(cur.Industry).Save(ctx)
		if err != nil {
			return database.Err(err, "accept terms")
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: t.ID, Action: "terms.accepted", TargetType: "Tenant", TargetID: t.ID,
			Metadata: map[string]any{"version": version, "industry": string(cur.Industry)},
		})
	})
	return database.Unwrap(t, err)
}

func checkVersion(field, version string) error {
	if version != CurrentTerms.Version {
		return fault.InvalidField(field, "{field} %q is not the current terms version %q", version, CurrentTerms.Version)
	}
	return nil
}

// ChangeIndustry moves the viewer's tenant to another industry, which
// permits other use cases: acceptedTermsVersion must be the current terms,
// accepted for the new industry in the same step. Existing keys keep their
// scopes; new applications and keys follow the new industry.
func (s *Service) ChangeIndustry(ctx context.Context, to industry.Industry, acceptedTermsVersion string) (*ent.Tenant, error) {
	p, err := viewer.RequireAdmin(ctx)
	if err != nil {
		return nil, err
	}
	if !to.Valid() {
		return nil, fault.InvalidField("industry", "{field} must be one of FINTECH, PAYMENTS, ECOMMERCE, IGAMING, OTHER")
	}
	if err := checkVersion("accept_terms_version", acceptedTermsVersion); err != nil {
		return nil, err
	}
	var t *ent.Tenant
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		cur, err := tx.Tenant.Get(ctx, p.TenantID)
		if err != nil {
			return database.Err(err, "load tenant")
		}
		if cur.Industry == to {
			return fault.InvalidField("industry", "the organization is already in %s", industry.ProfileOf(to).Name)
		}
		t, err = tx.Tenant.UpdateOne(cur).SetIndustry(to).SetTermsVersion(acceptedTermsVersion).
			SetTermsAcceptedAt(s.now()).SetTermsAcceptedBy(p.UserID).SetTermsIndustry(to).Save(ctx)
		if err != nil {
			return database.Err(err, "change industry")
		}
		if err := audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: t.ID, Action: "tenant.industry_changed", TargetType: "Tenant", TargetID: t.ID,
			Metadata: map[string]any{"from": string(cur.Industry), "to": string(to)},
		}); err != nil {
			return err
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: t.ID, Action: "terms.accepted", TargetType: "Tenant", TargetID: t.ID,
			Metadata: map[string]any{"version": acceptedTermsVersion, "industry": string(to)},
		})
	})
	return database.Unwrap(t, err)
}

// SetRequireMFA makes a second factor mandatory (or optional again) for every
// member of the viewer's tenant; owners only. An owner turning it on must have
// one, so they do not lock themselves out. Members without one can still sign
// in, but only to set it up.
func (s *Service) SetRequireMFA(ctx context.Context, require bool) (*ent.Tenant, error) {
	p, err := viewer.RequireOwner(ctx)
	if err != nil {
		return nil, err
	}
	if require {
		u, err := s.client.User.Get(ctx, p.UserID)
		if err != nil {
			return nil, database.Err(err, "load user")
		}
		if u.MfaEnabledAt == nil {
			return nil, fault.New(fault.Forbidden, "turn on two-factor authentication for your own account before requiring it of everyone")
		}
	}
	var t *ent.Tenant
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		if t, err = tx.Tenant.UpdateOneID(p.TenantID).SetRequireMfa(require).Save(ctx); err != nil {
			return database.Err(err, "require MFA")
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: t.ID, Action: "tenant.mfa_requirement_changed", TargetType: "Tenant", TargetID: t.ID,
			Metadata: map[string]any{"require_mfa": require},
		})
	})
	return database.Unwrap(t, err)
}

// Raiser raises a portal notification (notify.Notifier does).
type Raiser interface {
	Raise(ctx context.Context, n notify.Notice) (bool, error)
}

// NotifyOutdatedTerms tells every tenant that accepted an older version of
// the terms that a new one waits for acceptance: once per tenant and
// version (the notice's dedupe key), so every replica may run it at start.
// It returns how many tenants were newly told.
func NotifyOutdatedTerms(ctx context.Context, client *ent.Client, n Raiser) (int, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	ids, err := client.Tenant.Query().Where(tenant.TermsVersionNotNil(), tenant.TermsVersionNEQ(CurrentTerms.Version)).IDs(sys)
	if err != nil {
		return 0, fault.Wrap(err, "find tenants with outdated terms")
	}
	told := 0
	for _, id := range ids {
		raised, err := n.Raise(sys, notify.Notice{
			TenantID: id, Kind: "terms.updated", TargetID: id,
			Title: "New API Terms of Service (version " + CurrentTerms.Version + ")",
			Body: "The API Terms of Service changed. Your existing keys keep working; an owner or admin needs to " +
				"accept the new version on the Onboarding page before new live keys can be created.",
			DedupeKey: "terms:" + CurrentTerms.Version + ":" + id,
		})
		if err != nil {
			return told, err
		}
		if raised {
			told++
		}
	}
	return told, nil
}

// KYCDetails are the company details a partner submits for KYC/AML review.
type KYCDetails struct {
	LegalName          string
	RegistrationNumber string
	Country            string
	Address            string
	ContactName        string
	ContactEmail       string
}

func (d *KYCDetails) normalize() error {
	fields := []struct {
		name  string
		value *string
		max   int
	}{
		{"legal_name", &d.LegalName, 200},
		{"registration_number", &d.RegistrationNumber, 100},
		{"country", &d.Country, 2},
		{"address", &d.Address, 500},
		{"contact_name", &d.ContactName, 200},
		{"contact_email", &d.ContactEmail, 254},
	}
	for _, f := range fields {
		*f.value = strings.TrimSpace(*f.value)
		if *f.value == "" {
			return fault.InvalidField(f.name, "{field} is required")
		}
		if len([]rune(*f.value)) > f.max {
			return fault.InvalidField(f.name, "{field} must be at most %d characters", f.max)
		}
	}
	d.Country = strings.ToUpper(d.Country)
	if !country.Valid(d.Country) {
		return fault.InvalidField("country", "{field} must be a country from the list (an ISO 3166-1 alpha-2 code such as GB or IN)")
	}
	email, err := validate.Email("contact_email", d.ContactEmail)
	if err != nil {
		return err
	}
	d.ContactEmail = email
	return nil
}

// SubmitKYC stores the company details and puts the tenant up for review. A
// rejected tenant may resubmit; a submitted or verified one may not.
func (s *Service) SubmitKYC(ctx context.Context, d KYCDetails) (*ent.Tenant, error) {
	p, err := viewer.RequireAdmin(ctx)
	if err != nil {
		return nil, err
	}
	if err := d.normalize(); err != nil {
		return nil, err
	}
	var t *ent.Tenant
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		n, err := tx.Tenant.Update().
			Where(tenant.ID(p.TenantID), tenant.KycStatusIn(tenant.KycStatusNOT_STARTED, tenant.KycStatusREJECTED)).
			SetKycStatus(tenant.KycStatusSUBMITTED).
			SetKycLegalName(d.LegalName).
			SetKycRegistrationNumber(d.RegistrationNumber).
			SetKycCountry(d.Country).
			SetKycAddress(d.Address).
			SetKycContactName(d.ContactName).
			SetKycContactEmail(d.ContactEmail).
			SetKycSubmittedAt(s.now()).
			ClearKycReviewedAt().
			ClearKycReviewReason().
			Save(ctx)
		if err != nil {
			return fault.Wrap(err, "submit KYC")
		}
		if t, err = tx.Tenant.Get(ctx, p.TenantID); err != nil {
			return database.Err(err, "load tenant")
		}
		if n == 0 {
			return fault.New(fault.Conflict, "KYC details are already %s; they can be resubmitted only after a rejection",
				strings.ToLower(string(t.KycStatus)))
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: t.ID, Action: "kyc.submitted", TargetType: "Tenant", TargetID: t.ID,
			Metadata: map[string]any{"country": d.Country, "legal_name": d.LegalName},
		})
	})
	return database.Unwrap(t, err)
}

// Decision is a staff member's verdict on submitted KYC details.
type Decision string

// The KYC review decisions.
const (
	Approve Decision = "APPROVE"
	Reject  Decision = "REJECT"
)

// ReviewKYC records a staff decision on a submitted tenant. Only ops and
// senior analysts review; a rejection needs a reason the partner will read.
func (s *Service) ReviewKYC(ctx context.Context, tenantID string, decision Decision, reason string) (*ent.Tenant, error) {
	if _, err := viewer.RequireReviewer(ctx); err != nil {
		return nil, err
	}
	reason = strings.TrimSpace(reason)
	status := tenant.KycStatusVERIFIED
	switch decision {
	case Approve:
	case Reject:
		status = tenant.KycStatusREJECTED
		if reason == "" {
			return nil, fault.InvalidField("reason", "a rejection needs a reason")
		}
	default:
		return nil, fault.InvalidField("decision", "{field} must be APPROVE or REJECT")
	}
	if len([]rune(reason)) > 1000 {
		return nil, fault.InvalidField("reason", "{field} must be at most 1000 characters")
	}
	// Staff act across tenants: the role was checked above, so the tenant
	// filter is lifted for this operation only.
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	var t *ent.Tenant
	err := database.WithTx(sys, s.client, func(tx *ent.Tx) error {
		upd := tx.Tenant.Update().
			Where(tenant.ID(tenantID), tenant.KycStatusEQ(tenant.KycStatusSUBMITTED)).
			SetKycStatus(status).SetKycReviewedAt(s.now())
		if reason != "" {
			upd.SetKycReviewReason(reason)
		}
		n, err := upd.Save(sys)
		if err != nil {
			return fault.Wrap(err, "review KYC")
		}
		if t, err = tx.Tenant.Get(sys, tenantID); err != nil {
			return database.Err(err, "load tenant")
		}
		if n == 0 {
			return fault.New(fault.Conflict, "the tenant's KYC status is %s, not SUBMITTED", t.KycStatus)
		}
		return audit.Record(ctx, tx.Client(), audit.Entry{
			TenantID: t.ID, Action: "kyc.reviewed", TargetType: "Tenant", TargetID: t.ID,
			Metadata: map[string]any{"decision": string(decision), "reason": reason},
		})
	})
	return database.Unwrap(t, err)
}

// slugify makes a URL-safe slug from an organisation name.
func slugify(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	s := strings.TrimSuffix(b.String(), "-")
	if s == "" {
		s = "org"
	}
	return s
}
