// An independent verifier for signed reports (DESIGN.md §7), written the way
// a partner would write one: it trusts nothing of ours but the JWK set the
// real bin/keybs publishes at /.well-known/keybs-signing-keys.json. It
// rebuilds the RFC 8785 canonical JSON itself (the RFC's own JavaScript
// recipe: JSON.stringify for primitives, keys sorted by UTF-16 code units),
// recomputes the SHA-256 digest and the RFC 7638 kid, and checks the Ed25519
// signature with node:crypto. Signed samples come from the Go signer through
// ../signsample (run with `go run`, or set KEYBS_SIGNSAMPLE to a built one).
//
// Run with `npm run test:signing` after `make build`; set KEYBS_BIN to test
// another binary.

import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash, createPublicKey, randomBytes, verify } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startKeyBS, stopKeyBS } from "../../../scripts/node/keybs.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const JWKS_PATH = "/.well-known/keybs-signing-keys.json";

// ---- the independent verifier ----------------------------------------------

// canonicalize is RFC 8785 as its Appendix suggests for ECMAScript: numbers
// and strings serialise exactly as JSON.stringify does, and Array.prototype
// .sort without a comparator orders strings by UTF-16 code units.
function canonicalize(v) {
  if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`${v} has no JSON form`);
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalize).join(",")}]`;
  return `{${Object.keys(v)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalize(v[k])}`)
    .join(",")}}`;
}

const sha256hex = (s) => createHash("sha256").update(Buffer.from(s, "utf8")).digest("hex");

// thumbprint is the RFC 7638 JWK thumbprint of an OKP key.
const thumbprint = (jwk) =>
  createHash("sha256").update(canonicalize({ crv: jwk.crv, kty: jwk.kty, x: jwk.x })).digest("base64url");

// check verifies a signed object {canonical, digest, signature, kid} against
// a JWK set and returns what failed, or "ok".
function check(signed, jwks) {
  const jwk = jwks.keys.find((k) => k.kid === signed.kid);
  if (!jwk) return "unknown kid";
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519") return "not an Ed25519 key";
  if (thumbprint(jwk) !== jwk.kid) return "kid is not the key's thumbprint";
  let obj;
  try {
    obj = JSON.parse(signed.canonical);
  } catch {
    return "canonical is not JSON";
  }
  if (canonicalize(obj) !== signed.canonical) return "canonical is not canonical";
  if (obj.key_id !== signed.kid) return "key_id differs from kid";
  if (sha256hex(signed.canonical) !== signed.digest) return "digest mismatch";
  const key = createPublicKey({ key: jwk, format: "jwk" });
  const ok = verify(null, Buffer.from(signed.canonical, "utf8"), key, Buffer.from(signed.signature, "base64url"));
  return ok ? "ok" : "bad signature";
}

// ---- the Go signer ------------------------------------------------------------

function signSample(request) {
  const input = JSON.stringify(request);
  const opts = { cwd: ROOT, input, encoding: "utf8", maxBuffer: 64 << 20, timeout: 180_000 };
  const out = process.env.KEYBS_SIGNSAMPLE
    ? execFileSync(path.resolve(process.env.KEYBS_SIGNSAMPLE), [], opts)
    : execFileSync("go", ["run", "./internal/signing/signsample"], opts);
  return JSON.parse(out);
}

// ---- the server under test ----------------------------------------------------

let server; // { child, url }
let tmp;

function startServer(signingKey) {
  return startKeyBS(tmp, { KEYBS_SIGNING_KEY: signingKey });
}

function stopServer() {
  return stopKeyBS(server);
}

process.on("exit", () => {
  if (server?.child && server.child.exitCode === null) server.child.kill("SIGKILL");
});

async function fetchJWKS() {
  const res = await fetch(server.url + JWKS_PATH);
  assert.equal(res.status, 200, `GET ${JWKS_PATH}`);
  return { res, jwks: await res.json() };
}

// ---- samples ----------------------------------------------------------------------

