#!/bin/sh
# Badge embed script: GET /badge/{verificationId}/embed.js.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… sh samples/shell/getBadgeEmbed.sh
# It saves the answer (text/javascript) to embed.js.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_VERIFICATION_ID:?Set KEYBS_VERIFICATION_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -o embed.js -X GET "$KEYBS_BASE_URL/badge/${KEYBS_VERIFICATION_ID}/embed.js" \
  -H "Accept: text/javascript"
echo embed.js
