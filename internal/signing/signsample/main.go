// Command signsample signs and canonicalises what it is given, so that the
// independent verifier in ../node can check our output with nothing of ours
// but the published JWK set. It reads one JSON request on stdin:
//
//	{"seed": "<64 hex>",               // KEYBS_SIGNING_KEY
//	 "reports": [{"verification_id": …, "environment": "live", …}],
//	 "objects": [{…any JSON object…}],
//	 "canonicalize": [<any JSON value>, …]}
//
// and writes {"kid", "reports": [Signed], "objects": [Signed],
// "canonicalize": [{"canonical"} or {"error"}]} on stdout. Reports go through
// signing.Report, objects straight through Signer.Sign, and canonicalize
// entries through jcs.Transform on their raw text.
package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/jcs"
	"github.com/keybs/platform/internal/signing"
)

type request struct {
	Seed         string            `json:"seed"`
	Reports      []report          `json:"reports"`
	Objects      []map[string]any  `json:"objects"`
	Canonicalize []json.RawMessage `json:"canonicalize"`
}

// report is a signed report's public fields as the verifier writes them.
type report struct {
	VerificationID string    `json:"verification_id"`
	SupplierName   string    `json:"supplier_name"`
	CountryCode    string    `json:"country_code"`
	TrustScore     int       `json:"trust_score"`
	RiskBand       string    `json:"risk_band"`
	Environment    string    `json:"environment"`
	Demo           bool      `json:"demo"`
	SignedAt       time.Time `json:"signed_at"`
	ValidUntil     time.Time `json:"valid_until"`
}

type canonical struct {
	Canonical string `json:"canonical,omitempty"`
	Error     string `json:"error,omitempty"`
}

type response struct {
	KeyID        string           `json:"kid"`
	Reports      []signing.Signed `json:"reports"`
	Objects      []signing.Signed `json:"objects"`
	Canonicalize []canonical      `json:"canonicalize"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "signsample:", err)
		os.Exit(1)
	}
}

func run() error {
	var req request
	if err := json.NewDecoder(os.Stdin).Decode(&req); err != nil {
		return fmt.Errorf("read the request: %w", err)
	}
	seed, err := hex.DecodeString(req.Seed)
	if err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	signer, err := signing.NewSigner(seed)
	if err != nil {
		return err
	}
	res := response{KeyID: signer.KeyID(), Reports: []signing.Signed{}, Objects: []signing.Signed{}, Canonicalize: []canonical{}}
	for i, r := range req.Reports {
		s, err := signer.Sign(signing.Report{
			VerificationID: r.VerificationID, SupplierName: r.SupplierName, CountryCode: r.CountryCode,
			TrustScore: r.TrustScore, RiskBand: r.RiskBand, Environment: environment.Environment(strings.ToUpper(r.Environment)),
			Demo: r.Demo, SignedAt: r.SignedAt, ValidUntil: r.ValidUntil,
		})
		if err != nil {
			return fmt.Errorf("report %d: %w", i, err)
		}
		res.Reports = append(res.Reports, s)
	}
	for i, o := range req.Objects {
		s, err := signer.Sign(o)
		if err != nil {
			return fmt.Errorf("object %d: %w", i, err)
		}
		res.Objects = append(res.Objects, s)
	}
	for _, raw := range req.Canonicalize {
		c, err := jcs.Transform(raw)
		if err != nil {
			res.Canonicalize = append(res.Canonicalize, canonical{Error: err.Error()})
			continue
		}
		res.Canonicalize = append(res.Canonicalize, canonical{Canonical: string(c)})
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(res)
}
