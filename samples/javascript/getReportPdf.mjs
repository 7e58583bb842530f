// PDF report: GET /r/{verificationId}/report.pdf.
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… node samples/javascript/getReportPdf.mjs
import { writeFile } from "node:fs/promises";

function env(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} in the environment.`);
    process.exit(2);
  }
  return value;
}

const baseUrl = env("KEYBS_BASE_URL");
const verificationId = env("KEYBS_VERIFICATION_ID");

const res = await fetch(`${baseUrl}/r/${encodeURIComponent(verificationId)}/report.pdf`, {
  method: "GET",
  headers: {
    Accept: "application/pdf",
  },
  signal: AbortSignal.timeout(30_000),
});
if (!res.ok) {
  console.error(`${res.status}: ${await res.text()}`);
  process.exit(1);
}
await writeFile("report.pdf", Buffer.from(await res.arrayBuffer()));
console.log("report.pdf");
