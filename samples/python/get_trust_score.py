"""Get a verification's trust score: GET /v1/trustscore/get (scope trustscore:read).

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_VERIFICATION_ID=… python3 samples/python/get_trust_score.py
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
verification_id = env("KEYBS_VERIFICATION_ID")

res = requests.request(
    "GET",
    f"{BASE_URL}/v1/trustscore/get?verification_id={quote(verification_id, safe='')}",
    headers={
        "Authorization": f"Bearer {API_KEY}",
        "Accept": "application/json",
    },
    timeout=30,
)
body = res.json()
if not res.ok:
    # Every error has the envelope {"error": {"code", "message", "request_id"}}.
    err = body["error"]
    sys.exit(f"{res.status_code} {err['code']}: {err['message']} (request {err['request_id']})")
value = body["trust_score"]
print(value if isinstance(value, str) else json.dumps(value))
