// Package figures assembles the domain figures of seed 000 §3 ("fraud
// detection success rate, disputes resolved") for the usage page: each
// module package counts its own records (risk, fraud, dispute, kyc,
// escrow Figures), this package only asks each of them for one tenant,
// environment and period.
package figures

import (
	"context"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/dispute"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/escrow"
	"github.com/keybs/platform/internal/fraud"
	"github.com/keybs/platform/internal/kyc"
	"github.com/keybs/platform/internal/metering"
	"github.com/keybs/platform/internal/risk"
	"github.com/keybs/platform/internal/viewer"
)

// Figures are one tenant's domain figures in one environment since a time.
type Figures struct {
	From              time.Time
	Environment       environment.Environment
	TransactionChecks risk.TransactionFigures
	Fraud             fraud.FraudFigures
	Disputes          dispute.DisputeFigures
	KYC               kyc.KYCFigures
	EscrowVolume      []escrow.Volume
}

// Service reads the figures.
type Service struct {
	client *ent.Client
	now    func() time.Time
}

// NewService wires a Service.
func NewService(client *ent.Client, now func() time.Time) *Service {
	return &Service{client: client, now: now}
}

// Figures returns the viewer's tenant's figures for what was created at or
// after from (default: the start of this month, UTC) in env (default TEST,
// as the other usage queries).
func (s *Service) Figures(ctx context.Context, from *time.Time, env *environment.Environment) (*Figures, error) {
	p, err := viewer.RequireMember(ctx)
	if err != nil {
		return nil, err
	}
	f := &Figures{From: metering.MonthStart(s.now()), Environment: environment.Test}
	if from != nil {
		f.From = *from
	}
	if env != nil {
		f.Environment = *env
	}
	t, e, since := p.TenantID, f.Environment, f.From
	if f.TransactionChecks, err = risk.Figures(ctx, s.client, t, e, since); err != nil {
		return nil, err
	}
	if f.Fraud, err = fraud.Figures(ctx, s.client, t, e, since); err != nil {
		return nil, err
	}
	if f.Disputes, err = dispute.Figures(ctx, s.client, t, e, since); err != nil {
		return nil, err
	}
	if f.KYC, err = kyc.Figures(ctx, s.client, t, e, since); err != nil {
		return nil, err
	}
	if f.EscrowVolume, err = escrow.Figures(ctx, s.client, t, e, since); err != nil {
		return nil, err
	}
	return f, nil
}
