import { runCli } from '@shanhai/testing';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { certifiedSku, loginDemo, newShopper, nextIp, orderBody, waitFor } from './support/shoppers';
import { e2eState, sql } from './support/state';

const REPORTED_FEN = 5_207_390_000;
const AMOUNT = '金额（元） Amount (yuan)';

type Agent = Awaited<ReturnType<typeof loginDemo>>;

interface Filter {
  from?: string;
  to?: string;
  channel?: string;
  category?: string;
  township?: string;
  village?: string;
  cooperative?: string;
}

interface Row {
  key: string;
  name: { zh: string; en: string } | null;
  amountFen: number;
  quantity: number;
  entries: number;
}

interface Breakdowns {
  filter: Filter;
  recordedFen: number;
  byPeriod: Row[];
  byChannel: Row[];
  byCategory: Row[];
  byTownship: Row[];
  byVillage: Row[];
  byCooperative: Row[];
}

interface Entry {
  id: string;
  kind: string;
  occurredOn: string;
  period: string;
  channel: string;
  cooperativeId: string | null;
  cooperativeName: { zh: string; en: string } | null;
  townshipSlug: string | null;
  villageSlug: string | null;
  categorySlug: string | null;
  amountFen: number;
}

interface Place {
  id: string;
  slug: string;
  village: string;
  township: string;
  category: string;
  nameZh: string;
}

