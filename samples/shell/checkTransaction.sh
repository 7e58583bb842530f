#!/bin/sh
# Check a transaction: POST /v1/transaction/check (scope transaction:check).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/checkTransaction.sh
# It prints the JSON answer; the field that matters is decision.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/transaction/check" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "amount": 1250000,
  "currency": "EUR",
  "account_currency": "USD",
  "party": {
    "id": "cust_42",
    "country": "DE"
  },
  "counterparty": {
    "id": "merchant_7",
    "country": "VN"
  },
  "reference": "order-9001"
}' \
  -H "Accept: application/json"
echo
