#!/bin/sh
# Open an escrow: POST /v1/escrow/initiate (scope escrow:initiate).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/initiateEscrow.sh
# It prints the JSON answer; the field that matters is id.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/escrow/initiate" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "amount": 12500,
  "currency": "EUR",
  "buyer_id": "buyer-1",
  "seller_id": "seller-9",
  "description": "Lot 42: a restored bicycle",
  "reference": "order-7"
}' \
  -H "Accept: application/json"
echo
