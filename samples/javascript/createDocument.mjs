// Attach a document reference: POST /v1/verifications/{id}/documents (scope document:create).
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_CASE_ID=… node samples/javascript/createDocument.mjs

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
const caseId = env("KEYBS_CASE_ID");

const res = await fetch(`${baseUrl}/v1/verifications/${encodeURIComponent(caseId)}/documents`, {
  method: "POST",
  headers: {
    Authorization: `Bearer ${apiKey}`,
    Accept: "application/json",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    "kind": "trade_license",
    "filename": "license.pdf",
    "storage_path": "tenants/acme/license.pdf",
    "sha256": "9af15b336e6a9619928537df30b2e6a2376569fcf9d7e773eccede65606529a0",
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
