"""Verify page: GET /r/{verificationId}.

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… python3 samples/python/verify_page.py
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
    f"{BASE_URL}/r/{quote(verification_id, safe='')}",
    headers={
        "Accept": "text/html",
    },
    timeout=30,
)
if not res.ok:
    sys.exit(f"{res.status_code}: {res.text}")
with open("verify.html", "wb") as f:
    f.write(res.content)
print("verify.html")
