package server_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keybs/platform/server"
	"github.com/keybs/platform/server/servertest"
)

// TestABadPriceTableStopsStartUp: a KEYBS_PRICE_TABLE that is missing or
// does not describe a complete table stops the server before it opens the
// database, with an error naming the variable, the file and the fault; a
// good one starts it.
func TestABadPriceTableStopsStartUp(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		servertest.Must(t, os.WriteFile(p, []byte(body), 0o600))
		return p
	}
	good := `{"currency":"EUR","industries":{"FINTECH":{"calls":[{"per_thousand":1}]},"PAYMENTS":{"calls":[{"per_thousand":1}]},` +
		`"OTHER":{"calls":[{"per_thousand":1}]},"ECOMMERCE":{"calls":[{"per_thousand":1}],"verification":1,"volume_per_mille":1},` +
		`"IGAMING":{"calls":[{"per_thousand":1}],"kyc_check":1,"fraud_check":1,"bundle":1}}}`
	for _, tc := range []struct {
		name, path, want string
	}{
		{"MissingFile", filepath.Join(dir, "absent.json"), "KEYBS_PRICE_TABLE: open " + filepath.Join(dir, "absent.json")},
		{"NotJSON", write("broken.json", "{"), "broken.json: not a valid price table"},
		{"Incomplete", write("partial.json", `{"currency":"EUR","industries":{}}`), "partial.json: industries: FINTECH has no prices"},
		{"Good", write("good.json", good), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			secret := hex.EncodeToString(bytes.Repeat([]byte{7}, 32))
			env := map[string]string{"KEYBS_ENV": "test", "KEYBS_DATA_DIR": t.TempDir(),
				"KEYBS_JWT_SECRET": secret, "KEYBS_ENCRYPTION_KEY": secret, "KEYBS_PRICE_TABLE": tc.path}
			log := servertest.Logger(t)
			cfg, err := server.LoadConfig(func(k string) string { return env[k] }, log)
			servertest.Must(t, err)
			if cfg.PriceTable != tc.path {
				t.Fatalf("PriceTable = %q, want KEYBS_PRICE_TABLE", cfg.PriceTable)
			}
			s, err := server.New(context.Background(), cfg, log)
			if tc.want == "" {
				servertest.Must(t, err)
				_ = s.Close()
				return
			}
			if err == nil {
				_ = s.Close()
				t.Fatal("the server started with a bad price table")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q, want it to contain %q", err, tc.want)
			}
		})
	}
}
