#!/bin/sh
# Signed report: GET /r/{verificationId}.json.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… sh samples/shell/getSignedReport.sh
# It prints the JSON answer; the field that matters is digest.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_VERIFICATION_ID:?Set KEYBS_VERIFICATION_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/r/${KEYBS_VERIFICATION_ID}.json" \
  -H "Accept: application/json"
echo
