// Industry starter .env: GET /v1/starter/{industry}.
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_INDUSTRY=… node samples/javascript/getStarterEnv.mjs
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
const industry = env("KEYBS_INDUSTRY");

const res = await fetch(`${baseUrl}/v1/starter/${encodeURIComponent(industry)}`, {
  method: "GET",
  headers: {
    Accept: "text/plain",
  },
  signal: AbortSignal.timeout(30_000),
});
if (!res.ok) {
  console.error(`${res.status}: ${await res.text()}`);
  process.exit(1);
}
await writeFile("keybs.env", Buffer.from(await res.arrayBuffer()));
console.log("keybs.env");
