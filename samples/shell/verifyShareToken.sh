#!/bin/sh
# Check a share token: POST /v1/kyc-share/verify.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_SHARE_TOKEN=… sh samples/shell/verifyShareToken.sh
# It prints the JSON answer; the field that matters is supplier_name.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_SHARE_TOKEN:?Set KEYBS_SHARE_TOKEN in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/kyc-share/verify" \
  -H "Content-Type: application/json" \
  -d '{
  "token": "'"$KEYBS_SHARE_TOKEN"'"
}' \
  -H "Accept: application/json"
echo
