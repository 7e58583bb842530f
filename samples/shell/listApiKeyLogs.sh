#!/bin/sh
# List an API key's audit log: GET /v1/api-keys/{id}/logs.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_PORTAL_TOKEN=eyJ… KEYBS_KEY_ID=… sh samples/shell/listApiKeyLogs.sh
# It prints the JSON answer; the field that matters is data.0.action.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_PORTAL_TOKEN:?Set KEYBS_PORTAL_TOKEN in the environment.}"
: "${KEYBS_KEY_ID:?Set KEYBS_KEY_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/api-keys/${KEYBS_KEY_ID}/logs?limit=10" \
  -H "Authorization: Bearer $KEYBS_PORTAL_TOKEN" \
  -H "Accept: application/json"
echo
