#!/bin/sh
# Industry starter .env: GET /v1/starter/{industry}.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_INDUSTRY=… sh samples/shell/getStarterEnv.sh
# It saves the answer (text/plain) to keybs.env.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_INDUSTRY:?Set KEYBS_INDUSTRY in the environment.}"

curl -sS --fail-with-body --max-time 30 -o keybs.env -X GET "$KEYBS_BASE_URL/v1/starter/${KEYBS_INDUSTRY}" \
  -H "Accept: text/plain"
echo keybs.env
