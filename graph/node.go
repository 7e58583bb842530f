package graph

import (
	"context"

	"github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/caseevent"
	"github.com/keybs/platform/ent/document"
	"github.com/keybs/platform/ent/event"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/notification"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/requestlog"
	"github.com/keybs/platform/ent/rfiitem"
	"github.com/keybs/platform/ent/shareattempt"
	"github.com/keybs/platform/ent/sharetoken"
	"github.com/keybs/platform/ent/tenant"
	"github.com/keybs/platform/ent/user"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/ent/webhookdelivery"
	"github.com/keybs/platform/ent/webhookendpoint"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/pulid"
)

// nodeTables maps the ent types exposed as GraphQL nodes to their tables.
var nodeTables = map[string]string{
	"APIKey":           apikey.Table,
	"Application":      application.Table,
	"AuditLog":         auditlog.Table,
	"Membership":       membership.Table,
	"Tenant":           tenant.Table,
	"User":             user.Table,
	"VerificationCase": verificationcase.Table,
	"Document":         document.Table,
	"Report":           report.Table,
	"Event":            event.Table,
	"WebhookEndpoint":  webhookendpoint.Table,
	"WebhookDelivery":  webhookdelivery.Table,
	"Notification":     notification.Table,
	"RequestLog":       requestlog.Table,
	"CaseEvent":        caseevent.Table,
	"RFIItem":          rfiitem.Table,
	"ShareToken":       sharetoken.Table,
	"ShareAttempt":     shareattempt.Table,
}

// nodeType resolves a node ID to its table by the ID's prefix. An ID of an
// unknown or unexposed type is simply not found, like a missing row.
func nodeType(_ context.Context, id string) (string, error) {
	if typ, ok := pulid.TypeOf(id); ok {
		if table, ok := nodeTables[typ]; ok {
			return table, nil
		}
	}
	return "", fault.New(fault.NotFound, "not found")
}

// deref is *v, or the zero value for an argument left out.
func deref[T any](v *T) T {
	if v == nil {
		var zero T
		return zero
	}
	return *v
}

// pointers returns pointers to the elements of a catalog slice, the shape
// gqlgen's list resolvers return.
func pointers[T any](s []T) []*T {
	out := make([]*T, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}
