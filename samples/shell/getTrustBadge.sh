#!/bin/sh
# Get a verification's trust badge: GET /v1/trustbadge/get (scope trustbadge:read).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_VERIFICATION_ID=… sh samples/shell/getTrustBadge.sh
# It prints the JSON answer; the field that matters is embed_snippet.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_VERIFICATION_ID:?Set KEYBS_VERIFICATION_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/trustbadge/get?verification_id=${KEYBS_VERIFICATION_ID}" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Accept: application/json"
echo
