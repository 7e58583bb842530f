//go:build samples

package samples_test

// The samples runner: every generated program, in every language, against a
// real server on a fresh database with a fresh TEST key per language, in
// the catalog's order so the ids one prints feed the next. Each must exit 0
// with nothing on standard error. Then each language's webhook verifier must
// accept a delivery the server really sent and refuse it tampered or
// replayed. make test runs it (go test -tags samples ./internal/samples/);
// under CI=true a missing toolchain fails, elsewhere it skips that language.

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/samples"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/server/servertest"
)

// root is the repository root, where the samples' paths start.
var root, _ = filepath.Abs(filepath.Join("..", ".."))

// toolchain says how a language's programs run: the command for one sample
// file (an absolute path) and what must be installed.
type toolchain struct {
	lang  samples.Lang
	needs []string
	// check, when set, proves a library is there (Python's requests).
	check []string
	run   func(file string) []string
	// source, when set, is the command that runs a sample from its source
	// file as the sample's comment says (java Sample.java): the runner uses
	// it for the first sample and run, from programs built once, after.
	source func(file string) []string
	// verifier is the webhook verifier's command.
	verifier []string
}

func toolchains(goBin, javaClasses string) []toolchain {
	var tcs []toolchain
	for _, l := range samples.Langs {
		tc := toolchain{lang: l}
		switch l.Dir {
		case "javascript":
			tc.needs = []string{"node"}
			tc.run = func(f string) []string { return []string{"node", f} }
			tc.verifier = []string{"node", filepath.Join(root, "samples/javascript/verify_webhook.mjs")}
		case "python":
			tc.needs = []string{"python3"}
			tc.check = []string{"python3", "-c", "import requests"}
			tc.run = func(f string) []string { return []string{"python3", f} }
			tc.verifier = []string{"python3", filepath.Join(root, "samples/python/verify_webhook.py")}
		case "php":
			tc.needs = []string{"php"}
			tc.check = []string{"php", "-r", "exit(function_exists('curl_init') ? 0 : 1);"}
			tc.run = func(f string) []string { return []string{"php", f} }
			tc.verifier = []string{"php", filepath.Join(root, "samples/php/verify_webhook.php")}
		case "java":
			tc.needs = []string{"java", "javac"}
			// Compiled once (javac of every sample): the source launcher
			// compiles each file again, seconds per sample on a busy machine.
			tc.source = func(f string) []string { return []string{"java", f} }
			tc.run = func(f string) []string {
				return []string{"java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", javaClasses, strings.TrimSuffix(filepath.Base(f), ".java")}
			}
			tc.verifier = []string{"java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", javaClasses, "VerifyWebhook"}
		case "go":
			// Built once (go build of every sample), then each binary runs.
			tc.run = func(f string) []string { return []string{filepath.Join(goBin, filepath.Base(filepath.Dir(f)))} }
			tc.verifier = []string{filepath.Join(goBin, "verifywebhook")}
		case "shell":
			tc.needs = []string{"sh", "curl", "openssl"}
			tc.run = func(f string) []string { return []string{"sh", f} }
			tc.verifier = []string{"sh", filepath.Join(root, "samples/shell/verify_webhook.sh")}
		}
		tcs = append(tcs, tc)
	}
	return tcs
}

// ready fails (under CI) or skips the language's test when its toolchain is
// missing.
func (tc toolchain) ready(t *testing.T) {
	t.Helper()
	missing := ""
	for _, n := range tc.needs {
		if _, err := exec.LookPath(n); err != nil {
			missing = n
		}
	}
	if missing == "" && tc.check != nil {
		if out, err := exec.Command(tc.check[0], tc.check[1:]...).CombinedOutput(); err != nil {
			missing = strings.Join(tc.check, " ") + ": " + string(out)
		}
	}
	if missing == "" {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s toolchain missing (%s): .ci/run installs it", tc.lang.Name, missing)
	}
	t.Skipf("%s toolchain missing (%s); under CI=true this fails", tc.lang.Name, missing)
}

