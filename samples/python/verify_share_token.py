"""Check a share token: POST /v1/kyc-share/verify.

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_SHARE_TOKEN=… python3 samples/python/verify_share_token.py
"""
import json
import os
import sys
from urllib.parse import quote

import requests


def env(name):
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set {name} in the environment.")
    return value


BASE_URL = env("KEYBS_BASE_URL")
share_token = env("KEYBS_SHARE_TOKEN")

res = requests.request(
    "POST",
    f"{BASE_URL}/v1/kyc-share/verify",
    headers={
        "Accept": "application/json",
    },
    json={
        "token": share_token,
    },
    timeout=30,
)
body = res.json()
if not res.ok:
    # Every error has the envelope {"error": {"code", "message", "request_id"}}.
    err = body["error"]
    sys.exit(f"{res.status_code} {err['code']}: {err['message']} (request {err['request_id']})")
value = body["supplier_name"]
print(value if isinstance(value, str) else json.dumps(value))