const reports = [
  {
    verification_id: "KBS-VR-7F3A", supplier_name: "Acme Trading Co.", country_code: "IN", trust_score: 78,
    risk_band: "medium", environment: "live", demo: false,
    signed_at: "2026-05-01T09:30:00Z", valid_until: "2027-05-01T09:30:00Z",
  },
  {
    // Escapes, non-ASCII, an astral character and a line separator in the name.
    verification_id: "KBS-VR-0001", supplier_name: 'Müller & Söhne "Ωmega" <GmbH>\\ 北京 😀\u2028\t', country_code: "DE",
    trust_score: 0, risk_band: "high", environment: "test", demo: true,
    signed_at: "2026-01-31T23:59:59Z", valid_until: "2026-03-01T00:00:00Z",
  },
];

const objects = [
  { b: 1.5, a: [1e21, 1e-7, 0.1, -0, 5e-324, 123456789012345680000], "\ue000": "private use", "😀": "astral", "": null },
  { nested: { z: true, y: [{ x: "\u0000\u001f\u007f" }] }, "é": "é" },
];

// randomDoubles gives doubles from random bit patterns, so every exponent
// range and digit count of ECMAScript's number format is exercised.
function randomDoubles(n) {
  const out = [];
  const buf = Buffer.alloc(8);
  while (out.length < n) {
    randomBytes(8).copy(buf);
    const f = buf.readDoubleBE(0);
    if (Number.isFinite(f)) out.push(f);
  }
  return out;
}

// humanDoubles gives doubles in the range ECMAScript writes without an
// exponent (and just outside it), with few and with many digits, which
// random bit patterns rarely reach.
function humanDoubles(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const scale = 10 ** ((randomBytes(1)[0] % 32) - 9); // 1e-9 … 1e22
    const f = Math.random() * scale * (i % 2 ? -1 : 1);
    out.push(i % 3 === 0 ? Number(f.toPrecision(1 + (i % 17))) : f);
  }
  return out;
}

function randomString(len) {
  const pools = [[0x00, 0x7f], [0x80, 0x7ff], [0x800, 0xd7ff], [0xe000, 0xffff], [0x10000, 0x10ffff]];
  let s = "";
  for (let i = 0; i < len; i++) {
    const [lo, hi] = pools[randomBytes(1)[0] % pools.length];
    s += String.fromCodePoint(lo + (randomBytes(4).readUInt32BE(0) % (hi - lo + 1)));
  }
  return s;
}

// ---- tests ----------------------------------------------------------------------