const qs = (params: Record<string, string | number | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

const sum = (xs: { amountFen: number }[]) => xs.reduce((t, x) => t + x.amountFen, 0);

/** The response body as bytes, whatever its content type. */
function binary(res: request.Response, cb: (err: Error | null, body: Buffer) => void): void {
  // in Node, superagent hands the parser the response stream itself
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
}

/** The same figure straight from the raw ledger, not the rollups: the test's own oracle. */
async function ledgerSum(f: Filter): Promise<{ fen: number; n: number }> {
  const [row] = await sql<{ fen: string; n: number }>(
    `SELECT coalesce(sum(amount_fen), 0)::text AS fen, count(*)::int AS n FROM aid_ledger_entries
     WHERE kind <> 'opening_balance' AND ($1::text IS NULL OR period >= $1) AND ($2::text IS NULL OR period <= $2)
       AND ($3::text IS NULL OR channel = $3) AND ($4::text IS NULL OR category_slug = $4) AND ($5::text IS NULL OR township_slug = $5)
       AND ($6::text IS NULL OR village_slug = $6) AND ($7::text IS NULL OR cooperative_id = (SELECT id FROM cooperatives WHERE slug = $7))`,
    [
      f.from ?? null,
      f.to ?? null,
      f.channel ?? null,
      f.category ?? null,
      f.township ?? null,
      f.village ?? null,
      f.cooperative ?? null,
    ],
  );
  return { fen: Number(row.fen), n: row.n };
}

/** Every entry of the drill-down under a filter, page by page, checking each page's totals and order. */
async function allEntries(
  a: Agent,
  f: Filter & { kind?: string },
): Promise<{ entries: Entry[]; total: number; amountFen: number }> {
  const entries: Entry[] = [];
  let first: { total: number; amountFen: number } | null = null;
  for (let page = 1; ; page++) {
    const body = (await a.get(`/api/aid/entries?${qs({ ...f, page, pageSize: 200 })}`).expect(200)).body;
    first ??= { total: body.total, amountFen: body.amountFen };
    expect({
      total: body.total,
      amountFen: body.amountFen,
      page: body.page,
      pageSize: body.pageSize,
    }).toEqual({ ...first, page, pageSize: 200 });
    entries.push(...body.entries);
    if (body.entries.length < 200) break;
  }
  // newest first: by day, then by entry
  for (let i = 1; i < entries.length; i++) {
    const [p, e] = [entries[i - 1], entries[i]];
    expect(
      p.occurredOn > e.occurredOn || (p.occurredOn === e.occurredOn && BigInt(p.id) > BigInt(e.id)),
    ).toBe(true);
  }
  return { entries, ...(first as { total: number; amountFen: number }) };
}

async function download(a: Agent, params: Record<string, string | undefined>) {
  const res = await a
    .get(`/api/aid/export?${qs(params)}`)
    .buffer(true)
    .parse(binary)
    .expect(200);
  return { res, body: res.body as Buffer };
}

const yuanToFen = (text: string) => {
  expect(text).toMatch(/^-?\d+\.\d{2}$/);
  const [whole, frac] = text.replace('-', '').split('.');
  return (text.startsWith('-') ? -1 : 1) * (Number(whole) * 100 + Number(frac));
};

describe('aid dashboard: breakdowns, drill-down and exports', () => {
  let admin: Agent;
  let current: string;
  let tea: Place;
  let fungi: Place;
  let silver: Place;
  const tag = randomUUID().slice(0, 8);

  /** One entry written straight into the ledger, as an import or psql would. */
  const insert = (
    day: string,
    kind: string,
    channel: string,
    fen: number,
    place: Place | null,
    quantity = 1,
  ) =>
    sql(
      `INSERT INTO aid_ledger_entries (kind, occurred_on, period, channel, cooperative_id, township_slug, village_slug, category_slug, quantity, amount_fen, source_ref, reason)
       VALUES ($1, $2::date, to_char($2::date, 'YYYY-MM'), $3, $4, $5, $6, $7, $8, $9, $10, 'e2e dashboard')`,
      [
        kind,
        day,
        channel,
        place?.id ?? null,
        place?.township ?? null,
        place?.village ?? null,
        place?.category ?? null,
        quantity,
        fen,
        `e2e:dashboard:${tag}:${randomUUID()}`,
      ],
    );

  const place = async (slug: string, category: string): Promise<Place> => {
    const [p] = await sql<Place>(
      `SELECT co.id, co.slug, v.slug AS village, t.slug AS township, $2::text AS category, co.name_zh AS "nameZh"
       FROM cooperatives co JOIN villages v ON v.id = co.village_id JOIN townships t ON t.id = co.township_id WHERE co.slug = $1`,
      [slug, category],
    );
    return p;
  };

  beforeAll(async () => {
    admin = await loginDemo('admin@demo.shanhai.test');
    [{ current }] = await sql<{ current: string }>(
      `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM') AS current`,
    );
    tea = await place('lebainian-health', 'tea');
    fungi = await place('langdong-fungi-park', 'fungi');
    silver = await place('gulong-miao-silver', 'silver');

    // Months of 2021 that no other spec writes into, with known amounts per filter.
    await insert('2021-03-10', 'offline_sale', 'exhibition_centre', 12_345, tea, 3);
    await insert('2021-03-28', 'offline_sale', 'institutional', 40_000, fungi, 8);
    await insert('2021-04-02', 'offline_sale', 'institutional', 50_000, fungi, 10);
    await insert('2021-04-15', 'adjustment', 'institutional', -1_000, null, 0);
    await insert('2021-05-20', 'offline_sale', 'miao_silver_shop', 7_777, silver, 1);

    // This month: adjustments through the API, and a paid online order whose sale the outbox records.
    await admin
      .post('/api/aid/adjustments')
      .send({
        amountFen: 2_500,
        reason: 'late canteen delivery',
        channel: 'institutional',
        categorySlug: 'fungi',
        townshipSlug: fungi.township,
        villageSlug: fungi.village,
        cooperativeSlug: fungi.slug,
      })
      .expect(201);
    await admin
      .post('/api/aid/adjustments')
      .send({ amountFen: -300, reason: 'double-counted sale', channel: 'exhibition_centre' })
      .expect(201);
    const s = await newShopper(e2eState().apiUrl, 'aid-dash');
    const o = (
      await s.agent
        .post('/api/orders')
        .set('idempotency-key', `e2e-${randomUUID()}`)
        .send(orderBody(s.addressId, [{ sku: await certifiedSku(), quantity: 2 }]))
        .expect(201)
    ).body;
    await admin
      .post(`/api/admin/orders/${o.id}/payments`)
      .send({ reference: `DASH-${o.number}`, amountFen: o.totalFen })
      .expect(200);
    await waitFor(async () => {
      const [{ n }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM aid_ledger_entries e JOIN order_lines l ON l.id = e.order_line_id WHERE l.order_id = $1`,
        [o.id],
      );
      return n > 0;
    });
  });

  it('adds up: every breakdown sums to recordedFen, the ledger itself, and the entries the drill-down returns', async () => {
    const b: Breakdowns = (await admin.get('/api/aid/breakdowns').expect(200)).body;
    const oracle = await ledgerSum({});
    expect(b.recordedFen).toBe(oracle.fen);
    expect(b.filter).toEqual({});
    for (const rows of [b.byPeriod, b.byChannel, b.byCategory, b.byTownship, b.byVillage])
      expect(sum(rows)).toBe(b.recordedFen);
    // fewer than 20 cooperatives have sales here, so the top 20 is all of them
    expect(b.byCooperative.length).toBeLessThan(20);
    expect(sum(b.byCooperative)).toBe(b.recordedFen);
    // the opening balance is in no breakdown: no `reported` channel, no 2020-06 row from it
    expect(b.byChannel.map((r) => r.key)).not.toContain('reported');
    expect(b.byPeriod.map((r) => r.key)).toEqual([...b.byPeriod.map((r) => r.key)].sort());
    expect(b.byPeriod.map((r) => r.key)).toEqual(
      expect.arrayContaining(['2021-03', '2021-04', '2021-05', current]),
    );
    // largest first
    for (const rows of [b.byChannel, b.byCategory, b.byTownship, b.byVillage, b.byCooperative]) {
      expect(rows.map((r) => r.amountFen)).toEqual([...rows.map((r) => r.amountFen)].sort((x, y) => y - x));
    }
    // names from the catalogue in both languages; '' for entries without one, unnamed
    expect(b.byVillage.find((r) => r.key === tea.village)?.name).toEqual({
      zh: expect.any(String),
      en: expect.any(String),
    });
    expect(b.byCooperative.find((r) => r.key === tea.slug)?.name?.zh).toBe(tea.nameZh);
    expect(b.byCategory.find((r) => r.key === '')).toEqual(expect.objectContaining({ name: null }));

    const drill = await allEntries(admin, {});
    expect(drill.entries).toHaveLength(oracle.n);
    expect(drill.total).toBe(oracle.n);
    expect(sum(drill.entries)).toBe(b.recordedFen);
    expect(drill.amountFen).toBe(b.recordedFen);
    expect(drill.entries.some((e) => e.kind === 'opening_balance')).toBe(false);
  });

  it('shows the summary’s categories adding up to what was recorded, as the breakdowns do', async () => {
    const summary = (await admin.get('/api/aid/summary').expect(200)).body;
    const b: Breakdowns = (await admin.get('/api/aid/breakdowns').expect(200)).body;
    expect(summary.recordedFen).toBe(b.recordedFen);
    expect(sum(summary.byCategory)).toBe(summary.recordedFen);
    expect(sum(b.byCategory)).toBe(summary.recordedFen);
    expect(summary.reportedFen).toBe(REPORTED_FEN);
  });

  it('narrows by each filter to exactly what it names', async () => {
    const all = (await admin.get('/api/aid/breakdowns').expect(200)).body as Breakdowns;
    const cases: { filter: Filter; fen?: number; check: (b: Breakdowns, e: Entry) => void }[] = [
      {
        filter: { from: '2021-03', to: '2021-04' },
        fen: 12_345 + 40_000 + 50_000 - 1_000,
        check: (b, e) => {
          expect(b.byPeriod.map((r) => r.key)).toEqual(['2021-03', '2021-04']);
          expect(['2021-03', '2021-04']).toContain(e.period);
        },
      },
      {
        filter: { from: '2021-04', to: '2021-04', channel: 'institutional' },
        fen: 50_000 - 1_000,
        check: (b, e) => {
          expect(b.byChannel.map((r) => r.key)).toEqual(['institutional']);
          // the adjustment has no category, cooperative or place: its own '' rows
          expect(b.byCategory.map((r) => [r.key, r.amountFen])).toEqual([
            [fungi.category, 50_000],
            ['', -1_000],
          ]);
          expect(b.byCooperative.map((r) => [r.key, r.amountFen])).toEqual([
            [fungi.slug, 50_000],
            ['', -1_000],
          ]);
          expect(e.channel).toBe('institutional');
        },
      },
      {
        filter: { channel: 'miao_silver_shop' },
        check: (b, e) => {
          expect(b.byChannel.map((r) => r.key)).toEqual(['miao_silver_shop']);
          expect(e.channel).toBe('miao_silver_shop');
        },
      },
      {
        filter: { category: tea.category },
        check: (b, e) => {
          expect(b.byCategory.map((r) => r.key)).toEqual([tea.category]);
          expect(e.categorySlug).toBe(tea.category);
        },
      },
      {
        filter: { township: fungi.township },
        check: (b, e) => {
          expect(b.byTownship.map((r) => r.key)).toEqual([fungi.township]);
          expect(e.townshipSlug).toBe(fungi.township);
        },
      },
      {
        filter: { village: silver.village },
        check: (b, e) => {
          expect(b.byVillage.map((r) => r.key)).toEqual([silver.village]);
          expect(e.villageSlug).toBe(silver.village);
        },
      },
      {
        filter: { cooperative: fungi.slug },
        check: (b, e) => {
          expect(b.byCooperative.map((r) => r.key)).toEqual([fungi.slug]);
          expect(e.cooperativeId).toBe(fungi.id);
          expect(e.cooperativeName?.zh).toEqual(expect.any(String));
        },
      },
      {
        filter: {
          from: '2021-01',
          to: '2021-12',
          cooperative: tea.slug,
          village: tea.village,
          township: tea.township,
          category: tea.category,
          channel: 'exhibition_centre',
        },
        fen: 12_345,
        check: (b) =>
          expect(b.byPeriod).toEqual([
            { key: '2021-03', name: null, amountFen: 12_345, quantity: 3, entries: 1 },
          ]),
      },
    ];
    for (const { filter, fen, check } of cases) {
      const b: Breakdowns = (await admin.get(`/api/aid/breakdowns?${qs({ ...filter })}`).expect(200)).body;
      const oracle = await ledgerSum(filter);
      expect({ filter, recordedFen: b.recordedFen }).toEqual({ filter, recordedFen: oracle.fen });
      if (fen !== undefined) expect(b.recordedFen).toBe(fen);
      expect(b.filter).toEqual(filter);
      expect(b.recordedFen).not.toBe(all.recordedFen);
      for (const rows of [b.byPeriod, b.byChannel, b.byCategory, b.byTownship, b.byVillage, b.byCooperative])
        expect(sum(rows)).toBe(b.recordedFen);
      const drill = await allEntries(admin, filter);
      expect(drill.entries.length).toBeGreaterThan(0);
      expect({
        filter,
        n: drill.entries.length,
        total: drill.total,
        fen: sum(drill.entries),
        amountFen: drill.amountFen,
      }).toEqual({
        filter,
        n: oracle.n,
        total: oracle.n,
        fen: b.recordedFen,
        amountFen: b.recordedFen,
      });
      for (const e of drill.entries) check(b, e);
    }
  });

  it('drills down by kind, and shows the opening balance only when asked for by kind', async () => {
    const adjustments = await allEntries(admin, { from: '2021-01', to: '2021-12', kind: 'adjustment' });
    expect(adjustments.entries.map((e) => [e.kind, e.amountFen])).toEqual([['adjustment', -1_000]]);
    expect(adjustments).toEqual(expect.objectContaining({ total: 1, amountFen: -1_000 }));
    const opening = await allEntries(admin, { kind: 'opening_balance' });
    expect(opening.entries.map((e) => [e.channel, e.period, e.amountFen])).toEqual([
      ['reported', '2020-06', REPORTED_FEN],
    ]);
    expect(opening).toEqual(expect.objectContaining({ total: 1, amountFen: REPORTED_FEN }));
    // the breakdowns stay recorded sales only, even in the reported channel and month
    const reported: Breakdowns = (
      await admin.get('/api/aid/breakdowns?channel=reported&from=2020-06&to=2020-06').expect(200)
    ).body;
    expect(reported.recordedFen).toBe(0);
    expect(reported.byPeriod).toEqual([]);
  });

  it('refuses bad filters with 400 and the field that is wrong', async () => {
    const bad: [string, Record<string, string[]>][] = [
      ['/api/aid/breakdowns?from=2025-13', { from: ['must be a month as YYYY-MM'] }],
      ['/api/aid/breakdowns?from=2025-06&to=2025-01', { from: ['must not be after to'] }],
      ['/api/aid/breakdowns?channel=market', { channel: [expect.stringContaining('must be one of')] }],
      [
        '/api/aid/breakdowns?cooperative=no-such-cooperative',
        { cooperative: ['is not a known cooperative'] },
      ],
      [
        '/api/aid/breakdowns?village=nowhere&township=nowhere&category=nothing',
        {
          village: ['is not a known village'],
          township: ['is not a known township'],
          category: ['is not a known category'],
        },
      ],
      [
        '/api/aid/entries?pageSize=500&page=0&kind=gift',
        {
          pageSize: ['must be at most 200'],
          page: ['must be at least 1'],
          kind: [expect.stringContaining('must be one of')],
        },
      ],
      ['/api/aid/entries?cooperative=no-such-cooperative', { cooperative: ['is not a known cooperative'] }],
      [
        '/api/aid/export?view=household&format=pdf',
        { view: [expect.stringContaining('must be one of')], format: ['must be csv or xlsx'] },
      ],
      ['/api/aid/export?format=csv', { view: [expect.stringContaining('must be one of')] }],
      ['/api/aid/export?view=entries&village=nowhere', { village: ['is not a known village'] }],
    ];
    for (const [path, fields] of bad) {
      const res = await admin.get(path);
      expect({ path, status: res.status, code: res.body.code, fields: res.body.fields }).toEqual({
        path,
        status: 400,
        code: 'VALIDATION_FAILED',
        fields,
      });
    }
    // a misspelt filter is refused, not ignored (which would answer with unfiltered figures)
    for (const path of [
      '/api/aid/breakdowns?cooprative=langdong-fungi-park',
      '/api/aid/entries?vilage=hekou',
      '/api/aid/export?view=period&chanel=online',
    ]) {
      const res = await admin.get(path).expect(400);
      expect(JSON.stringify(res.body.fields)).toMatch(/cooprative|vilage|chanel/);
    }
  });

  it('exports each view as CSV (UTF-8 with BOM, bilingual headers, yuan) whose totals equal the breakdown', async () => {
    const filter = { from: '2021-01', to: current };
    const b: Breakdowns = (await admin.get(`/api/aid/breakdowns?${qs(filter)}`).expect(200)).body;
    const rowsOf: Record<string, Row[]> = {
      period: b.byPeriod,
      channel: b.byChannel,
      category: b.byCategory,
      township: b.byTownship,
      village: b.byVillage,
      cooperative: b.byCooperative,
    };
    for (const view of [...Object.keys(rowsOf), 'entries']) {
      const { res, body } = await download(admin, { view, ...filter });
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="aid-${view}-2021-01-${current}.csv"`,
      );
      expect(res.headers['cache-control']).toBe('no-store');
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records: Record<string, string>[] = parse(body, { bom: true, columns: true });
      const fen = records.reduce((t, r) => t + yuanToFen(r[AMOUNT]), 0);
      expect({ view, fen }).toEqual({ view, fen: b.recordedFen });
      if (view === 'entries') {
        expect(records).toHaveLength((await ledgerSum(filter)).n);
        expect(Object.keys(records[0])).toEqual(
          expect.arrayContaining(['日期 Date', '类型 Kind', '渠道 Channel', '合作社 Cooperative']),
        );
        const tea2021 = records.find((r) => r['日期 Date'] === '2021-03-10' && r[AMOUNT] === '123.45');
        expect(tea2021).toEqual(
          expect.objectContaining({
            '渠道 Channel': '展示展销中心 / Exhibition and sales centre',
            '合作社 Cooperative': tea.nameZh,
          }),
        );
      } else {
        expect(records.map((r) => Object.values(r)[0])).toEqual(rowsOf[view].map((r) => r.key));
      }
      if (view === 'village') {
        const v = b.byVillage.find((r) => r.key === tea.village);
        expect(records.find((r) => r['村 Village'] === tea.village)).toEqual(
          expect.objectContaining({
            '中文名称 Name (Chinese)': v?.name?.zh,
            '英文名称 Name (English)': v?.name?.en,
          }),
        );
      }
    }
  });

  it('exports views as XLSX with amounts as numbers whose totals equal the breakdown', async () => {
    const filter = { township: fungi.township };
    const b: Breakdowns = (await admin.get(`/api/aid/breakdowns?${qs(filter)}`).expect(200)).body;
    for (const view of ['cooperative', 'period', 'entries']) {
      const { res, body } = await download(admin, { view, format: 'xlsx', ...filter });
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toBe(`attachment; filename="aid-${view}-all-all.xlsx"`);
      const workbook = new ExcelJS.Workbook();
      // exceljs declares its own Buffer type; a Node Buffer is what it reads
      await workbook.xlsx.load(body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.worksheets[0];
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      const amountColumn = headers.indexOf(AMOUNT) + 1;
      expect(amountColumn).toBeGreaterThan(0);
      let fen = 0;
      let rows = 0;
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const value = row.getCell(amountColumn).value;
        expect(typeof value).toBe('number');
        fen += Math.round((value as number) * 100);
        rows++;
      });
      expect({ view, fen }).toEqual({ view, fen: b.recordedFen });
      expect(rows).toBe(
        view === 'entries'
          ? (await ledgerSum(filter)).n
          : view === 'cooperative'
            ? b.byCooperative.length
            : b.byPeriod.length,
      );
    }
  });

  it('answers 401 to anonymous callers and 403 to consumers and cooperative members', async () => {
    const paths = ['/api/aid/breakdowns', '/api/aid/entries', '/api/aid/export?view=entries'];
    const consumer = await newShopper(e2eState().apiUrl, 'aid-dash-nosy');
    const member = await loginDemo(`${fungi.slug}@demo.shanhai.test`);
    for (const path of paths) {
      await request(e2eState().apiUrl).get(path).set('x-forwarded-for', nextIp()).expect(401);
      await consumer.agent.get(path).expect(403);
      await member.get(`${path}${path.includes('?') ? '&' : '?'}cooperative=${fungi.slug}`).expect(403);
    }
  });

  it('npm run aid:check-rollups passes, fails with the key of a broken rollup, and passes once it is repaired', async () => {
    const env = { DATABASE_URL: e2eState().databaseUrl };
    const ok = await runCli(['aid-rollup-check'], env);
    expect(ok.output).toMatch(/The aid rollups equal a GROUP BY over the ledger \([\d,]+ entries\)/);
    expect(ok.code).toBe(0);

    const [broken] = await sql<{ id: string; key: string }>(
      `UPDATE aid_rollups SET amount_fen = amount_fen + 1
       WHERE id = (SELECT id FROM aid_rollups WHERE period = '2021-05' AND channel = 'miao_silver_shop' AND cooperative_id = $1)
       RETURNING id, concat_ws('|', period, channel, kind, category_slug, township_slug, village_slug, cooperative_id) AS key`,
      [silver.id],
    );
    try {
      expect(broken.key).toBe(
        `2021-05|miao_silver_shop|offline_sale|${silver.category}|${silver.township}|${silver.village}|${silver.id}`,
      );
      const bad = await runCli(['aid-rollup-check'], env);
      expect(bad.code).toBe(1);
      expect(bad.output).toContain('differ from the ledger');
      expect(bad.output).toContain(`${broken.key}: rollup 7778 fen, ledger 7777 fen`);
      // the API's check reads the same comparison
      const check = (await admin.get('/api/aid/check').expect(200)).body;
      expect(check).toEqual(
        expect.objectContaining({
          ok: false,
          mismatches: [{ key: broken.key, rollupFen: 7_778, ledgerFen: 7_777 }],
        }),
      );
    } finally {
      await sql('UPDATE aid_rollups SET amount_fen = amount_fen - 1 WHERE id = $1', [broken.id]);
    }
    const repaired = await runCli(['aid-rollup-check'], env);
    expect(repaired.code).toBe(0);
  });
});