// result is one program's run.
type result struct {
	stdout, stderr string
	code           int
}

func run(t *testing.T, argv []string, env []string, stdin []byte) result {
	t.Helper()
	return runIn(t, root, time.Minute, argv, env, stdin)
}

// runFor runs argv in the repository root with env added, for at most d.
func runFor(t *testing.T, d time.Duration, argv []string, env []string, stdin []byte) result {
	t.Helper()
	return runIn(t, root, d, argv, env, stdin)
}

// runIn runs argv in dir with env added, for at most d.
func runIn(t *testing.T, dir string, d time.Duration, argv []string, env []string, stdin []byte) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = bytes.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if err != nil {
		code = -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if ctx.Err() != nil {
			errOut.WriteString("\n(killed after " + d.String() + ")")
		}
	}
	return result{out.String(), errOut.String(), code}
}

// field walks a dotted path through a JSON answer (the Shell samples print
// the whole answer).
func field(t *testing.T, raw, path string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		t.Fatalf("answer is not JSON: %v\n%s", err, raw)
	}
	for _, seg := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			v = x[seg]
		case []any:
			i, _ := strconv.Atoi(seg)
			if i >= len(x) {
				t.Fatalf("no %s in %s", path, raw)
			}
			v = x[i]
		}
	}
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// delivery is one webhook request the receiver got.
type delivery struct {
	body      []byte
	signature string
}