describe("report signatures checked independently of the Go code", () => {
  const seedA = randomBytes(32).toString("hex");
  const seedB = randomBytes(32).toString("hex");
  let sample; // what the Go signer produced with seedA
  let jwksA;

  before(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "keybs-signing-"));
    server = await startServer(seedA);
    sample = signSample({ seed: seedA, reports, objects, canonicalize: [] });
    ({ jwks: jwksA } = await fetchJWKS());
  });

  after(async () => {
    await stopServer();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test("the JWK set is public JSON, cacheable for five minutes, with one Ed25519 key", async () => {
    const { res, jwks } = await fetchJWKS();
    assert.match(res.headers.get("content-type"), /^application\/json/);
    assert.equal(res.headers.get("cache-control"), "public, max-age=300");
    assert.equal(res.headers.get("access-control-allow-origin"), "*");
    assert.equal(jwks.keys.length, 1);
    const [k] = jwks.keys;
    assert.equal(k.kty, "OKP");
    assert.equal(k.crv, "Ed25519");
    assert.equal(k.alg, "EdDSA");
    assert.equal(k.use, "sig");
    assert.equal(k.status, undefined);
    assert.equal(createPublicKey({ key: k, format: "jwk" }).asymmetricKeyType, "ed25519");
  });

  test("the kid is the RFC 7638 thumbprint, and the key is the configured seed's", () => {
    const [k] = jwksA.keys;
    assert.equal(thumbprint(k), k.kid);
    assert.equal(sample.kid, k.kid, "the Go signer with the same seed names the published key");
  });

  test("each signed report is the JCS of its public fields plus key_id, with its digest, and verifies", () => {
    assert.equal(sample.reports.length, reports.length);
    sample.reports.forEach((signed, i) => {
      const expected = canonicalize({ ...reports[i], key_id: jwksA.keys[0].kid });
      assert.equal(signed.canonical, expected, `report ${i}: canonical`);
      assert.equal(signed.digest, sha256hex(expected), `report ${i}: digest`);
      assert.equal(signed.kid, jwksA.keys[0].kid);
      assert.match(signed.signature, /^[A-Za-z0-9_-]{86}$/, "64 bytes of unpadded base64url");
      assert.equal(check(signed, jwksA), "ok", `report ${i}`);
    });
  });

  test("arbitrary signed objects (numbers, escapes, UTF-16 key order) verify too", () => {
    sample.objects.forEach((signed, i) => {
      assert.equal(signed.canonical, canonicalize({ ...objects[i], key_id: sample.kid }), `object ${i}: canonical`);
      assert.equal(check(signed, jwksA), "ok", `object ${i}`);
    });
  });

  test("a tampered canonical string, digest or signature fails", () => {
    const good = sample.reports[0];
    const sig = Buffer.from(good.signature, "base64url");
    sig[7] ^= 1;
    const moreTrusted = good.canonical.replace('"trust_score":78', '"trust_score":98');
    const cases = [
      [{ ...good, canonical: good.canonical.replace("Acme", "Acne") }, "digest mismatch"],
      [{ ...good, canonical: moreTrusted, digest: sha256hex(moreTrusted) }, "bad signature"],
      [{ ...good, canonical: good.canonical.replace(",", ", ") }, "canonical is not canonical"],
      [{ ...good, digest: "0".repeat(64) }, "digest mismatch"],
      [{ ...good, signature: sig.toString("base64url") }, "bad signature"],
      [{ ...good, signature: sample.reports[1].signature }, "bad signature"],
      [{ ...good, kid: "someone-else" }, "unknown kid"],
    ];
    for (const [signed, want] of cases) assert.equal(check(signed, jwksA), want);
  });

  test("our canonical form equals ECMAScript's for random doubles, strings and objects", () => {
    const values = [];
    for (const f of randomDoubles(3000)) values.push(f);
    for (const f of humanDoubles(3000)) values.push(f);
    for (let i = 0; i < 300; i++) values.push(randomString(1 + (i % 12)));
    for (let i = 0; i < 100; i++) {
      const o = {};
      for (let j = 0; j < 6; j++) o[randomString(1 + (j % 3))] = j % 2 ? randomDoubles(1)[0] : randomString(3);
      values.push(o);
    }
    const { canonicalize: got } = signSample({ seed: seedA, canonicalize: values });
    assert.equal(got.length, values.length);
    const mismatches = [];
    values.forEach((v, i) => {
      const want = canonicalize(v);
      if (got[i].canonical !== want) mismatches.push({ input: JSON.stringify(v), want, got: got[i] });
    });
    assert.deepEqual(mismatches.slice(0, 5), [], `${mismatches.length} of ${values.length} differ`);
  });

  test("what RFC 8785 must refuse (lone surrogates) is refused", () => {
    const { canonicalize: got } = signSample({ seed: seedA, canonicalize: ["\ud800", "a\udc00b", { "\ud83d": 1 }] });
    for (const r of got) assert.match(r.error ?? "", /unpaired UTF-16 surrogate/);
  });

  test("a published report checked through the public attestation endpoint verifies against the JWK set", async () => {
    // A new organisation's sandbox has published demo reports; their ids
    // come from the API, everything after that is public.
    const signUp = await fetch(server.url + "/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        query: "mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }",
        variables: { input: { email: `verifier-${Date.now()}@example.com`, password: "correct horse battery",
          name: "Verifier", organizationName: "Verifier Org", industry: "FINTECH", acceptTerms: true } },
      }),
    });
    const token = (await signUp.json()).data.signUp.accessToken;
    const list = await (await fetch(server.url + "/v1/reports", { headers: { Authorization: `Bearer ${token}` } })).json();
    assert.ok(list.data.length > 0, "the sandbox has published reports");
    for (const { verification_id: id } of list.data) {
      const res = await fetch(`${server.url}/v1/attestations/verify/${id}`); // no credentials
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("access-control-allow-origin"), "*");
      const a = await res.json();
      assert.equal(a.signature_valid, true);
      assert.equal(a.sandbox, true);
      assert.equal(JSON.parse(a.canonical).verification_id, id);
      assert.equal(JSON.parse(a.canonical).valid_until, a.valid_until.replace(/\.\d+Z$/, "Z"));
      assert.equal(check({ canonical: a.canonical, digest: a.digest, signature: a.signature, kid: a.kid }, jwksA), "ok", id);
      const signed = await (await fetch(`${server.url}/r/${id}.json`)).json();
      assert.equal(check(signed, jwksA), "ok", `${id}.json`);
      // A changed answer fails the same independent check.
      const tampered = a.canonical.replace(/"trust_score":\d+/, '"trust_score":100');
      assert.equal(check({ canonical: tampered, digest: sha256hex(tampered), signature: a.signature, kid: a.kid }, jwksA), "bad signature");
    }
    const unknown = await (await fetch(`${server.url}/v1/attestations/verify/KBS-VR-NOSUCHCASE`)).json();
    assert.equal(unknown.valid, false);
    assert.equal(unknown.state, "unknown");
  });

  test("after a restart with a new key, both keys are published and the old report still verifies", async () => {
    await stopServer();
    server = await startServer(seedB);
    const { jwks } = await fetchJWKS();
    const kidB = signSample({ seed: seedB }).kid;
    assert.deepEqual(
      jwks.keys.map((k) => [k.kid, k.status ?? "current"]),
      [[kidB, "current"], [jwksA.keys[0].kid, "retired"]],
    );
    for (const k of jwks.keys) assert.equal(thumbprint(k), k.kid);
    for (const signed of [...sample.reports, ...sample.objects]) assert.equal(check(signed, jwks), "ok");
  });
});

