#!/bin/sh
# Attach a document reference: POST /v1/verifications/{id}/documents (scope document:create).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_CASE_ID=… sh samples/shell/createDocument.sh
# It prints the JSON answer; the field that matters is status.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_CASE_ID:?Set KEYBS_CASE_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/verifications/${KEYBS_CASE_ID}/documents" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "kind": "trade_license",
  "filename": "license.pdf",
  "storage_path": "tenants/acme/license.pdf",
  "sha256": "9af15b336e6a9619928537df30b2e6a2376569fcf9d7e773eccede65606529a0"
}' \
  -H "Accept: application/json"
echo
