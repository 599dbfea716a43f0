// The aid dashboard over a million ledger entries: the API's summary and breakdowns (read from
// the rollups) over HTTP, next to the same figures computed by GROUP BY over the raw ledger, in
// the same run on the same database; then the drill-down and a streamed export of every entry.
//   npx nx run bench:aid                                       (1,000,000 entries)
//   npx nx run bench:aid -- --entries 20000 --requests 30 --no-record   (a quick check)
import autocannon from 'autocannon';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import {
  API_CLI,
  API_MAIN,
  arg,
  freshDatabase,
  machine,
  recordSection,
  runNode,
  startServer,
} from './bench-support';

const ENTRIES = arg('entries', 1_000_000);
const BATCH = 100_000;
const REQUESTS = arg('requests', 300);
const BASELINE_RUNS = arg('baseline-runs', 15);
const CONNECTIONS = 10;
const SECONDS = arg('seconds', 10);
const RECORD = !process.argv.includes('--no-record');
// keep the database for EXPLAIN after the run
const KEEP = process.argv.includes('--keep');
// 36 months of days, ending this month
const FIRST_DAY = '2023-12-01';
const DAYS = 1094;

/**
 * ENTRIES ledger entries over 36 months, spread by hash (not by a modulus, which would line up
 * products, days and channels and leave the rollups unrealistically few) over the demo products of
 * approved cooperatives, so each entry carries its product's cooperative, township, village and
 * category: 65 % online sales, 5 % online refunds, 30 % offline sales in the exhibition centre, the
 * Miao silver shop and institutional purchases. One INSERT … SELECT per 100,000, as an import
 * would write them: the rollup trigger runs once per statement.
 */
async function seedLedger(pool: Pool): Promise<void> {
  await pool.query(`CREATE TABLE bench_products AS
    SELECT (row_number() OVER (ORDER BY p.slug) - 1)::int AS k, p.id, p.cooperative_id, c.slug AS category_slug, v.slug AS village_slug, t.slug AS township_slug
    FROM products p JOIN categories c ON c.id = p.category_id JOIN villages v ON v.id = p.village_id JOIN townships t ON t.id = v.township_id
    JOIN cooperatives co ON co.id = p.cooperative_id WHERE co.status = 'approved'`);
  for (let lo = 1; lo <= ENTRIES; lo += BATCH) {
    const hi = Math.min(ENTRIES, lo + BATCH - 1);
    await pool.query(
      `INSERT INTO aid_ledger_entries (kind, occurred_on, period, channel, cooperative_id, township_slug, village_slug, category_slug, product_id, quantity, amount_fen, source_ref)
       SELECT x.kind, x.day, to_char(x.day, 'YYYY-MM'), x.channel, p.cooperative_id, p.township_slug, p.village_slug, p.category_slug, p.id,
              CASE WHEN x.kind = 'refund' THEN -x.qty ELSE x.qty END, CASE WHEN x.kind = 'refund' THEN -x.qty * x.price ELSE x.qty * x.price END,
              'bench:' || g.i
       FROM generate_series($1::int, $2::int) g(i)
       CROSS JOIN LATERAL (SELECT abs(hashint4(g.i)) AS h1, abs(hashint4(g.i + 1000000007)) AS h2, abs(hashint4(-g.i)) AS h3) h
       JOIN bench_products p ON p.k = h.h1 % (SELECT count(*) FROM bench_products)
       CROSS JOIN LATERAL (
         SELECT $3::date + (h.h2 % $4::int) AS day, 1 + h.h3 % 5 AS qty, 500 + (h.h1 / 7) % 30000 AS price,
                CASE WHEN h.h3 % 20 < 13 THEN 'sale' WHEN h.h3 % 20 = 13 THEN 'refund' ELSE 'offline_sale' END AS kind,
                CASE WHEN h.h3 % 20 < 14 THEN 'online' WHEN h.h3 % 20 < 17 THEN 'exhibition_centre' WHEN h.h3 % 20 < 19 THEN 'miao_silver_shop'
                     ELSE 'institutional' END AS channel) x`,
      [lo, hi, FIRST_DAY, DAYS],
    );
    process.stdout.write(`  ${hi.toLocaleString('en')} entries\n`);
  }
  await pool.query('DROP TABLE bench_products');
  await pool.query('VACUUM ANALYZE aid_ledger_entries');
  await pool.query('VACUUM ANALYZE aid_rollups');
}

