#!/bin/sh
# Retrieve a verification case: GET /v1/verifications/{id} (scope verification:read).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_CASE_ID=… sh samples/shell/getVerification.sh
# It prints the JSON answer; the field that matters is verification_id.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_CASE_ID:?Set KEYBS_CASE_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/verifications/${KEYBS_CASE_ID}" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Accept: application/json"
echo
