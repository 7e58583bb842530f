"""Industry starter .env: GET /v1/starter/{industry}.

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_INDUSTRY=… python3 samples/python/get_starter_env.py
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
industry = env("KEYBS_INDUSTRY")

res = requests.request(
    "GET",
    f"{BASE_URL}/v1/starter/{quote(industry, safe='')}",
    headers={
        "Accept": "text/plain",
    },
    timeout=30,
)
if not res.ok:
    sys.exit(f"{res.status_code}: {res.text}")
with open("keybs.env", "wb") as f:
    f.write(res.content)
print("keybs.env")
