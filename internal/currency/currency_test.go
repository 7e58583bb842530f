package currency_test

import (
	"strings"
	"testing"

	"github.com/keybs/platform/internal/currency"
	"github.com/keybs/platform/internal/fault"
)

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		name, keyType, code string
		wantErr             string // a fragment of the message; "" accepts
	}{
		{"FiatKeyTakesUSD", currency.Fiat, "USD", ""},
		{"FiatKeyTakesLowerCaseEur", currency.Fiat, " eur ", ""},
		{"FiatKeyTakesZeroDecimalJPY", currency.Fiat, "JPY", ""},
		{"FiatKeyRefusesBTC", currency.Fiat, "BTC", "is a crypto asset"},
		{"FiatKeyRefusesUSDC", currency.Fiat, "usdc", "is a crypto asset"},
		{"CryptoKeyTakesBTC", currency.Crypto, "BTC", ""},
		{"CryptoKeyTakesLowerCaseEth", currency.Crypto, "eth", ""},
		{"CryptoKeyTakesUSDC", currency.Crypto, "USDC", ""},
		{"CryptoKeyRefusesUSD", currency.Crypto, "USD", "is a fiat currency"},
		{"CryptoKeyRefusesEUR", currency.Crypto, "EUR", "is a fiat currency"},
		{"LowerCaseKeyTypeIsHonoured", "crypto", "USD", "is a fiat currency"},
		{"SessionTakesFiat", "", "GBP", ""},
		{"SessionTakesCrypto", "", "SOL", ""},
		{"MissingCodeIsRequired", currency.Fiat, "  ", "currency is required"},
		{"UnknownCodeIsRefused", currency.Fiat, "ABC", "neither an ISO 4217"},
		{"UnknownCodeIsRefusedForSessions", "", "ZZZ", "neither an ISO 4217"},
		{"NoCurrencyXXXIsRefused", currency.Fiat, "XXX", "neither an ISO 4217"},
		{"APercentSignIsShownNotInterpreted", currency.Fiat, "%d%s", `"%D%S"`},
		{"ALongCodeIsCut", currency.Fiat, strings.Repeat("Q", 40), "…"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := currency.Check(c.keyType, c.code)
			if c.wantErr == "" {
				if err != nil {
					t.Fatalf("Check(%q, %q) = %v, want nil", c.keyType, c.code, err)
				}
				return
			}
			fe := fault.From(err)
			if err == nil || fe.Kind != fault.Invalid || fe.Field != "currency" || !strings.Contains(fe.Message, c.wantErr) {
				t.Fatalf("Check(%q, %q) = %v, want a 422 naming currency containing %q", c.keyType, c.code, err, c.wantErr)
			}
		})
	}
}

func TestMinorUnits(t *testing.T) {
	for _, c := range []struct {
		code   string
		want   int
		wantOK bool
	}{{"USD", 2, true}, {"jpy", 0, true}, {"KWD", 3, true}, {"BTC", 8, true}, {"ETH", 18, true}, {"USDC", 6, true}, {"NOPE", 0, false}} {
		t.Run(c.code, func(t *testing.T) {
			if got, ok := currency.MinorUnits(c.code); got != c.want || ok != c.wantOK {
				t.Fatalf("MinorUnits(%q) = %d, %v; want %d, %v", c.code, got, ok, c.want, c.wantOK)
			}
		})
	}
}

// TestNoCodeIsBothKinds: a code that were both fiat and crypto would pass
// either key's check and make the type meaningless.
func TestNoCodeIsBothKinds(t *testing.T) {
	crypto := currency.Codes(currency.Crypto)
	if len(crypto) < 10 || len(currency.Codes(currency.Fiat)) < 150 {
		t.Fatalf("tables too small: %d crypto, %d fiat", len(crypto), len(currency.Codes(currency.Fiat)))
	}
	for _, code := range crypto {
		if currency.IsFiat(code) {
			t.Errorf("%s is listed as fiat and crypto", code)
		}
	}
	if !currency.IsFiat("EUR") || currency.IsCrypto("EUR") {
		t.Error("EUR must be fiat only")
	}
}
