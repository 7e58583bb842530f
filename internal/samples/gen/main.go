// Command gen writes every artefact of internal/samples' catalog: the code
// samples under samples/, the webhook verifiers and rest/codesamples_gen.json,
// which the server merges into its OpenAPI document as x-codeSamples, and
// every industry's starter .env and clients under samples/starter/. It runs
// from go generate in internal/samples.
package main

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"

	"github.com/keybs/platform/internal/events"
	"github.com/keybs/platform/internal/samples"
)

func main() {
	root := flag.String("root", ".", "the repository root")
	flag.Parse()
	if err := run(*root); err != nil {
		fmt.Fprintln(os.Stderr, "samples/gen:", err)
		os.Exit(1)
	}
}

func run(root string) error {
	doc, err := os.ReadFile(filepath.Join(root, "rest", "openapi.json"))
	if err != nil {
		return err
	}
	files, err := samples.Files(doc)
	if err != nil {
		return err
	}
	known := make([]string, len(events.Types))
	for i, t := range events.Types {
		known[i] = t.Name
	}
	starter, err := samples.StarterFiles(known)
	if err != nil {
		return err
	}
	maps.Copy(files, starter)
	// samples/ is wholly generated: a sample whose entry left the catalog
	// must not stay behind.
	if err := os.RemoveAll(filepath.Join(root, "samples")); err != nil {
		return err
	}
	for name, b := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
