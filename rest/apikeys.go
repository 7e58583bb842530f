package rest

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	entkey "github.com/keybs/platform/ent/apikey"
	"github.com/keybs/platform/internal/apikey"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/fault"
)

// keyJSON is an API key as REST shows it; the secret appears only in the
// create and rotate responses (Key).
type keyJSON struct {
	ID                 string     `json:"id"`
	Object             string     `json:"object"`
	Name               string     `json:"name"`
	Key                string     `json:"key,omitempty"`
	Kind               string     `json:"kind"`
	Environment        string     `json:"environment"`
	Prefix             string     `json:"prefix"`
	Last4              string     `json:"last4"`
	Status             string     `json:"status"`
	Scopes             []string   `json:"scopes"`
	ApplicationID      string     `json:"application_id"`
	IPAllowlist        []string   `json:"ip_allowlist"`
	AllowedOrigins     []string   `json:"allowed_origins"`
	CurrencyType       string     `json:"currency_type"`
	RateLimitPerMinute int        `json:"rate_limit_per_minute"`
	RateLimit          *limitJSON `json:"rate_limit,omitempty"`
	ExpiresAt          *time.Time `json:"expires_at"`
	RotationDueAt      time.Time  `json:"rotation_due_at"`
	LastUsedAt         *time.Time `json:"last_used_at"`
	LastUsedIP         *string    `json:"last_used_ip"`
	RevokedAt          *time.Time `json:"revoked_at"`
	GraceUntil         *time.Time `json:"grace_until"`
	RotatedFrom        *string    `json:"rotated_from"`
	RotatedTo          *string    `json:"rotated_to"`
	CreatedAt          time.Time  `json:"created_at"`
}

func (h *handler) toKeyJSON(k *ent.APIKey, secret string) keyJSON {
	return keyJSON{
		ID: k.ID, Object: "api_key", Name: k.Name, Key: secret,
		Kind: strings.ToLower(string(k.Kind)), Environment: k.Environment.Lower(),
		Prefix: k.Prefix, Last4: k.Last4, Status: strings.ToLower(string(h.Keys.State(k))),
		Scopes: nonNil(k.Scopes), ApplicationID: k.ApplicationID,
		IPAllowlist: nonNil(k.IPAllowlist), AllowedOrigins: nonNil(k.AllowedOrigins),
		CurrencyType: strings.ToLower(string(k.CurrencyType)), RateLimitPerMinute: k.RateLimitPerMinute,
		ExpiresAt: k.ExpiresAt, RotationDueAt: k.RotationDueAt, LastUsedAt: k.LastUsedAt, LastUsedIP: k.LastUsedIP,
		RevokedAt: k.RevokedAt, GraceUntil: k.GraceUntil, RotatedFrom: k.RotatedFrom, RotatedTo: k.RotatedTo,
		CreatedAt: k.CreatedAt,
	}
}

// limitJSON is a key's effective per-minute limit and the rule that gave it
// (apikey.EffectiveLimit).
type limitJSON struct {
	PerMinute int    `json:"per_minute"`
	Source    string `json:"source"`
	Plan      string `json:"plan"`
}

// keysJSON shows keys with their effective limits.
func (h *handler) keysJSON(c call, keys []*ent.APIKey, secret string) ([]keyJSON, error) {
	limits, err := h.Keys.RateLimits(c.ctx(), keys)
	if err != nil {
		return nil, err
	}
	out := make([]keyJSON, len(keys))
	for i, k := range keys {
		out[i] = h.toKeyJSON(k, secret)
		l := limits[i]
		out[i].RateLimit = &limitJSON{PerMinute: l.PerMinute, Source: strings.ToLower(string(l.Source))}
		if l.Plan != nil {
			out[i].RateLimit.Plan = strings.ToLower(l.Plan.ID)
		}
	}
	return out, nil
}

