"""KeyBS starter client for Fintech: Python 3, requests.

The configuration below is the one KeyBS recommends for Fintech; the same
values are in keybs-fintech.env. Run:

    KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… python3 client.py
"""
import os
import random
import sys
import time
import uuid

import requests

CONFIG = {
    "industry": "fintech",
    # Give your key these scopes (the Fintech preset) and enable these modules on its application.
    "scopes": ["verification:create", "verification:read", "document:create", "report:read", "webhook:manage", "kyc:verify", "transaction:check", "trustscore:read", "fraud:score"],
    "modules": ["KYC", "TRANSACTION_MONITORING", "TRUST_SCORING", "FRAUD_SIGNALS"],
    # Requests per minute per key.
    "rate_limit_per_minute": {"test": 120, "live": 1000},
    # Subscribe your webhook endpoint to these events.
    "webhook_events": ["verification.submitted", "verification.in_review", "verification.rfi_requested", "verification.rfi_resolved", "verification.approved", "verification.declined", "report.signed", "report.published", "report.revoked", "report.expiring", "report.expired", "kyc.status_changed"],
    "timeout_seconds": 30,
    "max_retries": 3,
    "retry_base_seconds": 500 / 1000,
    # A longer Retry-After (a spent monthly quota) is reported, not waited for.
    "retry_max_wait_seconds": 60,
    "retry_on_status": [429, 500, 502, 503, 504],
}


def setting(name):
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set {name} in the environment.")
    return value


BASE_URL = setting("KEYBS_BASE_URL")
API_KEY = setting("KEYBS_API_KEY")
session = requests.Session()


def keybs(method, path, body=None):
    """Calls the API: retries 429 after Retry-After, 5xx and time-outs with backoff;
    a POST keeps one Idempotency-Key across its retries."""
    headers = {"Authorization": f"Bearer {API_KEY}", "Accept": "application/json"}
    if method == "POST":
        headers["Idempotency-Key"] = str(uuid.uuid4())
    attempt = 0
    while True:
        try:
            res = session.request(method, BASE_URL + path, json=body, headers=headers, timeout=CONFIG["timeout_seconds"])
        except (requests.Timeout, requests.ConnectionError):
            if attempt >= CONFIG["max_retries"]:
                raise
            time.sleep(backoff(attempt))
            attempt += 1
            continue
        if res.ok:
            return res.json()
        wait = retry_wait(res, attempt)
        if wait is None or attempt >= CONFIG["max_retries"]:
            # Every error has the envelope {"error": {"code", "message", "request_id"}}.
            try:
                e = res.json().get("error", {})
            except ValueError:
                e = {}
            raise RuntimeError(f"{res.status_code} {e.get('code')}: {e.get('message')} (request {e.get('request_id')})")
        time.sleep(wait)
        attempt += 1


def retry_wait(res, attempt):
    if res.status_code not in CONFIG["retry_on_status"]:
        return None
    header = res.headers.get("Retry-After", "")
    if header.isdigit():
        return int(header) if int(header) <= CONFIG["retry_max_wait_seconds"] else None
    return backoff(attempt)


def backoff(attempt):
    return CONFIG["retry_base_seconds"] * 2 ** attempt * (0.5 + random.random() / 2)


if __name__ == "__main__":
    page = keybs("GET", "/v1/verifications?limit=1")
    print(f"connected as {CONFIG['industry']}: {len(page['data'])} verification(s) on the first page")
