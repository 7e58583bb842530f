package webhook_test

// TestCrashMidDeliveryIsRedelivered checks the at-least-once promise of
// DESIGN.md §6 against the real binary: a server SIGKILLed while a delivery is
// in flight (sent, not yet recorded) sends the same event again, with the same
// event id, once restarted on the same database and its lease has run out.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/keybs/platform/internal/testkit"
)

var crashURLPattern = regexp.MustCompile(`KeyBS is running at (http://127\.0\.0\.1:\d+)`)

// crashServer is one run of the binary.
type crashServer struct {
	cmd    *exec.Cmd
	url    string
	stderr *testkit.LogBuffer
	done   chan struct{} // closed once the process has been waited for
}

// crashBuild builds ./cmd/keybs from the module root into a temporary dir.
func crashBuild(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		t.Fatal("go env GOMOD: not inside the module")
	}
	bin := filepath.Join(t.TempDir(), "keybs")
	build := exec.Command("go", "build", "-o", bin, "./cmd/keybs")
	build.Dir = filepath.Dir(gomod)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/keybs: %v\n%s", err, out)
	}
	return bin
}

// crashStart runs the binary on the given data dir and database and waits for
// it to print its URL. extra environment entries (KEY=value) come last, so
// they override the defaults.
func crashStart(t *testing.T, bin, dataDir string, extra ...string) *crashServer {
	t.Helper()
	cmd := exec.Command(bin)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "KEYBS_") && !strings.HasPrefix(kv, "DATABASE_URL=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env,
		"KEYBS_ADDR=127.0.0.1:0",
		"KEYBS_ENV=test",
		"KEYBS_DATA_DIR="+dataDir,
		"DATABASE_URL=sqlite://"+filepath.Join(dataDir, "db.sqlite"),
		"KEYBS_WEBHOOK_TIMEOUT=1s", // a claimed attempt is leased for 2 s
		// The receiver is on loopback, which KEYBS_ENV=test refuses.
		"KEYBS_WEBHOOK_ALLOW_PRIVATE=true",
	)
	cmd.Env = append(cmd.Env, extra...)
	stdout := &testkit.LogBuffer{}
	s := &crashServer{cmd: cmd, stderr: &testkit.LogBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = stdout, s.stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	go func() { _ = cmd.Wait(); close(s.done) }()
	t.Cleanup(func() { s.kill() })

	deadline := time.After(30 * time.Second)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		if m := crashURLPattern.FindStringSubmatch(stdout.String()); m != nil {
			s.url = m[1]
			return s
		}
		select {
		case <-s.done:
			t.Fatalf("keybs exited early (%v)\nstdout:\n%s\nstderr:\n%s", cmd.ProcessState, stdout, s.stderr)
		case <-deadline:
			t.Fatalf("keybs printed no URL within 30 s\nstdout:\n%s\nstderr:\n%s", stdout, s.stderr)
		case <-tick.C:
		}
	}
}

// stop sends SIGTERM, as an orchestrator stopping the server would.
func (s *crashServer) stop(t *testing.T) {
	t.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
}

// kill sends SIGKILL and waits for the process to be gone.
func (s *crashServer) kill() {
	select {
	case <-s.done:
		return
	default:
	}
	_ = s.cmd.Process.Kill()
	<-s.done
}

// gql posts one GraphQL request and decodes data into out.
func (s *crashServer) gql(t *testing.T, token, query string, vars map[string]any, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, s.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("graphql: %v", err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []any           `json:"errors"`
	}
	if err := json.Unmarshal(raw, &env); err != nil || len(env.Errors) > 0 {
		t.Fatalf("graphql %s: HTTP %d: %s\nserver stderr:\n%s", query, res.StatusCode, raw, s.stderr)
	}
	if err := json.Unmarshal(env.Data, out); err != nil {
		t.Fatalf("graphql data %s: %v", env.Data, err)
	}
}

type crashDelivery struct {
	ID             string  `json:"id"`
	Attempt        int     `json:"attempt"`
	Status         string  `json:"status"`
	Trigger        string  `json:"trigger"`
	ResponseStatus *int    `json:"responseStatus"`
	EventID        string  `json:"eventID"`
	ErrorMessage   *string `json:"errorMessage"`
}

