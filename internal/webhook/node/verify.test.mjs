// End-to-end check of webhook signatures against the real bin/keybs binary:
// the seed's Node verify() and the official standardwebhooks library must both
// accept what KeyBS sends (DESIGN.md §6), and reject tampered or stale
// deliveries. Run with `npm run test:webhooks` after `make build`; set
// KEYBS_BIN to test another binary.

import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { startKeyBS, stopKeyBS } from "../../../scripts/node/keybs.mjs";

// ---------------------------------------------------------------------------
// Copied VERBATIM, unchanged, from the seed /work/shared/seeds/002_bce5bd66576a69ff.txt
// (Webhooks → "Verifying a signature", the Node example). Do not edit: the
// point of this test is that the partner-facing snippet works as published.
// Node example
import { createHmac, timingSafeEqual } from "node:crypto";
function verify(secret, header, rawBody) {
const [tPart, sigPart] = header.split(",");
const ts = tPart.split("=")[1];
const sig = sigPart.split("=")[1];
if (Math.abs(Date.now()/1000 - Number(ts)) > 300) return false; // replay
const mac = createHmac("sha256", secret).update(`${ts}.${rawBody}`).digest("hex");
return timingSafeEqual(Buffer.from(mac), Buffer.from(sig));
}
// ---------------------------------------------------------------------------

const DELIVERY_TIMEOUT_MS = 10_000;

// ---- the server under test --------------------------------------------------

let server; // { child, url, stdout(), stderr() }
let tmp;

function startServer() {
  tmp = mkdtempSync(path.join(tmpdir(), "keybs-webhooks-"));
  return startKeyBS(tmp, {
    // The receivers below listen on loopback, which KEYBS_ENV=test refuses
    // to deliver to unless told otherwise.
    KEYBS_WEBHOOK_ALLOW_PRIVATE: "true",
    // The sandbox simulator walks TEST cases one step every 200 ms, so
    // the lifecycle test below sees every path finish in a few seconds.
    KEYBS_SANDBOX_STEP: "200ms",
  });
}

function stopServer() {
  return stopKeyBS(server);
}

// Last resort should the runner exit without running after().
process.on("exit", () => {
  if (server?.child && server.child.exitCode === null) server.child.kill("SIGKILL");
});

async function gql(query, variables = {}, token) {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`GraphQL answered ${res.status} with non-JSON: ${text.slice(0, 500)}`);
  }
  if (json.errors?.length) {
    throw new Error(`GraphQL errors: ${JSON.stringify(json.errors)}\nquery: ${query}`);
  }
  return json.data;
}

// ---- the receiver -------------------------------------------------------------

const received = []; // { headers, raw: Buffer, body: string }
const waiters = new Set();
let receiver;
let receiverURL;

function startReceiver() {
  receiver = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const d = { method: req.method, path: req.url, headers: req.headers, raw, body: raw.toString("utf8") };
      received.push(d);
      res.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
      for (const w of waiters) w();
    });
  });
  return new Promise((resolve) => {
    receiver.listen(0, "127.0.0.1", () => {
      receiverURL = `http://127.0.0.1:${receiver.address().port}/hook`;
      resolve();
    });
  });
}

// waitForDelivery resolves with the first received request whose
// X-KeyBS-Event-Id is eventId, or rejects after DELIVERY_TIMEOUT_MS.
function waitForDelivery(eventId) {
  const find = () => received.find((d) => d.headers["x-keybs-event-id"] === eventId);
  return new Promise((resolve, reject) => {
    const hit = find();
    if (hit) return resolve(hit);
    const timer = setTimeout(() => {
      waiters.delete(check);
      reject(
        new Error(
          `no delivery of ${eventId} within ${DELIVERY_TIMEOUT_MS} ms; received: ${JSON.stringify(received.map((d) => d.headers["x-keybs-event-id"]))}\nserver stderr:\n${server.stderr()}`,
        ),
      );
    }, DELIVERY_TIMEOUT_MS);
    function check() {
      const d = find();
      if (d) {
        clearTimeout(timer);
        waiters.delete(check);
        resolve(d);
      }
    }
    waiters.add(check);
  });
}

