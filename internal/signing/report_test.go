package signing

import (
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/environment"
)

func TestParseReport(t *testing.T) {
	s := mustSigner(t, 6)
	want := sampleReport()
	want.Demo, want.Environment = true, environment.Test
	signed, err := s.Sign(want)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("ReadsBackWhatWasSigned", func(t *testing.T) {
		got, err := ParseReport(signed.Canonical)
		if err != nil {
			t.Fatalf("ParseReport: %v", err)
		}
		if !got.Equal(want) {
			t.Errorf("ParseReport = %+v, want %+v", got, want)
		}
		if got.RiskBand != "medium" || got.SignedAt.Location() != time.UTC {
			t.Errorf("risk band %q, signed_at zone %v: want the signed spelling, in UTC", got.RiskBand, got.SignedAt.Location())
		}
	})

	refusals := []struct {
		name      string
		canonical string
	}{
		{"NotJSON", "Acme is trustworthy"},
		{"NotAnObject", `["KBS-VR-7F3A"]`},
		{"AMemberMissing", strings.Replace(signed.Canonical, `"trust_score":78,`, "", 1)},
		{"KeyIDMissing", strings.Replace(signed.Canonical, `"key_id":"`+s.KeyID()+`",`, "", 1)},
		{"AnExtraMember", strings.Replace(signed.Canonical, `{`, `{"admin":true,`, 1)},
		{"AnUnknownEnvironment", strings.Replace(signed.Canonical, `"environment":"test"`, `"environment":"staging"`, 1)},
		{"AnUpperCaseEnvironment", strings.Replace(signed.Canonical, `"environment":"test"`, `"environment":"TEST"`, 1)},
		{"ATimeThatIsNotRFC3339", strings.Replace(signed.Canonical, `"signed_at":"2026-05-01T09:30:00Z"`, `"signed_at":"1 May 2026"`, 1)},
		{"AScoreOutOfRange", strings.Replace(signed.Canonical, `"trust_score":78`, `"trust_score":780`, 1)},
		{"AWrongType", strings.Replace(signed.Canonical, `"trust_score":78`, `"trust_score":"78"`, 1)},
		{"NullForAMember", strings.Replace(signed.Canonical, `"demo":true`, `"demo":null`, 1)},
	}
	for _, tc := range refusals {
		t.Run(tc.name+"IsRefused", func(t *testing.T) {
			if got, err := ParseReport(tc.canonical); err == nil {
				t.Errorf("ParseReport(%s) = %+v, want an error", tc.canonical, got)
			}
		})
	}
}

func TestReportEqual(t *testing.T) {
	base := sampleReport()
	same := base
	same.RiskBand = "medium"
	same.SignedAt = base.SignedAt.In(time.FixedZone("IST", 5*3600+1800))
	if !base.Equal(same) {
		t.Error("the same report in another spelling of its risk band and zone is not Equal")
	}
	changes := map[string]func(*Report){
		"VerificationID": func(r *Report) { r.VerificationID += "X" },
		"SupplierName":   func(r *Report) { r.SupplierName = "Acne Trading Co." },
		"CountryCode":    func(r *Report) { r.CountryCode = "GB" },
		"TrustScore":     func(r *Report) { r.TrustScore++ },
		"RiskBand":       func(r *Report) { r.RiskBand = "low" },
		"Environment":    func(r *Report) { r.Environment = environment.Test },
		"Demo":           func(r *Report) { r.Demo = true },
		"SignedAt":       func(r *Report) { r.SignedAt = r.SignedAt.Add(time.Second) },
		"ValidUntil":     func(r *Report) { r.ValidUntil = r.ValidUntil.Add(-time.Second) },
	}
	for field, change := range changes {
		t.Run("Another"+field+"IsNotEqual", func(t *testing.T) {
			other := base
			change(&other)
			if base.Equal(other) {
				t.Errorf("reports differing in %s are Equal", field)
			}
		})
	}
}
