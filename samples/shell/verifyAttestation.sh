#!/bin/sh
# Check a report: GET /v1/attestations/verify/{verificationId}.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… sh samples/shell/verifyAttestation.sh
# It prints the JSON answer; the field that matters is valid.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_VERIFICATION_ID:?Set KEYBS_VERIFICATION_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/attestations/verify/${KEYBS_VERIFICATION_ID}" \
  -H "Accept: application/json"
echo
