#!/bin/sh
# Complete a sandbox KYC check (test helper): POST /v1/test_helpers/kyc/{id}/complete (scope kyc:verify).
# Sandbox only: decides a pending TEST check.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_KYC_ID=… sh samples/shell/completeKyc.sh
# It prints the JSON answer; the field that matters is status.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_KYC_ID:?Set KEYBS_KYC_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/test_helpers/kyc/${KEYBS_KYC_ID}/complete" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "status": "verified"
}' \
  -H "Accept: application/json"
echo