/** An admin session made directly: signing in goes through argon2, which is not what is measured. */
async function adminCookie(pool: Pool): Promise<string> {
  const user = (
    await pool.query(
      `INSERT INTO users (email, password_hash, role) VALUES ('bench-admin@example.com', 'x', 'admin') RETURNING id`,
    )
  ).rows[0];
  const token = randomBytes(32).toString('base64url');
  await pool.query(
    `INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
    [user.id, createHash('sha256').update(token).digest('hex')],
  );
  return `shanhai_session=${token}`;
}

interface Timing {
  p50: number;
  p99: number;
  n: number;
}

function percentiles(ms: number[]): Timing {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { p50: Math.round(at(0.5) * 10) / 10, p99: Math.round(at(0.99) * 10) / 10, n: s.length };
}

/** Sequential timed requests (one at a time, as an admin opening the dashboard), after a warm-up. */
async function timeHttp(url: string, cookie: string, n: number): Promise<{ timing: Timing; body: unknown }> {
  let body: unknown = null;
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    body = await res.json();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(body)}`);
    return performance.now() - t0;
  };
  for (let i = 0; i < Math.min(20, n); i++) await once();
  const ms: number[] = [];
  for (let i = 0; i < n; i++) ms.push(await once());
  return { timing: percentiles(ms), body };
}

async function timeSql<T>(run: () => Promise<T>, n: number): Promise<{ timing: Timing; result: T }> {
  let result = await run(); // warm-up: the ledger's pages in PostgreSQL's cache, as the API's are
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    result = await run();
    ms.push(performance.now() - t0);
  }
  return { timing: percentiles(ms), result };
}

// The baseline: the figures of GET /api/aid/summary computed from the raw ledger instead of the
// rollups, with the same statements run in parallel on a pool, as the summary service does.
async function summaryFromLedger(pool: Pool) {
  const [totals, byChannel, byPeriod, byCategory] = await Promise.all([
    pool.query(`SELECT coalesce(sum(amount_fen) FILTER (WHERE kind = 'opening_balance'), 0) AS reported_fen,
                       coalesce(sum(amount_fen) FILTER (WHERE kind <> 'opening_balance'), 0) AS recorded_fen FROM aid_ledger_entries`),
    pool.query(
      'SELECT channel, sum(amount_fen) AS amount_fen FROM aid_ledger_entries GROUP BY channel ORDER BY channel',
    ),
    pool.query(
      'SELECT period, sum(amount_fen) AS amount_fen FROM aid_ledger_entries GROUP BY period ORDER BY period',
    ),
    pool.query(`SELECT coalesce(category_slug, '') AS category_slug, sum(amount_fen) AS amount_fen FROM aid_ledger_entries
                WHERE kind <> 'opening_balance' GROUP BY 1 ORDER BY coalesce(category_slug, '') = '', 1`),
  ]);
  return {
    recordedFen: Number(totals.rows[0].recorded_fen),
    periods: byPeriod.rowCount,
    channels: byChannel.rowCount,
    categories: byCategory.rowCount,
  };
}

