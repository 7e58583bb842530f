package audit

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/ent/application"
	"github.com/keybs/platform/ent/auditlog"
	"github.com/keybs/platform/ent/membership"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/user"
	"github.com/keybs/platform/ent/webhookendpoint"
)

// Actor is who an entry says acted, in words the tenant may see.
type Actor struct {
	Kind      string // the entry's actor type
	Name      string
	Email     string // only for a member of the entry's tenant
	KeyPrefix string // "prefix…last4" for an API key
}

// Change is one field an entry changed; From and To are empty when the entry
// stored only the field's name.
type Change struct {
	Field    string
	From, To *string
}

// Detail is what the log shows for one entry besides its own columns.
type Detail struct {
	Actor      Actor
	TargetName string
	Changes    []Change
}

// Details resolves actors and targets of logs with one query per entity type.
// Every lookup is confined to the entry's tenant: a staff member or a user of
// another tenant is never named by email.
func Details(ctx context.Context, client *ent.Client, logs []*ent.AuditLog) (map[string]Detail, error) {
	// The lookups are confined by tenant below, so the per-entity policies
	// (which would refuse a viewer some of them, e.g. users) are not consulted.
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	ids := map[string]map[string]bool{} // entity kind -> ids
	add := func(kind, id string) {
		if id == "" {
			return
		}
		if ids[kind] == nil {
			ids[kind] = map[string]bool{}
		}
		ids[kind][id] = true
	}
	tenants := map[string]bool{}
	for _, l := range logs {
		tenants[l.TenantID] = true
		switch l.ActorType {
		case auditlog.ActorTypeUSER:
			add("User", l.ActorID)
		case auditlog.ActorTypeAPI_KEY:
			add("APIKey", l.ActorID)
		}
		add(l.TargetType, l.TargetID)
	}
	if len(tenants) != 1 {
		// A page holds one tenant's entries; resolve several one tenant at a time.
		out := map[string]Detail{}
		by := map[string][]*ent.AuditLog{}
		for _, l := range logs {
			by[l.TenantID] = append(by[l.TenantID], l)
		}
		for _, group := range by {
			m, err := Details(ctx, client, group)
			if err != nil {
				return nil, err
			}
			for k, v := range m {
				out[k] = v
			}
		}
		return out, nil
	}
	tenant := logs[0].TenantID
	names := map[string]map[string]string{}
	set := func(kind, id, name string) {
		if names[kind] == nil {
			names[kind] = map[string]string{}
		}
		names[kind][id] = name
	}
	users := map[string]*ent.User{}
	keys := map[string]*ent.APIKey{}
	if tenant != "" {
		if s := keysOf(ids["User"]); len(s) > 0 {
			us, err := client.User.Query().Where(user.IDIn(s...),
				user.HasMembershipsWith(membership.TenantID(tenant))).All(ctx)
			if err != nil {
				return nil, fmt.Errorf("audit actors: %w", err)
			}
			for _, u := range us {
				users[u.ID] = u
				set("User", u.ID, u.Name)
			}
		}
		if s := keysOf(ids["APIKey"]); len(s) > 0 {
			ks, err := client.APIKey.Query().Where(apikey.IDIn(s...), apikey.TenantID(tenant)).All(ctx)
			if err != nil {
				return nil, fmt.Errorf("audit keys: %w", err)
			}
			for _, k := range ks {
				keys[k.ID] = k
				set("APIKey", k.ID, k.Name+" ("+k.Prefix+"…"+k.Last4+")")
			}
		}
		if s := keysOf(ids["Application"]); len(s) > 0 {
			as, err := client.Application.Query().Where(application.IDIn(s...), application.TenantID(tenant)).All(ctx)
			if err != nil {
				return nil, fmt.Errorf("audit applications: %w", err)
			}
			for _, a := range as {
				set("Application", a.ID, a.Name)
			}
		}
		if s := keysOf(ids["WebhookEndpoint"]); len(s) > 0 {
			es, err := client.WebhookEndpoint.Query().Where(webhookendpoint.IDIn(s...), webhookendpoint.TenantID(tenant)).All(ctx)
			if err != nil {
				return nil, fmt.Errorf("audit endpoints: %w", err)
			}
			for _, e := range es {
				set("WebhookEndpoint", e.ID, e.URL)
			}
		}
		if s := keysOf(ids["Membership"]); len(s) > 0 {
			ms, err := client.Membership.Query().Where(membership.IDIn(s...), membership.TenantID(tenant)).WithUser().All(ctx)
			if err != nil {
				return nil, fmt.Errorf("audit members: %w", err)
			}
			for _, m := range ms {
				if m.Edges.User != nil {
					set("Membership", m.ID, m.Edges.User.Name)
				}
			}
		}
	}
	out := make(map[string]Detail, len(logs))
	for _, l := range logs {
		d := Detail{Actor: actorOf(l, users, keys), TargetName: l.TargetID, Changes: ChangesOf(l.Action, l.Metadata)}
		if n, ok := names[l.TargetType][l.TargetID]; ok && n != "" {
			d.TargetName = n
		}
		out[l.ID] = d
	}
	return out, nil
}

