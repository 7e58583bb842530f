"""Retrieve an API key: GET /v1/api-keys/{id}.

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_PORTAL_TOKEN=eyJ… KEYBS_KEY_ID=… python3 samples/python/get_api_key.py
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
PORTAL_TOKEN = env("KEYBS_PORTAL_TOKEN")
key_id = env("KEYBS_KEY_ID")

res = requests.request(
    "GET",
    f"{BASE_URL}/v1/api-keys/{quote(key_id, safe='')}",
    headers={
        "Authorization": f"Bearer {PORTAL_TOKEN}",
        "Accept": "application/json",
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
