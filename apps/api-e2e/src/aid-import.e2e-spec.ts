import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { binary, csvText, encodeGbk, EN_HEADER, utf8Bom, ZH_HEADER } from './support/import-files';
import { loginDemo, newShopper, nextIp, waitFor } from './support/shoppers';
import { e2eState, sql } from './support/state';

type Agent = ReturnType<typeof request.agent>;
type Row = (string | number)[];

// references of this run, so no other run's rows (or other specs') can collide with them
const TAG = `e2e${randomUUID().slice(0, 6)}`;
// months no other spec closes: one closed before the upload, one closed between check and commit
const CLOSED_BEFORE = '2024-07';
const CLOSED_BETWEEN = '2024-08';

const admin = () => loginDemo('admin@demo.shanhai.test');

const chinaDay = async (offsetDays = 0) =>
  (
    await sql<{ day: string }>(`SELECT ((now() AT TIME ZONE 'Asia/Shanghai')::date + $1::int)::text AS day`, [offsetDays])
  )[0].day;

function upload(agent: Agent, bytes: Buffer, fileName: string, channel = 'exhibition_centre') {
  return agent.post('/api/aid/imports').field('channel', channel).attach('file', bytes, { filename: fileName, contentType: 'application/octet-stream' });
}

/** Polls an import until its check is over; returns the import. */
const checked = (agent: Agent, id: string, ms = 30_000) =>
  waitFor(async () => {
    const res = await agent.get(`/api/aid/imports/${id}`).expect(200);
    return res.body.status === 'parsing' ? null : res.body;
  }, ms);

const counts = async () =>
  (
    await sql<{ imports: number; entries: number; audits: number }>(
      `SELECT (SELECT count(*)::int FROM aid_imports) AS imports, (SELECT count(*)::int FROM aid_ledger_entries) AS entries,
              (SELECT count(*)::int FROM audit_log) AS audits`,
    )
  )[0];

/** Ledger entries written from this run's references of a channel with a prefix. */
const ledgerOf = (channel: string, prefix: string) =>
  sql<{ n: number; fen: string; quantity: string }>(
    `SELECT count(*)::int AS n, coalesce(sum(amount_fen), 0)::text AS fen, coalesce(sum(quantity), 0)::text AS quantity
     FROM aid_ledger_entries WHERE kind = 'offline_sale' AND channel = $1 AND starts_with(source_ref, $2)`,
    [channel, `import:${channel}:${prefix}`],
  ).then((r) => r[0]);

/** Until no outbox event is due, so a figure read next is not moved by a late sale of another spec. */
const outboxIdle = () =>
  waitFor(async () => {
    const [{ n }] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NULL AND available_at <= now()');
    return n === 0;
  }, 30_000);

const channelFen = (summary: { byChannel: { channel: string; amountFen: number }[] }, channel: string) =>
  summary.byChannel.find((c) => c.channel === channel)?.amountFen ?? 0;

