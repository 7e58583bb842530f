"""Score fraud signals: POST /v1/fraud/score (scope fraud:score).

In the sandbox an email at fraud.test declines (score 95), at review.fraud.test reviews (55), at approve.fraud.test approves; the IP 203.0.113.66 declines, 203.0.113.44 reviews.

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… python3 samples/python/score_fraud.py
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
    f"{BASE_URL}/v1/fraud/score",
    headers={
        "Authorization": f"Bearer {API_KEY}",
        "Accept": "application/json",
    },
    json={
        "email": "buyer@review.fraud.test",
        "ip": "198.51.100.23",
        "device_id": "dev_9f2c",
        "party": "cust_42",
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