// ---- helpers ------------------------------------------------------------------

function standardHeaders(d) {
  return {
    "webhook-id": d.headers["webhook-id"],
    "webhook-timestamp": d.headers["webhook-timestamp"],
    "webhook-signature": d.headers["webhook-signature"],
  };
}

// standardSignature computes a Standard Webhooks signature ourselves:
// base64 HMAC-SHA256 under the decoded whsec_ key of "<id>.<ts>.<body>".
function standardSignature(secret, id, ts, body) {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return "v1," + createHmac("sha256", key).update(`${id}.${ts}.${body}`).digest("base64");
}

// keybsSignature computes the hex v1 of X-KeyBS-Signature ourselves.
function keybsSignature(secret, ts, body) {
  return createHmac("sha256", secret).update(`${ts}.${body}`).digest("hex");
}

// withClock runs fn with Date.now returning real time shifted by offsetMs.
function withClock(offsetMs, fn) {
  const real = Date.now;
  Date.now = () => real.call(Date) + offsetMs;
  try {
    return fn();
  } finally {
    Date.now = real;
  }
}

function tamper(raw) {
  const b = Buffer.from(raw);
  // Flip one bit of a byte inside the body (an ASCII byte stays ASCII).
  const i = b.indexOf("This is a test event");
  b[i >= 0 ? i : Math.floor(b.length / 2)] ^= 0x01;
  return b.toString("utf8");
}

// ---- the tests ----------------------------------------------------------------

