#!/bin/sh
# Read a dispute: GET /v1/disputes/{id} (scope disputes:open).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_DISPUTE_ID=… sh samples/shell/getDispute.sh
# It prints the JSON answer; the field that matters is status.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_DISPUTE_ID:?Set KEYBS_DISPUTE_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/disputes/${KEYBS_DISPUTE_ID}" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Accept: application/json"
echo
