#!/bin/sh
# Create an SDK access token: POST /v1/sdk/access-token (scope verification:create).
# redirect_url must be one of the application's callback URLs (portal). Send the end user to sdk_url (or embed it in an iframe).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… sh samples/shell/createSdkAccessToken.sh
# It prints the JSON answer; the field that matters is sdk_url.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_API_KEY:?Set KEYBS_API_KEY in the environment.}"

curl -sS --fail-with-body --max-time 30 -X POST "$KEYBS_BASE_URL/v1/sdk/access-token" \
  -H "Authorization: Bearer $KEYBS_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "external_user_id": "user_42",
  "email": "ops@acme.example",
  "flow_name": "default",
  "redirect_url": "https://acme.example/onboarding/done",
  "expires_in": 3600
}' \
  -H "Accept: application/json"
echo
