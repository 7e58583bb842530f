package samples

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/industry"
)

// mustDoc reads the repository's rest/openapi.json.
func mustDoc(t *testing.T) []byte {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join("..", "..", "rest", "openapi.json"))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestFiles(t *testing.T) {
	doc := mustDoc(t)
	files, err := Files(doc)
	if err != nil {
		t.Fatalf("Files: %v", err)
	}
	ops, err := Operations(doc)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("EveryOperationHasAProgramPerLanguage", func(t *testing.T) {
		for _, op := range ops {
			for _, l := range Langs {
				src, ok := files[filepath.ToSlash(filepath.Join("samples", l.Dir, l.File(op.OperationID)))]
				if !ok {
					t.Errorf("%s: no %s sample", op.OperationID, l.Name)
					continue
				}
				if !bytes.Contains(src, []byte("KEYBS_BASE_URL")) {
					t.Errorf("%s %s: does not read KEYBS_BASE_URL", op.OperationID, l.Name)
				}
				if got := bytes.Contains(src, []byte("KEYBS_API_KEY")); got == op.Public {
					t.Errorf("%s %s: reads KEYBS_API_KEY = %v, want %v (public %v)", op.OperationID, l.Name, got, !op.Public, op.Public)
				}
				for _, e := range op.Env() {
					if !bytes.Contains(src, []byte(e)) {
						t.Errorf("%s %s: does not read %s", op.OperationID, l.Name, e)
					}
				}
			}
		}
	})

	t.Run("CodeSamplesNameEveryLanguageInOrder", func(t *testing.T) {
		var attached map[string][]CodeSample
		if err := json.Unmarshal(files["rest/codesamples_gen.json"], &attached); err != nil {
			t.Fatal(err)
		}
		if len(attached) != len(Catalog) {
			t.Errorf("codesamples_gen.json has %d operations, want %d", len(attached), len(Catalog))
		}
		want := []string{"JavaScript", "Python", "PHP", "Java", "Go", "Shell"}
		for id, list := range attached {
			var got []string
			for _, s := range list {
				got = append(got, s.Lang)
				if s.Label == "" || s.Source == "" {
					t.Errorf("%s %s: empty label or source", id, s.Lang)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: langs %v, want %v", id, got, want)
			}
		}
	})

	t.Run("EveryLanguageHasAWebhookVerifier", func(t *testing.T) {
		for _, p := range []string{"samples/javascript/verify_webhook.mjs", "samples/python/verify_webhook.py",
			"samples/php/verify_webhook.php", "samples/java/VerifyWebhook.java", "samples/go/verifywebhook/verify_webhook.go"} {
			if len(files[p]) == 0 {
				t.Errorf("no %s", p)
			}
		}
	})

	// The committed output is what the generator writes now (make
	// check-generate says the same for the whole tree).
	t.Run("CommittedFilesAreCurrent", func(t *testing.T) {
		for name, want := range files {
			got, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(name)))
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("%s is stale or missing: run go generate ./internal/samples", name)
			}
		}
	})
}

func TestOperationsRefusesABadCatalog(t *testing.T) {
	doc := mustDoc(t)
	cases := []struct {
		name string
		s    Sample
		want string
	}{
		{"UnknownOperationIsAnError", Sample{OperationID: "noSuchOperation", Print: "id"}, "names no operation"},
		{"UnmappedPathParameterIsAnError", Sample{OperationID: "getVerification", Print: "id"}, "path parameter {id}"},
		{"MalformedBodyIsAnError", Sample{OperationID: "createVerification", Print: "id", Body: `{"a": }`}, "body"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			saved := Catalog
			t.Cleanup(func() { Catalog = saved })
			Catalog = []Sample{c.s}
			_, err := Operations(doc)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Operations: %v, want an error containing %q", err, c.want)
			}
		})
	}
}

func TestBodies(t *testing.T) {
	v, err := parseValue(`{"b": 1, "a": {"x": [true, null]}, "e": {}, "t": "$KEYBS_TOKEN", "p": "50%"}`)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		lang Lang
		want []string
	}{
		{"JavaScriptKeepsOrderAndReadsTheVariable", javaScript, []string{`"b": 1,`, `"t": token,`, "true,", "null,"}},
		{"PythonSpellsTrueAndNone", python, []string{"True,", "None,", `"t": token,`}},
		{"PHPEmptyObjectStaysAnObject", php, []string{`'e' => new stdClass()`, `'t' => $token`}},
		{"JavaEscapesPercentAndFormatsTheVariable", java, []string{`"p": "50%%"`, `"t": "%1$s"`, ".formatted(token)"}},
		{"GoUsesMapsAndTheVariable", golang, []string{`"x": []any{`, `"t": token,`, "nil,"}},
		{"ShellSplicesTheVariable", shell, []string{`"t": "'"$KEYBS_TOKEN"'"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := c.lang.Body(v)
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("body lacks %q:\n%s", w, got)
				}
			}
			if strings.Index(got, `"b"`) > strings.Index(got, `"a"`) && c.lang.Name != "PHP" {
				t.Errorf("keys out of order:\n%s", got)
			}
		})
	}
}

func TestStarterFiles(t *testing.T) {
	known := make([]string, len(events.Types))
	for i, e := range events.Types {
		known[i] = e.Name
	}
	files, err := StarterFiles(known)
	if err != nil {
		t.Fatalf("StarterFiles: %v", err)
	}
	t.Run("EveryClientCarriesItsIndustrysConfiguration", func(t *testing.T) {
		for _, id := range industry.All {
			p := industry.ProfileOf(id)
			for _, l := range StarterLangs {
				name := "samples/starter/" + strings.ToLower(string(id)) + "/" + l.File
				src := string(files[name])
				want := append([]string{"KEYBS_BASE_URL", "KEYBS_API_KEY", "Retry-After", "Idempotency-Key", "verification:read",
					strconv.Itoa(p.LiveRateLimitPerMinute), strconv.Itoa(RetryMaxWaitSeconds)}, p.PresetScopes...)
				want = append(want, StarterEvents(p, known)...)
				for _, w := range want {
					if !strings.Contains(src, w) {
						t.Errorf("%s lacks %q", name, w)
					}
				}
			}
		}
	})
	t.Run("AServedClientNamesThatServer", func(t *testing.T) {
		b, err := StarterClient(industry.ProfileOf(industry.Payments), StarterLangs[0], "https://keybs.example/", known)
		if err != nil || !strings.Contains(string(b), "KEYBS_BASE_URL=https://keybs.example KEYBS_API_KEY") || !strings.Contains(string(b), "'escrow:initiate'") {
			t.Errorf("payments javascript (%v):\n%s", err, b)
		}
	})
	t.Run("CommittedFilesAreCurrent", func(t *testing.T) {
		for name, want := range files {
			got, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(name)))
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("%s is stale or missing: run go generate ./internal/samples", name)
			}
		}
	})
}