describe("webhook signatures from the real binary", () => {
  let token;
  let endpointId;
  let secret;
  let testEventId;
  let delivery;

  before(async () => {
    await startReceiver();
    server = await startServer();
    const email = `webhooks-${process.pid}-${Date.now()}@example.com`;
    const up = await gql(
      `mutation($email: String!) { signUp(input: {email: $email, password: "correct horse battery", name: "Webhook Tester",
        organizationName: "Webhook Test Org", industry: FINTECH, acceptTerms: true}) { accessToken } }`,
      { email },
    );
    token = up.signUp.accessToken;
    const created = await gql(
      `mutation($url: String!) { createWebhookEndpoint(input: {url: $url, environment: TEST, description: "node verify test"}) {
        endpoint { id } secret } }`,
      { url: receiverURL },
      token,
    );
    endpointId = created.createWebhookEndpoint.endpoint.id;
    secret = created.createWebhookEndpoint.secret;
    assert.match(secret, /^whsec_[A-Za-z0-9+/]+={0,2}$/, "secret is whsec_<base64>");
    assert.equal(Buffer.from(secret.slice("whsec_".length), "base64").length, 32, "secret holds 32 bytes");
    const sent = await gql(`mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }`, { id: endpointId }, token);
    testEventId = sent.sendTestWebhook.id;
    delivery = await waitForDelivery(testEventId);
  });

  after(async () => {
    await stopServer();
    await new Promise((r) => (receiver ? receiver.close(r) : r()));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test("the delivery is a JSON POST with both header sets", () => {
    assert.equal(delivery.method, "POST");
    assert.equal(delivery.path, "/hook");
    assert.match(delivery.headers["content-type"] ?? "", /^application\/json/);
    const ts = delivery.headers["x-keybs-timestamp"];
    assert.match(ts, /^\d+$/);
    assert.ok(Math.abs(Date.now() / 1000 - Number(ts)) < 60, `timestamp ${ts} is current`);
    assert.equal(delivery.headers["webhook-timestamp"], ts);
    assert.match(delivery.headers["x-keybs-signature"], new RegExp(`^t=${ts},v1=[0-9a-f]{64}$`));
    assert.match(delivery.headers["webhook-signature"], /^v1,[A-Za-z0-9+/]{43}=$/);
  });

  test("(a) the seed's verify() accepts the X-KeyBS-Signature", () => {
    assert.equal(verify(secret, delivery.headers["x-keybs-signature"], delivery.body), true);
  });

  test("(b) standardwebhooks accepts the webhook-* headers with the whsec_ secret", () => {
    // The library's constructor strips the whsec_ prefix and base64-decodes
    // the rest; the KeyBS header uses the whole whsec_ string as its key.
    const payload = new Webhook(secret).verify(delivery.body, standardHeaders(delivery));
    assert.equal(payload.event_id, testEventId);
    // Same result with a Buffer body and without the prefix.
    new Webhook(secret.slice("whsec_".length)).verify(delivery.raw, standardHeaders(delivery));
  });

  test("(c) a body with one byte changed fails both verifiers", () => {
    const bad = tamper(delivery.raw);
    assert.notEqual(bad, delivery.body);
    assert.equal(Buffer.byteLength(bad), delivery.raw.length);
    assert.equal(verify(secret, delivery.headers["x-keybs-signature"], bad), false);
    assert.throws(() => new Webhook(secret).verify(bad, standardHeaders(delivery)), WebhookVerificationError);
  });

  test("(d) a stale timestamp fails both verifiers", () => {
    // Seed verify(): the genuine header and body, 301 s later.
    assert.equal(
      withClock(301_000, () => verify(secret, delivery.headers["x-keybs-signature"], delivery.body)),
      false,
      "verify() must refuse a delivery 301 s old",
    );
    // standardwebhooks: a correct signature for a timestamp 10 minutes old.
    const id = delivery.headers["webhook-id"];
    const old = Math.floor(Date.now() / 1000) - 600;
    const stale = { "webhook-id": id, "webhook-timestamp": String(old), "webhook-signature": standardSignature(secret, id, old, delivery.body) };
    // Control: at the time it claims, the signature is valid, so only age can fail it.
    withClock(-600_000, () => new Webhook(secret).verify(delivery.body, stale));
    assert.throws(() => new Webhook(secret).verify(delivery.body, stale), (e) => e instanceof WebhookVerificationError && /too old/.test(e.message));
  });

  test("(e) one event id everywhere: X-KeyBS-Event-Id, webhook-id, body event_id, sendTestWebhook", () => {
    assert.match(testEventId, /^evt_/);
    const body = JSON.parse(delivery.body);
    assert.equal(delivery.headers["x-keybs-event-id"], testEventId);
    assert.equal(delivery.headers["webhook-id"], testEventId);
    assert.equal(body.event_id, testEventId);
    assert.equal(body.event_type, "webhook.test");
  });

  test("the delivery log records the test delivery as SUCCEEDED", async () => {
    const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
    let nodes = [];
    while (Date.now() < deadline) {
      const data = await gql(
        `{ webhookEndpoints { edges { node { id deliveries(first: 20) { edges { node {
            id attempt status trigger responseStatus eventID errorMessage } } } } } } }`,
        {},
        token,
      );
      const ep = data.webhookEndpoints.edges.map((e) => e.node).find((n) => n.id === endpointId);
      nodes = (ep?.deliveries.edges ?? []).map((e) => e.node).filter((n) => n.eventID === testEventId);
      if (nodes.some((n) => n.status === "SUCCEEDED")) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const ok = nodes.find((n) => n.status === "SUCCEEDED");
    assert.ok(ok, `no SUCCEEDED delivery of ${testEventId} in the log: ${JSON.stringify(nodes)}`);
    assert.equal(ok.trigger, "TEST");
    assert.equal(ok.responseStatus, 200);
    assert.equal(ok.attempt, 1);
  });

  test("(f) during a secret rotation both signatures are sent, the old secret's first", async () => {
    const rotated = await gql(
      `mutation($id: ID!) { rotateWebhookSecret(id: $id, graceSeconds: 3600) { secret } }`,
      { id: endpointId },
      token,
    );
    const oldSecret = secret;
    const newSecret = rotated.rotateWebhookSecret.secret;
    assert.match(newSecret, /^whsec_/);
    assert.notEqual(newSecret, oldSecret);

    const sent = await gql(`mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }`, { id: endpointId }, token);
    const eventId = sent.sendTestWebhook.id;
    assert.notEqual(eventId, testEventId);
    const d = await waitForDelivery(eventId);
    const ts = d.headers["x-keybs-timestamp"];

    // Two signatures in each header, in the order old, new.
    const kb = d.headers["x-keybs-signature"];
    assert.match(kb, new RegExp(`^t=${ts},v1=[0-9a-f]{64},v1=[0-9a-f]{64}$`), `X-KeyBS-Signature: ${kb}`);
    assert.deepEqual(kb.split(",").slice(1), [`v1=${keybsSignature(oldSecret, ts, d.body)}`, `v1=${keybsSignature(newSecret, ts, d.body)}`]);
    const std = d.headers["webhook-signature"];
    assert.deepEqual(std.split(" "), [standardSignature(oldSecret, eventId, ts, d.body), standardSignature(newSecret, eventId, ts, d.body)]);

    // The seed's verify() reads only the first v1=: the old secret keeps working.
    assert.equal(verify(oldSecret, kb, d.body), true);
    assert.equal(verify(newSecret, kb, d.body), false, "the seed's verify() reads the first v1= only (the old secret's)");

    // standardwebhooks tries every signature: either secret verifies.
    assert.equal(new Webhook(oldSecret).verify(d.body, standardHeaders(d)).event_id, eventId);
    assert.equal(new Webhook(newSecret).verify(d.body, standardHeaders(d)).event_id, eventId);

    // A tampered body still fails with both secrets.
    const bad = tamper(d.raw);
    assert.equal(verify(oldSecret, kb, bad), false);
    assert.throws(() => new Webhook(oldSecret).verify(bad, standardHeaders(d)), WebhookVerificationError);
    assert.throws(() => new Webhook(newSecret).verify(bad, standardHeaders(d)), WebhookVerificationError);
  });

  test("(g) every lifecycle event the sandbox simulator fires verifies, in transition order, shaped as seed 002 says", async () => {
    // An endpoint of its own (a fresh secret, no rotation under way) on its
    // own path, subscribed to the lifecycle's events only.
    const lifecycleTypes = [
      "verification.submitted", "verification.in_review", "verification.rfi_requested", "verification.rfi_resolved",
      "verification.approved", "verification.declined", "report.signed", "report.published", "report.revoked",
      "report.expiring", "report.expired", "report.disputed",
    ];
    const ep = await gql(
      `mutation($url: String!, $types: [String!]) { createWebhookEndpoint(input: {url: $url, environment: TEST, eventTypes: $types}) { secret } }`,
      { url: receiverURL.replace(/\/hook$/, "/lifecycle"), types: lifecycleTypes },
      token,
    );
    const lifecycleSecret = ep.createWebhookEndpoint.secret;
    const key = await gql(`mutation { createApiKey(input: {name: "lifecycle", environment: TEST}) { secret } }`, {}, token);
    const apiKey = key.createApiKey.secret;

    const head = ["verification.submitted", "verification.in_review"];
    const toPublished = [...head, "verification.approved", "report.signed", "report.published"];
    const paths = {
      "PO-1": toPublished,
      sim_decline: [...head, "verification.declined"],
      sim_rfi: [...head, "verification.rfi_requested", "verification.rfi_resolved", "verification.approved", "report.signed", "report.published"],
      sim_revoke: [...toPublished, "report.revoked"],
      sim_expire: [...toPublished, "report.expiring", "report.expired"],
      sim_dispute: [...toPublished, "report.disputed"],
    };
    const cases = {}; // case id -> magic value
    for (const ref of Object.keys(paths)) {
      const res = await fetch(`${server.url}/v1/verifications`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ supplier_name: "Acme Trading Co.", country_code: "IN", tier: "tier2", package: "standard",
          contact_email: "ops@acme.example", client_reference: ref }),
      });
      assert.equal(res.status, 201, `POST /v1/verifications (${ref})`);
      cases[(await res.json()).id] = ref;
    }

    // Wait until every case's path has been delivered.
    const want = Object.values(paths).reduce((n, p) => n + p.length, 0);
    // Delivery is at least once: a receiver counts each event id once.
    const lifecycle = () => {
      const seen = new Set();
      return received.filter((d) => {
        const id = d.headers["x-keybs-event-id"];
        if (d.path !== "/lifecycle" || seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    };
    // Every case's own path, not just the total: the RFI path is the longest.
    const complete = () => {
      const n = {};
      for (const d of lifecycle()) {
        const id = JSON.parse(d.body).verification_case_id;
        n[id] = (n[id] ?? 0) + 1;
      }
      return Object.entries(cases).every(([id, ref]) => (n[id] ?? 0) >= paths[ref].length);
    };
    const deadline = Date.now() + 60_000;
    while (!complete() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    // Only this test's cases: each case's exact sequence is checked below.
    const got = lifecycle().filter((d) => JSON.parse(d.body).verification_case_id in cases);
    assert.equal(got.length, want, `${got.length} lifecycle deliveries of these cases, want ${want}`);

    const byCase = {};
    for (const d of got) {
      // The seed's own verify() accepts each one.
      assert.equal(verify(lifecycleSecret, d.headers["x-keybs-signature"], d.body), true, `verify() refuses ${d.headers["x-keybs-event-id"]}`);
      const p = JSON.parse(d.body);
      assert.equal(p.event_id, d.headers["x-keybs-event-id"]);
      (byCase[p.verification_case_id] ??= []).push(p);
    }
    for (const [id, ref] of Object.entries(cases)) {
      // Event ids are ULIDs: their order is the order the outbox wrote them.
      const events = (byCase[id] ?? []).sort((a, b) => (a.event_id < b.event_id ? -1 : 1));
      assert.deepEqual(events.map((p) => p.event_type), paths[ref], `${ref}: events in transition order`);
      for (const p of events) {
        // Seed 002's "Event payload": the envelope, the case, the supplier
        // and, once approved, the report (with our additions).
        const approved = p.report !== undefined;
        assert.deepEqual(
          Object.keys(p).sort(),
          ["created_at", "environment", "event_id", "event_type", "status", "supplier", "tenant_id", "verification_case_id",
            "verification_id", ...(approved ? ["report"] : [])].sort(),
          `${ref} ${p.event_type}: payload keys`,
        );
        assert.match(p.event_id, /^evt_/);
        assert.match(p.tenant_id, /^tnt_/);
        assert.match(p.verification_id, /^KBS-VR-[A-Z2-7]{10}$/);
        assert.ok(!Number.isNaN(Date.parse(p.created_at)), `${p.event_type}: created_at ${p.created_at}`);
        assert.equal(p.supplier.name, "Acme Trading Co.");
        assert.equal(p.supplier.country_code, "IN");
        const status = { "report.signed": "signed", "report.published": "published", "report.revoked": "revoked",
          "report.expiring": "expiring", "report.expired": "expired", "report.disputed": "disputed" }[p.event_type]
          ?? p.event_type.replace("verification.", "");
        assert.equal(p.status, status, `${ref} ${p.event_type}: status`);
        if (approved) {
          assert.equal(typeof p.supplier.trust_score, "number");
          assert.match(p.supplier.risk_band, /^(low|medium|high)$/);
          for (const k of ["lifecycle_status", "signed_at", "valid_until", "verify_url"]) assert.ok(k in p.report, `report.${k}`);
          if (p.event_type !== "verification.approved") {
            assert.ok(p.report.signed_at && p.report.valid_until, `${p.event_type}: signed report times`);
            assert.ok(p.report.verify_url.endsWith(`/r/${p.verification_id}`), p.report.verify_url);
            assert.match(p.report.digest, /^[0-9a-f]{64}$/);
          }
        }
      }
    }
  });
});
