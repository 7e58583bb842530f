package rest

import (
	"net/http"
	"strings"
	"time"

	"github.com/keybs/platform/internal/audit"
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
func (h *handler) keyUsage(c call) error {
	u, err := h.Analytics.KeyUsage(c.ctx(), c.path("id"), usage.KeyUsageParams{
		Start: c.query("start"), End: c.query("end"), Granularity: c.query("granularity"), Metrics: c.query("metrics"),
	})
	if err != nil {
		return err
	}
	series := make([]usagePointJSON, len(u.Series))
	for i, p := range u.Series {
		series[i] = toUsagePointJSON(u, p, true)
	}
	return c.json(http.StatusOK, map[string]any{
		"key_id": u.KeyID, "start": u.From, "end": u.To, "granularity": strings.ToLower(string(u.Granularity)),
		"metrics": u.Metrics, "totals": toUsagePointJSON(u, u.Totals, false), "series": series,
	})
}

// toUsagePointJSON shows the metrics u asked for of one point.
func toUsagePointJSON(u *usage.KeyUsage, p *usage.Point, withTime bool) usagePointJSON {
	out := usagePointJSON{}
	if withTime {
		out.Time = &p.Time
	}
	if u.Has("requests") {
		out.Requests = &p.Requests
	}
	if u.Has("errors") {
		out.Errors, out.ErrorRate = &p.Errors, &p.ErrorRate
	}
	if u.Has("latency") {
		out.LatencyMS = &latencyJSON{P50: p.P50, P95: p.P95, P99: p.P99}
	}
	return out
}

// exportAudit downloads the tenant's audit log as CSV or JSON, filtered by
// action, actor, target and time.
func (h *handler) exportAudit(c call) error {
	exp, err := audit.ParseExport(audit.ExportParams{
		Action: c.query("action"), ActorID: c.query("actor_id"), TargetID: c.query("target_id"),
		From: c.query("from"), To: c.query("to"), Limit: c.query("limit"), Format: c.query("format"),
	})
	if err != nil {
		return err
	}
	logs, err := h.Audit.List(c.ctx(), exp.Filter)
	if err != nil {
		return err
	}
	c.w.Header().Set("Content-Disposition", `attachment; filename="`+exp.FileName(h.Now())+`"`)
	if exp.Format == "json" {
		return c.json(http.StatusOK, map[string]any{"data": toLogJSON(logs)})
	}
	c.w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	_ = audit.WriteCSV(c.w, logs) // the answer has started: a failed write cannot be reported
	return nil
}
