#!/bin/sh
# Rotate an API key: POST /v1/api-keys/{id}/rotate.
# The old key keeps working for the grace period; the successor's secret (key) is in this answer only.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_PORTAL_TOKEN=eyJ… KEYBS_KEY_ID=… sh samples/shell/rotateApiKey.sh
# It prints the JSON answer; the field that matters is id.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_PORTAL_TOKEN:?Set KEYBS_PORTAL_TOKEN in the environment.}"
: "${KEYBS_KEY_ID:?Set KEYBS_KEY_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/api-keys/${KEYBS_KEY_ID}/rotate" \
  -H "Authorization: Bearer $KEYBS_PORTAL_TOKEN" \
  -H "Content-Type: application/json" \
  -d '{
  "grace_period": "1h"
}' \
  -H "Accept: application/json"
echo
