// Package fraud is the fraud-signals module of seed 000: POST /v1/fraud/score
// scores an email, IP, device or party from the partner's own stored history
// in one environment (earlier declined transaction checks, disputes,
// velocity of earlier fraud checks, confirmed fraud feedback) plus a
// disposable-email-domain list, and stores the check (frd_…) so the next
// one counts it. POST /v1/fraud/signals returns the same signals without a
// decision and stores nothing, so looking does not raise the velocity of
// the identifiers looked at. POST /v1/fraud/feedback confirms a fraud or
// transaction check as fraud or legitimate; a second feedback for the same
// check replaces the first. Confirmed fraud on an identifier raises later
// scores.
//
// In the sandbox (TEST keys and portal sessions) documented values force a
// decision (magic.go); LIVE keys never honour them.
package fraud

import (
	"context"
	"net/netip"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/dispute"
	"github.com/keybs/platform/ent/escrow"
	"github.com/keybs/platform/ent/fraudcheck"
	"github.com/keybs/platform/ent/fraudfeedback"
	"github.com/keybs/platform/ent/predicate"
	"github.com/keybs/platform/ent/riskcheck"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/fraud/reason"
	"github.com/keybs/platform/internal/metering"
	"github.com/keybs/platform/internal/validate"
	"github.com/keybs/platform/internal/viewer"
)

// Input names who is scored: at least one of its fields.
type Input struct {
	Email    string
	IP       string
	DeviceID string
	Party    string // the partner's id for the user or counterparty

	emailDomain string // set by clean
}

// Result is a stored fraud check with the signals it was scored from.
type Result struct {
	Check   *ent.FraudCheck
	Signals Signals
}

// SignalsResult is what POST /v1/fraud/signals answers: the signals and the
// reasons they would give, without a score or decision.
type SignalsResult struct {
	Environment environment.Environment
	Signals     Signals
	Reasons     []reason.Reason
}

// Service runs fraud checks for the viewer in the context.
type Service struct {
	client *ent.Client
	now    func() time.Time
}

// NewService wires a Service.
func NewService(client *ent.Client, now func() time.Time) *Service {
	return &Service{client: client, now: now}
}

// Score validates in, reads its signals and stores the scored check. The
// signals are read in the same transaction as the check is written, so a
// check always sees the ones committed before it.
func (s *Service) Score(ctx context.Context, in Input) (*Result, error) {
	p, env, err := writer(ctx)
	if err != nil {
		return nil, err
	}
	v, err := clean(in)
	if err != nil {
		return nil, err
	}
	now := s.now()
	var out *Result
	err = database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		sig, err := read(ctx, tx.Client(), p.TenantID, env, v, now)
		if err != nil {
			return err
		}
		reasons, score := Reasons(sig)
		decision := DecisionFor(score)
		if m, ok := magicFor(v); ok && env == environment.Test {
			reasons, score, decision = append(reasons, m.reason()), m.Score, m.Decision
		}
		c, err := tx.FraudCheck.Create().SetTenantID(p.TenantID).SetEnvironment(env).
			SetKeyID(p.KeyID).SetApplicationID(p.ApplicationID).
			SetEmail(v.Email).SetEmailDomain(v.emailDomain).SetIP(v.IP).SetDeviceID(v.DeviceID).SetPartyID(v.Party).
			SetScore(score).SetDecision(fraudcheck.Decision(strings.ToUpper(string(decision)))).SetReasons(reasons).
			SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return database.Err(err, "save fraud check")
		}
		out = &Result{Check: c, Signals: sig}
		return metering.Record(ctx, tx, metering.Call{Operation: metering.FraudScore, SourceID: c.ID, At: now})
	})
	return out, err
}

// Signals validates in and reads its signals; it stores nothing.
func (s *Service) Signals(ctx context.Context, in Input) (*SignalsResult, error) {
	p, env, err := caller(ctx)
	if err != nil {
		return nil, err
	}
	v, err := clean(in)
	if err != nil {
		return nil, err
	}
	sig, err := read(ctx, s.client, p.TenantID, env, v, s.now())
	if err != nil {
		return nil, err
	}
	reasons, _ := Reasons(sig)
	// Signals stores nothing but its billable unit.
	if err := metering.RecordAlone(ctx, s.client, metering.Call{Operation: metering.FraudSignals, At: s.now()}); err != nil {
		return nil, err
	}
	return &SignalsResult{Environment: env, Signals: sig, Reasons: reasons}, nil
}

// clean validates in, naming the first bad field, and normalises it: the
// email trimmed and lower-cased, the IP in its canonical form.
func clean(in Input) (Input, error) {
	var v Input
	var err error
	if strings.TrimSpace(in.Email+in.IP+in.DeviceID+in.Party) == "" {
		return v, fault.InvalidField("email", "at least one of email, ip, device_id or party is required ({field} is missing)")
	}
	if strings.TrimSpace(in.Email) != "" {
		if v.Email, err = validate.Email("email", in.Email); err != nil {
			return v, err
		}
		v.Email = strings.ToLower(v.Email)
		v.emailDomain = v.Email[strings.LastIndex(v.Email, "@")+1:]
	}
	if ip := strings.TrimSpace(in.IP); ip != "" {
		a, err := netip.ParseAddr(ip)
		if err != nil || a.Zone() != "" {
			return v, fault.InvalidField("ip", "{field} must be an IPv4 or IPv6 address")
		}
		v.IP = a.Unmap().String()
	}
	if v.DeviceID, err = validate.Text("device_id", in.DeviceID, 400, false); err != nil {
		return v, err
	}
	if v.Party, err = validate.Text("party", in.Party, 400, false); err != nil {
		return v, err
	}
	return v, nil
}

