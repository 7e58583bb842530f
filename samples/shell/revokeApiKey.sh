#!/bin/sh
# Revoke an API key: POST /v1/api-keys/{id}/revoke.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_PORTAL_TOKEN=eyJ… KEYBS_NEW_KEY_ID=… sh samples/shell/revokeApiKey.sh
# It prints the JSON answer; the field that matters is status.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_PORTAL_TOKEN:?Set KEYBS_PORTAL_TOKEN in the environment.}"
: "${KEYBS_NEW_KEY_ID:?Set KEYBS_NEW_KEY_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/api-keys/${KEYBS_NEW_KEY_ID}/revoke" \
  -H "Authorization: Bearer $KEYBS_PORTAL_TOKEN" \
  -H "Content-Type: application/json" \
  -d '{
  "reason": "Leaked in a CI log."
}' \
  -H "Accept: application/json"
echo
