"""Invoke a primitive: POST /v1/primitives/{primitiveId} (scope invoke:primitives).

The other primitives are screening.entity, document.check and device_intel.ip; the demo list's names, such as Ivan Sidorov, give a possible match.

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… python3 samples/python/invoke_primitive.py
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
    f"{BASE_URL}/v1/primitives/screening.individual",
    headers={
        "Authorization": f"Bearer {API_KEY}",
        "Accept": "application/json",
    },
    json={
        "name": "Ivan Sidorov",
        "country": "RU",
    },
    timeout=30,
)
body = res.json()
if not res.ok:
    # Every error has the envelope {"error": {"code", "message", "request_id"}}.
    err = body["error"]
    sys.exit(f"{res.status_code} {err['code']}: {err['message']} (request {err['request_id']})")
value = body["result"]
print(value if isinstance(value, str) else json.dumps(value))
