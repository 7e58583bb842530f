// Package userverify is the buyer/seller verification of seed 000's
// e-commerce module: POST /v1/user/verify checks a marketplace user's email,
// phone, name and country and stores the verification (usv_…) with one
// result per check (rules.go). Nothing here does a network lookup: email is
// checked for syntax and against the disposable-domain list, the phone for
// E.164 form and the country's calling code, the name against the screening
// list, the country against ISO 3166-1 and the FATF lists.
//
// Decision (status) and depth (level) are separate:
//
//	status rejected  some check failed
//	       review    nothing failed, something needs a person (a screening
//	                 match, a disposable email domain, a FATF-monitored country)
//	       verified  every check passed
//	level  enhanced  every check passed, screening clear (so: verified)
//	       basic     the format checks (email_syntax, phone_format,
//	                 phone_country, country_known) passed, not everything else
//	       null      a format check failed
//
// In the sandbox (TEST keys and portal sessions) documented values force a
// status (MagicValues); LIVE keys never honour them.
package userverify

import (
	"context"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/userverification"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/metering"
	"github.com/keybs/platform/internal/screening"
	"github.com/keybs/platform/internal/userverify/check"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// Input is a user to verify.
type Input struct {
	Email   string
	Phone   string
	Name    string
	Country string // ISO 3166-1 alpha-2
	Role    string // buyer | seller, optional
}

// Service verifies users for the viewer in the context.
type Service struct {
	client *ent.Client
	now    func() time.Time
	list   *screening.List
}

// NewService wires a Service; list is the watch list names are screened
// against (KEYBS_SCREENING_LIST or the demo list, as for KYC).
func NewService(client *ent.Client, now func() time.Time, list *screening.List) *Service {
	return &Service{client: client, now: now, list: list}
}

// Verify runs every check on in and stores the verification.
func (s *Service) Verify(ctx context.Context, in Input) (*ent.UserVerification, error) {
	p, env, err := viewer.RequireModuleWriter(ctx)
	if err != nil {
		return nil, err
	}
	v, err := clean(in)
	if err != nil {
		return nil, err
	}
	checks := Run(s.list, v)
	status, level := Decide(checks)
	if m, ok := magicFor(v); ok && env == environment.Test {
		status, level = m.Status, m.level()
		checks = append(checks, check.Result{Code: "sandbox", Result: m.result(),
			Message: "test environment: the " + m.Field + " " + m.Value + " forces the status " + m.Status})
	}
	now := s.now()
	var out *ent.UserVerification
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		create := tx.UserVerification.Create().SetTenantID(p.TenantID).SetEnvironment(env).
			SetKeyID(p.KeyID).SetApplicationID(p.ApplicationID).
			SetEmail(v.Email).SetPhone(v.Phone).SetName(v.Name).SetCountry(v.Country).
			SetStatus(userverification.Status(strings.ToUpper(status))).SetChecks(checks).
			SetCreatedAt(now).SetUpdatedAt(now)
		if v.Role != "" {
			create.SetRole(userverification.Role(strings.ToUpper(v.Role)))
		}
		if level != "" {
			create.SetLevel(userverification.Level(strings.ToUpper(level)))
		}
		if out, err = create.Save(ctx); err != nil {
			return database.Err(err, "save user verification")
		}
		return metering.Record(ctx, tx, metering.Call{Operation: metering.UserVerify, SourceID: out.ID, At: now})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// clean checks the required fields are there, naming the first missing or
// malformed one. What the checks judge (the email's syntax, the phone's
// form, the country's existence) is not refused here: it is a check result.
func clean(in Input) (Input, error) {
	var v Input
	var err error
	if v.Email, err = validate.Text("email", in.Email, 320, true); err != nil {
		return v, err
	}
	if v.Phone, err = validate.Text("phone", in.Phone, 64, true); err != nil {
		return v, err
	}
	if v.Name, err = validate.Text("name", in.Name, 400, true); err != nil {
		return v, err
	}
	if v.Country, err = validate.Text("country", in.Country, 8, true); err != nil {
		return v, err
	}
	if v.Country = strings.ToUpper(v.Country); len(v.Country) != 2 {
		return v, fault.InvalidField("country", "{field} must be a two-letter ISO 3166-1 alpha-2 code such as DE")
	}
	switch r := strings.ToLower(strings.TrimSpace(in.Role)); r {
	case "", "buyer", "seller":
		v.Role = r
	default:
		return v, fault.InvalidField("role", "{field} must be buyer or seller")
	}
	return v, nil
}
