// Answer a question of a request for information: POST /v1/verifications/{id}/rfi/{itemId}/answer (scope document:create).
// KEYBS_RFI_ITEM_ID is an open question item (rfi.items[].id of GET /v1/verifications/{id}); in the sandbox, advance a case to rfi_requested to get one.
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_API_KEY=kbs_test_… KEYBS_RFI_CASE_ID=… KEYBS_RFI_ITEM_ID=… node samples/javascript/answerRfiItem.mjs

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
const rfiCaseId = env("KEYBS_RFI_CASE_ID");
const rfiItemId = env("KEYBS_RFI_ITEM_ID");

const res = await fetch(`${baseUrl}/v1/verifications/${encodeURIComponent(rfiCaseId)}/rfi/${encodeURIComponent(rfiItemId)}/answer`, {
  method: "POST",
  headers: {
    Authorization: `Bearer ${apiKey}`,
    Accept: "application/json",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    "text": "The registered address is 12 Harbour Road, Mumbai 400001.",
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
