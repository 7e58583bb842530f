// Postman environment: GET /v1/postman/environment.json.
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io node samples/javascript/getPostmanEnvironment.mjs

function env(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} in the environment.`);
    process.exit(2);
  }
  return value;
}

const baseUrl = env("KEYBS_BASE_URL");

const res = await fetch(`${baseUrl}/v1/postman/environment.json?environment=test`, {
  method: "GET",
  headers: {
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
const value = body.values[0].value;
console.log(typeof value === "string" ? value : JSON.stringify(value));
