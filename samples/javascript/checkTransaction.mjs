// Check a transaction: POST /v1/transaction/check (scope transaction:check).
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… node samples/javascript/checkTransaction.mjs

function env(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} in the environment.`);
    process.exit(2);
  }
  return value;
}

const baseUrl = env("KEYBS_BASE_URL");
const apiKey = env("KEYBS_API_KEY");

const res = await fetch(`${baseUrl}/v1/transaction/check`, {
  method: "POST",
  headers: {
    Authorization: `Bearer ${apiKey}`,
    Accept: "application/json",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    "amount": 1250000,
    "currency": "EUR",
    "account_currency": "USD",
    "party": {
      "id": "cust_42",
      "country": "DE",
    },
    "counterparty": {
      "id": "merchant_7",
      "country": "VN",
    },
    "reference": "order-9001",
  }),
  signal: AbortSignal.timeout(30_000),
});
const body = await res.json();
if (!res.ok) {
  // Every error has the envelope {"error": {"code", "message", "request_id"}}.
  const { code, message, request_id } = body.error;
  console.error(`${res.status} ${code}: ${message} (request ${request_id})`);
  process.exit(1);
}
const value = body.decision;
console.log(typeof value === "string" ? value : JSON.stringify(value));
