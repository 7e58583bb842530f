#!/bin/sh
# Create an API key: POST /v1/api-keys.
# The secret (key) is in this answer only: store it in a secrets manager.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_PORTAL_TOKEN=eyJ… sh samples/shell/createApiKey.sh
# It prints the JSON answer; the field that matters is id.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_PORTAL_TOKEN:?Set KEYBS_PORTAL_TOKEN in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/api-keys" \
  -H "Authorization: Bearer $KEYBS_PORTAL_TOKEN" \
  -H "Content-Type: application/json" \
  -d '{
  "name": "CI deploy key",
  "environment": "test",
  "scopes": [
    "verification:read",
    "report:read"
  ]
}' \
  -H "Accept: application/json"
echo
