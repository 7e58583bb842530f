"""Postman collection: GET /v1/postman/collection.json.

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io python3 samples/python/get_postman_collection.py
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

res = requests.request(
    "GET",
    f"{BASE_URL}/v1/postman/collection.json",
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
value = body["info"]["name"]
print(value if isinstance(value, str) else json.dumps(value))