// keyOut answers with one key and its effective limit.
func (h *handler) keyOut(c call, status int, k *ent.APIKey, secret string) error {
	out, err := h.keysJSON(c, []*ent.APIKey{k}, secret)
	if err != nil {
		return err
	}
	return c.json(status, out[0])
}

type createKeyBody struct {
	Name           string          `json:"name"`
	Environment    string          `json:"environment"`
	Kind           string          `json:"kind"`
	Scopes         []string        `json:"scopes"`
	ApplicationID  string          `json:"application_id"`
	ExpiresAt      json.RawMessage `json:"expires_at"`
	IPAllowlist    []string        `json:"ip_allowlist"`
	AllowedOrigins []string        `json:"allowed_origins"`
	CurrencyType   string          `json:"currency_type"`
}

// input translates the body into the domain's terms.
func (b createKeyBody) input() (apikey.CreateInput, error) {
	env, err := environment.Parse(b.Environment)
	if err != nil {
		return apikey.CreateInput{}, err
	}
	expires, _, err := parseTime("expires_at", b.ExpiresAt)
	return apikey.CreateInput{
		Name: b.Name, Environment: env, Kind: entkey.Kind(strings.ToUpper(b.Kind)), Scopes: b.Scopes,
		ApplicationID: b.ApplicationID, ExpiresAt: expires, IPAllowlist: b.IPAllowlist,
		AllowedOrigins: b.AllowedOrigins, CurrencyType: entkey.CurrencyType(strings.ToUpper(b.CurrencyType)),
	}, err
}

func (h *handler) createKey(c call) error {
	var b createKeyBody
	if err := c.decode(&b); err != nil {
		return err
	}
	in, err := b.input()
	if err != nil {
		return err
	}
	created, err := h.Keys.Create(c.ctx(), in)
	if err != nil {
		return err
	}
	return h.keyOut(c, http.StatusCreated, created.APIKey, created.Secret)
}

func (h *handler) listKeys(c call) error {
	env, err := environment.ParseOptional(c.query("environment"))
	if err != nil {
		return err
	}
	keys, err := h.Keys.List(c.ctx(), env)
	if err != nil {
		return err
	}
	out, err := h.keysJSON(c, keys, "")
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, map[string]any{"data": out})
}

func (h *handler) getKey(c call) error {
	k, err := h.Keys.Get(c.ctx(), c.path("id"))
	if err != nil {
		return err
	}
	return h.keyOut(c, http.StatusOK, k, "")
}

// updateKeyBody distinguishes an absent expires_at (unchanged) from null
// (never expires) with a raw message.
type updateKeyBody struct {
	Name           *string         `json:"name"`
	Scopes         []string        `json:"scopes"`
	IPAllowlist    []string        `json:"ip_allowlist"`
	AllowedOrigins []string        `json:"allowed_origins"`
	ExpiresAt      json.RawMessage `json:"expires_at"`
	CurrencyType   *string         `json:"currency_type"`
}

func (b updateKeyBody) input() (apikey.UpdateInput, error) {
	in := apikey.UpdateInput{Name: b.Name, Scopes: b.Scopes, IPAllowlist: b.IPAllowlist, AllowedOrigins: b.AllowedOrigins}
	if b.CurrencyType != nil {
		ct := entkey.CurrencyType(strings.ToUpper(strings.TrimSpace(*b.CurrencyType)))
		in.CurrencyType = &ct
	}
	var err error
	in.ExpiresAt, in.ClearExpiry, err = parseTime("expires_at", b.ExpiresAt)
	return in, err
}

func (h *handler) updateKey(c call) error {
	var b updateKeyBody
	if err := c.decode(&b); err != nil {
		return err
	}
	in, err := b.input()
	if err != nil {
		return err
	}
	k, err := h.Keys.Update(c.ctx(), c.path("id"), in)
	if err != nil {
		return err
	}
	return h.keyOut(c, http.StatusOK, k, "")
}

