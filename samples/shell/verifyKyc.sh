#!/bin/sh
# Verify a person (KYC): POST /v1/kyc/verify (scope kyc:verify).
# In the sandbox the last name Pending keeps the check pending until the completeKyc test helper decides it.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/verifyKyc.sh
# It prints the JSON answer; the field that matters is id.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/kyc/verify" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "first_name": "Ada",
  "last_name": "Pending",
  "date_of_birth": "1996-11-23",
  "country": "GB",
  "document_type": "passport",
  "document_number": "123456789",
  "reference": "cust-1"
}' \
  -H "Accept: application/json"
echo
