package rest

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/keybs/platform/internal/audit"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/usage"
)

type latencyJSON struct {
	P50 float64 `json:"p50"`
	P95 float64 `json:"p95"`
	P99 float64 `json:"p99"`
}

type usagePointJSON struct {
	Time      *time.Time   `json:"time,omitempty"`
	Requests  *int64       `json:"requests,omitempty"`
	Errors    *int64       `json:"errors,omitempty"`
	ErrorRate *float64     `json:"error_rate,omitempty"`
	LatencyMS *latencyJSON `json:"latency_ms,omitempty"`
}

// keyUsage answers seed 003's getUsage: a key's requests, errors and latency
// percentiles over [start, end), from the rollups.
func (h *handler) keyUsage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	key, err := h.Keys.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	start, err := parseDay("start", q.Get("start"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	end, err := parseDay("end", q.Get("end"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	gran := usage.Day
	switch strings.ToUpper(q.Get("granularity")) {
	case "", "DAY":
	case "HOUR":
		gran = usage.Hour
	case "MINUTE":
		gran = usage.Minute
	default:
		h.fail(w, r, fault.InvalidField("granularity", "granularity must be minute, hour or day"))
		return
	}
	metrics := map[string]bool{"requests": true, "errors": true, "latency": true}
	if v := q.Get("metrics"); v != "" {
		metrics = map[string]bool{}
		for _, m := range strings.Split(v, ",") {
			m = strings.TrimSpace(m)
			if m != "requests" && m != "errors" && m != "latency" {
				h.fail(w, r, fault.InvalidField("metrics", "metrics must be a comma-separated list of requests, errors, latency"))
				return
			}
			metrics[m] = true
		}
	}
	if end != nil && q.Get("end") != "" && len(q.Get("end")) == len("2006-01-02") {
		e := end.Add(24 * time.Hour) // a date as end means the whole day
		end = &e
	}
	rep, err := h.Analytics.Usage(r.Context(), usage.Filter{From: start, To: end, Granularity: &gran, KeyID: &key.ID})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	shape := func(p *usage.Point, withTime bool) usagePointJSON {
		out := usagePointJSON{}
		if withTime {
			t := p.Time
			out.Time = &t
		}
		if metrics["requests"] {
			out.Requests = &p.Requests
		}
		if metrics["errors"] {
			out.Errors, out.ErrorRate = &p.Errors, &p.ErrorRate
		}
		if metrics["latency"] {
			out.LatencyMS = &latencyJSON{P50: p.P50, P95: p.P95, P99: p.P99}
		}
		return out
	}
	series := make([]usagePointJSON, len(rep.Series))
	for i, p := range rep.Series {
		series[i] = shape(p, true)
	}
	names := []string{}
	for _, m := range []string{"requests", "errors", "latency"} {
		if metrics[m] {
			names = append(names, m)
		}
	}
	WriteJSON(w, http.StatusOK, map[string]any{
		"key_id": key.ID, "start": rep.From, "end": rep.To, "granularity": strings.ToLower(string(rep.Granularity)),
		"metrics": names, "totals": shape(rep.Totals, false), "series": series,
	})
}

// parseDay reads an optional RFC 3339 time or a YYYY-MM-DD date (UTC).
func parseDay(field, v string) (*time.Time, error) {
	if v == "" {
		return nil, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return &t, nil
		}
	}
	return nil, fault.InvalidField(field, "%s must be a date (2006-01-02) or an RFC 3339 time", field)
}

// exportAudit downloads the tenant's audit log as CSV or JSON, filtered by
// action, actor, target and time.
func (h *handler) exportAudit(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := audit.Filter{Action: q.Get("action"), ActorID: q.Get("actor_id"), TargetID: q.Get("target_id")}
	var err error
	if f.From, err = parseDay("from", q.Get("from")); err != nil {
		h.fail(w, r, err)
		return
	}
	if f.To, err = parseDay("to", q.Get("to")); err != nil {
		h.fail(w, r, err)
		return
	}
	if v := q.Get("limit"); v != "" {
		if f.Limit, err = strconv.Atoi(v); err != nil || f.Limit < 1 || f.Limit > audit.MaxExport {
			h.fail(w, r, fault.InvalidField("limit", "limit must be a whole number from 1 to %d", audit.MaxExport))
			return
		}
	}
	format := q.Get("format")
	if format == "" {
		format = "json"
	}
	if format != "json" && format != "csv" {
		h.fail(w, r, fault.InvalidField("format", "format must be csv or json"))
		return
	}
	logs, err := h.Audit.List(r.Context(), f)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	name := "keybs-audit-log-" + time.Now().UTC().Format("20060102-150405")
	if format == "json" {
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.json"`)
		WriteJSON(w, http.StatusOK, map[string]any{"data": toLogJSON(logs)})
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"id", "created_at", "action", "actor_type", "actor_id", "target_type", "target_id", "ip", "user_agent", "metadata"})
	for _, l := range logs {
		meta, _ := json.Marshal(l.Metadata)
		_ = cw.Write([]string{l.ID, l.CreatedAt.UTC().Format(time.RFC3339Nano), l.Action, strings.ToLower(string(l.ActorType)),
			l.ActorID, l.TargetType, l.TargetID, l.IP, csvSafe(l.UserAgent), string(meta)})
	}
	cw.Flush()
}

// csvSafe defuses a value a spreadsheet would run as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