func TestSamplesRun(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(root, "rest", "openapi.json"))
	if err != nil {
		t.Fatal(err)
	}
	ops, err := samples.Operations(doc)
	if err != nil {
		t.Fatal(err)
	}

	started := time.Now()
	s := servertest.Start(t, testdb.SQLiteURL(t), servertest.AllowPrivateWebhooks)
	owner := s.SignUp(t, "samples@acme.example", "Acme Samples")
	t.Logf("server start and sign-up: %s", time.Since(started).Round(time.Second))
	enableEveryModule(t, s, owner.AccessToken)
	got, secret := receiveWebhooks(t, s, owner.AccessToken)

	goBin := t.TempDir()
	// Linking every sample on a busy machine takes a while the first time;
	// without DWARF (-s -w) each link is shorter.
	started = time.Now()
	build := runFor(t, 5*time.Minute, []string{"go", "build", "-ldflags=-s -w", "-o", goBin + string(os.PathSeparator), "./samples/go/..."}, nil, nil)
	if build.code != 0 {
		t.Fatalf("go build ./samples/go/...: %s", build.stderr)
	}
	t.Logf("go build of the Go samples: %s", time.Since(started).Round(time.Second))
	javaClasses := t.TempDir()
	if _, err := exec.LookPath("javac"); err == nil {
		started := time.Now()
		javaFiles, _ := filepath.Glob(filepath.Join(root, "samples", "java", "*.java"))
		build := runFor(t, 5*time.Minute, append([]string{"javac", "-d", javaClasses}, javaFiles...), nil, nil)
		if build.code != 0 {
			t.Fatalf("javac samples/java/*.java: %s", build.stderr)
		}
		t.Logf("javac of the Java samples: %s", time.Since(started).Round(time.Second))
	}
	tcs := toolchains(goBin, javaClasses)
	keys := make([]string, len(tcs))
	vars := make([]map[string]string, len(tcs))
	for i := range tcs {
		keys[i] = mustTestKey(t, s, owner.AccessToken, "samples-"+tcs[i].lang.Dir)
		vars[i] = prepared(t, s, owner.AccessToken, keys[i])
	}

	var deliveryOnce sync.Once
	var real delivery
	waitDelivery := func(t *testing.T) delivery {
		t.Helper()
		deliveryOnce.Do(func() {
			select {
			case real = <-got:
			case <-time.After(30 * time.Second):
			}
		})
		if real.signature == "" {
			t.Fatal("no webhook delivery arrived within 30 s of the testWebhook samples")
		}
		return real
	}

	for i, tc := range tcs {
		t.Run(tc.lang.Name, func(t *testing.T) {
			t.Parallel()
			tc.ready(t)
			env := []string{"KEYBS_BASE_URL=" + s.URL, "KEYBS_API_KEY=" + keys[i]}
			for name, v := range vars[i] {
				env = append(env, name+"="+v)
			}
			// Downloads land in the language's own directory, not the tree.
			work := t.TempDir()
			for n, op := range ops {
				file := filepath.ToSlash(filepath.Join("samples", tc.lang.Dir, tc.lang.File(op.OperationID)))
				argv := tc.run(filepath.Join(root, file))
				if n == 0 && tc.source != nil {
					argv = tc.source(filepath.Join(root, file))
				}
				r := runIn(t, work, time.Minute, argv, env, nil)
				if r.code != 0 || r.stderr != "" {
					t.Fatalf("%s: exit %d\nstderr: %s\nstdout: %s", file, r.code, r.stderr, r.stdout)
				}
				value := strings.TrimSpace(r.stdout)
				if op.Download != "" {
					checkDownload(t, file, value, filepath.Join(work, op.Download), op.Accept)
					continue
				}
				if tc.lang.Dir == "shell" {
					value = field(t, value, op.Print)
				}
				if value == "" || value == "null" {
					t.Fatalf("%s printed %q, want the answer's %s", file, value, op.Print)
				}
				if op.Saves != "" {
					env = append(env, op.Saves+"="+value)
				}
			}

			d := waitDelivery(t)
			verify := func(body []byte, header string) result {
				return run(t, tc.verifier, []string{"KEYBS_WEBHOOK_SECRET=" + secret, "KEYBS_WEBHOOK_SIGNATURE=" + header}, body)
			}
			t.Run("AcceptsARealDelivery", func(t *testing.T) {
				if r := verify(d.body, d.signature); r.code != 0 || strings.TrimSpace(r.stdout) != "valid" || r.stderr != "" {
					t.Fatalf("exit %d, stdout %q, stderr %q\nX-KeyBS-Signature: %s\nbody: %s", r.code, r.stdout, r.stderr, d.signature, d.body)
				}
			})
			t.Run("RefusesATamperedBody", func(t *testing.T) {
				tampered := bytes.Replace(d.body, []byte(`"webhook.test"`), []byte(`"report.signed"`), 1)
				if bytes.Equal(tampered, d.body) {
					t.Fatalf("delivery %s is no webhook.test event", d.body)
				}
				if r := verify(tampered, d.signature); r.code != 1 {
					t.Fatalf("tampered body: exit %d, stdout %q, want 1", r.code, r.stdout)
				}
			})
			t.Run("RefusesAnOldTimestamp", func(t *testing.T) {
				// Correctly signed, but ten minutes ago: a replay.
				old := strconv.FormatInt(time.Now().Add(-10*time.Minute).Unix(), 10)
				if r := verify(d.body, sign(secret, old, d.body)); r.code != 1 {
					t.Fatalf("old timestamp: exit %d, stdout %q, want 1", r.code, r.stdout)
				}
			})
			t.Run("RefusesAnotherSecret", func(t *testing.T) {
				now := strconv.FormatInt(time.Now().Unix(), 10)
				if r := verify(d.body, sign(secret+"x", now, d.body)); r.code != 1 {
					t.Fatalf("other secret: exit %d, stdout %q, want 1", r.code, r.stdout)
				}
			})
		})
	}
}

// checkDownload says a download sample printed its file's name and saved
// the answer there: a PDF that starts as one, a page as HTML, the .env and
// the starter client with their first comment.
func checkDownload(t *testing.T, file, printed, saved, mediaType string) {
	t.Helper()
	if printed != filepath.Base(saved) {
		t.Fatalf("%s printed %q, want the file name %s", file, printed, filepath.Base(saved))
	}
	b, err := os.ReadFile(saved)
	if err != nil || len(b) == 0 {
		t.Fatalf("%s saved nothing to %s: %v", file, filepath.Base(saved), err)
	}
	want := map[string]string{".pdf": "%PDF-", ".html": "<", ".env": "# KeyBS", ".mjs": "//"}[filepath.Ext(saved)]
	if !bytes.HasPrefix(bytes.TrimSpace(b), []byte(want)) {
		t.Fatalf("%s saved %d bytes that are no %s: %.80q", file, len(b), mediaType, b)
	}
}

