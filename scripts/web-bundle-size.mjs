// Prints the production build's initial JavaScript (the entry script and the modules it preloads),
// gzipped, and fails above the budget. Lazy routes are not initial and do not count.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = path.resolve(process.argv[2] ?? 'dist/apps/web');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');

const scripts = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((match) => match[1]);

if (scripts.length === 0) {
  process.stderr.write(`web bundle: no module scripts found in ${path.join(dist, 'index.html')}; build the web app first\n`);
  process.exit(1);
}

let total = 0;
for (const src of new Set(scripts)) {
  const file = path.join(dist, src.replace(/^\//, ''));
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  total += size;
  process.stdout.write(`  ${(size / 1024).toFixed(1).padStart(7)} KB  ${src}\n`);
}
const totalKb = total / 1024;
process.stdout.write(`web bundle: initial JavaScript ${totalKb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)\n`);
if (totalKb > BUDGET_KB) {
  process.stderr.write(`web bundle: over budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB\n`);
  process.exit(1);
}