func TestCrashMidDeliveryIsRedelivered(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := crashBuild(t)
	dataDir := t.TempDir()

	// The receiver holds its first request without answering; later ones get 200.
	type hit struct{ eventID, bodyEventID string }
	firstHeld := make(chan string, 1)
	answered := make(chan hit, 16)
	release := make(chan struct{})
	var mu sync.Mutex
	requests := 0
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		id := r.Header.Get("X-KeyBS-Event-Id")
		mu.Lock()
		requests++
		n := requests
		mu.Unlock()
		if n == 1 {
			firstHeld <- id
			select { // until the sender dies (connection closed) or the test ends
			case <-r.Context().Done():
			case <-release:
			}
			return
		}
		var body struct {
			EventID string `json:"event_id"`
		}
		_ = json.Unmarshal(raw, &body)
		w.WriteHeader(http.StatusOK)
		select {
		case answered <- hit{id, body.EventID}:
		default:
		}
	}))
	// Cleanups run last-in first-out: release the held handler before Close
	// waits for it.
	t.Cleanup(recv.Close)
	t.Cleanup(func() { close(release) })

	// First run: sign up, add a TEST endpoint on loopback, send a test event.
	srv := crashStart(t, bin, dataDir)
	const email, password = "crash@example.com", "correct horse battery"
	var up struct {
		SignUp struct{ AccessToken string } `json:"signUp"`
	}
	srv.gql(t, "", `mutation($e: String!, $p: String!) { signUp(input: {email: $e, password: $p, name: "Crash Test",
		organizationName: "Crash Test Org", industry: FINTECH, acceptTerms: true}) { accessToken } }`,
		map[string]any{"e": email, "p": password}, &up)
	var created struct {
		CreateWebhookEndpoint struct {
			Endpoint struct{ ID string }
			Secret   string
		} `json:"createWebhookEndpoint"`
	}
	srv.gql(t, up.SignUp.AccessToken, `mutation($url: String!) { createWebhookEndpoint(input: {url: $url, environment: TEST,
		description: "crash test"}) { endpoint { id } secret } }`, map[string]any{"url": recv.URL + "/hook"}, &created)
	endpointID := created.CreateWebhookEndpoint.Endpoint.ID
	var sent struct {
		SendTestWebhook struct{ ID string } `json:"sendTestWebhook"`
	}
	srv.gql(t, up.SignUp.AccessToken, `mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }`,
		map[string]any{"id": endpointID}, &sent)
	eventID := sent.SendTestWebhook.ID

	// The delivery is in flight: sent, held by the receiver, not recorded.
	// Kill the server now, well within the 1 s attempt timeout.
	select {
	case got := <-firstHeld:
		if got != eventID {
			t.Fatalf("first delivery carries X-KeyBS-Event-Id %q, want %q", got, eventID)
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("no delivery of %s within 15 s\nserver stderr:\n%s", eventID, srv.stderr)
	}
	srv.kill() // SIGKILL
	killedAt := time.Now()

	// Second run on the same database: the attempt's lease runs out and the
	// event is sent again with the same id.
	srv = crashStart(t, bin, dataDir)
	select {
	case got := <-answered:
		if got.eventID != eventID || got.bodyEventID != eventID {
			t.Fatalf("after the restart the receiver got X-KeyBS-Event-Id %q (body event_id %q), want %q",
				got.eventID, got.bodyEventID, eventID)
		}
		t.Logf("redelivered %s %.1fs after the kill", eventID, time.Since(killedAt).Seconds())
	case <-time.After(15 * time.Second):
		t.Fatalf("event %s was not delivered again within 15 s of the restart\nserver stderr:\n%s", eventID, srv.stderr)
	}

	// The delivery log, read in a new session, shows the attempt SUCCEEDED.
	var in struct {
		LogIn struct{ AccessToken string } `json:"logIn"`
	}
	srv.gql(t, "", `mutation($e: String!, $p: String!) { logIn(input: {email: $e, password: $p}) { accessToken } }`,
		map[string]any{"e": email, "p": password}, &in)
	var log []crashDelivery
	deadline := time.Now().Add(10 * time.Second)
	for {
		var data struct {
			WebhookEndpoints struct {
				Edges []struct {
					Node struct {
						ID         string
						Deliveries struct {
							Edges []struct{ Node crashDelivery }
						}
					}
				}
			} `json:"webhookEndpoints"`
		}
		srv.gql(t, in.LogIn.AccessToken, `{ webhookEndpoints { edges { node { id deliveries(first: 20) { edges { node {
			id attempt status trigger responseStatus eventID errorMessage } } } } } } }`, nil, &data)
		log = log[:0]
		for _, e := range data.WebhookEndpoints.Edges {
			if e.Node.ID != endpointID {
				continue
			}
			for _, d := range e.Node.Deliveries.Edges {
				if d.Node.EventID == eventID {
					log = append(log, d.Node)
				}
			}
		}
		if crashSucceeded(log) != nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond) // polling interval, not synchronisation
	}
	ok := crashSucceeded(log)
	if ok == nil {
		js, _ := json.MarshalIndent(log, "", "  ")
		t.Fatalf("no SUCCEEDED attempt of %s in the delivery log:\n%s\nserver stderr:\n%s", eventID, js, srv.stderr)
	}
	if ok.ResponseStatus == nil || *ok.ResponseStatus != http.StatusOK {
		t.Errorf("succeeded attempt has responseStatus %v, want 200", ok.ResponseStatus)
	}
	for _, d := range log {
		if d.Status == "FAILED" {
			t.Logf("note: the log also holds a failed attempt %d: %v", d.Attempt, crashDeref(d.ErrorMessage))
		}
	}
	mu.Lock()
	n := requests
	mu.Unlock()
	if n < 2 {
		t.Fatalf("receiver saw %d requests, want the held one and the redelivery", n)
	}
}

func crashSucceeded(log []crashDelivery) *crashDelivery {
	for i := range log {
		if log[i].Status == "SUCCEEDED" {
			return &log[i]
		}
	}
	return nil
}

func crashDeref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return fmt.Sprint(*s)
}
