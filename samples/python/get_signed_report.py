"""Signed report: GET /r/{verificationId}.json.

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… python3 samples/python/get_signed_report.py
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
verification_id = env("KEYBS_VERIFICATION_ID")

res = requests.request(
    "GET",
    f"{BASE_URL}/r/{quote(verification_id, safe='')}.json",
    headers={
        "Accept": "application/json",
    },
    timeout=30,
)
body = res.json()
if not res.ok:
    # Every error has the envelope {"error": {"code", "message", "request_id"}}.
    err = body["error"]
    sys.exit(f"{res.status_code} {err['code']}: {err['message']} (request {err['request_id']})")
value = body["digest"]
print(value if isinstance(value, str) else json.dumps(value))
