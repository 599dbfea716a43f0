import request from 'supertest';
import { e2eState, sql } from './support/state';

const api = () => request(e2eState().apiUrl);

// Today in China, as the API judges certificates
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const CERTIFIED_TODAY = `EXISTS (SELECT 1 FROM aid_certificates ac WHERE ac.product_id = p.id AND ac.valid_from <= $1::date
  AND ac.valid_to >= $1::date AND (NOT ac.revoked OR ac.revoked_on > $1::date))`;
const VISIBLE = `p.status = 'active' AND co.status = 'approved'`;

describe('GET /api/categories', () => {
  it('lists every category with the number of products a shopper can see', async () => {
    const res = await api().get('/api/categories').expect(200);
    const expected = await sql<{ slug: string; n: number }>(
      `SELECT c.slug, count(p.id) FILTER (WHERE ${VISIBLE})::int AS n FROM categories c
       LEFT JOIN products p ON p.category_id = c.id LEFT JOIN cooperatives co ON co.id = p.cooperative_id GROUP BY c.slug`,
    );
    expect(res.body).toHaveLength(expected.length);
    for (const row of expected) {
      const cat = res.body.find((c: { slug: string }) => c.slug === row.slug);
      expect(cat.productCount).toBe(row.n);
      expect(cat.name.zh).toBeTruthy();
      expect(cat.name.en).toBeTruthy();
    }
    expect(res.body.map((c: { slug: string }) => c.slug)).toEqual(
      expect.arrayContaining(['tea', 'fungi', 'silver']),
    );
  });
});

describe('GET /api/townships', () => {
  it('lists townships with their villages, including the article’s', async () => {
    const res = await api().get('/api/townships').expect(200);
    const jiuzhou = res.body.find((t: { slug: string }) => t.slug === 'jiuzhou');
    expect(jiuzhou.name.zh).toBe('旧州镇');
    expect(jiuzhou.villages.map((v: { name: { zh: string } }) => v.name.zh)).toContain('平西坝村');
    expect(res.body.find((t: { slug: string }) => t.slug === 'langdong').name.zh).toBe('浪洞镇');
  });
});

