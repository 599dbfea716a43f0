// Catalogue read paths under load: the Nest + TypeORM API next to a bare Fastify + pg server
// running the same SQL, in the same run, on the same database.
//   npx nx run bench:catalog                       (10,000 products, 40,000 variants, 10 s per run)
//   npx nx run bench:catalog -- --products 500 --seconds 2 --no-record   (a quick check)
import path from 'node:path';
import { API_CLI, API_MAIN, arg, exec, freshDatabase, load, machine, recordSection, runNode, startServer, type LoadResult } from './bench-support';

const PRODUCTS = arg('products', 10_000);
const VARIANTS_PER_PRODUCT = 4;
const CONNECTIONS = arg('connections', 50);
const SECONDS = arg('seconds', 10);
const RECORD = !process.argv.includes('--no-record');
// keep the database for EXPLAIN after the run
const KEEP = process.argv.includes('--keep');

/** 10,000 products over 8 categories, 40 sellers and 20 villages; 4 variants each; most certified. */
async function seed(url: string): Promise<void> {
  await exec(
    url,
    `
    INSERT INTO townships (slug, name_zh, name_en) SELECT 'bench-t-' || i, '镇' || i, 'Town ' || i FROM generate_series(1, 5) i;
    INSERT INTO villages (slug, township_id, name_zh, name_en, demo)
      SELECT 'bench-v-' || i, (SELECT id FROM townships WHERE slug = 'bench-t-' || (1 + i % 5)), '村' || i, 'Village ' || i, true
      FROM generate_series(1, 20) i;
    INSERT INTO categories (slug, name_zh, name_en, sort_order) SELECT 'bench-cat-' || i, '类' || i, 'Category ' || i, i FROM generate_series(1, 8) i;
    INSERT INTO cooperatives (slug, name_zh, name_en, legal_form, credit_code, township_id, village_id, status, demo)
      SELECT 'bench-co-' || i, '合作社' || i, 'Cooperative ' || i, 'cooperative', lpad(i::text, 18, '9'),
        (SELECT township_id FROM villages WHERE slug = 'bench-v-' || (1 + i % 20)), (SELECT id FROM villages WHERE slug = 'bench-v-' || (1 + i % 20)),
        'approved', true
      FROM generate_series(1, 40) i;
    INSERT INTO media (content_type, bytes, byte_size, sha256) VALUES ('image/svg+xml', '\\x3c7376672f3e', 6, repeat('0', 64));
    INSERT INTO products (slug, cooperative_id, category_id, village_id, name_zh, name_en, description_zh, description_en, demo, created_at)
      SELECT 'bench-p-' || i,
        (SELECT id FROM cooperatives WHERE slug = 'bench-co-' || (1 + i % 40)),
        (SELECT id FROM categories WHERE slug = 'bench-cat-' || (1 + i % 8)),
        (SELECT id FROM villages WHERE slug = 'bench-v-' || (1 + i % 20)),
        '黄平特产 ' || i, 'Huangping goods ' || i, '描述 ' || i, 'Description of item ' || i, true, now() - i * interval '1 minute'
      FROM generate_series(1, $1::int) i;
    INSERT INTO product_variants (product_id, sku, label_zh, label_en, price_fen, available, shipping_weight_grams, sort_order)
      SELECT p.id, 'B' || substr(p.slug, 9) || '-' || k, k * 250 || ' 克', k * 250 || ' g',
        500 + (abs(hashtext(p.slug)) % 20000) + k * 1000, (abs(hashtext(p.slug)) + k) % 7 * 10, k * 250, k
      FROM products p CROSS JOIN generate_series(1, ${VARIANTS_PER_PRODUCT}) k;
    INSERT INTO product_images (product_id, media_id, position, alt_zh, alt_en)
      SELECT p.id, (SELECT id FROM media LIMIT 1), 0, p.name_zh, p.name_en FROM products p;
    INSERT INTO aid_certificates (product_id, number, issuer, valid_from, valid_to, revoked)
      SELECT p.id, 'BENCH-' || p.slug, '黄平县农业农村局', date '2026-01-01',
        CASE WHEN abs(hashtext(p.slug)) % 10 < 7 THEN date '2027-12-31' ELSE date '2026-06-30' END, false
      FROM products p;
    ANALYZE;
    `.replace('$1::int', String(PRODUCTS)),
  );
}

