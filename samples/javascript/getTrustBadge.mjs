// Get a verification's trust badge: GET /v1/trustbadge/get (scope trustbadge:read).
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_VERIFICATION_ID=… node samples/javascript/getTrustBadge.mjs

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
const verificationId = env("KEYBS_VERIFICATION_ID");

const res = await fetch(`${baseUrl}/v1/trustbadge/get?verification_id=${encodeURIComponent(verificationId)}`, {
  method: "GET",
  headers: {
    Authorization: `Bearer ${apiKey}`,
    Accept: "application/json",
  },
  signal: AbortSignal.timeout(30_000),
});
const body = await res.json();
if (!res.ok) {
  // Every error has the envelope {"error": {"code", "message", "request_id"}}.
  const { code, message, request_id } = body.error;
  console.error(`${res.status} ${code}: ${message} (request ${request_id})`);
  process.exit(1);
}
const value = body.embed_snippet;
console.log(typeof value === "string" ? value : JSON.stringify(value));
