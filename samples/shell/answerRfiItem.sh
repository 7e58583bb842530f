#!/bin/sh
# Answer a question of a request for information: POST /v1/verifications/{id}/rfi/{itemId}/answer (scope document:create).
# KEYBS_RFI_ITEM_ID is an open question item (rfi.items[].id of GET /v1/verifications/{id}); in the sandbox, advance a case to rfi_requested to get one.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_RFI_CASE_ID=… KEYBS_RFI_ITEM_ID=… sh samples/shell/answerRfiItem.sh
# It prints the JSON answer; the field that matters is status.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_RFI_CASE_ID:?Set KEYBS_RFI_CASE_ID in the environment.}"
: "${KEYBS_RFI_ITEM_ID:?Set KEYBS_RFI_ITEM_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/verifications/${KEYBS_RFI_CASE_ID}/rfi/${KEYBS_RFI_ITEM_ID}/answer" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "text": "The registered address is 12 Harbour Road, Mumbai 400001."
}' \
  -H "Accept: application/json"
echo
