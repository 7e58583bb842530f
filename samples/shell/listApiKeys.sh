#!/bin/sh
# List API keys: GET /v1/api-keys.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_PORTAL_TOKEN=eyJ… sh samples/shell/listApiKeys.sh
# It prints the JSON answer; the field that matters is data.0.id.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_PORTAL_TOKEN:?Set KEYBS_PORTAL_TOKEN in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/api-keys?environment=test" \
  -H "Authorization: Bearer $KEYBS_PORTAL_TOKEN" \
  -H "Accept: application/json"
echo
