// Industry starter client: GET /v1/starter/{industry}/{lang}.
// KEYBS_STARTER_LANG is javascript (the client.mjs saved here), python, php, java or go: name the file to match (client.py, client.php, Client.java, client.go).
//
// Node.js 20 or later, no dependencies. Run:
//   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_INDUSTRY=… KEYBS_STARTER_LANG=… node samples/javascript/getStarterClient.mjs
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
const starterLang = env("KEYBS_STARTER_LANG");

const res = await fetch(`${baseUrl}/v1/starter/${encodeURIComponent(industry)}/${encodeURIComponent(starterLang)}`, {
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
await writeFile("client.mjs", Buffer.from(await res.arrayBuffer()));
console.log("client.mjs");
