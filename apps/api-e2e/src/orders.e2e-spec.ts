import { startApi } from '@shanhai/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { certifiedSku, loginDemo, newShopper, orderBody, stockedVariant, type Shopper } from './support/shoppers';
import { e2eState, sql } from './support/state';

const key = () => `e2e-${randomUUID()}`;
const stock = async (sku: string) =>
  (await sql<{ available: number }>('SELECT available FROM product_variants WHERE sku = $1', [sku]))[0]
    .available;

function place(s: Shopper, lines: { sku: string; quantity: number }[], k = key()) {
  return s.agent.post('/api/orders').set('idempotency-key', k).send(orderBody(s.addressId, lines));
}

describe('POST /api/orders', () => {
  let s: Shopper;
  beforeAll(async () => {
    s = await newShopper(e2eState().apiUrl, 'buyer');
  });

  it('prices on the server, splits per cooperative and snapshots each line', async () => {
    const tea = await stockedVariant(10, 12800, 'lebainian-health');
    const mush = await stockedVariant(10, 3900, 'langdong-fungi-park');
    const res = await s.agent
      .post('/api/orders')
      .set('idempotency-key', key())
      .send({
        ...orderBody(s.addressId, [
          { sku: tea, quantity: 1 },
          { sku: mush, quantity: 2 },
        ]),
      })
      .expect(201);
    const o = res.body;
    expect(o.status).toBe('awaiting_payment');
    expect(o.paymentStatus).toBe('unpaid');
    expect(o.number).toMatch(/^SH\d{6}\d{8}$/);
    expect(o.fulfilments.map((f: { cooperative: { slug: string } }) => f.cooperative.slug).sort()).toEqual([
      'langdong-fungi-park',
      'lebainian-health',
    ]);
    const [rule] = await sql<{ fee_fen: string; free_over_fen: string }>(
      'SELECT fee_fen, free_over_fen FROM shipping_rules WHERE cooperative_id IS NULL',
    );
    const fee = (items: number) => (items >= Number(rule.free_over_fen) ? 0 : Number(rule.fee_fen));
    expect(o.itemsFen).toBe(12800 + 7800);
    expect(o.shippingFen).toBe(fee(12800) + fee(7800));
    expect(o.totalFen).toBe(o.itemsFen + o.shippingFen);
    expect(o.payment.provider).toBe('offline');
    expect(o.payment.instructions.zh).toContain('银行转账');
    expect(o.expiresAt).not.toBeNull();
    expect(o.history).toEqual([expect.objectContaining({ from: null, to: 'awaiting_payment' })]);
    expect(await stock(tea)).toBe(9);
    expect(await stock(mush)).toBe(8);
    // the snapshot survives later edits of the catalogue
    await sql(
      `UPDATE products p SET name_zh = '改名了' FROM product_variants v WHERE v.product_id = p.id AND v.sku = $1`,
      [mush],
    );
    await sql('UPDATE product_variants SET price_fen = 1 WHERE sku = $1', [mush]);
    const again = await s.agent.get(`/api/orders/${o.id}`).expect(200);
    const line = again.body.fulfilments
      .flatMap((f: { lines: unknown[] }) => f.lines)
      .find((l: { sku: string }) => l.sku === mush);
    expect(line).toEqual(
      expect.objectContaining({
        unitPriceFen: 3900,
        quantity: 2,
        lineTotalFen: 7800,
        aidEligible: false,
        certificateNumber: null,
      }),
    );
    expect(line.name.zh).toContain('测试菌菇');
    const [snap] = await sql<{ township_slug: string; village_slug: string; category_slug: string }>(
      'SELECT township_slug, village_slug, category_slug FROM order_lines WHERE order_id = $1 AND sku = $2',
      [o.id, mush],
    );
    expect(snap).toEqual({
      township_slug: 'langdong',
      village_slug: expect.any(String),
      category_slug: 'fungi',
    });
  });

  it('snapshots aid eligibility from the certificate valid that day', async () => {
    const [certified] = await sql<{ sku: string; number: string }>(
      `SELECT v.sku, ac.number FROM product_variants v JOIN products p ON p.id = v.product_id JOIN cooperatives co ON co.id = p.cooperative_id
       JOIN aid_certificates ac ON ac.product_id = p.id
       WHERE co.status = 'approved' AND p.status = 'active' AND v.available > 2 AND NOT ac.revoked
         AND ac.valid_from <= (now() AT TIME ZONE 'Asia/Shanghai')::date AND ac.valid_to >= (now() AT TIME ZONE 'Asia/Shanghai')::date
       LIMIT 1`,
    );
    const res = await place(s, [{ sku: certified.sku, quantity: 1 }]).expect(201);
    const line = res.body.fulfilments[0].lines[0];
    expect(line.aidEligible).toBe(true);
    expect(line.certificateNumber).toBe(certified.number);
    await s.agent.post(`/api/orders/${res.body.id}/cancel`).expect(200);
  });

  it('answers with the order exactly as reading it back shows it, and a retry with the same', async () => {
    // the POST is answered from what the write returned, not from a second read: the two must agree
    const tea = await stockedVariant(10, 12800, 'lebainian-health');
    const fungiA = await stockedVariant(10, 3900, 'langdong-fungi-park');
    const fungiB = await stockedVariant(10, 2100, 'langdong-fungi-park');
    const certified = await certifiedSku();
    const k = key();
    const body = {
      ...orderBody(s.addressId, [
        { sku: fungiB, quantity: 1 },
        { sku: tea, quantity: 1 },
        { sku: certified, quantity: 1 },
        { sku: fungiA, quantity: 2 },
        { sku: fungiB, quantity: 1 },
      ]),
      note: '请放门卫',
    };
    const placed = await s.agent.post('/api/orders').set('idempotency-key', k).send(body).expect(201);
    const read = await s.agent.get(`/api/orders/${placed.body.id}`).expect(200);
    expect(placed.body).toEqual(read.body);
    const lines = placed.body.fulfilments.flatMap((f: { lines: { sku: string }[] }) => f.lines);
    expect(lines.map((l: { sku: string }) => l.sku).sort()).toEqual([certified, fungiA, fungiB, tea].sort());
    expect(lines.find((l: { sku: string }) => l.sku === fungiB)).toEqual(expect.objectContaining({ quantity: 2, lineTotalFen: 4200 }));
    expect(lines.find((l: { sku: string }) => l.sku === certified)).toEqual(
      expect.objectContaining({ aidEligible: true, certificateNumber: expect.any(String) }),
    );
    const retried = await s.agent.post('/api/orders').set('idempotency-key', k).send(body).expect(200);
    expect(retried.body).toEqual(read.body);
    await s.agent.post(`/api/orders/${placed.body.id}/cancel`).expect(200);
  });

  it('refuses a line that is not on sale or short with 409 and takes nothing, for one line or several', async () => {
    const onSale = await stockedVariant(5, 1000);
    const hidden = await stockedVariant(5, 1000);
    await sql(`UPDATE products p SET status = 'hidden' FROM product_variants v WHERE v.product_id = p.id AND v.sku = $1`, [hidden]);
    const res = await place(s, [
      { sku: onSale, quantity: 1 },
      { sku: hidden, quantity: 1 },
    ]).expect(409);
    expect(res.body.lines).toEqual([{ sku: hidden, requested: 1, available: 0 }]);
    expect(await stock(onSale)).toBe(5);
    expect(await stock(hidden)).toBe(5);
    // a one-line order takes its stock in the order's own statement: the same answers
    const alone = await place(s, [{ sku: hidden, quantity: 1 }]).expect(409);
    expect(alone.body.lines).toEqual([{ sku: hidden, requested: 1, available: 0 }]);
    const short = await place(s, [{ sku: onSale, quantity: 6 }]).expect(409);
    expect(short.body.lines).toEqual([{ sku: onSale, requested: 6, available: 5 }]);
    expect(await stock(onSale)).toBe(5);
    expect(await stock(hidden)).toBe(5);
    const [{ n }] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM order_lines WHERE sku = ANY($1)', [[onSale, hidden]]);
    expect(n).toBe(0);
  });

  it('returns the same order for the same Idempotency-Key, never two', async () => {
    const sku = await stockedVariant(10, 1500);
    const k = key();
    const [a, b, c] = await Promise.all([
      place(s, [{ sku, quantity: 1 }], k),
      place(s, [{ sku, quantity: 1 }], k),
      place(s, [{ sku, quantity: 1 }], k),
    ]);
    expect([a.status, b.status, c.status].sort()).toEqual([200, 200, 201]);
    expect(new Set([a.body.id, b.body.id, c.body.id]).size).toBe(1);
    expect(await stock(sku)).toBe(9);
    const [{ n }] = await sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM orders WHERE idempotency_key = $1',
      [k],
    );
    expect(n).toBe(1);
    const reused = await place(s, [{ sku, quantity: 2 }], k).expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('answers 409 with every line that ran out, and writes nothing', async () => {
    const plenty = await stockedVariant(10, 1000);
    const few = await stockedVariant(1, 1000);
    const none = await stockedVariant(0, 1000);
    const before = await sql<{ n: number }>('SELECT count(*)::int AS n FROM orders');
    const res = await place(s, [
      { sku: plenty, quantity: 2 },
      { sku: few, quantity: 2 },
      { sku: none, quantity: 1 },
    ]).expect(409);
    expect(res.body.code).toBe('OUT_OF_STOCK');
    expect(res.body.lines).toEqual(
      expect.arrayContaining([
        { sku: few, requested: 2, available: 1 },
        { sku: none, requested: 1, available: 0 },
      ]),
    );
    expect(res.body.lines).toHaveLength(2);
    expect(await stock(plenty)).toBe(10);
    expect(await stock(few)).toBe(1);
    expect(await sql('SELECT count(*)::int AS n FROM orders')).toEqual(before);
  });

  it('ignores prices sent by the client and refuses bad requests', async () => {
    const sku = await stockedVariant(5, 2000);
    const withPrice = await s.agent
      .post('/api/orders')
      .set('idempotency-key', key())
      .send({ ...orderBody(s.addressId, [{ sku, quantity: 1 }]), totalFen: 1 })
      .expect(400);
    expect(JSON.stringify(withPrice.body)).toMatch(/totalFen/);
    const noKey = await s.agent
      .post('/api/orders')
      .send(orderBody(s.addressId, [{ sku, quantity: 1 }]))
      .expect(400);
    expect(noKey.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const empty = await s.agent
      .post('/api/orders')
      .set('idempotency-key', key())
      .send(orderBody(s.addressId, []))
      .expect(400);
    expect(empty.body.fields.lines).toBeDefined();
    const other = await newShopper(e2eState().apiUrl, 'other');
    const foreign = await s.agent
      .post('/api/orders')
      .set('idempotency-key', key())
      .send(orderBody(other.addressId, [{ sku, quantity: 1 }]))
      .expect(404);
    expect(foreign.body.code).toBe('ADDRESS_NOT_FOUND');
    const unknown = await place(s, [{ sku: 'NO-SUCH', quantity: 1 }]).expect(404);
    expect(unknown.body.code).toBe('SKU_NOT_FOUND');
    expect(await stock(sku)).toBe(5);
    await request(e2eState().apiUrl)
      .post('/api/orders')
      .set('idempotency-key', key())
      .send(orderBody(s.addressId, [{ sku, quantity: 1 }]))
      .expect(401);
  });

  it('answers 401 to a signed-out session whatever else is wrong, and takes nothing', async () => {
    // checkout checks the session inside its own transaction, not in a lookup before it
    const gone = await newShopper(e2eState().apiUrl, 'gone');
    const sku = await stockedVariant(5, 2000);
    const cookie = gone.agent.jar
      .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
      .toValueString();
    await gone.agent.post('/api/auth/logout').expect(204);
    const post = (sessionCookie: string, body: object, k: string | null = key()) => {
      const req = request(e2eState().apiUrl).post('/api/orders').set('cookie', sessionCookie).set('x-forwarded-for', gone.ip);
      return (k ? req.set('idempotency-key', k) : req).send(body);
    };
    const valid = orderBody(gone.addressId, [{ sku, quantity: 1 }]);
    expect((await post(cookie, valid).expect(401)).body.code).toBe('UNAUTHENTICATED');
    // a body or header that would be refused with 400 still says 401 first, as for any guarded route
    expect((await post(cookie, orderBody(gone.addressId, [])).expect(401)).body.code).toBe('UNAUTHENTICATED');
    expect((await post(cookie, { ...valid, totalFen: 1 }).expect(401)).body.code).toBe('UNAUTHENTICATED');
    expect((await post(cookie, valid, null).expect(401)).body.code).toBe('UNAUTHENTICATED');
    expect((await post('shanhai_session=never-issued-token-never-issued-token-00', valid).expect(401)).body.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await stock(sku)).toBe(5);
    const [{ n }] = await sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM orders o JOIN users u ON u.id = o.user_id WHERE u.email = $1',
      [gone.email],
    );
    expect(n).toBe(0);
    // the same session, live, would have bought: the 401s were about the session only
    await place(s, [{ sku, quantity: 1 }]).expect(201);
    expect(await stock(sku)).toBe(4);
  });

  it('removes the bought lines from the cart', async () => {
    const sku = await stockedVariant(5, 2000);
    const keep = await stockedVariant(5, 2000);
    await s.agent.post('/api/cart/lines').send({ sku, quantity: 1 }).expect(200);
    await s.agent.post('/api/cart/lines').send({ sku: keep, quantity: 1 }).expect(200);
    await place(s, [{ sku, quantity: 1 }]).expect(201);
    const cart = (await s.agent.get('/api/cart').expect(200)).body;
    expect(cart.lines.map((l: { sku: string }) => l.sku)).toEqual([keep]);
  });
});

describe('GET /api/orders', () => {
  it('lists and shows only the owner’s orders; anyone else gets 404', async () => {
    const a = await newShopper(e2eState().apiUrl, 'owner');
    const b = await newShopper(e2eState().apiUrl, 'stranger');
    const sku = await stockedVariant(5, 2000);
    const o = (await place(a, [{ sku, quantity: 1 }]).expect(201)).body;
    expect((await a.agent.get('/api/orders').expect(200)).body).toEqual([
      expect.objectContaining({ id: o.id, itemCount: 1, totalFen: o.totalFen }),
    ]);
    expect((await b.agent.get('/api/orders').expect(200)).body).toEqual([]);
    expect((await b.agent.get(`/api/orders/${o.id}`).expect(404)).body.code).toBe('ORDER_NOT_FOUND');
    expect((await b.agent.post(`/api/orders/${o.id}/cancel`).expect(404)).body.code).toBe('ORDER_NOT_FOUND');
    await a.agent.get('/api/orders/not-a-uuid').expect(400);
    await request(e2eState().apiUrl).get(`/api/orders/${o.id}`).expect(401);
  });
});

describe('order life', () => {
  it('cancels before shipping: stock comes back, the timeline says so', async () => {
    const s = await newShopper(e2eState().apiUrl, 'cancel');
    const sku = await stockedVariant(4, 2000);
    const o = (await place(s, [{ sku, quantity: 3 }]).expect(201)).body;
    expect(await stock(sku)).toBe(1);
    const res = await s.agent.post(`/api/orders/${o.id}/cancel`).expect(200);
    expect(res.body.status).toBe('cancelled');
    expect(res.body.cancellable).toBe(false);
    expect(res.body.fulfilments.every((f: { status: string }) => f.status === 'cancelled')).toBe(true);
    expect(res.body.history.map((h: { to: string }) => h.to)).toEqual(['awaiting_payment', 'cancelled']);
    expect(await stock(sku)).toBe(4);
    const twice = await s.agent.post(`/api/orders/${o.id}/cancel`).expect(409);
    expect(twice.body.code).toBe('NOT_CANCELLABLE');
    expect(await stock(sku)).toBe(4);
    const [evt] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox_events WHERE aggregate_id = $1 AND type = 'order.cancel'`,
      [o.id],
    );
    expect(evt.n).toBe(1);
  });

  it('is paid offline by an admin, shipped per cooperative by its own members, and delivered', async () => {
    const s = await newShopper(e2eState().apiUrl, 'ship');
    const tea = await stockedVariant(5, 15000, 'lebainian-health');
    const mush = await stockedVariant(5, 15000, 'langdong-fungi-park');
    const o = (
      await place(s, [
        { sku: tea, quantity: 1 },
        { sku: mush, quantity: 1 },
      ]).expect(201)
    ).body;
    const admin = await loginDemo('admin@demo.shanhai.test');
    // a consumer may not record payments; a wrong amount is refused
    await s.agent
      .post(`/api/admin/orders/${o.id}/payments`)
      .send({ reference: 'X', amountFen: o.totalFen })
      .expect(403);
    await admin
      .post(`/api/admin/orders/${o.id}/payments`)
      .send({ reference: 'BANK-1', amountFen: o.totalFen - 1 })
      .expect(400);
    const paid = (
      await admin
        .post(`/api/admin/orders/${o.id}/payments`)
        .send({ reference: 'BANK-1', amountFen: o.totalFen })
        .expect(200)
    ).body;
    expect(paid.status).toBe('paid');
    expect(paid.paymentStatus).toBe('paid');
    expect(paid.fulfilments.map((f: { status: string }) => f.status)).toEqual(['to_ship', 'to_ship']);

    const fungi = await loginDemo('langdong-fungi-park@demo.shanhai.test');
    const teaCo = await loginDemo('lebainian-health@demo.shanhai.test');
    const fFungi = paid.fulfilments.find(
      (f: { cooperative: { slug: string } }) => f.cooperative.slug === 'langdong-fungi-park',
    );
    const fTea = paid.fulfilments.find(
      (f: { cooperative: { slug: string } }) => f.cooperative.slug === 'lebainian-health',
    );
    // another cooperative's shipment does not exist for this member; consumers may not ship
    expect(
      (
        await fungi
          .post(`/api/fulfilments/${fTea.id}/ship`)
          .send({ carrier: '顺丰', trackingNumber: 'SF100200300' })
          .expect(404)
      ).body.code,
    ).toBe('FULFILMENT_NOT_FOUND');
    await s.agent
      .post(`/api/fulfilments/${fFungi.id}/ship`)
      .send({ carrier: '顺丰', trackingNumber: 'SF100200300' })
      .expect(403);
    await fungi
      .post(`/api/fulfilments/${fFungi.id}/ship`)
      .send({ carrier: '顺丰', trackingNumber: 'bad number!' })
      .expect(400);
    await fungi
      .post(`/api/fulfilments/${fFungi.id}/ship`)
      .send({ carrier: '顺丰', trackingNumber: 'SF100200300' })
      .expect(200);
    let view = (await s.agent.get(`/api/orders/${o.id}`).expect(200)).body;
    expect(view.status).toBe('partially_shipped');
    expect(view.cancellable).toBe(false);
    expect((await s.agent.post(`/api/orders/${o.id}/cancel`).expect(409)).body.code).toBe('NOT_CANCELLABLE');
    await teaCo
      .post(`/api/fulfilments/${fTea.id}/ship`)
      .send({ carrier: '中国邮政', trackingNumber: 'EMS9876543210' })
      .expect(200);
    await teaCo
      .post(`/api/fulfilments/${fTea.id}/ship`)
      .send({ carrier: '中国邮政', trackingNumber: 'EMS9876543210' })
      .expect(409);
    view = (await s.agent.get(`/api/orders/${o.id}`).expect(200)).body;
    expect(view.status).toBe('shipped');
    expect(view.fulfilments.map((f: { trackingNumber: string }) => f.trackingNumber).sort()).toEqual([
      'EMS9876543210',
      'SF100200300',
    ]);
    await fungi.post(`/api/fulfilments/${fFungi.id}/deliver`).expect(200);
    await teaCo.post(`/api/fulfilments/${fTea.id}/deliver`).expect(200);
    view = (await s.agent.get(`/api/orders/${o.id}`).expect(200)).body;
    expect(view.status).toBe('delivered');
    expect(view.history.map((h: { to: string }) => h.to)).toEqual([
      'awaiting_payment',
      'paid',
      'partially_shipped',
      'shipped',
      'delivered',
    ]);
  });

  it('cancelling a paid order refunds it (by hand for offline payments) and restocks', async () => {
    const s = await newShopper(e2eState().apiUrl, 'refund');
    const sku = await stockedVariant(5, 20000);
    const o = (await place(s, [{ sku, quantity: 2 }]).expect(201)).body;
    const admin = await loginDemo('admin@demo.shanhai.test');
    await admin
      .post(`/api/admin/orders/${o.id}/payments`)
      .send({ reference: 'BANK-2', amountFen: o.totalFen })
      .expect(200);
    const res = (await s.agent.post(`/api/orders/${o.id}/cancel`).expect(200)).body;
    expect(res.status).toBe('cancelled');
    expect(res.paymentStatus).toBe('refunded');
    expect(res.refundedFen).toBe(o.totalFen);
    const [refund] = await sql<{ amount_fen: string; status: string }>(
      'SELECT r.amount_fen, r.status FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE p.order_id = $1',
      [o.id],
    );
    expect(refund).toEqual({ amount_fen: String(o.totalFen), status: 'pending_manual' });
    expect(await stock(sku)).toBe(5);
  });

  it('expires unpaid orders past their deadline and gives the stock back', async () => {
    const worker = await startApi(e2eState().databaseUrl, {
      ORDER_EXPIRY_POLL_MS: '200',
      TRUST_PROXY: 'true',
      COOKIE_SECURE: 'false',
    });
    try {
      const s = await newShopper(e2eState().apiUrl, 'expire');
      const sku = await stockedVariant(3, 2000);
      const o = (await place(s, [{ sku, quantity: 3 }]).expect(201)).body;
      expect(await stock(sku)).toBe(0);
      await sql(`UPDATE orders SET expires_at = now() - interval '1 second' WHERE id = $1`, [o.id]);
      let status = 'awaiting_payment';
      for (let i = 0; i < 50 && status === 'awaiting_payment'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await sql<{ status: string }>('SELECT status FROM orders WHERE id = $1', [o.id]))[0].status;
      }
      expect(status).toBe('expired');
      expect(await stock(sku)).toBe(3);
      const view = (await s.agent.get(`/api/orders/${o.id}`).expect(200)).body;
      expect(view.history.map((h: { to: string }) => h.to)).toEqual(['awaiting_payment', 'expired']);
      expect(view.payment).toBeNull();
      // a late payment record is refused by the state table
      const admin = await loginDemo('admin@demo.shanhai.test');
      expect(
        (
          await admin
            .post(`/api/admin/orders/${o.id}/payments`)
            .send({ reference: 'LATE', amountFen: o.totalFen })
            .expect(409)
        ).body.code,
      ).toBe('INVALID_TRANSITION');
    } finally {
      await worker.stop();
    }
  });
});
