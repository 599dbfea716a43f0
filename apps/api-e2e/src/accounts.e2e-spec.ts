import { startApi } from '@shanhai/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { newShopper, nextIp, stockedVariant } from './support/shoppers';
import { e2eState, sql } from './support/state';

const api = () => request(e2eState().apiUrl);

describe('accounts', () => {
  it('registers with an argon2id hash, signs in, answers me, and signs out for good', async () => {
    const email = `acct-${randomUUID().slice(0, 8)}@Example.com`;
    const agent = request.agent(e2eState().apiUrl).set('x-forwarded-for', nextIp());
    const reg = await agent
      .post('/api/auth/register')
      .send({ email, password: 'correct horse battery', displayName: '小王' })
      .expect(201);
    expect(reg.body.user).toEqual({
      id: expect.any(String),
      email: email.toLowerCase(),
      displayName: '小王',
      role: 'consumer',
      cooperativeSlug: null,
    });
    const cookie = String(reg.headers['set-cookie']);
    expect(cookie).toMatch(/shanhai_session=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/);
    const [row] = await sql<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [
      email.toLowerCase(),
    ]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await agent.get('/api/auth/me').expect(200)).body.user.email).toBe(email.toLowerCase());
    await agent.post('/api/auth/logout').expect(204);
    await agent.get('/api/auth/me').expect(401);
    const [s] = await sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1 AND s.revoked_at IS NULL',
      [email.toLowerCase()],
    );
    expect(s.n).toBe(0);
  });

  it('refuses a taken email, a short password and unknown fields', async () => {
    const s = await newShopper(e2eState().apiUrl, 'taken');
    const dup = await api()
      .post('/api/auth/register')
      .set('x-forwarded-for', nextIp())
      .send({ email: s.email, password: 'another long one' })
      .expect(409);
    expect(dup.body.code).toBe('EMAIL_TAKEN');
    const bad = await api()
      .post('/api/auth/register')
      .set('x-forwarded-for', nextIp())
      .send({ email: 'x@example.com', password: 'short', role: 'admin' })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.fields.password).toBeDefined();
    expect(JSON.stringify(bad.body)).toMatch(/role/);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM users WHERE email = 'x@example.com'`,
    );
    expect(n).toBe(0);
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const s = await newShopper(e2eState().apiUrl, 'wrongpw');
    const wrong = await api()
      .post('/api/auth/login')
      .set('x-forwarded-for', nextIp())
      .send({ email: s.email, password: 'not the password' })
      .expect(401);
    const unknown = await api()
      .post('/api/auth/login')
      .set('x-forwarded-for', nextIp())
      .send({ email: 'nobody@example.com', password: 'whatever it is' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('throttles guessing on one account across two API processes, then lets the owner in after the window', async () => {
    const second = await startApi(e2eState().databaseUrl, { TRUST_PROXY: 'true', COOKIE_SECURE: 'false' });
    try {
      const s = await newShopper(e2eState().apiUrl, 'throttle');
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const target = i % 2 ? second.url : e2eState().apiUrl;
        const res = await request(target)
          .post('/api/auth/login')
          .set('x-forwarded-for', nextIp())
          .send({ email: s.email, password: `guess number ${i}` });
        statuses.push(res.status);
        if (res.status === 429) {
          expect(res.body.code).toBe('TOO_MANY_ATTEMPTS');
          expect(res.body.retryAfterSeconds).toBeGreaterThan(0);
        }
      }
      // ten tries per account per window, counted together by both processes
      expect(statuses.slice(0, 10).every((c) => c === 401)).toBe(true);
      expect(statuses.slice(10)).toEqual([429, 429]);
      // even the right password waits until the window has passed
      await request(second.url)
        .post('/api/auth/login')
        .set('x-forwarded-for', nextIp())
        .send({ email: s.email, password: s.password })
        .expect(429);
      await sql(`UPDATE rate_limits SET window_start = now() - interval '16 minutes' WHERE key = $1`, [
        `login:account:${s.email}`,
      ]);
      await request(second.url)
        .post('/api/auth/login')
        .set('x-forwarded-for', nextIp())
        .send({ email: s.email, password: s.password })
        .expect(200);
    } finally {
      await second.stop();
    }
  });

  it('resets a password through the mailed token, which works once and signs out other sessions', async () => {
    const s = await newShopper(e2eState().apiUrl, 'reset');
    await api()
      .post('/api/auth/password-reset')
      .set('x-forwarded-for', nextIp())
      .send({ email: s.email })
      .expect(202);
    await api()
      .post('/api/auth/password-reset')
      .set('x-forwarded-for', nextIp())
      .send({ email: 'nobody-here@example.com' })
      .expect(202);
    // the mail travels through the outbox; its link carries the token
    const [event] = await sql<{ payload: { to: string; link: string } }>(
      `SELECT payload FROM outbox_events WHERE type = 'mail.password_reset' AND payload->>'to' = $1`,
      [s.email],
    );
    const token = new URL(event.payload.link).searchParams.get('token')!;
    expect(token.length).toBeGreaterThan(30);
    const [stored] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM password_reset_tokens WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
      [token],
    );
    expect(stored.n).toBe(1);
    await api()
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'a brand new passphrase' })
      .expect(204);
    const again = await api()
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'yet another passphrase' })
      .expect(400);
    expect(again.body.code).toBe('INVALID_RESET_TOKEN');
    await s.agent.get('/api/auth/me').expect(401);
    await api()
      .post('/api/auth/login')
      .set('x-forwarded-for', nextIp())
      .send({ email: s.email, password: 'a brand new passphrase' })
      .expect(200);
  });

  it('refuses a write that a browser marks as cross-site', async () => {
    const s = await newShopper(e2eState().apiUrl, 'csrf');
    const res = await s.agent
      .post('/api/addresses')
      .set('origin', 'https://evil.example')
      .send({})
      .expect(403);
    expect(res.body.code).toBe('CROSS_SITE_REQUEST');
    await s.agent
      .post('/api/cart/lines')
      .set('sec-fetch-site', 'cross-site')
      .send({ sku: 'X', quantity: 1 })
      .expect(403);
  });
});

describe('cart', () => {
  it('keeps a guest cart by cookie and merges it into the account at sign-in', async () => {
    const sku = await stockedVariant(10, 3300);
    const s = await newShopper(e2eState().apiUrl, 'merge');
    await s.agent.post('/api/cart/lines').send({ sku, quantity: 1 }).expect(200);
    await s.agent.post('/api/auth/logout').expect(204);
    const guest = request.agent(e2eState().apiUrl).set('x-forwarded-for', nextIp());
    const added = await guest.post('/api/cart/lines').send({ sku, quantity: 2 }).expect(200);
    expect(String(added.headers['set-cookie'])).toMatch(
      /shanhai_cart=[0-9a-f-]{36}; .*HttpOnly; SameSite=Lax/,
    );
    expect(added.body.lines).toEqual([
      expect.objectContaining({ sku, quantity: 2, unitPriceFen: 3300, lineTotalFen: 6600, problem: null }),
    ]);
    await guest.post('/api/auth/login').send({ email: s.email, password: s.password }).expect(200);
    const cart = await guest.get('/api/cart').expect(200);
    expect(cart.body.lines).toEqual([expect.objectContaining({ sku, quantity: 3 })]);
    const [{ n }] = await sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM carts c JOIN cart_lines l ON l.cart_id = c.id JOIN product_variants v ON v.id = l.variant_id WHERE c.user_id IS NULL AND v.sku = $1',
      [sku],
    );
    expect(n).toBe(0);
  });

  it('re-reads price and stock on every view and says what changed', async () => {
    const a = await stockedVariant(5, 1000);
    const b = await stockedVariant(5, 2000);
    const c = await stockedVariant(5, 3000);
    const guest = request.agent(e2eState().apiUrl).set('x-forwarded-for', nextIp());
    for (const sku of [a, b, c]) await guest.post('/api/cart/lines').send({ sku, quantity: 2 }).expect(200);
    await sql('UPDATE product_variants SET price_fen = 1200 WHERE sku = $1', [a]);
    await sql('UPDATE product_variants SET available = 0 WHERE sku = $1', [b]);
    await sql('UPDATE product_variants SET available = 1 WHERE sku = $1', [c]);
    const cart = (await guest.get('/api/cart').expect(200)).body;
    const line = (sku: string) => cart.lines.find((l: { sku: string }) => l.sku === sku);
    expect(line(a)).toEqual(
      expect.objectContaining({
        problem: 'price_changed',
        unitPriceFen: 1200,
        addedAtPriceFen: 1000,
        lineTotalFen: 2400,
      }),
    );
    expect(line(b)).toEqual(expect.objectContaining({ problem: 'out_of_stock', available: 0 }));
    expect(line(c)).toEqual(expect.objectContaining({ problem: 'insufficient_stock', available: 1 }));
    expect(cart.ready).toBe(false);
    expect(cart.itemsFen).toBe(2400 + 4000 + 6000);
  });

  it('changes and removes lines, and refuses bad input', async () => {
    const sku = await stockedVariant(50, 990);
    const guest = request.agent(e2eState().apiUrl).set('x-forwarded-for', nextIp());
    await guest.post('/api/cart/lines').send({ sku, quantity: 1 }).expect(200);
    expect(
      (await guest.patch(`/api/cart/lines/${sku}`).send({ quantity: 7 }).expect(200)).body.lines[0].quantity,
    ).toBe(7);
    expect(
      (await guest.post('/api/cart/lines').send({ sku, quantity: 99 }).expect(200)).body.lines[0].quantity,
    ).toBe(99);
    expect((await guest.delete(`/api/cart/lines/${sku}`).expect(200)).body.lines).toEqual([]);
    expect(
      (await guest.post('/api/cart/lines').send({ sku: 'NO-SUCH-SKU', quantity: 1 }).expect(404)).body.code,
    ).toBe('SKU_NOT_FOUND');
    const bad = await guest.post('/api/cart/lines').send({ sku, quantity: 0, priceFen: 1 }).expect(400);
    expect(bad.body.fields.quantity).toBeDefined();
  });

  it('quotes shipping per cooperative from the shipping rules', async () => {
    const cheap = await stockedVariant(10, 1000, 'langdong-fungi-park');
    const dear = await stockedVariant(10, 12000, 'lebainian-health');
    const guest = request.agent(e2eState().apiUrl).set('x-forwarded-for', nextIp());
    await guest.post('/api/cart/lines').send({ sku: cheap, quantity: 1 }).expect(200);
    const cart = (await guest.post('/api/cart/lines').send({ sku: dear, quantity: 1 }).expect(200)).body;
    const [rule] = await sql<{ fee_fen: string; free_over_fen: string }>(
      'SELECT fee_fen, free_over_fen FROM shipping_rules WHERE cooperative_id IS NULL',
    );
    expect(cart.shipments).toHaveLength(2);
    const byCoop = Object.fromEntries(
      cart.shipments.map((s: { cooperative: { slug: string } }) => [s.cooperative.slug, s]),
    );
    expect(byCoop['langdong-fungi-park'].shippingFen).toBe(Number(rule.fee_fen));
    expect(byCoop['lebainian-health'].shippingFen).toBe(0); // 120 yuan is over the free-shipping threshold
    expect(Number(rule.free_over_fen)).toBeLessThanOrEqual(12000);
    expect(cart.totalFen).toBe(1000 + 12000 + Number(rule.fee_fen));
  });
});

describe('addresses', () => {
  it('saves a Chinese address with a normalised +86 mobile, and keeps it to its owner', async () => {
    const a = await newShopper(e2eState().apiUrl, 'addr');
    const b = await newShopper(e2eState().apiUrl, 'addr');
    const list = (await a.agent.get('/api/addresses').expect(200)).body;
    expect(list).toEqual([
      expect.objectContaining({ mobile: '+8613800138000', province: '浙江省', isDefault: true }),
    ]);
    await b.agent
      .get('/api/addresses')
      .expect(200)
      .then((r) => expect(r.body.map((x: { id: string }) => x.id)).not.toContain(a.addressId));
    expect(
      (await b.agent.patch(`/api/addresses/${a.addressId}`).send({ city: '宁波市' }).expect(404)).body.code,
    ).toBe('ADDRESS_NOT_FOUND');
    await b.agent.delete(`/api/addresses/${a.addressId}`).expect(404);
    const bad = await a.agent
      .post('/api/addresses')
      .send({
        recipient: '张三',
        mobile: '12345',
        province: '浙江省',
        city: '杭州市',
        district: '拱墅区',
        street: '一号',
      })
      .expect(400);
    expect(bad.body.fields.mobile).toBeDefined();
    await api().get('/api/addresses').expect(401);
  });
});
