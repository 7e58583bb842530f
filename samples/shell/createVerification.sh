#!/bin/sh
# Create a verification case: POST /v1/verifications (scope verification:create).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/createVerification.sh
# It prints the JSON answer; the field that matters is id.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/verifications" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "supplier_name": "Acme Trading Co.",
  "country_code": "IN",
  "tier": "tier2",
  "package": "standard",
  "contact_email": "ops@acme.example",
  "client_reference": "PO-2026-0042"
}' \
  -H "Accept: application/json"
echo
