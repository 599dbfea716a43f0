import { randomUUID } from 'node:crypto';
import { API_MAIN, FakeStripe, runScript, startApi, type RunningApi } from '@shanhai/testing';
import Stripe from 'stripe';
import request from 'supertest';
import { e2eState, sql } from './support/state';

// Stripe's servers cannot be reached here: the API's real Stripe SDK talks to a local fake of the
// endpoints it uses, and webhook bodies are signed with the SDK's own test-header helper.
const KEYS = {
  secretKey: 'sk_test_shanhai_e2e',
  webhookSecret: `whsec_${randomUUID().replace(/-/g, '')}`,
  publishableKey: 'pk_test_shanhai_e2e',
};
const signer = new Stripe(KEYS.secretKey); // signs only; never makes a request
const WEBHOOK = '/api/payments/stripe/webhook';
const METHODS = ['card', 'alipay', 'wechat_pay'];
const ADDRESS = {
  recipient: '李四',
  mobile: '13900139000',
  province: '浙江省',
  city: '杭州市',
  district: '拱墅区',
  street: '大关路 100 号 2 幢 301 室',
  postalCode: '310011',
};

let fake: FakeStripe;
let api: RunningApi;

beforeAll(async () => {
  fake = await FakeStripe.start();
  // this spec's own API process with Stripe configured, on the shared e2e database
  api = await startApi(e2eState().databaseUrl, {
    ...fake.env(KEYS),
    ORDER_EXPIRY_POLL_MS: '50',
    OUTBOX_POLL_MS: '100',
    TRUST_PROXY: 'true',
    COOKIE_SECURE: 'false',
  });
});

afterAll(async () => {
  await api?.stop();
  await fake?.stop();
});

type Agent = ReturnType<typeof request.agent>;
interface Buyer {
  agent: Agent;
  addressId: string;
}
interface OrderBody {
  id: string;
  number: string;
  status: string;
  paymentStatus: string;
  totalFen: number;
  itemsFen: number;
  refundedFen: number;
  payment: {
    provider: string;
    clientSecret: string | null;
    publishableKey: string | null;
    instructions: { zh: string; en: string } | null;
  } | null;
  fulfilments: { lines: { id: string; sku: string; lineTotalFen: number; refundedFen: number }[] }[];
  history: { to: string }[];
}