func (h *handler) deleteKey(c call) error {
	id := c.path("id")
	if err := h.Keys.Delete(c.ctx(), id); err != nil {
		return err
	}
	return c.json(http.StatusOK, map[string]any{"id": id, "object": "api_key", "deleted": true})
}

type rotateBody struct {
	GracePeriod  string   `json:"grace_period"`
	NotifyEmails []string `json:"notify_emails"`
}

func (h *handler) rotateKey(c call) error {
	var b rotateBody
	if err := c.decodeOptional(&b); err != nil {
		return err
	}
	grace, err := parseGrace(b.GracePeriod)
	if err != nil {
		return err
	}
	created, err := h.Keys.Rotate(c.ctx(), c.path("id"), apikey.RotateInput{GracePeriod: grace, NotifyEmails: b.NotifyEmails})
	if err != nil {
		return err
	}
	return h.keyOut(c, http.StatusCreated, created.APIKey, created.Secret)
}

type revokeBody struct {
	Reason string `json:"reason"`
}

func (h *handler) revokeKey(c call) error {
	var b revokeBody
	if err := c.decodeOptional(&b); err != nil {
		return err
	}
	k, err := h.Keys.Revoke(c.ctx(), c.path("id"), b.Reason)
	if err != nil {
		return err
	}
	return h.keyOut(c, http.StatusOK, k, "")
}

type logJSON struct {
	ID        string         `json:"id"`
	Action    string         `json:"action"`
	ActorType string         `json:"actor_type"`
	ActorID   string         `json:"actor_id,omitempty"`
	IP        string         `json:"ip,omitempty"`
	UserAgent string         `json:"user_agent,omitempty"`
	Metadata  map[string]any `json:"metadata,omitempty"`
	CreatedAt time.Time      `json:"created_at"`
}

func (h *handler) keyLogs(c call) error {
	limit, err := parseLimit(c.query("limit"), 200)
	if err != nil {
		return err
	}
	logs, err := h.Keys.Logs(c.ctx(), c.path("id"), apikey.LogFilter{Limit: limit, Types: c.queryList("event_types")})
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, map[string]any{"data": toLogJSON(logs)})
}

// toLogJSON shows audit entries as REST does.
func toLogJSON(logs []*ent.AuditLog) []logJSON {
	out := make([]logJSON, len(logs))
	for i, l := range logs {
		out[i] = logJSON{ID: l.ID, Action: l.Action, ActorType: strings.ToLower(string(l.ActorType)), ActorID: l.ActorID,
			IP: l.IP, UserAgent: l.UserAgent, Metadata: l.Metadata, CreatedAt: l.CreatedAt}
	}
	return out
}

// parseTime reads an optional RFC 3339 time from a raw JSON value: absent
// gives nil, JSON null gives nil and isNull, anything else must be a time.
func parseTime(field string, raw json.RawMessage) (t *time.Time, isNull bool, err error) {
	switch {
	case len(raw) == 0:
		return nil, false, nil
	case string(raw) == "null":
		return nil, true, nil
	}
	var v time.Time
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, false, fault.InvalidField(field, "{field} must be an RFC 3339 time such as 2027-01-31T00:00:00Z, or null")
	}
	return &v, false, nil
}

// parseGrace reads a grace period such as "48h", "30m", "7d" or "0"; empty
// means none.
func parseGrace(v string) (time.Duration, error) {
	v = strings.TrimSpace(v)
	if v == "" || v == "0" {
		return 0, nil
	}
	if days, ok := strings.CutSuffix(v, "d"); ok {
		n, err := strconv.Atoi(days)
		if err == nil && n >= 0 {
			return time.Duration(n) * 24 * time.Hour, nil
		}
	} else if d, err := time.ParseDuration(v); err == nil {
		return d, nil
	}
	return 0, fault.InvalidField("grace_period", "{field} must be a duration like \"48h\" or \"7d\"")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