// receiveWebhooks starts a loopback receiver, registers it as the tenant's
// TEST endpoint for webhook.test and returns the first delivery it gets
// and the endpoint's signing secret.
func receiveWebhooks(t *testing.T, s *servertest.Server, jwt string) (<-chan delivery, string) {
	t.Helper()
	got := make(chan delivery, 1)
	receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		select {
		case got <- delivery{body, r.Header.Get("X-KeyBS-Signature")}:
		default:
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(receiver.Close)
	var wh struct{ CreateWebhookEndpoint struct{ Secret string } }
	s.GraphQL(t, jwt, `mutation($input: CreateWebhookEndpointInput!) {
		createWebhookEndpoint(input: $input) { secret } }`,
		map[string]any{"input": map[string]any{"url": receiver.URL + "/hooks", "environment": "TEST", "eventTypes": []string{"webhook.test"}}}).Decode(t, &wh)
	return got, wh.CreateWebhookEndpoint.Secret
}

// sign is the KeyBS signature header of body at ts.
func sign(secret, ts string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "%s.%s", ts, body)
	return "t=" + ts + ",v1=" + hex.EncodeToString(mac.Sum(nil))
}

// mustTestKey creates a secret TEST key (every scope of the tenant's
// application) with the portal session jwt.
func mustTestKey(t *testing.T, s *servertest.Server, jwt, name string) string {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"name": name, "environment": "test"})
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/v1/api-keys", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+jwt)
	req.Header.Set("Content-Type", "application/json")
	res, err := s.HTTP.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var k struct{ Key string }
	raw, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusCreated || json.Unmarshal(raw, &k) != nil || k.Key == "" {
		t.Fatalf("POST /v1/api-keys: %d %s", res.StatusCode, raw)
	}
	return k.Key
}

// TestStarterClientsRun runs every industry's starter client in every
// language against a real server with a fresh TEST key: each must make its
// call, print that it connected, and write nothing on standard error.
func TestStarterClientsRun(t *testing.T) {
	s := servertest.Start(t, testdb.SQLiteURL(t))
	owner := s.SignUp(t, "starter@acme.example", "Acme Starter")
	goBin := t.TempDir()
	build := runFor(t, 5*time.Minute, []string{"go", "build", "-o", goBin + string(os.PathSeparator), "./samples/starter/..."}, nil, nil)
	if build.code != 0 {
		t.Fatalf("go build ./samples/starter/...: %s", build.stderr)
	}
	tcs := map[string]toolchain{}
	for _, tc := range toolchains(goBin, "") {
		tcs[tc.lang.Dir] = tc
	}
	for _, l := range samples.StarterLangs {
		tc := tcs[l.Name]
		key := mustTestKey(t, s, owner.AccessToken, "starter-"+l.Name)
		t.Run(l.Name, func(t *testing.T) {
			t.Parallel()
			tc.ready(t)
			env := []string{"KEYBS_BASE_URL=" + s.URL, "KEYBS_API_KEY=" + key}
			for _, id := range industry.All {
				dir := strings.ToLower(string(id))
				file := filepath.ToSlash(filepath.Join("samples", "starter", dir, l.File))
				argv := tc.run(file)
				if tc.source != nil {
					argv = tc.source(file) // java Client.java: the clients are not compiled ahead
				}
				if l.Name == "go" {
					argv = []string{filepath.Join(goBin, dir)}
				}
				r := run(t, argv, env, nil)
				if want := "connected as " + dir; r.code != 0 || r.stderr != "" || !strings.HasPrefix(r.stdout, want) {
					t.Fatalf("%s %s: exit %d, stdout %q (want %q…), stderr %s", dir, l.Name, r.code, r.stdout, want, r.stderr)
				}
			}
		})
	}
}
