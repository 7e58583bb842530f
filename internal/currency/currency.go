// Package currency decides which currency codes an API key may use. Seed 001
// gives every key a currency type: a fiat key deals in ISO 4217 currencies
// (USD, EUR, JPY …), a crypto key in crypto-asset codes (BTC, ETH, USDC …).
// Every endpoint that takes a currency calls Check with the key's type, so a
// fiat key can never move BTC and a crypto key never EUR, and all of them
// answer the same 422 naming the field "currency".
package currency

import (
	"slices"
	"strings"

	"github.com/keybs/platform/internal/fault"
)

// The key currency types, spelled as the api_keys.currency_type column
// stores them.
const (
	Fiat   = "FIAT"
	Crypto = "CRYPTO"
)

// Field is the request field every currency error names.
const Field = "currency"

// Canonical is code as the tables below spell it: trimmed and upper case.
func Canonical(code string) string { return strings.ToUpper(strings.TrimSpace(code)) }

// IsFiat reports whether code (any case) is an active ISO 4217 currency.
func IsFiat(code string) bool { _, ok := fiat[Canonical(code)]; return ok }

// IsCrypto reports whether code (any case) is a crypto asset we know.
func IsCrypto(code string) bool { _, ok := crypto[Canonical(code)]; return ok }

// MinorUnits is the number of decimal places of code's minor unit (2 for
// USD, 0 for JPY, 8 for BTC), and false for an unknown code.
func MinorUnits(code string) (int, bool) {
	c := Canonical(code)
	if d, ok := fiat[c]; ok {
		return d, true
	}
	d, ok := crypto[c]
	return d, ok
}

// Check accepts code (any case) when it is a currency of the key's type
// (Fiat or Crypto). An empty keyType — a portal session, which has no
// currency type — accepts either kind. Every refusal is a 422 naming the
// field "currency": a missing code, an unknown one, or one of the other kind.
func Check(keyType, code string) error {
	c := Canonical(code)
	isFiat, isCrypto := IsFiat(c), IsCrypto(c)
	switch {
	case c == "":
		return fault.InvalidField(Field, "{field} is required")
	case !isFiat && !isCrypto:
		return fault.InvalidField(Field, "{field} %s is neither an ISO 4217 currency code nor a known crypto asset code", quote(c))
	case strings.ToUpper(keyType) == Fiat && !isFiat:
		return fault.InvalidField(Field, "{field} %s is a crypto asset; this API key's currency type is fiat, which takes ISO 4217 codes such as USD or EUR", quote(c))
	case strings.ToUpper(keyType) == Crypto && !isCrypto:
		return fault.InvalidField(Field, "{field} %s is a fiat currency; this API key's currency type is crypto, which takes asset codes such as BTC, ETH or USDC", quote(c))
	}
	return nil
}

// quote keeps a caller's text short and printable in a message.
func quote(c string) string {
	if len(c) > 12 {
		c = c[:12] + "…"
	}
	return `"` + strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return '?'
		}
		return r
	}, c) + `"`
}

// Codes lists the codes of one kind (Fiat or Crypto), sorted, for
// documentation and the portal's pickers.
func Codes(kind string) []string {
	table := fiat
	if strings.ToUpper(kind) == Crypto {
		table = crypto
	}
	out := make([]string, 0, len(table))
	for c := range table {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}
