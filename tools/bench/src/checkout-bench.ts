// Checkout under load: orders/s on distinct SKUs through the API, next to plain SQL transactions
// doing the same writes over the same pool size, in the same run; then one hot SKU at 200
// concurrent buyers, checking for oversell.
//   npx nx run bench:checkout                        (three pairs of 10 s runs)
//   npx nx run bench:checkout -- --seconds 2 --runs 1 --no-record
import autocannon from 'autocannon';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { Pool } from 'pg';
import { API_CLI, API_MAIN, arg, freshDatabase, machine, recordSection, runNode, startServer } from './bench-support';
import { measureCpu, type CpuPerOrder } from './checkout-cpu';

const SECONDS = arg('seconds', 10);
// a short run first, as the catalogue bench does: the measured run is of warm servers
const WARM_UP_SECONDS = Math.max(1, Math.round(SECONDS / 4));
const CONNECTIONS = arg('connections', 50);
// consecutive pairs (baseline, then API) in one run: on shared cores one pair says little
const RUNS = arg('runs', 3);
const SKUS = 2000;
const HOT_BUYERS = 200;
const HOT_STOCK = 100;
const RECORD = !process.argv.includes('--no-record');

interface Buyer {
  userId: string;
  cookie: string;
  addressId: string;
}

async function setUp(pool: Pool): Promise<{ buyers: Buyer[]; skus: string[]; variantIds: string[] }> {
  const coop = (await pool.query(`SELECT id, village_id FROM cooperatives WHERE status = 'approved' ORDER BY slug LIMIT 1`)).rows[0];
  const cat = (await pool.query(`SELECT id FROM categories ORDER BY slug LIMIT 1`)).rows[0];
  const product = (
    await pool.query(
      `INSERT INTO products (slug, cooperative_id, category_id, village_id, name_zh, name_en, status, demo)
       VALUES ('bench-checkout', $1, $2, $3, '压测商品', 'Benchmark goods', 'active', true) RETURNING id`,
      [coop.id, cat.id, coop.village_id],
    )
  ).rows[0];
  const variants = await pool.query(
    `INSERT INTO product_variants (product_id, sku, label_zh, label_en, price_fen, available, shipping_weight_grams)
     SELECT $1, 'BENCH-' || i, '规格 ' || i, 'Option ' || i, 1000 + i, 1000000, 100 FROM generate_series(1, $2::int) i
     RETURNING id, sku`,
    [product.id, SKUS],
  );
  const buyers: Buyer[] = [];
  for (let i = 0; i < 100; i++) {
    // buyers are made directly: registering 100 through argon2 would time the hash, not checkout
    const user = (
      await pool.query(`INSERT INTO users (email, password_hash, role) VALUES ($1, 'x', 'consumer') RETURNING id`, [`bench-${i}@example.com`])
    ).rows[0];
    const token = randomBytes(32).toString('base64url');
    await pool.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
      user.id,
      createHash('sha256').update(token).digest('hex'),
    ]);
    const address = (
      await pool.query(
        `INSERT INTO addresses (user_id, recipient, mobile, province, city, district, street, is_default)
         VALUES ($1, '测试', '+8613800138000', '浙江省', '杭州市', '拱墅区', '一号', true) RETURNING id`,
        [user.id],
      )
    ).rows[0];
    buyers.push({ userId: user.id, cookie: `shanhai_session=${token}`, addressId: address.id });
  }
  return { buyers, skus: variants.rows.map((r) => r.sku), variantIds: variants.rows.map((r) => r.id) };
}

/** The API: every request a new Idempotency-Key, a distinct SKU, one of 100 buyers. */
async function apiRun(
  url: string,
  buyers: Buyer[],
  skus: string[],
  seconds = SECONDS,
): Promise<{ perSec: number; p99: number; created: number; other: number }> {
  let n = 0;
  let created = 0;
  let other = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/orders',
        setupRequest: (req) => {
          const i = n++;
          const b = buyers[i % buyers.length];
          return {
            ...req,
            headers: { ...req.headers, 'content-type': 'application/json', cookie: b.cookie, 'idempotency-key': `bench-${randomUUID()}` },
            body: JSON.stringify({ addressId: b.addressId, paymentMethod: 'offline', lines: [{ sku: skus[i % skus.length], quantity: 1 }] }),
          };
        },
        onResponse: (status, body) => {
          if (status === 201) created++;
          else if (other++ < 3) process.stdout.write(`unexpected ${status}: ${String(body).slice(0, 300)}\n`);
        },
      },
    ],
  });
  return { perSec: Math.round(created / seconds), p99: result.latency.p99, created, other };
}

// numbers the baseline's orders across its runs (order numbers and keys are unique)
let sqlOrders = 0;