describe('GET /api/products', () => {
  it('pages through every visible product with the database’s total', async () => {
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM products p JOIN cooperatives co ON co.id = p.cooperative_id WHERE ${VISIBLE}`,
    );
    expect(n).toBeGreaterThanOrEqual(60);
    const first = await api().get('/api/products?pageSize=50').expect(200);
    const second = await api().get('/api/products?pageSize=50&page=2').expect(200);
    expect(first.body.total).toBe(n);
    expect(first.body.page).toBe(1);
    expect(first.body.pageSize).toBe(50);
    const slugs = [...first.body.items, ...second.body.items].map((i: { slug: string }) => i.slug);
    expect(new Set(slugs).size).toBe(n);
  });

  it('shows no product of a pending or suspended seller', async () => {
    const hidden = await sql<{ slug: string }>(
      `SELECT p.slug FROM products p JOIN cooperatives co ON co.id = p.cooperative_id WHERE co.status <> 'approved'`,
    );
    expect(hidden.length).toBeGreaterThan(0);
    const res = await api().get('/api/products?pageSize=100').expect(200);
    const shown = res.body.items.map((i: { slug: string }) => i.slug);
    for (const { slug } of hidden) expect(shown).not.toContain(slug);
    await api().get(`/api/products/${hidden[0].slug}`).expect(404);
  });

  it('carries what a product card needs', async () => {
    const res = await api().get('/api/products?category=tea&pageSize=1').expect(200);
    const item = res.body.items[0];
    expect(item).toEqual({
      slug: expect.any(String),
      name: { zh: expect.any(String), en: expect.any(String) },
      category: { slug: 'tea', name: { zh: '茶叶', en: expect.any(String) } },
      cooperative: { slug: expect.any(String), name: expect.any(Object), township: expect.any(Object) },
      township: { slug: expect.any(String), name: expect.any(Object) },
      village: { slug: expect.any(String), name: expect.any(Object) },
      priceMinFen: expect.any(Number),
      priceMaxFen: expect.any(Number),
      coverImageUrl: expect.stringMatching(/^\/media\/[0-9a-f-]{36}$/),
      inStock: expect.any(Boolean),
      aidCertified: expect.any(Boolean),
      demo: true,
      createdAt: expect.any(String),
    });
    const [range] = await sql<{ min: string; max: string }>(
      'SELECT min(v.price_fen) AS min, max(v.price_fen) AS max FROM product_variants v JOIN products p ON p.id = v.product_id WHERE p.slug = $1',
      [item.slug],
    );
    expect(item.priceMinFen).toBe(Number(range.min));
    expect(item.priceMaxFen).toBe(Number(range.max));
  });

  it('searches Chinese and English names and descriptions', async () => {
    const zh = await api().get('/api/products').query({ q: '鸡枞', pageSize: 100 }).expect(200);
    const en = await api().get('/api/products').query({ q: 'TERMITE', pageSize: 100 }).expect(200);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM products p JOIN cooperatives co ON co.id = p.cooperative_id
       WHERE ${VISIBLE} AND (p.name_zh || p.description_zh) LIKE '%鸡枞%'`,
    );
    expect(zh.body.total).toBe(n);
    expect(zh.body.total).toBeGreaterThan(0);
    const [{ m }] = await sql<{ m: number }>(
      `SELECT count(*)::int AS m FROM products p JOIN cooperatives co ON co.id = p.cooperative_id
       WHERE ${VISIBLE} AND lower(p.name_en || ' ' || p.description_en) LIKE '%termite%'`,
    );
    expect(m).toBeGreaterThan(0);
    expect(en.body.total).toBeGreaterThanOrEqual(m);
  });

  it('treats LIKE wildcards in a search as text', async () => {
    const res = await api().get('/api/products').query({ q: '%' }).expect(200);
    expect(res.body.total).toBe(0);
  });

  it('filters by category, township and cooperative together', async () => {
    const res = await api()
      .get('/api/products?category=fungi&township=langdong&cooperative=langdong-fungi-park&pageSize=100')
      .expect(200);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM products p JOIN cooperatives co ON co.id = p.cooperative_id
       JOIN categories c ON c.id = p.category_id JOIN villages v ON v.id = p.village_id JOIN townships t ON t.id = v.township_id
       WHERE ${VISIBLE} AND c.slug = 'fungi' AND t.slug = 'langdong' AND co.slug = 'langdong-fungi-park'`,
    );
    expect(n).toBeGreaterThan(0);
    expect(res.body.total).toBe(n);
    for (const item of res.body.items) {
      expect(item.category.slug).toBe('fungi');
      expect(item.township.slug).toBe('langdong');
      expect(item.cooperative.slug).toBe('langdong-fungi-park');
    }
  });

  it('filters by price: a product matches when any variant is in range', async () => {
    const res = await api().get('/api/products?minPriceFen=10000&maxPriceFen=20000&pageSize=100').expect(200);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(DISTINCT p.id)::int AS n FROM products p JOIN cooperatives co ON co.id = p.cooperative_id
       WHERE ${VISIBLE} AND p.price_max_fen >= 10000 AND p.price_min_fen <= 20000`,
    );
    expect(res.body.total).toBe(n);
    for (const item of res.body.items) {
      expect(item.priceMaxFen).toBeGreaterThanOrEqual(10000);
      expect(item.priceMinFen).toBeLessThanOrEqual(20000);
    }
  });

  it('filters certified and uncertified goods by the certificate window on today', async () => {
    const yes = await api().get('/api/products?certified=true&pageSize=100').expect(200);
    const no = await api().get('/api/products?certified=false&pageSize=100').expect(200);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM products p JOIN cooperatives co ON co.id = p.cooperative_id WHERE ${VISIBLE} AND ${CERTIFIED_TODAY}`,
      [today()],
    );
    expect(yes.body.total).toBe(n);
    expect(yes.body.items.every((i: { aidCertified: boolean }) => i.aidCertified)).toBe(true);
    expect(no.body.items.every((i: { aidCertified: boolean }) => !i.aidCertified)).toBe(true);
    const all = await api().get('/api/products?pageSize=1').expect(200);
    expect(yes.body.total + no.body.total).toBe(all.body.total);
    // the demo data has expired, revoked and missing certificates, so both sides are non-empty
    expect(no.body.total).toBeGreaterThan(5);
  });

  it.each([
    ['price_asc', (a: { priceMinFen: number }, b: { priceMinFen: number }) => a.priceMinFen <= b.priceMinFen],
    [
      'price_desc',
      (a: { priceMaxFen: number }, b: { priceMaxFen: number }) => a.priceMaxFen >= b.priceMaxFen,
    ],
    ['newest', (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt >= b.createdAt],
  ])('sorts by %s', async (sort, inOrder) => {
    const res = await api().get(`/api/products?sort=${sort}&pageSize=100`).expect(200);
    const items = res.body.items;
    expect(items.length).toBeGreaterThan(10);
    for (let i = 1; i < items.length; i++) expect(inOrder(items[i - 1], items[i])).toBe(true);
  });

  it('answers an empty page past the end with the real total', async () => {
    const res = await api().get('/api/products?category=tea&page=500').expect(200);
    expect(res.body.items).toEqual([]);
    expect(res.body.total).toBeGreaterThan(0);
  });

  it.each([
    ['pageSize=101', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    ['page=abc', 'page'],
    ['sort=cheapest', 'sort'],
    ['certified=yes', 'certified'],
    ['minPriceFen=-1', 'minPriceFen'],
    ['minPriceFen=1.5', 'minPriceFen'],
    ['minPriceFen=900&maxPriceFen=100', 'maxPriceFen'],
    ['category=Not%20A%20Slug', 'category'],
    ['colour=red', '_'],
  ])('refuses %s with a message for %s', async (query, field) => {
    const res = await api().get(`/api/products?${query}`).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.statusCode).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js:\d+/);
    if (field === '_') expect(res.body.message).toMatch(/colour/);
    else expect(res.body.fields[field]).toEqual([expect.any(String)]);
  });
});

describe('GET /api/products/:slug', () => {
  it('returns variants, cooperative and certificate as stored', async () => {
    const res = await api().get('/api/products/termite-mushroom-fresh').expect(200);
    const rows = await sql<{ sku: string; price_fen: string; available: number }>(
      `SELECT v.sku, v.price_fen, v.available FROM product_variants v JOIN products p ON p.id = v.product_id
       WHERE p.slug = 'termite-mushroom-fresh' ORDER BY v.sort_order`,
    );
    expect(
      res.body.variants.map((v: { sku: string; priceFen: number; available: number }) => [
        v.sku,
        v.priceFen,
        v.available,
      ]),
    ).toEqual(rows.map((r) => [r.sku, Number(r.price_fen), r.available]));
    expect(res.body.cooperative.slug).toBe('langdong-fungi-park');
    expect(res.body.description.zh.length).toBeGreaterThan(10);
    expect(res.body.images[0].url).toMatch(/^\/media\//);
    expect(res.body.images[0].alt.en).toBeTruthy();
    expect(res.body.certificate).toEqual({
      number: expect.any(String),
      issuer: expect.any(String),
      validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      validTo: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      revoked: false,
      validToday: true,
    });
  });

  it('shows an expired certificate as not valid today, and the product as not certified', async () => {
    const [row] = await sql<{ slug: string }>(
      `SELECT p.slug FROM products p JOIN cooperatives co ON co.id = p.cooperative_id JOIN aid_certificates ac ON ac.product_id = p.id
       WHERE ${VISIBLE} AND ac.valid_to < $1::date AND NOT ${CERTIFIED_TODAY} LIMIT 1`,
      [today()],
    );
    const res = await api().get(`/api/products/${row.slug}`).expect(200);
    expect(res.body.aidCertified).toBe(false);
    expect(res.body.certificate.validToday).toBe(false);
    expect(res.body.certificate.validTo < today()).toBe(true);
  });

  it('shows a revoked certificate as revoked', async () => {
    const [row] = await sql<{ slug: string }>(
      `SELECT p.slug FROM products p JOIN cooperatives co ON co.id = p.cooperative_id JOIN aid_certificates ac ON ac.product_id = p.id
       WHERE ${VISIBLE} AND ac.revoked AND (ac.revoked_on IS NULL OR ac.revoked_on <= $1::date) AND NOT ${CERTIFIED_TODAY} LIMIT 1`,
      [today()],
    );
    const res = await api().get(`/api/products/${row.slug}`).expect(200);
    expect(res.body.certificate.revoked).toBe(true);
    expect(res.body.aidCertified).toBe(false);
  });

  it('answers an unknown slug with 404 and a code', async () => {
    const res = await api().get('/api/products/no-such-product').expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'PRODUCT_NOT_FOUND', message: expect.any(String) });
  });

  it('refuses a malformed slug with 400', async () => {
    const res = await api().get('/api/products/Bad_Slug').expect(400);
    expect(res.body.fields.slug).toBeDefined();
  });
});

describe('GET /api/cooperatives', () => {
  it('lists approved sellers only, with their product counts', async () => {
    const res = await api().get('/api/cooperatives').expect(200);
    const approved = await sql<{ slug: string; n: number }>(
      `SELECT co.slug, (SELECT count(*)::int FROM products p WHERE p.cooperative_id = co.id AND p.status = 'active') AS n
       FROM cooperatives co WHERE co.status = 'approved'`,
    );
    expect(res.body.map((c: { slug: string }) => c.slug).sort()).toEqual(approved.map((a) => a.slug).sort());
    for (const a of approved) {
      expect(res.body.find((c: { slug: string }) => c.slug === a.slug).productCount).toBe(a.n);
    }
  });

  it('shows a cooperative with its story, benefit mechanisms and products', async () => {
    const res = await api().get('/api/cooperatives/langdong-fungi-park').expect(200);
    expect(res.body.name.zh).toContain('浪洞');
    expect(res.body.story.zh.length).toBeGreaterThan(20);
    expect(res.body.benefitMechanisms.map((b: { type: string }) => b.type)).toContain('dividend');
    expect(res.body.products.length).toBeGreaterThan(0);
    expect(
      res.body.products.every(
        (p: { cooperative: { slug: string } }) => p.cooperative.slug === 'langdong-fungi-park',
      ),
    ).toBe(true);
    expect(res.body.bannerImageUrl).toMatch(/^\/media\//);
    expect(res.body.creditCode).toHaveLength(18);
  });

  it('answers 404 for an unknown or not-approved cooperative', async () => {
    const res = await api().get('/api/cooperatives/no-such-coop').expect(404);
    expect(res.body.code).toBe('COOPERATIVE_NOT_FOUND');
    const [pending] = await sql<{ slug: string }>(
      `SELECT slug FROM cooperatives WHERE status <> 'approved' LIMIT 1`,
    );
    await api().get(`/api/cooperatives/${pending.slug}`).expect(404);
  });
});

describe('GET /api/story', () => {
  it('returns the reported figures from data, with period and source', async () => {
    const res = await api().get('/api/story').expect(200);
    const byKey = Object.fromEntries(res.body.indicators.map((i: { key: string }) => [i.key, i]));
    expect(byKey['aid_sales_fen'].value).toBe(5207390000);
    expect(byKey['aid_sales_fen'].unit).toBe('fen');
    expect(byKey['households_lifted'].value).toBe(1742);
    expect(byKey['aid_sales_fen'].periodStart).toBe('2018-01-01');
    expect(byKey['aid_sales_fen'].source).toContain('山海再相逢');
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM reported_indicators WHERE kind = 'reported'`,
    );
    expect(res.body.indicators).toHaveLength(n);
  });

  it('follows an edit of the data, proving the figures are not literals', async () => {
    await sql(`UPDATE reported_indicators SET value = value + 1 WHERE key = 'households_lifted'`);
    try {
      const res = await api().get('/api/story').expect(200);
      expect(res.body.indicators.find((i: { key: string }) => i.key === 'households_lifted').value).toBe(
        1743,
      );
    } finally {
      await sql(`UPDATE reported_indicators SET value = value - 1 WHERE key = 'households_lifted'`);
    }
  });
});

