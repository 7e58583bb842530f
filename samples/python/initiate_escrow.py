"""Open an escrow: POST /v1/escrow/initiate (scope escrow:initiate).

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… python3 samples/python/initiate_escrow.py
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
    f"{BASE_URL}/v1/escrow/initiate",
    headers={
        "Authorization": f"Bearer {API_KEY}",
        "Accept": "application/json",
    },
    json={
        "amount": 12500,
        "currency": "EUR",
        "buyer_id": "buyer-1",
        "seller_id": "seller-9",
        "description": "Lot 42: a restored bicycle",
        "reference": "order-7",
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
