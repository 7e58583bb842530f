#!/bin/sh
# Export the audit log: GET /v1/audit-logs/export.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_PORTAL_TOKEN=eyJ… sh samples/shell/exportAuditLogs.sh
# It prints the JSON answer; the field that matters is data.0.action.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_PORTAL_TOKEN:?Set KEYBS_PORTAL_TOKEN in the environment.}"

curl -sS --fail-with-body --max-time 30 -X GET "$KEYBS_BASE_URL/v1/audit-logs/export?format=json&limit=10" \
  -H "Authorization: Bearer $KEYBS_PORTAL_TOKEN" \
  -H "Accept: application/json"
echo
