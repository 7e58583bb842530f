"""Answer a question of a request for information: POST /v1/verifications/{id}/rfi/{itemId}/answer (scope document:create).

KEYBS_RFI_ITEM_ID is an open question item (rfi.items[].id of GET /v1/verifications/{id}); in the sandbox, advance a case to rfi_requested to get one.

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_RFI_CASE_ID=… KEYBS_RFI_ITEM_ID=… python3 samples/python/answer_rfi_item.py
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
rfi_case_id = env("KEYBS_RFI_CASE_ID")
rfi_item_id = env("KEYBS_RFI_ITEM_ID")

res = requests.request(
    "POST",
    f"{BASE_URL}/v1/verifications/{quote(rfi_case_id, safe='')}/rfi/{quote(rfi_item_id, safe='')}/answer",
    headers={
        "Authorization": f"Bearer {API_KEY}",
        "Accept": "application/json",
    },
    json={
        "text": "The registered address is 12 Harbour Road, Mumbai 400001.",
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
