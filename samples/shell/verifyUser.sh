#!/bin/sh
# Verify a buyer or seller: POST /v1/user/verify (scope user:verify).
# In the sandbox the name Rejected, Review or Verified forces that status, as do the phones +15005550006 (review) and +15005550001 (rejected).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/verifyUser.sh
# It prints the JSON answer; the field that matters is status.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/user/verify" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "email": "ana@shop.example",
  "phone": "+49301234567",
  "name": "Ana Lopez",
  "country": "DE",
  "role": "seller"
}' \
  -H "Accept: application/json"
echo
