#!/bin/sh
# Postman environment: GET /v1/postman/environment.json.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io sh samples/shell/getPostmanEnvironment.sh
# It prints the JSON answer; the field that matters is values.0.value.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/postman/environment.json?environment=test" \
  -H "Accept: application/json"
echo
