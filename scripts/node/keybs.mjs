// Starting and stopping the real KeyBS binary for the Node test suites
// (webhook verification, report signatures, GraphQL over HTTP): one copy of
// the clean environment, the start-up wait and the shutdown.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = process.env.KEYBS_BIN ? path.resolve(process.env.KEYBS_BIN) : path.join(ROOT, "bin", "keybs");
const STARTUP_TIMEOUT_MS = 20_000;

// startKeyBS starts the binary on a fresh SQLite database in dataDir, on a
// loopback port, with extra environment variables, and resolves to
// { child, url } once it prints its URL.
export function startKeyBS(dataDir, extra = {}) {
  if (!existsSync(BIN)) {
    throw new Error(`KeyBS binary not found at ${BIN}: run \`make build\` first, or set KEYBS_BIN to a built binary`);
  }
  // A clean environment: nothing from the caller's KEYBS_* or DATABASE_URL.
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith("KEYBS_") && k !== "DATABASE_URL") env[k] = v;
  }
  Object.assign(env, {
    DATABASE_URL: `sqlite://${path.join(dataDir, "db.sqlite")}`,
    KEYBS_DATA_DIR: dataDir,
    KEYBS_ADDR: "127.0.0.1:0",
    KEYBS_ENV: "test",
    ...extra,
  });
  const child = spawn(BIN, [], { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (d) => {
    err += d;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${BIN} printed no URL within ${STARTUP_TIMEOUT_MS} ms\nstdout:\n${out}\nstderr:\n${err}`));
    }, STARTUP_TIMEOUT_MS);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${BIN}: ${e.message}`));
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${BIN} exited early (code ${code}, signal ${signal})\nstdout:\n${out}\nstderr:\n${err}`));
    });
    child.stdout.on("data", (d) => {
      out += d;
      const m = /KeyBS is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
  });
}

// stopKeyBS stops a started server with SIGTERM (SIGKILL after 10 s).
export async function stopKeyBS(server) {
  const child = server?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.removeAllListeners("exit");
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
