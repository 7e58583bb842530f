import { rmSync } from 'node:fs';

// Removes the temporary data folder playwright.config.ts made for the server.
export default function globalTeardown() {
  const dir = process.env.KEYBS_E2E_DIR;
  if (dir && dir.includes('keybs-e2e-')) rmSync(dir, { recursive: true, force: true });
}
