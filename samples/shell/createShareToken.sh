#!/bin/sh
# Create a share token: POST /v1/share-tokens (scope share:manage).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_VERIFICATION_ID=… sh samples/shell/createShareToken.sh
# It prints the JSON answer; the field that matters is token.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_VERIFICATION_ID:?Set KEYBS_VERIFICATION_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/share-tokens" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "verification_id": "'"$KEYBS_VERIFICATION_ID"'",
  "fields": [
    "verification_id",
    "supplier_name",
    "trust_score",
    "state"
  ],
  "max_uses": 5,
  "expires_in": 86400
}' \
  -H "Accept: application/json"
echo
