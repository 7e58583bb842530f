"""PDF report: GET /r/{verificationId}/report.pdf.

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… python3 samples/python/get_report_pdf.py
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
    f"{BASE_URL}/r/{quote(verification_id, safe='')}/report.pdf",
    headers={
        "Accept": "application/pdf",
    },
    timeout=30,
)
if not res.ok:
    sys.exit(f"{res.status_code}: {res.text}")
with open("report.pdf", "wb") as f:
    f.write(res.content)
print("report.pdf")
