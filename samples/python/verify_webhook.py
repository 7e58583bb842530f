"""Verify a KeyBS webhook delivery: the same logic as seed 002's Node verify().

X-KeyBS-Signature is t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
keyed with the endpoint's whole signing secret (whsec_...). Verify the raw
body exactly as received, before parsing it, and refuse a timestamp more
than five minutes away (a replayed delivery).

Python 3. Run (the raw body on standard input):
  KEYBS_WEBHOOK_SECRET=whsec_... KEYBS_WEBHOOK_SIGNATURE='t=...,v1=...' python3 samples/python/verify_webhook.py < body.json
"""
import hashlib
import hmac
import os
import sys
import time


def verify(secret: str, header: str, raw_body: bytes) -> bool:
    try:
        t_part, sig_part = header.split(",")[:2]
        ts = t_part.split("=", 1)[1]
        sig = sig_part.split("=", 1)[1]
        if abs(time.time() - int(ts)) > 300:  # replay
            return False
    except (ValueError, IndexError):
        return False
    mac = hmac.new(secret.encode(), ts.encode() + b"." + raw_body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, sig)


if __name__ == "__main__":
    ok = verify(os.environ.get("KEYBS_WEBHOOK_SECRET", ""), os.environ.get("KEYBS_WEBHOOK_SIGNATURE", ""), sys.stdin.buffer.read())
    if not ok:
        sys.exit("invalid signature")
    print("valid")