// ---- a report taken through the lifecycle by the real binary -------------------

describe("a published report checked independently of the Go code", () => {
  const seed = randomBytes(32).toString("hex");
  let token; // a portal session
  let apiKey; // a TEST secret key
  let caseId;
  let vid;
  let jwks;

  async function gql(query, variables = {}) {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const json = await res.json();
    if (json.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(json.errors)}`);
    return json.data;
  }

  async function v1(method, p, body) {
    const res = await fetch(server.url + p, {
      method,
      headers: { Authorization: `Bearer ${apiKey}`, ...(body ? { "Content-Type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: await res.json() };
  }

  const publicReport = async (id) => {
    const res = await fetch(`${server.url}/r/${id}.json`);
    return { res, body: await res.json() };
  };

  before(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "keybs-signing-lifecycle-"));
    server = await startServer(seed);
    const up = await gql(
      `mutation($email: String!) { signUp(input: {email: $email, password: "correct horse battery", name: "Signer Tester",
        organizationName: "Signature Test Org", industry: FINTECH, acceptTerms: true}) { accessToken } }`,
      { email: `signing-${process.pid}-${Date.now()}@example.com` },
    );
    token = up.signUp.accessToken;
    apiKey = (await gql(`mutation { createApiKey(input: {name: "signing", environment: TEST}) { secret } }`)).createApiKey.secret;
    const created = await v1("POST", "/v1/verifications", {
      supplier_name: 'Müller & Söhne "Ωmega" GmbH', country_code: "DE", tier: "tier2", package: "standard",
      contact_email: "ops@mueller.example", client_reference: "sim_manual",
    });
    assert.equal(created.status, 201);
    ({ id: caseId, verification_id: vid } = created.body);
    ({ jwks } = await fetchJWKS());
  });

  after(async () => {
    await stopServer();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test("before publication, /r/{id}.json is the same 404 as for an unknown id", async () => {
    const unknown = await publicReport("KBS-VR-NOSUCHCASE");
    assert.equal(unknown.res.status, 404);
    assert.equal(unknown.body.error.code, "not_found");
    for (const to of ["submitted", "approved", "signed"]) {
      if (to !== "submitted") assert.equal((await v1("POST", `/v1/test_helpers/verifications/${caseId}/advance`, { to })).status, 200);
      const { res, body } = await publicReport(vid);
      assert.equal(res.status, 404, `a ${to} report`);
      assert.deepEqual({ ...body.error, request_id: undefined }, { ...unknown.body.error, request_id: undefined }, `a ${to} report's 404`);
    }
    // The case's other spelling, its id, is not a public name either.
    assert.equal((await publicReport(caseId)).res.status, 404);
  });

  test("once published, the signed string verifies against the JWK set and says what GET /v1/reports/{id} says", async () => {
    assert.equal((await v1("POST", `/v1/test_helpers/verifications/${caseId}/advance`, { to: "published" })).status, 200);
    const { res, body: signed } = await publicReport(vid);
    assert.equal(res.status, 200);
    // The signature as stored, and (outside it) the sandbox mark every public
    // surface of a sandbox report carries.
    assert.deepEqual(Object.keys(signed).sort(), ["canonical", "digest", "kid", "sandbox", "signature", "watermark"]);
    assert.equal(signed.sandbox, true, "a test key's case is a sandbox report");
    assert.match(signed.watermark, /SANDBOX/);
    assert.equal(check(signed, jwks), "ok");
    assert.equal(sha256hex(signed.canonical), signed.digest, "the digest is the SHA-256 of the canonical bytes");
    assert.equal(canonicalize(JSON.parse(signed.canonical)), signed.canonical, "the canonical string is RFC 8785");

    const obj = JSON.parse(signed.canonical);
    const rep = await v1("GET", `/v1/reports/${vid}`);
    const cas = await v1("GET", `/v1/verifications/${caseId}`);
    assert.equal(rep.status, 200);
    assert.deepEqual(Object.keys(obj).sort(),
      ["country_code", "demo", "environment", "key_id", "risk_band", "signed_at", "supplier_name", "trust_score", "valid_until", "verification_id"]);
    assert.equal(obj.verification_id, rep.body.verification_id);
    assert.equal(obj.supplier_name, rep.body.supplier_name);
    assert.equal(obj.supplier_name, 'Müller & Söhne "Ωmega" GmbH');
    assert.equal(obj.country_code, cas.body.supplier.country_code);
    assert.equal(rep.body.country, "Germany");
    assert.equal(obj.trust_score, rep.body.trust_score);
    assert.equal(obj.risk_band, rep.body.risk_band);
    assert.equal(Date.parse(obj.signed_at), Date.parse(rep.body.signed_at));
    assert.equal(Date.parse(obj.valid_until), Date.parse(rep.body.valid_until));
    assert.equal(obj.environment, "test");
    assert.equal(obj.demo, true, "a sandbox report is signed as a demo");
    assert.equal(obj.key_id, signed.kid);
    assert.equal(rep.body.digest, signed.digest);
    assert.equal(rep.body.signature, signed.signature);
    assert.equal(rep.body.key_id, signed.kid);
    assert.equal(rep.body.lifecycle_status, "published");
    assert.equal(cas.body.report.digest, signed.digest);
  });

  test("a tampered field fails the check", async () => {
    const { body: signed } = await publicReport(vid);
    const obj = JSON.parse(signed.canonical);
    const resign = (change) => {
      const canonical = canonicalize({ ...obj, ...change });
      return { ...signed, canonical, digest: sha256hex(canonical) };
    };
    // A field changed and the digest recomputed to match: only the signature can tell.
    assert.equal(check(resign({ trust_score: obj.trust_score === 100 ? 99 : obj.trust_score + 1 }), jwks), "bad signature");
    assert.equal(check(resign({ risk_band: obj.risk_band === "low" ? "high" : "low" }), jwks), "bad signature");
    assert.equal(check(resign({ valid_until: "2099-01-01T00:00:00Z" }), jwks), "bad signature");
    assert.equal(check(resign({ demo: false }), jwks), "bad signature");
    // A field changed without the digest.
    assert.equal(check({ ...signed, canonical: signed.canonical.replace("Müller", "Muller") }, jwks), "digest mismatch");
    // A signature of another report.
    const demo = (await v1("GET", "/v1/reports")).body.data.find((r) => r.verification_id !== vid && r.lifecycle_status === "published");
    assert.ok(demo, "a demo report is published");
    assert.equal(check({ ...signed, signature: demo.signature }, jwks), "bad signature");
  });

  test("the tenant's demo reports verify too", async () => {
    const reps = (await v1("GET", "/v1/reports")).body.data.filter((r) => r.verification_id !== vid);
    assert.ok(reps.length >= 2);
    for (const r of reps) {
      const { res, body } = await publicReport(r.verification_id);
      assert.equal(res.status, 200);
      assert.equal(check(body, jwks), "ok", r.verification_id);
      assert.equal(JSON.parse(body.canonical).demo, true);
    }
  });

  test("a revoked report stays public and still verifies", async () => {
    assert.equal((await v1("POST", `/v1/test_helpers/verifications/${caseId}/advance`, { to: "revoked" })).status, 200);
    const { res, body } = await publicReport(vid);
    assert.equal(res.status, 200);
    assert.equal(check(body, jwks), "ok");
    assert.equal((await v1("GET", `/v1/reports/${vid}`)).body.report_status, "revoked");
  });
});
