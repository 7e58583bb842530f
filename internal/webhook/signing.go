// Package webhook delivers events to partner endpoints: endpoint management
// with secrets sealed at rest, signing (KeyBS and Standard Webhooks headers),
// an at-least-once dispatcher over leased delivery rows with a fixed retry
// schedule, and the SSRF guard on outgoing connections.
package webhook

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"
)

// secretPrefix starts every signing secret.
const secretPrefix = "whsec_"

// NewSecret returns a signing secret: "whsec_" and 32 random bytes in base64.
func NewSecret() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return secretPrefix + base64.StdEncoding.EncodeToString(b)
}

// standardKey is the HMAC key the Standard Webhooks scheme uses: the decoded
// bytes after the prefix.
func standardKey(secret string) ([]byte, error) {
	raw, ok := strings.CutPrefix(secret, secretPrefix)
	if !ok {
		return nil, errors.New("webhook: secret lacks the whsec_ prefix")
	}
	return base64.StdEncoding.DecodeString(raw)
}

// Sign returns the signature headers for one delivery of body with event id
// msgID at unix time ts. With several secrets (during a rotation, the old one
// first) every header carries one signature per secret, in that order: the
// seed's verify() reads the first v1= and keeps working with the old secret.
//
//	X-KeyBS-Signature: t=<ts>,v1=<hex hmac_sha256(secret, "<ts>.<body>")>[,v1=…]
//	webhook-signature: v1,<base64 hmac_sha256(key, "<id>.<ts>.<body>")>[ v1,…]
func Sign(secrets []string, msgID string, ts int64, body []byte) (http.Header, error) {
	t := strconv.FormatInt(ts, 10)
	keybs := []string{"t=" + t}
	var standard []string
	for _, s := range secrets {
		mac := hmac.New(sha256.New, []byte(s))
		mac.Write([]byte(t + "."))
		mac.Write(body)
		keybs = append(keybs, "v1="+hex.EncodeToString(mac.Sum(nil)))

		key, err := standardKey(s)
		if err != nil {
			return nil, err
		}
		sm := hmac.New(sha256.New, key)
		sm.Write([]byte(msgID + "." + t + "."))
		sm.Write(body)
		standard = append(standard, "v1,"+base64.StdEncoding.EncodeToString(sm.Sum(nil)))
	}
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set("User-Agent", "KeyBS-Webhooks/1")
	h.Set("X-KeyBS-Event-Id", msgID)
	h.Set("X-KeyBS-Timestamp", t)
	h.Set("X-KeyBS-Signature", strings.Join(keybs, ","))
	h.Set("webhook-id", msgID)
	h.Set("webhook-timestamp", t)
	h.Set("webhook-signature", strings.Join(standard, " "))
	return h, nil
}