func actorOf(l *ent.AuditLog, users map[string]*ent.User, keys map[string]*ent.APIKey) Actor {
	a := Actor{Kind: string(l.ActorType)}
	switch l.ActorType {
	case auditlog.ActorTypeUSER:
		if u, ok := users[l.ActorID]; ok {
			a.Name, a.Email = u.Name, u.Email
		} else {
			a.Name = "Former member"
		}
	case auditlog.ActorTypeAPI_KEY:
		if k, ok := keys[l.ActorID]; ok {
			a.Name, a.KeyPrefix = k.Name, k.Prefix+"…"+k.Last4
		} else {
			a.Name = "API key"
		}
	case auditlog.ActorTypeSTAFF:
		a.Name = "KeyBS staff"
	case auditlog.ActorTypeSYSTEM:
		a.Name = "System"
	case auditlog.ActorTypeSIMULATOR:
		a.Name = "Sandbox simulator"
	case auditlog.ActorTypeSDK_TOKEN:
		a.Name = "SDK access token"
	case auditlog.ActorTypeSHARE_TOKEN:
		a.Name = "Share token"
	default:
		a.Name = "Anonymous"
	}
	return a
}

// secretish names metadata keys whose values are never shown.
func secretish(k string) bool {
	k = strings.ToLower(k)
	for _, s := range []string{"secret", "password", "token", "hash", "otp", "code"} {
		if strings.Contains(k, s) {
			return true
		}
	}
	return false
}

// ChangesOf reads the changed fields from an entry's metadata: a "changes"
// map of field to {from,to}, a "changed" list of field names, or a top-level
// from/to pair; for an *.updated action storing only new values, the keys.
// Values of fields that look secret are never returned.
func ChangesOf(action string, meta map[string]any) []Change {
	out := []Change{}
	if len(meta) == 0 {
		return out
	}
	str := func(field string, v any) *string {
		if v == nil || secretish(field) {
			return nil
		}
		s := fmt.Sprint(v)
		return &s
	}
	if m, ok := meta["changes"].(map[string]any); ok {
		for _, f := range keysOfAny(m) {
			c := Change{Field: f}
			if ft, ok := m[f].(map[string]any); ok {
				c.From, c.To = str(f, ft["from"]), str(f, ft["to"])
			}
			out = append(out, c)
		}
		return out
	}
	if l, ok := meta["changed"].([]any); ok {
		for _, f := range l {
			out = append(out, Change{Field: fmt.Sprint(f)})
		}
		return out
	}
	if l, ok := meta["changed"].([]string); ok {
		for _, f := range l {
			out = append(out, Change{Field: f})
		}
		return out
	}
	if _, ok := meta["from"]; ok {
		if _, ok := meta["to"]; ok {
			f := action[strings.LastIndex(action, ".")+1:]
			return append(out, Change{Field: f, From: str(f, meta["from"]), To: str(f, meta["to"])})
		}
	}
	if strings.HasSuffix(action, ".updated") {
		for _, f := range keysOfAny(meta) {
			out = append(out, Change{Field: f})
		}
	}
	return out
}

func keysOf(m map[string]bool) []string {
	s := make([]string, 0, len(m))
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

func keysOfAny(m map[string]any) []string {
	s := make([]string, 0, len(m))
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}