/** The baseline: the same rows written by plain SQL transactions, CONNECTIONS at a time over a pool of 10. */
async function sqlRun(
  pool: Pool,
  buyers: Buyer[],
  variantIds: string[],
  coopId: string,
  seconds = SECONDS,
): Promise<{ perSec: number; p99: number; created: number }> {
  let done = 0;
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const k = sqlOrders++;
      const b = buyers[k % buyers.length];
      const variant = variantIds[k % variantIds.length];
      const t0 = performance.now();
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`order:${b.userId}:${k}`]);
        const v = await c.query('UPDATE product_variants SET available = available - 1 WHERE id = $1 AND available >= 1 RETURNING price_fen', [variant]);
        const price = Number(v.rows[0].price_fen);
        const o = await c.query(
          `INSERT INTO orders (number, user_id, status, payment_method, items_fen, shipping_fen, total_fen, idempotency_key, request_hash,
             recipient, mobile, province, city, district, street, expires_at)
           VALUES ($1, $2, 'awaiting_payment', 'offline', $3, 1200, $4, $5, repeat('0', 64), '测试', '+8613800138000', '浙江省', '杭州市', '拱墅区', '一号',
             now() + interval '30 minutes') RETURNING id`,
          [`SQ${k}`, b.userId, price, price + 1200, `sql-${k}`],
        );
        const f = await c.query(
          `INSERT INTO fulfilments (order_id, cooperative_id, cooperative_slug, cooperative_name_zh, cooperative_name_en, status, items_fen, shipping_fen)
           VALUES ($1, $2, 'x', 'x', 'x', 'awaiting_payment', $3, 1200) RETURNING id`,
          [o.rows[0].id, coopId, price],
        );
        await c.query(
          `INSERT INTO order_lines (order_id, fulfilment_id, variant_id, sku, product_id, product_slug, name_zh, name_en, variant_label_zh,
             variant_label_en, cooperative_id, township_slug, village_slug, category_slug, aid_eligible, unit_price_fen, quantity, line_total_fen)
           SELECT $1, $2, v.id, v.sku, v.product_id, 'bench-checkout', 'x', 'x', 'x', 'x', $4, 'x', 'x', 'x', false, $3, 1, $3
           FROM product_variants v WHERE v.id = $5`,
          [o.rows[0].id, f.rows[0].id, price, coopId, variant],
        );
        await c.query(`INSERT INTO order_history (order_id, to_status, reason) VALUES ($1, 'awaiting_payment', 'order placed')`, [o.rows[0].id]);
        await c.query(`INSERT INTO outbox_events (type, aggregate_id, payload) VALUES ('order.placed', $1, '{}')`, [o.rows[0].id]);
        await c.query(`INSERT INTO payments (order_id, provider, status, amount_fen) VALUES ($1, 'offline', 'pending', $2)`, [o.rows[0].id, price + 1200]);
        await c.query('COMMIT');
        done++;
        latencies.push(performance.now() - t0);
      } catch (e) {
        await c.query('ROLLBACK');
        throw e;
      } finally {
        c.release();
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  latencies.sort((a, b) => a - b);
  return { perSec: Math.round(done / seconds), p99: Math.round(latencies[Math.floor(latencies.length * 0.99)] ?? 0), created: done };
}

