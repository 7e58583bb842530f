package metering_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/metering"
)

func i64(v int64) *int64 { return &v }

// table has round prices that make the arithmetic readable.
func table(t *testing.T) *metering.Table {
	t.Helper()
	tb, err := metering.ParseTable([]byte(`{"currency":"EUR","industries":{
		"FINTECH":{"calls":[{"up_to":1000,"per_thousand":3000},{"up_to":2000,"per_thousand":2000},{"per_thousand":1000}]},
		"PAYMENTS":{"calls":[{"per_thousand":1500}]},
		"ECOMMERCE":{"calls":[{"per_thousand":100}],"verification":40,"volume_per_mille":5},
		"IGAMING":{"calls":[{"per_thousand":100}],"kyc_check":80,"fraud_check":30,"bundle":90},
		"OTHER":{"calls":[{"per_thousand":500}]}}}`))
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestBandBoundaries(t *testing.T) {
	tb := table(t)
	// 3 per call up to 1000, 2 per call to 2000, 1 per call after
	// (per_thousand 3000 = 3 minor units a call).
	for _, tc := range []struct {
		calls, want int64
	}{
		{0, 0}, {1, 3}, {999, 2997}, {1000, 3000}, {1001, 3002}, {2000, 5000}, {2001, 5001}, {5000, 8000},
	} {
		_, total, _ := tb.Charge(industry.Fintech, metering.Totals{Calls: tc.calls})
		if total.Amount != tc.want || total.Currency != "EUR" {
			t.Errorf("%d calls: %+v, want %d EUR", tc.calls, total, tc.want)
		}
	}
}

func TestBandsRoundOnceHalfUp(t *testing.T) {
	tb := table(t)
	// 1.5 minor units a call: 1 call is 1.5 → 2, 3 calls 4.5 → 5, not 2+2+2.
	for calls, want := range map[int64]int64{1: 2, 2: 3, 3: 5, 1000: 1500} {
		if _, total, _ := tb.Charge(industry.Payments, metering.Totals{Calls: calls}); total.Amount != want {
			t.Errorf("%d calls at 1.5: %d, want %d", calls, total.Amount, want)
		}
	}
}

func TestBundlePairsKYCAndFraudChecks(t *testing.T) {
	tb := table(t)
	for _, tc := range []struct {
		name       string
		kyc, fraud int64
		want       int64
		lines      []string
	}{
		{"Pairs", 3, 3, 270, []string{"KYC + fraud check bundles ×3 = 270"}},
		{"KYCLeftOver", 3, 1, 90 + 2*80, []string{"KYC + fraud check bundles ×1 = 90", "KYC checks outside a bundle ×2 = 160"}},
		{"FraudLeftOver", 0, 2, 60, []string{"Fraud checks outside a bundle ×2 = 60"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines, total, _ := tb.Charge(industry.IGaming, metering.Totals{KYCChecks: tc.kyc, FraudChecks: tc.fraud})
			if total.Amount != tc.want {
				t.Errorf("total %d, want %d", total.Amount, tc.want)
			}
			if got := describe(lines); !reflect.DeepEqual(got, tc.lines) {
				t.Errorf("lines %q, want %q", got, tc.lines)
			}
		})
	}
}

func TestPerMilleRoundsHalfUpOncePerCurrency(t *testing.T) {
	for _, tc := range []struct{ volume, perMille, want int64 }{
		{1100, 5, 6}, // 5.5 → 6
		{1099, 5, 5}, // 5.495 → 5
		{100, 5, 1},  // 0.5 → 1
		{99, 5, 0},   // 0.495 → 0
		{0, 5, 0},
		{1_000_000_000_000_000_001, 5, 5_000_000_000_000_000}, // no overflow
	} {
		if got := metering.PerMille(tc.volume, tc.perMille); got != tc.want {
			t.Errorf("%d ‰ of %d = %d, want %d", tc.perMille, tc.volume, got, tc.want)
		}
	}
	tb := table(t)
	// Two escrows of 550 EUR cents are one month's 1100: 6, not 3+3.
	lines, total, other := tb.Charge(industry.Ecommerce, metering.Totals{Verifications: 2, Calls: 10,
		Volume: map[string]int64{"EUR": 1100, "USD": 20000}})
	if total.Amount != 1+80+6 || total.Currency != "EUR" {
		t.Errorf("EUR total %+v, want 87 (1 for 10 calls, 80 for verifications, 6 of volume)", total)
	}
	if want := []metering.Money{{Amount: 100, Currency: "USD"}}; !reflect.DeepEqual(other, want) {
		t.Errorf("other currencies %+v, want %+v", other, want)
	}
	if len(lines) != 4 {
		t.Errorf("lines %q", describe(lines))
	}
}

func TestUnitsUnderEachIndustrysModel(t *testing.T) {
	amount := i64(5000)
	for _, tc := range []struct {
		ind  industry.Industry
		call metering.Call
		unit metering.Unit
		qty  int64
	}{
		{industry.Fintech, metering.Call{Operation: metering.KYCVerify}, metering.UnitCall, 1},
		{industry.Payments, metering.Call{Operation: metering.EscrowInitiate, Amount: amount, Currency: "USD"}, metering.UnitCall, 1},
		{industry.Other, metering.Call{Operation: metering.FraudScore}, metering.UnitCall, 1},
		{industry.Ecommerce, metering.Call{Operation: metering.UserVerify}, metering.UnitVerification, 1},
		{industry.Ecommerce, metering.Call{Operation: metering.EscrowInitiate, Amount: amount, Currency: "USD"}, metering.UnitTransactionVolume, 5000},
		{industry.Ecommerce, metering.Call{Operation: metering.EscrowFunds}, metering.UnitCall, 1},
		{industry.IGaming, metering.Call{Operation: metering.KYCAgeCheck}, metering.UnitKYCCheck, 1},
		{industry.IGaming, metering.Call{Operation: metering.TransactionCheck, Amount: amount, Currency: "EUR"}, metering.UnitFraudCheck, 1},
		{industry.IGaming, metering.Call{Operation: metering.DisputeOpen}, metering.UnitCall, 1},
	} {
		unit, qty := metering.UnitOf(metering.ModelOf(tc.ind), tc.call)
		if unit != tc.unit || qty != tc.qty {
			t.Errorf("%s %s: %s ×%d, want %s ×%d", tc.ind, tc.call.Operation, unit, qty, tc.unit, tc.qty)
		}
	}
}

func TestDefaultTableIsComplete(t *testing.T) {
	tb := metering.DefaultTable()
	for _, ind := range industry.All {
		if len(tb.Industries[ind].Calls) == 0 {
			t.Errorf("%s has no call prices", ind)
		}
	}
	if tb2, err := metering.LoadTable(""); err != nil || !reflect.DeepEqual(tb2, tb) {
		t.Fatalf("empty path: %v", err)
	}
}

func TestBadPriceTablesAreClearErrors(t *testing.T) {
	valid := `"FINTECH":{"calls":[{"per_thousand":1}]},"PAYMENTS":{"calls":[{"per_thousand":1}]},"OTHER":{"calls":[{"per_thousand":1}]},` +
		`"ECOMMERCE":{"calls":[{"per_thousand":1}],"verification":1,"volume_per_mille":1},` +
		`"IGAMING":{"calls":[{"per_thousand":1}],"kyc_check":1,"fraud_check":1,"bundle":1}`
	with := func(industries string) string { return `{"currency":"USD","industries":{` + industries + `}}` }
	replace := func(old, new string) string { return with(strings.Replace(valid, old, new, 1)) }
	for _, tc := range []struct{ name, json, want string }{
		{"NotJSON", `{"currency":`, "not a valid price table"},
		{"UnknownField", `{"currency":"USD","industries":{},"discount":5}`, `unknown field "discount"`},
		{"BadCurrency", `{"currency":"dollars","industries":{}}`, `currency "dollars" must be an ISO 4217 code`},
		{"UnknownIndustry", with(valid + `,"GAMBLING":{"calls":[{"per_thousand":1}]}`), `"GAMBLING" is not an industry`},
		{"MissingIndustry", with(strings.Replace(valid, `"OTHER":{"calls":[{"per_thousand":1}]},`, "", 1)), "industries: OTHER has no prices"},
		{"NoBands", replace(`"FINTECH":{"calls":[{"per_thousand":1}]}`, `"FINTECH":{"calls":[]}`), "industries.FINTECH: calls: at least one band is required"},
		{"LastBandBounded", replace(`"FINTECH":{"calls":[{"per_thousand":1}]}`, `"FINTECH":{"calls":[{"up_to":10,"per_thousand":1}]}`), "calls[0]: the last band must have no up_to"},
		{"MiddleBandUnbounded", replace(`"FINTECH":{"calls":[{"per_thousand":1}]}`, `"FINTECH":{"calls":[{"per_thousand":2},{"per_thousand":1}]}`), "calls[0].up_to is required"},
		{"BandsDescend", replace(`"FINTECH":{"calls":[{"per_thousand":1}]}`, `"FINTECH":{"calls":[{"up_to":10,"per_thousand":2},{"up_to":10,"per_thousand":1},{"per_thousand":1}]}`), "calls[1].up_to must be greater than 10"},
		{"NegativePrice", replace(`"PAYMENTS":{"calls":[{"per_thousand":1}]}`, `"PAYMENTS":{"calls":[{"per_thousand":-1}]}`), "industries.PAYMENTS: calls[0].per_thousand must not be negative"},
		{"FieldOfAnotherModel", replace(`"FINTECH":{"calls":[{"per_thousand":1}]}`, `"FINTECH":{"calls":[{"per_thousand":1}],"bundle":5}`), "industries.FINTECH: bundle does not apply to the per_call pricing model"},
		{"MissingModelPrice", replace(`"bundle":1`, `"bundle":null`), "industries.IGAMING: bundle is required by the kyc_fraud_bundle pricing model"},
		{"PerMilleAbove1000", replace(`"volume_per_mille":1`, `"volume_per_mille":1001`), "volume_per_mille must be at most 1000"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := metering.ParseTable([]byte(tc.json))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
	t.Run("FileErrorsNameTheFile", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "prices.json")
		if _, err := metering.LoadTable(path); err == nil || !strings.Contains(err.Error(), "KEYBS_PRICE_TABLE") || !strings.Contains(err.Error(), "prices.json") {
			t.Fatalf("missing file: %v", err)
		}
		if err := os.WriteFile(path, []byte(`{"currency":"USD"}`), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := metering.LoadTable(path); err == nil || !strings.Contains(err.Error(), "KEYBS_PRICE_TABLE "+path+": industries: FINTECH has no prices") {
			t.Fatalf("incomplete file: %v", err)
		}
		if err := os.WriteFile(path, []byte(with(valid)), 0o600); err != nil {
			t.Fatal(err)
		}
		if tb, err := metering.LoadTable(path); err != nil || tb.Currency != "USD" {
			t.Fatalf("valid file: %v", err)
		}
	})
}

func describe(lines []metering.Line) []string {
	out := []string{}
	for _, l := range lines {
		out = append(out, l.Description+" ×"+itoa(l.Quantity)+" = "+itoa(l.Amount.Amount))
	}
	return out
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
