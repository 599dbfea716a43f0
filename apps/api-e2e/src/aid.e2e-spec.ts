import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  certifiedSku,
  loginDemo,
  newShopper,
  nextIp,
  orderBody,
  stockedVariant,
  waitFor,
  type Shopper,
} from './support/shoppers';
import { e2eState, sql } from './support/state';

const REPORTED_FEN = 5_207_390_000;

const admin = () => loginDemo('admin@demo.shanhai.test');

function place(s: Shopper, lines: { sku: string; quantity: number }[]) {
  return s.agent
    .post('/api/orders')
    .set('idempotency-key', `e2e-${randomUUID()}`)
    .send(orderBody(s.addressId, lines))
    .expect(201);
}

/** Waits until every outbox event of an order has been delivered. */
const drained = (orderId: string) =>
  waitFor(async () => {
    const [{ n }] = await sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM outbox_events WHERE aggregate_id = $1 AND processed_at IS NULL',
      [orderId],
    );
    return n === 0;
  });

interface EntryRow {
  kind: string;
  occurred_on: string;
  period: string;
  channel: string;
  cooperative_id: string;
  township_slug: string;
  village_slug: string;
  category_slug: string;
  product_id: string;
  order_line_id: string;
  quantity: number;
  amount_fen: string;
  source_ref: string;
}

const entriesOf = (orderId: string) =>
  sql<EntryRow>(
    `SELECT e.kind, e.occurred_on::text, e.period, e.channel, e.cooperative_id, e.township_slug, e.village_slug, e.category_slug, e.product_id,
            e.order_line_id, e.quantity, e.amount_fen, e.source_ref
     FROM aid_ledger_entries e JOIN order_lines l ON l.id = e.order_line_id WHERE l.order_id = $1 ORDER BY e.id`,
    [orderId],
  );

