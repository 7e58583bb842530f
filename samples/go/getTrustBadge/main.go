// Get a verification's trust badge: GET /v1/trustbadge/get (scope trustbadge:read).
//
// Go, standard library only. Run:
//
//	KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_VERIFICATION_ID=… go run ./samples/go/getTrustBadge
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"time"
)

func main() {
	baseURL := env("KEYBS_BASE_URL")
	apiKey := env("KEYBS_API_KEY")
	verificationID := env("KEYBS_VERIFICATION_ID")

	req, err := http.NewRequest("GET", baseURL+"/v1/trustbadge/get?verification_id="+url.PathEscape(verificationID), nil)
	if err != nil {
		fail(err)
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	req.Header.Set("Accept", "application/json")
	client := &http.Client{Timeout: 30 * time.Second}
	res, err := client.Do(req)
	if err != nil {
		fail(err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		fail(err)
	}
	var body any
	if err := json.Unmarshal(raw, &body); err != nil {
		fail(fmt.Errorf("%d: %s", res.StatusCode, raw))
	}
	if res.StatusCode >= 400 {
		// Every error has the envelope {"error": {"code", "message", "request_id"}}.
		e := body.(map[string]any)["error"].(map[string]any)
		fail(fmt.Errorf("%d %v: %v (request %v)", res.StatusCode, e["code"], e["message"], e["request_id"]))
	}
	switch v := body.(map[string]any)["embed_snippet"].(type) {
	case string:
		fmt.Println(v)
	default:
		out, _ := json.Marshal(v)
		fmt.Println(string(out))
	}
}

func env(name string) string {
	v := os.Getenv(name)
	if v == "" {
		fmt.Fprintf(os.Stderr, "Set %s in the environment.\n", name)
		os.Exit(2)
	}
	return v
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
