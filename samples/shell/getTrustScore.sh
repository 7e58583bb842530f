#!/bin/sh
# Get a verification's trust score: GET /v1/trustscore/get (scope trustscore:read).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_VERIFICATION_ID=… sh samples/shell/getTrustScore.sh
# It prints the JSON answer; the field that matters is trust_score.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_VERIFICATION_ID:?Set KEYBS_VERIFICATION_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/trustscore/get?verification_id=${KEYBS_VERIFICATION_ID}" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Accept: application/json"
echo