// read gathers the signals of v from the tenant's history in env. Every
// query names the tenant and environment itself, on top of the privacy
// rules, so a signal can never count another partner's data.
func read(ctx context.Context, c *ent.Client, tenantID string, env environment.Environment, v Input, now time.Time) (Signals, error) {
	sig := Signals{DisposableEmail: v.emailDomain != "" && Disposable(v.emailDomain)}
	var err error
	if sig.Checks1h, sig.Checks24h, sig.VelocityOf, err = velocity(ctx, c, tenantID, env, v, now); err != nil {
		return sig, err
	}
	if v.Party != "" {
		if sig.EarlierDeclines, err = c.RiskCheck.Query().Where(riskcheck.TenantID(tenantID), riskcheck.EnvironmentEQ(env),
			riskcheck.DecisionEQ(riskcheck.DecisionDECLINE), partyRiskChecks(v.Party)).Count(ctx); err != nil {
			return sig, database.Err(err, "count the party's declines")
		}
		if sig.Disputes, err = disputes(ctx, c, tenantID, env, v.Party); err != nil {
			return sig, err
		}
	}
	if sig.ConfirmedFraud, err = confirmed(ctx, c, tenantID, env, v, fraudfeedback.OutcomeFRAUD); err != nil {
		return sig, err
	}
	sig.ConfirmedLegitimate, err = confirmed(ctx, c, tenantID, env, v, fraudfeedback.OutcomeLEGITIMATE)
	return sig, err
}

func partyRiskChecks(party string) predicate.RiskCheck {
	return riskcheck.Or(riskcheck.PartyID(party), riskcheck.CounterpartyID(party))
}

// Velocity windows.
const (
	Window1h  = time.Hour
	Window24h = 24 * time.Hour
)

// velocity counts the earlier fraud checks of each identifier of v in the
// last hour and day and returns the busiest identifier's counts.
func velocity(ctx context.Context, c *ent.Client, tenantID string, env environment.Environment, v Input, now time.Time) (int, int, string, error) {
	ids := []struct {
		name, value string
		where       func(string) predicate.FraudCheck
	}{
		{"email", v.Email, fraudcheck.Email}, {"ip", v.IP, fraudcheck.IP},
		{"device_id", v.DeviceID, fraudcheck.DeviceID}, {"party", v.Party, fraudcheck.PartyID},
	}
	best1, best24, of := 0, 0, ""
	for _, id := range ids {
		if id.value == "" {
			continue
		}
		base := []predicate.FraudCheck{fraudcheck.TenantID(tenantID), fraudcheck.EnvironmentEQ(env), id.where(id.value)}
		n24, err := c.FraudCheck.Query().Where(append(base, fraudcheck.CreatedAtGT(now.Add(-Window24h)))...).Count(ctx)
		if err != nil {
			return 0, 0, "", database.Err(err, "count recent fraud checks")
		}
		if n24 == 0 {
			continue
		}
		n1, err := c.FraudCheck.Query().Where(append(base, fraudcheck.CreatedAtGT(now.Add(-Window1h)))...).Count(ctx)
		if err != nil {
			return 0, 0, "", database.Err(err, "count recent fraud checks")
		}
		if n1 > best1 || (n1 == best1 && n24 > best24) {
			best1, best24, of = n1, n24, id.name
		}
	}
	return best1, best24, of, nil
}

// disputes counts the disputes against the party's transaction checks and
// against escrows it is the buyer or seller of.
func disputes(ctx context.Context, c *ent.Client, tenantID string, env environment.Environment, party string) (int, error) {
	checks, err := c.RiskCheck.Query().Where(riskcheck.TenantID(tenantID), riskcheck.EnvironmentEQ(env), partyRiskChecks(party)).IDs(ctx)
	if err != nil {
		return 0, database.Err(err, "list the party's checks")
	}
	escrows, err := c.Escrow.Query().Where(escrow.TenantID(tenantID), escrow.EnvironmentEQ(env),
		escrow.Or(escrow.BuyerID(party), escrow.SellerID(party))).IDs(ctx)
	if err != nil {
		return 0, database.Err(err, "list the party's escrows")
	}
	if len(checks)+len(escrows) == 0 {
		return 0, nil
	}
	n, err := c.Dispute.Query().Where(dispute.TenantID(tenantID), dispute.EnvironmentEQ(env),
		dispute.Or(dispute.CheckIDIn(checks...), dispute.EscrowIDIn(escrows...))).Count(ctx)
	return n, database.Err(err, "count the party's disputes")
}

// confirmed counts feedback with outcome on checks sharing an identifier with v.
func confirmed(ctx context.Context, c *ent.Client, tenantID string, env environment.Environment, v Input, outcome fraudfeedback.Outcome) (int, error) {
	var any []predicate.FraudFeedback
	if v.Email != "" {
		any = append(any, fraudfeedback.Email(v.Email))
	}
	if v.IP != "" {
		any = append(any, fraudfeedback.IP(v.IP))
	}
	if v.DeviceID != "" {
		any = append(any, fraudfeedback.DeviceID(v.DeviceID))
	}
	if v.Party != "" {
		any = append(any, fraudfeedback.PartyID(v.Party))
	}
	n, err := c.FraudFeedback.Query().Where(fraudfeedback.TenantID(tenantID), fraudfeedback.EnvironmentEQ(env),
		fraudfeedback.OutcomeEQ(outcome), fraudfeedback.Or(any...)).Count(ctx)
	return n, database.Err(err, "count confirmed feedback")
}

// caller and writer are the module principal checks of package viewer.
var (
	caller = viewer.RequireModuleCaller
	writer = viewer.RequireModuleWriter
)
