// Package pulid holds KeyBS's public identifiers: a short type prefix, an
// underscore and a ULID ("tnt_01JD…"). The prefix lets node(id) find the table
// without a lookup, and the ULID keeps IDs roughly time-ordered so cursors over
// them follow creation order.
package pulid

import (
	"crypto/rand"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/oklog/ulid/v2"
)

// prefixes maps each ent type to its ID prefix. It is the one table of prefixes;
// a test checks every ent type has an entry.
var prefixes = map[string]string{
	"Tenant":           "tnt",
	"User":             "usr",
	"Membership":       "mem",
	"RefreshToken":     "rtk",
	"AuditLog":         "aud",
	"Application":      "app",
	"APIKey":           "key",
	"VerificationCase": "vrc",
	"Document":         "doc",
	"Report":           "rpt",
	"Event":            "evt",
	"WebhookEndpoint":  "wh",
	"WebhookDelivery":  "whd",
	"Notification":     "ntf",
	"RequestLog":       "rlg",
	"UsageRollup":      "use",
	"KeyIP":            "kip",
	"SigningKey":       "sgk",
	"CaseEvent":        "cev",
	"RFIItem":          "rfi",
	"KYCCheck":         "kyc",
	"RiskCheck":        "txc",
	"Escrow":           "esc",
	"Dispute":          "dsp",
	"IdempotencyKey":   "idk",
	"ShareToken":       "shr",
	"ShareAttempt":     "sha",
	"SDKToken":         "sdk",
	"Invitation":       "inv",
	"UserToken":        "utk",
	"RecoveryCode":     "rcv",
	"FraudCheck":       "frd",
	"FraudFeedback":    "ffb",
	"UserVerification": "usv",
	"MeteredUnit":      "mtr",
}

// Prefix returns the ID prefix registered for an ent type. It panics for an
// unknown type because that is a programming error caught at start-up.
func Prefix(typ string) string {
	p, ok := prefixes[typ]
	if !ok {
		panic(fmt.Sprintf("pulid: no prefix registered for type %q", typ))
	}
	return p
}

// TypeOf returns the ent type an ID belongs to, judged by its prefix.
func TypeOf(id string) (string, bool) {
	prefix, _, ok := strings.Cut(id, "_")
	if !ok {
		return "", false
	}
	for typ, p := range prefixes {
		if p == prefix {
			return typ, true
		}
	}
	return "", false
}

var (
	mu      sync.Mutex
	entropy = ulid.Monotonic(rand.Reader, 0)
)

// New returns a fresh ID for the ent type typ.
func New(typ string) string {
	prefix := Prefix(typ)
	mu.Lock()
	id := ulid.MustNew(ulid.Timestamp(time.Now()), entropy)
	mu.Unlock()
	return prefix + "_" + strings.ToLower(id.String())
}
