package risk

import (
	"fmt"
	"strings"

	"github.com/keybs/platform/internal/finding"
)

// MagicAmounts force a transaction check's decision in the sandbox, whatever
// the rules found, as Stripe's test card numbers force a card's outcome. The
// amount is in minor units: 66600 is 666.00 in a two-decimal currency.
var MagicAmounts = map[int64]struct {
	Decision Decision
	Score    int
}{
	66600: {Decline, 100},
	44400: {Review, 50},
	22200: {Approve, 0},
}

// applyMagic returns the forced outcome for a magic amount, with a sandbox
// finding saying so, and the engine's own outcome otherwise. Only the TEST
// environment calls it.
func applyMagic(amount int64, reasons []finding.Finding, score int, d Decision) ([]finding.Finding, int, Decision) {
	m, ok := MagicAmounts[amount]
	if !ok {
		return reasons, score, d
	}
	result := finding.Hit
	if m.Decision == Approve {
		result = finding.Pass
	}
	return append(reasons, finding.Finding{Name: "sandbox", Result: result,
		Detail: fmt.Sprintf("test environment: the amount %d forces the decision %s", amount, m.Decision)}), m.Score, m.Decision
}

func upper[S ~string](s S) string { return strings.ToUpper(strings.TrimSpace(string(s))) }
