"""Industry starter client: GET /v1/starter/{industry}/{lang}.

KEYBS_STARTER_LANG is javascript (the client.mjs saved here), python, php, java or go: name the file to match (client.py, client.php, Client.java, client.go).

Python 3 with requests. Run:
  KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_INDUSTRY=… KEYBS_STARTER_LANG=… python3 samples/python/get_starter_client.py
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
starter_lang = env("KEYBS_STARTER_LANG")

res = requests.request(
    "GET",
    f"{BASE_URL}/v1/starter/{quote(industry, safe='')}/{quote(starter_lang, safe='')}",
    headers={
        "Accept": "text/plain",
    },
    timeout=30,
)
if not res.ok:
    sys.exit(f"{res.status_code}: {res.text}")
with open("client.mjs", "wb") as f:
    f.write(res.content)
print("client.mjs")
