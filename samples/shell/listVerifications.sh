#!/bin/sh
# List verification cases: GET /v1/verifications (scope verification:read).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/listVerifications.sh
# It prints the JSON answer; the field that matters is data.0.verification_id.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/verifications?status=submitted&limit=10" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Accept: application/json"
echo
