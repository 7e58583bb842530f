// Create an SDK access token: POST /v1/sdk/access-token (scope verification:create).
// redirect_url must be one of the application's callback URLs (portal). Send the end user to sdk_url (or embed it in an iframe).
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… node samples/javascript/createSdkAccessToken.mjs

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

const res = await fetch(`${baseUrl}/v1/sdk/access-token`, {
  method: "POST",
  headers: {
    Authorization: `Bearer ${apiKey}`,
    Accept: "application/json",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    "external_user_id": "user_42",
    "email": "ops@acme.example",
    "flow_name": "default",
    "redirect_url": "https://acme.example/onboarding/done",
    "expires_in": 3600,
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
const value = body.sdk_url;
console.log(typeof value === "string" ? value : JSON.stringify(value));
