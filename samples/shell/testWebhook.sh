#!/bin/sh
# Send a test webhook: POST /v1/webhooks/test (scope webhook:manage).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/testWebhook.sh
# It prints the JSON answer; the field that matters is event_id.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/webhooks/test" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{}' \
  -H "Accept: application/json"
echo
