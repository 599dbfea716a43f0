// Adds up the gzipped JS a first visit to each storefront route downloads (entry chunk + the
// route's chunk + every chunk they import statically) from the build manifest, and fails when a
// route in BUDGETS exceeds its budget (QUALITY.md: ≤ 120 KiB on the listing and product pages),
// or when a page outside the admin console would load the console's code or libraries (Ant Design,
// ECharts: the `antd` and `echarts` chunks of vite.config.mts).
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
const BUDGETS = { 'products/product-listing-page.tsx': 120 * KiB, 'product/product-page.tsx': 120 * KiB };
const BACK_OFFICE = /^_(antd|echarts)-|\/libs\/web\/backoffice\//;

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist/apps/web');
const manifest = JSON.parse(readFileSync(resolve(outDir, '.vite/manifest.json'), 'utf8'));
const gzipped = (file) => gzipSync(readFileSync(resolve(outDir, file))).length;

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
let failed = false;
const rows = [];
const leaks = [...closure([entryKey])].filter((k) => BACK_OFFICE.test(k));
if (leaks.length > 0) {
  failed = true;
  console.error(`The entry loads the admin console's code: ${leaks.join(', ')}`);
}
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isDynamicEntry) continue;
  const files = [...closure([entryKey, key])].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const bytes = files.reduce((sum, f) => sum + gzipped(f), 0);
  const budgetKey = Object.keys(BUDGETS).find((b) => key.endsWith(b));
  const over = budgetKey !== undefined && bytes > BUDGETS[budgetKey];
  failed ||= over;
  const backOffice = BACK_OFFICE.test(key);
  const leaked = backOffice ? [] : [...closure([entryKey, key])].filter((k) => BACK_OFFICE.test(k));
  if (leaked.length > 0) {
    failed = true;
    console.error(`${key} loads the admin console's code: ${leaked.join(', ')}`);
  }
  rows.push({
    route: key.replace(/^.*\/src\//, ''),
    files: files.length,
    gzipKiB: (bytes / KiB).toFixed(1),
    budgetKiB: budgetKey ? BUDGETS[budgetKey] / KiB : '',
    status: leaked.length > 0 ? 'LEAK' : budgetKey ? (over ? 'OVER' : 'ok') : backOffice ? 'admin' : '',
  });
}
console.table(rows);
if (failed) {
  console.error('A storefront route is over its JS budget or loads the admin console.');
  process.exit(1);
}
