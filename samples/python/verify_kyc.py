"""Verify a person (KYC): POST /v1/kyc/verify (scope kyc:verify).

In the sandbox the last name Pending keeps the check pending until the completeKyc test helper decides it.

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… python3 samples/python/verify_kyc.py
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

res = requests.request(
    "POST",
    f"{BASE_URL}/v1/kyc/verify",
    headers={
        "Authorization": f"Bearer {API_KEY}",
        "Accept": "application/json",
    },
    json={
        "first_name": "Ada",
        "last_name": "Pending",
        "date_of_birth": "1996-11-23",
        "country": "GB",
        "document_type": "passport",
        "document_number": "123456789",
        "reference": "cust-1",
    },
    timeout=30,
)
body = res.json()
if not res.ok:
    # Every error has the envelope {"error": {"code", "message", "request_id"}}.
    err = body["error"]
    sys.exit(f"{res.status_code} {err['code']}: {err['message']} (request {err['request_id']})")
value = body["id"]
print(value if isinstance(value, str) else json.dumps(value))
