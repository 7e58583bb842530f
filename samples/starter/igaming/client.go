// KeyBS starter client for iGaming: Go, standard library only.
// The configuration below is the one KeyBS recommends for iGaming; the same
// values are in keybs-igaming.env. Run:
//
//	KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… go run ./client.go
package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	mathrand "math/rand/v2"
	"net/http"
	"os"
	"slices"
	"strconv"
	"time"
)

// The recommended configuration.
var (
	Industry = "igaming"
	// Give your key these scopes (the iGaming preset) and enable these modules on its application.
	Scopes  = []string{"verification:create", "verification:read", "document:create", "report:read", "webhook:manage", "kyc:agecheck", "kyc:verify", "transaction:check", "fraud:signals"}
	Modules = []string{"KYC", "TRANSACTION_MONITORING", "FRAUD_SIGNALS"}
	// Requests per minute per key.
	TestRateLimitPerMinute = 120
	LiveRateLimitPerMinute = 500
	// Subscribe your webhook endpoint to these events.
	WebhookEvents = []string{"verification.submitted", "verification.in_review", "verification.rfi_requested", "verification.rfi_resolved", "verification.approved", "verification.declined", "report.signed", "report.published", "report.revoked", "report.expiring", "report.expired", "kyc.status_changed"}
	Timeout       = 30 * time.Second
	MaxRetries    = 3
	RetryBase     = 500 * time.Millisecond
	// A longer Retry-After (a spent monthly quota) is reported, not waited for.
	RetryMaxWait  = 60 * time.Second
	RetryOnStatus = []int{429, 500, 502, 503, 504}
)

var client = &http.Client{Timeout: Timeout}

func main() {
	var page struct {
		Data []json.RawMessage `json:"data"`
	}
	if err := keybs("GET", "/v1/verifications?limit=1", nil, &page); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("connected as %s: %d verification(s) on the first page\n", Industry, len(page.Data))
}

// keybs calls the API and decodes the answer into out: it retries 429 after
// Retry-After, 5xx and time-outs with backoff; a POST keeps one
// Idempotency-Key across its retries.
func keybs(method, path string, body, out any) error {
	var payload []byte
	if body != nil {
		var err error
		if payload, err = json.Marshal(body); err != nil {
			return err
		}
	}
	idempotencyKey := ""
	if method == http.MethodPost {
		b := make([]byte, 16)
		_, _ = rand.Read(b)
		idempotencyKey = hex.EncodeToString(b)
	}
	for attempt := 0; ; attempt++ {
		req, err := http.NewRequest(method, setting("KEYBS_BASE_URL")+path, bytes.NewReader(payload))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+setting("KEYBS_API_KEY"))
		req.Header.Set("Accept", "application/json")
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		if idempotencyKey != "" {
			req.Header.Set("Idempotency-Key", idempotencyKey)
		}
		res, err := client.Do(req)
		if err != nil {
			if attempt >= MaxRetries {
				return err
			}
			time.Sleep(backoff(attempt))
			continue
		}
		raw, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			return err
		}
		if res.StatusCode < 400 {
			return json.Unmarshal(raw, out)
		}
		wait, retry := retryWait(res, attempt)
		if !retry || attempt >= MaxRetries {
			// Every error has the envelope {"error": {"code", "message", "request_id"}}.
			return fmt.Errorf("%d: %s", res.StatusCode, raw)
		}
		time.Sleep(wait)
	}
}

func retryWait(res *http.Response, attempt int) (time.Duration, bool) {
	if !slices.Contains(RetryOnStatus, res.StatusCode) {
		return 0, false
	}
	if seconds, err := strconv.Atoi(res.Header.Get("Retry-After")); err == nil && seconds >= 0 {
		wait := time.Duration(seconds) * time.Second
		return wait, wait <= RetryMaxWait
	}
	return backoff(attempt), true
}

func backoff(attempt int) time.Duration {
	return time.Duration(float64(RetryBase<<attempt) * (0.5 + mathrand.Float64()/2))
}

func setting(name string) string {
	v := os.Getenv(name)
	if v == "" {
		fmt.Fprintf(os.Stderr, "Set %s in the environment.\n", name)
		os.Exit(2)
	}
	return v
}
