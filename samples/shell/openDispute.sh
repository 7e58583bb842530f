#!/bin/sh
# Open a dispute: POST /v1/disputes/open (scope disputes:open).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_ESCROW_ID=… sh samples/shell/openDispute.sh
# It prints the JSON answer; the field that matters is id.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_ESCROW_ID:?Set KEYBS_ESCROW_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/disputes/open" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "escrow_id": "'"$KEYBS_ESCROW_ID"'",
  "reason": "product_not_received",
  "description": "The parcel never arrived.",
  "reference": "claim-3"
}' \
  -H "Accept: application/json"
echo