function ratioLine(name: string, api: LoadResult, bare: LoadResult): string {
  const ratio = api.requestsPerSec / bare.requestsPerSec;
  return `| ${name} | ${api.requestsPerSec.toLocaleString('en')} | ${api.p50} / ${api.p99} | ${bare.requestsPerSec.toLocaleString('en')} | ${bare.p50} / ${bare.p99} | **${ratio.toFixed(2)}×** | ${api.errors + api.non2xx} / ${bare.errors + bare.non2xx} |`;
}

async function main(): Promise<void> {
  const db = await freshDatabase('catalog');
  const stops: (() => void)[] = [];
  try {
    process.stdout.write(`Migrating and seeding ${PRODUCTS.toLocaleString('en')} products…\n`);
    await runNode(API_CLI, ['migrate'], { DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
    const t0 = Date.now();
    await seed(db.url);
    process.stdout.write(`Seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

    const listPaths = Array.from({ length: 24 }, (_, i) => `/api/products?category=bench-cat-${1 + (i % 8)}&page=${1 + (i % 3)}`);
    const detailPaths = Array.from({ length: 200 }, (_, i) => `/api/products/bench-p-${1 + ((i * 7919) % PRODUCTS)}`);
    const env = { DATABASE_URL: db.url, DB_POOL_SIZE: '10', MIGRATE_ON_START: 'false', SEED_DEMO: 'false' };

    const bare = await startServer(path.join(__dirname, 'bare-server.js'), env, '/api/products?pageSize=1');
    stops.push(() => bare.child.kill());
    // The ratio compares like with like: the API with its listing cache off runs the same SQL per request.
    const api = await startServer(API_MAIN, { ...env, WEB_DIST: '/nonexistent', CATALOG_CACHE_MS: '0' }, '/api/health');
    stops.push(() => api.child.kill());

    const results: Record<string, LoadResult> = {};
    for (const [name, paths] of [['list', listPaths], ['detail', detailPaths]] as const) {
      results[`bare-${name}`] = await load(bare.url, paths, CONNECTIONS, SECONDS);
      process.stdout.write(`bare ${name}: ${JSON.stringify(results[`bare-${name}`])}\n`);
      results[`api-${name}`] = await load(api.url, paths, CONNECTIONS, SECONDS);
      process.stdout.write(`api  ${name}: ${JSON.stringify(results[`api-${name}`])}\n`);
    }
    api.child.kill();
    // As deployed: the listing answered from the per-process cache (CATALOG_CACHE_MS, 2 s by default)
    const cached = await startServer(API_MAIN, { ...env, WEB_DIST: '/nonexistent' }, '/api/health');
    stops.push(() => cached.child.kill());
    results['cached-list'] = await load(cached.url, listPaths, CONNECTIONS, SECONDS);
    process.stdout.write(`api (cache) list: ${JSON.stringify(results['cached-list'])}\n`);

    const c = results['cached-list'];
    const table = [
      '| path | API req/s | API p50 / p99 ms | bare req/s | bare p50 / p99 ms | API ÷ bare | errors (API / bare) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ratioLine('`GET /api/products?category=…&page=…` (24 cards), cache off', results['api-list'], results['bare-list']),
      ratioLine('`GET /api/products/:slug`', results['api-detail'], results['bare-detail']),
      `| the same listing with the 2 s listing cache (as deployed) | ${c.requestsPerSec.toLocaleString('en')} | ${c.p50} / ${c.p99} | — | — | — | ${c.errors + c.non2xx} |`,
    ].join('\n');
    process.stdout.write(`\n${table}\n`);
    if (RECORD) {
      recordSection(
        'catalog',
        `## Catalogue reads (issue: foundation)

Run ${new Date().toISOString().slice(0, 10)} on ${machine()}, PostgreSQL of DATABASE_URL (default 127.0.0.1:5432).
Command: \`npx nx run bench:catalog\` — ${PRODUCTS.toLocaleString('en')} products, ${(PRODUCTS * VARIANTS_PER_PRODUCT).toLocaleString('en')} variants,
autocannon with ${CONNECTIONS} connections for ${SECONDS} s per run after a warm-up; both servers use a pool of 10 connections.
Baseline: a bare Fastify + \`pg\` server running the same SQL with the same row mapping (\`tools/bench/src/bare-server.ts\`), in the same run.

${table}

Targets: ≥ 0.8× the baseline and p99 < 50 ms at 50 connections.`,
      );
      process.stdout.write('Recorded in docs/benchmarks.md\n');
    }
  } finally {
    for (const stop of stops) stop();
    await new Promise((r) => setTimeout(r, 300));
    if (KEEP) process.stdout.write(`Kept ${db.url}\n`);
    else await db.drop();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
