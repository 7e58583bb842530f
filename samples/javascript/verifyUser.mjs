// Verify a buyer or seller: POST /v1/user/verify (scope user:verify).
// In the sandbox the name Rejected, Review or Verified forces that status, as do the phones +15005550006 (review) and +15005550001 (rejected).
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… node samples/javascript/verifyUser.mjs

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

const res = await fetch(`${baseUrl}/v1/user/verify`, {
  method: "POST",
  headers: {
    Authorization: `Bearer ${apiKey}`,
    Accept: "application/json",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    "email": "ana@shop.example",
    "phone": "+49301234567",
    "name": "Ana Lopez",
    "country": "DE",
    "role": "seller",
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