describe('aid ledger', () => {
  it('records one sale per aid-eligible line of a paid order, never twice, and the refund when it is cancelled', async () => {
    const s = await newShopper(e2eState().apiUrl, 'aid');
    const certified = await certifiedSku();
    const plain = await stockedVariant(5, 3000);
    const o = (
      await place(s, [
        { sku: certified, quantity: 2 },
        { sku: plain, quantity: 1 },
      ])
    ).body;
    const a = await admin();
    await a
      .post(`/api/admin/orders/${o.id}/payments`)
      .send({ reference: `AID-${o.number}`, amountFen: o.totalFen })
      .expect(200);

    const [sale] = await waitFor(async () => {
      const rows = await entriesOf(o.id);
      return rows.length ? rows : null;
    });
    await drained(o.id);
    const [line] = await sql<Record<string, string | number | boolean>>(
      `SELECT id, cooperative_id, township_slug, village_slug, category_slug, product_id, quantity, line_total_fen
       FROM order_lines WHERE order_id = $1 AND aid_eligible`,
      [o.id],
    );
    const [{ today }] = await sql<{ today: string }>(
      `SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS today`,
    );
    expect(await entriesOf(o.id)).toHaveLength(1);
    expect(sale).toEqual({
      kind: 'sale',
      occurred_on: today,
      period: today.slice(0, 7),
      channel: 'online',
      cooperative_id: line['cooperative_id'],
      township_slug: line['township_slug'],
      village_slug: line['village_slug'],
      category_slug: line['category_slug'],
      product_id: line['product_id'],
      order_line_id: line['id'],
      quantity: 2,
      amount_fen: String(line['line_total_fen']),
      source_ref: `order-line:${line['id']}:sale`,
    });

    // the same event delivered again adds nothing
    await sql(
      `UPDATE outbox_events SET processed_at = NULL WHERE aggregate_id = $1 AND type = 'payment.succeeded'`,
      [o.id],
    );
    await drained(o.id);
    expect(await entriesOf(o.id)).toHaveLength(1);

    // cancelling the paid order refunds it in full: one negative entry, the eligible line's amount
    await s.agent.post(`/api/orders/${o.id}/cancel`).expect(200);
    const refund = await waitFor(async () => (await entriesOf(o.id)).find((e) => e.kind === 'refund'));
    expect(refund).toEqual(
      expect.objectContaining({
        channel: 'online',
        order_line_id: line['id'],
        amount_fen: String(-Number(line['line_total_fen'])),
        quantity: -2,
        period: today.slice(0, 7),
      }),
    );
    await drained(o.id);
    await sql(
      `UPDATE outbox_events SET processed_at = NULL WHERE aggregate_id = $1 AND type IN ('payment.succeeded', 'payment.refunded')`,
      [o.id],
    );
    await drained(o.id);
    const all = await entriesOf(o.id);
    expect(all.map((e) => e.kind)).toEqual(['sale', 'refund']);
    expect(all.reduce((sum, e) => sum + Number(e.amount_fen), 0)).toBe(0);
  });

  it('records a partial refund of an eligible line as its amount, once', async () => {
    const s = await newShopper(e2eState().apiUrl, 'aid-partial');
    const o = (await place(s, [{ sku: await certifiedSku(), quantity: 1 }])).body;
    const a = await admin();
    await a
      .post(`/api/admin/orders/${o.id}/payments`)
      .send({ reference: `AID-${o.number}`, amountFen: o.totalFen })
      .expect(200);
    await waitFor(async () => (await entriesOf(o.id)).length === 1);
    const [line] = await sql<{ id: string }>('SELECT id FROM order_lines WHERE order_id = $1', [o.id]);
    await a
      .post(`/api/admin/orders/${o.id}/lines/${line.id}/refunds`)
      .send({ amountFen: 100, reason: 'damaged box' })
      .expect(200);
    await waitFor(async () => (await entriesOf(o.id)).length === 2);
    await drained(o.id);
    await sql(
      `UPDATE outbox_events SET processed_at = NULL WHERE aggregate_id = $1 AND type = 'payment.refunded'`,
      [o.id],
    );
    await drained(o.id);
    const entries = await entriesOf(o.id);
    expect(entries.map((e) => [e.kind, e.amount_fen, e.quantity])).toEqual([
      ['sale', String(entries[0].amount_fen), 1],
      ['refund', '-100', 0],
    ]);
  });

  it('adds nothing for an order cancelled before payment', async () => {
    const s = await newShopper(e2eState().apiUrl, 'aid-unpaid');
    const o = (await place(s, [{ sku: await certifiedSku(), quantity: 1 }])).body;
    await s.agent.post(`/api/orders/${o.id}/cancel`).expect(200);
    await drained(o.id);
    expect(await entriesOf(o.id)).toEqual([]);
  });

  it('opens with the reported balance and sums reported + recorded from the rollups', async () => {
    // a paid order, so something is recorded beside the opening balance
    const s = await newShopper(e2eState().apiUrl, 'aid-sum');
    const o = (await place(s, [{ sku: await certifiedSku(), quantity: 1 }])).body;
    const a = await admin();
    await a
      .post(`/api/admin/orders/${o.id}/payments`)
      .send({ reference: `AID-${o.number}`, amountFen: o.totalFen })
      .expect(200);
    await waitFor(async () => (await entriesOf(o.id)).length === 1);

    const opening = await sql<{ amount_fen: string; period: string; channel: string }>(
      `SELECT amount_fen, period, channel FROM aid_ledger_entries WHERE source_ref = 'opening:reported:aid_sales_fen'`,
    );
    expect(opening).toEqual([{ amount_fen: String(REPORTED_FEN), period: '2020-06', channel: 'reported' }]);

    const [{ recorded }] = await sql<{ recorded: string }>(
      `SELECT coalesce(sum(amount_fen), 0) AS recorded FROM aid_ledger_entries WHERE kind <> 'opening_balance'`,
    );
    // targets and households are data other specs add to: read what the summary must say
    const [linked] = await sql<{ households: number; persons: number | null; target: string | null }>(
      `SELECT count(*)::int AS households, sum(persons)::int AS persons,
              (SELECT value FROM reported_indicators WHERE kind = 'target' AND unit = 'fen' ORDER BY period_end DESC, period_start DESC, key LIMIT 1) AS target
       FROM aid_households h WHERE EXISTS (SELECT 1 FROM aid_household_mechanisms m WHERE m.household_id = h.id)`,
    );
    expect(linked.households).toBeGreaterThanOrEqual(970);
    const summary = (await a.get('/api/aid/summary').expect(200)).body;
    expect(summary).toEqual(
      expect.objectContaining({
        reportedFen: REPORTED_FEN,
        recordedFen: Number(recorded),
        targetFen: Number(linked.target),
        householdsLinked: linked.households,
        personsLinked: linked.persons,
        reportedHouseholds: 1742,
      }),
    );
    expect(summary.recordedFen).toBeGreaterThan(0);
    expect(summary.totalFen).toBe(summary.reportedFen + summary.recordedFen);
    const sum = (xs: { amountFen: number }[]) => xs.reduce((t, x) => t + x.amountFen, 0);
    expect(sum(summary.byChannel)).toBe(summary.totalFen);
    expect(sum(summary.byPeriod)).toBe(summary.totalFen);
    expect(summary.byChannel).toEqual(
      expect.arrayContaining([{ channel: 'reported', amountFen: REPORTED_FEN }]),
    );
    expect(summary.byPeriod).toEqual(
      expect.arrayContaining([{ period: '2020-06', amountFen: REPORTED_FEN }]),
    );

    const pub = (await request(e2eState().apiUrl).get('/api/aid/public-summary').expect(200)).body;
    expect(Object.keys(pub).sort()).toEqual([
      'byCategory',
      'householdsLinked',
      'personsLinked',
      'recordedFen',
      'reportedFen',
      'reportedHouseholds',
      'totalFen',
    ]);
    expect(pub).toEqual(
      expect.objectContaining({
        reportedFen: REPORTED_FEN,
        recordedFen: summary.recordedFen,
        totalFen: summary.totalFen,
        reportedHouseholds: 1742,
        householdsLinked: linked.households,
        personsLinked: linked.persons,
      }),
    );
    expect(sum(pub.byCategory)).toBe(pub.recordedFen);
    // aggregates only: per category, no cooperative, village, household or order
    for (const c of pub.byCategory) expect(Object.keys(c).sort()).toEqual(['amountFen', 'categorySlug']);
    // households only as plain counts, never a target
    expect(pub.targetFen).toBeUndefined();
  });

  it('refuses UPDATE and DELETE of ledger entries in the database', async () => {
    await expect(sql('UPDATE aid_ledger_entries SET amount_fen = amount_fen + 1')).rejects.toThrow(
      /append-only/,
    );
    await expect(sql(`DELETE FROM aid_ledger_entries WHERE kind = 'opening_balance'`)).rejects.toThrow(
      /append-only/,
    );
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM aid_ledger_entries WHERE kind = 'opening_balance'`,
    );
    expect(n).toBe(1);
  });

  it('keeps the rollups equal to a GROUP BY over the raw ledger', async () => {
    const raw = await sql<{ key: string; amount_fen: string; quantity: string; entries: string }>(
      `SELECT concat_ws('|', period, channel, kind, coalesce(category_slug, ''), coalesce(township_slug, ''), coalesce(village_slug, ''),
                coalesce(cooperative_id::text, '00000000-0000-0000-0000-000000000000')) AS key,
              sum(amount_fen)::text AS amount_fen, sum(quantity)::text AS quantity, count(*)::text AS entries
       FROM aid_ledger_entries GROUP BY 1 ORDER BY 1`,
    );
    const rolled = await sql<{ key: string; amount_fen: string; quantity: string; entries: string }>(
      `SELECT concat_ws('|', period, channel, kind, category_slug, township_slug, village_slug, cooperative_id::text) AS key,
              amount_fen::text, quantity::text, entries::text
       FROM aid_rollups WHERE entries > 0 ORDER BY 1`,
    );
    expect(raw.length).toBeGreaterThan(1);
    expect(rolled).toEqual(raw);
    const check = (await (await admin()).get('/api/aid/check').expect(200)).body;
    expect(check).toEqual({ ok: true, ledgerEntries: expect.any(Number), mismatches: [] });
  });

  it('answers 401 to anonymous callers and 403 to consumers', async () => {
    await request(e2eState().apiUrl).get('/api/aid/summary').set('x-forwarded-for', nextIp()).expect(401);
    await request(e2eState().apiUrl).get('/api/aid/check').set('x-forwarded-for', nextIp()).expect(401);
    const s = await newShopper(e2eState().apiUrl, 'aid-nosy');
    await s.agent.get('/api/aid/summary').expect(403);
    await s.agent.get('/api/aid/check').expect(403);
  });
});
