// Fund, release or refund an escrow: POST /v1/escrow/funds (scope escrow:funds).
// fund moves initiated to funded; release pays the seller and refund the buyer.
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_ESCROW_ID=… node samples/javascript/moveEscrowFunds.mjs

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
const escrowId = env("KEYBS_ESCROW_ID");

const res = await fetch(`${baseUrl}/v1/escrow/funds`, {
  method: "POST",
  headers: {
    Authorization: `Bearer ${apiKey}`,
    Accept: "application/json",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    "escrow_id": escrowId,
    "action": "fund",
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
const value = body.status;
console.log(typeof value === "string" ? value : JSON.stringify(value));
