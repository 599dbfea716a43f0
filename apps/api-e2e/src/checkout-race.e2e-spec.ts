import { startApi, type RunningApi } from '@shanhai/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { newShopper, orderBody, stockedVariant, type Shopper } from './support/shoppers';
import { e2eState, sql } from './support/state';

const SHOPPERS = 20;
const ORDERS_EACH = 10;

async function shoppers(apiUrl: string, n: number): Promise<Shopper[]> {
  const out: Shopper[] = [];
  for (let i = 0; i < n; i++) out.push(await newShopper(apiUrl, 'race'));
  return out;
}

/** Units of a variant held by orders that still hold stock (not cancelled or expired). */
async function sold(sku: string): Promise<number> {
  const [r] = await sql<{ n: number }>(
    `SELECT coalesce(sum(l.quantity), 0)::int AS n FROM order_lines l JOIN orders o ON o.id = l.order_id
     WHERE l.sku = $1 AND o.status NOT IN ('cancelled', 'expired')`,
    [sku],
  );
  return r.n;
}

describe('checkout under contention', () => {
  let second: RunningApi;
  beforeAll(async () => {
    second = await startApi(e2eState().databaseUrl, { TRUST_PROXY: 'true', COOKIE_SECURE: 'false' });
  });
  afterAll(async () => {
    await second.stop();
  });

  it('200 concurrent checkouts for 50 units over two API processes sell exactly 50', async () => {
    const sku = await stockedVariant(50, 2500);
    const buyers = await shoppers(e2eState().apiUrl, SHOPPERS);
    const attempts = buyers.flatMap((b, i) =>
      Array.from({ length: ORDERS_EACH }, (_, j) => {
        // the same session cookie works on either process: sessions live in PostgreSQL
        const target = (i + j) % 2 ? second.url : e2eState().apiUrl;
        const cookie = b.agent.jar
          .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
          .toValueString();
        return request(target)
          .post('/api/orders')
          .set('cookie', cookie)
          .set('x-forwarded-for', b.ip)
          .set('idempotency-key', `race-${randomUUID()}`)
          .send(orderBody(b.addressId, [{ sku, quantity: 1 }]));
      }),
    );
    const results = await Promise.all(attempts);
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 409)).toHaveLength(150);
    for (const r of results.filter((x) => x.status === 409)) {
      expect(r.body.code).toBe('OUT_OF_STOCK');
      expect(r.body.lines).toEqual([{ sku, requested: 1, available: 0 }]);
    }
    const [{ available }] = await sql<{ available: number }>(
      'SELECT available FROM product_variants WHERE sku = $1',
      [sku],
    );
    expect(available).toBe(0);
    expect(await sold(sku)).toBe(50);
    const [{ orders }] = await sql<{ orders: number }>(
      'SELECT count(DISTINCT order_id)::int AS orders FROM order_lines WHERE sku = $1',
      [sku],
    );
    expect(orders).toBe(50);
  });

  it('a process killed in the middle of a checkout storm leaves no half-written order and no lost stock', async () => {
    const initial = 40;
    const sku = await stockedVariant(initial, 1800);
    const victim = await startApi(e2eState().databaseUrl, { TRUST_PROXY: 'true', COOKIE_SECURE: 'false' });
    const buyers = await shoppers(e2eState().apiUrl, 10);
    const storm = buyers.flatMap((b) =>
      Array.from({ length: 8 }, () => {
        const cookie = b.agent.jar
          .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
          .toValueString();
        return request(victim.url)
          .post('/api/orders')
          .set('cookie', cookie)
          .set('x-forwarded-for', b.ip)
          .set('idempotency-key', `kill-${randomUUID()}`)
          .send(orderBody(b.addressId, [{ sku, quantity: 1 }]))
          .then(
            (r) => r.status,
            () => 'aborted' as const,
          );
      }),
    );
    // let some checkouts commit, then kill the process without warning
    await new Promise((r) => setTimeout(r, 120));
    await victim.stop('SIGKILL');
    const outcomes = await Promise.all(storm);
    expect(outcomes).toContain('aborted');

    const [{ available }] = await sql<{ available: number }>(
      'SELECT available FROM product_variants WHERE sku = $1',
      [sku],
    );
    expect(available + (await sold(sku))).toBe(initial);
    // every order that exists is whole: lines, a fulfilment, a history row, a payment and an outbox event
    const broken = await sql(
      `SELECT o.id FROM orders o WHERE EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.sku = $1)
         AND (NOT EXISTS (SELECT 1 FROM fulfilments f WHERE f.order_id = o.id)
           OR NOT EXISTS (SELECT 1 FROM order_history h WHERE h.order_id = o.id)
           OR NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id)
           OR NOT EXISTS (SELECT 1 FROM outbox_events e WHERE e.aggregate_id = o.id::text AND e.type = 'order.placed')
           OR o.total_fen <> (SELECT sum(line_total_fen) FROM order_lines l WHERE l.order_id = o.id) + o.shipping_fen)`,
      [sku],
    );
    expect(broken).toEqual([]);

    // a restarted process serves the same data
    const again = await startApi(e2eState().databaseUrl, { TRUST_PROXY: 'true', COOKIE_SECURE: 'false' });
    try {
      const page = await request(again.url).get('/api/health').expect(200);
      expect(page.body.database.status).toBe('up');
    } finally {
      await again.stop();
    }
  });
});
