#!/bin/sh
# Update an API key: PATCH /v1/api-keys/{id}.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_PORTAL_TOKEN=eyJ… KEYBS_KEY_ID=… sh samples/shell/updateApiKey.sh
# It prints the JSON answer; the field that matters is name.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_PORTAL_TOKEN:?Set KEYBS_PORTAL_TOKEN in the environment.}"
: "${KEYBS_KEY_ID:?Set KEYBS_KEY_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X PATCH "$KEYBS_BASE_URL/v1/api-keys/${KEYBS_KEY_ID}" \
  -H "Authorization: Bearer $KEYBS_PORTAL_TOKEN" \
  -H "Content-Type: application/json" \
  -d '{
  "name": "CI deploy key (reports)",
  "scopes": [
    "report:read"
  ]
}' \
  -H "Accept: application/json"
echo
