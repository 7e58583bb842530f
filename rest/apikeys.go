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

func toKeyJSON(k *ent.APIKey, secret string, now time.Time) keyJSON {
	return keyJSON{
		ID: k.ID, Object: "api_key", Name: k.Name, Key: secret,
		Kind: strings.ToLower(string(k.Kind)), Environment: k.Environment.Lower(),
		Prefix: k.Prefix, Last4: k.Last4, Status: strings.ToLower(string(apikey.StateOf(k, now))),
		Scopes: nonNil(k.Scopes), ApplicationID: k.ApplicationID,
		IPAllowlist: nonNil(k.IPAllowlist), AllowedOrigins: nonNil(k.AllowedOrigins),
		CurrencyType: strings.ToLower(string(k.CurrencyType)), RateLimitPerMinute: k.RateLimitPerMinute,
		ExpiresAt: k.ExpiresAt, RotationDueAt: k.RotationDueAt, LastUsedAt: k.LastUsedAt, LastUsedIP: k.LastUsedIP,
		RevokedAt: k.RevokedAt, GraceUntil: k.GraceUntil, RotatedFrom: k.RotatedFrom, RotatedTo: k.RotatedTo,
		CreatedAt: k.CreatedAt,
	}
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

func (h *handler) createKey(w http.ResponseWriter, r *http.Request) {
	var b createKeyBody
	if err := decode(r, &b); err != nil {
		h.fail(w, r, err)
		return
	}
	env, err := parseEnvironment(b.Environment)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	expires, _, err := parseTime("expires_at", b.ExpiresAt)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	created, err := h.Keys.Create(r.Context(), apikey.CreateInput{
		Name: b.Name, Environment: env, Kind: entkey.Kind(strings.ToUpper(b.Kind)), Scopes: b.Scopes,
		ApplicationID: b.ApplicationID, ExpiresAt: expires, IPAllowlist: b.IPAllowlist,
		AllowedOrigins: b.AllowedOrigins, CurrencyType: entkey.CurrencyType(strings.ToUpper(b.CurrencyType)),
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusCreated, toKeyJSON(created.APIKey, created.Secret, time.Now()))
}

func (h *handler) listKeys(w http.ResponseWriter, r *http.Request) {
	var env environment.Environment
	if v := r.URL.Query().Get("environment"); v != "" {
		var err error
		if env, err = parseEnvironment(v); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	keys, err := h.Keys.List(r.Context(), env)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	now := time.Now()
	out := make([]keyJSON, len(keys))
	for i, k := range keys {
		out[i] = toKeyJSON(k, "", now)
	}
	WriteJSON(w, http.StatusOK, map[string]any{"data": out})
}

func (h *handler) getKey(w http.ResponseWriter, r *http.Request) {
	k, err := h.Keys.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, toKeyJSON(k, "", time.Now()))
}

// updateKeyBody distinguishes an absent expires_at (unchanged) from null
// (never expires) with a raw message.
type updateKeyBody struct {
	Name           *string         `json:"name"`
	Scopes         []string        `json:"scopes"`
	IPAllowlist    []string        `json:"ip_allowlist"`
	AllowedOrigins []string        `json:"allowed_origins"`
	ExpiresAt      json.RawMessage `json:"expires_at"`
}

func (h *handler) updateKey(w http.ResponseWriter, r *http.Request) {
	var b updateKeyBody
	if err := decode(r, &b); err != nil {
		h.fail(w, r, err)
		return
	}
	in := apikey.UpdateInput{Name: b.Name, Scopes: b.Scopes, IPAllowlist: b.IPAllowlist, AllowedOrigins: b.AllowedOrigins}
	expires, isNull, err := parseTime("expires_at", b.ExpiresAt)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	in.ExpiresAt, in.ClearExpiry = expires, isNull
	k, err := h.Keys.Update(r.Context(), r.PathValue("id"), in)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, toKeyJSON(k, "", time.Now()))
}

func (h *handler) deleteKey(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := h.Keys.Delete(r.Context(), id); err != nil {
		h.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, map[string]any{"id": id, "object": "api_key", "deleted": true})
}

type rotateBody struct {
	GracePeriod string `json:"grace_period"`
}

func (h *handler) rotateKey(w http.ResponseWriter, r *http.Request) {
	var b rotateBody
	if r.ContentLength != 0 {
		if err := decode(r, &b); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	grace, err := parseGrace(b.GracePeriod)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	created, err := h.Keys.Rotate(r.Context(), r.PathValue("id"), grace)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusCreated, toKeyJSON(created.APIKey, created.Secret, time.Now()))
}

type revokeBody struct {
	Reason string `json:"reason"`
}

func (h *handler) revokeKey(w http.ResponseWriter, r *http.Request) {
	var b revokeBody
	if r.ContentLength != 0 {
		if err := decode(r, &b); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	k, err := h.Keys.Revoke(r.Context(), r.PathValue("id"), b.Reason)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, toKeyJSON(k, "", time.Now()))
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

func (h *handler) keyLogs(w http.ResponseWriter, r *http.Request) {
	limit := 100
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 200 {
			h.fail(w, r, fault.InvalidField("limit", "limit must be a whole number from 1 to 200"))
			return
		}
		limit = n
	}
	logs, err := h.Keys.Logs(r.Context(), r.PathValue("id"), limit)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, map[string]any{"data": toLogJSON(logs)})
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
		return nil, false, fault.InvalidField(field, "%s must be an RFC 3339 time such as 2027-01-31T00:00:00Z, or null", field)
	}
	return &v, false, nil
}

// parseEnvironment reads "test" or "live" (any case).
func parseEnvironment(v string) (environment.Environment, error) {
	env := environment.Environment(strings.ToUpper(strings.TrimSpace(v)))
	if !env.Valid() {
		return "", fault.InvalidField("environment", "environment must be \"test\" or \"live\"")
	}
	return env, nil
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
	return 0, fault.InvalidField("grace_period", "grace_period must be a duration like \"48h\" or \"7d\"")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
