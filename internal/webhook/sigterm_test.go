package webhook_test

// TestCleanStopMidDeliverySendsOnce is the SIGTERM counterpart of
// TestCrashMidDeliveryIsRedelivered: a server told to stop while a delivery
// is in flight finishes that attempt and records it before exiting, so the
// restarted server has nothing to send again.

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestCleanStopMidDeliverySendsOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := crashBuild(t)
	dataDir := t.TempDir()

	// The receiver holds each request until released, then answers 200.
	arrived := make(chan string, 16)
	release := make(chan struct{})
	var releaseOnce sync.Once
	releaseAll := func() { releaseOnce.Do(func() { close(release) }) }
	var mu sync.Mutex
	requests := 0
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		mu.Lock()
		requests++
		mu.Unlock()
		arrived <- r.Header.Get("X-KeyBS-Event-Id")
		<-release
		w.WriteHeader(http.StatusOK)
	}))
	t.Cleanup(recv.Close)
	t.Cleanup(releaseAll)

	// A 5 s attempt timeout leaves the stopping server ample time to finish.
	srv := crashStart(t, bin, dataDir, "KEYBS_WEBHOOK_TIMEOUT=5s")
	const email, password = "stop@example.com", "correct horse battery"
	var up struct {
		SignUp struct{ AccessToken string } `json:"signUp"`
	}
	srv.gql(t, "", `mutation($e: String!, $p: String!) { signUp(input: {email: $e, password: $p, name: "Stop Test",
		organizationName: "Stop Test Org", industry: FINTECH, acceptTerms: true}) { accessToken } }`,
		map[string]any{"e": email, "p": password}, &up)
	var created struct {
		CreateWebhookEndpoint struct{ Endpoint struct{ ID string } } `json:"createWebhookEndpoint"`
	}
	srv.gql(t, up.SignUp.AccessToken, `mutation($url: String!) { createWebhookEndpoint(input: {url: $url, environment: TEST}) {
		endpoint { id } } }`, map[string]any{"url": recv.URL + "/hook"}, &created)
	endpointID := created.CreateWebhookEndpoint.Endpoint.ID
	var sent struct {
		SendTestWebhook struct{ ID string } `json:"sendTestWebhook"`
	}
	srv.gql(t, up.SignUp.AccessToken, `mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }`,
		map[string]any{"id": endpointID}, &sent)
	eventID := sent.SendTestWebhook.ID

	select {
	case got := <-arrived:
		if got != eventID {
			t.Fatalf("delivery carries X-KeyBS-Event-Id %q, want %q", got, eventID)
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("no delivery of %s within 15 s\nserver stderr:\n%s", eventID, srv.stderr)
	}

	// SIGTERM while the receiver holds the request; it answers once the
	// server has begun shutting down.
	srv.stop(t)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(srv.stderr.String(), "shutting down") {
		if time.Now().After(deadline) {
			t.Fatalf("no shutdown logged within 10 s of SIGTERM\nserver stderr:\n%s", srv.stderr)
		}
		time.Sleep(20 * time.Millisecond) // polling the log, not waiting for time to pass
	}
	releaseAll()
	select {
	case <-srv.done:
	case <-time.After(20 * time.Second):
		t.Fatalf("the server did not exit within 20 s of SIGTERM\nserver stderr:\n%s", srv.stderr)
	}
	if code := srv.cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("exit code %d after SIGTERM, want 0\nserver stderr:\n%s", code, srv.stderr)
	}

	// The restarted server finds the attempt recorded: nothing pending, so
	// nothing is sent again.
	srv = crashStart(t, bin, dataDir, "KEYBS_WEBHOOK_TIMEOUT=5s")
	var in struct {
		LogIn struct{ AccessToken string } `json:"logIn"`
	}
	srv.gql(t, "", `mutation($e: String!, $p: String!) { logIn(input: {email: $e, password: $p}) { accessToken } }`,
		map[string]any{"e": email, "p": password}, &in)
	var data struct {
		WebhookDeliveries struct {
			Edges []struct{ Node crashDelivery }
		} `json:"webhookDeliveries"`
	}
	srv.gql(t, in.LogIn.AccessToken, `query($e: String!) { webhookDeliveries(first: 20, where: {eventID: $e}) { edges { node {
		id attempt status trigger responseStatus eventID errorMessage } } } }`, map[string]any{"e": eventID}, &data)
	log := data.WebhookDeliveries.Edges
	if len(log) != 1 || log[0].Node.Status != "SUCCEEDED" || log[0].Node.ResponseStatus == nil || *log[0].Node.ResponseStatus != 200 {
		js, _ := json.MarshalIndent(log, "", "  ")
		t.Fatalf("delivery log after a clean stop, want one SUCCEEDED attempt:\n%s\nserver stderr:\n%s", js, srv.stderr)
	}
	mu.Lock()
	defer mu.Unlock()
	if requests != 1 {
		t.Fatalf("receiver got %d requests, want exactly 1", requests)
	}
}
