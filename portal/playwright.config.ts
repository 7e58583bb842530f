import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

// Browser tests drive the real `keybs` binary (built by `make build`, which
// also embeds portal/dist) on a fresh SQLite database in a temporary folder.
// The browser is the system Chromium: nothing is ever downloaded.

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
// KEYBS_BIN points at another build of the binary (e.g. a CI artefact).
const binary = resolve(repoRoot, process.env.KEYBS_BIN ?? join('bin', 'keybs'));
const port = Number(process.env.KEYBS_E2E_PORT ?? 18931);
const baseURL = `http://127.0.0.1:${port}`;

// Playwright evaluates this file again in each worker; the environment
// carries the first evaluation's folder over so that only one is made.
process.env.KEYBS_E2E_DIR ??= mkdtempSync(join(tmpdir(), 'keybs-e2e-'));
const dataDir = process.env.KEYBS_E2E_DIR;

if (!existsSync(binary)) {
  throw new Error(`${binary} does not exist: run \`make build\` (it builds the portal and the binary) first.`);
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 7_500 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : 'list',
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL,
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } },
    },
  ],
  webServer: {
    command: binary,
    cwd: repoRoot,
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    // KEYBS_E2E_LOGS=1 shows the server's request log next to the test output.
    stdout: process.env.KEYBS_E2E_LOGS ? 'pipe' : 'ignore',
    stderr: 'pipe',
    env: {
      KEYBS_ADDR: `127.0.0.1:${port}`,
      DATABASE_URL: `sqlite://${join(dataDir, 'e2e.db')}`,
      KEYBS_DATA_DIR: dataDir,
      // Emails (invitations, reset links) land as files the tests read.
      KEYBS_MAIL_DIR: join(dataDir, 'mail'),
      KEYBS_ENV: 'test',
      // The journey's webhook receiver listens on loopback, which KEYBS_ENV=test
      // refuses to deliver to; the browser tests opt into it explicitly.
      KEYBS_WEBHOOK_ALLOW_PRIVATE: 'true',
      KEYBS_LOG_LEVEL: process.env.KEYBS_E2E_LOGS ? 'info' : 'warn',
    },
  },
});
