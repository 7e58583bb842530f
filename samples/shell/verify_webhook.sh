#!/bin/sh
# Verify a KeyBS webhook delivery with openssl: the same logic as seed 002's
# Node verify().
#
# X-KeyBS-Signature is t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
# keyed with the endpoint's whole signing secret (whsec_…). Refuse a timestamp
# more than five minutes away (a replayed delivery). Run (the raw body on standard input):
#   KEYBS_WEBHOOK_SECRET=whsec_… KEYBS_WEBHOOK_SIGNATURE='t=…,v1=…' sh samples/shell/verify_webhook.sh < body.json
set -eu
ts=$(printf '%s' "$KEYBS_WEBHOOK_SIGNATURE" | sed -n 's/^t=\([0-9][0-9]*\),.*/\1/p')
sig=$(printf '%s' "$KEYBS_WEBHOOK_SIGNATURE" | sed -n 's/^t=[0-9]*,v1=\([0-9a-f]*\).*/\1/p')
now=$(date +%s)
if [ -z "$ts" ] || [ -z "$sig" ] || [ $((now - ts)) -gt 300 ] || [ $((ts - now)) -gt 300 ]; then
  echo "invalid signature" >&2
  exit 1
fi
mac=$({ printf '%s.' "$ts"; cat; } | openssl dgst -sha256 -hmac "$KEYBS_WEBHOOK_SECRET" -r | cut -d' ' -f1)
if [ "$mac" != "$sig" ]; then
  echo "invalid signature" >&2
  exit 1
fi
echo valid
