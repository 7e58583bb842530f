package verification

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/database"
	"github.com/keybs/platform/internal/fault"
)

// Run does the lifecycle's timed work every interval until ctx ends: the
// sandbox simulator's steps and the reports' expiry. Every replica runs it;
// each step is a conditional write, so a step is taken once whichever
// replica gets there first.
func (s *Service) Run(ctx context.Context, interval time.Duration, log *slog.Logger) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.Tick(ctx); err != nil && ctx.Err() == nil {
				log.Warn("verification lifecycle tick failed", "error", err)
			}
		}
	}
}

// Tick does the lifecycle's timed work once.
func (s *Service) Tick(ctx context.Context) error {
	return errors.Join(s.simulate(ctx), s.expireReports(ctx))
}

// expireReports sends report.expiring once a published report is within 30
// days of valid_until and report.expired once it is past it (after
// report.expiring, if that was never sent). Disputed reports wait for their
// dispute to be cleared.
func (s *Service) expireReports(ctx context.Context) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	now := s.now()
	due, err := s.client.Report.Query().
		Where(report.LifecycleStatusEQ(report.LifecycleStatusPUBLISHED), report.Disputed(false),
			report.Or(
				report.And(report.ExpiringNotifiedAtIsNil(), report.ValidUntilLTE(now.Add(expiringWindow))),
				report.ValidUntilLTE(now),
			)).
		Limit(500).All(ctx)
	if err != nil {
		return database.Err(err, "find expiring reports")
	}
	var errs []error
	for _, r := range due {
		goal := StateExpiring
		if !now.Before(*r.ValidUntil) {
			goal = StateExpired
		}
		if err := s.expire(ctx, r.CaseID, goal); err != nil && !fault.Is(err, fault.Conflict) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// expire takes a report to goal (expiring or expired) as its time has come.
func (s *Service) expire(ctx context.Context, caseID string, goal State) error {
	return database.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		c, err := tx.VerificationCase.Query().Where(verificationcase.ID(caseID)).WithReport().Only(ctx)
		if err != nil {
			return database.Err(err, "load case")
		}
		plan, err := Plan(StateOf(c, c.Edges.Report), goal)
		if err != nil {
			return err
		}
		for _, action := range plan {
			if c, err = s.take(ctx, tx, c, action, systemActor, stepInput{}); err != nil {
				return err
			}
		}
		return nil
	})
}

// PublicReport returns the report of verificationID as the public may see
// it, with its case: one that has been published (it stays visible once
// revoked or expired, marked so). An unknown id, a case without a report and
// a report not yet published are all the same not_found.
func (s *Service) PublicReport(ctx context.Context, verificationID string) (*ent.Report, error) {
	r, err := s.client.Report.Query().
		Where(report.HasCaseWith(verificationcase.VerificationID(verificationID)),
			report.PublishedAtNotNil(), report.SignatureNotNil()).
		WithCase().Only(privacy.DecisionContext(ctx, privacy.Allow))
	return r, database.Err(err, "load public report")
}
