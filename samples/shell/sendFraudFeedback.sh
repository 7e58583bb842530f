#!/bin/sh
# Confirm a check as fraud or legitimate: POST /v1/fraud/feedback (scope fraud:score).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_FRAUD_CHECK_ID=… sh samples/shell/sendFraudFeedback.sh
# It prints the JSON answer; the field that matters is outcome.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"
: "${KEYBS_FRAUD_CHECK_ID:?Set KEYBS_FRAUD_CHECK_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/fraud/feedback" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "check_id": "'"$KEYBS_FRAUD_CHECK_ID"'",
  "outcome": "fraud",
  "note": "chargeback 4837"
}' \
  -H "Accept: application/json"
echo