describe('GET /media/:id', () => {
  it('serves a product image with long caching and revalidation', async () => {
    // a seeded seller's product: its cover is the SVG the seed drew (cooperatives' own uploads are WebP)
    const list = await api().get('/api/products?cooperative=gulong-miao-silver&pageSize=1').expect(200);
    const url = list.body.items[0].coverImageUrl;
    const res = await api().get(url).expect(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(String(res.body ?? res.text)).toBeTruthy();
    await api().get(url).set('if-none-match', res.headers['etag']).expect(304);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await api().get('/media/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe(
      'MEDIA_NOT_FOUND',
    );
    expect((await api().get('/media/not-a-uuid').expect(404)).body.code).toBe('MEDIA_NOT_FOUND');
  });
});

describe('listing summary of variants', () => {
  it('follows a variant’s price and stock through the trigger', async () => {
    const [p] = await sql<{ slug: string; id: string; available: number }>(
      `SELECT p.slug, p.id, v.available FROM products p JOIN cooperatives co ON co.id = p.cooperative_id
       JOIN product_variants v ON v.product_id = p.id
       WHERE ${VISIBLE} AND p.in_stock AND (SELECT count(*) FROM product_variants x WHERE x.product_id = p.id) = 1 LIMIT 1`,
    );
    // the product page is not cached, so it shows the change at once
    const before = (await api().get(`/api/products/${p.slug}`).expect(200)).body;
    expect(before.inStock).toBe(true);
    await sql(
      'UPDATE product_variants SET available = 0, price_fen = price_fen + 100 WHERE product_id = $1',
      [p.id],
    );
    try {
      const after = (await api().get(`/api/products/${p.slug}`).expect(200)).body;
      expect(after.inStock).toBe(false);
      expect(after.variants[0].available).toBe(0);
      expect(after.priceMinFen).toBe(before.priceMinFen + 100);
      expect(after.priceMaxFen).toBe(before.priceMaxFen + 100);
    } finally {
      await sql(
        'UPDATE product_variants SET available = $2, price_fen = price_fen - 100 WHERE product_id = $1',
        [p.id, p.available],
      );
    }
    const restored = (await api().get(`/api/products/${p.slug}`).expect(200)).body;
    expect(restored.inStock).toBe(true);
    expect(restored.priceMinFen).toBe(before.priceMinFen);
  });
});
