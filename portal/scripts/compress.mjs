// Precompresses the built portal: a .br (brotli, quality 11) and a .gz
// (gzip, level 9) next to every text asset in portal/dist, kept only when
// smaller, so the server sends compressed bytes without compressing per
// request. Node's zlib does both; no dependency.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const TEXT = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt', '.map', '.webmanifest']);

let before = 0;
let after = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) {
      walk(file);
      continue;
    }
    if (!TEXT.has(extname(name))) continue;
    const raw = readFileSync(file);
    if (raw.length < 512) continue;
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    const gz = gzipSync(raw, { level: 9 });
    if (br.length < raw.length) writeFileSync(file + '.br', br);
    if (gz.length < raw.length) writeFileSync(file + '.gz', gz);
    before += raw.length;
    after += Math.min(br.length, raw.length);
  }
}
walk(dist);
console.log(`precompressed portal/dist: ${(before / 1024).toFixed(0)} KB of text assets, ${(after / 1024).toFixed(0)} KB as brotli`);
