// Industry starter client: GET /v1/starter/{industry}/{lang}.
// KEYBS_STARTER_LANG is javascript (the client.mjs saved here), python, php, java or go: name the file to match (client.py, client.php, Client.java, client.go).
//
// Go, standard library only. Run:
//
//	KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_INDUSTRY=… KEYBS_STARTER_LANG=… go run ./samples/go/getStarterClient
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
	industry := env("KEYBS_INDUSTRY")
	starterLang := env("KEYBS_STARTER_LANG")

	req, err := http.NewRequest("GET", baseURL+"/v1/starter/"+url.PathEscape(industry)+"/"+url.PathEscape(starterLang), nil)
	if err != nil {
		fail(err)
	}
	req.Header.Set("Accept", "text/plain")
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
	if err := os.WriteFile("client.mjs", raw, 0o644); err != nil {
		fail(err)
	}
	fmt.Println("client.mjs")
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
