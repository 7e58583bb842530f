#!/bin/sh
# Decide a sandbox dispute: POST /v1/test_helpers/disputes/{id}/resolve (scope disputes:open).
# Sandbox only: decides a TEST dispute as KeyBS ops would; won refunds the escrow to the buyer.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_DISPUTE_ID=… sh samples/shell/resolveDisputeTestHelper.sh
# It prints the JSON answer; the field that matters is status.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_DISPUTE_ID:?Set KEYBS_DISPUTE_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/test_helpers/disputes/${KEYBS_DISPUTE_ID}/resolve" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "outcome": "won"
}' \
  -H "Accept: application/json"
echo
