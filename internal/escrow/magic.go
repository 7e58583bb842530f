package escrow

import (
	"fmt"

	"github.com/keybs/platform/internal/fault"
)

// MagicOutcome is what a sandbox magic amount does when its escrow is funded.
type MagicOutcome string

// The magic outcomes.
const (
	// DeclineFunding refuses the fund move with 409 conflict, as a bank
	// declining the buyer's payment would; the escrow stays initiated.
	DeclineFunding MagicOutcome = "decline_funding"
	// ReleaseAtOnce funds the escrow and releases it to the seller in the
	// same move, sending escrow.funded then escrow.released.
	ReleaseAtOnce MagicOutcome = "release_at_once"
)

// MagicAmounts force what funding an escrow does in the sandbox (TEST keys
// and portal sessions only; live escrows never honour them), as Stripe's
// test card numbers force a payment's outcome. Amounts are minor units.
var MagicAmounts = map[int64]MagicOutcome{
	40400: DeclineFunding,
	20200: ReleaseAtOnce,
}

// declined is the 409 of a magic amount's declined funding.
func declined(amount int64) error {
	return fault.New(fault.Conflict, "%s", fmt.Sprintf("test environment: funding an escrow of the amount %d is declined (a sandbox magic value); the escrow stays initiated", amount))
}
