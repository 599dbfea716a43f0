import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { e2eState, sql } from './state';

let ipCounter = 0;
/** A distinct client address per shopper (the API trusts X-Forwarded-For in e2e, as behind a proxy). */
export const nextIp = () =>
  `127.${(process.pid % 200) + 1}.${Math.floor(++ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;

export const ADDRESS = {
  recipient: '王小明',
  mobile: '+86 138 0013 8000',
  province: '浙江省',
  city: '杭州市',
  district: '拱墅区',
  street: '湖墅南路 88 号 3 幢 502 室',
  postalCode: '310005',
};

export interface Shopper {
  agent: ReturnType<typeof request.agent>;
  email: string;
  password: string;
  ip: string;
  addressId: string;
}

/** A fresh account, signed in (the agent keeps its cookie), with one saved address. */
export async function newShopper(apiUrl: string, tag = 'shopper'): Promise<Shopper> {
  const ip = nextIp();
  const agent = request.agent(apiUrl).set('x-forwarded-for', ip);
  const email = `${tag}-${randomUUID().slice(0, 8)}@example.com`;
  const password = 'a long enough passphrase';
  await agent.post('/api/auth/register').send({ email, password }).expect(201);
  const address = await agent.post('/api/addresses').send(ADDRESS).expect(201);
  return { agent, email, password, ip, addressId: address.body.id };
}

/** A product of its own with one variant and a given stock, so a test controls the numbers. */
export async function stockedVariant(
  available: number,
  priceFen = 5000,
  cooperativeSlug = 'langdong-fungi-park',
): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const [p] = await sql<{ id: string }>(
    `INSERT INTO products (slug, cooperative_id, category_id, village_id, name_zh, name_en, status, demo)
     SELECT $1, co.id, (SELECT id FROM categories WHERE slug = 'fungi'), co.village_id, '测试菌菇 ' || $2, 'Test mushrooms ' || $2, 'active', true
     FROM cooperatives co WHERE co.slug = $3 RETURNING id`,
    [`e2e-${tag}`, tag, cooperativeSlug],
  );
  // a cover image like every listed product has, reusing one already stored
  await sql(
    `INSERT INTO product_images (product_id, media_id, position, alt_zh, alt_en)
     SELECT $1, media_id, 0, '测试', 'test' FROM product_images LIMIT 1`,
    [p.id],
  );
  const sku = `E2E-${tag.toUpperCase()}`;
  await sql(
    `INSERT INTO product_variants (product_id, sku, label_zh, label_en, price_fen, available, shipping_weight_grams) VALUES ($1, $2, '500 克', '500 g', $3, $4, 500)`,
    [p.id, sku, priceFen, available],
  );
  return sku;
}

export const orderBody = (addressId: string, lines: { sku: string; quantity: number }[]) => ({
  addressId,
  paymentMethod: 'offline',
  lines,
});

/** Signs in a demo account (password shanhai-demo-2026) from its own client address. */
export async function loginDemo(email: string) {
  const agent = request.agent(e2eState().apiUrl).set('x-forwarded-for', nextIp());
  await agent.post('/api/auth/login').send({ email, password: 'shanhai-demo-2026' }).expect(200);
  return agent;
}

/** A seeded product whose certificate is valid today and whose cooperative is approved: its lines are aid-eligible. */
export async function certifiedSku(): Promise<string> {
  const [row] = await sql<{ sku: string }>(
    `SELECT v.sku FROM product_variants v JOIN products p ON p.id = v.product_id JOIN cooperatives co ON co.id = p.cooperative_id
     JOIN aid_certificates ac ON ac.product_id = p.id
     WHERE co.status = 'approved' AND p.status = 'active' AND v.available > 2 AND NOT ac.revoked
       AND ac.valid_from <= (now() AT TIME ZONE 'Asia/Shanghai')::date AND ac.valid_to >= (now() AT TIME ZONE 'Asia/Shanghai')::date
     ORDER BY v.sku LIMIT 1`,
  );
  return row.sku;
}

/** Polls until `check` returns something truthy; the e2e API drains the outbox every second. */
export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, ms = 8000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}
