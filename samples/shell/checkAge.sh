#!/bin/sh
# Check a gambling age: POST /v1/kyc/agecheck (scope kyc:agecheck).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/checkAge.sh
# It prints the JSON answer; the field that matters is allowed.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/kyc/agecheck" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "date_of_birth": "2006-04-02",
  "country": "CA",
  "region": "ON"
}' \
  -H "Accept: application/json"
echo
