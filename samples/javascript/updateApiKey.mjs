// Update an API key: PATCH /v1/api-keys/{id}.
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_PORTAL_TOKEN=eyJ… KEYBS_KEY_ID=… node samples/javascript/updateApiKey.mjs

function env(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} in the environment.`);
    process.exit(2);
  }
  return value;
}

const baseUrl = env("KEYBS_BASE_URL");
const portalToken = env("KEYBS_PORTAL_TOKEN");
const keyId = env("KEYBS_KEY_ID");

const res = await fetch(`${baseUrl}/v1/api-keys/${encodeURIComponent(keyId)}`, {
  method: "PATCH",
  headers: {
    Authorization: `Bearer ${portalToken}`,
    Accept: "application/json",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    "name": "CI deploy key (reports)",
    "scopes": [
      "report:read",
    ],
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
const value = body.name;
console.log(typeof value === "string" ? value : JSON.stringify(value));
