#!/bin/sh
# Hosted badge: GET /badge/{verificationId}.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… sh samples/shell/getBadge.sh
# It saves the answer (text/html) to badge.html.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_VERIFICATION_ID:?Set KEYBS_VERIFICATION_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -o badge.html -X GET "$KEYBS_BASE_URL/badge/${KEYBS_VERIFICATION_ID}" \
  -H "Accept: text/html"
echo badge.html
