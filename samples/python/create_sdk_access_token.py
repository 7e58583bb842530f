"""Create an SDK access token: POST /v1/sdk/access-token (scope verification:create).

redirect_url must be one of the application's callback URLs (portal). Send the end user to sdk_url (or embed it in an iframe).

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… python3 samples/python/create_sdk_access_token.py
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
    f"{BASE_URL}/v1/sdk/access-token",
    headers={
        "Authorization": f"Bearer {API_KEY}",
        "Accept": "application/json",
    },
    json={
        "external_user_id": "user_42",
        "email": "ops@acme.example",
        "flow_name": "default",
        "redirect_url": "https://acme.example/onboarding/done",
        "expires_in": 3600,
    },
    timeout=30,
)
body = res.json()
if not res.ok:
    # Every error has the envelope {"error": {"code", "message", "request_id"}}.
    err = body["error"]
    sys.exit(f"{res.status_code} {err['code']}: {err['message']} (request {err['request_id']})")
value = body["sdk_url"]
print(value if isinstance(value, str) else json.dumps(value))
