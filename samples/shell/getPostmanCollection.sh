#!/bin/sh
# Postman collection: GET /v1/postman/collection.json.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io sh samples/shell/getPostmanCollection.sh
# It prints the JSON answer; the field that matters is info.name.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/postman/collection.json" \
  -H "Accept: application/json"
echo