/** 200 buyers at once for one SKU with HOT_STOCK units. */
async function hotRun(url: string, pool: Pool, buyers: Buyer[], sku: string): Promise<{ created: number; conflicts: number; other: number; p99: number; oversold: boolean }> {
  const latencies: number[] = [];
  const statuses = await Promise.all(
    Array.from({ length: HOT_BUYERS }, async (_, i) => {
      const b = buyers[i % buyers.length];
      const t0 = performance.now();
      const res = await fetch(`${url}/api/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: b.cookie, 'idempotency-key': `hot-${randomUUID()}` },
        body: JSON.stringify({ addressId: b.addressId, paymentMethod: 'offline', lines: [{ sku, quantity: 1 }] }),
      });
      latencies.push(performance.now() - t0);
      return res.status;
    }),
  );
  latencies.sort((a, b) => a - b);
  const sold = (await pool.query(`SELECT coalesce(sum(quantity), 0)::int AS n FROM order_lines WHERE sku = $1`, [sku])).rows[0].n;
  const left = (await pool.query(`SELECT available FROM product_variants WHERE sku = $1`, [sku])).rows[0].available;
  return {
    created: statuses.filter((s) => s === 201).length,
    conflicts: statuses.filter((s) => s === 409).length,
    other: statuses.filter((s) => s !== 201 && s !== 409).length,
    p99: Math.round(latencies[Math.floor(latencies.length * 0.99)]),
    oversold: sold > HOT_STOCK || left < 0 || sold + left !== HOT_STOCK,
  };
}

interface Pair {
  load: number;
  sql: { perSec: number; p99: number; created: number };
  sqlCpu: CpuPerOrder | null;
  api: { perSec: number; p99: number; created: number; other: number };
  apiCpu: CpuPerOrder | null;
}

const cpuCell = (cpu: CpuPerOrder | null): string =>
  cpu ? [cpu.server, cpu.database, cpu.client].filter((v, k) => k > 0 || v > 0).map((v) => v.toLocaleString('en')).join(' / ') : 'n/a';

async function main(): Promise<void> {
  // the machine and its load average as the run starts, before this run adds its own
  const host = machine();
  const db = await freshDatabase('checkout');
  const pool = new Pool({ connectionString: db.url, max: 10, application_name: 'bench-baseline' });
  let api: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    await runNode(API_CLI, ['seed'], { DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
    const { buyers, skus, variantIds } = await setUp(pool);
    const coopId = (await pool.query(`SELECT cooperative_id FROM products WHERE slug = 'bench-checkout'`)).rows[0].cooperative_id;
    api = await startServer(API_MAIN, { DATABASE_URL: db.url, DB_POOL_SIZE: '10', WEB_DIST: '/nonexistent', OUTBOX_POLL_MS: '0', ORDER_EXPIRY_POLL_MS: '0' }, '/api/health');

    const apiUrl = api.url;
    await sqlRun(pool, buyers, variantIds, coopId, WARM_UP_SECONDS);
    await apiRun(apiUrl, buyers, skus, WARM_UP_SECONDS);
    const pairs: Pair[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const load = loadavg()[0];
      const sql = await measureCpu(db.url, 'bench-baseline', undefined, () => sqlRun(pool, buyers, variantIds, coopId));
      const viaApi = await measureCpu(db.url, 'shanhai-api', api.child.pid, () => apiRun(apiUrl, buyers, skus));
      pairs.push({ load, sql: sql.result, sqlCpu: sql.cpu, api: viaApi.result, apiCpu: viaApi.cpu });
      process.stdout.write(`run ${run}: ${JSON.stringify(pairs[pairs.length - 1])}\n`);
    }

    await pool.query(`UPDATE product_variants SET available = $2 WHERE sku = $1`, [skus[0], HOT_STOCK]);
    await pool.query(`DELETE FROM order_lines WHERE sku = $1`, [skus[0]]);
    const hot = await hotRun(api.url, pool, buyers, skus[0]);
    process.stdout.write(`hot: ${JSON.stringify(hot)}\n`);

    const ratios = pairs.map((x) => x.api.perSec / x.sql.perSec);
    const table = [
      `| run | load average | \`POST /api/orders\` orders/s (p99 ms) | baseline orders/s (p99 ms) | API ÷ baseline | CPU µs per order, API run: API / PostgreSQL / load generator | CPU µs per order, baseline: PostgreSQL / its client |`,
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...pairs.map(
        (x, k) =>
          `| ${k + 1} | ${x.load.toFixed(1)} | ${x.api.perSec} (${x.api.p99}) | ${x.sql.perSec} (${x.sql.p99}) | **${ratios[k].toFixed(2)}×** | ${cpuCell(x.apiCpu)} | ${cpuCell(x.sqlCpu)} |`,
      ),
      '',
      `Lowest API run: **${Math.min(...pairs.map((x) => x.api.perSec))} orders/s**; API ÷ baseline ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×; ` +
        `${pairs.reduce((n, x) => n + x.api.created, 0).toLocaleString('en')} orders, ${pairs.reduce((n, x) => n + x.api.other, 0)} other answers.`,
      '',
      '| one hot SKU | p99 ms | outcome |',
      '| --- | ---: | --- |',
      `| ${HOT_BUYERS} concurrent buyers, ${HOT_STOCK} in stock | ${hot.p99} | ${hot.created} sold, ${hot.conflicts} × 409, ${hot.other} other; oversold: **${hot.oversold ? 'YES' : 'no'}** |`,
    ].join('\n');
    process.stdout.write(`\n${table}\n`);
    if (RECORD) {
      recordSection(
        'checkout',
        `## Checkout (issue: buying)

Run ${new Date().toISOString().slice(0, 10)} on ${host}, PostgreSQL of DATABASE_URL (default 127.0.0.1:5432).
Command: \`npx nx run bench:checkout\` — ${RUNS} consecutive pairs of ${SECONDS} s runs (the baseline, then the API) after a
${WARM_UP_SECONDS} s warm-up of each, ${CONNECTIONS} connections; the API and the baseline both use a pool of 10 connections.
The baseline runs the same statements as checkout (advisory lock, conditional decrement, order, fulfilment, line, history,
outbox event, payment) in one transaction each, with ${CONNECTIONS} workers. The load average is taken as each pair starts;
CPU per order is measured from /proc for the API process, the PostgreSQL backends of each pool and the bench process.

${table}

Targets: ≥ 300 orders/s on distinct SKUs; on one hot SKU zero oversell and p99 < 1 s.`,
      );
      process.stdout.write('Recorded in docs/benchmarks.md\n');
    }
    if (hot.oversold) process.exitCode = 1;
  } finally {
    api?.child.kill();
    await pool.end();
    await new Promise((r) => setTimeout(r, 300));
    await db.drop();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
