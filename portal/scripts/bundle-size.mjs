// Reports what a first visit downloads: the JS and CSS that portal/dist/index.html
// references (directly or as module preloads), as transferred — the
// precompressed brotli the server sends (gzip when there is none) — and
// fails above the budget.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = [...new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]))];

let total = 0;
for (const asset of assets) {
  const br = join(dist, asset + '.br');
  const size = existsSync(br) ? readFileSync(br).length : gzipSync(readFileSync(join(dist, asset)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${asset}`);
}
const totalKB = total / 1024;
console.log(`${totalKB.toFixed(1).padStart(7)} KB  first-load JS+CSS as transferred (budget ${BUDGET_KB} KB)`);
if (assets.length === 0) throw new Error('no assets found in portal/dist/index.html: run npm run build first');
if (totalKB > BUDGET_KB) process.exit(1);
