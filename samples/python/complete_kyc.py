"""Complete a sandbox KYC check (test helper): POST /v1/test_helpers/kyc/{id}/complete (scope kyc:verify).

Sandbox only: decides a pending TEST check.

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_KYC_ID=… python3 samples/python/complete_kyc.py
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
API_KEY = env("KEYBS_API_KEY")
kyc_id = env("KEYBS_KYC_ID")

res = requests.request(
    "POST",
    f"{BASE_URL}/v1/test_helpers/kyc/{quote(kyc_id, safe='')}/complete",
    headers={
        "Authorization": f"Bearer {API_KEY}",
        "Accept": "application/json",
    },
    json={
        "status": "verified",
    },
    timeout=30,
)
body = res.json()
if not res.ok:
    # Every error has the envelope {"error": {"code", "message", "request_id"}}.
    err = body["error"]
    sys.exit(f"{res.status_code} {err['code']}: {err['message']} (request {err['request_id']})")
value = body["status"]
print(value if isinstance(value, str) else json.dumps(value))
