// Hosted badge: GET /badge/{verificationId}.
//
// Go, standard library only. Run:
//
//	KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… go run ./samples/go/getBadge
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"time"
)

func main() {
	baseURL := env("KEYBS_BASE_URL")
	verificationID := env("KEYBS_VERIFICATION_ID")

	req, err := http.NewRequest("GET", baseURL+"/badge/"+url.PathEscape(verificationID), nil)
	if err != nil {
		fail(err)
	}
	req.Header.Set("Accept", "text/html")
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
	if res.StatusCode >= 400 {
		fail(fmt.Errorf("%d: %s", res.StatusCode, raw))
	}
	if err := os.WriteFile("badge.html", raw, 0o644); err != nil {
		fail(err)
	}
	fmt.Println("badge.html")
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
