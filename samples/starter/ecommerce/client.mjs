// KeyBS starter client for e-Commerce: Node 20, fetch, no dependencies.
// The configuration below is the one KeyBS recommends for e-Commerce; the same
// values are in keybs-ecommerce.env. Run:
//
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… node client.mjs
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

export const config = {
  industry: 'ecommerce',
  // Give your key these scopes (the e-Commerce preset) and enable these modules on its application.
  scopes: ['verification:create', 'verification:read', 'document:create', 'report:read', 'webhook:manage', 'user:verify', 'escrow:funds', 'trustbadge:read'],
  modules: ['KYC', 'ESCROW', 'TRUST_BADGES'],
  // Requests per minute per key.
  rateLimitPerMinute: { test: 120, live: 500 },
  // Subscribe your webhook endpoint to these events.
  webhookEvents: ['verification.submitted', 'verification.in_review', 'verification.rfi_requested', 'verification.rfi_resolved', 'verification.approved', 'verification.declined', 'report.signed', 'report.published', 'report.revoked', 'report.expiring', 'report.expired', 'kyc.status_changed', 'escrow.released'],
  timeoutMs: 30000,
  maxRetries: 3,
  retryBaseMs: 500,
  // A longer Retry-After (a spent monthly quota) is reported, not waited for.
  retryMaxWaitSeconds: 60,
  retryOnStatus: [429, 500, 502, 503, 504],
};

const baseUrl = setting('KEYBS_BASE_URL');
const apiKey = setting('KEYBS_API_KEY');

/** Calls the API: retries 429 after Retry-After, 5xx and time-outs with backoff; a POST keeps one Idempotency-Key across its retries. */
export async function keybs(method, path, body) {
  const headers = { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method === 'POST') headers['Idempotency-Key'] = randomUUID();
  for (let attempt = 0; ; attempt++) {
    let res;
    try {
      res = await fetch(`${baseUrl}${path}`, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(config.timeoutMs),
      });
    } catch (err) {
      if (attempt >= config.maxRetries) throw err;
      await sleep(backoff(attempt));
      continue;
    }
    if (res.ok) return res.json();
    const wait = retryWait(res, attempt);
    if (wait === null || attempt >= config.maxRetries) {
      // Every error has the envelope {"error": {"code", "message", "request_id"}}.
      const e = (await res.json().catch(() => ({}))).error ?? {};
      throw new Error(`${res.status} ${e.code}: ${e.message} (request ${e.request_id})`);
    }
    await sleep(wait);
  }
}

function retryWait(res, attempt) {
  if (!config.retryOnStatus.includes(res.status)) return null;
  const header = res.headers.get('Retry-After');
  if (header !== null && /^\d+$/.test(header)) {
    const seconds = Number(header);
    return seconds <= config.retryMaxWaitSeconds ? seconds * 1000 : null;
  }
  return backoff(attempt);
}

function backoff(attempt) {
  return config.retryBaseMs * 2 ** attempt * (0.5 + Math.random() / 2);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function setting(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} in the environment.`);
    process.exit(2);
  }
  return value;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const page = await keybs('GET', '/v1/verifications?limit=1');
  console.log(`connected as ${config.industry}: ${page.data.length} verification(s) on the first page`);
}
