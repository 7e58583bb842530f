// Invoke a primitive: POST /v1/primitives/{primitiveId} (scope invoke:primitives).
// The other primitives are screening.entity, document.check and device_intel.ip; the demo list's names, such as Ivan Sidorov, give a possible match.
//
// Go, standard library only. Run:
//
//	KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… go run ./samples/go/invokePrimitive
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

func main() {
	baseURL := env("KEYBS_BASE_URL")
	apiKey := env("KEYBS_API_KEY")

	payload, err := json.Marshal(map[string]any{
		"name":    "Ivan Sidorov",
		"country": "RU",
	})
	if err != nil {
		fail(err)
	}
	req, err := http.NewRequest("POST", baseURL+"/v1/primitives/screening.individual", bytes.NewReader(payload))
	if err != nil {
		fail(err)
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Content-Type", "application/json")
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
	switch v := body.(map[string]any)["result"].(type) {
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
