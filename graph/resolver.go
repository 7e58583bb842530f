// Package graph is the GraphQL transport: thin resolvers that translate
// arguments, call one domain function and translate the result back.
package graph

import (
	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/application"
	"github.com/keybs/platform/internal/auth"
	"github.com/keybs/platform/internal/dispute"
	"github.com/keybs/platform/internal/escrow"
	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/notify"
	"github.com/keybs/platform/internal/sharetoken"
	"github.com/keybs/platform/internal/team"
	"github.com/keybs/platform/internal/tenancy"
	"github.com/keybs/platform/internal/usage"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/webhook"
)

// Resolver holds the domain services the resolvers call.
type Resolver struct {
	Client *ent.Client
	Auth   *auth.Service
	// Chain resolves a websocket's connection_init credentials, as the
	// server's middleware does for HTTP.
	Chain   *auth.Chain
	Tenancy *tenancy.Service
	Apps    *application.Service
	Keys    *apikey.Service
	// Webhooks manages endpoints and deliveries; Bus feeds subscriptions.
	Webhooks *webhook.Service
	EventLog *events.Reader
	// Usage answers analytics; Quotas knows each tenant's plan and use.
	Usage         *usage.Service
	Quotas        *usage.Quotas
	Verifications *verification.Service
	Notifier      *notify.Notifier
	// Shares issues and revokes share tokens.
	Shares *sharetoken.Service
	// Team manages members and invitations.
	Team *team.Service
	// Disputes lets ops staff list and decide the disputes module's
	// disputes.
	Disputes *dispute.Service
	// Escrows lists the organization's escrows for the portal.
	Escrows *escrow.Service
}
