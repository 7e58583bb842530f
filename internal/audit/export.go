package audit

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/internal/fault"
	"github.com/keybs/platform/internal/validate"
)

// ExportParams are an export's parameters as a caller writes them: from and
// to as dates or RFC 3339 times, limit up to MaxExport, format csv or json
// (default json).
type ExportParams struct {
	Action, ActorID, TargetID string
	From, To, Limit, Format   string
}

// Export is a validated export request.
type Export struct {
	Filter Filter
	Format string // "csv" or "json"
}

// ParseExport validates p.
func ParseExport(p ExportParams) (Export, error) {
	e := Export{Filter: Filter{Action: p.Action, ActorID: p.ActorID, TargetID: p.TargetID}, Format: p.Format}
	var err error
	if e.Filter.From, err = validate.Time("from", p.From); err != nil {
		return e, err
	}
	if e.Filter.To, err = validate.Time("to", p.To); err != nil {
		return e, err
	}
	if p.Limit != "" {
		if e.Filter.Limit, err = strconv.Atoi(p.Limit); err != nil || e.Filter.Limit < 1 || e.Filter.Limit > MaxExport {
			return e, fault.InvalidField("limit", "{field} must be a whole number from 1 to %d", MaxExport)
		}
	}
	switch e.Format {
	case "":
		e.Format = "json"
	case "json", "csv":
	default:
		return e, fault.InvalidField("format", "{field} must be csv or json")
	}
	return e, nil
}

// FileName is the download's file name for an export made at t.
func (e Export) FileName(t time.Time) string {
	return "keybs-audit-log-" + t.UTC().Format("20060102-150405") + "." + e.Format
}

// WriteCSV writes logs as CSV with a header row. Values a spreadsheet would
// run as formulas are defused.
func WriteCSV(w io.Writer, logs []*ent.AuditLog) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"id", "created_at", "action", "actor_type", "actor_id", "target_type", "target_id", "ip", "user_agent", "metadata"})
	for _, l := range logs {
		meta, _ := json.Marshal(l.Metadata)
		_ = cw.Write([]string{l.ID, l.CreatedAt.UTC().Format(time.RFC3339Nano), l.Action, strings.ToLower(string(l.ActorType)),
			l.ActorID, l.TargetType, l.TargetID, l.IP, csvSafe(l.UserAgent), string(meta)})
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe defuses a value a spreadsheet would run as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
