// Verify a KeyBS webhook delivery: seed 002's verify(), unchanged.
//
// X-KeyBS-Signature is t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
// keyed with the endpoint's whole signing secret (whsec_…). Verify the raw
// body exactly as received, before parsing it, and refuse a timestamp more
// than five minutes away (a replayed delivery).
//
// Node.js 20. Run (the raw body on standard input):
//   KEYBS_WEBHOOK_SECRET=whsec_… KEYBS_WEBHOOK_SIGNATURE='t=…,v1=…' node samples/javascript/verify_webhook.mjs < body.json
import { createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";

export function verify(secret, header, rawBody) {
  const [tPart, sigPart] = header.split(",");
  const ts = tPart.split("=")[1];
  const sig = sigPart.split("=")[1];
  if (Math.abs(Date.now() / 1000 - Number(ts)) > 300) return false; // replay
  const mac = createHmac("sha256", secret).update(`${ts}.${rawBody}`).digest("hex");
  // timingSafeEqual throws on different lengths: a malformed signature is no match.
  return mac.length === sig.length && timingSafeEqual(Buffer.from(mac), Buffer.from(sig));
}

const ok = verify(process.env.KEYBS_WEBHOOK_SECRET ?? "", process.env.KEYBS_WEBHOOK_SIGNATURE ?? "", readFileSync(0, "utf8"));
if (!ok) {
  console.error("invalid signature");
  process.exit(1);
}
console.log("valid");