let ipCounter = 0;
const nextIp = () =>
  `10.${(process.pid % 250) + 1}.${Math.floor(++ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;

/** A fresh account (an admin by a row update, so no demo login is throttled), signed in. */
async function account(baseUrl: string, role: 'consumer' | 'admin' = 'consumer'): Promise<Agent> {
  const agent = request.agent(baseUrl).set('x-forwarded-for', nextIp());
  const email = `stripe-${role}-${randomUUID().slice(0, 8)}@example.com`;
  await agent.post('/api/auth/register').send({ email, password: 'a long enough passphrase' }).expect(201);
  if (role === 'admin') await sql(`UPDATE users SET role = 'admin' WHERE email = $1`, [email]);
  return agent;
}

async function buyer(baseUrl = api.url): Promise<Buyer> {
  const agent = await account(baseUrl);
  const address = await agent.post('/api/addresses').send(ADDRESS).expect(201);
  return { agent, addressId: address.body.id };
}

let picked = 0;
/**
 * A seeded variant with plenty of stock, a different one each time. No product is added: other
 * specs read the catalogue in parallel and count it. Only this spec buys these, and every order
 * that does not stay paid gives its stock back.
 */
async function seeded(minPriceFen = 1000): Promise<{ sku: string; priceFen: number }> {
  const [v] = await sql<{ sku: string; price_fen: string }>(
    `SELECT v.sku, v.price_fen FROM product_variants v JOIN products p ON p.id = v.product_id JOIN cooperatives co ON co.id = p.cooperative_id
     WHERE p.status = 'active' AND co.status = 'approved' AND p.slug <> 'termite-mushroom-fresh' AND p.slug NOT LIKE 'e2e-%'
       AND v.available >= 20 AND v.price_fen BETWEEN $1 AND 30000
     ORDER BY v.sku OFFSET $2 LIMIT 1`,
    [minPriceFen, picked++ % 8],
  );
  if (!v) throw new Error('no seeded variant with stock');
  return { sku: v.sku, priceFen: Number(v.price_fen) };
}

function place(b: Buyer, lines: { sku: string; quantity: number }[]) {
  return b.agent
    .post('/api/orders')
    .set('idempotency-key', `stripe-${randomUUID()}`)
    .send({ addressId: b.addressId, paymentMethod: 'stripe', lines });
}

async function placed(
  b: Buyer,
  lines: { sku: string; quantity: number }[],
): Promise<{ order: OrderBody; intentId: string }> {
  const order: OrderBody = (await place(b, lines).expect(201)).body;
  const intent = fake.intentOfOrder(order.id);
  if (!intent) throw new Error(`no PaymentIntent for order ${order.id}`);
  return { order, intentId: intent.id };
}

/** Posts an event as Stripe does: the exact JSON bytes, signed with the SDK's helper. */
function deliver(event: object, secret = KEYS.webhookSecret) {
  const payload = JSON.stringify(event);
  return request(api.url)
    .post(WEBHOOK)
    .set('content-type', 'application/json; charset=utf-8') // as Stripe sends it
    .set('stripe-signature', signer.webhooks.generateTestHeaderString({ payload, secret }))
    .send(payload);
}

/** The customer pays and Stripe tells the shop. */
async function pay(intentId: string): Promise<void> {
  const res = await deliver(fake.event('payment_intent.succeeded', fake.succeed(intentId))).expect(200);
  expect(res.body).toEqual({ received: true, duplicate: false });
}

async function until<T>(read: () => Promise<T> | T, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface OrderRow {
  status: string;
  payment_status: string;
  total_fen: string;
  paid_fen: string;
  refunded_fen: string;
  expires_at: Date | null;
}
const orderRow = async (id: string) =>
  (
    await sql<OrderRow>(
      'SELECT status, payment_status, total_fen, paid_fen, refunded_fen, expires_at FROM orders WHERE id = $1',
      [id],
    )
  )[0];
const paymentRows = (id: string) =>
  sql<{
    provider: string;
    status: string;
    provider_ref: string | null;
    client_secret: string | null;
    amount_fen: string;
  }>(
    'SELECT provider, status, provider_ref, client_secret, amount_fen FROM payments WHERE order_id = $1 ORDER BY created_at',
    [id],
  );
const refundRows = (id: string) =>
  sql<{
    id: string;
    amount_fen: string;
    status: string;
    provider_ref: string | null;
    order_line_id: string | null;
    reason: string;
  }>(
    `SELECT r.id, r.amount_fen, r.status, r.provider_ref, r.order_line_id, r.reason FROM refunds r JOIN payments p ON p.id = r.payment_id
     WHERE p.order_id = $1 ORDER BY r.created_at`,
    [id],
  );
const historyOf = async (id: string) =>
  (
    await sql<{ to_status: string }>('SELECT to_status FROM order_history WHERE order_id = $1 ORDER BY id', [
      id,
    ])
  ).map((h) => h.to_status);
const stock = async (sku: string) =>
  (await sql<{ available: number }>('SELECT available FROM product_variants WHERE sku = $1', [sku]))[0]
    .available;
const refundsAtStripe = (intentId: string) =>
  [...fake.refunds.values()].filter((r) => r.payment_intent === intentId);

describe('checkout with Stripe', () => {
  it('opens a CNY PaymentIntent for the server’s total with card, Alipay and WeChat Pay, and shows its client secret to the owner only', async () => {
    const b = await buyer();
    const a = await seeded();
    const c = await seeded();
    const { order: o, intentId } = await placed(b, [
      { sku: a.sku, quantity: 2 },
      { sku: c.sku, quantity: 1 },
    ]);
    const [row] = await sql<{ number: string; items_fen: string; total_fen: string }>(
      'SELECT number, items_fen, total_fen FROM orders WHERE id = $1',
      [o.id],
    );
    expect(o.itemsFen).toBe(a.priceFen * 2 + c.priceFen);
    expect(Number(row.items_fen)).toBe(o.itemsFen);
    expect(o.totalFen).toBe(Number(row.total_fen));

    const creates = fake
      .requestsTo('POST', '/v1/payment_intents')
      .filter((r) => (r.params['metadata'] as { order_id?: string })?.order_id === o.id);
    expect(creates).toHaveLength(1);
    expect(creates[0].idempotencyKey).toBe(`order:${o.id}:pi`);
    expect(creates[0].params).toEqual(
      expect.objectContaining({
        amount: String(o.totalFen),
        currency: 'cny',
        allowed_payment_method_types: METHODS,
        metadata: { order_id: o.id, order_number: row.number },
      }),
    );
    const intent = fake.paymentIntents.get(intentId)!;
    expect(intent.amount).toBe(o.totalFen);
    expect(intent.payment_method_types).toEqual(METHODS);
    expect(o.payment).toEqual({
      provider: 'stripe',
      clientSecret: intent.client_secret,
      publishableKey: KEYS.publishableKey,
      instructions: null,
    });
    expect(await paymentRows(o.id)).toEqual([
      {
        provider: 'stripe',
        status: 'pending',
        provider_ref: intentId,
        client_secret: intent.client_secret,
        amount_fen: String(o.totalFen),
      },
    ]);

    // a later read shows the same secret without asking Stripe again
    const again = (await b.agent.get(`/api/orders/${o.id}`).expect(200)).body as OrderBody;
    expect(again.payment?.clientSecret).toBe(intent.client_secret);
    expect(
      fake.requestsTo('POST', '/v1/payment_intents').filter((r) => r.idempotencyKey === `order:${o.id}:pi`),
    ).toHaveLength(1);
    // nobody else sees the order, let alone its secret
    const other = await buyer();
    await other.agent.get(`/api/orders/${o.id}`).expect(404);
  });

  it('keeps the order when Stripe cannot be reached, and a later read creates the same PaymentIntent with the same key', async () => {
    const b = await buyer();
    const { sku } = await seeded();
    const before = await stock(sku);
    // Stripe carries out the request but the answer never arrives, every time
    fake.failWith('drop-after', (method, path) => method === 'POST' && path === '/v1/payment_intents');
    let first: OrderBody;
    try {
      first = (await place(b, [{ sku, quantity: 1 }]).expect(201)).body;
    } finally {
      fake.recover();
    }
    expect(first.status).toBe('awaiting_payment');
    expect(first.payment).toEqual({
      provider: 'stripe',
      clientSecret: null,
      publishableKey: KEYS.publishableKey,
      instructions: expect.any(Object),
    });
    expect(first.payment?.instructions?.en).toMatch(/could not be reached/);
    expect((await paymentRows(first.id))[0]).toEqual(
      expect.objectContaining({ status: 'pending', provider_ref: null, client_secret: null }),
    );
    expect(await stock(sku)).toBe(before - 1);

    const view = (await b.agent.get(`/api/orders/${first.id}`).expect(200)).body as OrderBody;
    const intents = [...fake.paymentIntents.values()].filter((pi) => pi.metadata['order_id'] === first.id);
    expect(intents).toHaveLength(1); // one PaymentIntent, however many attempts
    expect(view.payment?.clientSecret).toBe(intents[0].client_secret);
    const attempts = fake
      .requestsTo('POST', '/v1/payment_intents')
      .filter((r) => (r.params['metadata'] as { order_id?: string })?.order_id === first.id);
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(attempts.map((r) => r.idempotencyKey))).toEqual(new Set([`order:${first.id}:pi`]));
    expect(attempts.at(-1)).toEqual(expect.objectContaining({ replayed: true, failed: null }));
    expect((await paymentRows(first.id))[0]).toEqual(
      expect.objectContaining({ status: 'pending', provider_ref: intents[0].id }),
    );
  });

  it('without Stripe keys, paymentMethod stripe is refused with 400 PAYMENT_PROVIDER_UNAVAILABLE and nothing is written', async () => {
    const b = await buyer(e2eState().apiUrl); // the main e2e API has no Stripe keys
    const { sku } = await seeded();
    const before = await stock(sku);
    const lines = async () =>
      (await sql<{ n: number }>('SELECT count(*)::int AS n FROM order_lines WHERE sku = $1', [sku]))[0].n;
    const linesBefore = await lines();
    const res = await b.agent
      .post('/api/orders')
      .set('idempotency-key', `stripe-${randomUUID()}`)
      .send({ addressId: b.addressId, paymentMethod: 'stripe', lines: [{ sku, quantity: 1 }] })
      .expect(400);
    expect(res.body.code).toBe('PAYMENT_PROVIDER_UNAVAILABLE');
    expect(await stock(sku)).toBe(before);
    expect(await lines()).toBe(linesBefore);
    // its webhook is not open either
    expect(
      (
        await request(e2eState().apiUrl)
          .post(WEBHOOK)
          .set('content-type', 'application/json')
          .send('{}')
          .expect(400)
      ).body.code,
    ).toBe('PAYMENT_PROVIDER_UNAVAILABLE');
  });
});

describe('POST /api/payments/stripe/webhook', () => {
  it('takes the same succeeded event delivered five times (at once) as one payment: the order is paid once', async () => {
    const b = await buyer();
    const { order: o, intentId } = await placed(b, [{ sku: (await seeded()).sku, quantity: 1 }]);
    const intent = fake.succeed(intentId);
    const event = fake.event('payment_intent.succeeded', intent);
    const answers = await Promise.all(Array.from({ length: 5 }, () => deliver(event)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.filter((a) => a.body.duplicate === false)).toHaveLength(1);
    // another event about the same payment changes nothing either
    expect((await deliver(fake.event('payment_intent.succeeded', intent)).expect(200)).body.duplicate).toBe(
      false,
    );

    const row = await orderRow(o.id);
    expect(row).toEqual(
      expect.objectContaining({
        status: 'paid',
        payment_status: 'paid',
        paid_fen: String(o.totalFen),
        refunded_fen: '0',
        expires_at: null,
      }),
    );
    expect(await paymentRows(o.id)).toEqual([
      {
        provider: 'stripe',
        status: 'succeeded',
        provider_ref: intentId,
        client_secret: null,
        amount_fen: String(o.totalFen),
      },
    ]);
    expect(await historyOf(o.id)).toEqual(['awaiting_payment', 'paid']);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox_events WHERE aggregate_id = $1 AND type = 'payment.succeeded'`,
      [o.id],
    );
    expect(n).toBe(1);
    expect(await sql('SELECT event_id, type FROM stripe_events WHERE event_id = $1', [event['id']])).toEqual([
      { event_id: event['id'], type: 'payment_intent.succeeded' },
    ]);
    const fulfilments = await sql<{ status: string }>('SELECT status FROM fulfilments WHERE order_id = $1', [
      o.id,
    ]);
    expect(fulfilments.map((f) => f.status)).toEqual(['to_ship']);
    const view = (await b.agent.get(`/api/orders/${o.id}`).expect(200)).body as OrderBody;
    expect(view.status).toBe('paid');
    expect(view.payment).toBeNull();
  });

  it('refuses a forged or altered signature with 400 before anything else, and changes nothing', async () => {
    const b = await buyer();
    const { order: o, intentId } = await placed(b, [{ sku: (await seeded()).sku, quantity: 1 }]);
    const event = fake.event('payment_intent.succeeded', fake.succeed(intentId));
    const payload = JSON.stringify(event);
    const post = () => request(api.url).post(WEBHOOK).set('content-type', 'application/json');

    const forged = await deliver(event, 'whsec_not_the_shops_secret').expect(400);
    expect(forged.body.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    // a valid signature of other bytes: the amount changed after signing
    const signed = signer.webhooks.generateTestHeaderString({ payload, secret: KEYS.webhookSecret });
    const tampered = payload.replace(`"amount":${o.totalFen}`, '"amount":1');
    expect(tampered).not.toBe(payload);
    await post().set('stripe-signature', signed).send(tampered).expect(400);
    // the same JSON re-serialised is other bytes too: the raw body is what is checked
    await post()
      .set('stripe-signature', signed)
      .send(JSON.stringify(event, null, 2))
      .expect(400);
    await post().send(payload).expect(400);
    await post().set('stripe-signature', 't=1,v1=deadbeef').send(payload).expect(400);

    expect(await orderRow(o.id)).toEqual(
      expect.objectContaining({ status: 'awaiting_payment', payment_status: 'unpaid', paid_fen: '0' }),
    );
    expect((await paymentRows(o.id))[0].status).toBe('pending');
    expect(await sql('SELECT 1 FROM stripe_events WHERE event_id = $1', [event['id']])).toEqual([]);
    // the genuine delivery of the same event still counts
    await post().set('stripe-signature', signed).send(payload).expect(200);
    expect((await orderRow(o.id)).status).toBe('paid');
  });

  it('takes events in any order: a failure or cancel after the success leaves the order paid', async () => {
    const b = await buyer();
    const { order: o, intentId } = await placed(b, [{ sku: (await seeded()).sku, quantity: 1 }]);
    // a first card is declined: the order still awaits payment
    await deliver(
      fake.event('payment_intent.payment_failed', { ...fake.paymentIntents.get(intentId)! }),
    ).expect(200);
    expect((await orderRow(o.id)).status).toBe('awaiting_payment');
    expect((await paymentRows(o.id))[0].status).toBe('pending');

    const intent = fake.succeed(intentId);
    await deliver(fake.event('payment_intent.succeeded', intent)).expect(200);
    // late news about the earlier attempt arrives after the success
    await deliver(
      fake.event('payment_intent.payment_failed', { ...intent, status: 'requires_payment_method' }),
    ).expect(200);
    await deliver(fake.event('payment_intent.canceled', { ...intent, status: 'canceled' })).expect(200);

    expect(await orderRow(o.id)).toEqual(
      expect.objectContaining({ status: 'paid', payment_status: 'paid', paid_fen: String(o.totalFen) }),
    );
    expect((await paymentRows(o.id)).map((p) => p.status)).toEqual(['succeeded']);
    expect(await historyOf(o.id)).toEqual(['awaiting_payment', 'paid']);
  });

  it('counts a refund reported before the success once: the order is paid, then partly refunded', async () => {
    const b = await buyer();
    const { order: o, intentId } = await placed(b, [{ sku: (await seeded(2000)).sku, quantity: 1 }]);
    const intent = fake.succeed(intentId);
    // someone refunds 1,000 fen in Stripe's dashboard (here: through the SDK, at the fake)
    const dashboard = new Stripe(KEYS.secretKey, { host: '127.0.0.1', port: fake.port, protocol: 'http' });
    await dashboard.refunds.create(
      { payment_intent: intentId, amount: 1000 },
      { idempotencyKey: `dashboard-${intentId}` },
    );
    await deliver(fake.event('charge.refunded', fake.charge(intentId))).expect(200);
    await deliver(fake.event('payment_intent.succeeded', intent)).expect(200);

    expect(await orderRow(o.id)).toEqual(
      expect.objectContaining({
        status: 'paid',
        payment_status: 'partially_refunded',
        paid_fen: String(o.totalFen),
        refunded_fen: '1000',
      }),
    );
    expect(await refundRows(o.id)).toEqual([
      expect.objectContaining({ amount_fen: '1000', status: 'succeeded', reason: 'refunded in Stripe' }),
    ]);
    expect(await historyOf(o.id)).toEqual(['awaiting_payment', 'paid']);
    expect(refundsAtStripe(intentId)).toHaveLength(1); // the shop refunded nothing itself
  });

  it('refunds a payment that succeeds after the order expired, automatically and once; the order stays expired', async () => {
    const b = await buyer();
    const { sku } = await seeded();
    const before = await stock(sku);
    const { order: o, intentId } = await placed(b, [{ sku, quantity: 2 }]);
    expect(await stock(sku)).toBe(before - 2);
    // the customer pays at the last second; the deadline passes before Stripe's event arrives
    const intent = fake.succeed(intentId);
    await sql(`UPDATE orders SET expires_at = now() - interval '1 second' WHERE id = $1`, [o.id]);
    expect(
      (
        await until(
          () => orderRow(o.id),
          (r) => r.status !== 'awaiting_payment',
        )
      ).status,
    ).toBe('expired');
    expect(await stock(sku)).toBe(before);

    const event = fake.event('payment_intent.succeeded', intent);
    await deliver(event).expect(200);
    expect(await orderRow(o.id)).toEqual(
      expect.objectContaining({
        status: 'expired',
        payment_status: 'refunded',
        paid_fen: String(o.totalFen),
        refunded_fen: String(o.totalFen),
      }),
    );
    const refunds = await refundRows(o.id);
    const atStripe = refundsAtStripe(intentId);
    expect(atStripe).toHaveLength(1);
    expect(atStripe[0].amount).toBe(o.totalFen);
    expect(refunds).toEqual([
      expect.objectContaining({
        amount_fen: String(o.totalFen),
        status: 'succeeded',
        provider_ref: atStripe[0].id,
      }),
    ]);
    const refundCalls = fake
      .requestsTo('POST', '/v1/refunds')
      .filter((r) => r.params['payment_intent'] === intentId);
    expect(refundCalls).toHaveLength(1);
    expect(refundCalls[0].idempotencyKey).toBe(`refund:${o.id}:${refunds[0].id}`);
    expect(refundCalls[0].params).toEqual(expect.objectContaining({ amount: String(o.totalFen) }));

    // redelivered, or told again in another event: nothing more is refunded
    await deliver(event).expect(200);
    await deliver(fake.event('payment_intent.succeeded', intent)).expect(200);
    await deliver(fake.event('charge.refunded', fake.charge(intentId))).expect(200);
    expect(refundsAtStripe(intentId)).toHaveLength(1);
    expect(await refundRows(o.id)).toHaveLength(1);
    expect(await historyOf(o.id)).toEqual(['awaiting_payment', 'expired']);
    expect(await stock(sku)).toBe(before);
  });
});