describe('aid offline sales import', () => {
  let a: Agent;
  let today: string;
  let monthStart: string;
  beforeAll(async () => {
    a = await admin();
    today = await chinaDay();
    monthStart = `${today.slice(0, 8)}01`;
  });

  it('serves the template as CSV (UTF-8 with BOM) and as XLSX, each with the header and an example row that checks out', async () => {
    const csv = await a.get('/api/aid/imports/template').query({ format: 'csv' }).buffer(true).parse(binary).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="aid-offline-sales-template.csv"; filename*=UTF-8''${encodeURIComponent('消费帮扶线下销售导入模板')}.csv`,
    );
    expect(csv.headers['cache-control']).toBe('no-store');
    const bytes = csv.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes, { bom: true });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(ZH_HEADER);
    const [date, cooperative, , , quantity, amount, reference] = rows[1];
    expect({ date, quantity, amount, reference }).toEqual({ date: today, quantity: '2', amount: '256.00', reference: 'ZX-0001' });
    const [coop] = await sql<{ status: string }>('SELECT status FROM cooperatives WHERE slug = $1', [cooperative]);
    expect(coop.status).toBe('approved');

    const xlsx = await a.get('/api/aid/imports/template?format=xlsx').buffer(true).parse(binary).expect(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('消费帮扶线下销售导入模板')}.xlsx`);
    const wb = new ExcelJS.Workbook();
    // exceljs types its input as its own Buffer interface; a Node Buffer is what it reads
    await wb.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ZH_HEADER);
    const example = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(example[0]).toEqual(new Date(`${today}T00:00:00Z`));
    expect(example.slice(4)).toEqual([2, 256, 'ZX-0001']);
    expect(sheet.rowCount).toBe(2);

    // both read back through the import itself: one valid row each, worth 256.00 yuan
    for (const [file, name] of [
      [bytes, 'template.csv'],
      [xlsx.body as Buffer, 'template.xlsx'],
    ] as const) {
      const up = await upload(a, file, name, 'institutional').expect(202);
      const done = await checked(a, up.body.id);
      expect(done).toMatchObject({ status: 'ready', rowsTotal: 1, rowsValid: 1, amountFen: 25600, problemCount: 0, encoding: name.endsWith('.csv') ? 'utf-8' : 'xlsx' });
      await a.delete(`/api/aid/imports/${up.body.id}`).expect(204);
    }

    const bad = await a.get('/api/aid/imports/template?format=pdf').expect(400);
    expect(bad.body.fields).toEqual({ format: ['must be one of csv, xlsx'] });
  });

  it('checks a good UTF-8 CSV in the background, then commits it: the ledger and the summary move by exactly its sum', async () => {
    const file = utf8Bom(
      csvText([
        ZH_HEADER,
        [today, 'langdong-fungi-park', 'fungi', '鸡枞菌 500 克', 2, '256.00', `${TAG}-G1`],
        [monthStart, 'lebainian-health', '茶叶', '溇阳湖林下有机绿茶, 特级', 1, '1280.5', `${TAG}-G2`],
        [today, '93522622MA6DM7Y45P', '', '', 3, '0.07', `${TAG}-G3`],
      ]),
    );
    const up = await upload(a, file, '凤凰上山 11月.csv').expect(202);
    expect(up.body).toEqual(
      expect.objectContaining({
        fileName: '凤凰上山 11月.csv',
        channel: 'exhibition_centre',
        encoding: 'utf-8',
        status: 'parsing',
        rowsProcessed: 0,
        entriesWritten: 0,
        problems: [],
        preview: [],
        committedAt: null,
      }),
    );
    expect(up.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const done = await checked(a, up.body.id);
    expect(done).toEqual(
      expect.objectContaining({
        status: 'ready',
        rowsTotal: 3,
        rowsProcessed: 3,
        rowsValid: 3,
        amountFen: 25600 + 128050 + 7,
        periods: [today.slice(0, 7)],
        problems: [],
        problemCount: 0,
      }),
    );
    expect(done.preview).toEqual([
      { line: 2, occurredOn: today, cooperativeSlug: 'langdong-fungi-park', categorySlug: 'fungi', product: '鸡枞菌 500 克', quantity: 2, amountFen: 25600, reference: `${TAG}-G1` },
      { line: 3, occurredOn: monthStart, cooperativeSlug: 'lebainian-health', categorySlug: 'tea', product: '溇阳湖林下有机绿茶, 特级', quantity: 1, amountFen: 128050, reference: `${TAG}-G2` },
      { line: 4, occurredOn: today, cooperativeSlug: 'gulong-miao-silver', categorySlug: null, product: null, quantity: 3, amountFen: 7, reference: `${TAG}-G3` },
    ]);
    // nothing is in the ledger before the commit
    expect(await ledgerOf('exhibition_centre', `${TAG}-G`)).toEqual({ n: 0, fen: '0', quantity: '0' });

    await outboxIdle();
    const before = (await a.get('/api/aid/summary').expect(200)).body;
    const committed = await a.post(`/api/aid/imports/${up.body.id}/commit`).expect(200);
    expect(committed.body).toEqual(expect.objectContaining({ id: up.body.id, status: 'committed', entriesWritten: 3, amountFen: 153657 }));
    expect(committed.body.committedAt).toEqual(expect.any(String));

    expect(await ledgerOf('exhibition_centre', `${TAG}-G`)).toEqual({ n: 3, fen: '153657', quantity: '6' });
    const entries = await sql<Record<string, unknown>>(
      `SELECT e.kind, e.occurred_on::text, e.period, co.slug AS cooperative, e.township_slug, e.village_slug, e.category_slug, e.quantity, e.amount_fen, e.source_ref
       FROM aid_ledger_entries e JOIN cooperatives co ON co.id = e.cooperative_id WHERE e.source_ref = ANY($1) ORDER BY e.source_ref`,
      [[1, 2, 3].map((i) => `import:exhibition_centre:${TAG}-G${i}`)],
    );
    expect(entries).toEqual([
      { kind: 'offline_sale', occurred_on: today, period: today.slice(0, 7), cooperative: 'langdong-fungi-park', township_slug: 'langdong', village_slug: 'hekou', category_slug: 'fungi', quantity: 2, amount_fen: '25600', source_ref: `import:exhibition_centre:${TAG}-G1` },
      { kind: 'offline_sale', occurred_on: monthStart, period: today.slice(0, 7), cooperative: 'lebainian-health', township_slug: 'jiuzhou', village_slug: 'pingxiba', category_slug: 'tea', quantity: 1, amount_fen: '128050', source_ref: `import:exhibition_centre:${TAG}-G2` },
      { kind: 'offline_sale', occurred_on: today, period: today.slice(0, 7), cooperative: 'gulong-miao-silver', township_slug: 'gulong', village_slug: 'dazhai', category_slug: null, quantity: 3, amount_fen: '7', source_ref: `import:exhibition_centre:${TAG}-G3` },
    ]);
    const after = (await a.get('/api/aid/summary').expect(200)).body;
    expect(after.recordedFen - before.recordedFen).toBe(153657);
    expect(channelFen(after, 'exhibition_centre') - channelFen(before, 'exhibition_centre')).toBe(153657);
    expect((await a.get('/api/aid/check').expect(200)).body.ok).toBe(true);

    // audited in the same transaction
    const [audit] = await sql<{ action: string; after: Record<string, unknown> }>(
      `SELECT action, after FROM audit_log WHERE entity = 'aid_import' AND entity_id = $1 AND action = 'aid.import.commit'`,
      [up.body.id],
    );
    expect(audit.after).toEqual(expect.objectContaining({ status: 'committed', entriesWritten: 3, amountFen: 153657, channel: 'exhibition_centre' }));

    // a second commit is refused and adds nothing; a committed import cannot be discarded
    const again = await a.post(`/api/aid/imports/${up.body.id}/commit`).expect(409);
    expect(again.body).toEqual(expect.objectContaining({ code: 'AID_IMPORT_NOT_READY', message: `Import ${up.body.id} is committed: only a ready import can be committed.` }));
    expect((await a.delete(`/api/aid/imports/${up.body.id}`).expect(409)).body.code).toBe('AID_IMPORT_NOT_DISCARDABLE');
    expect(await ledgerOf('exhibition_centre', `${TAG}-G`)).toEqual({ n: 3, fen: '153657', quantity: '6' });

    // the list shows it, newest first, without problems or preview
    const list = (await a.get('/api/aid/imports').expect(200)).body as { id: string; createdAt: string }[];
    expect(list[0]).toEqual(expect.objectContaining({ id: up.body.id, status: 'committed', entriesWritten: 3 }));
    expect(list[0]).not.toHaveProperty('problems');
    expect(list.map((i) => i.createdAt)).toEqual([...list.map((i) => i.createdAt)].sort().reverse());
  });

  it('reads a GBK CSV with Chinese headers, as Chinese Excel saves it', async () => {
    const file = encodeGbk(
      csvText([
        ZH_HEADER,
        [today.replace(/-/g, '/'), '91522622MA6DLB3K1W', '茶叶', '溇阳湖林下有机茶（一级）', 4, '1,280.50', `${TAG}-K1`],
        [`${today.slice(0, 4)}年${Number(today.slice(5, 7))}月1日`, 'gulong-miao-silver', '苗银', '苗银蝴蝶耳环', 1, '￥680', `${TAG}-K2`],
      ]),
    );
    // not valid UTF-8: the bytes are GBK
    expect(file.includes(Buffer.from('茶叶'))).toBe(false);
    const up = await upload(a, file, 'miao-silver-gbk.csv', 'miao_silver_shop').expect(202);
    expect(up.body.encoding).toBe('gb18030');
    const done = await checked(a, up.body.id);
    expect(done).toEqual(expect.objectContaining({ status: 'ready', encoding: 'gb18030', rowsValid: 2, amountFen: 128050 + 68000, problemCount: 0 }));
    expect(done.preview).toEqual([
      { line: 2, occurredOn: today, cooperativeSlug: 'lebainian-health', categorySlug: 'tea', product: '溇阳湖林下有机茶（一级）', quantity: 4, amountFen: 128050, reference: `${TAG}-K1` },
      { line: 3, occurredOn: monthStart, cooperativeSlug: 'gulong-miao-silver', categorySlug: 'silver', product: '苗银蝴蝶耳环', quantity: 1, amountFen: 68000, reference: `${TAG}-K2` },
    ]);
  });

  it('reports bad rows with their line, column and message, marks the import invalid and refuses to commit it', async () => {
    const tomorrow = await chinaDay(1);
    const start = await counts();
    const file = utf8Bom(
      csvText([
        ZH_HEADER,
        [tomorrow, 'langdong-fungi-park', 'fungi', '', 1, '10.00', `${TAG}-B1`],
        [today, 'no-such-coop', 'fungi', '', 1, '12.345', `${TAG}-B2`],
        [today, 'zhifang-log-fungi', 'toys', '', 0, '5', `${TAG}-B3`],
        [today, 'pingxi-cloud-tea', 'tea', '', 1, '5', `${TAG}-B3`],
        [`${today.slice(0, 4)}-02-30`, 'langdong-fungi-park', '', '', 1, '5', `${TAG}-B4`],
        [today, 'langdong-fungi-park', 'fungi', '', 1, '5.00', `${TAG}-G1`],
        [today, 'langdong-fungi-park', 'fungi', '', 1, '-3', `${TAG}-B5`],
        [today, 'langdong-fungi-park', 'fungi', '', 1, '9.99', `${TAG}-B6`],
        ['', '', '', '', '', '', ''],
        ['05/11/2026', 'langdong-fungi-park', 'fungi', '', 1, '1', `${TAG}-B7`],
      ]),
    );
    const up = await upload(a, file, 'bad-rows.csv').expect(202);
    const done = await checked(a, up.body.id);
    expect(done).toEqual(expect.objectContaining({ status: 'invalid', rowsTotal: 9, rowsProcessed: 9, rowsValid: 1, amountFen: 999, problemCount: 12 }));
    expect(done.problems).toEqual([
      { line: 2, column: 'date', message: `${tomorrow} is in the future` },
      { line: 3, column: 'cooperative', message: '"no-such-coop" is not a known cooperative slug or unified social credit code' },
      { line: 3, column: 'amount', message: '"12.345" must be an amount in yuan with at most two decimals, e.g. 1280.50' },
      { line: 4, column: 'cooperative', message: 'zhifang-log-fungi is not approved (it is suspended)' },
      { line: 4, column: 'category', message: '"toys" is not a known category slug or name' },
      { line: 4, column: 'quantity', message: '"0" must be a positive whole number' },
      { line: 5, column: 'cooperative', message: 'pingxi-cloud-tea is not approved (it is pending)' },
      { line: 5, column: 'reference', message: `"${TAG}-B3" repeats the reference of line 4` },
      { line: 6, column: 'date', message: `"${today.slice(0, 4)}-02-30" is not a real date` },
      { line: 7, column: 'reference', message: `"${TAG}-G1" is already in the ledger for exhibition_centre` },
      { line: 8, column: 'amount', message: 'must be more than zero' },
      { line: 11, column: 'date', message: '"05/11/2026" must be a date as YYYY-MM-DD' },
    ]);
    expect(done.preview.map((r: { line: number }) => r.line)).toEqual([9]);

    const refused = await a.post(`/api/aid/imports/${up.body.id}/commit`).expect(409);
    expect(refused.body).toEqual(expect.objectContaining({ code: 'AID_IMPORT_NOT_READY', message: `Import ${up.body.id} is invalid: only a ready import can be committed.` }));
    // the upload and its audit row were written; no ledger entry
    expect(await counts()).toEqual({ ...start, imports: start.imports + 1, audits: start.audits + 1 });
    expect(await ledgerOf('exhibition_centre', `${TAG}-B`)).toEqual({ n: 0, fen: '0', quantity: '0' });
  });

  it('reports unknown and missing header columns as problems of the file', async () => {
    const file = Buffer.from(
      csvText([
        ['销售日期', 'cooperative', '数量', '金额', '备注'],
        [today, 'langdong-fungi-park', 1, '1', 'x'],
        [today, 'langdong-fungi-park', 1, '2', 'y'],
      ]),
    );
    const up = await upload(a, file, 'headers.csv').expect(202);
    const done = await checked(a, up.body.id);
    expect(done).toEqual(
      expect.objectContaining({
        status: 'invalid',
        rowsTotal: 2,
        rowsValid: 0,
        problemCount: 2,
        problems: [
          { line: 1, column: null, message: 'unknown column "备注" (the columns are: 销售日期, 供货主体, 品类, 商品, 数量, 金额（元）, 单据号)' },
          { line: 1, column: 'reference', message: 'the column "单据号" (reference) is missing' },
        ],
        preview: [],
      }),
    );
  });

  it('refuses the same file twice naming the earlier import, until that import is discarded', async () => {
    const file = utf8Bom(csvText([EN_HEADER, [today, 'wengping-bees', 'honey', '百花蜜', 2, '96.00', `${TAG}-D1`]]));
    // the file part first, then the field: any order is read
    const first = await a.post('/api/aid/imports').attach('file', file, 'bees.csv').field('channel', 'exhibition_centre').expect(202);
    const dup = await upload(a, file, 'bees (copy).csv', 'miao_silver_shop').expect(409);
    expect(dup.body).toEqual({
      statusCode: 409,
      code: 'AID_IMPORT_DUPLICATE_FILE',
      importId: first.body.id,
      message: expect.stringContaining(`This file was already uploaded as import ${first.body.id} ("bees.csv"`),
    });
    expect(await sql('SELECT 1 FROM aid_imports WHERE file_name = $1', ['bees (copy).csv'])).toHaveLength(0);

    expect((await checked(a, first.body.id)).status).toBe('ready');
    await a.delete(`/api/aid/imports/${first.body.id}`).expect(204);
    expect((await a.get(`/api/aid/imports/${first.body.id}`).expect(404)).body.code).toBe('AID_IMPORT_NOT_FOUND');
    expect(await sql('SELECT 1 FROM aid_import_rows WHERE import_id = $1 UNION ALL SELECT 1 FROM aid_import_files WHERE import_id = $1', [first.body.id])).toHaveLength(0);
    const [audit] = await sql<{ before: Record<string, unknown> }>(`SELECT before FROM audit_log WHERE action = 'aid.import.discard' AND entity_id = $1`, [first.body.id]);
    expect(audit.before).toEqual(expect.objectContaining({ status: 'ready', fileName: 'bees.csv', sha256: first.body.sha256 }));

    // discarded: the same bytes may come again
    const again = await upload(a, file, 'bees.csv').expect(202);
    expect(again.body.sha256).toBe(first.body.sha256);
    expect((await checked(a, again.body.id)).status).toBe('ready');

    // a different file with the same reference is checked fine, but only one of the two can reach the ledger
    const other = await upload(a, utf8Bom(csvText([EN_HEADER, [today, 'wengping-bees', 'honey', '', 1, '48.00', `${TAG}-D1`]])), 'bees-2.csv').expect(202);
    expect((await checked(a, other.body.id)).status).toBe('ready');
    await a.post(`/api/aid/imports/${again.body.id}/commit`).expect(200);
    const clash = await a.post(`/api/aid/imports/${other.body.id}/commit`).expect(409);
    expect(clash.body).toEqual(
      expect.objectContaining({ code: 'AID_IMPORT_ALREADY_IN_LEDGER', message: expect.stringContaining(`References already in the ledger for this channel: ${TAG}-D1`) }),
    );
    expect(await ledgerOf('exhibition_centre', `${TAG}-D`)).toEqual({ n: 1, fen: '9600', quantity: '2' });
    expect((await a.get(`/api/aid/imports/${other.body.id}`).expect(200)).body.status).toBe('ready');
  });

  it('reads an XLSX workbook with Excel dates and numbers, and commits it once however often it is asked', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('11月');
    sheet.addRow(EN_HEADER);
    const day = new Date(`${today}T00:00:00Z`);
    const rows: Row[] = [
      ['gulong-miao-silver', 'silver', '苗银项圈', 1, 1280.5, `${TAG}-X1`],
      ['gulong-miao-silver', '苗银', '苗银手镯', 2, 19.99, `${TAG}-X2`],
      // 0.1 + 0.2 is 0.30000000000000004 as a double; Excel shows 0.30, and 30 fen is what counts
      ['lengshuihe-embroidery', 'embroidery', '', 3, 0.1 + 0.2, `${TAG}-X3`],
    ];
    for (const [coop, cat, product, qty, amount, ref] of rows) {
      const row = sheet.addRow([day, coop, cat, product, qty, amount, ref]);
      row.getCell(1).numFmt = 'yyyy-mm-dd';
    }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const up = await upload(a, bytes, 'miao-silver.xlsx', 'miao_silver_shop').expect(202);
    const done = await checked(a, up.body.id);
    expect(done).toEqual(expect.objectContaining({ status: 'ready', encoding: 'xlsx', rowsValid: 3, amountFen: 128050 + 1999 + 30 }));
    expect(done.preview.map((r: { occurredOn: string; amountFen: number; categorySlug: string }) => [r.occurredOn, r.amountFen, r.categorySlug])).toEqual([
      [today, 128050, 'silver'],
      [today, 1999, 'silver'],
      [today, 30, 'embroidery'],
    ]);

    // two commits at once: one writes, the other waits for it and finds it committed
    const [x, y] = await Promise.all([a.post(`/api/aid/imports/${up.body.id}/commit`), a.post(`/api/aid/imports/${up.body.id}/commit`)]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    expect(await ledgerOf('miao_silver_shop', `${TAG}-X`)).toEqual({ n: 3, fen: String(128050 + 1999 + 30), quantity: '6' });
  });

  it('commits a 100,000-row CSV, reporting progress while it is checked', async () => {
    const coops = ['langdong-fungi-park', 'lebainian-health', 'gulong-miao-silver', 'chongan-river-rice', 'wengping-bees'];
    const cats = ['fungi', '茶叶', 'silver', 'rice', ''];
    const lines: string[] = [ZH_HEADER.join(',')];
    let sumFen = 0;
    let sumQty = 0;
    for (let i = 0; i < 100_000; i++) {
      const fen = 100 + ((i * 7919) % 500_000);
      const qty = (i % 9) + 1;
      sumFen += fen;
      sumQty += qty;
      lines.push(`${i % 2 ? today : monthStart},${coops[i % 5]},${cats[i % 5]},商品 ${i},${qty},${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')},${TAG}-L${i}`);
    }
    const file = utf8Bom(lines.join('\r\n') + '\r\n');
    await outboxIdle();
    const before = (await a.get('/api/aid/summary').expect(200)).body;

    const t0 = Date.now();
    const up = await upload(a, file, 'institutional-100k.csv', 'institutional').expect(202);
    const seen: { rowsProcessed: number; rowsTotal: number }[] = [];
    const done = await waitFor(async () => {
      const res = await a.get(`/api/aid/imports/${up.body.id}`).expect(200);
      seen.push({ rowsProcessed: res.body.rowsProcessed, rowsTotal: res.body.rowsTotal });
      return res.body.status === 'parsing' ? null : res.body;
    }, 90_000);
    const checkedSeconds = (Date.now() - t0) / 1000;
    expect(done).toEqual(expect.objectContaining({ status: 'ready', rowsTotal: 100_000, rowsProcessed: 100_000, rowsValid: 100_000, amountFen: sumFen, problemCount: 0 }));
    // progress moved forward in steps, against the total counted from the file's lines
    const during = seen.filter((s) => s.rowsProcessed > 0 && s.rowsProcessed < 100_000);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((s) => s.rowsTotal === 100_000)).toBe(true);
    const progress = seen.map((s) => s.rowsProcessed);
    expect(progress).toEqual([...progress].sort((p, q) => p - q));

    const t1 = Date.now();
    const committed = await a.post(`/api/aid/imports/${up.body.id}/commit`).expect(200);
    const commitSeconds = (Date.now() - t1) / 1000;
    console.log(`100,000-row CSV (${(file.length / 1024 / 1024).toFixed(1)} MiB): upload → ready ${checkedSeconds.toFixed(1)} s, commit ${commitSeconds.toFixed(1)} s`);
    expect(committed.body).toEqual(expect.objectContaining({ status: 'committed', entriesWritten: 100_000, amountFen: sumFen }));

    expect(await ledgerOf('institutional', `${TAG}-L`)).toEqual({ n: 100_000, fen: String(sumFen), quantity: String(sumQty) });
    const after = (await a.get('/api/aid/summary').expect(200)).body;
    expect(after.recordedFen - before.recordedFen).toBe(sumFen);
    expect(channelFen(after, 'institutional') - channelFen(before, 'institutional')).toBe(sumFen);
    expect((await a.get('/api/aid/check').expect(200)).body.ok).toBe(true);
  }, 150_000);

  it('redoes from the start a check that a process left half-done, as after a crash', async () => {
    // what a process that died mid-check leaves behind: the import still parsing with some
    // progress, a stray staged row, and its outbox event not yet marked done
    const [user] = await sql<{ id: string }>(`SELECT id FROM users WHERE email = 'admin@demo.shanhai.test'`);
    const file = utf8Bom(
      csvText([
        ZH_HEADER,
        [today, 'hexiang-family-farm', 'rice', '', 2, '30.00', `${TAG}-C1`],
        [today, 'hexiang-family-farm', 'rice', '', 1, '15.50', `${TAG}-C2`],
      ]),
    );
    const [imp] = await sql<{ id: string }>(
      `INSERT INTO aid_imports (file_name, channel, sha256, byte_size, format, encoding, status, rows_total, rows_processed, created_by)
       VALUES ('crashed.csv', 'exhibition_centre', encode(sha256($1), 'hex'), length($1), 'csv', 'utf-8', 'parsing', 2, 1, $2) RETURNING id`,
      [file, user.id],
    );
    await sql('INSERT INTO aid_import_files (import_id, bytes) VALUES ($1, $2)', [imp.id, file]);
    await sql(
      `INSERT INTO aid_import_rows (import_id, line, occurred_on, period, cooperative_id, quantity, amount_fen, reference)
       SELECT $1, 2, $2::date, to_char($2::date, 'YYYY-MM'), id, 9, 999999, 'stray' FROM cooperatives WHERE slug = 'hexiang-family-farm'`,
      [imp.id, today],
    );
    await sql(`INSERT INTO outbox_events (type, aggregate_id, payload) VALUES ('aid.import.uploaded', $1, '{}'::jsonb)`, [imp.id]);

    const done = await checked(a, imp.id);
    expect(done).toEqual(expect.objectContaining({ status: 'ready', rowsTotal: 2, rowsProcessed: 2, rowsValid: 2, amountFen: 4550, problemCount: 0 }));
    expect(done.preview.map((r: { reference: string; quantity: number }) => [r.reference, r.quantity])).toEqual([
      [`${TAG}-C1`, 2],
      [`${TAG}-C2`, 1],
    ]);
  });

  it('refuses rows in a closed period when checking, and the whole commit when a period closes after the check', async () => {
    await a.post(`/api/aid/periods/${CLOSED_BEFORE}/close`).expect(200);
    const late = await upload(
      a,
      utf8Bom(
        csvText([
          ZH_HEADER,
          [`${CLOSED_BEFORE}-15`, 'langdong-fungi-park', 'fungi', '', 1, '50', `${TAG}-P1`],
          [today, 'langdong-fungi-park', 'fungi', '', 1, '60', `${TAG}-P2`],
        ]),
      ),
      'late.csv',
    ).expect(202);
    const lateDone = await checked(a, late.body.id);
    expect(lateDone).toEqual(
      expect.objectContaining({
        status: 'invalid',
        rowsValid: 1,
        problems: [{ line: 2, column: 'date', message: `${CLOSED_BEFORE}-15 falls in the closed period ${CLOSED_BEFORE}: record an adjustment in the open period instead` }],
      }),
    );

    const file = utf8Bom(
      csvText([
        ZH_HEADER,
        [`${CLOSED_BETWEEN}-03`, 'chongan-river-rice', 'rice', '', 5, '150.00', `${TAG}-Q1`],
        [today, 'chongan-river-rice', 'rice', '', 5, '150.00', `${TAG}-Q2`],
      ]),
    );
    const up = await upload(a, file, 'august.csv').expect(202);
    expect(await checked(a, up.body.id)).toEqual(expect.objectContaining({ status: 'ready', periods: [CLOSED_BETWEEN, today.slice(0, 7)] }));
    await a.post(`/api/aid/periods/${CLOSED_BETWEEN}/close`).expect(200);
    const start = await counts();
    const refused = await a.post(`/api/aid/imports/${up.body.id}/commit`).expect(409);
    expect(refused.body).toEqual(
      expect.objectContaining({
        code: 'PERIOD_CLOSED',
        message: `Rows fall in the closed period ${CLOSED_BETWEEN}: nothing was written. Discard the import and upload the rows of open periods, or record an adjustment.`,
      }),
    );
    // not even the row of the open month
    expect(await counts()).toEqual(start);
    expect(await ledgerOf('exhibition_centre', `${TAG}-Q`)).toEqual({ n: 0, fen: '0', quantity: '0' });
    expect((await a.get(`/api/aid/imports/${up.body.id}`).expect(200)).body.status).toBe('ready');
  });

  it('refuses wrong types, empty and too large files, and bad fields, with clear messages and nothing written', async () => {
    const start = await counts();
    const pdf = await upload(a, Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'sales.csv').expect(415);
    expect(pdf.body).toEqual(
      expect.objectContaining({
        code: 'AID_IMPORT_UNSUPPORTED_FILE',
        message: 'This is a PDF document, not a spreadsheet. Upload a CSV file (UTF-8 or GBK, as Excel saves it) or an Excel .xlsx workbook.',
      }),
    );
    const png = await upload(a, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'sales.xlsx').expect(415);
    expect(png.body.message).toMatch(/^This is a PNG image, not a spreadsheet\./);
    const xls = await upload(a, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'old.xls').expect(415);
    expect(xls.body.message).toMatch(/old Excel \.xls/);
    const empty = await upload(a, Buffer.alloc(0), 'empty.csv').expect(400);
    expect(empty.body).toEqual(expect.objectContaining({ code: 'AID_IMPORT_EMPTY_FILE', message: 'The file is empty.' }));

    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 'a');
    const large = await upload(a, big, 'huge.csv').expect(413);
    expect(large.body).toEqual({
      statusCode: 413,
      code: 'AID_IMPORT_FILE_TOO_LARGE',
      message: 'The file is larger than 20 MiB. Split it into smaller files (for example one per month) and upload them one by one.',
    });

    const file = Buffer.from(csvText([ZH_HEADER, [today, 'langdong-fungi-park', '', '', 1, '1', `${TAG}-F1`]]));
    const noChannel = await a.post('/api/aid/imports').attach('file', file, 'x.csv').expect(400);
    expect(noChannel.body.fields).toEqual({ channel: ['must be one of exhibition_centre, miao_silver_shop, institutional'] });
    const online = await upload(a, file, 'x.csv', 'online').expect(400);
    expect(online.body.fields).toHaveProperty('channel');
    const noFile = await a.post('/api/aid/imports').field('channel', 'exhibition_centre').expect(400);
    expect(noFile.body.fields).toEqual({ file: ['is required: attach the CSV or XLSX file as the "file" part'] });
    const extra = await a.post('/api/aid/imports').field('channel', 'exhibition_centre').field('status', 'ready').attach('file', file, 'x.csv').expect(400);
    expect(extra.body.fields['_']).toEqual(['Unrecognized key: "status"']);
    const json = await a.post('/api/aid/imports').send({ channel: 'exhibition_centre' }).expect(415);
    expect(json.body.code).toBe('AID_IMPORT_UNSUPPORTED_FILE');
    expect(await counts()).toEqual(start);

    // unknown and malformed ids
    const unknown = randomUUID();
    expect((await a.get(`/api/aid/imports/${unknown}`).expect(404)).body).toEqual(expect.objectContaining({ code: 'AID_IMPORT_NOT_FOUND', message: `No import ${unknown}.` }));
    expect((await a.post(`/api/aid/imports/${unknown}/commit`).expect(404)).body.code).toBe('AID_IMPORT_NOT_FOUND');
    expect((await a.delete(`/api/aid/imports/${unknown}`).expect(404)).body.code).toBe('AID_IMPORT_NOT_FOUND');
    expect((await a.get('/api/aid/imports/not-an-id').expect(400)).body.fields).toEqual({ id: ['must be a UUID'] });
    expect((await a.post('/api/aid/imports/42/commit').expect(400)).body.fields).toEqual({ id: ['must be a UUID'] });
  });

  it('answers 401 to anonymous callers and 403 to consumers and cooperative members on every import route', async () => {
    const [some] = await sql<{ id: string }>('SELECT id FROM aid_imports ORDER BY created_at LIMIT 1');
    const file = Buffer.from(csvText([ZH_HEADER, [today, 'langdong-fungi-park', '', '', 1, '1', `${TAG}-R1`]]));
    const start = await counts();
    const routes = (agent: Agent) => [
      agent.get('/api/aid/imports/template'),
      agent.get('/api/aid/imports'),
      agent.get(`/api/aid/imports/${some.id}`),
      agent.post('/api/aid/imports').field('channel', 'exhibition_centre').attach('file', file, 'x.csv'),
      agent.post(`/api/aid/imports/${some.id}/commit`),
      agent.delete(`/api/aid/imports/${some.id}`),
    ];
    const anonymous = request.agent(e2eState().apiUrl).set('x-forwarded-for', nextIp());
    for (const call of routes(anonymous)) expect((await call).status).toBe(401);
    const consumer = (await newShopper(e2eState().apiUrl, 'import')).agent;
    for (const call of routes(consumer)) expect((await call).status).toBe(403);
    const member = await loginDemo('langdong-fungi-park@demo.shanhai.test');
    for (const call of routes(member)) expect((await call).status).toBe(403);
    expect(await counts()).toEqual(start);
    expect(await sql('SELECT 1 FROM aid_imports WHERE id = $1', [some.id])).toHaveLength(1);
  });
});
