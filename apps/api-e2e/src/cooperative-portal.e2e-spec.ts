import request from 'supertest';
import { loginDemo } from './support/shoppers';
import { adminAgent, applicationBody, audits, newAccount, paidOrder, pngDeclaring, pngOf, type Agent } from './support/portal';
import { e2eState, sql } from './support/state';

const A = 'langdong-fungi-park';
const B = 'lebainian-health';

const newProduct = (over: Record<string, unknown> = {}) => ({
  categorySlug: 'fungi',
  villageSlug: 'hekou',
  nameZh: '测试鸡枞菌干',
  nameEn: `Portal test termite mushroom ${Date.now()}`,
  descriptionZh: '门户测试商品',
  variants: [
    { labelZh: '250 克', labelEn: '250 g', priceFen: 6800, shippingWeightGrams: 300 },
    { labelZh: '500 克', labelEn: '500 g', priceFen: 12800, shippingWeightGrams: 550 },
  ],
  ...over,
});

const imageCount = async (productId: string) =>
  (await sql<{ n: number }>('SELECT count(*)::int AS n FROM product_images WHERE product_id = $1', [productId]))[0].n;

describe('the cooperative portal', () => {
  let a: Agent;
  let b: Agent;
  let productId: string;
  let slug: string;
  let variantId: string;
  let sku: string;

  beforeAll(async () => {
    a = await loginDemo(`${A}@demo.shanhai.test`);
    b = await loginDemo(`${B}@demo.shanhai.test`);
  });

  it('creates a product as a draft waiting for review, refusing fields a cooperative does not own', async () => {
    for (const extra of [{ status: 'active' }, { reviewStatus: 'approved' }, { cooperativeSlug: B }]) {
      const r = await a.post('/api/co/products').send({ ...newProduct(), ...extra }).expect(400);
      expect(r.body.code).toBe('VALIDATION_FAILED');
    }
    const stocked = newProduct({ variants: [{ labelZh: '一份', priceFen: 100, available: 999 }] });
    await a.post('/api/co/products').send(stocked).expect(400);
    const unknown = await a.post('/api/co/products').send(newProduct({ categorySlug: 'no-such-category' })).expect(400);
    expect(unknown.body.fields).toHaveProperty('categorySlug');

    const created = await a.post('/api/co/products').send(newProduct()).expect(201);
    expect(created.body).toMatchObject({ status: 'draft', reviewStatus: 'pending', aidCertified: false });
    expect(created.body.variants.map((v: { priceFen: number; available: number }) => [v.priceFen, v.available])).toEqual([
      [6800, 0],
      [12800, 0],
    ]);
    productId = created.body.id;
    slug = created.body.slug;
    variantId = created.body.variants[0].id;
    sku = created.body.variants[0].sku;
    const [audit] = await audits('product.create', productId);
    expect(audit.before).toBeNull();
    expect(audit.after).toMatchObject({ id: productId, reviewStatus: 'pending' });

    // not listed before the platform approves it, and it cannot be listed by the cooperative
    await request(e2eState().apiUrl).get(`/api/products/${slug}`).expect(404);
    const early = await a.post(`/api/co/products/${productId}/status`).send({ status: 'active' }).expect(409);
    expect(early.body.code).toBe('PRODUCT_NOT_APPROVED');
    // the database refuses it too
    await expect(sql(`UPDATE products SET status = 'active' WHERE id = $1`, [productId])).rejects.toThrow(/products_active_approved_check/);
  });

  it('keeps another cooperative out: its reads and writes answer 404', async () => {
    await b.get(`/api/co/products/${productId}`).expect(404);
    await b.patch(`/api/co/products/${productId}`).send({ nameZh: '改名' }).expect(404);
    await b.post(`/api/co/products/${productId}/status`).send({ status: 'hidden' }).expect(404);
    await b.post(`/api/co/variants/${variantId}/stock`).send({ delta: 5, reason: 'restock' }).expect(404);
    await b.patch(`/api/co/variants/${variantId}`).send({ priceFen: 1 }).expect(404);
    await b.get(`/api/co/stock-movements?variant=${variantId}`).expect(404);
    const list = await b.get('/api/co/products').expect(200);
    expect(list.body.map((p: { id: string }) => p.id)).not.toContain(productId);
    const mine = await a.get('/api/co/products').expect(200);
    expect(mine.body.map((p: { id: string }) => p.id)).toContain(productId);
  });

  it('lists the product once approved and set active, and hides it again', async () => {
    // the admin's product queue is tested in the console spec; here the review is decided directly
    await sql(`UPDATE products SET review_status = 'approved' WHERE id = $1`, [productId]);
    // a listed product shows a photo
    const bare = await a.post(`/api/co/products/${productId}/status`).send({ status: 'active' }).expect(409);
    expect(bare.body.code).toBe('PRODUCT_NEEDS_PHOTO');
    await a.post(`/api/co/products/${productId}/images`).attach('file', await pngOf(300, 300), 'cover.png').expect(201);
    const listed = await a.post(`/api/co/products/${productId}/status`).send({ status: 'active' }).expect(200);
    expect(listed.body.status).toBe('active');
    const page = await request(e2eState().apiUrl).get(`/api/products/${slug}`).expect(200);
    expect(page.body.variants.map((v: { sku: string }) => v.sku)).toContain(sku);
    await a.post(`/api/co/products/${productId}/status`).send({ status: 'hidden' }).expect(200);
    await request(e2eState().apiUrl).get(`/api/products/${slug}`).expect(404);
    await a.post(`/api/co/products/${productId}/status`).send({ status: 'active' }).expect(200);
    const [status] = await audits('product.status', productId);
    expect(status).toMatchObject({ before: { status: 'draft' }, after: { status: 'active' } });
  });

  it('edits a variant’s price but never its stock, which moves only with a reason', async () => {
    await a.patch(`/api/co/variants/${variantId}`).send({ available: 50 }).expect(400);
    const priced = await a.patch(`/api/co/variants/${variantId}`).send({ priceFen: 7200 }).expect(200);
    expect(priced.body.variants.find((v: { id: string }) => v.id === variantId).priceFen).toBe(7200);
    const [pAudit] = await audits('product.variant.update', variantId);
    expect(pAudit.before).toMatchObject({ priceFen: 6800 });
    expect(pAudit.after).toMatchObject({ priceFen: 7200 });

    await a.post(`/api/co/variants/${variantId}/stock`).send({ delta: 0, reason: 'restock' }).expect(400);
    await a.post(`/api/co/variants/${variantId}/stock`).send({ delta: 5, reason: 'gift' }).expect(400);
    const up = await a.post(`/api/co/variants/${variantId}/stock`).send({ delta: 10, reason: 'restock', note: 'harvest of the week' }).expect(201);
    expect(up.body).toMatchObject({ delta: 10, availableAfter: 10, reason: 'restock', sku });
    const tooMuch = await a.post(`/api/co/variants/${variantId}/stock`).send({ delta: -11, reason: 'damaged' }).expect(409);
    expect(tooMuch.body.code).toBe('STOCK_WOULD_GO_NEGATIVE');
    await a.post(`/api/co/variants/${variantId}/stock`).send({ delta: -3, reason: 'damaged' }).expect(201);
    const history = await a.get(`/api/co/stock-movements?variant=${variantId}`).expect(200);
    expect(history.body.map((m: { delta: number; availableAfter: number }) => [m.delta, m.availableAfter])).toEqual([
      [-3, 7],
      [10, 10],
    ]);
    const [{ available }] = await sql<{ available: number }>('SELECT available FROM product_variants WHERE id = $1', [variantId]);
    expect(available).toBe(7);
    const stockAudits = await audits('stock.change', variantId);
    expect(stockAudits.map((x) => [x.before, x.after])).toEqual([
      [{ available: 0 }, { available: 10, delta: 10, reason: 'restock' }],
      [{ available: 10 }, { available: 7, delta: -3, reason: 'damaged' }],
    ]);
  });

  it('stores photos as WebP with a thumbnail, and refuses wrong types, large files and image bombs with a clear message', async () => {
    const ok = await a.post(`/api/co/products/${productId}/images`).attach('file', await pngOf(2400, 1200), 'photo.png').expect(201);
    expect(ok.body).toMatchObject({ url: expect.stringMatching(/^\/media\//), thumbUrl: expect.stringMatching(/^\/media\//), position: 1 });
    const thumb = await request(e2eState().apiUrl).get(ok.body.thumbUrl).expect(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    const sharp = (await import('sharp')).default;
    const meta = await sharp(thumb.body as Buffer).metadata();
    expect([meta.width, meta.height]).toEqual([400, 200]);
    const before = await imageCount(productId);

    const svg = await a
      .post(`/api/co/products/${productId}/images`)
      .attach('file', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), { filename: 'photo.png', contentType: 'image/png' })
      .expect(415);
    expect(svg.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('JPEG, PNG or WebP') });

    const bomb = await a.post(`/api/co/products/${productId}/images`).attach('file', pngDeclaring(50_000, 50_000), 'bomb.png').expect(422);
    expect(bomb.body).toMatchObject({ code: 'IMAGE_TOO_MANY_PIXELS', message: expect.stringContaining('50000×50000') });

    const big = Buffer.concat([await pngOf(10, 10), Buffer.alloc(9 * 1024 * 1024)]);
    const large = await a.post(`/api/co/products/${productId}/images`).attach('file', big, 'big.png').expect(413);
    expect(large.body).toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('8 MiB') });

    const notMultipart = await a.post(`/api/co/products/${productId}/images`).send({ url: 'http://example.com/x.png' }).expect(415);
    expect(notMultipart.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await imageCount(productId)).toBe(before);

    // another cooperative cannot add to or remove from it
    await b.post(`/api/co/products/${productId}/images`).attach('file', await pngOf(20, 20), 'p.png').expect(404);
    await b.delete(`/api/co/products/${productId}/images/${ok.body.id}`).expect(404);
    await a.delete(`/api/co/products/${productId}/images/${ok.body.id}`).expect(204);
    expect(await imageCount(productId)).toBe(before - 1);
    // the last photo of a listed product stays
    const [{ id: last }] = await sql<{ id: string }>('SELECT id FROM product_images WHERE product_id = $1', [productId]);
    const keep = await a.delete(`/api/co/products/${productId}/images/${last}`).expect(409);
    expect(keep.body.code).toBe('PRODUCT_NEEDS_PHOTO');
  });

  it('submits a certificate for review with its scan; pending, it does not make the product certified', async () => {
    const number = `黔扶认-E2E-${Date.now()}`;
    const body = { number, issuer: '黄平县农业农村局', validFrom: '2026-01-01', validTo: '2027-12-31' };
    await a.post(`/api/co/products/${productId}/certificates`).send({ ...body, validTo: '2025-01-01' }).expect(400);
    await a.post(`/api/co/products/${productId}/certificates`).send({ ...body, status: 'approved' }).expect(400);
    await b.post(`/api/co/products/${productId}/certificates`).send(body).expect(404);
    const sub = await a.post(`/api/co/products/${productId}/certificates`).send(body).expect(201);
    expect(sub.body).toMatchObject({ status: 'pending', number, certificateId: null, scanUrl: null });
    await a.post(`/api/co/products/${productId}/certificates`).send(body).expect(409);
    const scan = await a.post(`/api/co/certificates/${sub.body.submissionId}/scan`).attach('file', await pngOf(800, 1100), 'scan.png').expect(200);
    expect(scan.body.scanUrl).toMatch(/^\/media\//);
    await b.post(`/api/co/certificates/${sub.body.submissionId}/scan`).attach('file', await pngOf(80, 110), 'scan.png').expect(404);
    const mine = await a.get('/api/co/certificates').expect(200);
    expect(mine.body.map((c: { submissionId: string }) => c.submissionId)).toContain(sub.body.submissionId);
    const theirs = await b.get('/api/co/certificates').expect(200);
    expect(theirs.body.map((c: { number: string }) => c.number)).not.toContain(number);
    const page = await request(e2eState().apiUrl).get(`/api/products/${slug}`).expect(200);
    expect(page.body.aidCertified).toBe(false);
    expect(page.body.certificate).toBeNull();
  });

  it('shows paid orders to fulfil with the address, a pick list, CSV, shipping, payouts and the home counts', async () => {
    const payoutsBefore = (await a.get('/api/co/payouts').expect(200)).body;
    const homeBefore = (await a.get('/api/co/home').expect(200)).body;
    const order = await paidOrder(sku, 2);

    const toShip = await a.get('/api/co/orders?status=to_ship&pageSize=100').expect(200);
    const f = toShip.body.items.find((x: { orderId: string }) => x.orderId === order.id);
    expect(f).toMatchObject({
      orderNumber: order.number,
      status: 'to_ship',
      itemsFen: 14400,
      address: expect.objectContaining({ recipient: '王小明', city: '杭州市' }),
      lines: [expect.objectContaining({ sku, quantity: 2, unitPriceFen: 7200, lineTotalFen: 14400 })],
    });
    // another cooperative does not see it
    await b.get(`/api/co/orders/${f.id}`).expect(404);
    const theirs = await b.get('/api/co/orders?pageSize=100').expect(200);
    expect(theirs.body.items.map((x: { orderId: string }) => x.orderId)).not.toContain(order.id);

    const pick = await a.get('/api/co/orders/pick-list').expect(200);
    expect(pick.body.picks.find((p: { sku: string }) => p.sku === sku)).toMatchObject({ quantity: 2 });
    expect(pick.body.parcels.map((p: { id: string }) => p.id)).toContain(f.id);

    const csv = await a.get('/api/co/orders/export.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const row = csv.text.split('\r\n').find((l) => l.startsWith(order.number));
    expect(row).toContain(`,to_ship,${sku},`);
    expect(row).toContain(',2,72.00,144.00,0.00,');
    const csvB = await b.get('/api/co/orders/export.csv').expect(200);
    expect(csvB.text).not.toContain(order.number);

    const home = (await a.get('/api/co/home').expect(200)).body;
    expect(home.toShip).toBe(homeBefore.toShip + 1);
    expect(home.thisMonth.orders).toBe(homeBefore.thisMonth.orders + 1);
    expect(home.thisMonth.salesFen).toBe(homeBefore.thisMonth.salesFen + 14400);
    expect(home.pendingReview.certificates).toBeGreaterThanOrEqual(1);

    const payouts = (await a.get('/api/co/payouts').expect(200)).body;
    const month = home.thisMonth.month;
    const now = payouts.months.find((m: { month: string }) => m.month === month);
    const was = payoutsBefore.months.find((m: { month: string }) => m.month === month) ?? { salesFen: 0, commissionFen: 0, payoutFen: 0, shippingFen: 0 };
    expect(payouts.commissionBps).toBe(500);
    expect(now.salesFen - was.salesFen).toBe(14400);
    expect(now.commissionFen - was.commissionFen).toBe(720);
    const shipping = now.shippingFen - was.shippingFen;
    expect(now.payoutFen - was.payoutFen).toBe(14400 + shipping - 720);

    // shipped through the existing endpoint, audited
    await b.post(`/api/fulfilments/${f.id}/ship`).send({ carrier: '顺丰', trackingNumber: 'SF1234567890' }).expect(404);
    await a.post(`/api/fulfilments/${f.id}/ship`).send({ carrier: '顺丰', trackingNumber: 'SF1234567890' }).expect(200);
    const shipped = await a.get(`/api/co/orders/${f.id}`).expect(200);
    expect(shipped.body).toMatchObject({ status: 'shipped', carrier: '顺丰', trackingNumber: 'SF1234567890' });
    const [shipAudit] = await audits('fulfilment.ship', f.id);
    expect(shipAudit.after).toEqual({ status: 'shipped', carrier: '顺丰', trackingNumber: 'SF1234567890' });
  });

  it('shows a new cooperative exactly what needs doing: low stock and reviews waiting', async () => {
    const applicant = await newAccount('home');
    const { body: coop } = await applicant.agent.post('/api/cooperative-applications').send(applicationBody()).expect(201);
    const admin = await adminAgent();
    await admin.post(`/api/admin/cooperatives/${coop.id}/approve`).expect(200);
    const m = applicant.agent;
    const empty = (await m.get('/api/co/home').expect(200)).body;
    expect(empty).toEqual({
      cooperative: { slug: coop.slug, name: coop.name, status: 'approved', commissionBps: 500 },
      toShip: 0,
      lowStock: [],
      expiringCertificates: [],
      pendingReview: { products: 0, certificates: 0 },
      thisMonth: { month: expect.stringMatching(/^\d{4}-\d{2}$/), orders: 0, salesFen: 0 },
    });
    const p = (await m.post('/api/co/products').send(newProduct()).expect(201)).body;
    await m.post(`/api/co/variants/${p.variants[0].id}/stock`).send({ delta: 3, reason: 'restock' }).expect(201);
    await m.post(`/api/co/variants/${p.variants[1].id}/stock`).send({ delta: 40, reason: 'restock' }).expect(201);
    const home = (await m.get('/api/co/home').expect(200)).body;
    expect(home.lowStock).toEqual([{ variantId: p.variants[0].id, sku: p.variants[0].sku, productName: p.name, available: 3 }]);
    expect(home.pendingReview).toEqual({ products: 1, certificates: 0 });
    expect((await m.get('/api/co/payouts').expect(200)).body).toEqual({ commissionBps: 500, months: [] });
  });

  it('answers 403 to a consumer and an admin, and 401 to no one, on the portal', async () => {
    const admin = await loginDemo('admin@demo.shanhai.test');
    await admin.get('/api/co/products').expect(403);
    await request(e2eState().apiUrl).get('/api/co/home').expect(401);
  });
});
