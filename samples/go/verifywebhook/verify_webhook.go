// Verify a KeyBS webhook delivery: the same logic as seed 002's Node verify().
//
// X-KeyBS-Signature is t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
// keyed with the endpoint's whole signing secret (whsec_…). Verify the raw
// body exactly as received, before parsing it, and refuse a timestamp more
// than five minutes away (a replayed delivery).
//
// Go, standard library only. Run (the raw body on standard input):
//
//	KEYBS_WEBHOOK_SECRET=whsec_… KEYBS_WEBHOOK_SIGNATURE='t=…,v1=…' go run ./samples/go/verifywebhook < body.json
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

func verify(secret, header string, rawBody []byte, now time.Time) bool {
	tPart, sigPart, ok := strings.Cut(header, ",")
	if !ok {
		return false
	}
	_, ts, _ := strings.Cut(tPart, "=")
	_, sig, _ := strings.Cut(strings.SplitN(sigPart, ",", 2)[0], "=")
	t, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || now.Sub(time.Unix(t, 0)).Abs() > 5*time.Minute { // replay
		return false
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(ts + "."))
	mac.Write(rawBody)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig))
}

func main() {
	body, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if !verify(os.Getenv("KEYBS_WEBHOOK_SECRET"), os.Getenv("KEYBS_WEBHOOK_SIGNATURE"), body, time.Now()) {
		fmt.Fprintln(os.Stderr, "invalid signature")
		os.Exit(1)
	}
	fmt.Println("valid")
}