describe('closing and refunding Stripe orders', () => {
  it('the expiry job cancels the PaymentIntent of an order not paid in time', async () => {
    const b = await buyer();
    const { order: o, intentId } = await placed(b, [{ sku: (await seeded()).sku, quantity: 1 }]);
    await sql(`UPDATE orders SET expires_at = now() - interval '1 second' WHERE id = $1`, [o.id]);
    expect(
      (
        await until(
          () => orderRow(o.id),
          (r) => r.status !== 'awaiting_payment',
        )
      ).status,
    ).toBe('expired');
    const intent = await until(
      () => fake.paymentIntents.get(intentId)!,
      (pi) => pi.status === 'canceled',
    );
    expect(intent.status).toBe('canceled');
    const cancels = fake.requestsTo('POST', `/v1/payment_intents/${intentId}/cancel`);
    expect(cancels.length).toBeGreaterThanOrEqual(1);
    expect(new Set(cancels.map((c) => c.idempotencyKey))).toEqual(new Set([`order:${o.id}:pi:cancel`]));
    expect(await paymentRows(o.id)).toEqual([
      expect.objectContaining({ status: 'canceled', provider_ref: intentId, client_secret: null }),
    ]);
    // Stripe's own canceled event changes nothing more
    await deliver(fake.event('payment_intent.canceled', intent)).expect(200);
    expect((await orderRow(o.id)).status).toBe('expired');
  });

  it('cancelling a paid Stripe order refunds it through Stripe and restocks', async () => {
    const b = await buyer();
    const { sku } = await seeded();
    const before = await stock(sku);
    const { order: o, intentId } = await placed(b, [{ sku, quantity: 1 }]);
    await pay(intentId);
    const res = (await b.agent.post(`/api/orders/${o.id}/cancel`).expect(200)).body as OrderBody;
    expect(res.status).toBe('cancelled');
    expect(res.paymentStatus).toBe('refunded');
    expect(res.refundedFen).toBe(o.totalFen);

    const atStripe = refundsAtStripe(intentId);
    expect(atStripe.map((r) => r.amount)).toEqual([o.totalFen]);
    const refunds = await refundRows(o.id);
    expect(refunds).toEqual([
      expect.objectContaining({
        amount_fen: String(o.totalFen),
        status: 'succeeded',
        provider_ref: atStripe[0].id,
        order_line_id: null,
      }),
    ]);
    const [call] = fake
      .requestsTo('POST', '/v1/refunds')
      .filter((r) => r.params['payment_intent'] === intentId);
    expect(call.idempotencyKey).toBe(`refund:${o.id}:${refunds[0].id}`);
    expect(await orderRow(o.id)).toEqual(
      expect.objectContaining({ paid_fen: String(o.totalFen), refunded_fen: String(o.totalFen) }),
    );
    expect(await stock(sku)).toBe(before);
    // Stripe confirms the refund: counted already
    await deliver(fake.event('charge.refunded', fake.charge(intentId))).expect(200);
    expect(await refundRows(o.id)).toHaveLength(1);
    expect((await orderRow(o.id)).refunded_fen).toBe(String(o.totalFen));
  });

  it('refunds part of one line through Stripe, never more than the line’s unrefunded amount', async () => {
    const b = await buyer();
    const jar = await seeded();
    const tea = await seeded();
    const { order: o, intentId } = await placed(b, [
      { sku: jar.sku, quantity: 2 },
      { sku: tea.sku, quantity: 1 },
    ]);
    await pay(intentId);
    const line = o.fulfilments.flatMap((f) => f.lines).find((l) => l.sku === jar.sku)!;
    const unit = jar.priceFen;
    expect(line.lineTotalFen).toBe(2 * unit);
    const admin = await account(api.url, 'admin');
    const url = `/api/admin/orders/${o.id}/lines/${line.id}/refunds`;

    // a shopper may not; an amount beyond the line is refused and writes nothing
    await b.agent.post(url).send({ amountFen: 100, reason: 'mine' }).expect(403);
    const over = await admin
      .post(url)
      .send({ amountFen: 2 * unit + 1, reason: 'too much' })
      .expect(400);
    expect(over.body.code).toBe('VALIDATION_FAILED');
    expect(over.body.fields.amountFen).toEqual([expect.stringContaining(String(2 * unit))]);
    expect(await refundRows(o.id)).toEqual([]);

    const first = (
      await admin.post(url).send({ amountFen: unit, reason: '一罐破损 one jar broken' }).expect(200)
    ).body as OrderBody;
    expect(first.status).toBe('paid');
    expect(first.paymentStatus).toBe('partially_refunded');
    expect(first.refundedFen).toBe(unit);
    expect(first.fulfilments.flatMap((f) => f.lines).find((l) => l.id === line.id)?.refundedFen).toBe(unit);
    let refunds = await refundRows(o.id);
    expect(refunds).toEqual([
      expect.objectContaining({
        amount_fen: String(unit),
        status: 'succeeded',
        order_line_id: line.id,
        reason: '一罐破损 one jar broken',
      }),
    ]);
    let atStripe = refundsAtStripe(intentId);
    expect(atStripe.map((r) => r.amount)).toEqual([unit]);
    expect(refunds[0].provider_ref).toBe(atStripe[0].id);
    const [call] = fake
      .requestsTo('POST', '/v1/refunds')
      .filter((r) => r.params['payment_intent'] === intentId);
    expect(call.idempotencyKey).toBe(`refund:${o.id}:${refunds[0].id}`);

    // what is left of the line, and not a fen more
    await admin
      .post(url)
      .send({ amountFen: unit + 1, reason: 'too much' })
      .expect(400);
    await admin.post(url).send({ amountFen: unit, reason: 'the other jar too' }).expect(200);
    await admin.post(url).send({ amountFen: 1, reason: 'nothing left' }).expect(400);
    refunds = await refundRows(o.id);
    atStripe = refundsAtStripe(intentId);
    expect(refunds.map((r) => [r.amount_fen, r.status])).toEqual([
      [String(unit), 'succeeded'],
      [String(unit), 'succeeded'],
    ]);
    expect(atStripe.map((r) => r.amount)).toEqual([unit, unit]);
    const [l] = await sql<{ refunded_fen: string }>('SELECT refunded_fen FROM order_lines WHERE id = $1', [
      line.id,
    ]);
    expect(l.refunded_fen).toBe(String(2 * unit));
    expect(await orderRow(o.id)).toEqual(
      expect.objectContaining({
        status: 'paid',
        payment_status: 'partially_refunded',
        paid_fen: String(o.totalFen),
        refunded_fen: String(2 * unit),
      }),
    );
  });
});

describe('Stripe configuration', () => {
  it('offers Stripe with its publishable key only where it is configured', async () => {
    const on = await request(api.url).get('/api/payments/methods').expect(200);
    expect(on.body).toEqual({ methods: ['offline', 'stripe'], stripePublishableKey: KEYS.publishableKey });
    const off = await request(e2eState().apiUrl).get('/api/payments/methods').expect(200);
    expect(off.body).toEqual({ methods: ['offline'], stripePublishableKey: null });
  });

  it('refuses to start with only some of the three keys, naming the missing ones', async () => {
    const result = await runScript(
      API_MAIN,
      [],
      { DATABASE_URL: e2eState().databaseUrl, STRIPE_SECRET_KEY: 'sk_test_only_this_one', PORT: '1' },
      20_000,
    );
    expect(result.code).toBe(1);
    expect(result.output.trim()).toBe(
      'Invalid configuration — STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PUBLISHABLE_KEY go together: set all three or none (missing: STRIPE_WEBHOOK_SECRET, STRIPE_PUBLISHABLE_KEY)',
    );
    expect(result.output).not.toContain('sk_test_only_this_one');
  });
});
