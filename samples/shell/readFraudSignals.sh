#!/bin/sh
# Read fraud signals: POST /v1/fraud/signals (scope fraud:signals).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/readFraudSignals.sh
# It prints the JSON answer; the field that matters is signals.checks_1h.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/fraud/signals" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "email": "buyer@review.fraud.test",
  "party": "cust_42"
}' \
  -H "Accept: application/json"
echo
