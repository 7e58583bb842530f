#!/bin/sh
# Invoke a primitive: POST /v1/primitives/{primitiveId} (scope invoke:primitives).
# The other primitives are screening.entity, document.check and device_intel.ip; the demo list's names, such as Ivan Sidorov, give a possible match.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/invokePrimitive.sh
# It prints the JSON answer; the field that matters is result.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/primitives/screening.individual" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "name": "Ivan Sidorov",
  "country": "RU"
}' \
  -H "Accept: application/json"
echo
