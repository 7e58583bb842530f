#!/bin/sh
# Fund, release or refund an escrow: POST /v1/escrow/funds (scope escrow:funds).
# fund moves initiated to funded; release pays the seller and refund the buyer.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_ESCROW_ID=… sh samples/shell/moveEscrowFunds.sh
# It prints the JSON answer; the field that matters is status.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_ESCROW_ID:?Set KEYBS_ESCROW_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/escrow/funds" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "escrow_id": "'"$KEYBS_ESCROW_ID"'",
  "action": "fund"
}' \
  -H "Accept: application/json"
echo
