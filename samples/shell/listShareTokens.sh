#!/bin/sh
# List share tokens: GET /v1/share-tokens (scope share:manage).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/listShareTokens.sh
# It prints the JSON answer; the field that matters is data.0.id.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/share-tokens" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Accept: application/json"
echo