// The figures of GET /api/aid/breakdowns (no filter) from the raw ledger: one GROUPING SETS
// statement like the API's, over the entries instead of the rollups, names joined the same way.
const BREAKDOWNS_FROM_LEDGER = `WITH g AS (
  SELECT CASE WHEN GROUPING(period) = 0 THEN 'period' WHEN GROUPING(channel) = 0 THEN 'channel' WHEN GROUPING(category_slug) = 0 THEN 'category'
              WHEN GROUPING(township_slug) = 0 THEN 'township' WHEN GROUPING(village_slug) = 0 THEN 'village'
              WHEN GROUPING(cooperative_id) = 0 THEN 'cooperative' ELSE 'total' END AS dim,
         coalesce(period::text, channel::text, category_slug, township_slug, village_slug, cooperative_id::text, '') AS key,
         cooperative_id, sum(amount_fen) AS amount_fen, sum(quantity) AS quantity, count(*) AS entries
  FROM aid_ledger_entries WHERE kind <> 'opening_balance'
  GROUP BY GROUPING SETS ((period), (channel), (category_slug), (township_slug), (village_slug), (cooperative_id), ()))
SELECT g.dim, coalesce(co.slug, g.key) AS key, coalesce(c.name_zh, t.name_zh, v.name_zh, co.name_zh) AS name_zh, g.amount_fen, g.quantity, g.entries
FROM g LEFT JOIN categories c ON g.dim = 'category' AND c.slug = g.key LEFT JOIN townships t ON g.dim = 'township' AND t.slug = g.key
LEFT JOIN villages v ON g.dim = 'village' AND v.slug = g.key LEFT JOIN cooperatives co ON g.dim = 'cooperative' AND co.id = g.cooperative_id`;

// The same figures as seven plain GROUP BYs (one per breakdown and the total) in parallel on the
// pool: on two cores this can beat the single GROUPING SETS scan, so the faster is the baseline.
const DIMENSIONS = ['period', 'channel', 'category_slug', 'township_slug', 'village_slug', 'cooperative_id'];
async function breakdownsFromLedgerInParallel(pool: Pool): Promise<number> {
  const results = await Promise.all([
    ...DIMENSIONS.map((d) =>
      pool.query(
        `SELECT ${d}, sum(amount_fen) AS amount_fen, sum(quantity) AS quantity, count(*) AS entries
         FROM aid_ledger_entries WHERE kind <> 'opening_balance' GROUP BY 1`,
      ),
    ),
    pool.query(
      `SELECT sum(amount_fen) AS amount_fen FROM aid_ledger_entries WHERE kind <> 'opening_balance'`,
    ),
  ]);
  return Number(results[results.length - 1].rows[0].amount_fen);
}

/** Peak resident memory of a process so far (Linux), in MiB. */
function peakRss(pid: number | undefined): number | null {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** Downloads every entry in a format, counting bytes and lines as they arrive. */
async function exportAll(url: string, cookie: string, format: 'csv' | 'xlsx') {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/aid/export?view=entries&format=${format}`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`export ${format} answered ${res.status}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    if (format === 'csv') for (const b of chunk) if (b === 10) lines++;
  }
  return {
    lines,
    mib: Math.round(bytes / 2 ** 20),
    seconds: Math.round((performance.now() - t0) / 100) / 10,
  };
}

