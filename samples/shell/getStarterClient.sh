#!/bin/sh
# Industry starter client: GET /v1/starter/{industry}/{lang}.
# KEYBS_STARTER_LANG is javascript (the client.mjs saved here), python, php, java or go: name the file to match (client.py, client.php, Client.java, client.go).
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_INDUSTRY=… KEYBS_STARTER_LANG=… sh samples/shell/getStarterClient.sh
# It saves the answer (text/plain) to client.mjs.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_INDUSTRY:?Set KEYBS_INDUSTRY in the environment.}"
: "${KEYBS_STARTER_LANG:?Set KEYBS_STARTER_LANG in the environment.}"

curl -sS --fail-with-body --max-time 30 -o client.mjs -X GET "$KEYBS_BASE_URL/v1/starter/${KEYBS_INDUSTRY}/${KEYBS_STARTER_LANG}" \
  -H "Accept: text/plain"
echo client.mjs
