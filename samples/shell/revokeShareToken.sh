#!/bin/sh
# Revoke a share token: DELETE /v1/share-tokens/{id} (scope share:manage).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_SHARE_TOKEN_ID=… sh samples/shell/revokeShareToken.sh
# It prints the JSON answer; the field that matters is status.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_SHARE_TOKEN_ID:?Set KEYBS_SHARE_TOKEN_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X DELETE "$KEYBS_BASE_URL/v1/share-tokens/${KEYBS_SHARE_TOKEN_ID}" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Accept: application/json"
echo