async function throughput(url: string, path: string, cookie: string): Promise<number> {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { cookie },
    requests: [{ method: 'GET', path }],
  });
  if (r.non2xx || r.errors) throw new Error(`${path}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return Math.round(r.requests.average);
}

const fmt = (n: number) => n.toLocaleString('en');

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** The drill-down's inner query (the page's ids) under several filters, as the API writes it. */
const DRILL_DOWN_PLANS: [string, string][] = [
  ['newest first, no filter', `kind <> 'opening_balance'`],
  ['a year', `kind <> 'opening_balance' AND occurred_on >= '2025-01-01' AND occurred_on < '2026-01-01'`],
  [
    'a year + cooperative + refunds',
    `kind = 'refund' AND occurred_on >= '2025-01-01' AND occurred_on < '2026-01-01' AND cooperative_id = (SELECT id FROM cooperatives WHERE slug = 'langdong-fungi-park')`,
  ],
  ['a village', `kind <> 'opening_balance' AND village_slug = 'pingxiba'`],
  ['a category', `kind <> 'opening_balance' AND category_slug = 'silver'`],
  ['a township', `kind <> 'opening_balance' AND township_slug = 'jiuzhou'`],
  ['a channel with no entries', `kind <> 'opening_balance' AND channel = 'reported'`],
];

/** How a plan reads the ledger: "Index Only Scan (aid_ledger_entries_day_idx)". */
function scans(node: PlanNode): string[] {
  const own =
    /Scan/.test(node['Node Type']) && node['Relation Name'] === 'aid_ledger_entries'
      ? [`${node['Node Type']}${node['Index Name'] ? ` (${node['Index Name']})` : ''}`]
      : [];
  return [...(node.Plans ?? []).flatMap(scans), ...own];
}

async function explainDrillDown(pool: Pool): Promise<string[]> {
  const lines: string[] = [];
  const explain = async (name: string, sql: string) => {
    const [
      {
        'QUERY PLAN': [plan],
      },
    ] = (await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`)).rows;
    const used = scans(plan.Plan);
    lines.push(`| ${name} | ${used.join(', ')} | ${plan['Execution Time'].toFixed(1)} |`);
  };
  for (const [name, where] of DRILL_DOWN_PLANS) {
    await explain(
      name,
      `SELECT id, occurred_on FROM aid_ledger_entries WHERE ${where} ORDER BY occurred_on DESC, id DESC LIMIT 50`,
    );
  }
  await explain(
    'page 500 of 200 (offset 99,800)',
    `SELECT id, occurred_on FROM aid_ledger_entries WHERE kind <> 'opening_balance' ORDER BY occurred_on DESC, id DESC LIMIT 200 OFFSET 99800`,
  );
  await explain(
    'an export batch of 2,000 after a keyset cursor',
    `SELECT * FROM aid_ledger_entries WHERE kind <> 'opening_balance' AND (occurred_on, id) < ('2025-06-15'::date, 500000::bigint) ORDER BY occurred_on DESC, id DESC LIMIT 2000`,
  );
  return lines;
}

