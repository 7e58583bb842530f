#!/bin/sh
# Verify page: GET /r/{verificationId}.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… sh samples/shell/verifyPage.sh
# It saves the answer (text/html) to verify.html.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_VERIFICATION_ID:?Set KEYBS_VERIFICATION_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -o verify.html -X GET "$KEYBS_BASE_URL/r/${KEYBS_VERIFICATION_ID}" \
  -H "Accept: text/html"
echo verify.html
