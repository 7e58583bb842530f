// Open an escrow: POST /v1/escrow/initiate (scope escrow:initiate).
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… node samples/javascript/initiateEscrow.mjs

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

const res = await fetch(`${baseUrl}/v1/escrow/initiate`, {
  method: "POST",
  headers: {
    Authorization: `Bearer ${apiKey}`,
    Accept: "application/json",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    "amount": 12500,
    "currency": "EUR",
    "buyer_id": "buyer-1",
    "seller_id": "seller-9",
    "description": "Lot 42: a restored bicycle",
    "reference": "order-7",
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
const value = body.id;
console.log(typeof value === "string" ? value : JSON.stringify(value));
