#!/bin/sh
# Score fraud signals: POST /v1/fraud/score (scope fraud:score).
# In the sandbox an email at fraud.test declines (score 95), at review.fraud.test reviews (55), at approve.fraud.test approves; the IP 203.0.113.66 declines, 203.0.113.44 reviews.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/scoreFraud.sh
# It prints the JSON answer; the field that matters is id.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/fraud/score" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "email": "buyer@review.fraud.test",
  "ip": "198.51.100.23",
  "device_id": "dev_9f2c",
  "party": "cust_42"
}' \
  -H "Accept: application/json"
echo
