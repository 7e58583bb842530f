// Export the audit log: GET /v1/audit-logs/export.
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_PORTAL_TOKEN=eyJ… node samples/javascript/exportAuditLogs.mjs

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

const res = await fetch(`${baseUrl}/v1/audit-logs/export?format=json&limit=10`, {
  method: "GET",
  headers: {
    Authorization: `Bearer ${portalToken}`,
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
const value = body.data[0].action;
console.log(typeof value === "string" ? value : JSON.stringify(value));
