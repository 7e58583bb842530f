// Postman collection: GET /v1/postman/collection.json.
//
// Go, standard library only. Run:
//
//	KEYBS_BASE_URL=https://api.trust.keybs.io go run ./samples/go/getPostmanCollection
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

func main() {
	baseURL := env("KEYBS_BASE_URL")

	req, err := http.NewRequest("GET", baseURL+"/v1/postman/collection.json", nil)
	if err != nil {
		fail(err)
	}
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
	switch v := body.(map[string]any)["info"].(map[string]any)["name"].(type) {
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
