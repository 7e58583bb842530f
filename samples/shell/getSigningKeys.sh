#!/bin/sh
# Signing keys: GET /.well-known/keybs-signing-keys.json.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io sh samples/shell/getSigningKeys.sh
# It prints the JSON answer; the field that matters is keys.0.kid.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/.well-known/keybs-signing-keys.json" \
  -H "Accept: application/json"
echo
