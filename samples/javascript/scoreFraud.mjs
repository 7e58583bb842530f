// Score fraud signals: POST /v1/fraud/score (scope fraud:score).
// In the sandbox an email at fraud.test declines (score 95), at review.fraud.test reviews (55), at approve.fraud.test approves; the IP 203.0.113.66 declines, 203.0.113.44 reviews.
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… node samples/javascript/scoreFraud.mjs

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

const res = await fetch(`${baseUrl}/v1/fraud/score`, {
  method: "POST",
  headers: {
    Authorization: `Bearer ${apiKey}`,
    Accept: "application/json",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    "email": "buyer@review.fraud.test",
    "ip": "198.51.100.23",
    "device_id": "dev_9f2c",
    "party": "cust_42",
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
