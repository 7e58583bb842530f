#!/bin/sh
# Advance a sandbox case (test helper): POST /v1/test_helpers/verifications/{id}/advance (scope verification:create).
# Sandbox only: a TEST key walks its case to the state, sending every webhook on the way.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_CASE_ID=… sh samples/shell/advanceVerification.sh
# It prints the JSON answer; the field that matters is status.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_CASE_ID:?Set KEYBS_CASE_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/test_helpers/verifications/${KEYBS_CASE_ID}/advance" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "to": "published"
}' \
  -H "Accept: application/json"
echo