async function main(): Promise<void> {
  const db = await freshDatabase('aid');
  const pool = new Pool({ connectionString: db.url, max: 10 });
  let api: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    process.stdout.write(`Migrating and seeding the demo data, then ${fmt(ENTRIES)} ledger entries…\n`);
    await runNode(API_CLI, ['seed'], { DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
    const t0 = Date.now();
    await seedLedger(pool);
    const seedSeconds = (Date.now() - t0) / 1000;
    const [{ entries, rollups }] = (
      await pool.query(
        'SELECT (SELECT count(*) FROM aid_ledger_entries)::int AS entries, (SELECT count(*) FROM aid_rollups)::int AS rollups',
      )
    ).rows;
    process.stdout.write(
      `Seeded in ${seedSeconds.toFixed(1)} s: ${fmt(entries)} entries, ${fmt(rollups)} rollup rows\n`,
    );
    const load = machine();
    const cookie = await adminCookie(pool);
    api = await startServer(
      API_MAIN,
      {
        DATABASE_URL: db.url,
        DB_POOL_SIZE: '10',
        WEB_DIST: '/nonexistent',
        OUTBOX_POLL_MS: '0',
        ORDER_EXPIRY_POLL_MS: '0',
      },
      '/api/health',
    );

    const year = `from=2025-01&to=2025-12`;
    const paths = {
      summary: '/api/aid/summary',
      breakdowns: '/api/aid/breakdowns',
      filtered: `/api/aid/breakdowns?${year}&channel=online&township=langdong`,
      entries: '/api/aid/entries',
      entriesFiltered: `/api/aid/entries?${year}&cooperative=langdong-fungi-park&kind=refund`,
      entriesDeep: '/api/aid/entries?page=500&pageSize=200',
    };
    const http: Record<keyof typeof paths, { timing: Timing; body: unknown }> = {} as never;
    for (const [name, path] of Object.entries(paths) as [keyof typeof paths, string][]) {
      http[name] = await timeHttp(
        api.url + path,
        cookie,
        name.startsWith('entries') ? Math.min(REQUESTS, 100) : REQUESTS,
      );
      process.stdout.write(`api ${name}: ${JSON.stringify(http[name].timing)}\n`);
    }

    const summaryBase = await timeSql(() => summaryFromLedger(pool), BASELINE_RUNS);
    process.stdout.write(`baseline summary: ${JSON.stringify(summaryBase.timing)}\n`);
    const breakdownsBase = await timeSql(
      async () => (await pool.query(BREAKDOWNS_FROM_LEDGER)).rows,
      BASELINE_RUNS,
    );
    process.stdout.write(`baseline breakdowns (GROUPING SETS): ${JSON.stringify(breakdownsBase.timing)}\n`);
    const breakdownsParallel = await timeSql(() => breakdownsFromLedgerInParallel(pool), BASELINE_RUNS);
    process.stdout.write(
      `baseline breakdowns (7 GROUP BYs in parallel): ${JSON.stringify(breakdownsParallel.timing)}\n`,
    );
    const parallelWins = breakdownsParallel.timing.p50 < breakdownsBase.timing.p50;
    const breakdownsBaseline = parallelWins ? breakdownsParallel.timing : breakdownsBase.timing;

    // Both sides must give the same figures, or the comparison means nothing.
    const summary = http.summary.body as { recordedFen: number; byPeriod: unknown[]; byCategory: unknown[] };
    const breakdowns = http.breakdowns.body as { recordedFen: number; byVillage: unknown[] };
    const baseTotal = breakdownsBase.result.find((r) => r.dim === 'total');
    const same =
      summary.recordedFen === summaryBase.result.recordedFen &&
      breakdowns.recordedFen === Number(baseTotal?.amount_fen) &&
      breakdowns.recordedFen === breakdownsParallel.result &&
      summary.byCategory.length === summaryBase.result.categories &&
      breakdowns.byVillage.length === breakdownsBase.result.filter((r) => r.dim === 'village').length;
    if (!same) throw new Error('The API and the GROUP BY over the ledger disagree; the comparison is void.');

    const rps = {
      summary: await throughput(api.url, paths.summary, cookie),
      breakdowns: await throughput(api.url, paths.breakdowns, cookie),
    };
    process.stdout.write(`req/s at ${CONNECTIONS} connections: ${JSON.stringify(rps)}\n`);

    // Every entry as CSV, then as XLSX, streamed: time, size, and the API's peak memory.
    const rssBefore = peakRss(api.child.pid);
    const csv = await exportAll(api.url, cookie, 'csv');
    const rssCsv = peakRss(api.child.pid);
    const xlsx = await exportAll(api.url, cookie, 'xlsx');
    const rssXlsx = peakRss(api.child.pid);
    process.stdout.write(
      `export csv: ${JSON.stringify(csv)}, xlsx: ${JSON.stringify(xlsx)}; API peak RSS ${rssBefore} → ${rssCsv} → ${rssXlsx} MiB\n`,
    );
    if (csv.lines - 1 !== entries - 1) {
      throw new Error(
        `the export has ${csv.lines - 1} rows for ${entries - 1} entries (all but the opening balance)`,
      );
    }

    const row = (name: string, api: Timing, base: Timing | null) =>
      `| ${name} | ${api.p50} / ${api.p99} | ${base ? `${base.p50} / ${base.p99}` : '—'} | ${base ? `**${(base.p50 / api.p50).toFixed(0)}×**` : '—'} |`;
    const table = [
      '| read | API p50 / p99 ms (HTTP) | GROUP BY over the ledger p50 / p99 ms (SQL only) | faster at p50 |',
      '| --- | ---: | ---: | ---: |',
      row('`GET /api/aid/summary`', http.summary.timing, summaryBase.timing),
      row('`GET /api/aid/breakdowns`, no filter', http.breakdowns.timing, breakdownsBaseline),
      row('`GET /api/aid/breakdowns`, a year + channel + township', http.filtered.timing, null),
      row('`GET /api/aid/entries`, first page of 50', http.entries.timing, null),
      row('`GET /api/aid/entries`, a year + cooperative + refunds', http.entriesFiltered.timing, null),
      row('`GET /api/aid/entries?page=500&pageSize=200` (offset 99,800)', http.entriesDeep.timing, null),
    ].join('\n');
    const plans = await explainDrillDown(pool);
    process.stdout.write(`${plans.join('\n')}\n`);
    const extra = [
      `- Throughput at ${CONNECTIONS} connections for ${SECONDS} s: summary ${fmt(rps.summary)} req/s, breakdowns ${fmt(rps.breakdowns)} req/s.`,
      `- Breakdowns baseline: one GROUPING SETS statement ${breakdownsBase.timing.p50} ms, seven GROUP BYs in parallel ` +
        `${breakdownsParallel.timing.p50} ms at p50; the table shows the faster.`,
      `- Every entry exported, streamed: CSV ${fmt(csv.lines - 1)} rows, ${csv.mib} MiB in ${csv.seconds} s; ` +
        `XLSX ${xlsx.mib} MiB in ${xlsx.seconds} s. The API's peak resident memory: ${rssBefore} MiB before, ${rssCsv} MiB after the CSV, ${rssXlsx} MiB after the XLSX.`,
      `- Seeding ${fmt(ENTRIES)} entries (${Math.ceil(ENTRIES / BATCH)} INSERT … SELECT statements, rollup trigger included) took ${seedSeconds.toFixed(0)} s; ${fmt(rollups)} rollup rows.`,
    ].join('\n');
    process.stdout.write(`\n${table}\n${extra}\n`);
    if (RECORD) {
      recordSection(
        'aid',
        `## Aid dashboard (issue: aid dashboard)

Run ${new Date().toISOString().slice(0, 10)} on ${load}, PostgreSQL of DATABASE_URL (default 127.0.0.1:5432).
Command: \`npx nx run bench:aid\` — ${fmt(entries)} ledger entries over 36 months (${fmt(rollups)} rollup rows), the demo cooperatives,
townships, villages and categories; the API with a pool of 10 connections. API figures are ${REQUESTS} sequential requests
(${Math.min(REQUESTS, 100)} for entries) over HTTP with an admin session, after 20 warm-up requests.
Baseline, in the same run: the same figures computed by GROUP BY over \`aid_ledger_entries\` instead of the rollups — the summary's
four statements in parallel on a \`pg\` pool of 10 as the service runs them, and for the breakdowns the faster of one GROUPING SETS
statement and seven GROUP BYs in parallel —
timed ${BASELINE_RUNS} times from the bench process after a warm-up. The baseline pays no HTTP, JSON or session cost, so the
ratio understates the rollups' advantage; the run fails if the two sides' figures differ.

${table}

${extra}

The drill-down's ledger reads under \`EXPLAIN ANALYZE\` in the same run (the page's ids; names and columns are then joined to those rows):

| filter | scans | ms |
| --- | --- | ---: |
${plans.join('\n')}

Target: summary p50 < 30 ms and ≥ 20× faster than the GROUP BY over the raw ledger.`,
      );
      process.stdout.write('Recorded in docs/benchmarks.md\n');
    }
  } finally {
    api?.child.kill();
    await pool.end();
    await new Promise((r) => setTimeout(r, 300));
    if (KEEP) process.stdout.write(`Kept ${db.url}\n`);
    else await db.drop();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
