#!/bin/sh
# This OpenAPI document: GET /v1/openapi.json.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io sh samples/shell/getOpenAPI.sh
# It prints the JSON answer; the field that matters is openapi.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/openapi.json" \
  -H "Accept: application/json"
echo
